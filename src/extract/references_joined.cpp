// Lines joined for the references extractor (references_joined.hpp).
#include "extract/references_joined.hpp"

#include "extract/references_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette::refs {
namespace {

// True when NEXT is only the (文号) of the title TEXT ends with, printed on a line of its own
// (a list of titles: 北京市人民政府关于加强城市管理的通知 / (京政发〔2010〕3号)).
bool NumbersTitleAbove(const std::string& text, const std::string& next) {
  if (!StartsWith(next, "(") || !IsDocnoLine(next)) return false;
  return EndsWith(text, "》") || RxFind(text, "refs_bare_title");
}

}  // namespace

// DOCNO as one of J's printed lines prints it, spacing kept; FALLBACK if none does (PrintedDocno
// of each line in turn, from the 文号 PRINTED_DOCNOS found in it).
std::string PrintedIn(const Joined& j, PrintedDocnos& printed_docnos, const std::string& docno,
                      const std::string& fallback) {
  for (size_t k = 0; k < j.size(); ++k) {
    std::string printed = PrintedDocnoAmong(j.part(k).second->inline_text, printed_docnos.Of(k), docno, "");
    if (!printed.empty()) return printed;
  }
  return fallback;
}

// Body line AT, with up to two following lines joined while a 《 stays open, and the line after
// when it is only the title's (文号). Sets *LAST.
Joined JoinCutTitle(const Document& doc, size_t at, size_t* last) {
  Joined j(doc.body[at]);
  *last = at;
  while (UnclosedTitle(j.text()) != std::string::npos && *last + 1 < doc.body.size() &&
         *last < at + 2 && !doc.body[*last + 1].has_tab) {
    ++*last;
    j.Append(doc.body[*last]);
  }
  if (*last + 1 < doc.body.size() && NumbersTitleAbove(j.text(), doc.body[*last + 1].text)) {
    ++*last;
    j.Append(doc.body[*last]);
  }
  return j;
}

}  // namespace gazette::refs
