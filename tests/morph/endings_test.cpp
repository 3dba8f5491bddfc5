// Tests for the predicate reading of engine/morph/analyse.cpp: (word, stem, tags, features) tables with
// must-match and must-not-match rows for engine/morph/data/endings.tsv, jamo fusion included.
#include "morph/morph.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace yp::morph;

namespace {
std::string tags_of(const Predicate& p) {
  std::string s;
  for (std::size_t i = 0; i < p.count; ++i) {
    if (i) s += "+";
    s += tag_name(p.parts[i].tag);
  }
  return s;
}
}  // namespace

TEST_CASE("ending chains: stem, tags, tense, mood, connective", "[morph][endings]") {
  struct Row {
    std::string_view word, stem, tags;
    Tense tense;
    Mood mood;
    Connective conn;
  };
  const Row rows[] = {
      {"했다", "", "XSV+EP+EF", Tense::Past, Mood::Declarative, Connective::None},
      {"발표했다", "발표", "XSV+EP+EF", Tense::Past, Mood::Declarative, Connective::None},
      {"열렸다", "열리", "EP+EF", Tense::Past, Mood::Declarative, Connective::None},
      {"체결됐다", "체결", "XSV+EP+EF", Tense::Past, Mood::Declarative, Connective::None},
      {"밝혔다고", "밝히", "EP+EC", Tense::Past, Mood::None, Connective::Quote},
      {"한다", "", "XSV+EF", Tense::Present, Mood::Declarative, Connective::None},
      {"간다", "가", "EF", Tense::Present, Mood::Declarative, Connective::None},
      {"찾는다", "찾", "EF", Tense::Present, Mood::Declarative, Connective::None},
      {"참석한다고", "참석", "XSV+EC", Tense::Present, Mood::None, Connective::Quote},
      {"방문하겠다", "방문", "XSV+EP+EF", Tense::Future, Mood::Declarative, Connective::None},
      {"합니다", "", "XSV+EF", Tense::None, Mood::Declarative, Connective::None},
      {"열릴", "열리", "ETM", Tense::Future, Mood::None, Connective::None},
      {"체결하기로", "체결", "XSV+ETN+JKB", Tense::None, Mood::None, Connective::Complement},
      {"합의키로", "합의", "ETN", Tense::None, Mood::None, Connective::Complement},
      {"참석하지", "참석", "XSV+EC", Tense::None, Mood::None, Connective::Negative},
      {"않았다", "않", "EP+EF", Tense::Past, Mood::Declarative, Connective::None},
      {"만났지만", "만나", "EP+EC", Tense::Past, Mood::None, Connective::Contrast},
      {"열리면", "열리", "EC", Tense::None, Mood::None, Connective::Conditional},
      {"않으면", "않", "EC", Tense::None, Mood::None, Connective::Conditional},
      {"체결했고", "체결", "XSV+EP+EC", Tense::Past, Mood::None, Connective::And},
      {"맺고", "맺", "EC", Tense::None, Mood::None, Connective::And},
      {"방문하며", "방문", "XSV+EC", Tense::None, Mood::None, Connective::While},
      {"밝히면서", "밝히", "EC", Tense::None, Mood::None, Connective::While},
      {"방문해", "방문", "EC", Tense::None, Mood::None, Connective::Serial},
      {"추진돼서", "추진", "EC", Tense::None, Mood::None, Connective::Serial},
      {"발표하자", "발표", "XSV+EC", Tense::None, Mood::None, Connective::When},
      {"하자고", "", "XSV+EC", Tense::None, Mood::Propositive, Connective::Quote},
      {"있었다", "있", "EP+EF", Tense::Past, Mood::Declarative, Connective::None},
      {"하셨다", "", "XSV+EP+EP+EF", Tense::Past, Mood::Declarative, Connective::None},
  };
  for (const auto& r : rows) {
    INFO(std::string(r.word));
    Predicate p = analyse_predicate(r.word);
    CHECK(p.stem_text() == r.stem);
    CHECK(tags_of(p) == r.tags);
    CHECK(p.tense == r.tense);
    CHECK(p.mood == r.mood);
    CHECK(p.connective == r.conn);
  }
}

