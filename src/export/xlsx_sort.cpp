#include "export/xlsx_sort.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/sortkey.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace gazette::xlsx {

void SortRowsPinyin(std::vector<SheetRow>& rows, int column) {
  if (column < 0) return;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale("zh"), status));
  if (U_FAILURE(status) || !collator) return;
  size_t col = size_t(column);
  // One sort key per row, computed once.
  std::vector<std::pair<std::string, size_t>> keys;
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string& text = col < rows[i].size() ? rows[i][col].text : std::string();
    icu::CollationKey key;
    collator->getCollationKey(icu::UnicodeString::fromUTF8(text), key, status);
    int32_t n = 0;
    const uint8_t* bytes = key.getByteArray(n);
    keys.emplace_back(std::string(reinterpret_cast<const char*>(bytes), size_t(n)), i);
  }
  std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<SheetRow> sorted;
  sorted.reserve(rows.size());
  for (const auto& k : keys) sorted.push_back(std::move(rows[k.second]));
  rows = std::move(sorted);
}

}  // namespace gazette::xlsx
