// The plan of an XPath expression (xpath_plan.hpp) from the planner's reading of it
// (xpath_reading): the expression rewritten with a variable in the place of each aggregate and
// each gathered node set, and the queries those are taken by in the parts.
#include "export/xpath_plan.hpp"

#include <algorithm>
#include <vector>

#include "export/xpath_reading.hpp"
#include "export/xpath_tokens.hpp"

namespace gazette {

namespace {

using namespace xpath_levels;   // NOLINT
using namespace xpath_reading;  // NOLINT

/// XPATH, whose value is V, as a query in each part.
PartQuery PartQueryOf(std::string_view xpath, const Value& v, bool in_pugixml_order = false) {
  return {std::string(xpath), (v.levels & kRootAttribute) != 0, in_pugixml_order};
}

/// A span of tokens [begin, end) replaced by a text (a variable; where begin == end, inserted).
struct Replaced {
  size_t begin = 0, end = 0;
  std::string text;
};

/// The variable NAME as a replacement's text.
std::string Variable(const std::string& name) { return " $" + name + " "; }

/// The text of tokens [BEGIN, END) of XPATH, each of REPLACED inside them (sorted, none inside
/// another) written as its text.
std::string Rewrite(std::string_view xpath, const std::vector<XPathLexeme>& tokens, size_t begin, size_t end,
                    const std::vector<Replaced>& replaced) {
  std::string out;
  size_t from = tokens[begin].offset;
  for (const Replaced& r : replaced) {
    if (r.begin < begin || r.end > end) continue;
    out.append(xpath.substr(from, tokens[r.begin].offset - from)).append(r.text);
    from = tokens[r.end].offset;
  }
  return out.append(xpath.substr(from, tokens[end].offset - from));
}

/// The positions of P, a position among the parts whose numbered set reads COUNTED: its
/// position() and last() calls, and a number predicate, rewritten into OUTER's replacements.
XPathPlan::Positions NumberAcrossParts(const Positioned& p, const std::string& counted, std::vector<Replaced>& outer) {
  XPathPlan::Positions positions{p.guarded ? "/*/" + counted : counted, false};
  // Guarded, the offset and the count apply where the node's parent is the root element.
  const std::string root_child = p.guarded ? " * not(../../..)" : "";
  const std::string position = " (position() +" + Variable(kPositionOffset) + root_child + ") ";
  const std::string last = p.guarded ? " (last() + (" + Variable(kPositionTotal) + "- last())" + root_child + ") "
                                     : Variable(kPositionTotal);
  for (const auto& [at, is_last] : p.calls) {
    outer.push_back({at, at + 3, is_last ? last : position});
    positions.total = positions.total || is_last;
  }
  if (p.number) {  // [2]: the position is 2
    outer.push_back({p.predicate_begin, p.predicate_begin, position + "= ("});
    outer.push_back({p.predicate_end, p.predicate_end, ") "});
  }
  return positions;
}

/// The plan READING gives for XPATH (TOKENS).
XPathPlan PlanOf(std::string_view xpath, const std::vector<XPathLexeme>& tokens, const Reading& reading) {
  const Value& v = reading.value;
  XPathPlan plan;
  std::vector<Replaced> outer, inner;  // the aggregates and the gathered sets outside them; those inside
  for (size_t i = 0; i < reading.gathered.size(); ++i) {
    const Gathered& g = reading.gathered[i];
    const bool all = g.keep == XPathGathered::Keep::kAll;  // sum() may read them
    plan.gathered.push_back({PartQueryOf(Rewrite(xpath, tokens, g.begin, g.end, {}), g.of, all), g.keep, g.matched});
    inner.push_back({g.begin, g.end, Variable(GatheredVariable(i))});
  }
  for (size_t i = 0; i < reading.aggregates.size(); ++i) {
    const Found& a = reading.aggregates[i];
    plan.aggregates.push_back({a.sum, PartQueryOf(Rewrite(xpath, tokens, a.name + 2, a.close, inner), a.of, a.sum)});
    outer.push_back({a.name, a.close + 1, Variable(AggregateVariable(i))});
  }
  for (const Replaced& r : inner) {
    const bool in_aggregate = std::any_of(outer.begin(), outer.end(), [&](const Replaced& a) {
      return r.begin >= a.begin && r.end <= a.end;
    });
    if (!in_aggregate) outer.push_back(r);
  }
  if (reading.positioned) {
    const Positioned& p = *reading.positioned;
    plan.positions = NumberAcrossParts(p, Rewrite(xpath, tokens, p.count_begin, p.count_end, inner), outer);
    if (v.type != Type::kNodeSet || !plan.aggregates.empty() || (plan.positions->total && !plan.gathered.empty())) {
      return {};  // numbered in a reading of its own, or among matches added up
    }
  }
  std::stable_sort(outer.begin(), outer.end(), [](const Replaced& a, const Replaced& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  const std::string rewritten = Rewrite(xpath, tokens, 0, tokens.size() - 1, outer);
  if (v.type != Type::kNodeSet) {
    plan.kind = XPathPlan::Kind::kScalar;
    plan.scalar = rewritten;
  } else if (plan.aggregates.empty() && InParts(v, false)) {
    plan.kind = XPathPlan::Kind::kEachPart;
    plan.matches = PartQueryOf(rewritten, v);
  } else {
    plan = {};
  }
  return plan;
}

}  // namespace

std::string AggregateVariable(size_t i) { return "aggregate" + std::to_string(i); }

std::string GatheredVariable(size_t i) { return "gathered" + std::to_string(i); }

XPathPlan PlanXPath(std::string_view xpath, std::string_view root_name) {
  auto tokens = TokenizeXPath(xpath);
  if (!tokens) return {};
  auto reading = ReadXPath(*tokens, root_name);
  return reading ? PlanOf(xpath, *tokens, *reading) : XPathPlan{};
}

}  // namespace gazette
