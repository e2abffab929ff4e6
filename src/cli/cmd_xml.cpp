// gazette xml: DIR/<issue>.xml per issue and DIR/corpus.xml (exports/gazette.xsd), or Akoma
// Ntoso 3.0 with --flavor akn.
#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/akn.hpp"
#include "export/xml.hpp"
#include "export/xml_stream.hpp"

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
  if (read == 0) return status == kOk ? int(kInputError) : status;  // nothing read: write nothing
  if (written.ok()) written = out.Finish();
  return Worst(status, OutputStatus(written));
}

int Run(const XmlCommand& c) {
  std::string as_of = AsOfOrToday(c.as_of);
  if (c.flavor == "gazette") return StreamXml(c, as_of);
  std::vector<Issue> issues;  // Akoma Ntoso: every issue in memory
  int status = ForEachIssue(c.paths, c.run, [&](Issue& issue) { issues.push_back(std::move(issue)); });
  if (issues.empty()) return status == kOk ? int(kInputError) : status;  // nothing read: write nothing
  return Worst(status, OutputStatus(WriteAknExport(issues, c.dir, as_of)));
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
