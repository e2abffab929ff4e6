#include "export/xpath_reading.hpp"

#include "export/xpath_functions.hpp"

namespace gazette::xpath_reading {

namespace {

using namespace xpath_levels;  // NOLINT: the planner's own domain

/// The planner gives up (the expression is evaluated whole).
struct Unplannable {};
/// The expression needs the whole document.
using Whole = LeadsToOtherParts;

using Keep = XPathGathered::Keep;

class Planner {
 public:
  Planner(const std::vector<XPathLexeme>& tokens, std::string_view root_name)
      : t_(tokens), root_name_(root_name) {}

  /// The aggregates found, in the expression's order.
  const std::vector<Found>& aggregates() const { return aggregates_; }
  /// The node sets to gather in a first reading, in the expression's order.
  const std::vector<Gathered>& gathered() const { return gathered_; }
  /// The position taken among the parts, if any.
  const std::optional<Positioned>& positioned() const { return positioned_; }

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

  /// V, the value of tokens [BEGIN, i_), tested for what KEEP says: its nodes must all lie in the
  /// part read, or be gathered before the parts are read (a context-free node set whose string
  /// values are all a test reads); the root element's and document's string values are every
  /// part's text. Every value, which sum() may add, is gathered in pugixml's order, so the set
  /// must give them part after part; each value once (a comparison) or the first in document
  /// order (a conversion) is the same whatever the order (a union: `@id = //a/@x | //b/@y`).
  /// Returns the place of the set gathered, if it is.
  std::optional<size_t> Test(const Value& v, size_t begin, Keep keep) {
    if (v.type != Type::kNodeSet || !(v.crosses || (v.levels & (kDocument | kRootElement)))) return std::nullopt;
    if (!v.context_free || !InParts(v, keep == Keep::kAll)) throw Whole{};
    for (const Gathered& g : gathered_) {
      if (g.begin >= begin) throw Whole{};  // one inside another: a reading each
    }
    for (const Found& a : aggregates_) {
      if (a.name >= begin) throw Whole{};
    }
    if (positioned_ && positioned_->count_begin >= begin) throw Whole{};  // gathered without its offsets
    gathered_.push_back({begin, i_, v, keep});
    return gathered_.size() - 1;
  }

  Value Expr() {
    if (++depth_ > 200) throw Unplannable{};
    Value v = Binary(0);
    --depth_;
    return v;
  }

  Value Binary(int level) {
    if (level > 5) return Unary();
    const size_t begin = i_;
    Value v = Binary(level + 1);
    // or, and: booleans, whether there is a node; comparisons: each value; arithmetic: the first node's
    const Keep keep = level == 2 || level == 3 ? Keep::kDistinct : Keep::kFirst;
    while (XPathPrecedence(t_[i_]) == level) {
      const bool equal = Peek() == XPathToken::kEqual;
      const std::optional<size_t> left = Test(v, begin, keep);
      ++i_;
      const size_t right_begin = i_;
      Value w = Binary(level + 1);
      const std::optional<size_t> right = Test(w, right_begin, keep);
      // A gathered set compared with `=` to nodes of the part read: narrowed in each part.
      if (equal && v.type == Type::kNodeSet && w.type == Type::kNodeSet && left.has_value() != right.has_value()) {
        gathered_[left ? *left : *right].matched = true;
      }
      v = {level <= 3 ? Type::kBoolean : Type::kNumber};
    }
    return v;
  }

  Value Unary() {
    bool negated = false;
    while (Accept(XPathToken::kMinus)) negated = true;
    const size_t begin = i_;
    Value v = Union();
    if (!negated) return v;
    Test(v, begin, Keep::kFirst);
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
      v.context_free = v.context_free && w.context_free;
      v.ordered = false;  // the left operand's nodes, then the right's
    }
    return v;
  }

  Value Path() {
    const size_t saved = path_begin_;
    path_begin_ = i_;
    Value v = PathHere();
    path_begin_ = saved;
    return v;
  }

