#include "segment/dating.hpp"

#include "grammar/grammar.hpp"
#include "segment/header.hpp"

namespace gazette {

std::vector<DatingLine> ReadDatingLines(const std::vector<TextLine>& body) {
  std::vector<DatingLine> out;
  bool adopted = false;
  for (size_t i = 0; i < body.size(); ++i) {
    Match m;
    if (!RxFull(body[i].text, "dating_line", m)) break;
    DatingLine d;
    d.index = i;
    d.date = FindIsoDate(Group(m, "date"));
    std::string verb = Group(m, "verb");
    if (verb == "通过" || verb == "批准") d.kind = adopted ? "amended" : "adopted";
    else if (verb == "公布" || verb == "发布") d.kind = "promulgated";
    else if (verb == "施行" || verb == "实施") d.kind = "effective";
    else d.kind = "amended";
    adopted = adopted || d.kind == "adopted";
    d.rest = body[i].text.substr(static_cast<size_t>(m.position("date") + m.length("date")));
    if (!d.date.empty()) out.push_back(d);
  }
  return out;
}

std::string LatestDating(const std::vector<DatingLine>& dating, size_t* index) {
  std::string latest;
  for (const auto& d : dating) {
    if (d.kind == "effective" || d.date < latest) continue;  // ISO dates order as strings
    latest = d.date;
    if (index) *index = d.index;
  }
  return latest;
}

}  // namespace gazette
