#include "segment/documents.hpp"

#include <algorithm>
#include <iterator>
#include <span>

#include "grammar/grammar.hpp"
#include "segment/anchors.hpp"
#include "segment/contents.hpp"
#include "segment/docno.hpp"
#include "segment/header.hpp"
#include "segment/line_facts.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// How far above a 文号 line a document's issuers and title may reach.
constexpr size_t kMaxHeaderLines = 14;
// Header lines are short: a line longer than this is prose.
constexpr size_t kMaxHeaderLineLength = 80;

}  // namespace

bool HasHeaderShape(const TextLine& l) {
  const std::string& t = l.text;
  // A tab only between the issuers of a joint document (北京市发展和改革委员会⇥北京市财政局): never a
  // table's row, most of which open with their 序号 (asked first: the agency pattern is dearer).
  if (l.has_tab && (t.empty() || static_cast<unsigned char>(t[0]) < 0x80 || !IsAgencyLine(t))) return false;
  char32_t last = LastCodePoint(t);  // most prose ends in 。: ruled out before its length is counted
  if (last == U'。' || last == ';' || last == ':' || last == U'；') return false;
  // A sentence may end inside the quotation that closes it (…修改为:“…责令改正。”).
  // Not !” or ?”: a title may quote a slogan (关于开展“强国复兴有我!” / 主题宣传活动的通知).
  if ((last == U'”' || last == U'’') && (EndsWith(t, "。”") || EndsWith(t, "。’"))) return false;
  if (MoreCodePointsThan(t, kMaxHeaderLineLength)) return false;
  if (t[0] == '(' && RxFull(t, "publication_note"_rx)) return false;  // (此件公开发布): the document before's
  return !RxFind(t, "colophon_line"_rx);  // 主题词:…, …2004年6月21日印发: the document before ends there
}

namespace {

// Agency names in INLINE (spacing kept): separated by spaces or 、, or spaced letter by letter
// by OCR (北 京 市 商 务 局). Fragments are gathered until they make a whole name and the next
// fragment begins a new one.
std::vector<std::string> SplitAgencies(const std::string& inline_text) {
  std::vector<std::string> tokens;
  for (auto& piece : Split(ReplaceAll(ReplaceAll(inline_text, "\t", " "), "、", " "), " "))
    if (!Trim(piece).empty()) tokens.push_back(Trim(piece));
  std::vector<std::string> out;
  std::string acc;
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    acc += tokens[i];
    if (RxFull(acc, "agency_name") && RxFind(tokens[i + 1], "agency_start")) {
      out.push_back(acc);
      acc.clear();
    }
  }
  // The last token closes the last name, whole or not: no need to ask whether it is one.
  if (!tokens.empty()) acc += tokens.back();
  if (!acc.empty()) out.push_back(acc);
  return out;
}

