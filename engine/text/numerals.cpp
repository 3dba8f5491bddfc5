// Korean numeral parsing: Arabic (with commas and 만/억/조 units), Sino-Korean words, native counters.
// Covered by tests/text/numerals_test.cpp.
//
// Boundary behaviour (this is a pure numeral parser; callers check what follows):
//   * Arabic: ASCII digits only (fold full-width digits first), commas only as exact 3-digit groups
//     ("1,000", "6,000억"; "1,2" stops before the comma). No decimals: "1.5" parses as 1 ending at '.'.
//   * Units: 십 백 천 (small) and 만 억 조 경 (big), decreasing order, e.g. 1천700, 180억, 3만5천, 2백만.
//     One space is crossed after a big unit only when a smaller big unit follows ("1조 2천억"), so
//     "3만 명" ends after 만. A big unit never starts a numeral ("만나다" is not 10000).
//   * Sino-Korean words (sino = true): 일 이 삼 사 오 육 칠 팔 구 with the units: 이천이십오, 십이, 삼십일.
//     A Sino-Korean numeral never mixes with Arabic digits ("3이" is 3).
//   * Native counters (native = true): 한 두 세 네 (석 넉) 다섯 … 아홉, 하나 둘 셋 넷, 열 스물/스무
//     서른 마흔 쉰 예순 일흔 여든 아흔, and tens + units (열두, 스물다섯).
//   * Korean words that merely begin with a numeral syllable DO parse: "오는" gives 5 ending before 는,
//     "한국" gives 1, "열리는" gives 10. Callers must check that a counter or unit (년 월 일 명 개 …)
//     follows before treating the result as a number.
#include "text/numerals.hpp"

#include "text/utf8.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <utility>

