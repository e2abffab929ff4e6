#include "export/xml_text.hpp"

#include "util/text.hpp"

namespace gazette {

namespace {

/// A pugixml writer that appends what it is handed to a string.
class StringWriter final : public pugi::xml_writer {
 public:
  explicit StringWriter(std::string& out) : out_(out) {}
  void write(const void* data, size_t size) override { out_.append(static_cast<const char*>(data), size); }

 private:
  std::string& out_;
};

bool IsXmlChar(char32_t c) {
  if (c == 0x9 || c == 0xA || c == 0xD) return true;
  if (c >= 0x20 && c <= 0xD7FF) return true;
  if (c >= 0xE000 && c <= 0xFFFD) return true;
  return c >= 0x10000 && c <= 0x10FFFF;
}

// True if TEXT is valid UTF-8 of characters XML allows, so it is written as it is: no control
// character but tab, LF and CR, no U+FFFE or U+FFFF, no surrogate (not valid UTF-8 either).
// One pass over the bytes: nearly every text of the export is safe, and this test was most of
// the writer's own time when it took three passes (controls, U+FFFE/FFFF, then ICU's decoder).
bool AllXmlChars(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE) {  // most of Chinese text: any two continuation bytes
      if (i + 2 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return false;
      i += 3;
    } else if (c < 0x80) {  // ASCII: of the controls only tab, LF and CR
      if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) return false;
      ++i;
    } else {  // the rest of UTF-8, without U+FFFE and U+FFFF
      const size_t length = Utf8SequenceAt(s, i, n);
      if (length == 0 || (c == 0xEF && s[i + 1] == 0xBF && s[i + 2] >= 0xBE)) return false;
      i += length;
    }
  }
  return true;
}

/// True when the printer broke the line at AT, just after an opening tag: the element's children
/// follow on lines of their own. Else its text follows: a text may begin with a line break, but
/// it never holds a raw '<', and an element with children prints a child's opening tag first.
bool ChildrenFollow(std::string_view text, size_t at) {
  size_t k = text.find_first_not_of(' ', at + 1);
  return k != std::string_view::npos && text[k] == '<' && k + 1 < text.size() && text[k + 1] != '/';
}

/// Where the line the printer began at I ends (just past its '\n'), in TEXT as pugixml prints
/// it indented: a tag (<a>, <a/>, </a>) or a leaf, <a>text</a>, whose text may hold line breaks.
/// What tells them apart: a raw '\n' never stands inside a tag (attributes escape it), and a
/// text holds no raw '<' and no raw '>' (escaped), so a break after '>' ends the line unless
/// the line is one opening tag whose text begins with a break.
size_t PrintedLineEnd(std::string_view text, size_t i) {
  constexpr size_t npos = std::string_view::npos;
  size_t lt = text.find('<', i), nl = text.find('\n', i);
  if (lt == npos || nl == npos) return text.size();
  if (nl < lt) return nl + 1;  // not a printer's line: kept as it is
  if (text[nl - 1] == '>') {
    bool one_tag = text.find('<', lt + 1) > nl;
    bool opening = one_tag && text[lt + 1] != '/' && text[nl - 2] != '/';
    if (!opening || ChildrenFollow(text, nl)) return nl + 1;
  }
  size_t close = text.find('<', nl);  // a leaf's closing tag, after its text
  size_t gt = close == npos ? npos : text.find('>', close);
  nl = gt == npos ? npos : text.find('\n', gt);
  return nl == npos ? text.size() : nl + 1;
}

}  // namespace

void PrintXml(std::string& out, pugi::xml_node node, unsigned flags, unsigned depth) {
  StringWriter writer(out);
  node.print(writer, "  ", flags, pugi::encoding_utf8, depth);
}

std::string IndentOneLevel(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size();) {
    size_t next = PrintedLineEnd(text, i);
    out += "  ";
    out.append(text.substr(i, next - i));
    i = next;
  }
  return out;
}

std::string XmlSafe(std::string_view text) {
  if (AllXmlChars(text)) return std::string(text);  // nearly every text: no decoding
  std::u32string cps = ToU32(text);
  std::u32string kept;
  kept.reserve(cps.size());
  for (char32_t c : cps) {
    if (IsXmlChar(c)) kept.push_back(c);
  }
  return ToUtf8(kept);
}

void SetAttr(pugi::xml_node node, const char* name, std::string_view value) {
  if (value.empty()) return;
  pugi::xml_attribute attr = node.append_attribute(name);
  if (AllXmlChars(value)) attr.set_value(value.data(), value.size());  // no copy of a safe text
  else attr.set_value(XmlSafe(value).c_str());
}

void SetPositive(pugi::xml_node node, const char* name, int value) {
  if (value > 0) node.append_attribute(name).set_value(value);
}

pugi::xml_node AddText(pugi::xml_node parent, const char* name, std::string_view text) {
  if (text.empty()) return {};
  pugi::xml_node node = parent.append_child(name);
  SetText(node, text);
  return node;
}

void SetText(pugi::xml_node node, std::string_view text) {
  pugi::xml_node pcdata = node.append_child(pugi::node_pcdata);
  if (AllXmlChars(text)) pcdata.set_value(text.data(), text.size());  // no copy of a safe text
  else pcdata.set_value(XmlSafe(text).c_str());
}

}  // namespace gazette
