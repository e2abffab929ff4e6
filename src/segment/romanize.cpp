#include "segment/romanize.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "segment/romanize_table.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

using romanize_table::kTable;

std::string_view ReadingAt(uint32_t k) { return kTable.text.substr(kTable.starts[k], kTable.starts[k + 1] - kTable.starts[k]); }

// The reading of C before NEXT (0: at the end), or nullopt when the table does not cover C.
std::optional<std::string_view> ReadingOf(char32_t c, char32_t next) {
  for (const auto& rule : kTable.context)
    if (rule.first == c && rule.next == next) return ReadingAt(rule.reading);
  constexpr uint32_t kIndexMask = (uint32_t{1} << romanize_table::kReadingBits) - 1;
  const uint32_t key = static_cast<uint32_t>(c) << romanize_table::kReadingBits;
  auto it = std::lower_bound(kTable.entries.begin(), kTable.entries.end(), key);
  if (it == kTable.entries.end() || (*it & ~kIndexMask) != key) return std::nullopt;
  return ReadingAt(*it & kIndexMask);
}

// RomanizeCompact by ICU itself, for the texts the table does not cover. The transliterator is
// built on the first such text only; agencies repeat from issue to issue, so each is romanized once,
// and parallel jobs share the one transliterator under the lock.
std::string RomanizeWithIcu(const std::string& text) {
  static std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(kRomanizeTransliterator, UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (!tr) return "";
  static std::mutex one_at_a_time;
  static std::unordered_map<std::string, std::string> memo;
  std::lock_guard lock(one_at_a_time);
  auto [it, fresh] = memo.try_emplace(text);
  if (fresh) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    tr->transliterate(u);
    u.toUTF8String(it->second);
  }
  return it->second;
}

}  // namespace

std::optional<std::string> RomanizeByTable(std::string_view text) {
  if (!IsValidUtf8(text)) return std::nullopt;
  std::u32string chars = ToU32(text);
  std::string out;
  out.reserve(chars.size() * 4);
  for (size_t i = 0; i < chars.size(); ++i) {
    auto reading = ReadingOf(chars[i], i + 1 < chars.size() ? chars[i + 1] : 0);
    if (!reading) return std::nullopt;
    out += *reading;
  }
  return out;
}

std::string RomanizeCompact(const std::string& han) {
  if (auto by_table = RomanizeByTable(han)) return *std::move(by_table);
  return RomanizeWithIcu(han);
}

}  // namespace gazette
