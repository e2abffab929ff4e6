#include "export/record_spool.hpp"

#include <catch2/catch.hpp>
#include <vector>

namespace gazette {
namespace {

TEST_CASE("record spool: records come back in the order they were added, text intact", "[records]") {
  RecordSpool spool;
  REQUIRE(spool.ok());
  for (int i = 0; i < 3; ++i) spool.Add(Record{{"seq", i}, {"name", "国际职业资格\n第" + std::to_string(i) + "项"}});
  std::vector<Record> back;
  Status read = spool.ForEach([&](const Record& r) { back.push_back(r); });
  REQUIRE(read.ok());
  REQUIRE(back.size() == 3);
  CHECK(back[2]["seq"] == 2);
  CHECK(back[1]["name"] == "国际职业资格\n第1项");  // a newline inside a value stays inside the record
}

TEST_CASE("record spool: an empty spool reads back nothing", "[records]") {
  RecordSpool spool;
  int seen = 0;
  CHECK(spool.ForEach([&](const Record&) { ++seen; }).ok());
  CHECK(seen == 0);
}

}  // namespace
}  // namespace gazette
