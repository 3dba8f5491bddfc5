// Eight bytes at a time (SWAR): does any byte of a 64-bit word equal a given byte; are two short runs of bytes equal. Used where a loop over every
// byte of Hangul text looked for a few ASCII or lead bytes (text/clean.cpp, event/internal.hpp no_quote_bytes).
// Covered by tests/core/bytes_test.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace yp::bytes {

// A byte of x equals c exactly when the same byte of x ^ (c * ones) is zero, and (y - ones) & ~y & highs is
// non-zero exactly when some byte of y is zero.
inline bool any_equal(std::uint64_t x, unsigned char c) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const std::uint64_t y = x ^ (ones * c);
  return ((y - ones) & ~y & highs) != 0;
}

// The eight bytes at p as one word (one load; p needs no alignment).
inline std::uint64_t load8(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}

// The four bytes at p as one word.
inline std::uint32_t load4(const char* p) {
  std::uint32_t x;
  std::memcpy(&x, p, 4);
  return x;
}

// The n bytes at a equal the n bytes at b (what memcmp(a, b, n) == 0 answers), without a call for n <= 16: two
// loads each of 8 (or 4) bytes that overlap in the middle, or the first, middle and last of 1 to 3 bytes. The
// event rules compare words with short literals (ends_with(w, "다")): a call to memcmp cost more than the test.
inline bool equal(const char* a, const char* b, std::size_t n) {
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
  }
  if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
  if (n == 0) return true;
  return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
}

}  // namespace yp::bytes
