#include "pipeline/records_in_order.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

namespace gazette {
namespace {

/// Writes the records n = 0 … COUNT-1 but the multiples of 5 with JOBS jobs in blocks of BLOCK.
std::string Written(RecordFormat format, size_t count, unsigned jobs, size_t block) {
  std::ostringstream out;
  RecordWriter writer(out, format, {"n", "text"});
  WriteRecordsInOrder(writer, count, jobs, [](size_t i, Record& record) {
    if (i % 5 == 0) return false;
    record["n"] = i;
    record["text"] = "第" + std::to_string(i) + "条\t";
    return true;
  }, block);
  return out.str();
}

/// The same records written one by one.
std::string OneByOne(RecordFormat format, size_t count) {
  std::ostringstream out;
  RecordWriter writer(out, format, {"n", "text"});
  for (size_t i = 0; i < count; ++i) {
    if (i % 5 == 0) continue;
    Record record;
    record["n"] = i;
    record["text"] = "第" + std::to_string(i) + "条\t";
    writer.Write(record);
  }
  return out.str();
}

}  // namespace

TEST_CASE("records printed on several jobs are written in order, as one by one", "[records_in_order]") {
  for (RecordFormat format : {RecordFormat::kJson, RecordFormat::kTsv, RecordFormat::kCsv}) {
    const std::string want = OneByOne(format, 1000);
    for (unsigned jobs : {1u, 2u, 4u})
      for (size_t block : {size_t{1}, size_t{3}, size_t{64}, kRecordBlock}) {
        INFO("jobs " << jobs << ", block " << block);
        CHECK(Written(format, 1000, jobs, block) == want);
      }
  }
}

TEST_CASE("no record, no output: not even the header", "[records_in_order]") {
  CHECK(Written(RecordFormat::kTsv, 0, 2, 4).empty());
  CHECK(Written(RecordFormat::kTsv, 1, 2, 4).empty());  // record 0 is skipped
  CHECK(Written(RecordFormat::kTsv, 2, 2, 4) == "n\ttext\n1\t第1条\\t\n");
}

TEST_CASE("a record that cannot be made stops the writing with its error", "[records_in_order]") {
  std::ostringstream out;
  RecordWriter writer(out, RecordFormat::kJson, {});
  auto make = [](size_t i, Record& record) {
    if (i == 70) throw std::runtime_error("record 70");
    record["n"] = i;
    return true;
  };
  CHECK_THROWS_WITH(WriteRecordsInOrder(writer, 100, 2, make, 8), "record 70");
  CHECK(out.str().find("{\"n\":63}\n") != std::string::npos);  // the blocks before it were written
  CHECK(out.str().find("{\"n\":64}") == std::string::npos);
}

}  // namespace gazette
