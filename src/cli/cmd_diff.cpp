// gazette diff: what changed between two versions of a catalog or a regulation (src/diff), as
// text, JSON Lines or the 新旧对照表 workbook.
#include <iostream>
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

struct DiffCommandOptions {
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
int LoadNamed(const DiffCommandOptions& o, std::optional<KeptDocument>* old_doc,
              std::optional<KeptDocument>* new_doc) {
  return ForEachIssue(o.input.paths, [&](Issue& issue) {
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
int LoadAll(const DiffCommandOptions& o, Corpus& corpus, std::map<std::string, KeptDocument>& docs) {
  return ForEachIssue(o.input.paths, [&](Issue& issue) {
    corpus.AddIssue(issue);
    for (auto& d : issue.documents) {
      std::string id = d.id;  // read before Keep moves the document
      docs.emplace(id, Keep(d, issue.source));
    }
  }, Extracting(kArticles | kTables | kReferences));
}

int Write(const DiffCommandOptions& o, const std::vector<diff::DocumentDiff>& diffs) {
  if (o.format == "xlsx") {
    Status s = WriteDiffWorkbook(diffs, o.input.output);
    if (!s.ok()) PrintError(s.message());
    return s.ok() ? int(kOk) : int(kOutputError);
  }
  return WithOutput(o.input.output, [&](std::ostream& out) {
    for (size_t i = 0; i < diffs.size(); ++i) {
      if (o.format == "json") {
        for (const auto& r : DiffRecords(diffs[i])) out << r.dump() << "\n";
      } else {
        if (i) out << "\n";
        WriteDiffText(out, diffs[i]);
      }
    }
    return int(kOk);
  });
}

int RunPair(const DiffCommandOptions& o) {
  std::optional<KeptDocument> old_doc, new_doc;
  int code = LoadNamed(o, &old_doc, &new_doc);
  for (const auto& [wanted, found] : {std::pair{&o.old_doc, &old_doc}, std::pair{&o.new_doc, &new_doc}})
    if (!*found) {
      PrintError("diff: no document " + *wanted + " in the inputs");
      return int(kInputError);
    }
  std::vector<diff::DocumentDiff> diffs = {
      diff::DiffDocuments({old_doc->doc, old_doc->source}, {new_doc->doc, new_doc->source}, o.what)};
  int out = Write(o, diffs);
  return out != kOk ? out : code;
}

int RunSuperseded(const DiffCommandOptions& o) {
  Corpus corpus;
  std::map<std::string, KeptDocument> docs;
  int code = LoadAll(o, corpus, docs);
  std::vector<diff::DocumentDiff> diffs;
  for (const auto& pair : diff::SupersededPairs(corpus)) {
    auto older = docs.find(pair.old_id), newer = docs.find(pair.new_id);
    if (older == docs.end() || newer == docs.end()) continue;
    diffs.push_back(diff::DiffDocuments({older->second.doc, older->second.source},
                                        {newer->second.doc, newer->second.source}, o.what));
  }
  if (diffs.empty()) std::cerr << "gazette: diff: no document of the inputs repeals or replaces another of them\n";
  int out = Write(o, diffs);
  return out != kOk ? out : code;
}

}  // namespace

void RegisterDiff(CLI::App& app, Runner& run) {
  static DiffCommandOptions o;
  auto* cmd = app.add_subcommand(
      "diff",
      "What changed between two versions of a catalog or a regulation. Catalog rows are matched one to one "
      "(same normalized name, then a shared acronym such as CFA, then similarity of name and issuer; optimal "
      "assignment): kept, changed (with the fields that differ), added, removed. Articles and chapters are "
      "aligned by text similarity with their order kept: same, renumbered, changed (with a character diff), "
      "added, removed. JSON Lines keys: old_doc, new_doc, unit, change, old, new, fields, similarity, diff.");
  AddInputOptions(cmd, o.input);
  cmd->add_option("--old", o.old_doc, "The older document: a 文号 in any printed form, or a document id");
  cmd->add_option("--new", o.new_doc, "The newer document: a 文号 in any printed form, or a document id");
  cmd->add_flag("--superseded", o.superseded,
                "Compare every document with each older one in the inputs it repeals, replaces or revises");
  cmd->add_option("--what", o.what, "tables or articles (default: tables when both documents have catalog "
                                    "rows, else articles)")
      ->check(CLI::IsMember({"tables", "articles"}));
  cmd->add_option("--format", o.format, "text (default), json (JSON Lines) or xlsx (the 新旧对照表, needs -o)")
      ->check(CLI::IsMember({"text", "json", "xlsx"}));
  cmd->callback([&run] {
    run = [] {
      bool pair = !o.old_doc.empty() && !o.new_doc.empty(), neither = o.old_doc.empty() && o.new_doc.empty();
      if (o.superseded ? !neither : !pair) {
        PrintError("diff: give either --old DOC and --new DOC, or --superseded");
        return int(kUsage);
      }
      if (o.format == "xlsx" && (o.input.output.empty() || o.input.output == "-")) {
        PrintError("diff: --format xlsx needs -o FILE.xlsx");
        return int(kUsage);
      }
      return o.superseded ? RunSuperseded(o) : RunPair(o);
    };
  });
}

}  // namespace gazette::cli
