#include "util/text_spool.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <limits>

#include "util/temporary_file.hpp"

namespace gazette {

namespace {

// What a thread read last from a spool. Read in the order they were added (a writer's records),
// texts come from one read of kBlockBytes for many (a pread per text was 51,000 system calls for
// `refs` over 100 MB, +9% CPU); read here and there (a status's evidence), each is read alone (a
// block per text was 470 MB copied for `xml`'s 7,400 events).
struct ReadBlock {
  uint64_t spool = 0;  // TextSpool::id_ (0: none)
  uint64_t start = 0;  // file offset of data[0]
  uint64_t next = 0;   // where the last text read ended: a read from there is in order
  std::string data;
};
thread_local ReadBlock last_block;

std::atomic<uint64_t> spools_made{0};

}  // namespace

std::string SpooledText::str() const { return spool_ == nullptr ? held_.str() : spool_->Read(offset_, size_); }

TextSpool::TextSpool() : id_(++spools_made), fd_(UnlinkedDescriptorIn(TemporaryDirectory())) {}

TextSpool::~TextSpool() {
  if (fd_ >= 0) close(fd_);
}

SpooledText TextSpool::Add(std::string_view text) {
  if (text.size() > std::numeric_limits<uint32_t>::max()) return SpooledText(std::string(text));
  SpooledText t;
  if (text.empty()) return t;
  t.spool_ = this;
  t.offset_ = written_ + pending_.size();
  t.size_ = static_cast<uint32_t>(text.size());
  pending_.append(text);
  if (spooling() && pending_.size() >= kBlockBytes) WritePending();
  return t;
}

void TextSpool::WritePending() {
  size_t done = 0;
  while (done < pending_.size()) {
    const ssize_t n = pwrite(fd_, pending_.data() + done, pending_.size() - done, static_cast<off_t>(written_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {  // a full disk: what is not written stays in memory
      write_failed_ = true;
      break;
    }
    done += static_cast<size_t>(n);
  }
  pending_.erase(0, done);
  written_ += done;
}

std::string TextSpool::Read(uint64_t offset, uint32_t size) const {
  if (offset >= written_) return pending_.substr(static_cast<size_t>(offset - written_), size);
  ReadBlock& b = last_block;
  if (b.spool != id_ || offset < b.start || offset + size > b.start + b.data.size()) {
    // From the file what was written (a block from OFFSET on when reading in order, else the
    // text alone); the rest, should a write have failed midway through this text, is in memory.
    const bool in_order = b.spool == id_ && offset == b.next;
    b.spool = 0;
    b.start = offset;
    b.data.resize(static_cast<size_t>(std::min<uint64_t>(in_order ? std::max<uint64_t>(size, kBlockBytes) : size,
                                                         written_ - offset)));
    for (size_t done = 0; done < b.data.size();) {
      const ssize_t n = pread(fd_, b.data.data() + done, b.data.size() - done, static_cast<off_t>(offset + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        read_failed_ = true;
        return {};
      }
      done += static_cast<size_t>(n);
    }
    b.spool = id_;
  }
  b.next = offset + size;
  const size_t at = static_cast<size_t>(offset - b.start);
  const size_t in_block = std::min<size_t>(size, b.data.size() - at);
  std::string text = b.data.substr(at, in_block);
  if (in_block < size) text.append(pending_, 0, size - in_block);  // the block ends where the file does
  return text;
}

}  // namespace gazette
