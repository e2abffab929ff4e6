// Documents anchored by their 文号 lines (internal to src/segment, anchors.hpp): a 文号 under its
// title, one a joint document prints beside or under the first, and a 版头's 文号 over its title.
#include <string>
#include <vector>

#include "grammar/grammar.hpp"
#include "segment/anchors.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

Anchor DocnoAnchor(size_t at, const std::string& docno, const TextLine& line) {
  Anchor a;
  a.header_end = at;
  a.body_begin = at + 1;
  a.docno = docno;
  a.docno_printed = Trim(line.printed);
  a.docno_line = line.line;
  return a;
}

// A joint document's other 文号 (JointDocnos), on the 文号 line at I or on the lines under it, into
// A; returns the line after its 文号 lines, where its body begins.
size_t ReadJointDocnos(LineFacts& facts, size_t i, size_t end, Anchor& a) {
  const std::vector<TextLine>& lines = facts.lines();
  std::string joined = lines[i].text;
  size_t next = i + 1;
  for (; next < end && next < i + 4 && facts.IsDocno(next); ++next) {
    if (JointDocnos(joined + lines[next].text).empty()) break;
    joined += lines[next].text;
    a.docno_printed += " " + Trim(lines[next].printed);
  }
  a.joint_docnos = OtherJointDocnos(a.docno, joined);
  a.body_begin = next;
  return next;
}

// The line after the title printed on one to three lines from FROM (关于…的通知, the issuers
// possibly before 关于; of any kind, title_under_docno: a 版头 and its 文号 stand above it), or npos.
size_t TitleEndFrom(LineFacts& facts, size_t from, size_t end) {
  std::string acc;
  for (size_t k = from; k < end && k < from + 3 && facts.IsHeaderLike(k); ++k) {
    acc += StripSpaces(facts[k].text);
    if (RxFull(acc, "notice_title") || RxFull(acc, "title_under_docno"_rx)) return k + 1;
  }
  return std::string::npos;
}

}  // namespace

std::vector<Anchor> DocnoAnchors(LineFacts& facts, size_t begin, size_t end) {
  const std::vector<TextLine>& lines = facts.lines();
  std::vector<Anchor> out;
  for (size_t i = begin + 1; i < end; ++i) {
    const TextLine& line = lines[i];
    if (facts.IsDocno(i) && facts.IsHeaderLike(i - 1)) {
      out.push_back(DocnoAnchor(i, NormalizeDocno(line.text), line));
      const size_t after = ReadJointDocnos(facts, i, end, out.back());
      const std::string& above = lines[i - 1].text;
      size_t title_end = std::string::npos;
      if (facts.IsAgency(i - 1) || RxFull(above, "masthead_line")) title_end = TitleEndFrom(facts, after, end);
      if (title_end != std::string::npos) {
        out.back().title_below = true;
        out.back().body_begin = title_end;
      }
    } else if (facts.IsOrderNumber(i) && RxFull(lines[i - 1].text, "order_title")) {
      out.push_back(DocnoAnchor(i, NormalizeDocno(lines[i - 1].text + line.text), line));
    }
  }
  return out;
}

}  // namespace gazette
