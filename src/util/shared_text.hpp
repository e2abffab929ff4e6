// An immutable string shared by the records that repeat it (the file and the citing document's id
// of every reference the corpus keeps): a copy shares the text instead of allocating its own.
#pragma once
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace gazette {

/// Immutable text, shared by its copies; reads as a const std::string&.
class SharedText {
 public:
  /// The empty text (no allocation).
  SharedText() = default;
  /// TEXT, owned by this object and the copies made of it.
  SharedText(std::string text)  // NOLINT: implicit, so a record's field is assigned a string
      : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  /// TEXT, owned as above.
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT: implicit, as above

  /// The text.
  const std::string& str() const { return text_ ? *text_ : Empty(); }
  /// The text, where a const std::string& is wanted.
  operator const std::string&() const { return str(); }  // NOLINT: implicit by design
  /// True for the empty text.
  bool empty() const { return str().empty(); }

  /// Equal texts (whether shared or not).
  friend bool operator==(const SharedText& a, const SharedText& b) { return a.str() == b.str(); }
  /// Equal to TEXT.
  friend bool operator==(const SharedText& a, const std::string& text) { return a.str() == text; }
  /// Equal to TEXT.
  friend bool operator==(const SharedText& a, std::string_view text) { return a.str() == text; }
  /// Equal to TEXT.
  friend bool operator==(const SharedText& a, const char* text) { return a.str() == text; }
  /// Writes the text.
  friend std::ostream& operator<<(std::ostream& out, const SharedText& t) { return out << t.str(); }

 private:
  static const std::string& Empty() {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> text_;
};

}  // namespace gazette