namespace yp::text {

namespace {

int sino_digit(char32_t cp) {
  switch (cp) {
    case U'일': return 1;
    case U'이': return 2;
    case U'삼': return 3;
    case U'사': return 4;
    case U'오': return 5;
    case U'육': return 6;
    case U'칠': return 7;
    case U'팔': return 8;
    case U'구': return 9;
    default: return 0;
  }
}

std::int64_t small_unit(char32_t cp) {
  switch (cp) {
    case U'십': return 10;
    case U'백': return 100;
    case U'천': return 1000;
    default: return 0;
  }
}

std::int64_t big_unit(char32_t cp) {
  switch (cp) {
    case U'만': return 10'000;
    case U'억': return 100'000'000;
    case U'조': return 1'000'000'000'000;
    case U'경': return 10'000'000'000'000'000;
    default: return 0;
  }
}

// Reads an Arabic digit run with optional exact 3-digit comma groups at p; returns end (== p if none).
std::size_t read_arabic(std::string_view s, std::size_t p, std::int64_t& value) {
  auto digit = [&](std::size_t q) { return q < s.size() && s[q] >= '0' && s[q] <= '9'; };
  std::size_t q = p;
  std::int64_t v = 0;
  int ndigits = 0;
  while (digit(q)) {
    if (ndigits < 18) v = v * 10 + (s[q] - '0');
    ++ndigits;
    ++q;
  }
  if (q == p) return p;
  if (ndigits <= 3) {
    while (q + 3 < s.size() + 0 && s[q] == ',' && digit(q + 1) && digit(q + 2) && digit(q + 3) && !digit(q + 4)) {
      if (v > (INT64_MAX - 999) / 1000) break;  // one more group would overflow (100,000,000,000,000,000,000)
      v = v * 1000 + (s[q + 1] - '0') * 100 + (s[q + 2] - '0') * 10 + (s[q + 3] - '0');
      q += 4;
      if (v > 100'000'000'000'000'000) break;
    }
  }
  value = v;
  return q;
}

struct Native {
  std::u32string_view word;
  int value;
};

// 서/너 (서 말, 너 되) are left out: they begin too many words (서울, 너무).
constexpr std::array<Native, 15> kNativeUnits = {{
    {U"하나", 1}, {U"한", 1}, {U"둘", 2}, {U"두", 2}, {U"셋", 3}, {U"세", 3}, {U"석", 3},
    {U"넷", 4}, {U"네", 4}, {U"넉", 4}, {U"다섯", 5}, {U"여섯", 6}, {U"일곱", 7}, {U"여덟", 8}, {U"아홉", 9},
}};
constexpr std::array<Native, 10> kNativeTens = {{
    {U"열", 10}, {U"스물", 20}, {U"스무", 20}, {U"서른", 30}, {U"마흔", 40}, {U"쉰", 50},
    {U"예순", 60}, {U"일흔", 70}, {U"여든", 80}, {U"아흔", 90},
}};

// Matches a native word at p; returns the byte end or p.
std::size_t match_word(std::string_view s, std::size_t p, std::u32string_view w) {
  std::size_t q = p;
  for (char32_t want : w) {
    if (q >= s.size()) return p;
    if (decode_at(s, q) != want) return p;
  }
  return q;
}

// The longest word of `table` at p, or nullptr; its end in *end (p when none). `first` is the code point at p, decoded
// by the caller, and `after` its end: words of another first letter cannot match and are not tried.
template <std::size_t N>
const Native* longest_native(std::string_view s, std::size_t p, char32_t first, std::size_t after,
                             const std::array<Native, N>& table, std::size_t* end) {
  const Native* best = nullptr;
  *end = p;
  for (const auto& n : table) {
    if (n.word.front() != first) continue;
    const std::size_t e = match_word(s, after, n.word.substr(1));
    if (n.word.size() > 1 && e == after) continue;  // the rest of the word does not follow
    if (e > *end) {
      *end = e;
      best = &n;
    }
  }
  return best;
}

// The code point at pos decoded once, for both tables (the units' when no tens word is there).
std::optional<ParsedNumber> parse_native(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return std::nullopt;
  std::size_t after = pos;
  const char32_t first = decode_at(s, after);
  std::size_t p = pos;
  const Native* tens = longest_native(s, pos, first, after, kNativeTens, &p);
  int value = tens ? tens->value : 0;
  // 스무 only stands alone (스무 살); 스물 takes units (스물다섯).
  if (!tens || tens->word != U"스무") {
    std::size_t unit_end = p;
    const Native* unit = nullptr;
    if (p == pos) {
      unit = longest_native(s, p, first, after, kNativeUnits, &unit_end);
    } else if (p < s.size()) {
      std::size_t next = p;
      const char32_t c = decode_at(s, next);
      unit = longest_native(s, p, c, next, kNativeUnits, &unit_end);
    }
    if (unit) {
      value += unit->value;
      p = unit_end;
    }
  }
  if (p == pos) return std::nullopt;
  ParsedNumber n;
  n.value = value;
  n.begin = pos;
  n.end = p;
  n.native = true;
  return n;
}

// Arabic or Sino-Korean numeral with units.
std::optional<ParsedNumber> parse_units(std::string_view s, std::size_t pos) {
  const std::size_t size = s.size();
  auto peek = [&](std::size_t p, std::size_t* next) -> char32_t {
    if (p >= size) return 0;
    std::size_t q = p;
    char32_t cp = decode_at(s, q);
    *next = q;
    return cp;
  };

  bool arabic = false;
  bool sino = false;
  std::int64_t total = 0;     // completed big-unit sections
  std::int64_t section = 0;   // value below the current big unit
  std::int64_t current = 0;   // pending digit value
  bool has_current = false;
  std::int64_t last_small = 0;                 // last small unit in this section (0 = none)
  std::int64_t last_big = 0;                   // last big unit (0 = none)
  std::size_t p = pos;
  std::size_t end = pos;              // end of the last accepted state
  std::int64_t value_at_end = 0;
  auto commit = [&](std::size_t at) {
    end = at;
    value_at_end = total + section + current;
  };
  // A numeral too large for 64 bits (천경 = 10^19) ends before the digits or unit that would overflow it.
  auto fits = [](std::int64_t a, std::int64_t b, std::int64_t c) {
    std::int64_t r = 0;
    return !__builtin_add_overflow(a, b, &r) && !__builtin_add_overflow(r, c, &r);
  };

  while (p < size) {
    std::size_t next = p;
    char32_t cp = peek(p, &next);
    std::int64_t v = 0;
    if (s[p] >= '0' && s[p] <= '9') {
      if (sino || has_current) break;
      std::size_t e = read_arabic(s, p, v);
      // After a unit the digits must be smaller than it: 1천700, 3만5000.
      if (last_small != 0 && v >= last_small) break;
      if (last_small == 0 && last_big != 0 && v >= last_big) break;
      if (!fits(total, section, v)) break;
      arabic = true;
      current = v;
      has_current = true;
      p = e;
      commit(p);
      continue;
    }
    if (int d = sino_digit(cp)) {
      if (arabic || has_current) break;
      sino = true;
      current = d;
      has_current = true;
      p = next;
      commit(p);
      continue;
    }
    if (std::int64_t u = small_unit(cp)) {
      if (last_small != 0 && u >= last_small) break;
      if (last_small == 0 && last_big != 0 && u >= last_big) break;
      if (!has_current) {
        if (arabic) break;  // "1만천" is not written with Arabic digits
        current = 1;
      }
      std::int64_t add = 0;
      if (__builtin_mul_overflow(current, u, &add) || !fits(total, section, add)) break;
      if (!arabic) sino = true;
      section += add;
      current = 0;
      has_current = false;
      last_small = u;
      p = next;
      commit(p);
      continue;
    }
    if (std::int64_t u = big_unit(cp)) {
      if (last_big != 0 && u >= last_big) break;
      std::int64_t sec = 0, add = 0;
      if (__builtin_add_overflow(section, current, &sec) || __builtin_mul_overflow(sec, u, &add) ||
          !fits(total, add, 0))
        break;
      if (sec == 0) break;  // a big unit never starts a numeral
      total += add;
      section = 0;
      current = 0;
      has_current = false;
      last_small = 0;
      last_big = u;
      p = next;
      commit(p);
      // One space may follow when a smaller big unit comes next ("1조 2천억", "1억 2000만").
      if (p < size && s[p] == ' ') {
        std::size_t q = p + 1;
        auto rest = parse_units(s, q);
        if (rest && rest->end > q) {
          std::size_t last = rest->end;
          // The continuation must itself end in a big unit smaller than u.
          std::size_t b = last;
          while (b > q && (static_cast<unsigned char>(s[b - 1]) & 0xC0u) == 0x80u) --b;
          if (b > q) --b;
          std::size_t tmp = b;
          std::int64_t tail_unit = big_unit(decode_at(s, tmp));
          if (tail_unit != 0 && tail_unit < u && ((arabic && !rest->sino) || (sino && rest->sino)) &&
              fits(total, rest->value, 0)) {
            total += rest->value;
            end = rest->end;
            value_at_end = total;
            return ParsedNumber{value_at_end, pos, end, sino, false};
          }
        }
      }
      continue;
    }
    break;
  }
  if (end == pos) return std::nullopt;
  return ParsedNumber{value_at_end, pos, end, sino && !arabic, false};
}

}  // namespace

// A cheap filter before the full parse.
bool may_start_numeral(char32_t cp) {
  if (cp >= '0' && cp <= '9') return true;
  if (sino_digit(cp) != 0 || small_unit(cp) != 0) return true;
  switch (cp) {
    case U'하': case U'한': case U'둘': case U'두': case U'셋': case U'세': case U'석': case U'넷': case U'네':
    case U'넉': case U'다': case U'여': case U'아': case U'열': case U'스': case U'서': case U'마': case U'쉰':
    case U'예':
      return true;
    default:
      return false;
  }
}

std::optional<ParsedNumber> parse_number_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return std::nullopt;
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    if (b < '0' || b > '9') return std::nullopt;
  } else {
    if (b < 0xEA || b > 0xED) return std::nullopt;  // not the lead byte of a Hangul syllable
    std::size_t q = pos;
    if (!may_start_numeral(decode_at(s, q))) return std::nullopt;
  }
  auto units = parse_units(s, pos);
  auto native = parse_native(s, pos);
  if (units && native) return units->end >= native->end ? units : native;
  if (units) return units;
  return native;
}

int sino_month(std::string_view word) {
  static constexpr std::pair<std::u32string_view, int> kMonths[] = {
      {U"일월", 1}, {U"이월", 2}, {U"삼월", 3}, {U"사월", 4}, {U"오월", 5}, {U"유월", 6}, {U"육월", 6},
      {U"칠월", 7}, {U"팔월", 8}, {U"구월", 9}, {U"시월", 10}, {U"십월", 10}, {U"십일월", 11}, {U"십이월", 12},
  };
  for (const auto& [name, m] : kMonths) {
    if (match_word(word, 0, name) == word.size() && !word.empty()) return m;
  }
  return 0;
}

}  // namespace yp::text
