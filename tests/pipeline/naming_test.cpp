// Two inputs whose file names share a stem (two folders' notice.txt, pasted regulations with no
// masthead) name their issues apart, so the ids of documents without a 文号 never collide: one had
// been dropped from corpus.xml and the AKN export, and status and query saw only the first.
#include <catch2/catch.hpp>

#include "pipeline/pipeline.hpp"

using namespace gazette;

namespace {

const std::string kNotice =
    "北京市人民政府办公厅关于做好春节期间安全工作的通知\n\n"
    "各区、县人民政府:\n\n"
    "一、各单位要加强防火安全检查。\n\n"
    "北京市人民政府办公厅\n\n"
    "1989年1月20日\n";

}  // namespace

TEST_CASE("inputs sharing a stem are named apart, in input order, never as another input", "[pipeline]") {
  CHECK(DistinctStems({"a/notice.txt", "b/other.txt"}).empty());
  const auto names = DistinctStems({"a/notice.txt", "b/notice.txt", "c/notice-2.txt", "d/notice.txt"});
  CHECK(names == std::map<std::string, std::string>{{"b/notice.txt", "notice-3"}, {"d/notice.txt", "notice-4"}});
}

TEST_CASE("an issue named apart gives its documents without a 文号 ids of that name", "[pipeline]") {
  const PipelineOptions options = NamingApart(SegmentOnly(), {"a/notice.txt", "b/notice.txt"});
  Issue first = BuildIssue(DecodedInput{"a/notice.txt", "UTF-8", kNotice}, options);
  Issue second = BuildIssue(DecodedInput{"b/notice.txt", "UTF-8", kNotice}, options);
  REQUIRE(first.documents.size() == 1);
  REQUIRE(second.documents.size() == 1);
  CHECK(first.name == "notice");
  CHECK(first.documents[0].id == "notice#1");
  CHECK(second.name == "notice-2");
  CHECK(second.documents[0].id == "notice-2#1");
  // A masthead's name (2024-38) is the issue's own: it is never renamed, though its file's stem is
  // the same (two copies of 2024-38.txt in two folders).
  Issue masthead = BuildIssue(DecodedInput{"b/notice.txt", "UTF-8", "北京市人民政府公报\n\n2024年第38期\n\n" + kNotice}, options);
  CHECK(masthead.name != "notice-2");
  const PipelineOptions copies = NamingApart(SegmentOnly(), {"c/2024-38.txt", "d/2024-38.txt"});
  Issue copy = BuildIssue(DecodedInput{"d/2024-38.txt", "UTF-8", "北京市人民政府公报\n\n2024年第38期\n\n" + kNotice}, copies);
  CHECK(copy.name == "2024-38");
  // Named once: a second pass over part of the inputs keeps the first pass's names.
  CHECK(NamingApart(options, {"b/notice.txt"}).names == options.names);
}
