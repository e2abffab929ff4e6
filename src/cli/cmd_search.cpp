// gazette search: normalized text search over issues (width, OCR spacing, bracket variants and
// ASCII case do not matter), printing docno, article, file:line and the hit in context.

#include <atomic>
#include <limits>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
#include "cli/progress.hpp"
#include "export/records.hpp"
#include "export/search.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/parallel.hpp"
#include "store/reader.hpp"

namespace gazette::cli {

namespace {

struct SearchCommand {
  std::string text;
  std::vector<std::string> paths;
  std::string format = "text";
  int context = 20;
  std::string db;
  int limit = 0;
  RunOptions run;
};

std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }

// One hit a line, four tab-separated fields: a tab or line break in the context (a table row's
// cells) or the file name is escaped as TSV escapes it (\t, \n), so `cut -f4` reads the context.
// A document without 文号 is named by its id.
void PrintHit(std::ostream& out, const SearchHit& h) {
  out << OrDash(h.docno.empty() ? h.document : h.docno) << '\t' << OrDash(h.article) << '\t' << EscapeTsv(h.source) << ':'
      << h.line << '\t' << EscapeTsv(h.context) << '\n';
}

int RunIndexSearch(const SearchCommand& c) {
  auto query = store::ParseSearchQuery(c.text);
  if (!query.ok()) {
    PrintError(query.error().message);
    return kUsage;
  }
  auto hits = store::SearchIndex(c.db, query.value(), c.limit, c.context);
  if (!hits.ok()) {
    PrintError(hits.error().message);
    return kInputError;
  }
  return WithOutput("", [&](std::ostream& os) {
    RecordWriter writer(os, RecordFormat::kJson, store::IndexHitKeys());
    for (const auto& h : hits.value()) {
      if (c.format == "json") writer.Write(store::IndexHitRecord(h));
      else PrintHit(os, h.hit);
    }
    return int(kOk);
  });
}

/// What searching one input gives: its hits, and the lines to print on stderr (the input cannot
/// be read, an extractor failed).
struct Searched {
  std::vector<SearchHit> hits;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;  ///< the issue's warnings (bytes replaced, no document found)
};

/// Searches the input PATH, loaded with OPTIONS (safe on any thread; never throws).
Searched SearchInput(const SearchCommand& c, const std::string& path, const PipelineOptions& options) {
  Searched out;
  auto loaded = LoadIssueWithText(path, options);
  if (!loaded.ok()) {
    out.errors.push_back(loaded.error().message);
    return out;
  }
  out.errors = loaded->issue.failures;
  out.warnings = IssueWarnings(loaded->issue);
  out.hits = SearchIssue(loaded->issue, loaded->text.lines, c.text, c.context);
  return out;
}

int Run(const SearchCommand& c) {
  if (!c.db.empty()) return RunIndexSearch(c);
  if (!HasInput("search", c.paths, c.db)) return kUsage;
  if (SearchKey(c.text).empty()) {
    PrintError("search: nothing to search for (the text is empty once spaces are removed)");
    return kUsage;
  }
  std::vector<Error> errors;
  std::vector<std::string> inputs = ExpandInputs(c.paths, &errors);
  int status = kOk;
  for (const auto& e : errors) PrintError(e.message), status = kInputError;
  std::atomic<bool> enough = false;  // --limit reached: the inputs after it are not read
  // Hits need documents and articles only; ids as every command names them (NamingApart).
  const PipelineOptions options = NamingApart(Extracting(kArticles), inputs);
  int code = WithOutput("", [&](std::ostream& os) {
    RecordWriter writer(os, RecordFormat::kJson, SearchRecordKeys());
    int written = 0;
    Progress progress(inputs, !c.run.quiet);
    MapInOrder<Searched>(
        inputs, c.run.jobs, [&](const std::string& path) { return enough ? Searched{} : SearchInput(c, path, options); },
        [&](const std::string& path, Searched& found) {
          progress.Done(path);
          if (c.limit > 0 && written >= c.limit) return;
          if (!found.errors.empty() || !found.warnings.empty()) progress.Clear();
          for (const auto& w : found.warnings) PrintError(w);
          for (const auto& e : found.errors) PrintError(e), status = kInputError;
          for (const auto& hit : found.hits) {
            if (c.limit > 0 && written++ >= c.limit) break;
            if (c.format == "json") writer.Write(SearchRecord(hit));
            else PrintHit(os, hit);
          }
          if (c.limit > 0 && written >= c.limit) enough = true;
        });
    progress.Clear();
    return int(kOk);
  });
  return Worst(status, code);
}

}  // namespace

void RegisterSearch(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<SearchCommand>(app, run,
      "search", "Find TEXT in issues, ignoring width, OCR spacing, bracket variants and ASCII case; prints "
                "docno, article eId, file:line and the hit in context (tab-separated, - when none)");
  cmd->add_option("text", c->text, "Text to find")->required();
  auto* paths = cmd->add_option("paths", c->paths, "Issue files, directories of *.txt, or - for stdin");
  cmd->add_option("--db", c->db, "Search the corpus index FILE built by `gazette index` instead (no PATH): "
                                "lines ranked by bm25, AND/OR between terms, \"quoted\" phrases; JSON adds score; -j and -q do not apply")
      ->excludes(paths)
      ->check(NonEmptyPath());
  cmd->add_option("--limit", c->limit, "Print at most N hits, N >= 1 (default: all)")->check(CLI::Range(1, std::numeric_limits<int>::max()));
  cmd->add_option("--format", c->format, "text (default) or json (JSON Lines: source, line, docno, document, "
                                        "article, match, context)")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--context", c->context, "Characters of context either side (default 20)")
      ->check(CLI::Range(0, 1000));
  AddRunOptions(cmd, c->run);
}

}  // namespace gazette::cli
