// gazette xml: DIR/<issue>.xml per issue and DIR/corpus.xml (exports/gazette.xsd), or Akoma
// Ntoso 3.0 with --flavor akn.
#include <algorithm>

#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/akn.hpp"
#include "export/xml.hpp"
#include "export/xml_stream.hpp"
#include "model/light.hpp"
#include "util/replaced_files.hpp"

namespace gazette::cli {

namespace {

struct XmlCommand {
  std::vector<std::string> paths;
  std::string dir;
  std::string flavor = "gazette";
  std::string as_of;
  bool no_body = false;
  RunOptions run;
};

/// The exit status when no input was read (nothing is written then): the reading's own, or
/// kInputError when it found nothing wrong (no input at all).
int NothingRead(int status) { return status == kOk ? int(kInputError) : status; }

/// The gazette export in one pass and flat memory: each issue is written as it is read, its
/// standings and resolved references filled in once the corpus is read (XmlExportStream). Each
/// issue is printed on the thread that loaded it (Prepare), and spooled in input order (Add).
int StreamXml(const XmlCommand& c, const std::string& as_of) {
  XmlExportStream out(c.dir, as_of, {.body = !c.no_body}, c.run.jobs);
  Status written;
  size_t read = 0;
  int status = ForEachIssue<PreparedIssueXml>(
      {c.paths, "", c.run}, [&](Issue& issue) { return out.Prepare(issue); },
      [&](Issue& issue, PreparedIssueXml& prepared) {
        ++read;
        if (written.ok()) written = out.Add(issue, prepared);
      });
  if (read == 0) return NothingRead(status);
  if (written.ok()) written = out.Finish();
  return Worst(status, OutputStatus(written));
}

/// Akoma Ntoso with every issue in memory: for input from stdin, which cannot be read twice.
int AknInMemory(const XmlCommand& c, const std::string& as_of) {
  std::vector<Issue> issues;
  int status = ForEachIssue(c.paths, c.run, [&](Issue& issue) { issues.push_back(std::move(issue)); });
  if (issues.empty()) return NothingRead(status);
  return Worst(status, OutputStatus(WriteAknExport(issues, c.dir, as_of)));
}

/// Akoma Ntoso in flat memory: a document's standing needs every issue, so the inputs are read
/// twice, first into the corpus's light records, then each issue written as it is read again
/// (every issue in memory at once was 889 MB over the 100 MB bench corpus). An input that fails
/// the second time only (changed in between) is reported then; the others are still written.
int StreamAkn(const XmlCommand& c, const std::string& as_of) {
  if (std::find(c.paths.begin(), c.paths.end(), "-") != c.paths.end()) return AknInMemory(c, as_of);
  IssueLoop loop(c.paths, c.run);
  CorpusStatus corpus(as_of);
  std::vector<std::string> read;
  // Named once, from every input: the second pass, over those read, names them as the first did.
  const PipelineOptions named = NamingApart({}, loop.inputs());
  LoadInOrder(loop.inputs(), c.run.jobs, named, [&](const std::string& path, Result<Issue>& issue) {
    if (!loop.Take(path, issue)) return;
    DropCitationClauses(issue.value());  // read again to be written: the corpus keeps the events' only
    corpus.Add(issue.value());
    read.push_back(path);
  });
  int status = loop.Finish();
  if (read.empty()) return NothingRead(status);
  Status written;
  ReplacedFiles replaced;  // the export's files before, freed beside the writing
  LoadInOrder(read, c.run.jobs, named, [&](const std::string&, Result<Issue>& issue) {
    if (!written.ok()) return;
    if (issue.ok()) {
      written = WriteAknIssue(issue.value(), c.dir, corpus, &replaced);
    } else {
      PrintError(issue.error().message);
      status = kInputError;
    }
  });
  if (written.ok()) written = WriteAknCited(corpus, c.dir, &replaced);
  replaced.Wait();
  return Worst(status, OutputStatus(written));
}

int Run(const XmlCommand& c) {
  std::string as_of = AsOfOrToday(c.as_of);
  if (c.flavor == "gazette") return StreamXml(c, as_of);
  return StreamAkn(c, as_of);
}

}  // namespace

void RegisterXml(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<XmlCommand>(app, run,
      "xml", "Export DIR/<issue>.xml per issue and DIR/corpus.xml (schema: exports/gazette.xsd), "
             "or Akoma Ntoso 3.0 files (--flavor akn: DIR/<issue>/<document>.xml)");
  cmd->add_option("paths", c->paths, "Issue files, directories of *.txt, or - for stdin")->required();
  AddRunOptions(cmd, c->run);
  cmd->add_option("-o,--output", c->dir, "Directory to write (created if missing)")->required();
  cmd->add_option("--flavor", c->flavor, "gazette (default: the documented schema) or akn (Akoma Ntoso 3.0)")
      ->check(CLI::IsMember({"gazette", "akn"}));
  AddAsOfOption(cmd, c->as_of, "Date (YYYY-MM-DD) the statuses are computed for; default today");
  cmd->add_flag("--no-body", c->no_body, "Leave out the documents' body lines (<body>)");
}

}  // namespace gazette::cli
