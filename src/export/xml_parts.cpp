#include "export/xml_parts.hpp"

#include <algorithm>

namespace gazette {

namespace {

constexpr size_t kNone = std::string::npos;
constexpr size_t kMalformed = kNone - 1;  // TokenEnd: no token begins here

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool AllSpace(std::string_view s) { return std::all_of(s.begin(), s.end(), IsSpace); }

bool IsNameStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' ||
         (static_cast<unsigned char>(c) & 0x80);
}

/// Whether S begins with LIT: 1 yes, 0 no, -1 S is too short to tell.
int Begins(std::string_view s, std::string_view lit) {
  const size_t n = std::min(s.size(), lit.size());
  if (s.substr(0, n) != lit.substr(0, n)) return 0;
  return n == lit.size() ? 1 : -1;
}

/// Where the markup OPEN ... CLOSE that begins at S[0] ends, or kNone.
size_t Through(std::string_view s, size_t open, std::string_view close) {
  size_t at = s.find(close, open);
  return at == std::string_view::npos ? kNone : at + close.size();
}

/// The end of a doctype declaration that begins at S[0] (its internal subset, quoted literals,
/// comments and instructions may hold '>', ']' and quotes), or kNone.
size_t DoctypeEnd(std::string_view s) {
  char quote = 0;
  bool subset = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (subset && (s.substr(i, 4) == "<!--" || s.substr(i, 2) == "<?")) {
      const bool comment = s[i + 1] == '!';
      const size_t end = Through(s.substr(i), comment ? 4 : 2, comment ? "-->" : "?>");
      if (end == kNone) return kNone;
      i += end - 1;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' || c == ']') {
      subset = c == '[';
    } else if (c == '>' && !subset) {
      return i + 1;
    }
  }
  return kNone;
}

/// The end of a start tag that begins at S[0] (quoted attribute values may hold '>'), or kNone.
size_t TagEnd(std::string_view s) {
  char quote = 0;
  for (size_t i = 1; i < s.size(); ++i) {
    const char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return kNone;
}

/// True when the end tag TAG is `</NAME>`, white space allowed before the '>'.
bool ClosesExactly(std::string_view tag, std::string_view name) {
  if (tag.substr(0, 2) != "</" || tag.substr(2, name.size()) != name) return false;
  return AllSpace(tag.substr(2 + name.size(), tag.size() - 3 - name.size()));
}

}  // namespace

std::string_view TagName(std::string_view tag) {
  size_t b = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
  size_t e = b;
  while (e < tag.size() && !IsSpace(tag[e]) && tag[e] != '/' && tag[e] != '>') ++e;
  return tag.substr(b, e - b);
}

XmlPartSplitter::XmlPartSplitter(HeadHandler on_head, PartHandler on_part)
    : on_head_(std::move(on_head)), on_part_(std::move(on_part)) {}

size_t XmlPartSplitter::TokenEnd(Token* kind) const {
  const std::string_view s = std::string_view(buf_).substr(pos_);
  if (s[0] != '<') {
    *kind = Token::kText;
    size_t lt = s.find('<');
    return lt == std::string_view::npos ? kNone : lt;
  }
  if (s.size() < 2) return kNone;
  static constexpr std::pair<std::string_view, Token> kMarkup[] = {
      {"<!--", Token::kComment}, {"<![CDATA[", Token::kCData}, {"<!DOCTYPE", Token::kDoctype}};
  for (const auto& [lit, k] : kMarkup) {
    const int b = Begins(s, lit);
    if (b < 0) return kNone;
    if (b == 0) continue;
    *kind = k;
    return k == Token::kComment ? Through(s, 4, "-->") : k == Token::kCData ? Through(s, 9, "]]>") : DoctypeEnd(s);
  }
  if (s[1] == '!') return kMalformed;
  if (s[1] == '?') {
    if (s.size() < 3) return kNone;
    if (!IsNameStart(s[2])) return kMalformed;  // an instruction's target is a name
    *kind = Token::kInstruction;
    return Through(s, 2, "?>");
  }
  if (s[1] == '/') return *kind = Token::kEndTag, Through(s, 2, ">");
  if (!IsNameStart(s[1])) return kMalformed;
  size_t end = TagEnd(s);
  if (end != kNone) *kind = s[end - 2] == '/' ? Token::kEmptyTag : Token::kStartTag;
  return end;
}

Status XmlPartSplitter::Feed(std::string_view bytes) {
  if (!failed_.ok()) return failed_;
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {  // XML has no character 0
    return failed_ = Error{"not well-formed XML (a NUL byte at byte " + std::to_string(base_ + buf_.size() + nul) + ")"};
  }
  buf_.append(bytes);
  failed_ = Scan();
  return failed_;
}

Status XmlPartSplitter::Scan() {
  while (pos_ < buf_.size()) {
    Token kind = Token::kText;
    size_t size = TokenEnd(&kind);
    if (size == kNone) break;
    if (size == kMalformed) return Fail("'<' begins no markup", pos_);
    Status s = Take(kind, pos_ + size);
    if (!s.ok()) return s;
    pos_ += size;
  }
  Compact();
  return {};
}

