// Document headers wherever they are: numbered otherwise than by a 文号, unnumbered, and
// regulations printed under their own title (grammars/segment.grammar).
#include <algorithm>
#include <cctype>

#include "grammar/grammar.hpp"
#include "segment/anchors.hpp"
#include "segment/docno.hpp"
#include "segment/header.hpp"
#include "segment/line_facts.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// A title wraps over at most this many lines.
constexpr size_t kMaxTitleLines = 3;
// The first sentences of a document, where an order or announcement names what it publishes.
constexpr size_t kOpeningLines = 3;

constexpr size_t kNone = static_cast<size_t>(-1);

// A dating line starts with its date (or the bracket around it): a cheap test first.
bool IsDatingLine(const TextLine& l) {
  const std::string& t = l.text;
  bool may = !t.empty() && (std::isdigit(static_cast<unsigned char>(t[0])) || t[0] == '(' || StartsWith(t, "一") ||
                            StartsWith(t, "二"));
  return may && RxFull(t, "dating_line"_rx);
}

// The first 编/章/节/条 (第一, 第1): a cheap test first.
bool IsFirstDivision(const std::string& t) {
  return (StartsWith(t, "第一") || StartsWith(t, "第1")) && RxFind(t, "first_division");
}

// Line I is a number within a year or session (number_line): 2023年第5号, 〔十五届〕第10号.
bool IsYearOrSessionNumber(LineFacts& facts, size_t i) {
  return facts.MayBeNumber(i) && RxFull(facts[i].text, "number_line"_rx);
}

// Line I may be a piece of a title: header-like, and not an issuer, a number, a date, a division
// of a regulation or a contents heading.
bool IsTitlePiece(LineFacts& facts, size_t i) {
  const TextLine& l = facts[i];
  const std::string& t = l.text;
  return facts.IsHeaderLike(i) && !facts.IsAgency(i) && !IsDatingLine(l) && !IsFirstDivision(t) &&
         !RxFull(t, "contents_start"_rx) && !IsYearOrSessionNumber(facts, i) && !facts.IsOrderNumber(i) &&
         !RxFull(t, "attachment_label");
}

// Joined text of LINES[first, last].
std::string JoinText(const std::vector<TextLine>& lines, size_t first, size_t last) {
  std::string out;
  for (size_t i = first; i <= last; ++i) out += StripSpaces(lines[i].text);
  return out;
}

// First line of a title that ends at LAST, lies at or after FLOOR and matches PATTERN; kNone.
size_t TitleStartingBefore(LineFacts& facts, size_t floor, size_t last, const char* pattern) {
  const std::vector<TextLine>& lines = facts.lines();
  for (size_t n = 1; n <= kMaxTitleLines && last + 1 >= floor + n; ++n) {
    size_t first = last + 1 - n;
    bool pieces = true;
    for (size_t i = first; i <= last && pieces; ++i)
      pieces = IsTitlePiece(facts, i) || (i == first && RxFind(lines[i].text, "title_matter"));
    if (!pieces) return kNone;
    if (RxFull(JoinText(lines, first, last), pattern)) return first;
  }
  return kNone;
}

// A document's text that issues another quotes its title in the lines just above it.
constexpr size_t kQuotedWithin = 40;

// True if 《TITLE》 (with or without its issuers before 关于) stands in LINES[max(BEGIN, AT -
// kQuotedWithin), AT): the document above issues the one whose title is at AT.
bool QuotedBefore(const std::vector<TextLine>& lines, size_t begin, size_t at, const std::string& title) {
  const size_t matter = title.find("关于");
  const std::string whole = "《" + title + "》";
  const std::string bare = matter == std::string::npos || matter == 0 ? whole : "《" + title.substr(matter) + "》";
  for (size_t i = at > begin + kQuotedWithin ? at - kQuotedWithin : begin; i < at; ++i) {
    const std::string text = StripSpaces(lines[i].text);
    if (text.find(whole) != std::string::npos || text.find(bare) != std::string::npos) return true;
  }
  return false;
}

// Line I is a number line of any kind: a 文号, a number within a year or session, 第N号.
bool IsNumberLine(LineFacts& facts, size_t i) {
  return facts.IsDocno(i) || IsYearOrSessionNumber(facts, i) || facts.IsOrderNumber(i);
}

