// Character folding (full-width ASCII, range marks, exotic spaces, date units in Chinese characters) with a byte
// origin map. Covered by tests/text/fold_test.cpp.
#include "text/fold.hpp"

#include "text/utf8.hpp"

#include <array>
#include <numeric>

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

// Date units written in Chinese characters after a number (Japanese and Chinese text, hanja in Korean headlines:
// ８月３０日, 3月 1日, 2023年) read as their Hangul (년, 월, 일): the same three bytes in UTF-8, so each folded byte
// maps to its own input byte. Empty: not such a unit. (Without a number before it the character is kept: 日 정부 is
// Japan, この日 a word of time/data/japanese.tsv.)
std::string_view fold_unit(char32_t cp) {
  switch (cp) {
    case 0x5E74:  // 年
      return "년";
    case 0x6708:  // 月
      return "월";
    case 0x65E5:  // 日
      return "일";
    default:
      return {};
  }
}

// Bytes at which folding may change something: the tab and the two other ASCII spaces that fold to ' ', and the
// lead bytes of every code point fold_cp and fold_unit map (U+00A0: C2; U+02DC: CB; U+2010..U+223C: E2;
// U+3000..U+3030: E3; U+5E74: E5; U+65E5, U+6708: E6; U+FF01..U+FF5E: EF), and E0 and F0, whose overlong (invalid) sequences decode_at reads as any of these.
// Continuation bytes (80..BF) are no lead bytes and decode_at never reads past an invalid one, so a run free of
// these bytes is copied as it is. tests/text/fold_test.cpp checks fold against fold_by_code_point on every code
// point and on random bytes.
constexpr std::array<bool, 256> kMayFold = [] {
  std::array<bool, 256> a{};
  for (unsigned char b : {0x09, 0x0B, 0x0C, 0xC2, 0xCB, 0xE0, 0xE2, 0xE3, 0xE5, 0xE6, 0xEF, 0xF0}) a[b] = true;
  return a;
}();

// One code point at pos (ASCII or not), folded or kept, appended with its origin; advances pos.
void fold_one(std::string_view in, std::size_t& pos, Folded& f) {
  const std::size_t start = pos;
  const auto b = static_cast<unsigned char>(in[pos]);
  char32_t cp = b;
  if (b < 0x80) ++pos;
  else cp = decode_at(in, pos);
  if (char c = fold_cp(cp)) {
    f.text.push_back(c);
    f.origin.push_back(start);
  } else if (std::string_view u = fold_unit(cp);
             !u.empty() && u.size() == pos - start && !f.text.empty() && f.text.back() >= '0' && f.text.back() <= '9') {
    f.text.append(u);
    for (std::size_t k = start; k < pos; ++k) f.origin.push_back(k);
  } else {
    // Keep the original bytes; each maps to its own input offset.
    for (std::size_t k = start; k < pos; ++k) {
      f.text.push_back(in[k]);
      f.origin.push_back(k);
    }
  }
}

}  // namespace

Folded fold(std::string_view nfc_text) {
  Folded f;
  f.text.reserve(nfc_text.size());
  f.origin.reserve(nfc_text.size() + 1);
  const std::size_t n = nfc_text.size();
  std::size_t pos = 0;
  while (pos < n) {
    const std::size_t run = pos;
    while (pos < n && !kMayFold[static_cast<unsigned char>(nfc_text[pos])]) ++pos;
    if (pos > run) {
      // Bytes that fold to themselves: copied, each mapping to its own offset.
      f.text.append(nfc_text.data() + run, pos - run);
      const std::size_t o = f.origin.size();
      f.origin.resize(o + (pos - run));
      std::iota(f.origin.begin() + static_cast<std::ptrdiff_t>(o), f.origin.end(), run);
    }
    if (pos < n) fold_one(nfc_text, pos, f);
  }
  f.origin.push_back(n);
  return f;
}

Folded fold_by_code_point(std::string_view nfc_text) {
  Folded f;
  std::size_t pos = 0;
  while (pos < nfc_text.size()) fold_one(nfc_text, pos, f);
  f.origin.push_back(nfc_text.size());
  return f;
}

}  // namespace yp::text
