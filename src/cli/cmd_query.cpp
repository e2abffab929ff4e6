// gazette query: XPath 1.0 over the corpus XML (an export directory, an XML file, or issues
// turned into the corpus XML on the fly); one match a line, or JSON Lines.

#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/query.hpp"
#include "export/records.hpp"
#include "export/xml.hpp"
#include "util/text.hpp"

namespace gazette::cli {

namespace {

struct QueryCommand {
  std::string xpath;
  std::vector<std::string> paths;
  std::string format = "text";
  std::string as_of;
  RunOptions run;
};

/// Loads the corpus XML from an export directory / XML file, or builds it from text inputs.
int LoadCorpus(const QueryCommand& c, pugi::xml_document& doc) {
  size_t xml_inputs = 0;
  for (const auto& p : c.paths) xml_inputs += IsXmlInput(p) ? 1 : 0;
  if (xml_inputs > 0) {
    if (c.paths.size() != 1) {
      PrintError("query: give one export directory or XML file, or only issue texts");
      return kUsage;
    }
    Status s = LoadXml(c.paths[0], doc);
    if (!s.ok()) PrintError(s.message());
    return s.ok() ? kOk : kInputError;
  }
  std::vector<Issue> issues;
  int status = ForEachIssue(c.paths, c.run, [&](Issue& issue) { issues.push_back(std::move(issue)); });
  CorpusStatus corpus(issues, AsOfOrToday(c.as_of));
  BuildCorpusXml(issues, corpus, doc);
  return status;
}

int Run(const QueryCommand& c) {
  Status valid = CheckXPath(c.xpath);
  if (!valid.ok()) {
    PrintError("query: " + valid.message());
    return kUsage;
  }
  pugi::xml_document doc;
  int status = LoadCorpus(c, doc);
  if (status == kUsage) return status;
  auto matches = RunQuery(doc, c.xpath);
  if (!matches.ok()) {
    PrintError("query: " + matches.error().message);
    return kUsage;
  }
  int written = WithOutput("", [&](std::ostream& os) {
    RecordWriter writer(os, RecordFormat::kJson, QueryRecordKeys());
    for (const auto& m : matches.value()) {
      if (c.format == "json") {
        writer.Write(QueryRecord(m));
      } else {
        os << ReplaceAll(ReplaceAll(m.value, "\r", " "), "\n", " ") << "\n";
      }
    }
    return int(kOk);
  });
  return Worst(status, written);
}

}  // namespace

void RegisterQuery(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<QueryCommand>(app, run, "query",
                                            "Run an XPath 1.0 expression over the corpus XML and print each match "
                                            "(element text or attribute value) one per line");
  cmd->add_option("xpath", c->xpath, "XPath 1.0 expression, e.g. \"//document[status/@value='repealed']/@id\"")
      ->required();
  cmd->add_option("paths", c->paths, "An export directory (holding corpus.xml), an XML file, or issue texts")
      ->required();
  AddRunOptions(cmd, c->run);
  cmd->add_option("--format", c->format, "text (default: one value a line) or json (JSON Lines: value, node, name, "
                                        "document, source, line)")
      ->check(CLI::IsMember({"text", "json"}));
  AddAsOfOption(cmd, c->as_of, "Date (YYYY-MM-DD) statuses are computed for when built from texts; default today");
}

}  // namespace gazette::cli
