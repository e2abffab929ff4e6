// util/text_spool: texts appended to a temporary file read back as given, from several threads,
// and kept in memory, not lost, when the file cannot be written.
#include "util/text_spool.hpp"

#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <string>
#include <thread>
#include <vector>

using gazette::SpooledText;
using gazette::TextSpool;

namespace {

// The Nth text of a run: lengths from 0 up, Chinese and ASCII, so texts cross the blocks the
// spool writes in at every offset.
std::string TextNumber(int n) {
  std::string text = "第" + std::to_string(n) + "条";
  for (int i = 0; i < n % 97; ++i) text += i % 2 ? "废止" : "x";
  return n % 13 == 0 ? std::string() : text;
}

std::vector<SpooledText> AddTexts(TextSpool& spool, int count) {
  std::vector<SpooledText> texts;
  for (int n = 0; n < count; ++n) texts.push_back(spool.Add(TextNumber(n)));
  return texts;
}

}  // namespace

TEST_CASE("TextSpool gives back each text as added, across its blocks", "[text_spool]") {
  TextSpool spool;
  CHECK(spool.spooling());
  std::vector<SpooledText> texts = AddTexts(spool, 5000);  // about 1 MB: many blocks written
  for (int n = 0; n < 5000; ++n) REQUIRE(texts[static_cast<size_t>(n)].str() == TextNumber(n));
  CHECK(texts[0].empty());
  CHECK_FALSE(texts[1].empty());
  CHECK_FALSE(spool.read_failed());
}

TEST_CASE("TextSpool is read from several threads at once once the adding is over", "[text_spool]") {
  TextSpool spool;
  std::vector<SpooledText> texts = AddTexts(spool, 3000);
  std::vector<int> wrong(4, 0);
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t)
    readers.emplace_back([&, t] {
      for (int n = t; n < 3000; n += 2)
        if (texts[static_cast<size_t>(n)].str() != TextNumber(n)) ++wrong[static_cast<size_t>(t)];
    });
  for (auto& r : readers) r.join();
  CHECK(wrong == std::vector<int>(4, 0));
}

TEST_CASE("SpooledText made from a string holds it in memory", "[text_spool]") {
  SpooledText held = std::string("自2024年1月1日起废止");
  CHECK(held.str() == "自2024年1月1日起废止");
  SpooledText copy = held;
  CHECK(copy.str() == held.str());
  CHECK(SpooledText().empty());
  CHECK(SpooledText("").empty());
}

TEST_CASE("TextSpool keeps in memory what the file cannot take", "[text_spool]") {
  // A file size limit of 100 KB: writes past it fail (EFBIG, the signal ignored), as on a full disk.
  struct rlimit before{};
  REQUIRE(getrlimit(RLIMIT_FSIZE, &before) == 0);
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = before;
  small.rlim_cur = 100 << 10;
  REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
  TextSpool spool;
  std::vector<SpooledText> texts = AddTexts(spool, 5000);
  setrlimit(RLIMIT_FSIZE, &before);
  std::signal(SIGXFSZ, old_handler);
  CHECK_FALSE(spool.spooling());
  for (int n = 0; n < 5000; ++n) REQUIRE(texts[static_cast<size_t>(n)].str() == TextNumber(n));
  CHECK_FALSE(spool.read_failed());
}
