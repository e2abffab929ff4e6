// The record writer every command's JSON Lines / TSV / CSV goes through, and its cell escaping.
#include "export/records.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using gazette::EscapeCsv;
using gazette::EscapeTsv;
using gazette::Record;
using gazette::RecordFormat;
using gazette::RecordWriter;

namespace {

// The output of writing RECORDS with KEYS in FORMAT.
std::string Written(RecordFormat format, const std::vector<std::string>& keys, const std::vector<Record>& records) {
  std::ostringstream out;
  RecordWriter writer(out, format, keys);
  for (const auto& r : records) writer.Write(r);
  return out.str();
}

}  // namespace

TEST_CASE("CSV quotes cells holding commas, quotes and line breaks (RFC 4180)", "[records]") {
  CHECK(EscapeCsv("plain") == "plain");
  CHECK(EscapeCsv("") == "");
  CHECK(EscapeCsv("a,b") == "\"a,b\"");
  CHECK(EscapeCsv("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(EscapeCsv("two\nlines") == "\"two\nlines\"");
  CHECK(EscapeCsv("cr\rhere") == "\"cr\rhere\"");
  CHECK(EscapeCsv("tab\tinside") == "tab\tinside");  // a tab inside a cell needs no quotes
}

TEST_CASE("CSV neutralizes a cell a spreadsheet would read as a formula", "[records]") {
  CHECK(EscapeCsv("=SUM(A1:A9)") == "\"'=SUM(A1:A9)\"");
  CHECK(EscapeCsv("+86 10 1234") == "\"'+86 10 1234\"");
  CHECK(EscapeCsv("-1") == "\"'-1\"");
  CHECK(EscapeCsv("@cmd") == "\"'@cmd\"");
  CHECK(EscapeCsv("\tx") == "\"'\tx\"");
  CHECK(EscapeCsv("\rx") == "\"'\rx\"");
  CHECK(EscapeCsv("a=b") == "a=b");  // only a leading sign is a formula
  CHECK(EscapeCsv("=\"x\",y") == "\"'=\"\"x\"\",y\"");
}

TEST_CASE("TSV escapes tabs, line breaks and backslashes as backslash sequences", "[records]") {
  CHECK(EscapeTsv("plain, with \"quotes\"") == "plain, with \"quotes\"");
  CHECK(EscapeTsv("a\tb") == "a\\tb");
  CHECK(EscapeTsv("a\nb\r") == "a\\nb\\r");
  CHECK(EscapeTsv("C:\\dir") == "C:\\\\dir");
  CHECK(EscapeTsv("=1+1") == "=1+1");  // TSV is for programs: no formula neutralizing
}

TEST_CASE("Non-ASCII text passes through every format unchanged", "[records]") {
  std::string docno = "京人社事业发〔2024〕10号";  // 2024-38.txt:86
  CHECK(EscapeCsv(docno) == docno);
  CHECK(EscapeTsv(docno) == docno);
  CHECK(EscapeCsv("国际职业资格，目录") == "国际职业资格，目录");  // a full-width comma is no separator
  Record r;
  r["docno"] = docno;
  CHECK(Written(RecordFormat::kJson, {"docno"}, {r}) == "{\"docno\":\"" + docno + "\"}\n");
}

TEST_CASE("TSV and CSV write a header row once, then one row a record in the keys' order", "[records]") {
  Record a, b;
  a["line"] = 12;
  a["docno"] = "京政发〔2023〕20号";
  a["text"] = "x,y";
  b["docno"] = "";
  b["ok"] = true;
  std::vector<std::string> keys = {"docno", "text", "line", "ok"};
  CHECK(Written(RecordFormat::kTsv, keys, {a, b}) ==
        "docno\ttext\tline\tok\n"
        "京政发〔2023〕20号\tx,y\t12\t\n"
        "\t\t\ttrue\n");
  CHECK(Written(RecordFormat::kCsv, keys, {a, b}) ==
        "docno,text,line,ok\r\n"
        "京政发〔2023〕20号,\"x,y\",12,\r\n"
        ",,,true\r\n");
  CHECK(Written(RecordFormat::kCsv, keys, {}) == "");  // no record, no header
}

TEST_CASE("Arrays and objects become compact JSON cells; JSON Lines keep the record's own keys", "[records]") {
  Record r;
  r["issuers"] = {"北京市人力资源和社会保障局", "北京市人才工作局"};
  r["cells"] = {{"name", "CFA"}};
  CHECK(Written(RecordFormat::kTsv, {"issuers", "cells"}, {r}) ==
        "issuers\tcells\n[\"北京市人力资源和社会保障局\",\"北京市人才工作局\"]\t{\"name\":\"CFA\"}\n");
  CHECK(Written(RecordFormat::kCsv, {"cells"}, {r}) == "cells\r\n\"{\"\"name\"\":\"\"CFA\"\"}\"\r\n");
  CHECK(Written(RecordFormat::kJson, {"cells"}, {r}) ==
        "{\"issuers\":[\"北京市人力资源和社会保障局\",\"北京市人才工作局\"],\"cells\":{\"name\":\"CFA\"}}\n");
}

TEST_CASE("Invalid UTF-8 in a JSON record is replaced, not thrown", "[records]") {
  Record r;
  r["text"] = std::string("a\xff" "b");
  CHECK(Written(RecordFormat::kJson, {"text"}, {r}) == "{\"text\":\"a\xEF\xBF\xBD" "b\"}\n");
}

TEST_CASE("ParseRecordFormat knows json, tsv and csv only", "[records]") {
  RecordFormat f = RecordFormat::kJson;
  CHECK(gazette::ParseRecordFormat("csv", &f));
  CHECK(f == RecordFormat::kCsv);
  CHECK(gazette::ParseRecordFormat("tsv", &f));
  CHECK(f == RecordFormat::kTsv);
  CHECK_FALSE(gazette::ParseRecordFormat("xlsx", &f));
  CHECK(f == RecordFormat::kTsv);
}

TEST_CASE("Records printed ahead are written as Write writes them, the header once before the first",
          "[records]") {
  Record a, b;
  a["docno"] = "京政发〔2023〕20号";
  a["text"] = "x,y\tz";
  b["line"] = 7;
  std::vector<std::string> keys = {"docno", "text", "line"};
  for (RecordFormat format : {RecordFormat::kJson, RecordFormat::kTsv, RecordFormat::kCsv}) {
    std::ostringstream out;
    RecordWriter writer(out, format, keys);
    std::string first, none, second;  // three issues' records, printed before any is written
    writer.Print(a, first);
    writer.Print(b, second);
    writer.Print(a, second);
    CHECK(out.str().empty());  // printing writes nothing
    writer.WritePrinted(none);
    CHECK(out.str().empty());  // nothing printed: no header either
    writer.WritePrinted(first);
    writer.WritePrinted(second);
    CHECK(out.str() == Written(format, keys, {a, b, a}));
  }
}
