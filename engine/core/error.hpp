// Error values carried from the engine to the CLI's one exit path. Covered by tests/core/error_test.cpp.
//
// Usage:
//   yp::Result<Article> r = parse_article(bytes, "a.txt", std::nullopt);
//   if (!r) { std::cerr << r.error().what() << '\n'; return exit_code(r.error().code); }
//   use(r.value());
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace yp {

enum class ErrorCode {
  Ok = 0,
  InvalidUtf8,   // input bytes are not valid UTF-8 (offset and line say where)
  MissingDate,   // an article has no publication date and none was supplied
  BadDate,       // a date (argument or header) is malformed or not a real calendar day
  IoError,       // a file or directory could not be read or written
  CorruptStore,  // a store file has a wrong magic, an unknown version or a truncated payload
  BadArgument,   // any other argument the user can correct
  TooLarge,      // an input passes a resource limit (article bytes, expressions, events): refused, the run goes on
  Internal,      // a bug: an invariant of ours did not hold
};

// A user-actionable error. what() renders "file:line: message" (parts omitted when unknown).
struct Error {
  ErrorCode code = ErrorCode::Internal;
  std::string message;
  std::string file;       // the input it concerns, if any
  std::size_t line = 0;   // 1-based line in `file`, 0 if not applicable
  std::size_t offset = 0; // byte offset in `file`, meaningful when line != 0

  std::string what() const {
    std::string out;
    if (!file.empty()) {
      out += file;
      if (line != 0) out += ":" + std::to_string(line);
      out += ": ";
    }
    out += message;
    return out;
  }
};

// Process exit status for an error code (documented in docs/cli.md).
inline int exit_code(ErrorCode c) {
  switch (c) {
    case ErrorCode::Ok: return 0;
    case ErrorCode::BadArgument:
    case ErrorCode::BadDate: return 2;
    case ErrorCode::InvalidUtf8:
    case ErrorCode::MissingDate:
    case ErrorCode::TooLarge: return 3;
    case ErrorCode::IoError: return 4;
    case ErrorCode::CorruptStore: return 5;
    case ErrorCode::Internal: return 70;
  }
  return 70;
}

// A value or an Error. Deliberately small: ok(), value(), error().
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT(implicit)
  Result(Error error) : v_(std::move(error)) {}      // NOLINT(implicit)
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Unit {};  // Result<Unit> for operations that return nothing on success.

}  // namespace yp
