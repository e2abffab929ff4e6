// The parts of a document that issues several instruments (关于印发《A》和《B》的通知): a relation
// that names one of them (《B》(京政容发〔2010〕16号印发)同时废止) is of that part alone, and a
// user may ask the status of one part by its title.
#pragma once
#include <string>
#include <vector>

#include "xref/corpus.hpp"

namespace gazette {

/// The title keys (TitleKey) of the instruments DOC's title issues (关于印发《A》和《B》的通知, 《A》《B》),
/// when there are two or more; none otherwise (a document of one part is its one instrument, and
/// the attachments printed with it are that instrument's).
std::vector<std::string> IssuedParts(const CorpusDocument& doc);

/// The part of PARTS (IssuedParts of its target) that reference R names by its cited title (or by
/// that title with another version mark, BaseTitleKey); "" when it names the whole document (its
/// 文号 alone, the notice's own title).
std::string PartNamed(const std::vector<std::string>& parts, const CorpusReference& r);

/// The part of PARTS a user's TYPED text names (a title in any printed form); "" when none.
std::string PartAsked(const std::vector<std::string>& parts, const std::string& typed);

}  // namespace gazette
