// Texts kept out of memory: what a command holds from its first input to its last but reads only
// at the end (the clause of every citation the corpus keeps). A TextSpool appends them to an
// unlinked temporary file and reads each back when asked; a record keeps a SpooledText, its place
// in the file (40 bytes), instead of the text.
//
//   TextSpool spool;
//   SpooledText t = spool.Add(clause);   // the text goes to the file (buffered)
//   …                                    // every input read
//   out << t.str();                      // read back (from any thread, once the adding is over)
//
// Nothing is lost when the file cannot be made or written (a full disk): the texts not written
// stay in memory, and a run only holds more.
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/shared_text.hpp"

namespace gazette {

class TextSpool;

/// A text a record keeps: in a TextSpool, or in memory (made from a string).
class SpooledText {
 public:
  /// The empty text.
  SpooledText() = default;
  /// TEXT, held in memory.
  SpooledText(std::string text) : held_(std::move(text)) {}  // NOLINT: implicit, as a string field
  /// TEXT, held in memory.
  SpooledText(const char* text) : held_(text) {}  // NOLINT: implicit, as above

  /// The text: read back from its spool when it is there (see TextSpool::Read).
  std::string str() const;
  /// True for the empty text.
  bool empty() const { return spool_ == nullptr ? held_.empty() : size_ == 0; }

 private:
  friend class TextSpool;
  SharedText held_;
  const TextSpool* spool_ = nullptr;
  uint64_t offset_ = 0;
  uint32_t size_ = 0;
};

/// An unlinked temporary file of texts, appended to and read back by place. Add is for one
/// thread; once the adding is over, any number of threads may read (until the next Add).
class TextSpool {
 public:
  /// Creates the temporary file; without one, every text is held in memory.
  TextSpool();
  ~TextSpool();
  TextSpool(const TextSpool&) = delete;
  TextSpool& operator=(const TextSpool&) = delete;

  /// Appends TEXT (written with others in blocks of kBlockBytes); returns its place, which reads
  /// it back while this spool lives.
  SpooledText Add(std::string_view text);

  /// The SIZE bytes at OFFSET: from the file, or from memory for those not written. Empty when
  /// the file cannot be read back (then read_failed() says so). Each thread keeps the last block
  /// it read from the file (kBlockBytes), so texts read in the order they were added cost a
  /// system call per block, not per text.
  std::string Read(uint64_t offset, uint32_t size) const;

  /// True once a text could not be read back from the file.
  bool read_failed() const { return read_failed_; }
  /// True while texts go to the file (it was made and every write succeeded).
  bool spooling() const { return fd_ >= 0 && !write_failed_; }

  /// Texts are written to the file once this many bytes wait.
  static constexpr size_t kBlockBytes = size_t{64} << 10;

 private:
  void WritePending();
  uint64_t id_;           // this spool's, unique in the process: what a thread's last block is of
  int fd_ = -1;
  uint64_t written_ = 0;   // bytes in the file: offsets below it are read from there
  std::string pending_;    // the bytes at written_ onward, not yet written (all of them when not spooling)
  bool write_failed_ = false;
  mutable std::atomic<bool> read_failed_ = false;
};

}  // namespace gazette
