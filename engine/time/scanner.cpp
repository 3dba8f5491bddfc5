// Tokeniser of the normaliser: folded text -> numbers, lexicon words, holidays, Hangul/Latin words, punctuation.
// One pass, longest match at each position, no std::regex. Covered by tests/time/scanner_test.cpp.
#include "time/scanner.hpp"

#include "text/numerals.hpp"

namespace yp::time::scan {

namespace {

using lex::Kind;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Decodes one code point (input is valid UTF-8); advances pos.
char32_t decode(std::string_view s, std::size_t& pos) {
  auto b0 = static_cast<unsigned char>(s[pos]);
  int n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
  if (pos + static_cast<std::size_t>(n) > s.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  pos += static_cast<std::size_t>(n);
  return cp;
}

// The Hangul syllable at pos (three bytes, decoded as decode does: continuation bits unchecked), or 0. (Inline: the
// scan asks it at every character.)
[[gnu::always_inline]] inline char32_t syllable_at(std::string_view s, std::size_t pos) {
  if (pos + 3 > s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0xEA || b0 > 0xED) return 0;
  const char32_t cp = (static_cast<char32_t>(b0 & 0x0F) << 12) |
                      (static_cast<char32_t>(static_cast<unsigned char>(s[pos + 1]) & 0x3F) << 6) |
                      (static_cast<unsigned char>(s[pos + 2]) & 0x3F);
  return cp >= 0xAC00 && cp <= 0xD7A3 ? cp : 0;
}

[[gnu::always_inline]] inline bool hangul_at(std::string_view s, std::size_t pos) { return syllable_at(s, pos) != 0; }

bool native_unit(int u) {
  return u == lex::kHour || u == lex::kMonthNative || u == lex::kYearNative || u == lex::kWeek || u == lex::kWeeks ||
         u == lex::kHours || u == lex::kMonths || u == lex::kMonthsSpan || u == lex::kWeekSpan;
}

// What a word starting with a given Hangul syllable may be, one bit per matcher of scan_impl: a holiday name or
// alias, a lexicon entry, a numeral. Built once from the holiday table, the lexicon and the numerals' own filter, so
// that most words (no bit set) cost one load instead of three lookups.
enum : std::uint8_t { kMayHoliday = 1, kMayLexeme = 2, kMayNumeral = 4, kMayAll = 7 };

const std::vector<std::uint8_t>& syllable_starts() {
  static const std::vector<std::uint8_t> table = [] {
    std::vector<std::uint8_t> t(0xD7A3 - 0xAC00 + 1, 0);
    auto mark_name = [&](std::string_view name) {
      std::size_t p = 0;
      if (name.empty()) return;
      const char32_t cp = decode(name, p);
      if (cp >= 0xAC00 && cp <= 0xD7A3) t[cp - 0xAC00] |= kMayHoliday;  // a name of another first letter never
                                                                          // matches at a syllable
    };
    for (const auto& h : holidays()) {
      mark_name(h.name);
      for (const auto& a : h.aliases) mark_name(a);
    }
    const auto& L = lex::lexicon();
    for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp) {
      if (L.begins_with_syllable(cp)) t[cp - 0xAC00] |= kMayLexeme;
      if (yp::text::may_start_numeral(cp)) t[cp - 0xAC00] |= kMayNumeral;
    }
    return t;
  }();
  return table;
}

// `filter`: consult syllable_starts() before the matchers (false: try them all, the reference of the tests).
Scan scan_impl(std::string_view s, bool filter) {
  const auto& L = lex::lexicon();
  const auto& starts = syllable_starts();
  Scan out;
  auto& toks = out.tokens;
  toks.reserve(s.size() / 3 + 4);
  bool pending_space = false, pending_nl = false;
  // Token t is the lexicon entry e written at its start: pushed; returns where it ends.
  auto push_lexeme = [&toks](Token& t, const lex::Entry* e) {
    t.kind = TokKind::Lexeme;
    t.lex = e;
    t.end = t.begin + e->surface.size();
    toks.push_back(t);
    return t.end;
  };
  std::size_t pos = 0;
  while (pos < s.size()) {
    char c = s[pos];
    if (c == ' ' || c == '\t') {
      pending_space = true;
      ++pos;
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_nl = true;
      ++pos;
      continue;
    }
    Token t;
    t.begin = pos;
    t.space_before = pending_space;
    t.newline_before = pending_nl;
    pending_space = pending_nl = false;
    const Token* prev = toks.empty() ? nullptr : &toks.back();

    if (is_digit(c)) {
      std::int64_t v = 0;
      int digits = 0;
      while (pos < s.size() && is_digit(s[pos])) {
        if (v < 1'000'000'000'000LL) v = v * 10 + (s[pos] - '0');
        ++digits;
        ++pos;
      }
      // 1,000 and 6,000억: a formatted amount, never a date part.
      while (pos + 3 < s.size() + 0 && s[pos] == ',' && is_digit(s[pos + 1]) && is_digit(s[pos + 2]) &&
             is_digit(s[pos + 3]) && (pos + 4 >= s.size() || !is_digit(s[pos + 4]))) {
        for (int k = 1; k <= 3; ++k) v = v * 10 + (s[pos + k] - '0');
        pos += 4;
        digits = -1;
      }
      t.kind = TokKind::Number;
      t.value = v;
      t.digits = digits;
      t.glued_latin = prev && t.adjacent() && prev->kind == TokKind::Latin;
      t.end = pos;
      toks.push_back(t);
      continue;
    }
    if (is_alpha(c)) {
      // an English time word (time/data/english.tsv: Aug., Tuesday, next year), whole words only (not Mayor);
      // a capitalised one after another English word is part of a name (USA Today), unless a month or a weekday
      const bool after_word = prev && prev->kind == TokKind::Latin;
      if (!after_word || !t.adjacent()) {
        const lex::Entry* e = L.longest(s, pos);
        const std::size_t e_end = e ? pos + e->surface.size() : pos;
        const bool name_part = e && after_word && c >= 'A' && c <= 'Z' && e->kind != lex::Kind::MonthName &&
                               e->kind != lex::Kind::Weekday;
        if (e && !name_part && (e_end >= s.size() || !is_alpha(s[e_end]))) {
          pos = push_lexeme(t, e);
          continue;
        }
      }
      while (pos < s.size() && is_alpha(s[pos])) ++pos;
      t.kind = TokKind::Latin;
      t.end = pos;
      toks.push_back(t);
      continue;
    }
    const char32_t syllable = syllable_at(s, pos);
    // a Japanese time word (time/data/japanese.tsv: この日, 前日, 昨年), at a kana or a Chinese character (U+3040..U+9FFF:
    // lead bytes E3..E9)
    if (syllable == 0 && static_cast<unsigned char>(c) >= 0xE3 && static_cast<unsigned char>(c) <= 0xE9) {
      if (const lex::Entry* e = L.longest(s, pos)) {
        pos = push_lexeme(t, e);
        continue;
      }
    }
    if (syllable == 0) {
      t.kind = TokKind::Punct;
      t.cp = decode(s, pos);
      t.end = pos;
      toks.push_back(t);
      continue;
    }

    // Hangul.
    bool after_number = prev && prev->kind == TokKind::Number &&
                        (t.adjacent() || (prev->hangul_number && !t.newline_before));
    if (after_number) {
      if (const auto* u = L.longest_of(s, pos, Kind::Unit)) {
        pos = push_lexeme(t, u);
        continue;
      }
    }
    bool word_start = !t.adjacent() || !prev || prev->kind == TokKind::Punct;
    std::uint8_t may = kMayAll;
    if (filter) may = starts[syllable - 0xAC00];
    std::size_t best_end = pos;
    int best = 0;  // 1 holiday, 2 lexeme, 3 numeral
    const lex::Entry* lexeme = nullptr;
    std::optional<Holiday> holiday;
    if ((may & kMayHoliday) && (word_start || (prev && prev->kind == TokKind::Lexeme))) {
      std::size_t len = 0;
      auto h = find_holiday(s.substr(pos), &len);
      if (h && len > 0) {
        std::size_t e = pos + len;
        bool ok = e >= s.size() || !hangul_at(s, e);
        if (!ok) {
          // glued to the name: a particle or a suffix (설부터, 추석전), but a one-syllable suffix glued to a
          // one-syllable name makes another word (설치, 설전, 설경: 치/전/경 are suffixes too); never a counter
          const auto* follow = L.longest(s, e);
          ok = follow && (follow->kind == Kind::Particle ||
                          (follow->kind == Kind::Suffix && follow->value != lex::kCounter &&
                           (follow->surface.size() > 3 || len > 3)));
        }
        if (ok) {
          holiday = std::move(h);
          best_end = e;
          best = 1;
        }
      }
    }
    if ((lexeme = (may & kMayLexeme) ? L.longest(s, pos) : nullptr) && pos + lexeme->surface.size() > best_end) {
      best_end = pos + lexeme->surface.size();
      best = 2;
    }
    std::size_t numeral_end = 0;
    std::int64_t numeral_value = 0;
    if ((may & kMayNumeral) && (word_start || (prev && prev->kind == TokKind::Lexeme))) {
      if (auto n = yp::text::parse_number_at(s, pos); n && n->end > pos && n->end <= s.size()) {
        std::size_t e = n->end;
        bool spaced = e < s.size() && s[e] == ' ';
        const lex::Entry* u = L.longest_of(s, spaced ? e + 1 : e, Kind::Unit);
        bool ok = false;
        if (u) {
          int syllables = static_cast<int>((e - pos) / 3);
          if (n->native) ok = native_unit(u->value);
          else if (!spaced) {
            // 삼일 alone is ambiguous (삼일절, 三一); after a month (십이월 삼일) it is a day.
            bool after_month = prev && prev->is(Kind::Unit, lex::kMonth);
            ok = (u->value == lex::kMonth && n->value >= 1 && n->value <= 12) ||
                 ((u->value == lex::kYear || u->value == lex::kDay) && (syllables >= 2 || after_month));
          }
        }
        std::size_t total = u ? (spaced ? e + 1 : e) + u->surface.size() : e;
        if (ok && total > best_end) {
          best = 3;
          best_end = total;
          numeral_end = e;
          numeral_value = n->value;
        }
      }
    }
    if (best == 1) {
      t.kind = TokKind::Holiday;
      t.holiday = static_cast<int>(out.holidays.size());
      out.holidays.push_back(std::move(*holiday));
      t.end = best_end;
    } else if (best == 2) {
      t.kind = TokKind::Lexeme;
      t.lex = lexeme;
      t.end = best_end;
    } else if (best == 3) {
      t.kind = TokKind::Number;
      t.value = numeral_value;
      t.hangul_number = true;
      t.end = numeral_end;
    } else {
      t.kind = TokKind::Hangul;
      std::size_t p = pos;
      while (p < s.size() && hangul_at(s, p)) p += 3;
      t.end = p;
    }
    pos = t.end;
    toks.push_back(t);
  }
  return out;
}

}  // namespace

Scan scan(std::string_view folded) { return scan_impl(folded, true); }

Scan scan_every_word(std::string_view folded) { return scan_impl(folded, false); }

}  // namespace yp::time::scan
