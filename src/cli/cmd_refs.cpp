// gazette refs: every citation of another document, with its relation, resolved across inputs.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/index_options.hpp"
#include "export/flat_records.hpp"
#include "pipeline/records_in_order.hpp"
#include "store/reader.hpp"
#include "util/text.hpp"
#include "xref/corpus.hpp"

namespace gazette::cli {
namespace {

struct RefsCommand {
  InputOptions input;
  std::string format = "tsv";
  std::string type;  ///< --type: only this relation
  std::string db;    ///< read from this index instead of PATH...
  std::string doc;   ///< --doc: only references made by or pointing at this document
};

/// Writes the references of the index C.db; returns kInputError when it cannot be read.
int FromIndex(const RefsCommand& c, RecordWriter& writer) {
  Status s = store::ReferencesFromIndex(c.db, c.type, c.doc,
                                        [&](const CorpusReference& r) { writer.Write(ReferenceRecord(r)); });
  if (!s.ok()) PrintError(s.message());
  return s.ok() ? kOk : kInputError;
}

/// Reads the inputs and writes their references; returns what ForEachIssue returned.
int FromInputs(const RefsCommand& c, RecordWriter& writer) {
  Corpus corpus;
  int status = ForEachIssue(c.input, [&](Issue& issue) { corpus.AddIssue(issue); },
                            Extracting(kReferences | kDeadlines));
  const CorpusDocument* named = c.doc.empty() ? nullptr : corpus.Find(c.doc);
  if (!c.doc.empty() && !named) {  // neither printed nor cited: an empty answer would read "nothing cites it"
    if (auto ids = corpus.IdsTitled(c.doc); ids.size() > 1) {
      PrintError("refs: '" + c.doc + "' is the title of " + std::to_string(ids.size()) + " documents in the inputs (" +
                 Join(ids, ", ") + "): give the 文号 or id of one");
      return Worst(status, kUsage);
    }
    PrintError("refs: no document " + c.doc + " in the inputs, printed or cited");
    return Worst(status, kInputError);
  }
  std::string id = named ? named->id : Trim(c.doc);
  const auto& refs = corpus.references();  // resolved here, before the jobs read them
  WriteRecordsInOrder(writer, refs.size(), c.input.run.jobs, [&](size_t i, Record& record) {
    const CorpusReference& r = refs[i];
    if (!c.type.empty() && ToString(r.type) != c.type) return false;
    if (!id.empty() && r.from != id && r.target_id != id) return false;
    record = ReferenceRecord(r);
    return true;
  });
  return status;
}

int Run(const RefsCommand& c) {
  if (!HasInput("refs", c.input.paths, c.db)) return kUsage;
  RecordFormat f = RecordFormat::kTsv;
  ParseRecordFormat(c.format, &f);
  int status = kOk;
  int written = WithOutput(c.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, f, ReferenceRecordKeys());
    status = Ended(writer, c.db.empty() ? FromInputs(c, writer) : FromIndex(c, writer));
    return int(kOk);
  });
  return Worst(status, written);
}

}  // namespace

void RegisterRefs(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<RefsCommand>(app, run,
      "refs",
      "A record per citation of another document: source, from (文号 of the citing document), type "
      "(repeals|amends|revises|supplements|replaces|extends|suspends|resumes|implements|cites), to (normalized 文号 printed, "
      "empty if none), title (cited title), resolved (true when the cited document is in the inputs), text "
      "(the sentence), line");
  AddInputOptions(cmd, c->input);
  AddDbOption(cmd, c->db);
  cmd->add_option("--doc", c->doc, "Only references made by or pointing at this document (文号, id or title)");
  cmd->add_option("--format", c->format, "tsv (default) or json (JSON Lines)")->check(CLI::IsMember({"tsv", "json"}));
  cmd->add_option("--type", c->type, "Only references of this relation")
      ->check(CLI::IsMember(AllSpellings<Relation>()));
}

}  // namespace gazette::cli