// The number of a number_line as its issuer's series prints it: 2023年第5号, 〔十五届〕第10号.
std::string SeriesNumber(const Match& m) {
  std::string seq = Group(m, "seq");
  if (!Group(m, "year").empty()) return Group(m, "year") + "年第" + seq + "号";
  return "〔" + Group(m, "session") + "〕第" + seq + "号";
}

// True when the number line at I stands under its kind alone (通 告) and the issuers above it:
// 北京市公安局公安交通管理局 / 通告 / 第1号.
bool KindUnderIssuers(LineFacts& facts, size_t begin, size_t i) {
  return i >= begin + 2 && RxFull(facts[i - 1].text, "kind_line") && facts.IsAgency(i - 2);
}

}  // namespace

std::vector<Anchor> NumberedHeaderAnchors(LineFacts& facts, size_t begin, size_t end) {
  const std::vector<TextLine>& lines = facts.lines();
  std::vector<Anchor> out;
  Match m, title;  // for every line: each read only where a match set it
  for (size_t i = begin + 1; i < end; ++i) {
    const TextLine& l = lines[i];
    std::string number;
    if (facts.MayBeNumber(i) && RxFull(l.text, "number_line"_rx, m)) {
      bool titled = RxFull(lines[i - 1].text, "numbered_title") || KindUnderIssuers(facts, begin, i) ||
                    TitleStartingBefore(facts, begin, i - 1, "notice_title") != kNone;
      if (titled) number = SeriesNumber(m);
    } else if (facts.IsOrderNumber(i) && RxFull(l.text, "order_number_line"_rx, m)) {  // m: its number
      // Under a series' title (orders are read with the 文号, documents.cpp), or its kind alone.
      bool series = RxFull(lines[i - 1].text, "numbered_title", title) && Group(title, "kind") != "令";
      if (series || KindUnderIssuers(facts, begin, i)) number = "第" + Group(m, "seq") + "号";
    }
    if (number.empty()) continue;
    Anchor a;
    a.header_end = i;
    a.body_begin = i + 1;
    a.number = number;
    a.docno_printed = Trim(l.printed);
    a.docno_line = l.line;
    out.push_back(a);
  }
  return out;
}

std::vector<Anchor> SeriesHeaderAnchors(LineFacts& facts, size_t begin, size_t end) {
  const std::vector<TextLine>& lines = facts.lines();
  std::vector<Anchor> out;
  Match m;  // for every line: read only where a match set it
  for (size_t i = begin; i + 1 < end; ++i) {
    const TextLine& l = lines[i];
    if (!facts.MayBeNumber(i) || !RxFull(l.text, "series_number_line"_rx, m) || (i > begin && facts.IsHeaderLike(i - 1)))
      continue;
    Anchor a;
    a.start = i;
    a.header_end = a.body_begin = i + 1;
    a.docno = NormalizeDocno(l.text);
    a.docno_printed = Trim(l.printed);
    a.docno_line = l.line;
    a.series = Group(m, "series");
    if (!a.docno.empty()) out.push_back(a);
  }
  return out;
}

