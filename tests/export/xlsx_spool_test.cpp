// The workbook's spool of rows: every row read back as it was added, with its kind and sheet.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "export/xlsx_spool.hpp"

using namespace gazette;
using namespace gazette::xlsx;

TEST_CASE("RowSpool gives back every row, kind and sheet in order", "[xlsx]") {
  RowSpool spool;
  REQUIRE(spool.ok());
  std::vector<std::tuple<uint8_t, uint32_t, SheetRow>> added = {
      {0, 0, {SheetCell::Text("京政发〔2024〕1号"), SheetCell::Text(""), SheetCell::Number(3.5)}},
      {1, 300, {}},  // no cells; a sheet number past one byte
      {4, 7, {SheetCell{SheetCell::Kind::kDate, "2024-09-02", 0}, SheetCell::Number(-0.0), SheetCell::Text(std::string(70000, 'x'))}},
      {2, 70000, {SheetCell::Text(std::string("a\0b\n", 4)), SheetCell::Number(1e300)}},
  };
  for (const auto& [kind, sheet, row] : added) spool.Add(kind, sheet, row);
  size_t i = 0;
  Status s = spool.ForEach([&](uint8_t kind, uint32_t sheet, SheetRow& row) {
    REQUIRE(i < added.size());
    CHECK(kind == std::get<0>(added[i]));
    CHECK(sheet == std::get<1>(added[i]));
    const SheetRow& want = std::get<2>(added[i]);
    REQUIRE(row.size() == want.size());
    for (size_t c = 0; c < row.size(); ++c) {
      CHECK(row[c].kind == want[c].kind);
      CHECK(row[c].text == want[c].text);
      CHECK(row[c].number == want[c].number);
    }
    ++i;
  });
  CHECK(s.ok());
  CHECK(i == added.size());
}
