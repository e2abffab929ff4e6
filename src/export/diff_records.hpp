// Writers for comparisons (src/diff): a text report and JSON Lines records.
#pragma once
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "diff/diff.hpp"
#include "export/records.hpp"

namespace gazette {

/// The summary line of D: "kept K, changed C, added A, removed R" for rows; for articles
/// "same S, renumbered N, changed C, added A, removed R", then the same for chapters if any.
std::string DiffSummary(const diff::DocumentDiff& d);

/// Writes D as text: a heading line (old → new, what), the summary line, then one line per
/// entry that is not kept/same: CHANGE, labels, name or text, differing fields, file:line.
void WriteDiffText(std::ostream& out, const diff::DocumentDiff& d);

/// D as JSON Lines records, one per entry, keys: old_doc, new_doc, unit, change, old, new,
/// fields, similarity, diff (see README, diff). A record's old/new side has, for a catalog row,
/// seq, label, section, cells, source, line; for an article or chapter id, label, section,
/// heading, text, source, line.
std::vector<Record> DiffRecords(const diff::DocumentDiff& d);
/// The keys of a DiffRecords record, in order.
std::vector<std::string> DiffRecordKeys();

/// SPANS as [["=", text], ["-", text], ["+", text]].
nlohmann::ordered_json SpansJson(const std::vector<diff::DiffSpan>& spans);

}  // namespace gazette
