// The planner follows the grammar of XPath 1.0 (§3) with an abstract value per expression: its
// type, the levels of the tree its nodes may lie at (xpath_levels), whether its nodes may come
// from more than one part ("crosses": a step from the document node or the root element down
// into the parts), whether it holds the root reached up from a part ("climbed"), and whether
// pugixml gives it in document order. Testing a value that crosses, or the string value of the
// root element or document, makes the expression need the whole document; so do a position
// taken among the parts and a step down from a climbed root. Outside any predicate, count() or
// sum() of a node set whose nodes lie in the parts is an aggregate: taken part by part, then
// bound to a variable in the expression evaluated once.
#include "export/xpath_plan.hpp"

#include <vector>

#include "export/xpath_levels.hpp"
#include "export/xpath_tokens.hpp"

namespace gazette {

namespace {

using namespace xpath_levels;  // NOLINT: the planner's own domain

enum class Type { kNodeSet, kNumber, kString, kBoolean };

struct Value {
  Type type = Type::kNodeSet;
  Levels levels = 0;
  bool crosses = false;
  bool climbed = false;  // may hold skeleton nodes reached up from a part: only that part leads there
  bool ordered = true;   // pugixml gives the nodes in document order (no union, no reverse axis)
};

/// A count() or sum() found outside any predicate: its tokens from the function's name to its
/// closing parenthesis, and its argument's value.
struct Found {
  bool sum = false;
  size_t name = 0, close = 0;
  Value of;
};

/// The planner gives up (the expression is evaluated whole).
struct Unplannable {};
/// The expression needs the whole document.
using Whole = LeadsToOtherParts;

bool IsStepStart(XPathToken t) {
  return t == XPathToken::kNameTest || t == XPathToken::kNodeType || t == XPathToken::kAxisName ||
         t == XPathToken::kAt || t == XPathToken::kDot || t == XPathToken::kDotDot;
}

/// The result type of the XPath 1.0 core function NAME.
Type FunctionType(std::string_view name) {
  static constexpr std::pair<std::string_view, Type> kFunctions[] = {
      {"last", Type::kNumber},         {"position", Type::kNumber},      {"count", Type::kNumber},
      {"sum", Type::kNumber},          {"number", Type::kNumber},        {"string-length", Type::kNumber},
      {"floor", Type::kNumber},        {"ceiling", Type::kNumber},       {"round", Type::kNumber},
      {"string", Type::kString},       {"concat", Type::kString},        {"substring", Type::kString},
      {"substring-before", Type::kString}, {"substring-after", Type::kString},
      {"normalize-space", Type::kString},  {"translate", Type::kString}, {"local-name", Type::kString},
      {"namespace-uri", Type::kString},    {"name", Type::kString},      {"boolean", Type::kBoolean},
      {"not", Type::kBoolean},         {"true", Type::kBoolean},         {"false", Type::kBoolean},
      {"lang", Type::kBoolean},        {"contains", Type::kBoolean},     {"starts-with", Type::kBoolean},
      {"id", Type::kNodeSet},
  };
  for (const auto& [n, type] : kFunctions) {
    if (n == name) return type;
  }
  throw Unplannable{};
}

/// Functions that read their context node's string value when given no argument.
bool ReadsContextText(std::string_view name) {
  return name == "string" || name == "number" || name == "string-length" || name == "normalize-space";
}

/// True when every node V, an expression's value, may hold lies in one part or among the root
/// element's attributes (read once from the head), and, where SUM adds them up, pugixml gives
/// them in document order.
bool InParts(const Value& v, bool sum) {
  if (v.type != Type::kNodeSet || (v.levels & (kDocument | kRootElement))) return false;
  if (v.climbed) return false;  // the root's attributes, reached from some parts only
  return !sum || v.ordered;     // pugixml adds in its set's order: the same only in document order
}

/// XPATH, whose value is V, as a query in each part.
PartQuery PartQueryOf(std::string_view xpath, const Value& v) {
  return {std::string(xpath), (v.levels & kRootAttribute) != 0};
}

class Planner {
 public:
  Planner(const std::vector<XPathLexeme>& tokens, std::string_view root_name)
      : t_(tokens), root_name_(root_name) {}

