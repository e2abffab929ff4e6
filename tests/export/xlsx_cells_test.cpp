// The workbook's cell helpers that scan text in place (IsCleanCellText, MeasureText) against the
// functions they replace, which went through std::u32string and Split: the same answers over
// every sample line and odd input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "../support.hpp"
#include "export/xlsx_cells.hpp"
#include "util/text.hpp"

using namespace gazette;
using namespace gazette::xlsx;

namespace {

bool OldAllowedInCell(char32_t c) {
  if (c == U'\t' || c == U'\n') return true;
  if (c < 0x20) return false;
  if (c >= 0x7F && c <= 0x9F) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c == 0xFFFE || c == 0xFFFF) return false;
  return c <= 0x10FFFF;
}

/// CleanCellText as it was (through ToU32 for every text).
std::string OldCleanCellText(std::string_view text, bool* truncated, size_t max_units) {
  auto units_of = [](char32_t c) -> size_t { return c > 0xFFFF ? 2 : 1; };
  std::u32string kept;
  size_t units = 0;
  for (char32_t c : ToU32(text)) {
    if (!OldAllowedInCell(c)) continue;
    kept.push_back(c);
    units += units_of(c);
  }
  *truncated = units > max_units;
  if (!*truncated) return ToUtf8(kept);
  size_t mark = Utf16Length(kXlsxTruncatedMark);
  std::u32string cut;
  size_t taken = 0;
  for (char32_t c : kept) {
    if (taken + units_of(c) > (max_units > mark ? max_units - mark : 0)) break;
    taken += units_of(c);
    cut.push_back(c);
  }
  return ToUtf8(cut) + std::string(kXlsxTruncatedMark);
}

size_t OldCellWidth(std::string_view text) {
  size_t widest = 0;
  for (const auto& line : Split(text, "\n")) widest = std::max(widest, DisplayWidth(line));
  return widest;
}

size_t OldWrappedLines(std::string_view text, size_t width) {
  size_t lines = 0;
  for (const auto& line : Split(text, "\n")) {
    size_t w = DisplayWidth(line);
    lines += width == 0 || w == 0 ? 1 : (w + width - 1) / width;
  }
  return std::max<size_t>(lines, 1);
}

/// The sample lines, ill-formed UTF-8, every control and lead byte, line breaks at the ends.
std::vector<std::string> Texts() {
  std::vector<std::string> texts = testing::ExamplesAndSampleLines();
  std::vector<std::string> odd = {"", "\n", "\n\n", "a\n", "\na", "中\n文\n", std::string(1, '\0'), "\r\n",
                                  "\x80", "a\xbf" "b", "\xe4\xba", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                  "\xef\xbf\xbe", "\xef\xbf\xbf", "\xc2\x85", "\xc2\xa0", "𠀀😀", "\x7f"};
  for (int b = 0; b < 0x100; ++b) {
    odd.push_back(std::string(1, char(b)));
    odd.push_back("x" + std::string(1, char(b)) + "\xa0\x80");
  }
  texts.insert(texts.end(), odd.begin(), odd.end());
  return texts;
}

}  // namespace

TEST_CASE("CleanCellText and IsCleanCellText agree with the old cleaning", "[xlsx]") {
  for (const auto& text : Texts()) {
    INFO(text);
    for (size_t max : {kXlsxMaxCellChars, size_t(3), size_t(0)}) {
      bool old_cut = false, cut = true;
      std::string old = OldCleanCellText(text, &old_cut, max);
      CHECK(CleanCellText(text, &cut, max) == old);
      CHECK(cut == old_cut);
      if (IsCleanCellText(text, max)) CHECK((old == text && !old_cut));
    }
  }
  CHECK(IsCleanCellText("第一条\ta\nb"));
  CHECK_FALSE(IsCleanCellText("a\rb"));
  CHECK_FALSE(IsCleanCellText("a\xff"));
  CHECK_FALSE(IsCleanCellText("abcd", 3));
}

TEST_CASE("MeasureText agrees with CellWidth and WrappedLines through Split", "[xlsx]") {
  for (const auto& text : Texts()) {
    INFO(text);
    CHECK(CellWidth(text) == OldCellWidth(text));
    for (size_t width : {size_t(0), size_t(1), size_t(7), size_t(60)}) {
      TextExtent extent = MeasureText(text, width);
      CHECK(extent.lines == OldWrappedLines(text, width));
      CHECK(extent.widest == OldCellWidth(text));
      CHECK(extent.breaks == (text.find('\n') != std::string::npos));
      CHECK(WrappedLines(text, width) == OldWrappedLines(text, width));
    }
  }
}
