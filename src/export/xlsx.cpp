// The workbook as a stream: each issue's rows go to temporary files as it comes; at the end the
// sheets are created and every row is written from those files, every sheet's rows in order
// (libxlsxwriter's constant-memory mode keeps one row per sheet in memory).
//
// The sheets are written in two lanes, each with its own file of rows: the front (文件, 表格目录
// and the catalogs) and the back (期限, 引用, 检查), about half the workbook's bytes each on the
// benchmark corpus. In constant-memory mode each sheet has a file of its own, so with two jobs
// the lanes run side by side once the shared formats have their style indexes (MakeSheetFormats)
// and the corpus is resolved; the zipping at workbook_close stays on one thread.
#include "export/xlsx.hpp"

#include <sys/resource.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "export/xlsx_cells.hpp"
#include "export/xlsx_sheets.hpp"
#include "export/xlsx_spool.hpp"
#include "export/xlsx_tables.hpp"
#include "export/xlsx_writer.hpp"
#include "model/date.hpp"
#include "util/atomic_file.hpp"
#include "util/beside.hpp"
#include "util/jobs.hpp"
#include "util/temporary_file.hpp"
#include "util/text.hpp"
#include "xref/corpus.hpp"

namespace gazette {
using namespace xlsx;
namespace {

// The start (00:00 UTC) of AS_OF, an ISO day (YYYY-MM-DD); 0 when it is none.
time_t AsOfStart(const std::string& as_of) {
  const std::optional<Day> day = ParseIsoDay(as_of);
  if (!day) return 0;
  return static_cast<time_t>(std::chrono::duration_cast<std::chrono::seconds>(std::chrono::sys_days(*day).time_since_epoch()).count());
}

/// One line for every sheet name Excel made us change: the count and the first few changes.
std::string RenamedSheetsLine(const std::vector<std::string>& renames) {
  constexpr size_t kShown = 3;
  std::string line = renames.size() == 1 ? "" : std::to_string(renames.size()) + " sheets renamed: ";
  for (size_t i = 0; i < renames.size() && i < kShown; ++i) line += (i ? ", " : "") + renames[i];
  if (renames.size() > kShown) line += " and " + std::to_string(renames.size() - kShown) + " more";
  return line + " (Excel: at most 31 characters, none of []:*?/\\, unique)";
}

/// Lets the process hold SHEETS temporary files at once (constant-memory mode keeps one open per
/// sheet until the workbook closes): raises the soft limit on open files toward the hard one.
void AllowOpenFiles(size_t sheets) {
  constexpr rlim_t kSpare = 64;  // inputs, the zip, the standard streams
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return;
  rlim_t want = rlim_t(sheets) + kSpare;
  if (want <= limit.rlim_cur) return;
  limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? want : std::min(want, limit.rlim_max);
  setrlimit(RLIMIT_NOFILE, &limit);
}

/// What a row of the temporary file is for.
enum RowKind : uint8_t { kDocumentRow, kCatalogRow, kIndexRow, kDeadlineRow, kFindingRow };

}  // namespace

struct WorkbookStream::Impl {
  std::string path, tmp;
  std::string tmpdir = TemporaryDirectory();  // where libxlsxwriter holds each sheet's rows
  WorkbookOptions options;
  Corpus corpus;
  TableCatalogs catalogs;
  RowSpool front_rows;  ///< every issue's rows for 文件, 表格目录 and the catalogs, until Finish
  RowSpool back_rows;   ///< every issue's rows for 期限 and 检查, until Finish
  std::vector<std::string> back_warnings;  ///< what the back lane's sheets said, given after the front's
  size_t cut = 0;  ///< cells cut in the catalog rows of the section being written
  lxw_workbook* wb = nullptr;
  SheetFormats formats;
  std::unique_ptr<SheetStream> documents, index, deadlines, references, findings;
  std::vector<std::unique_ptr<SheetStream>> catalog_sheets;
  bool begun = false, finished = false;
  std::string begin_error;  ///< why Begin failed: every later call returns it

  Impl(std::string p, WorkbookOptions o)
      : path(std::move(p)), options(std::move(o)), corpus(options.as_of.empty() ? ToIso(Today()) : options.as_of) {}

