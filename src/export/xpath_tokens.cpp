#include "export/xpath_tokens.hpp"

namespace gazette {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

/// A byte that may begin an NCName: a letter, '_', or any byte of a multi-byte UTF-8 character
/// (every non-ASCII name character is one; pugixml reads them the same way).
bool IsNameStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (static_cast<unsigned char>(c) & 0x80);
}
bool IsNameChar(char c) { return IsNameStart(c) || IsDigit(c) || c == '-' || c == '.'; }

/// A token after which '*' is a name test and a name is not an operator name (XPath 1.0 §3.7).
bool OpensOperand(XPathToken kind) {
  switch (kind) {
    case XPathToken::kAt:
    case XPathToken::kAxisSeparator:
    case XPathToken::kLeftParen:
    case XPathToken::kLeftBracket:
    case XPathToken::kComma:
    case XPathToken::kOperatorName:
    case XPathToken::kMultiply:
    case XPathToken::kSlash:
    case XPathToken::kDoubleSlash:
    case XPathToken::kUnion:
    case XPathToken::kPlus:
    case XPathToken::kMinus:
    case XPathToken::kEqual:
    case XPathToken::kNotEqual:
    case XPathToken::kLess:
    case XPathToken::kLessOrEqual:
    case XPathToken::kGreater:
    case XPathToken::kGreaterOrEqual:
      return true;
    default:
      return false;
  }
}

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  std::optional<std::vector<XPathLexeme>> Run() {
    for (;;) {
      while (i_ < s_.size() && IsSpace(s_[i_])) ++i_;
      if (i_ == s_.size()) break;
      if (!Next()) return std::nullopt;
    }
    out_.push_back({XPathToken::kEnd, {}, s_.size()});
    return std::move(out_);
  }

 private:
  bool OperatorExpected() const { return !out_.empty() && !OpensOperand(out_.back().kind); }
  char At(size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
  void Push(XPathToken kind, size_t size) {
    out_.push_back({kind, s_.substr(i_, size), i_});
    i_ += size;
  }
  bool Next() {
    const char c = s_[i_], d = At(i_ + 1);
    if (c == '"' || c == '\'') return Literal(c);
    if (IsDigit(c) || (c == '.' && IsDigit(d))) return Number();
    if (c == '.') return Push(d == '.' ? XPathToken::kDotDot : XPathToken::kDot, d == '.' ? 2 : 1), true;
    if (c == '/') return Push(d == '/' ? XPathToken::kDoubleSlash : XPathToken::kSlash, d == '/' ? 2 : 1), true;
    if (c == ':' && d == ':') return Push(XPathToken::kAxisSeparator, 2), true;
    if (c == '!' && d == '=') return Push(XPathToken::kNotEqual, 2), true;
    if (c == '<' || c == '>') {
      const bool eq = d == '=';
      Push(c == '<' ? (eq ? XPathToken::kLessOrEqual : XPathToken::kLess)
                    : (eq ? XPathToken::kGreaterOrEqual : XPathToken::kGreater),
           eq ? 2 : 1);
      return true;
    }
    if (c == '*') return Push(OperatorExpected() ? XPathToken::kMultiply : XPathToken::kNameTest, 1), true;
    if (c == '$') return Variable();
    if (IsNameStart(c)) return Name();
    return Single(c);
  }

  bool Single(char c) {
    static constexpr std::pair<char, XPathToken> kSingles[] = {
        {'(', XPathToken::kLeftParen},    {')', XPathToken::kRightParen}, {'[', XPathToken::kLeftBracket},
        {']', XPathToken::kRightBracket}, {'@', XPathToken::kAt},         {',', XPathToken::kComma},
        {'|', XPathToken::kUnion},        {'+', XPathToken::kPlus},       {'-', XPathToken::kMinus},
        {'=', XPathToken::kEqual},
    };
    for (const auto& [ch, kind] : kSingles) {
      if (ch == c) return Push(kind, 1), true;
    }
    return false;
  }

  bool Literal(char quote) {
    size_t end = s_.find(quote, i_ + 1);
    if (end == std::string_view::npos) return false;
    out_.push_back({XPathToken::kLiteral, s_.substr(i_ + 1, end - i_ - 1), i_});
    i_ = end + 1;
    return true;
  }

  bool Number() {
    size_t j = i_;
    while (IsDigit(At(j))) ++j;
    if (At(j) == '.') ++j;
    while (IsDigit(At(j))) ++j;
    Push(XPathToken::kNumber, j - i_);
    return true;
  }

  /// The end of the NCName that begins at I.
  size_t NameEnd(size_t i) const {
    while (i < s_.size() && IsNameChar(s_[i])) ++i;
    return i;
  }

  bool Variable() {
    size_t j = i_ + 1;
    if (!IsNameStart(At(j))) return false;
    j = NameEnd(j);
    if (At(j) == ':' && IsNameStart(At(j + 1))) j = NameEnd(j + 1);
    Push(XPathToken::kVariable, j - i_);
    return true;
  }

  bool Name() {
    size_t j = NameEnd(i_);
    if (OperatorExpected()) return Push(XPathToken::kOperatorName, j - i_), true;
    if (At(j) == ':' && At(j + 1) == '*') {
      j += 2;
    } else if (At(j) == ':' && IsNameStart(At(j + 1))) {
      j = NameEnd(j + 1);
    }
    size_t after = j;
    while (after < s_.size() && IsSpace(s_[after])) ++after;
    const std::string_view name = s_.substr(i_, j - i_);
    XPathToken kind = XPathToken::kNameTest;
    if (At(after) == '(') {
      const bool type = name == "node" || name == "text" || name == "comment" || name == "processing-instruction";
      kind = type ? XPathToken::kNodeType : XPathToken::kFunctionName;
    } else if (At(after) == ':' && At(after + 1) == ':') {
      kind = XPathToken::kAxisName;
    }
    Push(kind, j - i_);
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
  std::vector<XPathLexeme> out_;
};

}  // namespace

std::optional<std::vector<XPathLexeme>> TokenizeXPath(std::string_view xpath) { return Lexer(xpath).Run(); }

int XPathPrecedence(const XPathLexeme& t) {
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

bool IsXPathStepStart(XPathToken t) {
  return t == XPathToken::kNameTest || t == XPathToken::kNodeType || t == XPathToken::kAxisName ||
         t == XPathToken::kAt || t == XPathToken::kDot || t == XPathToken::kDotDot;
}

}  // namespace gazette
