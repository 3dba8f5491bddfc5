// Hangul arithmetic for the analyser: syllable = U+AC00 + (L*21 + V)*28 + T, finals as compatibility jamo,
// UTF-8 decoding. Covered by tests/morph/hangul_test.cpp.
#include "morph/morph.hpp"

namespace yp::morph::hangul {

namespace {
constexpr char32_t kFirst = 0xAC00, kLast = 0xD7A3;
// Final consonant T (1…27) as a compatibility jamo (U+3131…).
constexpr char32_t kFinals[28] = {0,      0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313A,
                                  0x313B, 0x313C, 0x313D, 0x313E, 0x313F, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145,
                                  0x3146, 0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
}  // namespace

bool is_syllable(char32_t c) { return c >= kFirst && c <= kLast; }
int final_index(char32_t c) { return is_syllable(c) ? static_cast<int>((c - kFirst) % 28) : -1; }
char32_t open(char32_t c) { return is_syllable(c) ? c - (c - kFirst) % 28 : c; }
char32_t final_jamo(char32_t c) { return is_syllable(c) ? kFinals[(c - kFirst) % 28] : 0; }

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace yp::morph::hangul
