// The dating lines (题注) under a regulation's title: when it was adopted, amended, promulgated
// and when it takes effect.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// One dating line: 2010年12月23日 …《关于修改部分地方性法规的决定》修正.
struct DatingLine {
  size_t index = 0;   ///< index in the body
  Date date;         ///< the day printed
  DateKind kind = DateKind::kAdopted;  ///< adopted | approved | amended | promulgated | effective | expires (the last day in force)
  std::string rest;   ///< the text after the date (who adopted it, by which decision)
};

/// The dating lines at the start of BODY (or from line FROM on: an instrument's, under its title;
/// indices are BODY's), in order; empty when the body does not start with one. The first 通过/批准 is the adoption, a 批准 after it the approval; each later 通过 and every 修正/修订/修改 an
/// amendment; 公布/发布 the promulgation; 施行/实施/试行 (and 自公布之日起施行, the promulgation's day)
/// the coming into force; …起失效 and 有效期至DATE the end of validity.
std::vector<DatingLine> ReadDatingLines(const std::vector<TextLine>& body, size_t from = 0);

/// The latest date among DATING's adoption, amendments and promulgation; none if none.
std::optional<Date> LatestDating(const std::vector<DatingLine>& dating, size_t* index = nullptr);

}  // namespace gazette