  /// The aggregates found, in the expression's order.
  const std::vector<Found>& aggregates() const { return aggregates_; }

  /// The value of the whole expression, evaluated from the document node.
  Value Run() {
    Value v = Expr();
    if (Peek() != XPathToken::kEnd) throw Unplannable{};
    return v;
  }

 private:
  XPathToken Peek() const { return t_[i_].kind; }
  const XPathLexeme& Take() {
    if (Peek() == XPathToken::kEnd) throw Unplannable{};
    return t_[i_++];
  }
  bool Accept(XPathToken kind) { return Peek() == kind ? (++i_, true) : false; }
  void Expect(XPathToken kind) {
    if (!Accept(kind)) throw Unplannable{};
  }

  /// A value tested (compared, counted, converted): its nodes must all lie in the part read,
  /// and the root element's and document's string values are every part's text.
  static void Test(const Value& v) {
    if (v.type == Type::kNodeSet && (v.crosses || (v.levels & (kDocument | kRootElement)))) throw Whole{};
  }

  Value Expr() {
    if (++depth_ > 200) throw Unplannable{};
    Value v = Binary(0);
    --depth_;
    return v;
  }

  /// Operators by precedence, loosest first: or; and; = !=; < <= > >=; + -; * div mod.
  static int Precedence(const XPathLexeme& t) {
    switch (t.kind) {
      case XPathToken::kOperatorName:
        return t.text == "or" ? 0 : t.text == "and" ? 1 : t.text == "div" || t.text == "mod" ? 5 : -1;
      case XPathToken::kEqual: case XPathToken::kNotEqual: return 2;
      case XPathToken::kLess: case XPathToken::kLessOrEqual:
      case XPathToken::kGreater: case XPathToken::kGreaterOrEqual: return 3;
      case XPathToken::kPlus: case XPathToken::kMinus: return 4;
      case XPathToken::kMultiply: return 5;
      default: return -1;
    }
  }

  Value Binary(int level) {
    if (level > 5) return Unary();
    Value v = Binary(level + 1);
    while (Precedence(t_[i_]) == level) {
      ++i_;
      Value w = Binary(level + 1);
      Test(v);
      Test(w);
      v = {level <= 3 ? Type::kBoolean : Type::kNumber};
    }
    return v;
  }

  Value Unary() {
    bool negated = false;
    while (Accept(XPathToken::kMinus)) negated = true;
    Value v = Union();
    if (!negated) return v;
    Test(v);
    return {Type::kNumber};
  }

  Value Union() {
    Value v = Path();
    while (Accept(XPathToken::kUnion)) {
      Value w = Path();
      if (v.type != Type::kNodeSet || w.type != Type::kNodeSet) throw Unplannable{};
      v.levels |= w.levels;
      v.crosses = v.crosses || w.crosses;
      v.climbed = v.climbed || w.climbed;
      v.ordered = false;  // the left operand's nodes, then the right's
    }
    return v;
  }

  Value Path() {
    switch (Peek()) {
      case XPathToken::kLiteral: case XPathToken::kNumber: case XPathToken::kLeftParen:
      case XPathToken::kFunctionName: case XPathToken::kVariable:
        return Filter();
      case XPathToken::kSlash:
        ++i_;
        return IsStepStart(Peek()) ? RelativePath({Type::kNodeSet, kDocument}) : Value{Type::kNodeSet, kDocument};
      case XPathToken::kDoubleSlash:
        ++i_;
        return RelativePath(Move({Type::kNodeSet, kDocument}, Axis::kDescendantOrSelf, ~0u));
      default:
        return RelativePath({Type::kNodeSet, context_});
    }
  }

