// OCR damage inside a 文号's numbers: letters read for digits. Repaired in the normalized text,
// so the document keeps its header and its number.
#include <catch2/catch.hpp>

#include "normalize/docno_ocr.hpp"
#include "normalize/normalizer.hpp"
#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

std::string Repaired(std::string text) {
  normalize_internal::RepairDocnoDigits(text);
  return text;
}

}  // namespace

TEST_CASE("letters read for a 文号's digits are the digits", "[normalize]") {
  CHECK(Repaired("京政办发〔2O15〕3号") == "京政办发〔2015〕3号");
  CHECK(Repaired("京政办发〔2Ol5〕3号") == "京政办发〔2015〕3号");
  CHECK(Repaired("京政发〔2015〕l2号") == "京政发〔2015〕12号");
  CHECK(Repaired("京政发〔2015〕第l2号") == "京政发〔2015〕第12号");
  CHECK(Repaired("〔87〕市劳险字第224号") == "〔87〕市劳险字第224号");
  // Only runs that hold a digit, in a 文号's places: words and other brackets stay.
  CHECK(Repaired("〔Ollo〕") == "〔Ollo〕");
  CHECK(Repaired("〔2015〕Open号") == "〔2015〕Open号");
  CHECK(Repaired("ISO 9001号") == "ISO 9001号");
}

TEST_CASE("a document whose 文号 OCR damaged keeps its header and its number", "[normalize][segment]") {
  const std::string first = "北京市人民政府关于加强城市管理的意见\n京政发〔2015〕l2号\n各区人民政府:\n现提出以下意见。\n北京市人民政府\n2015年3月1日\n";
  const std::string second =
      "北京市人民政府办公厅关于做好春节期间安全工作的通知\n京政办发〔2O15〕3号\n各区人民政府:\n现通知如下。\n北京市人民政府办公厅\n2015年3月2日\n";
  Issue issue = BuildIssue({"ocr.txt", "UTF-8", first + second});
  REQUIRE(issue.documents.size() == 2);
  CHECK(issue.documents[0].docno == "京政发〔2015〕12号");
  CHECK(issue.documents[1].docno == "京政办发〔2015〕3号");
}

TEST_CASE("spaces OCR put between a 文号's digits are removed", "[normalize]") {
  CHECK(Repaired("京交发〔2010〕1 2号") == "京交发〔2010〕12号");
  CHECK(Repaired("京交发〔2010〕 1 2 号") == "京交发〔2010〕 12 号");
  CHECK(Repaired("京交发〔2010〕第1 0 2号") == "京交发〔2010〕第102号");
  // Not a number ending in 号: left as printed.
  CHECK(Repaired("〔2010〕1 2 3 项") == "〔2010〕1 2 3 项");
  CHECK(NormalizeText("京交发 〔2010〕 1 2 号") == "京交发〔2010〕12号");
}
