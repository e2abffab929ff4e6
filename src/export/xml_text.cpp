#include "export/xml_text.hpp"

#include "util/text.hpp"

namespace gazette {

namespace {

bool IsXmlChar(char32_t c) {
  if (c == 0x9 || c == 0xA || c == 0xD) return true;
  if (c >= 0x20 && c <= 0xD7FF) return true;
  if (c >= 0xE000 && c <= 0xFFFD) return true;
  return c >= 0x10000 && c <= 0x10FFFF;
}

// True if TEXT is valid UTF-8 of characters XML allows, so it is written as it is: no control
// character but tab, LF and CR, no U+FFFE or U+FFFF (surrogates are not valid UTF-8).
bool AllXmlChars(std::string_view text) {
  for (unsigned char c : text)
    if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) return false;
  if (text.find("\xEF\xBF\xBE") != std::string_view::npos || text.find("\xEF\xBF\xBF") != std::string_view::npos)
    return false;
  return IsValidUtf8(text);
}

}  // namespace

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
  node.append_attribute(name).set_value(XmlSafe(value).c_str());
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
  node.append_child(pugi::node_pcdata).set_value(XmlSafe(text).c_str());
}

}  // namespace gazette
