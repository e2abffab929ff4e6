// What the literal analysis of a pattern knows about a part of it (Info), and the set algebra
// that combines parts: unions bounded to what a prefilter can test, a sequence's first and last
// characters, which of two sets tells more. Internal to src/grammar (literals.cpp).
#pragma once
#include <cstddef>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace gazette::literal_info {

/// A set of strings (code points) a part of a pattern may be, contain, start or end with.
using Strings = std::set<std::u32string>;
/// Larger sets cost more to test than they save.
inline constexpr size_t kMaxAlternatives = 32;
/// First characters of a match worth testing one by one.
inline constexpr size_t kMaxStarts = 64;

/// What a part of a pattern tells about the text it matches.
struct Info {
  std::optional<Strings> exact;     ///< it matches exactly one of these strings
  std::optional<Strings> required;  ///< every match contains one of these (none empty)
  std::optional<Strings> tail;      ///< every match ends with one of these ("": may be empty)
  std::optional<Strings> anchored;  ///< every match ends at the text's end ($), with one of these
  std::vector<Strings> all;         ///< each of these is required too (what a sequence's parts need)
  std::optional<Strings> head;      ///< every match starts with one of these characters ("": may be empty)
  bool line_start = false;          ///< every match passes a ^ or \A (outside lookbehind and negative lookaround)
  bool asserts = false;             ///< holds a zero-width test (^, $, \b, lookaround …)
  bool end_of_text = false;         ///< it is $ (or \z, \Z) alone
  std::optional<Strings> sufficient = std::nullopt;  ///< a text ending with one of these holds a match of it (none empty)
};

/// Thrown for syntax this analysis does not follow; the pattern then gets no prefilter.
struct Unsupported : std::runtime_error {
  Unsupported() : std::runtime_error("unsupported") {}
};

/// The length of S in UTF-8 bytes.
size_t Utf8Length(const std::u32string& s);
/// True if set A tells more than set B: a longer shortest string, then fewer strings.
bool MoreSelective(const Strings& a, const std::optional<Strings>& b);
/// True if S can serve as a prefilter: not empty, not too large, no empty string.
bool Usable(const Strings& s);
/// A part that is exactly the string S.
Info Literal(std::u32string s);
/// A part that matches only the empty string.
Info Empty();
/// ^, \A or \`: empty, where a line (the text) starts.
Info LineStart();
/// A part nothing is known of.
Info Unknown();
/// $ or \z: empty, at the end of the text.
Info EndOfText();
/// The union of first characters A and B, or nothing if either is unknown or it grows too large.
std::optional<Strings> HeadUnion(const std::optional<Strings>& a, const std::optional<Strings>& b);
/// What a sequence of ITEMS starts with: the first item's first characters, and where it may
/// be empty ("" among them) those of the items after it.
std::optional<Strings> HeadOf(const std::vector<Info>& items);
/// S cut to what a test can use: more than kMaxAlternatives endings are cut to their last
/// character, and still too many are none.
std::optional<Strings> Bounded(Strings s);
/// The union of A and B, or nothing if either is unknown.
std::optional<Strings> Union(const std::optional<Strings>& a, const std::optional<Strings>& b);
/// What the items [0, END) of a sequence end with: the last item's endings, and where it may
/// be empty ("" among them) the endings of the items before it.
std::optional<Strings> TailOf(const std::vector<Info>& items, size_t end);

}  // namespace gazette::literal_info