  Value PathHere() {
    switch (Peek()) {
      case XPathToken::kLiteral: case XPathToken::kNumber: case XPathToken::kLeftParen:
      case XPathToken::kFunctionName: case XPathToken::kVariable:
        return Filter();
      case XPathToken::kSlash:
        ++i_;
        return IsXPathStepStart(Peek()) ? RelativePath(DocumentNode()) : DocumentNode();
      case XPathToken::kDoubleSlash:
        ++i_;
        return RelativePath(Move(DocumentNode(), Axis::kDescendantOrSelf, ~0u), true);
      default:
        return RelativePath(ContextNode());
    }
  }

  static Value DocumentNode() {
    Value v{Type::kNodeSet, kDocument};
    v.context_free = true;
    return v;
  }

  /// An empty node set, the same from every context: pugixml's id(), whatever it is given.
  static Value NoNode() {
    Value v{Type::kNodeSet, 0};
    v.context_free = true;
    return v;
  }

  /// The context node: the document node outside any predicate.
  Value ContextNode() const {
    Value v{Type::kNodeSet, context_};
    v.context_free = predicates_ == 0;
    return v;
  }

  Value Filter() {
    const size_t begin = i_;
    Value v = Primary();
    while (Peek() == XPathToken::kLeftBracket) {
      if (v.type != Type::kNodeSet) throw Unplannable{};
      const size_t bracket = i_;
      if (Predicate(v.levels) && v.crosses) Position(v, begin, bracket, false);  // a position in the whole set
    }
    if (Accept(XPathToken::kSlash)) return RelativePath(v);
    if (Accept(XPathToken::kDoubleSlash)) return RelativePath(Move(v, Axis::kDescendantOrSelf, ~0u), true);
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
    const std::optional<Type> type = FunctionType(name);
    if (!type) throw Unplannable{};
    Expect(XPathToken::kLeftParen);
    size_t args = 0;
    if (!Accept(XPathToken::kRightParen)) {
      do {
        const size_t found = aggregates_.size(), begin = i_;
        Value arg = Expr();
        ++args;
        if (args == 1 && Peek() == XPathToken::kRightParen && predicates_ == 0 &&
            (name == "count" || name == "sum") && InParts(arg, name == "sum")) {
          if (aggregates_.size() != found) throw Unplannable{};  // one inside another
          aggregates_.push_back({name == "sum", at, i_, arg});
        } else if (name != "id") {  // pugixml's id() reads nothing of its argument
          if (ReadsNames(name) && arg.crosses) throw Whole{};  // gathered values have no names
          Test(arg, begin, ArgumentKeep(name));
        }
      } while (Accept(XPathToken::kComma));
      Expect(XPathToken::kRightParen);
    }
    if (name == "id") return NoNode();  // pugixml reads no DTD: no attribute is an ID
    if (name == "position" || name == "last") {
      positional_ = true;
      context_calls_.push_back({at, predicates_, name == "last"});
    }
    if (args == 0 && ReadsContextText(name)) Test(ContextNode(), i_, Keep::kFirst);
    return {*type};
  }

