// The Chinese words legal staff use for a document's status (时效性), keyed by the English codes
// of xref's DocumentStatus (in-force, repealed …). One table, so a change of status type touches
// one function.
#pragma once
#include <string>
#include <string_view>

namespace gazette {

/// The Chinese label of the status CODE (in-force → 有效, repealed → 已废止 …); CODE itself when
/// it is not a known code.
std::string StatusLabelZh(std::string_view code);

}  // namespace gazette