std::vector<Anchor> UnnumberedHeaderAnchors(LineFacts& facts, size_t begin, size_t end) {
  const std::vector<TextLine>& lines = facts.lines();
  std::vector<Anchor> out;
  for (size_t k = begin; k + 1 < end; ++k) {
    if (!facts.IsHeaderLike(k) || !RxFind(lines[k].text, "doc_type"_rx)) continue;  // a title ends in its kind
    // The date in parentheses under the title, as compilations print it, is read as the
    // document's (ReadDocumentParts): what follows it follows the title.
    const size_t after = k + 2 < end && RxFull(lines[k + 1].text, "header_date_line"_rx) ? k + 2 : k + 1;
    const TextLine& next = lines[after];
    if (IsNumberLine(facts, after) || facts.IsDate(after)) continue;
    size_t first = TitleStartingBefore(facts, begin, k, "notice_title");
    if (first == kNone) continue;
    bool issuers_inline = RxFind(lines[first].text, "title_matter") && !StartsWith(lines[first].text, "关于");
    bool issuers_above = first > begin && facts.IsAgency(first - 1);
    bool addressed = RxFull(next.text, "recipients_line");
    bool text_follows = !facts.IsHeaderLike(after);
    // A 通告, 公告 or 决定 is addressed to no one: its title, issuers inline, first in the body
    // (under the masthead, contents or a section's heading) or under the date that signs the
    // document before it, then its text; unless that document issues it (《title》).
    const bool opens_body = OpensDocument(facts, begin, first);
    // A compilation dates each document under its title ((1987年5月10日)) and signs none: a title
    // with its issuers and that date heads a document of any kind.
    const bool dated_under = after == k + 2;
    bool unaddressed = issuers_inline && text_follows && (opens_body || dated_under) &&
                       (dated_under || RxFind(lines[k].text, "unaddressed_kind"_rx)) &&
                       !QuotedBefore(lines, begin, first, JoinText(lines, first, k));
    if (!((issuers_inline || issuers_above) && (addressed || (issuers_above && text_follows))) && !unaddressed) continue;
    Anchor a;
    a.header_end = k + 1;
    a.body_begin = k + 1;
    out.push_back(a);
  }
  return out;
}

namespace {

// True when a title starting at line I was cut after an agency-like first piece (北京市人民代表大会
// 常务委 / 员会关于…的决定): I neither starts a new name nor the matter (关于).
bool ContinuesAgencyPiece(LineFacts& facts, size_t begin, size_t i) {
  const std::string& t = facts[i].text;
  return i > begin && facts.IsHeaderLike(i - 1) && facts.IsAgency(i - 1) && !RxFind(t, "agency_start") &&
         !StartsWith(t, "关于") && !facts.IsAgency(i);
}

}  // namespace

std::vector<Anchor> RegulationAnchors(LineFacts& facts, size_t begin, size_t end) {
  const std::vector<TextLine>& lines = facts.lines();
  std::vector<Anchor> out;
  // Whether line K (< END) can follow a regulation's title: a dating line, 目录, its first 章/条.
  // Asked only after a header-like line, once each (-1: not asked yet).
  std::vector<int8_t> opens(end, -1);
  auto follows = [&](size_t k) {
    if (opens[k] < 0) opens[k] = IsDatingLine(lines[k]) || IsFirstDivision(lines[k].text) ||
                                 RxFull(lines[k].text, "contents_start"_rx);
    return opens[k] == 1;
  };
  // The text's first title may head provisions numbered 一、二、 (a 规范性文件 pasted alone, its
  // sections numbered as a notice's): there 一、 under it opens its text as 第一条 does.
  auto opens_first = [&](size_t i, size_t k) {
    return i == begin && k == i + 1 && StartsWith(lines[k].text, "一、");
  };
  for (size_t i = begin; i < end; ++i) {
    if (!facts.IsHeaderLike(i)) continue;  // no title piece: IsTitlePiece asks this first
    bool near = false;
    for (size_t k = i + 1; k <= i + kMaxTitleLines && k < end && !near; ++k) near = follows(k) || opens_first(i, k);
    if (!near || !IsTitlePiece(facts, i)) continue;
    for (size_t last = i; last < end && last < i + kMaxTitleLines; ++last) {
      if (last > i && !IsTitlePiece(facts, last)) break;
      if (last + 1 >= end) break;
      const bool by_section = !follows(last + 1);  // 一、 under it: an instrument's title only, never a 通知's
      if (by_section && !opens_first(i, last + 1)) continue;
      size_t first = ContinuesAgencyPiece(facts, begin, i) ? i - 1 : i;
      std::string title = JoinText(lines, first, last);
      if (!RxFull(title, "regulation_title") && !RxFull(title, "instrument_title") &&
          (by_section || !RxFull(title, "notice_title")))
        continue;
      Anchor a;
      a.start = first;
      a.header_end = last + 1;
      a.body_begin = last + 1;
      a.title = title;
      out.push_back(a);
      i = last;
      break;
    }
  }
  return out;
}

