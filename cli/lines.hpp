// Reading a file descriptor line by line with a bound on the line length, so that memory stays flat
// whatever the input (JSON Lines articles, `ingest --events`). Covered by tests/cli/pipeline_test.cpp.
#pragma once

#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace yp::cli {

// Lines of a file descriptor, each at most `max` bytes (0: no limit): a longer line is skipped without
// keeping its bytes, so memory stays bounded whatever the input.
class LineReader {
 public:
  enum class Got { Line, TooLong, End, Error };
  LineReader(int fd, std::size_t max) : fd_(fd), max_(max), buf_(1 << 16) {}

  // The next line without its '\n' (and a '\r' before it); `length` is its length even when TooLong.
  Got next(std::string& line, std::size_t& number, std::uintmax_t& length) {
    line.clear();
    length = 0;
    bool any = false, too_long = false;
    for (;;) {
      if (pos_ == len_) {
        if (eof_) break;
        ssize_t n = ::read(fd_, buf_.data(), buf_.size());
        if (n < 0) {
          if (errno == EINTR) continue;
          errno_ = errno;
          return Got::Error;
        }
        if (n == 0) {
          eof_ = true;
          break;
        }
        pos_ = 0;
        len_ = static_cast<std::size_t>(n);
      }
      any = true;
      const char* from = buf_.data() + pos_;
      const void* nl = std::memchr(from, '\n', len_ - pos_);
      const std::size_t seg = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - from) : len_ - pos_;
      length += seg;
      if (!too_long) {
        if (max_ && length > max_ + 1) {  // + 1: a '\r' before the '\n' is not part of the line
          too_long = true;
          line.clear();
          line.shrink_to_fit();
        } else {
          line.append(from, seg);
        }
      }
      pos_ += seg;
      if (nl) {
        ++pos_;
        break;
      }
    }
    if (!any) return Got::End;
    number = ++number_;
    if (!too_long && !line.empty() && line.back() == '\r') {
      line.pop_back();
      --length;
    }
    if (!too_long && max_ && line.size() > max_) too_long = true;
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // a UTF-8 BOM
    return too_long ? Got::TooLong : Got::Line;
  }
  int error() const { return errno_; }

 private:
  int fd_;
  std::size_t max_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  std::size_t number_ = 0;
  int errno_ = 0;
};

}  // namespace yp::cli
