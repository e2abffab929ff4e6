// gazette query: XPath 1.0 over the corpus XML (an export directory, an XML file, or issues
// turned into the corpus XML on the fly); one match a line, or JSON Lines. The XML is read as
// a stream, part by part where the expression allows (export/query_stream).

#include <cerrno>
#include <cstdio>
#include <memory>

#include "cli/as_of.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "export/query.hpp"
#include "export/query_stream.hpp"
#include "export/records.hpp"
#include "export/xml_stream.hpp"
#include "util/allocator.hpp"
#include "util/forward_buf.hpp"
#include "util/temporary_file.hpp"
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

/// Writes the corpus XML of the issue texts to XML (XmlExportStream, its spool in DIR); returns
/// the reading's exit status, WRITTEN the writing's.
int WriteCorpusXml(const QueryCommand& c, const std::string& dir, std::FILE* xml, Status& written) {
  XmlExportStream corpus(dir, AsOfOrToday(c.as_of), {}, c.run.jobs);
  int status = ForEachIssue<PreparedIssueXml>(
      {c.paths, "", c.run}, [&](Issue& issue) { return corpus.Prepare(issue); },
      [&](Issue& issue, PreparedIssueXml& prepared) {
        if (written.ok()) written = corpus.Add(issue, prepared);
      });
  FunctionBuf into_file(
      [&](std::string_view bytes) { return std::fwrite(bytes.data(), 1, bytes.size(), xml) == bytes.size(); });
  std::ostream out(&into_file);
  if (written.ok()) written = corpus.FinishCorpus(out);
  out.flush();
  if (written.ok() && (!out || std::fflush(xml) != 0)) {
    written = SystemError(dir + ": temporary file", "write failed", errno);
  }
  return status;
}

/// Builds the corpus XML from the issue texts into a temporary file, then queries it once the
/// corpus that wrote it is freed: the two never hold memory at once.
int QueryTexts(const QueryCommand& c, const MatchSink& emit) {
  const std::string dir = TemporaryDirectory();
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> xml(UnlinkedFileIn(dir), &std::fclose);
  if (!xml) return OutputStatus(SystemError(dir, "cannot create a temporary file", errno));
  Status written;
  int status = WriteCorpusXml(c, dir, xml.get(), written);
  if (!written.ok()) return Worst(status, OutputStatus(written));
  ReleaseFreeMemory();  // the reading's: the corpus XML's parts are parsed in its place
  std::rewind(xml.get());
  Status queried = QueryXmlStream(xml.get(), "corpus XML", c.xpath, emit,
                                  [](const std::string& note) { PrintError("query: " + note); });
  if (!queried.ok()) {
    PrintError("query: " + queried.message());
    return kInputError;
  }
  return status;
}

/// Queries an export directory's corpus.xml, an XML file, or XML on standard input ("-").
int QueryFile(const QueryCommand& c, const MatchSink& emit) {
  Status s = c.paths[0] == "-" ? QueryXmlStream(stdin, "-", c.xpath, emit, PrintError)
                               : QueryXmlFile(c.paths[0], c.xpath, emit, PrintError);
  if (!s.ok()) PrintError(s.message());
  return s.ok() ? kOk : kInputError;
}

int Run(const QueryCommand& c) {
  Status valid = CheckXPath(c.xpath);
  if (!valid.ok()) {
    PrintError("query: " + valid.message());
    return kUsage;
  }
  size_t xml_inputs = 0;
  for (const auto& p : c.paths) xml_inputs += IsXmlInput(p) ? 1 : 0;
  if (c.paths == std::vector<std::string>{"-"} && StdinHoldsXml()) xml_inputs = 1;  // else issue text
  if (xml_inputs > 0 && c.paths.size() != 1) {
    PrintError("query: give one export directory or XML file, or only issue texts");
    return kUsage;
  }
  return WithOutput("", [&](std::ostream& os) {
    RecordWriter writer(os, RecordFormat::kJson, QueryRecordKeys());
    MatchSink emit = [&](const QueryMatch& m) {
      if (c.format == "json") {
        writer.Write(QueryRecord(m));
      } else {
        os << ReplaceAll(ReplaceAll(m.value, "\r", " "), "\n", " ") << "\n";
      }
    };
    return xml_inputs > 0 ? QueryFile(c, emit) : QueryTexts(c, emit);
  });
}

}  // namespace

void RegisterQuery(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<QueryCommand>(app, run, "query",
                                            "Run an XPath 1.0 expression over the corpus XML and print each match "
                                            "(element text or attribute value) one per line; the XML is read one "
                                            "issue at a time (twice for a join or last() across issues) unless "
                                            "the expression needs the whole document (a note on stderr says so "
                                            "when it is a file of 64 MB or more)");
  cmd->add_option("xpath", c->xpath, "XPath 1.0 expression, e.g. \"//document[status/@value='repealed']/@id\"")
      ->required();
  cmd->add_option("paths", c->paths, "An export directory (holding corpus.xml), an XML file, issue texts, or - "
                                      "(standard input: XML when its first byte is '<', else an issue's text)")
      ->required();
  AddRunOptions(cmd, c->run);
  cmd->add_option("--format", c->format, "text (default: one value a line) or json (JSON Lines: value, node, name, "
                                        "document, source, line)")
      ->check(CLI::IsMember({"text", "json"}));
  AddAsOfOption(cmd, c->as_of, "Date (YYYY-MM-DD) statuses are computed for when built from texts; default today");
}

}  // namespace gazette::cli
