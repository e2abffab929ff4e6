// Cutting a document into the scopes that number their structure independently: the notice,
// each instrument it issues (Document::instruments), and each attachment introduced by a
// standalone 附件 / 附件 N label inside either.
#include <algorithm>
#include <string>

#include "extract/articles_internal.hpp"
#include "util/numerals.hpp"
#include "grammar/grammar.hpp"
#include "grammar/literals.hpp"
#include "util/text.hpp"

namespace gazette::articles {
namespace {

/// Splits LINES at attachment labels: the lines before the first label stay in BASE; each label
/// opens a new scope whose title is the line after it.
void SplitAttachments(const Scope& base, std::vector<Scope>& out) {
  out.push_back(Scope{base.instrument, base.prefix, {}});
  size_t current = out.size() - 1;
  out[current].lines.reserve(base.lines.size());  // most scopes hold no attachment: all their lines
  int count = 0;
  Match m;  // one for every line (RxFull sets it)
  for (size_t i = 0; i < base.lines.size(); ++i) {
    const TextLine* line = base.lines[i];
    if (!MayOpenWithAttachment(line->text, false) || !RxFull(line->text, "article_attachment_label", m)) {
      out[current].lines.push_back(line);
      continue;
    }
    ++count;
    int num = count;
    if (auto v = ParseChineseNumeral(Group(m, "num"))) num = *v;
    Scope att;
    att.prefix = base.prefix + "att_" + std::to_string(num) + "__";
    if (i + 1 < base.lines.size()) att.instrument = base.lines[++i]->text;
    out.push_back(std::move(att));
    current = out.size() - 1;
  }
}

}  // namespace

bool MayOpenWithAttachment(const std::string& text, bool searched) {
  // A label alone opens with 附件, 附录 or 附表 (the list, searched for, with 附件 only). A search's ^
  // matches after a line separator too; 附件 sought first (few lines hold it), the separators (a
  // pass over every byte) only then.
  if (!searched) return StartsWith(text, "附件") || StartsWith(text, "附录") || StartsWith(text, "附表");
  return StartsWith(text, "附件") || (text.find("附件") != std::string::npos && HoldsLineSeparator(text));
}

std::vector<Scope> BuildScopes(const Document& doc) {
  std::vector<int> owner(doc.body.size(), -1);
  for (size_t k = 0; k < doc.instruments.size(); ++k) {
    const Instrument& ins = doc.instruments[k];
    for (size_t i = ins.first; i < ins.last && i < doc.body.size(); ++i) owner[i] = int(k);
  }
  std::vector<Scope> out;
  out.reserve(1 + doc.instruments.size());  // one scope each, and more where an attachment opens one
  Scope notice;
  notice.lines.reserve(doc.body.size());
  for (size_t i = 0; i < doc.body.size(); ++i)
    if (owner[i] < 0) notice.lines.push_back(&doc.body[i]);
  SplitAttachments(notice, out);
  for (size_t k = 0; k < doc.instruments.size(); ++k) {
    const Instrument& ins = doc.instruments[k];
    Scope scope;
    scope.instrument = ins.title;
    scope.prefix = "ins_" + std::to_string(k + 1) + "__";
    // The first line is the instrument's title; lines owned by a later instrument are skipped.
    if (const size_t end = std::min(ins.last, doc.body.size()); ins.first < end) scope.lines.reserve(end - ins.first);
    for (size_t i = ins.first + 1; i < ins.last && i < doc.body.size(); ++i)
      if (owner[i] == int(k)) scope.lines.push_back(&doc.body[i]);
    SplitAttachments(scope, out);
  }
  return out;
}

}  // namespace gazette::articles
