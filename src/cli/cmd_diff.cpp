// gazette diff: what changed between two versions of a catalog or a regulation (src/diff), as
// text, JSON Lines or the 新旧对照表 workbook.
#include <algorithm>
#include <functional>
#include <optional>
#include <map>
#include <memory>
#include <set>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "diff/diff.hpp"
#include "diff/superseded.hpp"
#include "export/diff_records.hpp"
#include "export/diff_xlsx.hpp"
#include "io/reader.hpp"
#include "util/allocator.hpp"
#include "pipeline/parallel.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"
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
  std::vector<TextLine>().swap(d.body);  // its room too, not only its lines
  return {std::move(d), source};
}

/// The ids of the documents a title names, where --old or --new names documents by title.
struct Titled {
  std::vector<std::string> old_ids, new_ids;
};

/// True when WANTED names D: by 文号 or id, else by title (WANTED_KEYS, its TypedTitleKeys; D's id
/// then goes into *TITLED, once).
bool Names(const std::string& wanted, const std::vector<std::string>& wanted_keys, const Document& d,
           std::vector<std::string>* titled) {
  if (NamesDocument(wanted, d)) return true;
  if (!TitleNames(wanted_keys, d)) return false;
  if (std::find(titled->begin(), titled->end(), d.id) == titled->end()) titled->push_back(d.id);
  return true;
}

