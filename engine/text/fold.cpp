// Character folding (full-width ASCII, range marks, exotic spaces) with a byte origin map. Covered by tests/text/fold_test.cpp.
#include "text/fold.hpp"

#include "text/utf8.hpp"

namespace yp::text {

namespace {

// The folded form of one code point: an ASCII byte, or 0 to keep the code point unchanged.
char fold_cp(char32_t cp) {
  // Range marks: ～ (full-width tilde, before the generic full-width rule), ∼ 〜 and the dashes.
  // U+2212 MINUS SIGN is left alone: it marks negative numbers ("−0.5%").
  switch (cp) {
    case 0xFF5E:  // FULLWIDTH TILDE
    case 0x223C:  // TILDE OPERATOR
    case 0x301C:  // WAVE DASH
    case 0x3030:  // WAVY DASH
    case 0x2053:  // SWUNG DASH
    case 0x02DC:  // SMALL TILDE
    case 0x2010:  // HYPHEN
    case 0x2011:  // NON-BREAKING HYPHEN
    case 0x2012:  // FIGURE DASH
    case 0x2013:  // EN DASH
    case 0x2014:  // EM DASH
    case 0x2015:  // HORIZONTAL BAR
      return '~';
    default:
      break;
  }
  if (cp >= 0xFF01 && cp <= 0xFF5D) return static_cast<char>(cp - 0xFF01 + 0x21);
  // Spaces: NBSP, the U+2000 block, narrow NBSP, medium math space, ideographic space, and tabs.
  if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
      cp == '\t' || cp == 0x000B || cp == 0x000C) {
    return ' ';
  }
  return 0;
}

}  // namespace

Folded fold(std::string_view nfc_text) {
  Folded f;
  f.text.reserve(nfc_text.size());
  f.origin.reserve(nfc_text.size() + 1);
  std::size_t pos = 0;
  while (pos < nfc_text.size()) {
    const std::size_t start = pos;
    auto b = static_cast<unsigned char>(nfc_text[pos]);
    if (b < 0x80 && b != '\t' && b != 0x0B && b != 0x0C) {
      f.text.push_back(static_cast<char>(b));
      f.origin.push_back(start);
      ++pos;
      continue;
    }
    char32_t cp = decode_at(nfc_text, pos);
    if (char c = fold_cp(cp)) {
      f.text.push_back(c);
      f.origin.push_back(start);
    } else {
      // Keep the original bytes; each maps to its own input offset.
      for (std::size_t k = start; k < pos; ++k) {
        f.text.push_back(nfc_text[k]);
        f.origin.push_back(k);
      }
    }
  }
  f.origin.push_back(nfc_text.size());
  return f;
}

}  // namespace yp::text
