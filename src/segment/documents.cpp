#include "segment/documents.hpp"

#include "grammar/grammar.hpp"
#include "segment/docno.hpp"
#include "segment/header.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// How far above a 文号 line a document's issuers and title may reach.
constexpr size_t kMaxHeaderLines = 14;
// Header lines are short: a line longer than this is prose.
constexpr size_t kMaxHeaderLineLength = 80;

bool IsAgencyLine(const std::string& text) { return RxFull(text, "agency_line"); }

// A line that can belong to a document's header block (issuers or title).
bool IsHeaderLike(const TextLine& l) {
  const std::string& t = l.text;
  if (l.has_tab || CodePointCount(t) > kMaxHeaderLineLength) return false;
  if (IsDateLine(t) || IsDocnoLine(t)) return false;
  char32_t last = LastCodePoint(t);
  return last != U'。' && last != ';' && last != ':' && last != U'；';
}

// Agency names in INLINE (spacing kept): separated by spaces or 、, or spaced letter by letter
// by OCR (北 京 市 商 务 局). Fragments are gathered until they make a whole name and the next
// fragment begins a new one.
std::vector<std::string> SplitAgencies(const std::string& inline_text) {
  std::vector<std::string> tokens;
  for (auto& piece : Split(ReplaceAll(ReplaceAll(inline_text, "\t", " "), "、", " "), " "))
    if (!Trim(piece).empty()) tokens.push_back(Trim(piece));
  std::vector<std::string> out;
  std::string acc;
  for (size_t i = 0; i < tokens.size(); ++i) {
    acc += tokens[i];
    bool last = i + 1 == tokens.size();
    if (RxFull(acc, "agency_name") && (last || RxFind(tokens[i + 1], "agency_start"))) {
      out.push_back(acc);
      acc.clear();
    }
  }
  if (!acc.empty()) out.push_back(acc);
  return out;
}

// Splits the header block into issuers and title lines.
void ReadHeader(const std::vector<TextLine>& block, Document& doc) {
  size_t title_start = block.size();
  for (size_t i = 0; i < block.size(); ++i) {
    if (!IsAgencyLine(block[i].text)) {
      title_start = i;
      break;
    }
    for (auto& name : SplitAgencies(block[i].inline_text)) doc.issuers.push_back(name);
  }
  std::string title, title_inline;
  for (size_t i = title_start; i < block.size(); ++i) {
    title += block[i].text;
    title_inline += block[i].inline_text + " ";
  }
  title = StripSpaces(title);
  // 北京市人民政府关于…的通知 on one line: the issuers stand before 关于.
  Match m;
  if (RxSearch(title, "title_matter", m) && m.position(size_t(0)) > 0) {
    std::string head = title.substr(0, static_cast<size_t>(m.position(size_t(0))));
    size_t cut = title_inline.find("关于");
    if (IsAgencyLine(head) && cut != std::string::npos) {
      if (doc.issuers.empty()) doc.issuers = SplitAgencies(title_inline.substr(0, cut));
      title = title.substr(static_cast<size_t>(m.position(size_t(0))));
    }
  }
  if (title.empty() && !doc.issuers.empty()) {  // a title such as 北京市人民政府令 reads as an agency
    title = doc.issuers.back();
    doc.issuers.pop_back();
  }
  doc.title = title;
}

// Walks back from the 文号 line at ANCHOR over the header block; returns its first index.
size_t HeaderStart(const std::vector<TextLine>& lines, size_t anchor, size_t floor) {
  size_t start = anchor;
  while (start > floor && anchor - start < kMaxHeaderLines && IsHeaderLike(lines[start - 1])) --start;
  // The block may have swallowed the tail of the previous document (a signatory, a note):
  // the header starts at its first agency line, or at its title when no agency precedes it.
  for (size_t i = start; i < anchor; ++i) {
    if (IsAgencyLine(lines[i].text) || RxFind(lines[i].text, "title_matter")) return i;
  }
  return start;
}

}  // namespace

size_t FindBackMatter(const std::vector<TextLine>& lines, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i)
    if (RxFind(lines[i].text, "back_matter")) return i;
  return end;
}

std::vector<Document> CutDocuments(const std::vector<TextLine>& lines, size_t begin, size_t end) {
  std::vector<size_t> anchors;
  for (size_t i = begin; i < end; ++i)
    if (IsDocnoLine(lines[i].text) && i > begin && IsHeaderLike(lines[i - 1])) anchors.push_back(i);
  std::vector<size_t> starts;
  size_t floor = begin;
  for (size_t a : anchors) {
    starts.push_back(HeaderStart(lines, a, floor));
    floor = a + 1;
  }
  std::vector<Document> docs;
  for (size_t k = 0; k < anchors.size(); ++k) {
    Document doc;
    size_t anchor = anchors[k];
    size_t stop = k + 1 < anchors.size() ? starts[k + 1] : end;
    std::vector<TextLine> block(lines.begin() + static_cast<long>(starts[k]), lines.begin() + static_cast<long>(anchor));
    ReadHeader(block, doc);
    doc.line = lines[starts[k]].line;
    doc.docno_line = lines[anchor].line;
    doc.docno_printed = Trim(lines[anchor].printed);
    doc.docno = NormalizeDocno(lines[anchor].text);
    doc.id = doc.docno;
    doc.docno_latin = RomanizeDocno(doc.docno);
    doc.body.assign(lines.begin() + static_cast<long>(anchor + 1), lines.begin() + static_cast<long>(stop));
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace gazette