namespace {

// Does the document anchored at PREV, whose text runs to line AT, issue TITLE: named in 《》 in
// its header or first sentences, or listed among its attachments?
// Does a line of the opening of the document anchored at PREV (its header and first sentences,
// before line AT) quote TITLE, in a line that also matches ALSO when one is given? A title nested
// in the one quoted is printed in 〈〉 there (《关于修改〈A〉的决定》), in 《》 above the instrument.
bool QuotedInOpening(const std::vector<TextLine>& lines, const Anchor& prev, size_t at, const std::string& title,
                     const RxName* also = nullptr) {
  const std::string quoted = "《" + NestedTitleMarksAsOuter(title);
  const size_t opening = std::min(at, prev.body_begin + kOpeningLines);
  // Quoted as printed, or with the mark of its edition (《城镇排水与污水处理条例(修订)》).
  auto quotes = [&](const std::string& text) {
    for (size_t from = text.find(quoted); from != std::string::npos; from = text.find(quoted, from + 1)) {
      const std::string_view rest = std::string_view(text).substr(from + quoted.size());
      if (StartsWith(rest, "》")) return true;
      if (const size_t mark = EditionMarkLength(rest); mark > 0 && StartsWith(rest.substr(mark), "》")) return true;
    }
    return false;
  };
  for (size_t i = prev.first; i < opening; ++i)
    if (quotes(NestedTitleMarksAsOuter(StripSpaces(lines[i].text))) && (!also || RxFind(lines[i].text, *also))) return true;
  return false;
}

bool Issues(const std::vector<TextLine>& lines, const Anchor& prev, size_t at, const std::string& title) {
  return QuotedInOpening(lines, prev, at, title) || ListsAttachment(lines, prev.body_begin, at, title);
}

// Does the document anchored at PREV, whose text runs to line AT, promulgate TITLE: 《TITLE》…现予公布
// in its opening (order_instrument), the nested title in 〈〉 there?
bool Promulgates(const std::vector<TextLine>& lines, const Anchor& prev, size_t at, const std::string& title) {
  static const RxName kOrderInstrument("order_instrument");
  return QuotedInOpening(lines, prev, at, title, &kOrderInstrument);
}

// Does the title of the document anchored at PREV amend TITLE (关于修改《北京市市容环境卫生条例》的决定)?
// The regulation printed after it is the text republished as amended, a document of its own.
bool Amends(const std::vector<TextLine>& lines, const Anchor& prev, const std::string& title) {
  if (prev.first >= prev.header_end) return false;
  const std::string header = NestedTitleMarksAsOuter(JoinText(lines, prev.first, prev.header_end - 1));
  const std::string quoted = "《" + NestedTitleMarksAsOuter(title) + "》";
  for (const char* verb : {"修改", "修订", "修正"})
    if (header.find(verb + quoted) != std::string::npos) return true;
  return false;
}

// The title of a document headed by its title and 文号 alone, with no issuer block (关于…的意见
// / 京教基〔2019〕20号), as forwarded documents are printed; "" for any other header.
std::string BareTitle(const std::vector<TextLine>& lines, const Anchor& a) {
  if (a.docno.empty() || a.title_below || a.first >= a.header_end || !StartsWith(lines[a.first].text, "关于"))
    return "";
  std::string title = JoinText(lines, a.first, a.header_end - 1);
  return RxFull(title, "notice_title") ? title : "";
}

}  // namespace