// Splits the header block into issuers and title lines; IS_AGENCY(i) tells whether BLOCK[i] is
// an issuer line (IsAgencyLine).
template <typename IsAgency>
void ReadHeader(std::span<const TextLine> block, IsAgency is_agency, Document& doc) {
  size_t title_start = block.size();
  size_t tabbed = 0;  // issuer lines laid out with tabs
  for (size_t i = 0; i < block.size(); ++i) {
    if (!is_agency(i)) {
      title_start = i;
      break;
    }
    tabbed += block[i].has_tab;
    for (auto& name : SplitAgencies(block[i].inline_text)) doc.issuers.push_back(name);
  }
  // A grid of agency names over several lines is a list (an attachment's member units), not a
  // joint document's issuers, which stand on one line.
  if (tabbed > 1) doc.issuers.clear();
  std::string title, title_inline;
  for (size_t i = title_start; i < block.size(); ++i) {
    // The date under the title, as compilations and 1980s issues print it over the 文号
    // ((一九八七年五月四日) / 京政发〔87〕120号): the document's date, no piece of its title.
    if (i > title_start && RxFull(block[i].text, "header_date_line"_rx)) {
      if ((doc.date = FindDate(block[i].text))) doc.date_line = block[i].line;
      continue;
    }
    title += block[i].text;
    title_inline += block[i].inline_text + " ";
  }
  title = StripSpaces(title);
  // 北京市人民政府关于…的通知 on one line: the issuers stand before 关于 (or 印发, 转发, 批转).
  Match m;
  if (RxSearch(title, "title_issuers_end", m) && m.position(size_t(0)) > 0) {
    std::string head = title.substr(0, static_cast<size_t>(m.position(size_t(0))));
    size_t cut = title_inline.find(m.str(0));
    if (IsAgencyLine(head)) {
      // The title's own issuers over agencies laid out with tabs above it; split where printed
      // (北京市财政局 北京市物价局关于…), or whole when the line is letter-spaced (北 京 市 … 关 于).
      std::vector<std::string> inline_issuers =
          cut != std::string::npos ? SplitAgencies(title_inline.substr(0, cut)) : SplitAgencies(head);
      if (doc.issuers.empty() || tabbed > 0) {
        doc.issuers = std::move(inline_issuers);
      } else {  // the block's lines wrapped into the title's: 北京市A委 北京市B委 / 北京市C委 北京市财政局关于…
        for (auto& issuer : inline_issuers) doc.issuers.push_back(std::move(issuer));  // twice named: once, below
      }
      title = title.substr(static_cast<size_t>(m.position(size_t(0))));
    }
  }
  // One agency named twice (in the block above a 版头 and in the 版头 itself): once.
  for (size_t i = 1; i < doc.issuers.size(); ++i)
    if (std::find(doc.issuers.begin(), doc.issuers.begin() + static_cast<long>(i), doc.issuers[i]) != doc.issuers.begin() + static_cast<long>(i))
      doc.issuers.erase(doc.issuers.begin() + static_cast<long>(i--));
  if (title.empty() && !doc.issuers.empty()) {  // a title such as 北京市人民政府令 reads as an agency
    title = doc.issuers.back();
    doc.issuers.pop_back();
  }
  doc.title = title;
}

// Where a header whose first agency line is AGENCY (before the 文号 at ANCHOR) starts: there, unless
// the agency lines stand under text that ends no document (an attachment's list of member units,
// printed in columns: 东城区人民政府　西城区人民政府 …) and the header names its issuers itself,
// by a 版头 (北京市人民政府文件) or before 关于 on its title line, under them or further down: then at
// that line.
size_t OwnIssuersStart(LineFacts& facts, size_t floor, size_t agency, size_t anchor) {
  if (OpensDocument(facts, floor, agency)) return agency;  // under a date, a signature, a note: the issuers
  size_t own = agency;
  while (own < anchor && facts.IsAgency(own)) ++own;
  // The line naming the issuers may stand under more of the attachment (附件2 / 先进个人名单 / 张三
  // 李四, between the units and the title): the first that does, before the next agency line.
  for (; own < anchor && !facts.IsAgency(own); ++own) {
    const std::string& t = facts[own].text;
    Match m;
    if (RxFull(t, "masthead_line") || (RxSearch(t, "title_issuers_end", m) && m.position(size_t(0)) > 0 &&
                                       IsAgencyLine(t.substr(0, static_cast<size_t>(m.position(size_t(0)))))))
      return own;
  }
  return agency;
}

// True when line I, above the 文号 at ANCHOR, is the last item of a list ending the document before
// (header_list_item): whole, a 文号 in it, or the issuers of the next header under it.
bool EndsList(LineFacts& facts, size_t i, size_t anchor) {
  if (!RxFind(facts[i].text, "header_list_item"_rx)) return false;
  return (i + 1 < anchor && facts.IsAgency(i + 1)) || !FindDocnos(facts[i].text).empty();
}

