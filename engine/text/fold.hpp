// Character folding for matching: full-width ASCII -> ASCII, range marks (～ ∼ 〜 – — ‐) -> '~',
// exotic spaces -> ' ', the date units 年 月 日 after a digit -> 년 월 일 (same length), typographic quotes kept. Keeps a byte map back to the input so that
// offsets found in the folded text can be reported in the original. Covered by tests/text/fold_test.cpp.
//
// Usage:
//   yp::text::Folded f = yp::text::fold(body);     // body is NFC, valid UTF-8
//   size_t b = f.to_original(match_begin);          // offset in body
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yp::text {

struct Folded {
  std::string text;                  // folded text (valid UTF-8)
  std::vector<std::size_t> origin;   // origin[i] = byte offset in the input of folded byte i; size text.size()+1

  // Maps a folded byte offset (0..text.size()) to the input byte offset.
  std::size_t to_original(std::size_t folded_offset) const { return origin[folded_offset]; }
};

Folded fold(std::string_view nfc_text);
// The same, one code point at a time (what fold did before it copied runs that need no folding): the reference
// of tests/text/fold_test.cpp.
Folded fold_by_code_point(std::string_view nfc_text);

}  // namespace yp::text