Status XmlPartSplitter::Take(Token kind, size_t end) {
  if (stage_ != Stage::kRoot) return TakeAtTop(kind, end);
  if (depth_ == 1) return TakeInRoot(kind, end);
  if (kind == Token::kDoctype) return Fail("a doctype inside the root element", pos_);
  if (kind == Token::kStartTag) ++depth_;
  if (kind == Token::kEndTag && --depth_ == 1) {
    Status s = Emit(part_start_, end);
    part_start_ = kNone;
    return s;
  }
  return {};
}

Status XmlPartSplitter::TakeAtTop(Token kind, size_t end) {
  const std::string_view token = std::string_view(buf_).substr(pos_, end - pos_);
  switch (kind) {
    case Token::kText: {
      const bool bom = base_ + pos_ == 0 && token.substr(0, 3) == "\xEF\xBB\xBF";
      return AllSpace(bom ? token.substr(3) : token) ? Status{} : Fail("text outside the root element", pos_);
    }
    case Token::kComment: case Token::kInstruction: case Token::kDoctype:
      return {};
    case Token::kCData: return Fail("a CDATA section outside the root element", pos_);
    case Token::kEndTag: return Fail("an end tag outside the root element", pos_);
    case Token::kStartTag: case Token::kEmptyTag:
      break;
  }
  if (stage_ == Stage::kEpilog) return Fail("a second root element", pos_);
  root_name_ = std::string(TagName(token));
  std::string head = buf_.substr(0, end);
  if (kind == Token::kEmptyTag) head.replace(head.size() - 2, 2, ">");
  stage_ = kind == Token::kEmptyTag ? Stage::kEpilog : Stage::kRoot;
  depth_ = kind == Token::kEmptyTag ? 0 : 1;
  return on_head_(head, root_name_);
}

Status XmlPartSplitter::TakeInRoot(Token kind, size_t end) {
  switch (kind) {
    case Token::kText:
      if (run_start_ == kNone && !AllSpace(std::string_view(buf_).substr(pos_, end - pos_))) run_start_ = pos_;
      return {};
    case Token::kCData:
      if (run_start_ == kNone) run_start_ = pos_;
      return {};
    case Token::kComment: case Token::kInstruction:
      return {};
    case Token::kDoctype:
      return Fail("a doctype inside the root element", pos_);
    case Token::kStartTag:
      part_start_ = pos_;
      depth_ = 2;
      return CloseRun(pos_);
    case Token::kEmptyTag: {
      Status s = CloseRun(pos_);
      return s.ok() ? Emit(pos_, end) : s;
    }
    case Token::kEndTag:
      break;
  }
  const std::string_view tag = std::string_view(buf_).substr(pos_, end - pos_);
  if (!ClosesExactly(tag, root_name_)) return Fail(std::string(tag) + " closes <" + root_name_ + ">", pos_);
  stage_ = Stage::kEpilog;
  depth_ = 0;
  return CloseRun(pos_);
}

Status XmlPartSplitter::CloseRun(size_t end) {
  if (run_start_ == kNone) return {};
  const size_t begin = run_start_;
  run_start_ = kNone;
  return Emit(begin, end);
}

Status XmlPartSplitter::Emit(size_t begin, size_t end) {
  return on_part_(std::span<char>(buf_.data() + begin, end - begin), base_ + begin);
}

Status XmlPartSplitter::Fail(const std::string& what, size_t at) {
  return Error{"not well-formed XML (" + what + " at byte " + std::to_string(base_ + at) + ")"};
}

void XmlPartSplitter::Compact() {
  if (stage_ == Stage::kProlog) return;  // the head is still to come
  const size_t keep = std::min({pos_, part_start_, run_start_});
  if (keep < buf_.size() / 2 && keep < (size_t(1) << 20)) return;  // not worth the move yet
  buf_.erase(0, keep);
  base_ += keep;
  pos_ -= keep;
  if (part_start_ != kNone) part_start_ -= keep;
  if (run_start_ != kNone) run_start_ -= keep;
}

Status XmlPartSplitter::Finish() {
  if (!failed_.ok()) return failed_;
  if (pos_ < buf_.size()) {  // a token the bytes did not end: text, unless it is markup
    if (buf_[pos_] == '<' || stage_ == Stage::kRoot) {
      return failed_ = Fail("the document ends inside " + (stage_ == Stage::kRoot ? "<" + root_name_ + ">" : "markup"),
                            buf_.size());
    }
    failed_ = TakeAtTop(Token::kText, buf_.size());
    if (!failed_.ok()) return failed_;
  }
  if (stage_ == Stage::kProlog) return failed_ = Error{"not well-formed XML (no root element)"};
  if (stage_ == Stage::kRoot) {
    return failed_ = Fail("the document ends inside <" + root_name_ + ">", buf_.size());
  }
  return {};
}

}  // namespace gazette
