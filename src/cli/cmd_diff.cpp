// gazette diff: what changed between two versions of a catalog or a regulation (src/diff), as
// text, JSON Lines or the 新旧对照表 workbook.
#include <map>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "diff/diff.hpp"
#include "diff/superseded.hpp"
#include "export/diff_records.hpp"
#include "export/diff_xlsx.hpp"
#include "segment/docno.hpp"
#include "xref/corpus.hpp"

namespace gazette::cli {
namespace {

struct DiffCommand {
  InputOptions input;
  std::string old_doc, new_doc;
  bool superseded = false;
  std::string what;
  std::string format = "text";
};

/// A document kept from its issue (body lines dropped: the extractors are done with them).
struct KeptDocument {
  Document doc;
  std::string source;
};

KeptDocument Keep(Document& d, const std::string& source) {
  d.body.clear();
  return {std::move(d), source};
}

/// Loads the inputs once, keeping the documents --old and --new name (the first printing of each).
int LoadNamed(const DiffCommand& o, std::optional<KeptDocument>* old_doc,
              std::optional<KeptDocument>* new_doc) {
  return ForEachIssue(o.input, [&](Issue& issue) {
    for (auto& d : issue.documents) {
      bool is_old = !*old_doc && NamesDocument(o.old_doc, d);
      bool is_new = !*new_doc && NamesDocument(o.new_doc, d);
      if (is_old && is_new) {
        *old_doc = KeptDocument{d, issue.source};
        *new_doc = Keep(d, issue.source);
      } else if (is_old) {
        *old_doc = Keep(d, issue.source);
      } else if (is_new) {
        *new_doc = Keep(d, issue.source);
      }
    }
  }, Extracting(kArticles | kTables));
}

/// Loads the inputs once into CORPUS, keeping every document (for the pairs found afterwards).
int LoadAll(const DiffCommand& o, Corpus& corpus, std::map<std::string, KeptDocument>& docs) {
  return ForEachIssue(o.input, [&](Issue& issue) {
    corpus.AddIssue(issue);
    for (auto& d : issue.documents) {
      std::string id = d.id;  // read before Keep moves the document
      docs.emplace(id, Keep(d, issue.source));
    }
  }, Extracting(kArticles | kTables | kReferences));
}

int Write(const DiffCommand& o, const std::vector<diff::DocumentDiff>& diffs) {
  if (o.format == "xlsx") return OutputStatus(WriteDiffWorkbook(diffs, o.input.output));
  return WithOutput(o.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, RecordFormat::kJson, DiffRecordKeys());
    for (size_t i = 0; i < diffs.size(); ++i) {
      if (o.format == "json") {
        for (const auto& r : DiffRecords(diffs[i])) writer.Write(r);
      } else {
        if (i) out << "\n";
        WriteDiffText(out, diffs[i]);
      }
    }
    return int(kOk);
  });
}

int RunPair(const DiffCommand& o) {
  std::optional<KeptDocument> old_doc, new_doc;
  int code = LoadNamed(o, &old_doc, &new_doc);
  for (const auto& [wanted, found] : {std::pair{&o.old_doc, &old_doc}, std::pair{&o.new_doc, &new_doc}})
    if (!*found) {
      PrintError("diff: no document " + *wanted + " in the inputs");
      return int(kInputError);
    }
  std::vector<diff::DocumentDiff> diffs = {
      diff::DiffDocuments({old_doc->doc, old_doc->source}, {new_doc->doc, new_doc->source},
                          Parse<diff::Compared>(o.what))};
  return Worst(code, Write(o, diffs));
}

int RunSuperseded(const DiffCommand& o) {
  Corpus corpus;
  std::map<std::string, KeptDocument> docs;
  int code = LoadAll(o, corpus, docs);
  std::vector<diff::DocumentDiff> diffs;
  for (const auto& pair : diff::SupersededPairs(corpus)) {
    auto older = docs.find(pair.old_id), newer = docs.find(pair.new_id);
    if (older == docs.end() || newer == docs.end()) continue;
    diffs.push_back(diff::DiffDocuments({older->second.doc, older->second.source},
                                        {newer->second.doc, newer->second.source},
                                        Parse<diff::Compared>(o.what)));
  }
  if (diffs.empty()) PrintError("diff: no document of the inputs repeals or replaces another of them");
  return Worst(code, Write(o, diffs));
}

int Run(const DiffCommand& o) {
  bool pair = !o.old_doc.empty() && !o.new_doc.empty(), neither = o.old_doc.empty() && o.new_doc.empty();
  if (o.superseded ? !neither : !pair) {
    PrintError("diff: give either --old DOC and --new DOC, or --superseded");
    return kUsage;
  }
  if (o.format == "xlsx" && !HasXlsxOutput("diff", o.input.output)) return kUsage;
  return o.superseded ? RunSuperseded(o) : RunPair(o);
}

}  // namespace

void RegisterDiff(CLI::App& app, Runner& run) {
  auto [cmd, c] = AddCommand<DiffCommand>(app, run,
      "diff",
      "What changed between two versions of a catalog or a regulation. Catalog rows are matched one to one "
      "(same normalized name, then a shared acronym such as CFA, then similarity of name and issuer; optimal "
      "assignment): kept, changed (with the fields that differ), added, removed. Articles and chapters are "
      "aligned by text similarity with their order kept: same, renumbered, changed (with a character diff), "
      "added, removed. JSON Lines keys: old_doc, new_doc, unit, change, old, new, fields, similarity, diff.");
  AddInputOptions(cmd, c->input);
  cmd->add_option("--old", c->old_doc, "The older document: a 文号 in any printed form, or a document id");
  cmd->add_option("--new", c->new_doc, "The newer document: a 文号 in any printed form, or a document id");
  cmd->add_flag("--superseded", c->superseded,
                "Compare every document with each older one in the inputs it repeals, replaces or revises");
  cmd->add_option("--what", c->what, "tables or articles (default: tables when both documents have catalog "
                                     "rows, else articles)")
      ->check(CLI::IsMember(AllSpellings<diff::Compared>()));
  cmd->add_option("--format", c->format, "text (default), json (JSON Lines) or xlsx (the 新旧对照表, needs -o)")
      ->check(CLI::IsMember({"text", "json", "xlsx"}));
}

}  // namespace gazette::cli
