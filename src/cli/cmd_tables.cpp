// gazette tables: a record per catalog table row (JSON Lines, CSV, TSV) or the table sheets of
// the publishing workbook (xlsx).
#include <algorithm>
#include <iostream>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/workbook.hpp"
#include "export/flat_records.hpp"
#include "export/record_spool.hpp"
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

/// Keeps in ISSUE the documents --doc selects; sets *FOUND when one matched; with REPAIRS,
/// prints the kept tables' row repairs.
void Select(const TablesCommand& o, Issue& issue, bool repairs, bool* found) {
  std::vector<Document> kept;
  for (auto& d : issue.documents) {
    if (!NamesDocument(o.docno, d)) continue;
    *found = true;
    if (repairs)
      for (const auto& t : d.tables) PrintRepairs(issue, t);
    kept.push_back(std::move(d));
  }
  issue.documents = std::move(kept);
}

/// Calls EACH with every row record of ISSUE's tables, and NEW_KEY with each table's cell keys.
template <typename Each, typename NewKeys>
void ForEachRow(const Issue& issue, Each each, NewKeys new_keys) {
  for (const auto& d : issue.documents)
    for (const auto& t : d.tables) {
      new_keys(t);
      for (const auto& s : t.sections)
        for (const auto& r : s.rows) each(TableRowRecord(issue, d, t, s, r));
    }
}

/// JSON Lines without --doc: each issue's rows printed on the loading thread, written in input order.
int StreamJson(const TablesCommand& o, bool* found) {
  int read = kOk;
  int written = WithOutput(o.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, RecordFormat::kJson, TableRowRecordKeys());
    read = ForEachIssue<std::string>(
        o.input,
        [&](Issue& issue) {  // on the loading thread; no --doc here: every document is kept
          std::string text;
          ForEachRow(issue, [&](const Record& r) { writer.Print(r, text); }, [](const Table&) {});
          return text;
        },
        [&](Issue& issue, std::string& text) {
          Select(o, issue, o.repairs, found);  // the repairs, on stderr in input order
          writer.WritePrinted(text);
        },
        Extracting(kTables));
    return int(kOk);
  });
  return Worst(read, written);
}

/// CSV or TSV, whose header is the union of every table's columns, or any format with --doc (no
/// output when it names no document): the rows wait in a temporary file (one JSON line each,
/// flattened for CSV and TSV) until the last issue is read.
int SpoolFlat(const TablesCommand& o, RecordFormat f, bool* found) {
  std::vector<std::string> keys = FlatTableRecordKeys();
  RecordSpool spool;
  if (!spool.ok()) {
    PrintError("tables: cannot create a temporary file");
    return kOutputError;
  }
  int read = ForEachIssue(o.input, [&](Issue& issue) {
    Select(o, issue, o.repairs, found);
    ForEachRow(issue, [&](const Record& r) { spool.Add(f == RecordFormat::kJson ? r : FlattenTableRecord(r)); },
               [&](const Table& t) {
                 for (const auto& k : TableCellKeys(t))
                   if (std::find(keys.begin(), keys.end(), FlatTableKey(k)) == keys.end())
                     keys.push_back(FlatTableKey(k));
               });
  }, Extracting(kTables));
  if (!spool.ok()) {
    PrintError("tables: temporary file: write failed");
    return kOutputError;
  }
  if (!*found) return read;
  int written = WithOutput(o.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, f, f == RecordFormat::kJson ? TableRowRecordKeys() : keys);
    Status replayed = spool.ForEach([&](const Record& r) { writer.Write(r); });
    if (replayed.ok()) return Ended(writer, read);  // the header of an empty answer if all was read
    PrintError("tables: " + replayed.message());
    return int(kOutputError);
  });
  return Worst(read, written);
}

int Run(const TablesCommand& o) {
  if (o.format == "xlsx" && !HasXlsxOutput("tables", o.input.output)) return kUsage;
  bool found = o.docno.empty();
  int code = kOk;
  if (o.format == "xlsx") {
    WorkbookOptions workbook;
    workbook.tables_only = true;
    workbook.warn = [](const std::string& m) { PrintError("xlsx: " + m); };
    code = WriteWorkbookFromInputs(o.input, workbook, kTables, [&](Issue& issue) {
      Select(o, issue, o.repairs, &found);
    }, [&] { return found; });
  } else {
    RecordFormat f = RecordFormat::kJson;
    ParseRecordFormat(o.format, &f);
    code = f == RecordFormat::kJson && o.docno.empty() ? StreamJson(o, &found) : SpoolFlat(o, f, &found);
  }
  if (!found) {
    PrintError("tables: no document " + o.docno + " in the inputs");
    return kInputError;
  }
  return code;
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
