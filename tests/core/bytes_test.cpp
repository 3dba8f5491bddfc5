// Tests for engine/core/bytes.hpp: the eight-bytes-at-a-time byte test against a byte loop.
#include "core/bytes.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>

namespace {
bool any_equal_by_loop(const char* p, unsigned char c) {
  for (int i = 0; i < 8; ++i)
    if (static_cast<unsigned char>(p[i]) == c) return true;
  return false;
}
}  // namespace

TEST_CASE("bytes::any_equal answers what a byte loop answers", "[bytes]") {
  // must: the byte anywhere in the eight (first, middle, last); must not: neighbours of it, zero bytes, Hangul
  const std::string samples[] = {"\"abcdefg", "abc'defg", "abcdefg\xE2", "\xEC\x84\x9C\xEC\x9A\xB8\xC2\xA0",
                                 "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96", std::string(8, '\0'), "!#&()*+,",
                                 "\xE1\xE3\xE1\xE3\xE1\xE3\xE1\xE3"};
  for (const auto& s : samples) {
    const std::uint64_t x = yp::bytes::load8(s.data());
    for (unsigned char c : {0x22, 0x27, 0xE2, 0xC2, 0xE3, 0x00, 0xEC}) {
      INFO(s << " byte " << static_cast<int>(c));
      CHECK(yp::bytes::any_equal(x, c) == any_equal_by_loop(s.data(), c));
    }
  }
  CHECK(yp::bytes::any_equal(yp::bytes::load8("abcdefg\xE2"), 0xE2));
  CHECK_FALSE(yp::bytes::any_equal(yp::bytes::load8("abcdefgh"), 0xE2));
}

TEST_CASE("bytes::equal answers what memcmp answers, for every length up to 24 and every place of a difference",
          "[bytes]") {
  const std::string base = "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 abc\xEB\x8B\xA4\xEA\xB3\xA0 xyz0123456789";
  for (std::size_t n = 0; n <= 24; ++n) {
    std::string a = base.substr(0, n), b = a;
    INFO("length " << n);
    CHECK(yp::bytes::equal(a.data(), b.data(), n));
    for (std::size_t i = 0; i < n; ++i) {
      std::string c = a;
      c[i] = static_cast<char>(c[i] ^ 0x01);
      INFO("difference at " << i);
      CHECK(yp::bytes::equal(a.data(), c.data(), n) == (std::memcmp(a.data(), c.data(), n) == 0));
      CHECK_FALSE(yp::bytes::equal(c.data(), a.data(), n));
    }
  }
}
