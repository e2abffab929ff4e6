// gazette tables: a record per catalog table row (JSON Lines, CSV, TSV) or the table sheets of
// the publishing workbook (xlsx).
#include <algorithm>
#include <iostream>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/flat_records.hpp"
#include "export/xlsx.hpp"
#include "extract/tables.hpp"
#include "segment/docno.hpp"

namespace gazette::cli {
namespace {

void PrintRepairs(const Issue& issue, const Table& t) {
  for (const auto& s : t.sections)
    for (const auto& r : s.rows)
      for (const auto& repair : r.repairs) std::cerr << issue.source << ":" << r.line << ": repair: " << repair << "\n";
}

struct TablesCommand {
  InputOptions input;
  std::string format = "json";
  std::string docno;
  bool repairs = false;
};

/// Loads every input, keeping the documents --doc selects; sets *FOUND when one matched.
int LoadSelected(const TablesCommand& o, std::vector<Issue>* issues, bool* found) {
  return ForEachIssue(o.input, [&](Issue& issue) {
    std::vector<Document> kept;
    for (auto& d : issue.documents) {
      if (!NamesDocument(o.docno, d)) continue;
      *found = true;
      if (o.repairs)
        for (const auto& t : d.tables) PrintRepairs(issue, t);
      kept.push_back(std::move(d));
    }
    issue.documents = std::move(kept);
    issues->push_back(std::move(issue));
  }, Extracting(kTables));
}

int WriteRecords(const TablesCommand& o, const std::vector<Issue>& issues) {
  RecordFormat f = RecordFormat::kJson;
  ParseRecordFormat(o.format, &f);
  std::vector<Record> records;
  std::vector<std::string> keys = FlatTableRecordKeys();
  for (const auto& issue : issues)
    for (const auto& d : issue.documents)
      for (const auto& t : d.tables) {
        for (const auto& k : TableCellKeys(t))
          if (std::find(keys.begin(), keys.end(), FlatTableKey(k)) == keys.end()) keys.push_back(FlatTableKey(k));
        for (const auto& s : t.sections)
          for (const auto& r : s.rows) records.push_back(TableRowRecord(issue, d, t, s, r));
      }
  return WithOutput(o.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, f, f == RecordFormat::kJson ? TableRowRecordKeys() : keys);
    for (const auto& r : records) writer.Write(f == RecordFormat::kJson ? r : FlattenTableRecord(r));
    return int(kOk);
  });
}

/// The table sheets of the publishing workbook, written to -o.
int WriteTableSheets(const TablesCommand& o, const std::vector<Issue>& issues) {
  WorkbookOptions workbook;
  workbook.tables_only = true;
  workbook.warn = [](const std::string& m) { PrintError("xlsx: " + m); };
  return OutputStatus(WriteWorkbook(issues, o.input.output, workbook));
}

int Run(const TablesCommand& o) {
  if (o.format == "xlsx" && !HasXlsxOutput("tables", o.input.output)) return kUsage;
  std::vector<Issue> issues;
  bool found = o.docno.empty();
  int code = LoadSelected(o, &issues, &found);
  if (!found) {
    PrintError("tables: no document " + o.docno + " in the inputs");
    return kInputError;
  }
  return Worst(code, o.format == "xlsx" ? WriteTableSheets(o, issues) : WriteRecords(o, issues));
}

}  // namespace

void RegisterTables(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<TablesCommand>(app, run,
      "tables",
      "A record per row of each catalog table (tab-separated rows under a header; pieces across page "
      "breaks joined, repeated headers dropped, wrapped and run-together cells repaired). JSON Lines keys: "
      "source, docno, table (0-based index in the document), section (title, empty if none), seq (序号 as "
      "printed), cells (object keyed by the column schema of catalogs/table-schemas.tsv: e.g. name, issuer, "
      "issuer_zh, issuer_en, country, field, note; title, docno; unknown headers col_N), line. CSV/TSV: one "
      "header row, the cells spread into columns named by their keys (cell_KEY when KEY is also a record "
      "field, e.g. cell_docno); tables of different schemas share the union of their columns. "
      "Counts and 序号 are checked by `gazette check`.");
  AddInputOptions(cmd, c->input);
  cmd->add_option("--doc", c->docno, "Only the document with this 文号 (京人社发〔2023〕10号) or id");
  cmd->add_option("--format", c->format,
                  "json (default, JSON Lines), csv (RFC 4180, formulas neutralized), tsv, or xlsx (needs -o FILE.xlsx)")
      ->check(CLI::IsMember({"json", "csv", "tsv", "xlsx"}));
  cmd->add_flag("--repairs", c->repairs, "Also print each row repair on stderr as FILE:LINE: repair: WHAT");
}

}  // namespace gazette::cli
