// Tests for engine/time/scanner.hpp and lexicon.hpp: tokens of folded text (numbers, units, lexicon words).
#include "time/lexicon.hpp"
#include "time/scanner.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace yp::time;
using scan::TokKind;

namespace {
std::string text(const std::string& s, const scan::Token& t) { return s.substr(t.begin, t.end - t.begin); }
}  // namespace

TEST_CASE("lexicon tables load and answer longest matches", "[scanner]") {
  const auto& L = lex::lexicon();
  CHECK(L.size() > 200);
  std::string s = "지난달에는";
  const auto* e = L.longest(s, 0);
  REQUIRE(e);
  CHECK(e->surface == "지난달");
  CHECK(e->kind == lex::Kind::Month);
  CHECK(e->value == -1);
  std::string t = "이번 주 금요일";
  REQUIRE(L.longest(t, 0));
  CHECK(L.longest(t, 0)->kind == lex::Kind::Week);
  CHECK(L.weekday_abbr("금") == 5);
  CHECK(L.weekday_abbr("X") == 0);
  CHECK(L.longest(std::string("xyz"), 0) == nullptr);
  CHECK_FALSE(L.tense_cues().empty());
  std::size_t spaced = 0;
  for (const auto& c : L.tense_cues()) {  // the space word_tense looks for, found when the table is read
    CHECK(c.space == c.surface.find(' '));
    if (c.space != std::string::npos) ++spaced;
  }
  CHECK(spaced > 0);
}

TEST_CASE("numbers and units", "[scanner]") {
  std::string s = "2025년 10월 24일부터";
  auto sc = scan::scan(s);
  REQUIRE(sc.tokens.size() == 7);
  CHECK(sc.tokens[0].kind == TokKind::Number);
  CHECK(sc.tokens[0].value == 2025);
  CHECK(sc.tokens[0].digits == 4);
  CHECK(sc.tokens[1].is(lex::Kind::Unit, lex::kYear));
  CHECK(sc.tokens[2].space_before);
  CHECK(sc.tokens[3].is(lex::Kind::Unit, lex::kMonth));
  CHECK(sc.tokens[5].is(lex::Kind::Unit, lex::kDay));
  CHECK(sc.tokens[6].is(lex::Kind::Suffix, lex::kFrom));
  CHECK(text(s, sc.tokens[6]) == "부터");
}

TEST_CASE("Hangul numerals only before a unit", "[scanner]") {
  std::string s = "이십사일 한 달 이번";
  auto sc = scan::scan(s);
  REQUIRE(sc.tokens.size() >= 5);
  CHECK(sc.tokens[0].kind == TokKind::Number);
  CHECK(sc.tokens[0].hangul_number);
  CHECK(sc.tokens[0].value == 24);
  CHECK(sc.tokens[2].kind == TokKind::Number);  // 한 (before 달)
  CHECK(sc.tokens[2].value == 1);
  CHECK(sc.tokens[4].is(lex::Kind::Rel, lex::kRelThis));  // 이번 is a word, not 2 + 번
}

TEST_CASE("formatted amounts, Latin-glued digits and other words", "[scanner]") {
  std::string s = "1,000억 A1 오픈AI";
  auto sc = scan::scan(s);
  REQUIRE(sc.tokens.size() >= 5);
  CHECK(sc.tokens[0].kind == TokKind::Number);
  CHECK(sc.tokens[0].digits == -1);  // 1,000: never a date part
  CHECK(sc.tokens[0].value == 1000);
  CHECK(sc.tokens[2].kind == TokKind::Latin);
  CHECK(sc.tokens[3].kind == TokKind::Number);
  CHECK(sc.tokens[3].glued_latin);
  CHECK(sc.tokens[4].kind == TokKind::Hangul);  // 오픈
}

TEST_CASE("newlines and punctuation are recorded", "[scanner]") {
  std::string s = "9~10월\n당시";
  auto sc = scan::scan(s);
  REQUIRE(sc.tokens.size() == 5);
  CHECK(sc.tokens[1].is_punct('~'));
  CHECK(sc.tokens[4].newline_before);
  CHECK(sc.tokens[4].is(lex::Kind::Anaphor));
  CHECK(scan::scan("").tokens.empty());
}
