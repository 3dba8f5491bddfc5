// UTF-8 validation, decoding and NFC normalisation (utf8proc). Covered by tests/text/utf8_test.cpp.
//
// Usage:
//   if (auto bad = yp::text::find_invalid_utf8(bytes)) report(bad->offset, bad->line);
//   std::string canon = yp::text::to_nfc(bytes);   // decomposed (NFD) Hangul -> precomposed syllables
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yp::text {

struct Utf8Problem {
  std::size_t offset = 0;  // byte offset of the first bad byte
  std::size_t line = 1;    // 1-based line of that byte
  std::size_t column = 1;  // 1-based column in code points
  std::string message;     // e.g. "invalid UTF-8 continuation byte 0x41"
};

// nullopt if `bytes` is valid UTF-8 (overlongs, surrogates and > U+10FFFF are invalid).
std::optional<Utf8Problem> find_invalid_utf8(std::string_view bytes);

// The same verdict as !find_invalid_utf8(bytes), without positions or messages (a tight loop).
bool is_valid_utf8(std::string_view bytes);
// The length of the valid multi-byte sequence at b[i] (b[i] >= 0x80, i < n): 2, 3 or 4; 0 when it is invalid
// (a stray or overlong lead, a surrogate, above U+10FFFF, a bad or missing continuation byte). The one rule of
// is_valid_utf8 and of the JSON writer's one-pass check.
inline std::size_t utf8_sequence_length(const unsigned char* b, std::size_t i, std::size_t n) {
  const unsigned char c = b[i];
  // three bytes whose second byte may be any continuation byte (E1..EC, EE, EF: not E0's overlongs or ED's
  // surrogates): the Hangul syllables, most CJK and punctuation
  if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 3 <= n && (b[i + 1] & 0xC0u) == 0x80u && (b[i + 2] & 0xC0u) == 0x80u)
    return 3;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;       // overlong
    else if (c == 0xED) hi = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;       // overlong
    else if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > n || b[i + 1] < lo || b[i + 1] > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((b[i + k] & 0xC0u) != 0x80u) return 0;
  return len;
}
// The pass behind find_invalid_utf8, which runs it only when is_valid_utf8 refuses the text: it counts lines and
// columns on the way (tests/text/utf8_test.cpp compares both functions with it).
std::optional<Utf8Problem> locate_invalid_utf8(std::string_view bytes);

// Decodes one code point at `pos` (valid UTF-8 assumed); advances pos. Returns U+FFFD on bad input.
// (Inline: the sentence splitter, the numeral parser and fold call it for every character.)
inline char32_t decode_at(std::string_view s, std::size_t& pos) {
  constexpr char32_t kReplacement = 0xFFFD;
  if (pos >= s.size()) return kReplacement;
  auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  std::size_t len = 0;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    cp = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    cp = b0 & 0x0Fu;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07u;
  } else {
    ++pos;
    return kReplacement;
  }
  if (pos + len > s.size()) {
    ++pos;
    return kReplacement;
  }
  for (std::size_t k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[pos + k]);
    if ((b & 0xC0u) != 0x80u) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (b & 0x3Fu);
  }
  pos += len;
  return cp;
}
// s.find(what) (the first occurrence, npos if none), keyed on the needle's second byte: string_view::find stops at
// every occurrence of the first byte, and the first byte of a Hangul word is one of the four (EA..ED) that start
// nearly every syllable of Korean text, while its second byte is one of 64 continuation bytes. A needle that opens
// with another multi-byte character (the crawl bullets ▲ ■ ◆, ⓒ, ©) is keyed on its first byte, rarer still.
std::size_t find_bytes(std::string_view s, std::string_view what);
// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);
// True for Hangul syllables U+AC00..U+D7A3.
bool is_hangul_syllable(char32_t cp);
// One of the middle dots crawled Korean text writes between numbers and words (4·10 총선, 6ㆍ25전쟁): · ㆍ ‧ ∙ ・.
inline bool is_middle_dot(char32_t cp) {
  return cp == U'\u00B7' || cp == U'\u318D' || cp == U'\u2027' || cp == U'\u2219' || cp == U'\u30FB';
}

// Canonical composition (NFC). Input must be valid UTF-8. Text that is_nfc_quick accepts is returned as it is
// (no utf8proc call); otherwise only the stretches between the inert code points (nfc_inert) around each code
// point the quick check refuses go through utf8proc.
std::string to_nfc(std::string_view valid_utf8);
// The same with the whole text through utf8proc whenever the quick check refuses it (what to_nfc did before):
// the reference of tests/text/utf8_test.cpp.
std::string to_nfc_whole(std::string_view valid_utf8);

// CRLF and lone CR become LF (article bodies and titles, from files and from JSON Lines alike).
std::string normalise_newlines(std::string_view s);
// The byte loop normalise_newlines replaced (tests compare the two).
std::string normalise_newlines_by_char(std::string_view s);
// A quick check: true when every code point of the text is one NFC leaves alone whatever surrounds it (ASCII
// and U+0000..U+02FF, Hangul syllables, and any other code point with combining class 0, no canonical
// decomposition and no part as the second character of a composition; never conjoining jamo U+1100..U+11FF),
// so the text is already NFC. False means "maybe not". Input must be valid UTF-8.
bool is_nfc_quick(std::string_view valid_utf8);
// The per-code-point rule of is_nfc_quick.
bool nfc_inert(char32_t cp);

}  // namespace yp::text
