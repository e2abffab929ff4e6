// Records the extractors produce from one document. Plain data: behaviour lives in the stage
// that produces or consumes them (src/extract, src/xref, src/export).
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/date.hpp"
#include "model/kinds.hpp"

namespace gazette {

/// One node of an article tree (part, chapter, section, article, paragraph, item), flattened
/// in document order; `parent` links the tree.
struct ArticleNode {
  std::string instrument;  ///< title of the regulation or plan; empty for the notice itself
  std::string id;          ///< Akoma Ntoso style eId, unique in the document: chp_1__art_3__para_2
  NodeKind kind = NodeKind::kArticle;  ///< part|subpart|chapter|section|article|paragraph|item
  int num = 0;             ///< the number as an integer (第十二条 → 12)
  std::string label;       ///< as printed: 第三条, (一), 1.
  std::string heading;     ///< heading text (第一章 总则 → 总则), may be empty
  std::string text;        ///< normalized text, lines rejoined
  int line = 0;            ///< printed line where the node starts
  int parent = -1;         ///< index of the parent node in the same vector, -1 for roots
};

/// One row of a catalog table.
struct TableRow {
  std::string seq;  ///< 序号 as printed (empty when the table has none)
  int seq_num = 0;  ///< 序号 as a number, 0 when absent
  std::vector<std::pair<std::string, std::string>> cells;  ///< schema key → cell text, in column order
  int line = 0;     ///< printed line of the row's first line
  int last_line = 0;  ///< printed line of the row's last piece (wrapped cells, continuations)
  /// True for a sub-row printed with a blank 序号 under a numbered row (a merged cell): its 序号
  /// and leading blank cells are filled from that row, and it is not counted as an item.
  bool filled = false;
  bool total = false;  ///< a 合计/总计/小计 row: printed in the table, not an item of it
  std::vector<std::string> repairs;  ///< what was repaired in the row, one English sentence each
};

/// A titled part of a table, such as (一) 急需紧缺境外职业资格清单(8项).
struct TableSection {
  std::string title;   ///< as printed without the count; empty for an untitled table
  int declared = -1;   ///< count printed with the title, -1 if none
  int line = 0;
  std::vector<TableRow> rows;
};

/// One table, however many pages it crossed.
struct Table {
  int index = 0;                     ///< 0-based index within the document
  std::string title;                 ///< caption printed above it, if any
  std::string schema;                ///< catalogs/ schema name used, "generic" if none fitted
  std::vector<std::string> headers;  ///< header cells as printed (normalized)
  std::vector<std::string> keys;     ///< schema key for each column
  int declared_total = -1;           ///< 共计 N 项 printed for the whole table, -1 if none
  int line = 0;                      ///< printed line of the first header row
  std::vector<TableSection> sections;
  std::vector<ColumnType> types;     ///< schema type for each column: seq|text|bilingual|list|docno|code
  int declared_total_line = 0;       ///< printed line of 共计 N 项, 0 if none
  /// The count a 合计 row prints (合计 | 16件) when the caption declares the total too, -1 if
  /// none: each is a claim `check` compares with the rows found.
  int total_row_count = -1;
  int total_row_line = 0;            ///< printed line of that 合计 row
  int stated = -1;                   ///< count the notice text states (废止失效57件), -1 if none
  int stated_line = 0;               ///< printed line of that statement
  std::string stated_text;           ///< the statement as printed, normalized (废止失效57件)
  int last_line = 0;                 ///< printed line of the table's last row
};

/// A date or a time limit a document states.
struct Deadline {
  DateKind kind = DateKind::kEffective;  ///< signed|published|adopted|approved|amended|promulgated|effective|repeal-effective|validity|trial|expires|time-limit
  /// The date (day, or month precision where the text gives only 2023年7月); none for a pure limit.
  std::optional<Date> date;
  int amount = 0;         ///< the N of 有效期N年 / N个工作日内, 0 if none
  TimeUnit unit = TimeUnit::kNone;  ///< day|workday|month|year, kNone if none
  std::string trigger;    ///< what starts the period: 受理申请之日, 印发之日 …
  std::string text;       ///< the clause, normalized
  int line = 0;
  /// True when the date or period is the document's own (本办法…施行, 本办法有效期5年); false for
  /// a licence's, a status's or a procedure's (资格有效期为三年, 5个工作日内完成审核).
  bool of_document = false;
};

/// A citation of another document, with the relation the clause gives it.
struct Reference {
  Relation type = Relation::kCites;  ///< repeals|amends|revises|supplements|replaces|extends|suspends|implements|cites
  std::string to;         ///< normalized 文号 of the cited document, empty if none printed
  std::string title;      ///< cited title without 《》, empty if none printed
  bool resolved = false;  ///< true when the target is one of the inputs' documents
  std::string target_id;  ///< id of the resolved document, empty if unresolved
  std::string text;       ///< the clause around it, normalized
  int line = 0;
  /// The 文号 as printed in the clause (京人社事业发〔2023〕24 号), empty if none printed.
  std::string to_printed;
  /// The short title this citation was printed as (以下简称《若干措施》 → 若干措施), empty when
  /// the full title or 文号 was printed.
  std::string alias;
  /// The day the relation takes effect when the clause states it (自2024年1月1日起废止), none
  /// otherwise (then it takes effect with the citing document). For extends: the new end of
  /// validity it gives (有效期延长至…), none when not printed.
  std::optional<Date> date;
};

/// The Finding kind of an input in which no document was found (a warning, not a check failure).
inline constexpr std::string_view kNoDocumentFinding = "no-document";

/// The Finding kind of bytes decoding replaced with U+FFFD (TextRepair): a warning from every
/// command, and a `check` finding.
inline constexpr std::string_view kReplacedBytesFinding = "replaced-bytes";

/// A problem `gazette check` reports: a count that does not add up, a numbering gap …
struct Finding {
  std::string source;
  int line = 0;
  std::string kind;     ///< short tag: count-mismatch, seq-gap, seq-repeat, article-gap …
  std::string message;  ///< one line, in English, naming what was expected and found
};

}  // namespace gazette
