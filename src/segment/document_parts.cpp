// Reading a document's parts: recipients, signature, attachments, type and instruments.
#include <algorithm>
#include <cctype>
#include <string_view>

#include "grammar/grammar.hpp"
#include "segment/anchors.hpp"
#include "segment/dating.hpp"
#include "segment/docno.hpp"
#include "segment/documents.hpp"
#include "normalize/normalizer.hpp"
#include "segment/header.hpp"
#include "util/numerals.hpp"
#include "util/text.hpp"
#include "util/number.hpp"

namespace gazette {
namespace {

// Signatories stand right above the signing date; never more than this many.
constexpr size_t kMaxSignatories = 12;

// Index in BODY of the signing date line, or BODY.size().
size_t FindSigningDate(const std::vector<TextLine>& body) {
  for (size_t i = 0; i < body.size(); ++i)
    if (IsDateLine(body[i].text) || IsSignedDateLine(body[i].text)) return i;
  return body.size();
}

void ReadSignature(Document& doc, size_t date_index) {
  if (date_index >= doc.body.size()) return;
  doc.date = FindDate(doc.body[date_index].text);
  doc.date_line = doc.body[date_index].line;
  size_t i = date_index;
  while (i > 0 && date_index - i < kMaxSignatories && IsAgencyLine(doc.body[i - 1].text)) --i;
  for (size_t k = i; k < date_index; ++k) doc.signatories.push_back(StripSpaces(doc.body[k].text));
  Match m;  // the signature on the date's line: 北京市人民政府          2015年12月31日
  const std::string& dated = doc.body[date_index].text;
  if (EndsWith(dated, "日") && RxFull(dated, "signed_date_line"_rx, m)) doc.signatories.push_back(StripSpaces(Group(m, "agency")));
}

// Where the item numbered NUM (N. or N、, no digit after: not 2.0版) starts in TEXT, after its
// first character; npos if nowhere.
size_t ItemStart(const std::string& text, int num) {
  const std::string label = std::to_string(num);
  for (size_t at = text.find(label, 1); at != std::string::npos; at = text.find(label, at + 1)) {
    const size_t after = at + label.size();
    const bool digit_before = std::isdigit(static_cast<unsigned char>(text[at - 1]));
    const bool mark = text.compare(after, 1, ".") == 0 || text.compare(after, 3, "、") == 0;
    const size_t next = after + (text.compare(after, 1, ".") == 0 ? 1 : 3);
    if (!digit_before && mark && !(next < text.size() && std::isdigit(static_cast<unsigned char>(text[next])))) return at;
  }
  return std::string::npos;
}

// Adds the numbered attachments listed on one line from NUM on (附件:1.A 2.B): TITLE cut where
// the next number starts.
void AddRunTogether(Document& doc, int num, std::string title, int line) {
  for (size_t cut = ItemStart(title, num + 1); cut != std::string::npos; cut = ItemStart(title, ++num + 1)) {
    std::string listed = Trim(title.substr(0, cut));
    for (std::string_view mark : {"、", "，", ",", "；", ";"})  // the separator before the next number
      if (EndsWith(listed, mark)) listed = Trim(listed.substr(0, listed.size() - mark.size()));
    doc.attachments.push_back({num, listed, line});
    const std::string rest = title.substr(cut);  // the match points into it
    Match item;
    if (!RxFull(rest, "attachment_item"_rx, item)) return;
    title = Group(item, "title");
  }
  doc.attachments.push_back({num, Trim(title), line});
}

void ReadAttachments(Document& doc, size_t limit) {
  Match m;  // for every line: read only where a match set it
  for (size_t i = 0; i < limit && i < doc.body.size(); ++i) {
    if (!RxFull(doc.body[i].text, "attachment_list"_rx, m)) continue;
    if (m["label"].matched) {  // 附件1:A / 附件2:B, one a line
      for (size_t k = i; k < limit && RxFull(doc.body[k].text, "attachment_list"_rx, m) && m["label"].matched; ++k)
        doc.attachments.push_back({ParseChineseNumeral(GroupView(m, "label")).value_or(0), Trim(GroupView(m, "title")), doc.body[k].line});
      return;
    }
    std::string num = Group(m, "num");
    if (num.empty()) doc.attachments.push_back({1, Trim(GroupView(m, "title")), doc.body[i].line});
    else AddRunTogether(doc, ParseChineseNumeral(num).value_or(0), Group(m, "title"), doc.body[i].line);  // 1 or 一
    for (size_t k = i + 1; k < limit && !num.empty(); ++k) {
      if (!RxFull(doc.body[k].text, "attachment_item", m)) break;
      doc.attachments.push_back({ParseChineseNumeral(GroupView(m, "num")).value_or(0), Trim(GroupView(m, "title")), doc.body[k].line});
    }
    return;
  }
}

// A title line the page edge cut off (OCR marks the loss with U+FFFD) still names the
// instrument when what survives is most of the title.
constexpr double kMinSurvivingTitle = 0.7;

bool PrintsTitle(std::string line, const std::string& want) {
  if (line == want) return true;
  // Printed with a version mark the list leaves out (北京市A办法(试行) listed as 北京市A办法).
  if (line.size() > want.size() && StartsWith(line, want) && line[want.size()] == '(' &&
      RxFull(line.substr(want.size()), "refs_version_suffix"_rx))
    return true;
  bool cut = EndsWith(line, "\uFFFD");
  while (EndsWith(line, "\uFFFD")) line.resize(line.size() - 3);
  return cut && StartsWith(want, line) && CodePointCount(line) >= kMinSurvivingTitle * CodePointCount(want);
}

// Index of the line (or pair of lines) after FROM that prints TITLE alone, or npos.
size_t FindTitleLine(const std::vector<TextLine>& body, size_t from, const std::string& title) {
  std::string want = NestedTitleMarksAsOuter(StripSpaces(title));  // 《关于修改〈A〉的决定》 cited
  if (want.empty()) return std::string::npos;
  // The bytes of the title's first character (one where it starts with no character's first byte).
  const std::string_view lead(want.data(), std::min(want.size(), std::max<size_t>(1, Utf8Length(want[0]))));
  for (size_t i = from; i < body.size(); ++i) {
    // A line, or a pair of lines, that prints the title begins with the title's first character
    // (PrintsTitle compares the stripped text with it, or a nonempty prefix of it): most lines
    // are passed over here, without stripping a paragraph (their first byte, 0xE4 to 0xE9 for
    // most Han characters, passed over few). A line with nothing but spaces may still begin a pair.
    const std::string& text = body[i].text;
    const size_t first = SkipSpaces(text);
    if (first < text.size() && std::string_view(text).substr(first, lead.size()) != lead) {
      if (text.compare(first, std::string_view("附件").size(), "附件") != 0) continue;
      Match m;  // 附件1:北京市中小学学籍管理办法, the label and the title on one line
      const std::string labelled = text.substr(first);  // the match points into it
      if (RxFull(labelled, "attachment_label_inline"_rx, m) &&
          PrintsTitle(NestedTitleMarksAsOuter(StripSpaces(Group(m, "title"))), want))
        return i;
      continue;
    }
    std::string line = NestedTitleMarksAsOuter(StripSpaces(text));
    if (PrintsTitle(line, want)) return i;
    if (i + 1 < body.size() && PrintsTitle(line + NestedTitleMarksAsOuter(StripSpaces(body[i + 1].text)), want))
      return i;
  }
  return std::string::npos;
}

void AddInstrument(Document& doc, const std::string& title, size_t index) {
  for (const auto& ins : doc.instruments)
    if (ins.first == index) return;
  doc.instruments.push_back({StripSpaces(title), index, doc.body.size(), doc.body[index].line});
}
void ReadInstruments(Document& doc, size_t after) {
  std::vector<std::string> titles;
  Match m;
  if (RxSearch(doc.title, "title_instrument", m)) titles.push_back(Group(m, "name"));
  if (!doc.body.empty() && RxSearch(doc.body.front().text, "order_instrument", m))
    // …现予公布, 修订后的《A》公布, 现公布《A》, or 现将《A》公布
    titles.push_back(Group(m, m["name"].matched      ? "name"
                              : m["revised"].matched ? "revised"
                              : m["published"].matched ? "published"
                                                       : "announced"));
  for (const auto& a : doc.attachments) titles.push_back(a.title);
  // 现将《A》和《B》印发给你们 in the first paragraph: A and B, when printed below.
  for (size_t i = 0; i < doc.body.size() && i < 3; ++i) {
    if (doc.body[i].text.find("《") == std::string::npos || !RxSearch(doc.body[i].text, "body_issued_titles"_rx, m)) continue;
    const std::string quoted = Group(m, "titles");
    for (size_t open = quoted.find("《"); open != std::string::npos; open = quoted.find("《", open + 1)) {
      const size_t close = quoted.find("》", open);
      if (close == std::string::npos) break;
      std::string t = quoted.substr(open + std::string_view("《").size(), close - open - std::string_view("《").size());
      if (std::find(titles.begin(), titles.end(), t) == titles.end()) titles.push_back(std::move(t));
    }
    break;
  }
  for (auto& t : titles) {
    size_t at = FindTitleLine(doc.body, after, t);
    // 现予公布《A(修订)》 over A printed without the mark of its edition.
    if (const size_t open = t.rfind('('); at == std::string::npos && open != std::string::npos && open > 0 &&
        EditionMarkLength(std::string_view(t).substr(open)) == t.size() - open &&
        (at = FindTitleLine(doc.body, after, t.substr(0, open))) != std::string::npos)
      t.resize(open);
    if (at != std::string::npos) {
      AddInstrument(doc, t, at);
    } else if (RxSearch(t, "amendment_of"_rx, m)) {
      // 《关于修改〈A〉的决定》已由…通过,现予公布 over A republished as amended: A is the instrument.
      const std::string amended = Group(m, "amended");
      if ((at = FindTitleLine(doc.body, after, amended)) != std::string::npos) AddInstrument(doc, amended, at);
    }
  }
  std::sort(doc.instruments.begin(), doc.instruments.end(),
            [](const Instrument& a, const Instrument& b) { return a.first < b.first; });
  // An attachment label (附件2) above an instrument's title belongs to it.
  for (auto& ins : doc.instruments)
    if (ins.first > after && RxFull(doc.body[ins.first - 1].text, "attachment_label")) --ins.first;
  for (size_t k = 0; k + 1 < doc.instruments.size(); ++k) doc.instruments[k].last = doc.instruments[k + 1].first;
}

// A regulation is dated by its dating lines (the latest adoption, amendment or promulgation) and
// numbered by the order that promulgated it (…总局令第47号公布). Returns false if it has none.
bool ReadDating(Document& doc) {
  auto dating = ReadDatingLines(doc.body);
  size_t index = 0;
  std::optional<Date> date = LatestDating(dating, &index);
  if (dating.empty()) return false;
  if (date) {
    doc.date = date;
    doc.date_line = doc.body[index].line;
  }
  for (const auto& d : dating) {
    if (d.kind != DateKind::kPromulgated || !doc.docno.empty()) continue;
    auto found = FindDocnos(d.rest);
    if (found.size() != 1) continue;
    const TextLine& line = doc.body[d.index];
    doc.docno = doc.id = found.front().normalized;
    doc.docno_printed = PrintedDocno(line, doc.docno, doc.docno);
    doc.docno_line = line.line;
    doc.docno_latin = RomanizeDocno(doc.docno);
    // The order's issuer issues the rule (…北京市人民政府令第229号公布: 北京市人民政府), the agency
    // FindDocnos read before 令.
    const std::string_view order = found.front().agency;
    if (doc.issuers.empty() && found.front().by_issuer && order.ends_with("令") && order.size() > std::string_view("令").size())
      doc.issuers.emplace_back(order.substr(0, order.size() - std::string_view("令").size()));
  }
  return true;
}

// With no signing date: the date its 文号 line prints, as compilations print it under the title
// ((京政发〔1996〕5号 1996年1月15日)), or the date alone in parentheses on the first line under
// the title ((1995年3月25日)).
void ReadHeaderDate(Document& doc) {
  if (!doc.docno_printed.empty()) {
    const std::string printed = StripSpaces(NormalizeText(doc.docno_printed));
    if (EndsWith(printed, "日)") || EndsWith(printed, "日") || RxFull(printed, "docno_line_date_first"_rx))
      doc.date = FindDate(printed);
    if (doc.date) doc.date_line = doc.docno_line;
  }
  if (!doc.date && !doc.body.empty() && RxFull(doc.body[0].text, "header_date_line"_rx)) {
    doc.date = FindDate(doc.body[0].text);
    if (doc.date) doc.date_line = doc.body[0].line;
  }
}

}  // namespace

void ReadDocumentParts(Document& doc) {
  for (size_t i = 0; i < doc.body.size() && i < 2; ++i) {
    if (RxFull(doc.body[i].text, "recipients_line")) {
      std::string r = doc.body[i].text;
      doc.recipients = r.substr(0, r.size() - 1);  // drop the colon
      break;
    }
  }
  size_t date_index = doc.body.size();
  if (!ReadDating(doc)) {
    date_index = FindSigningDate(doc.body);
    ReadSignature(doc, date_index);
    // A title printed without its issuers (关于加快发展服务业的意见, as websites copy it): the agencies
    // that sign it issue it.
    if (doc.issuers.empty()) doc.issuers = doc.signatories;
  }
  if (!doc.date) ReadHeaderDate(doc);
  ReadAttachments(doc, date_index);
  Match m;
  if (RxSearch(doc.title, "doc_kind"_rx, m)) doc.type = Group(m, "type");
  ReadInstruments(doc, date_index < doc.body.size() ? date_index + 1 : 0);
}

}  // namespace gazette
