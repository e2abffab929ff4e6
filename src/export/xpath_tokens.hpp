// The tokens of an XPath 1.0 expression (XPath 1.0 §3.7, "Lexical Structure"), for the planner
// that decides whether `query` may evaluate an expression part by part (xpath_plan). pugixml
// evaluates the expression; these tokens only let us read its shape.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace gazette {

/// What a token is. Names are told apart as the specification says: by what precedes them
/// (an operator name) and by what follows them (a function name, a node type, an axis name).
enum class XPathToken {
  kNameTest,      // QName, prefix:* or * as a name test
  kNodeType,      // node, text, comment, processing-instruction before '('
  kFunctionName,  // any other name before '('
  kAxisName,      // a name before '::'
  kOperatorName,  // and, or, mod, div where an operator stands
  kMultiply,      // * where an operator stands
  kLiteral,
  kNumber,
  kVariable,  // $name
  kSlash,
  kDoubleSlash,
  kDot,
  kDotDot,
  kAt,
  kComma,
  kAxisSeparator,  // ::
  kLeftParen,
  kRightParen,
  kLeftBracket,
  kRightBracket,
  kUnion,  // |
  kPlus,
  kMinus,
  kEqual,
  kNotEqual,
  kLess,
  kLessOrEqual,
  kGreater,
  kGreaterOrEqual,
  kEnd,
};

/// One token: its kind, its text in the expression (a literal without its quotes) and where
/// it begins (a byte offset).
struct XPathLexeme {
  XPathToken kind;
  std::string_view text;
  size_t offset = 0;
};

/// The precedence of the binary operator T, loosest first: 0 or; 1 and; 2 = !=; 3 < <= > >=;
/// 4 + -; 5 * div mod. -1 when T is no binary operator (XPath 1.0 §3.4–3.5).
int XPathPrecedence(const XPathLexeme& t);

/// True when a location step may begin with the token T (a name test, a node type, an axis, @,
/// . or ..).
bool IsXPathStepStart(XPathToken t);

/// The tokens of XPATH, ending with kEnd; nothing when XPATH holds a character no token begins
/// with or an unterminated literal. XPATH must outlive the tokens (they point into it).
std::optional<std::vector<XPathLexeme>> TokenizeXPath(std::string_view xpath);

}  // namespace gazette