  /// The steps from V; AFTER_DOUBLE_SLASH: V is the `//` before the first.
  Value RelativePath(Value v, bool after_double_slash = false) {
    v = Step(v, after_double_slash);
    for (;;) {
      if (Accept(XPathToken::kSlash)) {
        v = Step(v, false);
      } else if (Accept(XPathToken::kDoubleSlash)) {
        v = Step(Move(v, Axis::kDescendantOrSelf, ~0u), true);
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
    to.context_free = from.context_free;
    const Levels from_skeleton = Along(axis, from.levels & kSkeleton, test);
    if (from.climbed && (from_skeleton & kParts)) throw Whole{};
    last_step_crosses_ = (from_skeleton & kParts) != 0;
    to.crosses = to.crosses || last_step_crosses_;
    const bool up = axis == Axis::kParent || axis == Axis::kAncestor || axis == Axis::kAncestorOrSelf;
    const bool climbs = up && (Along(axis, from.levels & kParts, test) & kSkeleton);
    to.climbed = (from.climbed || climbs) && (to.levels & kSkeleton);
    // pugixml applies a step to each context in turn: whole or part by part, the same order
    // within each part (not always the document's: `//a/b` with an `a` inside another).
    to.ordered = from.ordered;
    return to;
  }

  /// The step from FROM; AFTER_DOUBLE_SLASH: FROM is a `//` (descendant-or-self::node()).
  Value Step(const Value& from, bool after_double_slash) {
    if (from.type != Type::kNodeSet) throw Unplannable{};
    const size_t begin = i_;
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
    bool positional = false;
    while (Peek() == XPathToken::kLeftBracket) {
      const size_t bracket = i_;
      if (!Predicate(to.levels)) continue;
      positional = true;
      if (!crosses) continue;
      // A position among the parts: from the root element alone, the set's nodes in document
      // order; from the root among other nodes, its children (numbered across the parts when
      // their parent is the root element).
      if (from.levels == kRootElement && !from.crosses) {
        Position(to, path_begin_, bracket, false);
      } else if (axis == Axis::kChild && (from.levels & kRootElement)) {
        Position(to, begin, bracket, true);
      } else {
        throw Whole{};
      }
    }
    // From the root among nodes in the parts (`//*/b`), the root's children in every part come
    // first, unless pugixml reads `//b` as one descendant step (no position taken).
    const bool one_step = after_double_slash && !positional && axis != Axis::kAttribute;
    if (axis == Axis::kChild && crosses && (from.levels & kParts) && !one_step) to.ordered = false;
    return to;
  }

  /// The predicate that opened at tokens[BRACKET] and just closed takes a position in V, a set
  /// drawn from several parts (tokens [BEGIN, BRACKET), or, when GUARDED, the root element's
  /// children that step selects): its nodes are numbered across the parts when the set is the
  /// same from every context and given part after part, outside any predicate, and no other
  /// position is taken so.
  void Position(const Value& v, size_t begin, size_t bracket, bool guarded) {
    if (predicates_ != 0 || positioned_ || !v.context_free || !InParts(v, true) || (v.levels & kRootAttribute)) {
      throw Whole{};  // the root's attributes: the root's copy in each part holds them too
    }
    Positioned p{begin, bracket, bracket + 1, i_ - 1, last_predicate_number_, guarded, {}};
    for (const ContextCall& c : context_calls_) {
      if (c.at > bracket && c.at < i_ && c.depth == 1) p.calls.emplace_back(c.at, c.last);
    }
    positioned_ = p;
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
    const size_t begin = i_;
    Value v = Expr();
    Test(v, begin, Keep::kFirst);  // a node set: whether it has a node (a number is a position)
    Expect(XPathToken::kRightBracket);
    const bool positional = positional_ || v.type == Type::kNumber;
    last_predicate_number_ = v.type == Type::kNumber;
    --predicates_;
    context_ = saved_context;
    positional_ = saved_positional;
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
  std::vector<Gathered> gathered_;
  /// A call of position() or last(): its name's token, how many predicates it is inside.
  struct ContextCall {
    size_t at;
    int depth;
    bool last;
  };
  std::vector<ContextCall> context_calls_;
  std::optional<Positioned> positioned_;
  size_t path_begin_ = 0;  // where the location path being read began
  bool last_predicate_number_ = false;
};

}  // namespace

bool InParts(const Value& v, bool sum) {
  if (v.type != Type::kNodeSet || (v.levels & (kDocument | kRootElement))) return false;
  if (v.climbed) return false;  // the root's attributes, reached from some parts only
  return !sum || v.ordered;     // pugixml adds in its set's order: a union's is not part after part
}

std::optional<Reading> ReadXPath(const std::vector<XPathLexeme>& tokens, std::string_view root_name) {
  try {
    Planner planner(tokens, root_name);
    Value v = planner.Run();
    return Reading{v, planner.aggregates(), planner.gathered(), planner.positioned()};
  } catch (const Unplannable&) {
  } catch (const Whole&) {
  }
  return std::nullopt;
}

}  // namespace gazette::xpath_reading
