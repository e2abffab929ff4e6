#include "util/forward_buf.hpp"

#include <cstring>

namespace gazette {

ForwardBuf::ForwardBuf(size_t capacity) : buffer_(capacity ? capacity : 1) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

bool ForwardBuf::Forward(const char* data, size_t size) {
  if (good_ && size > 0) good_ = Deliver(data, size);
  return good_;
}

bool ForwardBuf::Drain() {
  const bool ok = Forward(pbase(), size_t(pptr() - pbase()));
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

ForwardBuf::int_type ForwardBuf::overflow(int_type c) {
  if (!Drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

// A piece larger than the buffer is handed on as it is, after what is buffered.
std::streamsize ForwardBuf::xsputn(const char* s, std::streamsize n) {
  if (!good_) return 0;
  const size_t size = size_t(n);
  if (size <= size_t(epptr() - pptr())) {
    std::memcpy(pptr(), s, size);
    pbump(int(size));
    return n;
  }
  if (!Drain()) return 0;
  if (size >= buffer_.size()) return Forward(s, size) ? n : 0;
  std::memcpy(pptr(), s, size);
  pbump(int(size));
  return n;
}

int ForwardBuf::sync() { return Drain() ? 0 : -1; }

FunctionBuf::FunctionBuf(std::function<bool(std::string_view)> take, size_t capacity)
    : ForwardBuf(capacity), take_(std::move(take)) {}

FunctionBuf::~FunctionBuf() { Drain(); }

bool FunctionBuf::Deliver(const char* data, size_t size) { return take_(std::string_view(data, size)); }

}  // namespace gazette
