// Tests for engine/core/bytes.hpp: the eight-bytes-at-a-time byte test against a byte loop.
#include "core/bytes.hpp"

#include <catch2/catch.hpp>

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
