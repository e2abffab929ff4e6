// A growing buffer of bytes that, unlike a std::string, does not fill what it grows by before it
// is written: a copy made a piece at a time (corpus.xml's lines) writes each byte once.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace gazette {

/// Bytes appended in order; its storage is kept when it is cleared.
class ByteBuffer {
 public:
  /// Takes the next N bytes as appended and returns where they begin: they hold nothing defined
  /// until the caller writes them, which it must do before reading the buffer.
  char* Extend(size_t n) {
    if (capacity_ - size_ < n) Grow(n);
    char* at = data_.get() + size_;
    size_ += n;
    return at;
  }
  /// Appends BYTES.
  void Append(std::string_view bytes) {
    if (!bytes.empty()) std::memcpy(Extend(bytes.size()), bytes.data(), bytes.size());
  }
  /// Makes room for N more bytes without growing again.
  void Reserve(size_t n) {
    if (capacity_ - size_ < n) Grow(n);
  }
  /// The bytes appended.
  std::string_view view() const { return {data_.get(), size_}; }
  /// Empties the buffer (its storage is kept).
  void Clear() { size_ = 0; }

 private:
  /// Makes the capacity at least SIZE + N, and at least twice what it was.
  void Grow(size_t n) {
    const size_t capacity = std::max(size_ + n, 2 * capacity_);
    std::unique_ptr<char[]> data(new char[capacity]);
    if (size_ > 0) std::memcpy(data.get(), data_.get(), size_);
    data_ = std::move(data);
    capacity_ = capacity;
  }

  std::unique_ptr<char[]> data_;
  size_t size_ = 0, capacity_ = 0;
};

}  // namespace gazette
