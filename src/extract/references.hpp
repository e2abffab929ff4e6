// References: every citation of another document (《title》 and/or 文号, short titles introduced by
// 以下简称, numbers within their year), classified by the clause around it: repeals, amends,
// revises, supplements, replaces, implements, cites. Rules live in grammars/references.grammar.
#pragma once
#include <string>
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// Every citation in DOC, in document order. `resolved` is left false: resolution is the
/// corpus' job (src/xref). A document's own title and the instruments it issues are not
/// citations of another document, unless the clause revises or repeals an older text of them.
/// Rows of a list of documents (tab-separated, with a name and a 文号 column) are one citation
/// each, typed by the list's caption (宣布废止失效的文件目录 → repeals).
std::vector<Reference> ExtractReferences(const Document& doc);

/// What `check` reports about DOC's references, each naming SOURCE and its line: a 文号 whose
/// number does not fit (docno-number: 京政发〔2023〕99999999999号), a repeal statement whose verb
/// has no document as its object (repeal-unattached: 原办法同时废止。).
/// REQUIRES: doc.references filled by ExtractReferences (the pipeline's kReferences).
std::vector<Finding> CheckReferences(const Document& doc, const std::string& source);

/// A comparable form of a title: no spaces, 〈〉 and <> nesting as 《》, no 《》 around it.
std::string TitleKey(const std::string& title);

/// The instrument a title issues: 关于印发《X》的通知 → X (as a TitleKey); "" if it issues none.
std::string IssuedTitleKey(const std::string& title);

namespace refs {
/// IssuedTitleKey of a title whose TitleKey, KEY, the caller has at hand.
std::string IssuedOfKey(const std::string& key);
/// Every instrument title KEY (a TitleKey) issues, each a TitleKey: 关于印发《A》和《B》的通知 → A, B;
/// IssuedOfKey's one title when it names one; none when it issues none.
std::vector<std::string> IssuedOfKeys(const std::string& key);
}  // namespace refs

/// The day a suspension whose clause is CLAUSE starts when the clause states it (自2008年7月20日起,
/// 《A》暂缓执行); none when it does not (it starts with the suspending document).
std::optional<Date> SuspensionStartIn(const std::string& clause);

/// TitleKey without version marks at the end: 办法(试行) → 办法, 目录(1.0版) → 目录.
std::string BaseTitleKey(const std::string& title);

}  // namespace gazette
