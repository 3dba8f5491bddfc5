// UTF-8 validation with positioned messages, decoding/encoding, NFC via utf8proc. Covered by tests/text/utf8_test.cpp.
#include "text/utf8.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace yp::text {

namespace {

std::string hex_byte(unsigned char b) { return fmt::format("0x{:02X}", static_cast<unsigned>(b)); }

}  // namespace

std::optional<Utf8Problem> find_invalid_utf8(std::string_view bytes) {
  // nearly all text is valid: the tight loop first, the pass that counts lines and columns only for a bad text
  if (is_valid_utf8(bytes)) return std::nullopt;
  return locate_invalid_utf8(bytes);
}

std::optional<Utf8Problem> locate_invalid_utf8(std::string_view bytes) {
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  auto problem = [&](std::size_t at, std::string msg) {
    return Utf8Problem{at, line, column, std::move(msg)};
  };
  while (i < n) {
    auto b0 = static_cast<unsigned char>(bytes[i]);
    if (b0 < 0x80) {
      if (b0 == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
      ++i;
      continue;
    }
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2;
      cp = b0 & 0x1Fu;
      min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3;
      cp = b0 & 0x0Fu;
      min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4;
      cp = b0 & 0x07u;
      min = 0x10000;
    } else if (b0 == 0xC0 || b0 == 0xC1) {
      return problem(i, fmt::format("invalid UTF-8: overlong lead byte {}", hex_byte(b0)));
    } else if (b0 >= 0x80 && b0 <= 0xBF) {
      return problem(i, fmt::format("invalid UTF-8: unexpected continuation byte {}", hex_byte(b0)));
    } else {
      return problem(i, fmt::format("invalid UTF-8: lead byte {} starts a code point above U+10FFFF", hex_byte(b0)));
    }
    for (std::size_t k = 1; k < len; ++k) {
      if (i + k >= n) {
        return problem(i, fmt::format("invalid UTF-8: truncated sequence, lead byte {} needs {} bytes but the input ends",
                                      hex_byte(b0), len));
      }
      auto b = static_cast<unsigned char>(bytes[i + k]);
      if ((b & 0xC0u) != 0x80u) {
        return problem(i, fmt::format("invalid UTF-8 continuation byte {} after lead byte {}", hex_byte(b),
                                      hex_byte(b0)));
      }
      cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min) {
      return problem(i, fmt::format("invalid UTF-8: overlong encoding of U+{:04X} starting with byte {}",
                                    static_cast<std::uint32_t>(cp), hex_byte(b0)));
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return problem(i, fmt::format("invalid UTF-8: encoded surrogate U+{:04X} starting with byte {}",
                                    static_cast<std::uint32_t>(cp), hex_byte(b0)));
    }
    if (cp > 0x10FFFF) {
      return problem(i, fmt::format("invalid UTF-8: code point U+{:X} above U+10FFFF starting with byte {}",
                                    static_cast<std::uint32_t>(cp), hex_byte(b0)));
    }
    i += len;
    ++column;
  }
  return std::nullopt;
}

bool is_valid_utf8(std::string_view bytes) {
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(bytes[i]);
    if (b0 < 0x80) {
      ++i;
      // a run of ASCII, eight bytes at a time
      while (i + 8 <= n) {
        std::uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
      }
      continue;
    }
    const std::size_t len = utf8_sequence_length(reinterpret_cast<const unsigned char*>(bytes.data()), i, n);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::size_t find_bytes(std::string_view s, std::string_view what) {
  if (what.size() < 2) return s.find(what);
  // The key byte: the first when it leads a multi-byte character that is no Hangul syllable (▲ ■ ⓒ ©: E2, C2,
  // rare in Korean text), else the second.
  const auto w0 = static_cast<unsigned char>(what[0]);
  const std::size_t k = (w0 >= 0xC2 && w0 < 0xEA) || (w0 > 0xED && w0 <= 0xF4) ? 0 : 1;
  const char key = what[k];
  // each hit of the key is compared in full, in order, so the first occurrence is found
  for (std::size_t p = k; p < s.size();) {
    const void* hit = std::memchr(s.data() + p, key, s.size() - p);
    if (hit == nullptr) return std::string_view::npos;
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data()) - k;
    if (at + what.size() <= s.size() && std::memcmp(s.data() + at, what.data(), what.size()) == 0) return at;
    p = at + k + 1;
  }
  return std::string_view::npos;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

bool nfc_inert(char32_t cp) {
  if (cp < 0x300) return true;  // ASCII, Latin-1 and Latin Extended: combining class 0, never a second element
  if (cp >= 0xAC00 && cp <= 0xD7A3) return true;  // precomposed Hangul: decomposes and recomposes to itself
  if (cp >= 0x1100 && cp <= 0x11FF) return false;  // conjoining jamo compose algorithmically (L+V, LV+T)
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  if (p->combining_class != 0) return false;
  // a canonical decomposition (decomp_type 0) is applied by NFC; a compatibility one (… -> ...) is not
  if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) return false;
  // comb_index >= 0x8000: the code point is the second character of some composition (U+0301, U+0B3E)
  if (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000) return false;
  return true;
}

