// One writer for every command's flat records: JSON Lines, TSV and CSV from the same ordered
// JSON objects, so each command only decides its keys.
#pragma once
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace gazette {

/// A record: keys in the order the command documents them.
using Record = nlohmann::ordered_json;

/// Output formats for records.
enum class RecordFormat { kJson, kTsv, kCsv };

/// Parses "json", "tsv", "csv"; returns false for anything else.
bool ParseRecordFormat(const std::string& name, RecordFormat* format);

/// Writes records one after another: JSON Lines (one compact object a line); or TSV/CSV with a
/// header row of KEYS then one row a record. Arrays and objects in TSV/CSV cells are written as
/// compact JSON. TSV escapes \t \n \\ as backslash sequences; CSV follows RFC 4180 and
/// neutralizes cells beginning with = + - @ (formula injection) by a leading apostrophe.
class RecordWriter {
 public:
  RecordWriter(std::ostream& out, RecordFormat format, std::vector<std::string> keys);
  /// Writes the TSV/CSV header when no record was written: an empty result is still a table
  /// with its columns (a spreadsheet import or a CSV reader sees the same schema). Not after
  /// Abandon.
  ~RecordWriter();
  /// The run failed (no input read, a document asked for that is not there): an empty result is
  /// no answer, and gets no header (one already written stays).
  void Abandon() { header_written_ = true; }
  RecordWriter(const RecordWriter&) = delete;
  RecordWriter& operator=(const RecordWriter&) = delete;
  /// Writes one record (keys missing from it are written empty).
  void Write(const Record& record);
  /// Appends RECORD to TEXT as Write would write it, without the TSV/CSV header: records printed
  /// ahead, on any thread (the writer does not change), for WritePrinted to write later.
  void Print(const Record& record, std::string& text) const;
  /// Writes TEXT, records printed by Print, as Write would have written them one by one (the
  /// TSV/CSV header first, once, when TEXT holds a record).
  void WritePrinted(const std::string& text);

 private:
  void WriteHeaderOnce();
  std::ostream& out_;
  RecordFormat format_;
  std::vector<std::string> keys_;
  bool header_written_ = false;
};

/// The text of one cell for TSV/CSV: strings as is, numbers and booleans as JSON, null empty.
std::string CellText(const nlohmann::ordered_json& value);
/// TSV-escape a cell (\t, \n, \r, \\).
std::string EscapeTsv(const std::string& cell);
/// CSV-quote a cell (RFC 4180) after neutralizing a leading = + - @.
std::string EscapeCsv(const std::string& cell);

}  // namespace gazette
