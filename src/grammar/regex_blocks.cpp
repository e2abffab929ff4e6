// Where Boost.Regex's matchers take their backtracking stacks from. Boost 1.74 keeps a cache of
// blocks in the compiled libboost_regex, shared by every thread: each search takes a block from it
// and gives it back with atomic exchanges on the same few cache lines, so two jobs searching at
// once hand those lines from core to core on every search (`check` over 100 MB with two jobs:
// 4.9% of its CPU time). These two definitions take the library's place (the program's own
// definition wins over the shared library's): each block is new and deleted through the
// program's allocator, whose heaps are per thread. They also let ThreadSanitizer see the blocks'
// hand-over, which it cannot see inside the uninstrumented library.
// From Boost 1.76 on, Boost.Regex is header-only and defines these inline: nothing to replace.
#include <boost/regex.hpp>
#include <boost/version.hpp>

#include <new>

#if BOOST_VERSION < 107600
namespace boost::BOOST_REGEX_DETAIL_NS {

void* BOOST_REGEX_CALL get_mem_block() { return ::operator new(BOOST_REGEX_BLOCKSIZE); }

void BOOST_REGEX_CALL put_mem_block(void* block) { ::operator delete(block); }

}  // namespace boost::BOOST_REGEX_DETAIL_NS
#endif
