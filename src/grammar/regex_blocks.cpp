// Where Boost.Regex's matchers take their backtracking stacks from. Boost 1.74 keeps a cache of
// blocks in the compiled libboost_regex, shared by every thread: each search takes a block from it
// and gives it back with atomic exchanges on the same few cache lines, so two jobs searching at
// once hand those lines from core to core on every search (`check` over 100 MB with two jobs:
// 4.9% of its CPU time). These two definitions take the library's place (the program's own
// definition wins over the shared library's): each thread keeps a few blocks of its own, and a
// search takes the one last given back, still in the core's cache, without the allocator (a 4 KB
// block is past its small sizes: its slower path, on every search).
// They also let ThreadSanitizer see the blocks' hand-over, which it cannot see inside the
// uninstrumented library.
// From Boost 1.76 on, Boost.Regex is header-only and defines these inline: nothing to replace.
#include <boost/regex.hpp>
#include <boost/version.hpp>

#include <new>

#if BOOST_VERSION < 107600
namespace {

// The blocks a thread has given back, the last one first; deleted when the thread ends.
class BlockCache {
 public:
  BlockCache() = default;
  BlockCache(const BlockCache&) = delete;
  BlockCache& operator=(const BlockCache&) = delete;
  // Frees the blocks; a search after this (another thread_local's destructor) goes to the
  // allocator, since nothing is kept any more.
  ~BlockCache() {
    while (count_ > 0) ::operator delete(blocks_[--count_]);
    capacity_ = 0;
  }

  void* Take() { return count_ > 0 ? blocks_[--count_] : ::operator new(BOOST_REGEX_BLOCKSIZE); }

  void Give(void* block) {
    if (count_ < capacity_) {
      blocks_[count_++] = block;
    } else {
      ::operator delete(block);
    }
  }

 private:
  static constexpr int kMaxBlocks = 4;  // one search's stack rarely grows past one block
  void* blocks_[kMaxBlocks] = {};
  int count_ = 0;
  int capacity_ = kMaxBlocks;
};

thread_local BlockCache block_cache;

}  // namespace

namespace boost::BOOST_REGEX_DETAIL_NS {

void* BOOST_REGEX_CALL get_mem_block() { return block_cache.Take(); }

void BOOST_REGEX_CALL put_mem_block(void* block) { block_cache.Give(block); }

}  // namespace boost::BOOST_REGEX_DETAIL_NS
#endif
