// The diff on small documents built in the test: the rules, one at a time, away from the corpus.
#include <catch2/catch.hpp>

#include "diff/diff.hpp"

using namespace gazette;
using namespace gazette::diff;

namespace {

Document Catalog(const std::vector<std::pair<std::string, std::string>>& rows) {
  Document d;
  d.id = "t";
  Table t;
  t.schema = "qualification";
  t.keys = {"seq", "name", "issuer"};
  t.headers = {"序号", "职业资格证书名称", "证书颁发机构"};
  TableSection s;
  int line = 10;
  for (const auto& [name, issuer] : rows) {
    TableRow r;
    r.seq = std::to_string(line - 9);
    r.cells = {{"name", name}, {"issuer", issuer}};
    r.line = line++;
    s.rows.push_back(r);
  }
  t.sections.push_back(s);
  d.tables.push_back(t);
  return d;
}

Document Regulation(const std::vector<std::string>& texts) {
  Document d;
  d.id = "r";
  static const char* labels[] = {"第一条", "第二条", "第三条", "第四条", "第五条", "第六条"};
  for (size_t i = 0; i < texts.size(); ++i)
    d.articles.push_back({"", "art_" + std::to_string(i + 1), NodeKind::kArticle, int(i + 1), labels[i], "", texts[i],
                          int(i + 1), -1});
  return d;
}

std::vector<std::string> Changes(const DocumentDiff& d) {
  std::vector<std::string> out;
  for (const auto& e : d.entries)
    out.push_back(ToString(e.change) + " " + (e.old_side ? e.old_side->label : "-") + ">" +
                  (e.new_side ? e.new_side->label : "-"));
  return out;
}

}  // namespace

TEST_CASE("diff: rows of one name pair by issuer whatever their order", "[diff]") {
  Document o = Catalog({{"教师资格证书", "纽约州教育部门 New York State Department of Education"},
                        {"教师资格证书", "密歇根州教育部门 Michigan Department of Education"},
                        {"物理治疗师", "中国香港特别行政区物理治疗师管理委员会"}});
  Document n = Catalog({{"教师资格证书", "密歇根州教育部门 Michigan Department of Education"},
                        {"教师资格证书", "纽约州教育部门 New York State Department of Education"},
                        {"物理治疗师", "澳洲卫生执业者管理局 Australian Health Practitioner Regulation Agency"}});
  DocumentDiff d = DiffTables({o, "old"}, {n, "new"});
  // the same name with an unrelated issuer is another certificate: added and removed (a removed
  // row with no matched row after it is listed last)
  CHECK(Changes(d) == std::vector<std::string>{"kept 2>1", "kept 1>2", "added ->3", "removed 3>-"});
}

TEST_CASE("diff: an acronym moved within a name is the same name", "[diff]") {
  Document o = Catalog({{"CDCS 跟单信用证专家证书", "伦敦银行与金融学院"}});
  Document n = Catalog({{"跟单信用证专家证书（CDCS）", "伦敦银行与金融学院"}});
  DocumentDiff d = DiffTables({o, "old"}, {n, "new"});
  REQUIRE(d.entries.size() == 1);
  CHECK(d.entries[0].change == Change::kChanged);  // matched on the name key, but printed differently
  CHECK(d.entries[0].fields == std::vector<std::string>{"name"});
}

TEST_CASE("diff: articles align on content, not on their numbers", "[diff]") {
  Document o = Regulation({"为了规范测试事项管理,制定本办法。", "本办法适用于本市行政区域内的测试事项。",
                           "市测试管理局负责本办法的组织实施。", "本办法自印发之日起施行。"});
  Document n = Regulation({"为了规范测试事项管理,保障测试质量,制定本办法。", "测试事项实行登记制度,登记机关为区测试管理局。",
                           "本办法适用于本市行政区域内的测试事项。", "本办法自印发之日起施行。"});
  DocumentDiff d = DiffArticles({o, "old"}, {n, "new"});
  CHECK(Changes(d) == std::vector<std::string>{"changed 第一条>第一条", "added ->第二条", "renumbered 第二条>第三条",
                                               "removed 第三条>-", "same 第四条>第四条"});
}

TEST_CASE("diff: a row moved from a list kept in force to a list repealed is changed, its table the field", "[diff]") {
  auto review = [](const std::vector<std::pair<std::string, std::vector<std::string>>>& lists) {
    Document d;
    d.id = "t";
    int line = 10;
    for (const auto& [caption, names] : lists) {
      Table t;
      t.title = caption;
      t.schema = "generic";
      t.keys = {"seq", "title", "docno"};
      t.headers = {"序号", "文件名称", "文号"};
      TableSection s;
      for (const auto& name : names) {
        TableRow r;
        r.seq = std::to_string(s.rows.size() + 1);
        r.cells = {{"title", name}, {"docno", "京交运发〔2018〕" + std::to_string(line) + "号"}};
        r.line = line++;
        s.rows.push_back(r);
      }
      t.sections.push_back(s);
      d.tables.push_back(t);
    }
    return d;
  };
  Document o = review({{"继续有效的规范性文件目录", {"关于加强道路货物运输源头管理的通知"}}, {"废止的规范性文件目录", {"关于出租汽车计价器管理的通知"}}});
  Document n = review({{"继续有效的规范性文件目录", {}}, {"废止的规范性文件目录", {"关于加强道路货物运输源头管理的通知"}}});
  n.tables[1].sections[0].rows[0].cells[1].second = "京交运发〔2018〕10号";  // the same document
  DocumentDiff d = DiffTables({o, "old"}, {n, "new"});
  REQUIRE_FALSE(d.entries.empty());
  const DiffEntry& moved = d.entries.front();
  CHECK(ToString(moved.change) == "changed");  // it had been kept: the one change a reader needs
  CHECK(moved.fields == std::vector<std::string>{"table"});
  // A catalog whose caption names a new edition only: its rows are kept.
  Document o2 = review({{"北京市行政许可事项目录(2025年版)", {"关于加强道路货物运输源头管理的通知"}}});
  Document n2 = review({{"北京市行政许可事项目录(2026年版)", {"关于加强道路货物运输源头管理的通知"}}});
  CHECK(Changes(DiffTables({o2, "old"}, {n2, "new"})) == std::vector<std::string>{"kept 1>1"});
  // A list kept in force worded otherwise, or a caption saying nothing of its rows: kept too.
  Document o3 = review({{"继续有效的规范性文件目录", {"关于加强道路货物运输源头管理的通知"}}});
  Document n3 = review({{"规范性文件目录", {"关于加强道路货物运输源头管理的通知"}}});
  CHECK(Changes(DiffTables({o3, "old"}, {n3, "new"})) == std::vector<std::string>{"kept 1>1"});
}
