// Extensions of a document's period of validity (extends: 有效期延长至2026年12月31日, 有效期延长
// 两年) as status reads them: the new end each gives, and which of them are in effect on a day.
#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "model/date.hpp"
#include "xref/corpus.hpp"

namespace gazette {

/// What the extensions in effect on a day make of a document's end of validity.
struct Extension {
  const CorpusReference* by = nullptr;       ///< the extension in effect giving the latest new end
  std::optional<Date> end;                   ///< that new end
  const CorpusReference* undated = nullptr;  ///< an extension in effect whose new end is not known
  /// An extension in effect, the day it takes effect and the new end it gives.
  struct Given {
    const CorpusReference* by = nullptr;
    std::optional<Date> start;
    std::optional<Date> end;
  };
  /// The new end each extension in effect gives, in the order they take effect.
  std::vector<Given> ends;
};

/// The new end extension R gives DOC: its date (有效期延长至…), else its period (有效期延长两年,
/// 延长6个月) counted from the day after END, the end in force when it is made (DOC's own when none
/// is given); none when neither is known.
std::optional<Date> NewEnd(const CorpusReference& r, const CorpusDocument& doc, std::optional<Date> end = std::nullopt);

/// The extensions of DOC among EXTENSIONS in effect on AS_OF (none: all), each from the day
/// STARTED gives for its citing document (none known: in effect). A period counts from the end the
/// extensions before it gave (再延长一年 after 有效期延长至2022年12月31日: to 2023-12-31).
Extension ExtensionOf(const std::vector<const CorpusReference*>& extensions, const CorpusDocument& doc,
                      const std::function<std::optional<Date>(const CorpusReference&)>& started,
                      const std::optional<Day>& as_of);

}  // namespace gazette
