// Tokeniser of the normaliser: splits folded text into numbers, lexicon words (units, relative words,
// calendar words, suffixes, particles), holiday names, other Hangul words, Latin words and punctuation.
// UTF-8 aware, linear, no std::regex. Internal to yp_time. Covered by tests/time/scanner_test.cpp.
//
// Usage: auto s = yp::time::scan::scan(folded_text);  for (auto& t : s.tokens) ...
#pragma once

#include "time/holidays.hpp"
#include "time/lexicon.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace yp::time::scan {

enum class TokKind {
  Number,   // 28, 2025, 이십사 (before a unit), 한 (before 달/해/주/시간)
  Lexeme,   // a lexicon entry (lex points to it)
  Holiday,  // a holiday name or alias (holiday indexes Scan::holidays)
  Hangul,   // any other run of Hangul syllables (rest of a word)
  Latin,    // a run of ASCII letters
  Punct,    // one other character (cp)
};

struct Token {
  TokKind kind = TokKind::Punct;
  std::size_t begin = 0;  // byte offsets in the scanned (folded) text
  std::size_t end = 0;
  bool space_before = false;    // spaces or tabs separate it from the previous token
  bool newline_before = false;  // a line break separates it from the previous token
  // Number
  std::int64_t value = 0;
  int digits = 0;           // count of ASCII digits (0 for Hangul numerals)
  bool hangul_number = false;
  bool glued_latin = false; // a Latin letter or a digit-dot precedes it directly (A1, 1.5)
  // Lexeme / Holiday / Punct
  const lex::Entry* lex = nullptr;
  int holiday = -1;
  char32_t cp = 0;

  bool adjacent() const { return !space_before && !newline_before; }
  bool is(lex::Kind k) const { return kind == TokKind::Lexeme && lex->kind == k; }
  bool is(lex::Kind k, int v) const { return is(k) && lex->value == v; }
  bool is_punct(char32_t c) const { return kind == TokKind::Punct && cp == c; }
  bool operator==(const Token&) const = default;  // `lex` compares as a pointer into the one lexicon
};

struct Scan {
  std::vector<Token> tokens;
  std::vector<Holiday> holidays;  // holidays found, indexed by Token::holiday
};

Scan scan(std::string_view folded);
// The same, trying the holiday names, the lexicon and the numerals at every word without scan's table of the
// syllables each may begin with: the reference of tests/time/fast_paths_test.cpp.
Scan scan_every_word(std::string_view folded);

}  // namespace yp::time::scan
