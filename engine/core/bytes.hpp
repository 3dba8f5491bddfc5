// Eight bytes at a time (SWAR): does any byte of a 64-bit word equal a given byte. Used where a loop over every
// byte of Hangul text looked for a few ASCII or lead bytes (text/clean.cpp, event/internal.hpp no_quote_bytes).
// Covered by tests/core/bytes_test.cpp.
#pragma once

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

}  // namespace yp::bytes