  Value Filter() {
    Value v = Primary();
    while (Peek() == XPathToken::kLeftBracket) {
      if (v.type != Type::kNodeSet) throw Unplannable{};
      if (Predicate(v.levels) && v.crosses) throw Whole{};  // a position in the whole set
    }
    if (Accept(XPathToken::kSlash)) return RelativePath(v);
    if (Accept(XPathToken::kDoubleSlash)) return RelativePath(Move(v, Axis::kDescendantOrSelf, ~0u));
    return v;
  }

  Value Primary() {
    const XPathLexeme& t = Take();
    switch (t.kind) {
      case XPathToken::kLiteral: return {Type::kString};
      case XPathToken::kNumber: return {Type::kNumber};
      case XPathToken::kFunctionName: return Call(i_ - 1);
      case XPathToken::kLeftParen: {
        Value v = Expr();
        Expect(XPathToken::kRightParen);
        return v;
      }
      default: throw Unplannable{};  // a variable: `query` binds none
    }
  }

  /// The call whose name is tokens[AT].
  Value Call(size_t at) {
    const std::string_view name = t_[at].text;
    const Type type = FunctionType(name);
    Expect(XPathToken::kLeftParen);
    size_t args = 0;
    if (!Accept(XPathToken::kRightParen)) {
      do {
        const size_t found = aggregates_.size();
        Value arg = Expr();
        ++args;
        if (args == 1 && Peek() == XPathToken::kRightParen && predicates_ == 0 &&
            (name == "count" || name == "sum") && InParts(arg, name == "sum")) {
          if (aggregates_.size() != found) throw Unplannable{};  // one inside another
          aggregates_.push_back({name == "sum", at, i_, arg});
        } else {
          Test(arg);
        }
      } while (Accept(XPathToken::kComma));
      Expect(XPathToken::kRightParen);
    }
    if (name == "id") throw Whole{};
    if (name == "position" || name == "last") positional_ = true;
    if (args == 0 && ReadsContextText(name)) Test({Type::kNodeSet, context_});
    return {type};
  }

  Value RelativePath(Value v) {
    v = Step(v);
    for (;;) {
      if (Accept(XPathToken::kSlash)) {
        v = Step(v);
      } else if (Accept(XPathToken::kDoubleSlash)) {
        v = Step(Move(v, Axis::kDescendantOrSelf, ~0u));
      } else {
        return v;
      }
    }
  }

  /// FROM moved along AXIS to the nodes of TEST's levels, noting whether the move crosses from
  /// the skeleton into the parts. Down again from the root reached up from a part (`//y/../x`)
  /// leads to the other parts: only the whole document has them.
  Value Move(const Value& from, Axis axis, Levels test) {
    Value to{Type::kNodeSet, Along(axis, from.levels, test), from.crosses};
    const Levels from_skeleton = Along(axis, from.levels & kSkeleton, test);
    if (from.climbed && (from_skeleton & kParts)) throw Whole{};
    last_step_crosses_ = (from_skeleton & kParts) != 0;
    to.crosses = to.crosses || last_step_crosses_;
    const bool up = axis == Axis::kParent || axis == Axis::kAncestor || axis == Axis::kAncestorOrSelf;
    const bool climbs = up && (Along(axis, from.levels & kParts, test) & kSkeleton);
    to.climbed = (from.climbed || climbs) && (to.levels & kSkeleton);
    to.ordered = from.ordered && !up && axis != Axis::kSibling;
    return to;
  }

  Value Step(const Value& from) {
    if (from.type != Type::kNodeSet) throw Unplannable{};
    if (Accept(XPathToken::kDot)) return Move(from, Axis::kSelf, ~0u);
    if (Accept(XPathToken::kDotDot)) return Move(from, Axis::kParent, ~0u);
    Axis axis = Axis::kChild;
    if (Accept(XPathToken::kAt)) {
      axis = Axis::kAttribute;
    } else if (Peek() == XPathToken::kAxisName) {
      const auto named = AxisNamed(Take().text);
      if (!named) throw Unplannable{};
      axis = *named;
      Expect(XPathToken::kAxisSeparator);
    }
    Value to = Move(from, axis, NodeTest(axis));
    const bool crosses = last_step_crosses_;
    while (Peek() == XPathToken::kLeftBracket) {
      if (Predicate(to.levels) && crosses) throw Whole{};  // a position among the parts
    }
    return to;
  }

