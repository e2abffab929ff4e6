// The flat record each command prints for articles, table rows, deadlines, references and
// check findings (JSON Lines / TSV / CSV through RecordWriter). Keys in documented order, each
// record's keys and values defined once in a table of fields (export/fields.hpp).
#pragma once
#include <string>
#include <vector>

#include "export/records.hpp"
#include "model/issue.hpp"
#include "xref/corpus.hpp"

namespace gazette {

/// Keys of an article record: source, docno, instrument, id, kind, num, label, heading, text, line.
std::vector<std::string> ArticleRecordKeys();
/// The record of article-tree NODE of DOC in ISSUE.
Record ArticleRecord(const Issue& issue, const Document& doc, const ArticleNode& node);

/// Keys of a table-row record: source, docno, table, section, seq, cells, line.
std::vector<std::string> TableRowRecordKeys();
/// The record of row R of section S of table T of DOC; `cells` is an object keyed by the schema.
Record TableRowRecord(const Issue& issue, const Document& doc, const Table& t, const TableSection& s,
                      const TableRow& r);
/// The CSV/TSV columns of a table-row record before its cells: TableRowRecordKeys without cells.
std::vector<std::string> FlatTableRecordKeys();
/// The CSV/TSV column of cell KEY: KEY itself, or cell_KEY when a record field has that name.
std::string FlatTableKey(const std::string& key);
/// A table-row RECORD with its cells spread into columns named by FlatTableKey (for CSV/TSV).
Record FlattenTableRecord(const Record& record);

/// Keys of a deadline record: source, docno, kind, date, precision, amount, unit, trigger, text,
/// line; with STANDING also as_of and status.
std::vector<std::string> DeadlineRecordKeys(bool standing);
/// The record of deadline D of DOC in ISSUE.
Record DeadlineRecord(const Issue& issue, const Document& doc, const Deadline& d);

/// The deadline records of DOC as `gazette deadlines` prints them: with AS_OF (ISO, not empty)
/// each also gets as_of and status (by date alone); with EXPIRING_WITHIN >= 0 a document gives
/// records only when its own validity ends within that many days of AS_OF.
std::vector<Record> DeadlineRecords(const Issue& issue, const Document& doc, const std::string& as_of,
                                    int expiring_within);

/// Keys of a reference record: source, from, type, to, title, resolved, text, line.
std::vector<std::string> ReferenceRecordKeys();
/// The record of reference R as the corpus resolved it.
Record ReferenceRecord(const CorpusReference& r);

/// Keys of a finding record: source, line, kind, message.
std::vector<std::string> FindingRecordKeys();
/// The record of finding F.
Record FindingRecord(const Finding& f);

}  // namespace gazette
