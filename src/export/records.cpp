#include "export/records.hpp"

#include "util/json_text.hpp"

namespace gazette {

bool ParseRecordFormat(const std::string& name, RecordFormat* format) {
  if (name == "json") *format = RecordFormat::kJson;
  else if (name == "tsv") *format = RecordFormat::kTsv;
  else if (name == "csv") *format = RecordFormat::kCsv;
  else return false;
  return true;
}

std::string CellText(const nlohmann::ordered_json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  return JsonText(value);
}

std::string EscapeTsv(const std::string& cell) {
  std::string out;
  out.reserve(cell.size());
  for (char c : cell) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string EscapeCsv(const std::string& cell) {
  std::string text = cell;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r'))
    text = "'" + text;
  bool quote = text.find_first_of(",\"\r\n") != std::string::npos || text != cell;
  if (!quote) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

RecordWriter::RecordWriter(std::ostream& out, RecordFormat format, std::vector<std::string> keys)
    : out_(out), format_(format), keys_(std::move(keys)) {}

RecordWriter::~RecordWriter() { WriteHeaderOnce(); }

void RecordWriter::WriteHeaderOnce() {
  if (header_written_ || format_ == RecordFormat::kJson) return;
  header_written_ = true;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (i) out_ << (format_ == RecordFormat::kTsv ? "\t" : ",");
    out_ << (format_ == RecordFormat::kTsv ? EscapeTsv(keys_[i]) : EscapeCsv(keys_[i]));
  }
  out_ << (format_ == RecordFormat::kCsv ? "\r\n" : "\n");
}

void RecordWriter::Write(const Record& record) {
  std::string text;
  Print(record, text);
  WritePrinted(text);
}

void RecordWriter::Print(const Record& record, std::string& text) const {
  if (format_ == RecordFormat::kJson) {
    text += JsonText(record);
    text += '\n';
    return;
  }
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (i) text += format_ == RecordFormat::kTsv ? "\t" : ",";
    auto it = record.find(keys_[i]);
    std::string cell = it == record.end() ? "" : CellText(*it);
    text += format_ == RecordFormat::kTsv ? EscapeTsv(cell) : EscapeCsv(cell);
  }
  text += format_ == RecordFormat::kCsv ? "\r\n" : "\n";
}

void RecordWriter::WritePrinted(const std::string& text) {
  if (text.empty()) return;
  WriteHeaderOnce();
  out_.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace gazette