TEST_CASE("adnominal endings: ㄴ/은 past, 는 present, ㄹ/을 future, 던", "[morph][endings]") {
  struct Row {
    std::string_view word;
    Adnominal a;
    std::string_view stem;
  };
  const Row rows[] = {{"열릴", Adnominal::Future, "열리"},   {"찾을", Adnominal::Future, "찾"},
                      {"발표한", Adnominal::Past, "발표"},   {"맺은", Adnominal::Past, "맺"},
                      {"열리는", Adnominal::Present, "열리"}, {"찾던", Adnominal::Retrospective, "찾"},
                      {"설립된", Adnominal::Past, "설립"},   {"한", Adnominal::Past, ""}};
  for (const auto& r : rows) {
    INFO(std::string(r.word));
    Predicate p = analyse_predicate(r.word);
    CHECK(p.adnominal == r.a);
    CHECK(p.stem_text() == r.stem);
  }
  // fusion: the stem's last syllable carries the ending's consonant
  Predicate p = analyse_predicate("열릴");
  CHECK(p.fused);
  CHECK(p.stem == "열");
  CHECK(p.ending == "릴");
  CHECK(p.fused_syllable == U'리');
  CHECK(analyse_predicate("찾을").fused == false);
}

TEST_CASE("features: news present, declarative final, negation, nominaliser, passive", "[morph][endings]") {
  CHECK(analyse_predicate("한다").news_present);
  CHECK(analyse_predicate("열린다고").news_present);
  CHECK(analyse_predicate("찾는다며").news_present);
  CHECK_FALSE(analyse_predicate("했다").news_present);
  CHECK_FALSE(analyse_predicate("합니다").news_present);
  CHECK(analyse_predicate("합니다").declarative_final);
  CHECK(analyse_predicate("밝혔다며").declarative_final);
  CHECK_FALSE(analyse_predicate("밝히며").declarative_final);
  CHECK_FALSE(analyse_predicate("라고").declarative_final);
  // 참석하지 않았다: two words, -지 then the negation auxiliary
  CHECK(analyse_predicate("참석하지").connective == Connective::Negative);
  CHECK(analyse_predicate("않았다").negation);
  CHECK(analyse_predicate("못했다").negation);
  CHECK(analyse_predicate("않는다").negation);
  CHECK(analyse_predicate("없다").negation);
  CHECK_FALSE(analyse_predicate("했다").negation);
  CHECK(analyse_predicate("출시하기").nominaliser);
  CHECK(analyse_predicate("침수됨").nominaliser);
  CHECK(analyse_predicate("체결됐다").passive);
  CHECK_FALSE(analyse_predicate("체결했다").passive);
  CHECK(analyse_predicate("하셨다").honorific);
}

TEST_CASE("no ending where none fits", "[morph][endings]") {
  for (std::string_view w : {"삼성전자", "CEO", "", "최고경영자"}) {
    INFO(std::string(w));
    CHECK(analyse_predicate(w).empty());
  }
  // -고 only after a verbal syllable or a past ㅆ: 최고 is no 최 + 고, 사고 no 사 + 고
  CHECK(analyse_predicate("사고").connective != Connective::And);
  CHECK(analyse_predicate("최고").connective != Connective::And);
  // -면 only after the syllables the table lists: 전면, 측면 are nouns
  CHECK(analyse_predicate("측면").connective != Connective::Conditional);
  CHECK(analyse_predicate("전면").connective != Connective::Conditional);
  // -자 only after 되/하/지/오/나/서/히/르: 투자, 기자 keep their 자
  CHECK(analyse_predicate("투자").connective != Connective::When);
  CHECK(analyse_predicate("기자").connective != Connective::When);
  // 있다: the ㅆ is the stem's, not the past
  CHECK(analyse_predicate("있다").tense == Tense::None);
  CHECK(analyse_predicate("있다").stem == "있");
  // 한데 is no contrast (the table has 는데/은데/인데 only)
  CHECK(analyse_predicate("한데").connective != Connective::Contrast);
}

TEST_CASE("which reading the form favours", "[morph][endings]") {
  CHECK(analyse("발표했다").prefers_predicate());
  CHECK(analyse("체결하기로").prefers_predicate());
  CHECK_FALSE(analyse("회사는").prefers_predicate());
  CHECK_FALSE(analyse("삼성전자와").prefers_predicate());
  CHECK_FALSE(analyse("서울에서는").prefers_predicate());
  // 서울 could be 서우 + ㄹ (adnominal); a lone fused consonant is no evidence of a predicate
  CHECK(analyse("서울").predicate.adnominal == Adnominal::Future);
  CHECK_FALSE(analyse("서울").prefers_predicate());
  CHECK_FALSE(analyse("한국인").prefers_predicate());
}
