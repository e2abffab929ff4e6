#include "export/xlsx_spool.hpp"

#include <cstring>

#include "util/temporary_file.hpp"

namespace gazette::xlsx {
namespace {

// A record: its body's length (4 bytes), then kind (1 byte), sheet and cell count (varints), and
// each cell: its kind (1 byte), then a number's 8 bytes or a text's length (varint) and bytes.

void PutVarint(std::string& out, uint64_t v) {
  for (; v >= 0x80; v >>= 7) out.push_back(char(0x80 | (v & 0x7F)));
  out.push_back(char(v));
}

/// Reads a record body from the front.
class Reader {
 public:
  explicit Reader(std::string_view body) : rest_(body) {}
  bool Byte(uint8_t* b) {
    if (rest_.empty()) return false;
    *b = uint8_t(rest_.front());
    rest_.remove_prefix(1);
    return true;
  }
  bool Varint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = 0;
      if (!Byte(&b)) return false;
      *v |= uint64_t(b & 0x7F) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }
  bool Bytes(size_t n, std::string_view* out) {
    if (n > rest_.size()) return false;
    *out = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return true;
  }

 private:
  std::string_view rest_;
};

/// Decodes BODY into KIND, SHEET and ROW (ROW's cells reused); false when it is damaged.
bool Decode(std::string_view body, uint8_t* kind, uint32_t* sheet, SheetRow& row) {
  Reader in(body);
  uint64_t s = 0, cells = 0;
  if (!in.Byte(kind) || !in.Varint(&s) || !in.Varint(&cells) || cells > body.size()) return false;
  *sheet = uint32_t(s);
  row.resize(size_t(cells));
  for (auto& cell : row) {
    uint8_t k = 0;
    std::string_view bytes;
    if (!in.Byte(&k) || k > uint8_t(SheetCell::Kind::kNumber)) return false;
    cell.kind = SheetCell::Kind(k);
    if (cell.kind == SheetCell::Kind::kNumber) {
      if (!in.Bytes(sizeof cell.number, &bytes)) return false;
      std::memcpy(&cell.number, bytes.data(), sizeof cell.number);
      cell.text.clear();
    } else {
      uint64_t n = 0;
      if (!in.Varint(&n) || !in.Bytes(size_t(n), &bytes)) return false;
      cell.text.assign(bytes);
      cell.number = 0;
    }
  }
  return true;
}

}  // namespace

RowSpool::RowSpool() : file_(UnlinkedFileIn(TemporaryDirectory()), &std::fclose) {}

void RowSpool::Add(uint8_t kind, uint32_t sheet, const SheetRow& row) {
  if (!ok()) return;
  buffer_.assign(4, '\0');  // the length, filled below
  buffer_.push_back(char(kind));
  PutVarint(buffer_, sheet);
  PutVarint(buffer_, row.size());
  for (const auto& cell : row) {
    buffer_.push_back(char(cell.kind));
    if (cell.kind == SheetCell::Kind::kNumber) {
      buffer_.append(reinterpret_cast<const char*>(&cell.number), sizeof cell.number);
    } else {
      PutVarint(buffer_, cell.text.size());
      buffer_ += cell.text;
    }
  }
  const uint32_t length = uint32_t(buffer_.size() - 4);
  std::memcpy(buffer_.data(), &length, 4);
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_.get()) != buffer_.size()) failed_ = true;
}

Status RowSpool::ForEach(const std::function<void(uint8_t kind, uint32_t sheet, SheetRow& row)>& each) {
  if (!file_) return Error{"cannot create a temporary file"};
  if (failed_ || std::fflush(file_.get()) != 0 || std::ferror(file_.get()))
    return Error{"temporary file: write failed"};
  std::rewind(file_.get());
  SheetRow row;
  for (uint32_t length = 0; std::fread(&length, 4, 1, file_.get()) == 1;) {
    buffer_.resize(length);
    uint8_t kind = 0;
    uint32_t sheet = 0;
    if (std::fread(buffer_.data(), 1, length, file_.get()) != length || !Decode(buffer_, &kind, &sheet, row))
      return Error{"temporary file: read failed"};
    each(kind, sheet, row);
  }
  if (std::ferror(file_.get())) return Error{"temporary file: read failed"};
  buffer_.clear();
  buffer_.shrink_to_fit();
  return {};
}

}  // namespace gazette::xlsx