// True when TEXT is a section heading of the issue over a header ([市政府规章], 市政府令, 国务院令),
// never its kind line: bracketed, or bare but not …文件 (a 版头 prints 国务院文件, 北京市财政局文件).
bool IsSectionHeading(const std::string& text) {
  if (!RxFull(text, "contents_section"_rx)) return false;
  const char32_t first = FirstCodePoint(text);
  return !EndsWith(text, "文件") || !IsHan(first);
}

// Walks back from the 文号 line at ANCHOR over the header block; returns its first index.
size_t HeaderStart(LineFacts& facts, size_t anchor, size_t floor) {
  size_t start = anchor;
  // A contents entry above (……3, (43)) is never part of it: the contents of an issue read as
  // body (a second issue in the file) stop the walk; so does the last item of a list ending the
  // document before (1.…的通知(京政发〔1995〕12号)).
  while (start > floor && anchor - start < kMaxHeaderLines && facts.IsHeaderLike(start - 1) &&
         !HasPageReference(facts[start - 1].text) && !EndsList(facts, start - 1, anchor) &&
         !(start < anchor && IsSectionHeading(facts[start - 1].text)))
    --start;
  // The block may have swallowed the tail of the previous document (a signatory, a note):
  // the header starts at its first agency line, or at its title when no agency precedes it.
  for (size_t i = start; i < anchor; ++i) {
    if (facts.IsAgency(i)) return OwnIssuersStart(facts, floor, i, anchor);
    if (RxFind(facts[i].text, "title_matter")) return i;
  }
  return start;
}

}  // namespace

size_t FindBackMatter(const std::vector<TextLine>& lines, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i)
    if (RxFind(lines[i].text, "back_matter"_rx)) return i;
  return end;
}