  void Warn(const std::string& message) const {
    if (options.warn) options.warn(message);
  }

  /// Sheet SPEC named NAME; one of the back lane's (BACK) holds its warnings in back_warnings.
  std::unique_ptr<SheetStream> Sheet(SheetSpec spec, const std::string& name, bool back = false) {
    std::function<void(const std::string&)> warn = [this](const std::string& m) { Warn(m); };
    if (back) warn = [this](const std::string& m) { back_warnings.push_back(m); };
    return std::make_unique<SheetStream>(wb, formats, std::move(spec), name, options.sort_pinyin, options.row_limit,
                                         std::move(warn));
  }

  /// Creates the workbook and its sheets, named and in order.
  Status Begin() {
    begun = true;
    tmp = TemporaryPathFor(path);
    // libxlsxwriter opens its file only at workbook_close: find out now whether it can.
    if (Status s = CreateTemporary(tmp, path); !s.ok()) {
      begin_error = s.message();
      return s;
    }
    lxw_workbook_options opts{};
    opts.constant_memory = LXW_TRUE;
    opts.tmpdir = tmpdir.data();  // else std::tmpfile's /tmp, whatever $TMPDIR says
    wb = workbook_new_opt(tmp.c_str(), &opts);
    if (!wb) {
      begin_error = path + ": cannot create the workbook (libxlsxwriter could not start it)";
      Abandon();
      return Error{begin_error};
    }
    lxw_doc_properties props{};
    props.title = const_cast<char*>("北京市人民政府公报");
    props.comments = const_cast<char*>("Written by gazette");
    props.created = options.created != 0 ? options.created : AsOfStart(corpus.as_of());
    workbook_set_properties(wb, &props);
    formats = MakeSheetFormats(wb);
    std::set<std::string> used;
    std::vector<SheetSpec> fixed = {DocumentsSpec(corpus.as_of()), TableIndexSpec(), DeadlinesSpec(),
                                    ReferencesSpec(), FindingsSpec()};
    for (const auto& spec : fixed) UniqueSheetName(spec.name, used);
    std::vector<std::string> renames;
    catalogs.SetNames(NameCatalogs(catalogs.sheets(), used, renames));
    if (!renames.empty()) Warn(RenamedSheetsLine(renames));
    AllowOpenFiles(fixed.size() + catalogs.sheets().size());
    if (!options.tables_only) documents = Sheet(fixed[0], fixed[0].name);
    index = Sheet(fixed[1], fixed[1].name);
    for (const auto& c : catalogs.sheets()) catalog_sheets.push_back(Sheet(c.spec, c.spec.name));
    if (!options.tables_only) {
      deadlines = Sheet(fixed[2], fixed[2].name, true);
      references = Sheet(fixed[3], fixed[3].name, true);
      findings = Sheet(fixed[4], fixed[4].name, true);
    }
    return {};
  }

  /// Spools ISSUE's rows: its documents' (statuses undecided), each table section's rows as
  /// read and then its 表格目录 row, its deadlines', its findings'.
  void Spool(const Issue& issue) {
    if (!options.tables_only)
      for (const auto& row : UndecidedDocumentRows(issue)) front_rows.Add(kDocumentRow, 0, row);
    for (const auto& section : catalogs.SectionsAsRead(issue)) {
      for (const auto& row : section.rows) front_rows.Add(kCatalogRow, uint32_t(section.sheet), row);
      front_rows.Add(kIndexRow, uint32_t(section.sheet), section.index);
    }
    if (options.tables_only) return;
    for (const auto& row : DeadlineRows(issue)) back_rows.Add(kDeadlineRow, 0, row);
    for (const auto& row : FindingRows(issue)) back_rows.Add(kFindingRow, 0, row);
  }

