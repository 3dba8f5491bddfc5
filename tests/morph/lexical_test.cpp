// Tests for engine/morph/data/lexical.tsv as engine/morph/analyse.cpp reads it (is_lexical) and for the tables
// loader engine/morph/tables.cpp (every row parses; malformed rows are reported with their line).
#include "morph/morph.hpp"
#include "morph/tables.hpp"

#include <catch2/catch.hpp>

using namespace yp::morph;

TEST_CASE("the built-in tables parse without errors", "[morph][tables]") {
  const auto& t = detail::tables();
  for (const auto& e : t.errors) FAIL(e);
  CHECK(t.particles.size() == 45);
  CHECK(t.endings.size() >= 60);
  CHECK(t.words.size() >= 40);
  CHECK(t.postpositions.size() >= 20);
}

TEST_CASE("malformed rows are reported by line", "[morph][tables]") {
  auto t = detail::parse_tables("에서\tJKB+JX\tlocative\tany\n은\tJX\ttopik\tconsonant\n", "다\tEF\tmood=declx\tany\n",
                                "결과\twhatever\n");
  REQUIRE(t.errors.size() == 4);
  CHECK(t.errors[0].find("particles.tsv:1") == 0);
  CHECK(t.errors[1].find("particles.tsv:2") == 0);
  CHECK(t.errors[2].find("endings.tsv:1") == 0);
  CHECK(t.errors[3].find("lexical.tsv:1") == 0);
}

TEST_CASE("lexical rules", "[morph][lexical]") {
  CHECK(is_lexical("결과", Lexical::Word));
  CHECK(is_lexical("어린이", Lexical::Word));
  CHECK_FALSE(is_lexical("어린이가", Lexical::Word));
  // a place that ends like 하다's 해 is no predicate; the verb that ends the same way still is
  CHECK(is_lexical("김해", Lexical::Noun));
  CHECK(analyse_predicate("김해").empty());
  CHECK_FALSE(analyse("김해").prefers_predicate());
  CHECK_FALSE(analyse_predicate("조사해").empty());
  CHECK(is_lexical("서해철도", Lexical::DoNoun));
  CHECK(is_lexical("경기도", Lexical::DoNoun));
  CHECK_FALSE(is_lexical("계약도", Lexical::DoNoun));
  CHECK(is_lexical("충북도", Lexical::DoProvince));
  CHECK_FALSE(is_lexical("충북도청", Lexical::DoProvince));
  CHECK(is_lexical("비롯해", Lexical::Postposition));
  CHECK(is_lexical("따르면", Lexical::Postposition));
  CHECK(is_lexical("않", Lexical::NegAux));
  CHECK(is_lexical("있", Lexical::SsStem));
}

TEST_CASE("hangul arithmetic", "[morph][hangul]") {
  CHECK(hangul::final_index(U'했') == 20);
  CHECK(hangul::final_jamo(U'했') == U'ㅆ');
  CHECK(hangul::open(U'했') == U'해');
  CHECK(hangul::open(U'한') == U'하');
  CHECK(hangul::final_index(U'하') == 0);
  CHECK(hangul::final_index(U'A') == -1);
  CHECK(hangul::final_jamo(U'릴') == U'ㄹ');
  std::size_t n = 0;
  CHECK(hangul::last_char("서울", &n) == U'울');
  CHECK(n == 3);
  std::string s;
  hangul::append_utf8(s, U'리');
  CHECK(s == "리");
}

TEST_CASE("verb stems from hunspell-ko: a stem before 는 is the adnominal, a noun the topic", "[morph][lexical]") {
  // must: stems of two or more syllables that are no nouns, and the ㄹ-less form of a ㄹ-final stem
  for (const char* s : {"흘러가", "즐기", "기리", "미치", "머무르", "넘겨주", "들어가", "만드"}) {
    INFO(s);
    CHECK(verb_stem(s));
  }
  // must not: nouns (also those ending like a stem: 바다, 정부, 경기), one-syllable stems, names, endings
  for (const char* s : {"정부", "바다", "경기", "위기", "가", "주", "삼성전자", "오픈AI", "흘러가는", ""}) {
    INFO(s);
    CHECK_FALSE(verb_stem(s));
  }
}

TEST_CASE("dictionary adnominals: a hunspell-ko stem with -ㄴ/-ㄹ fused in, not the nouns spelled alike",
          "[morph][lexical]") {
  // must: -ㄴ (past) and -ㄹ (future) fused into the stem's open last syllable
  for (const char* s : {"마신", "보낸", "흘러간", "일으킨", "들어선", "덮친"}) {
    INFO(s);
    CHECK(dictionary_adnominal(s) == Adnominal::Past);
  }
  for (const char* s : {"마실", "즐길", "흘러갈", "들어갈"}) {
    INFO(s);
    CHECK(dictionary_adnominal(s) == Adnominal::Future);
  }
  // must not: nouns the dictionary lists although they read as stem + ㄴ/ㄹ (부친 "father", 자신, 달인, 매일,
  // 어른), one-syllable words, words with no ㄴ/ㄹ final, other scripts, the empty word
  for (const char* s : {"부친", "자신", "달인", "매일", "어른", "치킨", "고인", "산", "마시", "마셨다", "정부", "Seoul", ""}) {
    INFO(s);
    CHECK(dictionary_adnominal(s) == Adnominal::None);
  }
}
