// What changed between two versions of a document: a catalog diff (rows matched one to one)
// or an article comparison (articles and chapters aligned in order). Plain records; the
// writers are in src/export/diff_*.
//
//   DocumentDiff d = DiffDocuments({old_doc, "2021-44.txt"}, {new_doc, "2024-38.txt"});
//   for (const DiffEntry& e : d.entries) …  // e.change: Change::kKept, kChanged, kAdded …
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diff/compare_text.hpp"
#include "model/issue.hpp"
#include "model/kinds.hpp"

namespace gazette {
namespace diff {

/// What one entry of a comparison compares.
enum class DiffUnit { kRow, kArticle, kChapter };

/// How one entry changed: rows are kept, changed, added or removed; articles and chapters are
/// same, renumbered, changed, added or removed.
enum class Change { kKept, kSame, kRenumbered, kChanged, kAdded, kRemoved };

/// What a whole comparison compares: catalog table rows, or articles and chapters.
enum class Compared { kTables, kArticles };

}  // namespace diff

template <>
struct Spellings<diff::DiffUnit> {
  static constexpr Spelling<diff::DiffUnit> table[] = {
      {diff::DiffUnit::kRow, "row"}, {diff::DiffUnit::kArticle, "article"}, {diff::DiffUnit::kChapter, "chapter"}};
};

template <>
struct Spellings<diff::Change> {
  static constexpr Spelling<diff::Change> table[] = {
      {diff::Change::kKept, "kept"},       {diff::Change::kSame, "same"},   {diff::Change::kRenumbered, "renumbered"},
      {diff::Change::kChanged, "changed"}, {diff::Change::kAdded, "added"}, {diff::Change::kRemoved, "removed"}};
};

template <>
struct Spellings<diff::Compared> {
  static constexpr Spelling<diff::Compared> table[] = {{diff::Compared::kTables, "tables"},
                                                       {diff::Compared::kArticles, "articles"}};
};

}  // namespace gazette

namespace gazette::diff {

/// A document and the file that prints it.
struct SourcedDocument {
  const Document& doc;
  std::string source;
};

/// One side of a change: a catalog row or an article/chapter, with where it is printed.
struct DiffSide {
  std::string seq;      ///< 序号 as printed (rows)
  std::string id;       ///< eId (articles, chapters)
  std::string label;    ///< 序号 (rows), 第三条 / 第二章 (articles, chapters)
  std::string section;  ///< table section title (rows); chapter heading, or the instrument (articles)
  std::vector<std::pair<std::string, std::string>> cells;  ///< rows: schema key → text
  std::string heading;  ///< articles and chapters: the heading (总则)
  std::string text;     ///< articles: normalized text (children on their own lines)
  int num = 0;          ///< articles and chapters: the number (第十二条 → 12)
  std::string source;
  int line = 0;
  std::string table;    ///< rows: the caption of their table (继续有效的规范性文件目录), "" if none
};

/// What SIDE shows under KEY: its section for "section", its table's caption for "table", else its
/// cell KEY, else "".
std::string CellOf(const DiffSide& side, const std::string& key);

/// The character diff of one field that differs.
struct FieldDiff {
  std::string field;  ///< name, issuer, country, field, note, section; text, heading
  TextDiff diff;
};

/// One entry of a comparison.
struct DiffEntry {
  DiffUnit unit = DiffUnit::kRow;
  Change change = Change::kKept;
  std::optional<DiffSide> old_side;  ///< empty for added
  std::optional<DiffSide> new_side;  ///< empty for removed
  std::vector<std::string> fields;   ///< fields that differ (changed, renumbered): "number" for a new number
  double similarity = 0;             ///< of the matched pair (see README, Matching), 0 when unmatched
  std::vector<FieldDiff> diffs;      ///< character diff of each differing text field
};

/// Counts by change, for the summary line.
struct DiffCounts {
  int kept = 0;  ///< kept rows, or same articles
  int changed = 0;
  int renumbered = 0;
  int added = 0;
  int removed = 0;
};

/// A whole comparison of two documents.
struct DocumentDiff {
  Compared what = Compared::kTables;
  std::string old_id, new_id;        ///< document ids (normalized 文号)
  std::string old_title, new_title;
  std::string old_source, new_source;
  /// Rows: the compared cell keys with their printed header (name → 职业资格证书名称), new
  /// document's tables first; "section" last when rows are in titled sections.
  std::vector<std::pair<std::string, std::string>> columns;
  std::vector<DiffEntry> entries;  ///< in the new document's order, removed ones near their old neighbours
  /// Counts of the entries of UNIT (row, article or chapter).
  DiffCounts Count(DiffUnit unit) const;
};

/// Thresholds of the matching, measured on the sample catalogs (京人社事业发〔2021〕33号 against
/// 〔2024〕10号) and on the planted second version of 京人社评发〔2024〕11号; README, "diff".
struct DiffOptions {
  /// Rows whose names share neither a NameKey nor an acronym match when their similarity (mean
  /// of name and issuer similarity) reaches this. Measured: the most similar pair of rows both
  /// left unmatched scores 0.59, the least similar pair matched on similarity alone 0.84.
  double row_threshold = 0.7;
  /// Rows with a common acronym (CFA, CDCS) match from this similarity. Measured: 0.34 for the
  /// closest wrong pair (AIA 会员资格证书 / AIA/AFA 英国准精算师), 0.36 for the lowest right one
  /// (AMI 教师资格证 / 蒙台梭利教育认证证书(AMI、AMS)).
  double acronym_threshold = 0.35;
  /// Rows with the same NameKey match from this similarity: with equal names, an issuer
  /// similarity of at least 0.2 (ITIL, whose issuer changed, scores 0.66; 物理治疗师 of 中国香港
  /// against that of 澳洲 0.53).
  double same_name_threshold = 0.6;
  /// Articles (and chapters) align from this similarity of their text. Measured: 0.62 for the
  /// least similar edited article, 0.54 for the most similar pair that must stay apart.
  double article_threshold = 0.58;
};

/// True when DOC has at least one catalog table row.
bool HasTableRows(const Document& doc);

/// The catalog diff of OLD and NEW: rows matched one to one (README, "diff").
DocumentDiff DiffTables(const SourcedDocument& old_doc, const SourcedDocument& new_doc,
                        const DiffOptions& options = {});

/// The article comparison of OLD and NEW: articles and chapters aligned with their order kept.
DocumentDiff DiffArticles(const SourcedDocument& old_doc, const SourcedDocument& new_doc,
                          const DiffOptions& options = {});

/// DiffTables when WHAT is kTables, DiffArticles when kArticles; when WHAT is none, tables if
/// both documents have catalog rows, else articles.
DocumentDiff DiffDocuments(const SourcedDocument& old_doc, const SourcedDocument& new_doc,
                           std::optional<Compared> what = std::nullopt, const DiffOptions& options = {});

}  // namespace gazette::diff