  /// Writes a spooled ROW of KIND (for catalog SHEET) to its sheet, now that the corpus and the
  /// catalogs are complete and the sheets exist.
  void Write(uint8_t kind, uint32_t sheet, SheetRow& row) {
    switch (kind) {
      case kDocumentRow:
        DecideDocumentRow(row, corpus);
        documents->Add(row);
        break;
      case kCatalogRow:
        cut += catalog_sheets[sheet]->Add(catalogs.CatalogRow(sheet, row));
        break;
      case kIndexRow:  // after its section's rows
        catalogs.NameIndexRow(sheet, row);
        if (cut) row[kIndexCheckColumn].text += "; " + std::to_string(cut) + " cell(s) cut at 32,767 characters";
        cut = 0;
        index->Add(row);
        break;
      case kDeadlineRow:
        deadlines->Add(row);
        break;
      case kFindingRow:
        findings->Add(row);
        break;
    }
  }

  /// Writes every row of ROWS to its sheet; an error message, empty on success.
  std::string WriteSpooled(RowSpool& rows) {
    Status s = rows.ForEach([this](uint8_t kind, uint32_t sheet, SheetRow& row) { Write(kind, sheet, row); });
    return s.ok() ? "" : s.message();
  }

  /// Ends SHEET (when there is one), keeping in ERROR the first error.
  static void End(std::unique_ptr<SheetStream>& sheet, std::string& error) {
    if (!sheet) return;
    std::string e = sheet->Finish();
    if (error.empty()) error = e;
  }

  /// The front lane: 文件, 表格目录 and the catalogs written and ended; the first error.
  std::string WriteFront() {
    std::string error = WriteSpooled(front_rows);
    if (!error.empty()) return error;
    End(documents, error);
    End(index, error);
    for (auto& s : catalog_sheets) End(s, error);
    return error;
  }

  /// The back lane: 期限, 引用 (from the resolved corpus) and 检查 written and ended; the first error.
  std::string WriteBack() {
    std::string error = WriteSpooled(back_rows);
    if (!error.empty()) return error;
    if (references)
      for (const auto& r : corpus.references()) references->Add(ReferenceRow(corpus, r));
    End(deadlines, error);
    End(references, error);
    End(findings, error);
    return error;
  }

  /// Writes every sheet, the back lane on a second thread when there are jobs for it and a back
  /// lane; then gives the back lane's warnings. The first error in sheet order; empty on success.
  std::string WriteSheets() {
    corpus.references();  // resolved now: the lanes only read the corpus
    std::string front, back;
    unsigned jobs = JobsFor(options.jobs);
    if (jobs < 2 || options.tables_only) {
      front = WriteFront();
      back = WriteBack();
    } else {
      RunBeside([&] { back = WriteBack(); }, [&] { front = WriteFront(); });
    }
    for (const auto& m : back_warnings) Warn(m);
    back_warnings.clear();
    return front.empty() ? back : front;
  }

  /// Closes the workbook and removes the temporary file.
  void Abandon() {
    if (wb) workbook_close(wb);
    wb = nullptr;
    std::error_code ec;
    if (!tmp.empty()) std::filesystem::remove(tmp, ec);
  }
};

WorkbookStream::WorkbookStream(std::string path, WorkbookOptions options)
    : impl_(std::make_unique<Impl>(std::move(path), std::move(options))) {}

WorkbookStream::~WorkbookStream() {
  if (impl_->begun && !impl_->finished) impl_->Abandon();
}

void WorkbookStream::Add(const Issue& issue) {
  if (!impl_->options.tables_only) impl_->corpus.AddIssue(issue);
  impl_->catalogs.Add(issue);
  impl_->Spool(issue);
}

Status WorkbookStream::Finish() {
  Impl& w = *impl_;
  if (!w.begun)
    if (Status s = w.Begin(); !s.ok()) return s;
  if (!w.wb) return Error{w.begin_error};
  std::string error = w.WriteSheets();
  lxw_error rc = workbook_close(w.wb);
  w.wb = nullptr;
  w.finished = true;
  if (error.empty() && rc != LXW_NO_ERROR) error = lxw_strerror(rc);
  if (!error.empty()) {
    w.Abandon();
    return Error{w.path + ": " + error};
  }
  return CommitTemporary(w.tmp, w.path);
}

Status WriteWorkbook(const std::vector<Issue>& issues, const std::string& path, const WorkbookOptions& options) {
  WorkbookStream book(path, options);
  for (const auto& issue : issues) book.Add(issue);
  return book.Finish();
}

}  // namespace gazette