namespace {

// Offset of the first code point at or after `from` that nfc_inert refuses, or npos.
std::size_t first_not_inert(std::string_view s, std::size_t from) {
  const std::size_t n = s.size();
  std::size_t i = from;
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    if (b0 >= 0xC2 && b0 < 0xCC) {  // two bytes, below U+0300 (0xC2..0xCB lead bytes)
      i += 2;
      continue;
    }
    if (b0 >= 0xEA && b0 <= 0xED && i + 2 < n) {  // three bytes, U+A000..U+DFFF: test for a Hangul syllable
      const char32_t cp = (static_cast<char32_t>(b0 & 0x0F) << 12) |
                          (static_cast<char32_t>(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                          static_cast<char32_t>(static_cast<unsigned char>(s[i + 2]) & 0x3F);
      if (cp >= 0xAC00 && cp <= 0xD7A3) {
        i += 3;
        continue;
      }
    }
    std::size_t pos = i;
    const char32_t cp = decode_at(s, pos);
    if (pos <= i || !nfc_inert(cp)) return i;
    i = pos;
  }
  return std::string_view::npos;
}

// NFC of the whole of `s` by utf8proc; false when utf8proc refuses it.
bool nfc_by_utf8proc(std::string_view s, std::string& out) {
  utf8proc_uint8_t* mapped = nullptr;
  // utf8proc_map handles explicit lengths (and embedded NULs), unlike utf8proc_NFC which needs a C string.
  utf8proc_ssize_t len =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (len < 0 || mapped == nullptr) {
    std::free(mapped);
    return false;
  }
  out.append(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(len));
  std::free(mapped);
  return true;
}

}  // namespace

bool is_nfc_quick(std::string_view s) { return first_not_inert(s, 0) == std::string_view::npos; }

// Only the stretches around code points that are not inert go through utf8proc. An inert code point (combining
// class 0, no canonical decomposition, never the second character of a composition) is a normalisation boundary:
// nothing before it composes with it or with anything after it (a starter blocks), and canonical reordering does
// not cross it, so NFC(a + x + b) = NFC(a) + NFC(x + b) when x is inert. Each stretch therefore runs from the
// inert code point before a refused one (x may still compose with what follows: 가 + a final jamo) to the next
// inert code point. tests/text/utf8_test.cpp compares with utf8proc over whole texts.
std::string to_nfc(std::string_view valid_utf8) {
  if (valid_utf8.empty()) return {};
  std::size_t bad = first_not_inert(valid_utf8, 0);
  // Fast path: text that is already NFC by the quick check (ASCII, Hangul syllables, common punctuation).
  if (bad == std::string_view::npos) return std::string(valid_utf8);
  std::string out;
  out.reserve(valid_utf8.size() + 16);
  std::size_t done = 0;  // valid_utf8[0, done) is in `out`; `done` is 0 or the start of an inert code point
  while (bad != std::string_view::npos) {
    std::size_t from = bad;  // the start of the inert code point before `bad`, if it is after `done`
    if (bad > done) {
      from = bad - 1;
      while (from > done && (static_cast<unsigned char>(valid_utf8[from]) & 0xC0) == 0x80) --from;
    }
    std::size_t to = bad;  // the next inert code point, or the end
    while (to < valid_utf8.size()) {
      std::size_t next = to;
      const char32_t cp = decode_at(valid_utf8, next);
      if (to > bad && nfc_inert(cp)) break;
      to = next;
    }
    out.append(valid_utf8.data() + done, from - done);
    if (!nfc_by_utf8proc(valid_utf8.substr(from, to - from), out))
      return std::string(valid_utf8);  // invalid input: the caller broke the precondition; leave it as is
    done = to;
    bad = first_not_inert(valid_utf8, done);
  }
  out.append(valid_utf8.data() + done, valid_utf8.size() - done);
  return out;
}

std::string to_nfc_whole(std::string_view valid_utf8) {
  if (valid_utf8.empty()) return {};
  if (is_nfc_quick(valid_utf8)) return std::string(valid_utf8);
  std::string out;
  if (!nfc_by_utf8proc(valid_utf8, out)) return std::string(valid_utf8);
  return out;
}

std::string normalise_newlines(std::string_view s) {
  // the runs between carriage returns copied whole (memchr finds each '\r'); CRLF and a lone CR become '\n'
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const void* cr = std::memchr(s.data() + i, '\r', s.size() - i);
    const std::size_t j = cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - s.data()) : s.size();
    out.append(s.data() + i, j - i);
    if (j == s.size()) break;
    out.push_back('\n');
    i = j + 1;
    if (i < s.size() && s[i] == '\n') ++i;
  }
  return out;
}

std::string normalise_newlines_by_char(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace yp::text
