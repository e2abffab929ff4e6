// RomanizeCompact's build-time table (src/segment/romanize.cpp, tools/romanize_table.cpp) says what
// ICU's transliterator says: on every character it covers, around the context rules, on random runs
// of covered characters, on texts it does not cover (handed to ICU), and on the agencies and
// issuers of the sample issues.
#include <catch2/catch.hpp>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>

#include "normalize/normalizer.hpp"
#include "segment/docno.hpp"
#include "segment/romanize.hpp"
#include "segment/romanize_table.hpp"
#include "../support.hpp"
#include "util/text.hpp"

using namespace gazette;

namespace {

// What ICU's transliterator itself makes of TEXT (RomanizeCompact before the table).
std::string ByIcu(const std::string& text) {
  static std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(kRomanizeTransliterator, UTRANS_FORWARD, status));
    REQUIRE(U_SUCCESS(status));
    return t;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  tr->transliterate(u);
  std::string out;
  return u.toUTF8String(out);
}

// Every code point the table covers, in order.
std::vector<char32_t> Covered() {
  std::vector<char32_t> out;
  for (uint32_t e : romanize_table::kTable.entries) out.push_back(e >> romanize_table::kReadingBits);
  return out;
}

std::string Utf8(std::u32string_view s) { return ToUtf8(s); }

// TEXT romanized by the table agrees with ICU (and the table covers it).
bool TableAgrees(const std::string& text) {
  auto by_table = RomanizeByTable(text);
  if (!by_table || *by_table != ByIcu(text)) {
    UNSCOPED_INFO(text << ": table " << by_table.value_or("(not covered)") << ", ICU " << ByIcu(text));
    return false;
  }
  return true;
}

}  // namespace

TEST_CASE("the table covers Han-Latin's characters and reads each as ICU does", "[romanize]") {
  auto covered = Covered();
  CHECK(covered.size() > 40000);  // Han-Latin's rules read some 44,000 characters (ICU 72)
  CHECK(std::is_sorted(covered.begin(), covered.end()));
  size_t disagree = 0;
  for (char32_t c : covered) disagree += !TableAgrees(Utf8(std::u32string(1, c)));
  CHECK(disagree == 0);
}

TEST_CASE("a covered character reads the same between covered neighbours", "[romanize]") {
  // Han-Spacedhan spaces the characters apart before the rules match: no reading leans on its
  // neighbours but the four context rules.
  size_t disagree = 0;
  for (char32_t c : Covered()) disagree += !TableAgrees(Utf8(std::u32string{U'京', c, U'发'}));
  CHECK(disagree == 0);
}

TEST_CASE("the context rules of Han-Latin: 藏文, 重庆, 沈阳, 秘鲁", "[romanize]") {
  CHECK(romanize_table::kTable.context.size() == 4);
  for (const char* text : {"藏文", "重庆", "沈阳", "秘鲁", "藏", "重", "沈", "秘", "文藏", "庆重", "重重庆", "藏文藏",
                           "重庆市人民政府", "西藏文化", "秘鲁共和国", "沈阳市", "重新", "沈从文", "重、庆", "藏、文"})
    CHECK(TableAgrees(text));
  CHECK(RomanizeCompact("重庆") == "chongqing");
  CHECK(RomanizeCompact("重新") == "zhongxin");
  // A space between the pair (the rule allows one) is not covered: ICU reads it.
  for (const char* text : {"重 庆", "藏 文", "沈\u3000阳"}) {
    CHECK_FALSE(RomanizeByTable(text));
    CHECK(RomanizeCompact(text) == ByIcu(text));
  }
}

TEST_CASE("random runs of covered characters read as ICU reads them", "[romanize]") {
  auto covered = Covered();
  const std::u32string context = U"藏文重庆沈阳秘鲁";
  std::mt19937 random(15);
  std::uniform_int_distribution<size_t> length(1, 8), any(0, covered.size() - 1), pick(0, context.size() - 1);
  size_t disagree = 0;
  for (int run = 0; run < 3000; ++run) {
    std::u32string s;
    for (size_t n = length(random); n > 0; --n) s += (random() % 3 == 0) ? context[pick(random)] : covered[any(random)];
    disagree += !TableAgrees(Utf8(s));
  }
  CHECK(disagree == 0);
}

TEST_CASE("texts the table does not cover are read by ICU", "[romanize]") {
  for (const char* text : {"", "京政发2023", "京A政发", "ＡＢＣ京政", "京政发〔2023〕20号", "京政(发)", "北京市，人民政府",
                           "Beijing", "ｂｅｉｊｉｎｇ", "１２３京", "京\u00a0政", "Ⅻ京", "豈", "㈠京", "京ü", "\xff京"}) {
    INFO(text);
    CHECK(RomanizeCompact(text) == ByIcu(text));
  }
  CHECK(RomanizeCompact("") == "");
  CHECK_FALSE(RomanizeByTable("京A政发"));
  CHECK_FALSE(RomanizeByTable("\xff京"));
}

TEST_CASE("the agencies and issuers of the sample issues read as ICU reads them", "[romanize]") {
  // 2024-38.txt:86 京人社事业发〔2024〕10号
  CHECK(RomanizeDocno("京人社事业发〔2024〕10号") == "Jingrensheshiyefa〔2024〕No. 10");
  size_t agencies = 0;
  for (const char* name : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
    std::string text = NormalizeText(testing::ReadBytes(testing::Path("tests/corpus/") + name + ".txt"));
    for (const auto& d : FindDocnos(text)) {
      ++agencies;
      CHECK(RomanizeCompact(d.agency) == ByIcu(d.agency));
      std::string latin = ByIcu(d.agency);
      if (!latin.empty()) latin[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(latin[0])));
      CHECK(RomanizeDocno(d.normalized) == latin + "〔" + std::to_string(d.year) + "〕No. " + std::to_string(d.seq));
    }
    for (const auto& doc : testing::SampleIssue(name).documents)
      for (const auto& issuer : doc.issuers) CHECK(RomanizeCompact(issuer) == ByIcu(issuer));
  }
  CHECK(agencies > 100);
  // external/42.txt:3 食品药品监管局、海关总署第4号令: a joint order's agency, 、 and all, from the table.
  CHECK(TableAgrees("食品药品监管局、海关总署令"));
}
