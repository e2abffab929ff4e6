// A record's keys defined once: each record is a table of Field{key, getter}, from which both
// its key list (the CSV/TSV header, the documented JSON keys) and the record itself are made, so
// a key can never be listed and not written, or written and not listed.
//
//   constexpr Field<Finding> kFindingFields[] = {
//       {"line", [](const Finding& f) -> Record { return f.line; }},
//       {"kind", [](const Finding& f) -> Record { return f.kind; }}};
//   KeysOf(kFindingFields)           → {"line", "kind"}
//   RecordOf(kFindingFields, finding) → {"line": 3, "kind": "seq-gap"}
//
// The workbook's sheets use the same tables with a header per column and a cell per value:
// Field<Source, SheetCell> and ValuesOf.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/records.hpp"
#include "model/date.hpp"

namespace gazette {

/// One key of a record of SOURCE and how its value (a Record, or a sheet's cell) is read.
template <typename Source, typename Value = Record>
struct Field {
  std::string_view key;
  Value (*get)(const Source&);
};

/// The keys of FIELDS, in order.
template <typename Source, typename Value, std::size_t N>
std::vector<std::string> KeysOf(const Field<Source, Value> (&fields)[N]) {
  std::vector<std::string> keys;
  keys.reserve(N);
  for (const auto& f : fields) keys.emplace_back(f.key);
  return keys;
}

/// The position of KEY in FIELDS, -1 if it is none of them.
template <typename Source, typename Value, std::size_t N>
int IndexOf(const Field<Source, Value> (&fields)[N], std::string_view key) {
  for (std::size_t i = 0; i < N; ++i)
    if (fields[i].key == key) return static_cast<int>(i);
  return -1;
}

/// The value of every field of FIELDS read from SOURCE, in order (a sheet's row).
template <typename Source, typename Value, std::size_t N>
std::vector<Value> ValuesOf(const Field<Source, Value> (&fields)[N], const Source& source) {
  std::vector<Value> values;
  values.reserve(N);
  for (const auto& f : fields) values.push_back(f.get(source));
  return values;
}

/// Appends the keys of FIELDS with their values read from SOURCE to RECORD.
template <typename Source, std::size_t N>
void AddFields(Record& record, const Field<Source> (&fields)[N], const Source& source) {
  for (const auto& f : fields) record[std::string(f.key)] = f.get(source);
}

/// The record of SOURCE: every field of FIELDS, in order.
template <typename Source, std::size_t N>
Record RecordOf(const Field<Source> (&fields)[N], const Source& source) {
  Record record = Record::object();
  AddFields(record, fields, source);
  return record;
}

/// How every record writes a date field: the date's ISO text (YYYY-MM-DD or YYYY-MM), "" when
/// there is none. The one place a record formats a date.
inline std::string DateText(const std::optional<Date>& date) { return ToIso(date); }

}  // namespace gazette
