// A buffered stream buffer that hands what is written, a buffer at a time, to its owner: a file
// descriptor (util/descriptor_output), or a reader that takes a stream in pieces.
#pragma once
#include <functional>
#include <streambuf>
#include <string_view>
#include <vector>

namespace gazette {

/// Buffers what a stream writes and hands it on with Deliver, in order; after a Deliver that
/// fails, nothing more is taken.
class ForwardBuf : public std::streambuf {
 public:
  /// A buffer of CAPACITY bytes.
  explicit ForwardBuf(size_t capacity);
  ForwardBuf(const ForwardBuf&) = delete;
  ForwardBuf& operator=(const ForwardBuf&) = delete;
  /// False once a Deliver has failed.
  bool good() const { return good_; }

 protected:
  /// Hands on the SIZE bytes at DATA, all of them; false when that failed.
  virtual bool Deliver(const char* data, size_t size) = 0;
  /// Hands on what is buffered and empties the buffer (a derived buffer's destructor calls it:
  /// Deliver is its own); false once a Deliver has failed.
  bool Drain();
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool Forward(const char* data, size_t size);
  bool good_ = true;
  std::vector<char> buffer_;
};

/// A ForwardBuf handing each buffer to a function (false: stop).
class FunctionBuf : public ForwardBuf {
 public:
  FunctionBuf(std::function<bool(std::string_view)> take, size_t capacity = size_t(1) << 20);
  ~FunctionBuf() override;

 protected:
  bool Deliver(const char* data, size_t size) override;

 private:
  std::function<bool(std::string_view)> take_;
};

}  // namespace gazette