namespace {

// The line index after which TITLE (full, or from 关于) stands printed on one to three lines.
size_t FindTitleEnd(const std::vector<TextLine>& lines, size_t begin, size_t end, const std::string& title) {
  std::string full = StripSpaces(title);
  size_t matter = full.find("关于");
  std::string tail = matter == std::string::npos ? full : full.substr(matter);
  for (size_t i = begin; i < end; ++i) {
    std::string acc;
    for (size_t k = i; k < end && k < i + 3; ++k) {
      acc += StripSpaces(lines[k].text);
      if (acc == full || acc == tail) return k + 1;
      if (acc.size() >= full.size()) break;
    }
  }
  return std::string::npos;
}

// Contents entries whose 文号 is not among the anchors are looked up by title.
void AddTitleAnchors(const std::vector<TextLine>& lines, size_t begin, size_t end,
                     const std::vector<ContentsEntry>& contents, std::vector<Anchor>& anchors) {
  for (const auto& e : contents) {
    bool anchored = !e.docno.empty() && std::any_of(anchors.begin(), anchors.end(),
                                                    [&](const Anchor& a) {
                                                      return a.docno == e.docno ||
                                                             std::find(a.joint_docnos.begin(), a.joint_docnos.end(),
                                                                       e.docno) != a.joint_docnos.end();
                                                    });
    if (anchored || e.title.empty()) continue;
    size_t at = FindTitleEnd(lines, begin, end, e.title);
    if (at == std::string::npos) continue;
    // The 文号 may stand under the date printed under the title ((一九八七年五月四日) / 京政发〔87〕120号).
    const size_t dated = at < end && RxFull(lines[at].text, "header_date_line"_rx) ? at + 1 : at;
    // Also a title found ending on an anchor's own number line (河北省人民政府令 / 2003年第5号, the
    // entry printing both): that anchor's header, its body beginning where the title ends.
    bool inside = std::any_of(anchors.begin(), anchors.end(), [&](const Anchor& a) {
      return a.header_end == at || a.header_end == dated || a.body_begin == at;
    });
    if (!inside) {
      Anchor a;
      a.header_end = a.body_begin = at;
      anchors.push_back(a);
    }
  }
  std::sort(anchors.begin(), anchors.end(), [](const Anchor& a, const Anchor& b) { return a.header_end < b.header_end; });
}

// Adds the anchors of MORE that do not end a header already anchored.
void Merge(std::vector<Anchor>& anchors, std::vector<Anchor> more) {
  for (auto& a : more) {
    bool known = std::any_of(anchors.begin(), anchors.end(), [&](const Anchor& b) {
      return b.header_end == a.header_end || b.body_begin == a.body_begin;
    });
    if (!known) anchors.push_back(std::move(a));
  }
}

// Resolves the first line of each anchor's header: as found, or read back from its end over
// header-like lines, never before the body of the document before.
void ResolveStarts(LineFacts& facts, size_t begin, std::vector<Anchor>& anchors) {
  size_t floor = begin;
  for (auto& a : anchors) {
    a.first = a.start == Anchor::kReadBack ? HeaderStart(facts, a.header_end, floor) : a.start;
    floor = a.body_begin;
  }
}

// The number of a document numbered within its issuer's series, qualified by the issuer:
// 北京市市场监督管理局公告2023年第5号, 北京市人民代表大会常务委员会公告〔十五届〕第10号.
std::string QualifiedNumber(const Document& doc, const std::string& number) {
  Match m;
  if (RxFull(doc.title, "numbered_title")) return doc.title + number;
  std::string kind;
  if (RxSearch(doc.title, "doc_type"_rx, m) && (Group(m, "type") == "公告" || Group(m, "type") == "通告" || Group(m, "type") == "命令"))
    kind = Group(m, "type");
  return (doc.issuers.empty() ? std::string() : doc.issuers.front()) + kind + number;
}

// A 版头 layout (北京市人民政府办公厅文件 / 京政办发〔2021〕7号 / 关于…的通知): the issuers
// without 文件, then the title printed under the 文号.
void AddTitleBelow(const std::vector<TextLine>& lines, const Anchor& a, std::vector<TextLine>& block) {
  Match m;  // for every line: read only where a match set it
  for (auto& l : block) {
    if (!RxFull(l.text, "masthead_line", m)) continue;
    l.text = Group(m, "issuers");
    size_t cut = l.inline_text.rfind("文件");
    if (cut != std::string::npos) l.inline_text = Trim(l.inline_text.substr(0, cut));
  }
  block.insert(block.end(), lines.begin() + static_cast<long>(a.header_end) + 1,
               lines.begin() + static_cast<long>(a.body_begin));
}

// True if each document's lines are read from where the one before it stops on: its header
// [first, body_begin) and body [body_begin, stop) lie after the bodies before it, so moving a
// body out of the lines leaves every line a later document reads in place.
bool BodiesMovable(const std::vector<Anchor>& anchors, size_t end) {
  for (size_t k = 0; k < anchors.size(); ++k) {
    const Anchor& a = anchors[k];
    size_t stop = k + 1 < anchors.size() ? anchors[k + 1].first : end;
    if (a.header_end < a.first || a.body_begin < a.first || a.body_begin > stop) return false;
  }
  return true;
}

// CutDocuments over LINES; with OWNER (LINES itself, no longer needed by the caller) each body is
// moved out of it instead of copied, where BodiesMovable allows.
std::vector<Document> Cut(const std::vector<TextLine>& lines, size_t begin, size_t end,
                          const std::vector<ContentsEntry>& contents, std::vector<TextLine>* owner) {
  LineFacts facts(lines);  // the answers each finder asks of the same lines, worked out once
  std::vector<Anchor> anchors = DocnoAnchors(facts, begin, end);
  Merge(anchors, NumberedHeaderAnchors(facts, begin, end));
  Merge(anchors, SeriesHeaderAnchors(facts, begin, end));
  Merge(anchors, UnnumberedHeaderAnchors(facts, begin, end));
  Merge(anchors, RegulationAnchors(facts, begin, end));
  Merge(anchors, RecordHeaderAnchors(facts, begin, end));
  AddTitleAnchors(lines, begin, end, contents, anchors);
  ResolveStarts(facts, begin, anchors);
  DropListedTitles(lines, begin, anchors);
  DropIssuedInstruments(lines, anchors);
  DropTemplates(lines, anchors);
  ResolveStarts(facts, begin, anchors);
  if (owner && !BodiesMovable(anchors, end)) owner = nullptr;
  std::vector<Document> docs;
  docs.reserve(anchors.size());
  for (size_t k = 0; k < anchors.size(); ++k) {
    const Anchor& a = anchors[k];
    Document doc;
    // A document whose header begins before this body does (two finders' anchors overlapping on
    // damaged text) leaves this one an empty body: never a range read backwards.
    size_t stop = std::max(a.body_begin, k + 1 < anchors.size() ? anchors[k + 1].first : end);
    // A section heading of the issue over the next document ([市政府文件] after a regulation's last
    // article) is neither's text.
    while (k + 1 < anchors.size() && stop > a.body_begin && RxFull(lines[stop - 1].text, "contents_section"_rx)) --stop;
    // The header's lines are the issue's own [first, header_end), read where they lie, unless
    // rewritten in a copy of them: a title printed below the 文号, a regulation's title.
    const bool as_printed = !a.title_below && a.title.empty();
    std::span<const TextLine> header(lines.begin() + static_cast<long>(a.first), lines.begin() + static_cast<long>(a.header_end));
    std::vector<TextLine> block;
    if (!as_printed) {
      block.assign(header.begin(), header.end());
      if (a.title_below) AddTitleBelow(lines, a, block);
      if (!a.title.empty()) {  // a regulation's title, however wrapped, read as one line
        block.resize(1);
        block[0].text = block[0].inline_text = a.title;
      }
      header = block;
    }
    ReadHeader(header, [&](size_t i) { return as_printed ? facts.IsAgency(a.first + i) : IsAgencyLine(header[i].text); },
               doc);
    if (!a.series.empty()) doc.title = a.series;  // 北京市人民政府令第320号 alone: the series names it
    Match m;
    // 北京市人民政府令: the series' name gives its issuer; under the issuers of a joint order
    // (…发展和改革委员会 / …商务部 / 令), the last of them.
    if ((RxFull(doc.title, "order_title", m) || RxFull(doc.title, "numbered_title", m)) &&
        std::find(doc.issuers.begin(), doc.issuers.end(), Group(m, "agency")) == doc.issuers.end() &&
        (doc.issuers.empty() || (EndsWith(doc.title, "令") && IsAgencyLine(Group(m, "agency")))))
      doc.issuers.push_back(Group(m, "agency"));
    if (!a.title.empty()) doc.title = a.title;  // a regulation keeps its whole title line
    doc.line = lines[a.first].line;
    doc.docno_line = a.docno_line;
    doc.docno_printed = a.docno_printed;
    doc.docno = a.number.empty() ? a.docno : QualifiedNumber(doc, a.number);
    doc.joint_docnos = a.joint_docnos;
    doc.id = doc.docno;
    doc.docno_latin = RomanizeDocno(doc.docno);
    const auto body_begin = static_cast<long>(a.body_begin), body_end = static_cast<long>(stop);
    if (owner)
      doc.body.assign(std::make_move_iterator(owner->begin() + body_begin),
                      std::make_move_iterator(owner->begin() + body_end));
    else
      doc.body.assign(lines.begin() + body_begin, lines.begin() + body_end);
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace

std::vector<Document> CutDocuments(const std::vector<TextLine>& lines, size_t begin, size_t end,
                                   const std::vector<ContentsEntry>& contents) {
  return Cut(lines, begin, end, contents, nullptr);
}

std::vector<Document> TakeDocuments(std::vector<TextLine>& lines, size_t begin, size_t end,
                                    const std::vector<ContentsEntry>& contents) {
  return Cut(lines, begin, end, contents, &lines);
}

}  // namespace gazette
