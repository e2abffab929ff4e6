// Result<T>: a value or an error message, returned across module boundaries instead of
// throwing (DESIGN.md, Conventions). Errors name the file and line where they can.
#pragma once
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace gazette {

/// What went wrong, in one line, naming the file (and line) concerned.
struct Error {
  std::string message;
};

/// Either a T or an Error. REQUIRES: check ok() before value().
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}  // NOLINT
  /// True when a value is held.
  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }
  /// The value. REQUIRES: ok().
  T& value() { return std::get<T>(data_); }
  const T& value() const { return std::get<T>(data_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  /// The error. REQUIRES: !ok().
  const Error& error() const { return std::get<Error>(data_); }

 private:
  std::variant<T, Error> data_;
};

/// Success or an Error, for operations that return nothing.
class Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT
  /// True on success.
  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  /// The error message. REQUIRES: !ok().
  const std::string& message() const { return error_->message; }

 private:
  std::optional<Error> error_;
};

/// "PATH: WHAT (the system's reason)" for ERR, the errno of the call that failed (0: "unknown reason").
inline Error SystemError(const std::string& path, const std::string& what, int err) {
  return Error{path + ": " + what + " (" + (err ? std::strerror(err) : "unknown reason") + ")"};
}

}  // namespace gazette
