// Shared helpers of the fuzz targets (tests/fuzz/*_fuzz.cpp): an invariant check that aborts with a
// message (libFuzzer and the replay driver both report an abort as a finding), and the reading of a
// reference date out of the first input bytes. Covered by the targets themselves (ctest "fuzz: replay …").
#pragma once

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#define YP_FUZZ_CHECK(cond)                                                                  \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)

namespace yp::fuzz {

// Consumes 4 bytes (if there are that many) and makes a real calendar day of them, years 1..9999.
// Years 1 and 9999 get a quarter of the inputs each, so the calendar's edges are always exercised.
inline date::year_month_day take_date(std::string_view& in) {
  unsigned char b[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4 && !in.empty(); ++i) {
    b[i] = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
  }
  const unsigned raw = (static_cast<unsigned>(b[0]) << 8) | b[1];
  int y;
  switch (raw & 3u) {
    case 0: y = 1; break;
    case 1: y = 9999; break;
    default: y = 1 + static_cast<int>((raw >> 2) % 9999); break;
  }
  const auto ym = date::year{y} / date::month{1u + b[2] % 12u};
  const unsigned d = 1u + b[3] % 31u;
  const auto last = static_cast<unsigned>((ym / date::last).day());
  return ym / date::day{d > last ? last : d};
}

// Encodes a date as take_date reads it back (for seed corpora written by fuzz-seeds).
inline void put_date(date::year_month_day d, unsigned char out[4]) {
  const int y = static_cast<int>(d.year());
  const unsigned raw = y == 1 ? 0u : y == 9999 ? 1u : ((static_cast<unsigned>(y - 1) << 2) | 2u);
  out[0] = static_cast<unsigned char>(raw >> 8);
  out[1] = static_cast<unsigned char>(raw & 0xFF);
  out[2] = static_cast<unsigned char>(static_cast<unsigned>(d.month()) - 1u);
  out[3] = static_cast<unsigned char>(static_cast<unsigned>(d.day()) - 1u);
}

}  // namespace yp::fuzz