  /// The levels a node test lets through on AXIS.
  Levels NodeTest(Axis axis) {
    const XPathLexeme& t = Take();
    if (t.kind == XPathToken::kNodeType) {
      Expect(XPathToken::kLeftParen);
      Accept(XPathToken::kLiteral);  // processing-instruction('name')
      Expect(XPathToken::kRightParen);
      return t.text == "node" ? ~0u : kParts;  // text, comments and instructions lie in parts
    }
    if (t.kind != XPathToken::kNameTest) throw Unplannable{};
    if (axis == Axis::kAttribute) return kRootAttribute | kInPart;
    const bool any = t.text == "*" || (t.text.size() > 2 && t.text.substr(t.text.size() - 2) == ":*");
    return kParts | (any || t.text == root_name_ ? kRootElement : 0);
  }

  /// Reads a predicate over nodes at CONTEXT; true when it selects by position.
  bool Predicate(Levels context) {
    Expect(XPathToken::kLeftBracket);
    const Levels saved_context = context_;
    const bool saved_positional = positional_;
    context_ = context;
    positional_ = false;
    ++predicates_;
    Value v = Expr();
    Expect(XPathToken::kRightBracket);
    const bool positional = positional_ || v.type == Type::kNumber;
    --predicates_;
    context_ = saved_context;
    positional_ = saved_positional;
    Test(v);
    return positional;
  }

  const std::vector<XPathLexeme>& t_;
  std::string_view root_name_;
  size_t i_ = 0;
  int depth_ = 0;
  Levels context_ = kDocument;
  bool positional_ = false;
  bool last_step_crosses_ = false;
  int predicates_ = 0;  // how many predicates the planner is inside
  std::vector<Found> aggregates_;
};

/// The plan of a number, string or boolean: each aggregate's argument in the parts, the rest
/// of XPATH (TOKENS) evaluated once with a variable in each aggregate's place.
XPathPlan ScalarPlan(std::string_view xpath, const std::vector<XPathLexeme>& tokens,
                     const std::vector<Found>& aggregates) {
  XPathPlan plan;
  plan.kind = XPathPlan::Kind::kScalar;
  size_t from = 0;
  for (size_t i = 0; i < aggregates.size(); ++i) {
    const Found& a = aggregates[i];
    const size_t begin = tokens[a.name].offset, end = tokens[a.close].offset + 1;
    const size_t arg = tokens[a.name + 2].offset;
    plan.aggregates.push_back({a.sum, PartQueryOf(xpath.substr(arg, tokens[a.close].offset - arg), a.of)});
    plan.scalar.append(xpath.substr(from, begin - from)).append(" $").append(AggregateVariable(i)).append(" ");
    from = end;
  }
  plan.scalar.append(xpath.substr(from));
  return plan;
}

}  // namespace

std::string AggregateVariable(size_t i) { return "aggregate" + std::to_string(i); }

XPathPlan PlanXPath(std::string_view xpath, std::string_view root_name) {
  auto tokens = TokenizeXPath(xpath);
  if (!tokens) return {};
  try {
    Planner planner(*tokens, root_name);
    const Value v = planner.Run();
    if (v.type != Type::kNodeSet) return ScalarPlan(xpath, *tokens, planner.aggregates());
    if (planner.aggregates().empty() && InParts(v, false)) {
      return {XPathPlan::Kind::kEachPart, PartQueryOf(xpath, v), {}, {}};
    }
  } catch (const Unplannable&) {
  } catch (const Whole&) {
  }
  return {};
}

}  // namespace gazette