/// Loads the inputs once, keeping the documents --old and --new name (the first printing of each);
/// *TITLED gets every document a title names.
int LoadNamed(const DiffCommand& o, std::optional<KeptDocument>* old_doc,
              std::optional<KeptDocument>* new_doc, Titled* titled) {
  const std::vector<std::string> old_keys = TypedTitleKeys(o.old_doc), new_keys = TypedTitleKeys(o.new_doc);
  return ForEachIssue(o.input, [&](Issue& issue) {
    for (auto& d : issue.documents) {
      bool is_old = Names(o.old_doc, old_keys, d, &titled->old_ids) && !*old_doc;
      bool is_new = Names(o.new_doc, new_keys, d, &titled->new_ids) && !*new_doc;
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

/// The superseded pairs of the inputs, from their corpus (gone when this returns: it is not
/// needed once the pairs are known). Standard input cannot be read twice: when it is among the
/// inputs, every document is kept into ONCE, in input order. Returns what ForEachIssue returned.
int ReadPairs(const DiffCommand& o, std::vector<diff::SupersededPair>& pairs, std::vector<KeptDocument>* once) {
  Corpus corpus;
  int code = ForEachIssue(o.input, [&](Issue& issue) {
    // The citations that pair no documents are most of them: not kept.
    corpus.AddIssue(issue, [](const Reference& r) { return diff::MakesPair(r.type); });
    if (once)
      for (auto& d : issue.documents) once->push_back(Keep(d, issue.source));
  }, Extracting(kReferences | (once ? unsigned(kArticles | kTables) : 0u)));
  pairs = diff::SupersededPairs(corpus);
  return code;
}

/// What a run writes: FEED calls the Emit it is given with each diff, in order.
using DiffFeed = std::function<void(const diff::PairedDiffs::Emit&)>;

/// Writes the diffs FEED makes: each as it is made as text or JSON Lines; all together into the
/// workbook. Sets *MADE to how many.
int Write(const DiffCommand& o, const DiffFeed& feed, size_t* made) {
  *made = 0;
  if (o.format == "xlsx") {
    std::vector<diff::DocumentDiff> diffs;
    feed([&](const diff::DocumentDiff& d) { diffs.push_back(d); });
    *made = diffs.size();
    return OutputStatus(WriteDiffWorkbook(diffs, o.input.output));
  }
  return WithOutput(o.input.output, [&](std::ostream& out) {
    RecordWriter writer(out, RecordFormat::kJson, DiffRecordKeys());
    feed([&](const diff::DocumentDiff& d) {
      if (o.format == "json") {
        for (const auto& r : DiffRecords(d)) writer.Write(r);
      } else {
        if (*made) out << "\n";
        WriteDiffText(out, d);
      }
      ++*made;
    });
    return int(kOk);
  });
}

int RunPair(const DiffCommand& o) {
  std::optional<KeptDocument> old_doc, new_doc;
  Titled titled;
  int code = LoadNamed(o, &old_doc, &new_doc, &titled);
  for (const auto& [wanted, ids] : {std::pair{&o.old_doc, &titled.old_ids}, std::pair{&o.new_doc, &titled.new_ids}})
    if (ids->size() > 1) {  // a title an old and a new version share (a regulation revised keeps it)
      PrintError("diff: '" + *wanted + "' is the title of " + std::to_string(ids->size()) + " documents in the inputs (" +
                 Join(*ids, ", ") + "): give the 文号 or id of one");
      return int(kUsage);
    }
  for (const auto& [wanted, found] : {std::pair{&o.old_doc, &old_doc}, std::pair{&o.new_doc, &new_doc}})
    if (!*found) {
      PrintError("diff: no document " + *wanted + " in the inputs");
      return int(kInputError);
    }
  if (old_doc->doc.id == new_doc->doc.id && old_doc->source == new_doc->source) {  // nothing would differ
    PrintError("diff: '" + o.old_doc + "' and '" + o.new_doc + "' name the same document (" + old_doc->doc.id +
               "): give the 文号 or id of the other version");
    return int(kUsage);
  }
  size_t made = 0;
  return Worst(code, Write(o, [&](const diff::PairedDiffs::Emit& emit) {
    emit(diff::DiffDocuments({old_doc->doc, old_doc->source}, {new_doc->doc, new_doc->source},
                             Parse<diff::Compared>(o.what)));
  }, &made));
}

/// The inputs are read twice: for the corpus's light records (the pairs), then for the paired
/// documents alone, with their articles and tables, each diff written as soon as both its
/// documents have come (keeping every document and the corpus held 467 MB over the 100 MB bench
/// corpus). Only the first reading reports errors and progress.
int RunSuperseded(const DiffCommand& o) {
  const auto& paths = o.input.paths;
  const bool from_stdin = std::find(paths.begin(), paths.end(), "-") != paths.end();
  std::vector<diff::SupersededPair> pairs;
  std::vector<KeptDocument> kept;  // standard input's documents
  int code = ReadPairs(o, pairs, from_stdin ? &kept : nullptr);
  ReleaseFreeMemory();  // the corpus's: the paired documents come in its place
  diff::PairedDiffs diffs(std::move(pairs), Parse<diff::Compared>(o.what), o.input.run.jobs);
  size_t made = 0;
  int written = Write(o, [&](const diff::PairedDiffs::Emit& emit) {
    if (from_stdin) {
      for (auto& k : kept) diffs.Add(k.doc, k.source, emit);
    } else if (auto wanted = std::make_shared<const std::set<std::string>>(diffs.Wanted()); !wanted->empty()) {
      std::vector<Error> said;  // the first reading said it
      PipelineOptions paired = Extracting(kArticles | kTables);
      paired.only_ids = wanted;  // the other documents' articles and tables would be dropped unread
      LoadInOrder(ExpandInputs(paths, &said), o.input.run.jobs, paired,
                  [&](const std::string&, Result<Issue>& issue) {
                    if (!issue.ok()) return;
                    for (auto& d : issue->documents)
                      if (wanted->count(d.id)) diffs.Add(d, issue->source, emit);
                  });
    }
    diffs.Finish(emit);
  }, &made);
  if (made == 0) PrintError("diff: no document of the inputs repeals or replaces another of them");
  return Worst(code, written);
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
  cmd->add_option("--old", c->old_doc, "The older document: a 文号 in any printed form, a document id, or its title");
  cmd->add_option("--new", c->new_doc, "The newer document: a 文号 in any printed form, a document id, or its title");
  cmd->add_flag("--superseded", c->superseded,
                "Compare every document with each older one in the inputs it repeals, replaces or revises "
                "(the inputs read twice; the comparisons made on --jobs threads, written in order)");
  cmd->add_option("--what", c->what, "tables or articles (default: tables when both documents have catalog "
                                     "rows, else articles)")
      ->check(CLI::IsMember(AllSpellings<diff::Compared>()));
  cmd->add_option("--format", c->format, "text (default), json (JSON Lines) or xlsx (the 新旧对照表, needs -o)")
      ->check(CLI::IsMember({"text", "json", "xlsx"}));
}

}  // namespace gazette::cli