void DropIssuedInstruments(const std::vector<TextLine>& lines, std::vector<Anchor>& anchors) {
  std::vector<Anchor> kept;
  for (const Anchor& a : anchors) {
    if (!a.title.empty() && !kept.empty()) {
      const Anchor& prev = kept.back();
      // Under an 附件 label, or under the attachment's own title under it (附件 / 相关法律条文摘录 /
      // 中华人民共和国行政许可法): a text the document before attaches.
      auto label_at = [&](size_t i) { return RxFull(lines[i].text, "attachment_label"_rx); };
      bool labelled = (a.first > 0 && label_at(a.first - 1)) ||
                      (a.first > 1 && label_at(a.first - 2) && HasHeaderShape(lines[a.first - 1]));
      if (labelled || prev.title == a.title || (Issues(lines, prev, a.first, a.title) && !Amends(lines, prev, a.title)))
        continue;
    }
    std::string forwarded = kept.empty() ? "" : BareTitle(lines, a);
    if (!forwarded.empty() && Issues(lines, kept.back(), a.first, forwarded)) continue;
    // A document the one before forwards or reprints under its 附件 label with a header of its own
    // (附件 / 北京市发展和改革委员会关于…的意见 / 京发改〔2017〕812号), named in that one's 附件 list.
    if (!kept.empty() && a.title.empty() && a.first > 0 && a.first < a.header_end &&
        RxFull(lines[a.first - 1].text, "attachment_label"_rx) &&
        Issues(lines, kept.back(), a.first, StripSpaces(JoinText(lines, a.first, a.header_end - 1))))
      continue;
    // An instrument headed like a document of its own (北京市人民政府关于修改《A》的决定, after the
    // order or 公告 that promulgates it): no 文号 nor 主送, its header only its title.
    if (!kept.empty() && a.title.empty() && a.docno.empty() && a.series.empty() && a.first < a.header_end &&
        !(a.body_begin < lines.size() && RxFull(lines[a.body_begin].text, "recipients_line")) &&
        Promulgates(lines, kept.back(), a.first, StripSpaces(JoinText(lines, a.first, a.header_end - 1))))
      continue;
    kept.push_back(a);
  }
  anchors = std::move(kept);
}

namespace {

// True when the line above FIRST (at or after BEGIN) is a list's caption, or its count under it
// (废止的规范性文件目录 / (共2件)).
bool UnderListCaption(const std::vector<TextLine>& lines, size_t begin, size_t first) {
  if (first <= begin) return false;
  size_t above = first - 1;
  if (above > begin && RxFull(lines[above].text, "list_count_line"_rx)) --above;
  return RxFull(lines[above].text, "list_caption"_rx);
}

// True when lines [FROM, TO) are only the head of the next list (附件2 / …宣布失效的规范性文件 / (共1件)):
// the entry above them has no text of its own.
bool OnlyNextListHead(const std::vector<TextLine>& lines, size_t from, size_t to) {
  if (from >= to || to - from > 3) return false;
  for (size_t i = from; i < to; ++i)
    if (!RxFull(lines[i].text, "attachment_label"_rx) && !RxFull(lines[i].text, "list_caption"_rx) &&
        !RxFull(lines[i].text, "list_count_line"_rx))
      return false;
  return true;
}

}  // namespace

void DropListedTitles(const std::vector<TextLine>& lines, size_t begin, std::vector<Anchor>& anchors) {
  std::vector<Anchor> kept;
  size_t list_end = kNone;  // where the last title dropped as a list item ends
  bool captioned = false;   // the list under a caption naming it (…废止的规范性文件目录)
  for (size_t k = 0; k < anchors.size(); ++k) {
    const Anchor& a = anchors[k];
    bool after_colon = a.first > begin && LastCodePoint(lines[a.first - 1].text) == U':';
    // Under a list's caption, titles over their 文号 with no text of their own are its entries;
    // the first one with a body (its 主送, its text) is a document again.
    const size_t next = k + 1 < anchors.size() ? anchors[k + 1].first : lines.size();
    const bool no_body = a.body_begin >= next || OnlyNextListHead(lines, a.body_begin, next);
    const bool after_caption = UnderListCaption(lines, begin, a.first);
    if (after_caption || a.first != list_end) captioned = after_caption;
    // A series' number on a line under its name (北京市人民政府令 / 第171号) heads an order, never a
    // list item (北京市人民政府令第12号 on one line may be one).
    const bool order_header = !a.series.empty() && a.header_end >= a.first + 2;
    if (((after_colon || a.first == list_end) && !order_header && !captioned) || (captioned && no_body)) {
      list_end = a.body_begin;
      continue;
    }
    kept.push_back(a);
  }
  anchors = std::move(kept);
}

void DropTemplates(const std::vector<TextLine>& lines, std::vector<Anchor>& anchors) {
  std::erase_if(anchors, [&](const Anchor& a) {
    for (size_t i = a.first; i < a.header_end && i < lines.size(); ++i)
      if (RxFind(lines[i].text, "template_placeholder"_rx)) return true;
    return false;
  });
}

}  // namespace gazette
