// Built into the ThreadSanitizer binaries only (GAZETTE_TSAN). Boost.Regex's matchers take their
// backtracking stacks from a cache of blocks that lives in the compiled libboost_regex, which is
// not instrumented: ThreadSanitizer cannot see the atomic hand-over of a block from one thread
// to another and reports a race in the next matcher's stack, on every pattern. These two
// definitions take the library's place in the TSan binaries (the program's own definition wins
// over the shared library's): each block is new and deleted through the instrumented allocator,
// so a race the sanitizer reports is one in the code that runs, not in the cache it cannot see.
#include <boost/regex.hpp>

#include <new>

namespace boost::BOOST_REGEX_DETAIL_NS {

void* BOOST_REGEX_CALL get_mem_block() { return ::operator new(BOOST_REGEX_BLOCKSIZE); }

void BOOST_REGEX_CALL put_mem_block(void* block) { ::operator delete(block); }

}  // namespace boost::BOOST_REGEX_DETAIL_NS
