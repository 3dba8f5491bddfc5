// Tests for engine/event/clauses.cpp: tokens, particles, connective endings and clause splitting.
#include "event/internal.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using namespace yp::event::detail;
using yp::morph::analyse_nominal;

namespace {
std::vector<std::string> clause_texts(std::string_view s) {
  auto toks = tokenize(s);
  auto hits = Lexicon::builtin().find(s, toks);
  std::vector<std::string> out;
  for (const auto& c : split_clauses(toks, hits))
    out.emplace_back(s.substr(toks[c.first].begin, toks[c.last].end - toks[c.first].begin));
  return out;
}
}  // namespace

TEST_CASE("tokens strip punctuation and mark quotes and commas", "[clauses]") {
  std::string_view s = "오픈AI는 삼성전자, SK하이닉스와 'APEC CEO 서밋'에 \"좋다\"고 말했다.";
  auto t = tokenize(s);
  REQUIRE(t.size() == 8);
  CHECK(t[0].word == "오픈AI는");
  CHECK(t[1].word == "삼성전자");
  CHECK(t[1].comma_after);
  CHECK_FALSE(t[2].comma_after);
  CHECK(t[3].opens_quote);
  CHECK(t[3].word == "APEC");
  CHECK(t[5].closes_quote);
  CHECK(t[6].double_quoted);
  CHECK_FALSE(t[7].quoted);
  CHECK(t[7].word == "말했다");
  CHECK(s.substr(t[1].word_begin, t[1].word.size()) == "삼성전자");
}

TEST_CASE("particles are split only where the sound allows", "[clauses]") {
  CHECK(analyse_nominal("삼성전자와").stem == "삼성전자");
  CHECK(analyse_nominal("삼성전자와").particle == "와");
  CHECK(analyse_nominal("알트먼은").particle == "은");
  CHECK(analyse_nominal("오픈AI는").particle == "는");
  CHECK(analyse_nominal("경주에서").particle == "에서");
  CHECK(analyse_nominal("최고경영자(CEO)가").stem == "최고경영자(CEO)");
  // 과 after a vowel and 와 after a consonant are not particles; neither are nouns that end like one
  CHECK(analyse_nominal("사과").particle.empty());
  CHECK(analyse_nominal("결과").particle.empty());
  CHECK(analyse_nominal("국가").particle.empty());
  CHECK(analyse_nominal("한국와").particle.empty());
}

TEST_CASE("connective endings close clauses, auxiliaries and postpositions do not", "[clauses]") {
  CHECK(clause_ending("체결했고", "과기정통부와") == ClauseEnd::Connective);
  CHECK(clause_ending("접촉했으며", "이") == ClauseEnd::Connective);
  CHECK(clause_ending("방한해", "이재용") == ClauseEnd::Connective);
  CHECK(clause_ending("기대했지만", "이는") == ClauseEnd::Contrast);
  CHECK(clause_ending("않는다고", "24일") == ClauseEnd::Quote);
  CHECK(clause_ending("성사되었다면", "알트먼은") == ClauseEnd::Conditional);
  CHECK(clause_ending("투자하기로", "약속했다") == ClauseEnd::Complement);
  CHECK_FALSE(clause_ending("들이고", "있다"));   // progressive -고 있다
  CHECK_FALSE(clause_ending("모색해", "온"));     // auxiliary 해 온
  CHECK_FALSE(clause_ending("비롯해", "배경훈")); // 을 비롯해: a postposition
  CHECK_FALSE(clause_ending("통해", "알트먼"));
  CHECK_FALSE(clause_ending("최고", "수준"));
  CHECK_FALSE(clause_ending("광고", "시장"));
  CHECK_FALSE(clause_ending("측면", "에서"));
  CHECK_FALSE(clause_ending("확보해야", "하는데"));
  CHECK_FALSE(clause_ending("지난해", "인수한"));  // a year, not the converb -해
  CHECK_FALSE(clause_ending("올해", "초"));
}

TEST_CASE("sentences split into clauses", "[clauses]") {
  auto c = clause_texts("지난 2월 방한해 이재용 회장을 만나 협력을 논의한 바 있다.");
  REQUIRE(c.size() == 3);
  CHECK(c[0] == "지난 2월 방한해");
  CHECK(c[1] == "이재용 회장을 만나");
  auto d = clause_texts("당시 오픈AI는 삼성전자와 계약을 체결했고, 과기정통부와 합의했다.");
  REQUIRE(d.size() == 2);
  CHECK(d[1] == "과기정통부와 합의했다.");
  auto e = clause_texts("오픈AI는 알트먼이 참석하지 않는다고 24일 밝혔다.");
  REQUIRE(e.size() == 2);
  CHECK(e[1] == "24일 밝혔다.");
  auto f = clause_texts("회사는 공을 들이고 있다.");
  CHECK(f.size() == 1);
  std::vector<Token> none;
  CHECK(split_clauses(none, {}).empty());
}

TEST_CASE("a -고 after 갖/맡/치 ends a clause (간담회를 갖고 … 논의했다)", "[clauses]") {
  CHECK(clause_ending("갖고", "수수료") == ClauseEnd::Connective);
  CHECK(clause_ending("맡고", "회사를") == ClauseEnd::Connective);
  CHECK(clause_ending("마치고", "귀국했다") == ClauseEnd::Connective);
  // must not match: an auxiliary (갖고 있다) or a noun ending in 고 (공고, 최고)
  CHECK_FALSE(clause_ending("갖고", "있다").has_value());
  CHECK_FALSE(clause_ending("공고", "기간").has_value());
  CHECK_FALSE(clause_ending("최고", "수준").has_value());
}

TEST_CASE("bound nouns after a modifier end a clause (-ㄴ 데 이어, -ㄴ 뒤, -기 전, -ㄹ 경우)", "[clauses]") {
  auto a = clause_texts("동방제약은 지난 10일 헬스원을 인수한 데 이어 연내 동방바이오를 흡수합병한다.");
  REQUIRE(a.size() == 2);
  CHECK(a[0] == "동방제약은 지난 10일 헬스원을 인수한 데 이어");
  CHECK(a[1] == "연내 동방바이오를 흡수합병한다.");
  auto b = clause_texts("회사는 공장을 준공한 뒤 내년 가동에 들어간다.");
  REQUIRE(b.size() == 2);
  CHECK(b[0] == "회사는 공장을 준공한 뒤");
  auto c = clause_texts("신제품을 출시하기 전에 설명회를 연다.");
  REQUIRE(c.size() == 2);
  CHECK(c[0] == "신제품을 출시하기 전에");
  auto d = clause_texts("유치에 성공할 경우 전북도는 선수촌을 착공할 계획이다.");
  REQUIRE(d.size() == 2);
  CHECK(d[0] == "유치에 성공할 경우");
  auto toks = tokenize("유치에 성공할 경우 전북도는 선수촌을 착공할 계획이다.");
  CHECK(split_clauses(toks, {})[0].end == ClauseEnd::Conditional);
  CHECK(clause_ending("경우", "전북도는") == ClauseEnd::Conditional);
  CHECK_FALSE(clause_ending("경우가", "많다").has_value());
  auto e = clause_texts("장관이 참석한 가운데 협약식이 열렸다.");
  REQUIRE(e.size() == 2);
  // must not match: the same nouns after a noun or a non-modifier (한국인 가운데, 사업 전, 경우에 따라)
  CHECK(clause_texts("응답한 한국인 가운데 절반이 찬성했다.").size() == 1);
  CHECK(clause_texts("사업 전 단계를 점검했다.").size() == 1);
  CHECK(clause_texts("경우에 따라 일정이 바뀐다.").size() == 1);
  CHECK(clause_texts("그가 온 데가 어디냐.").size() == 1);
}

TEST_CASE("the connective -자 (예보되자, 발표하자) ends a clause", "[clauses]") {
  CHECK(clause_ending("예보되자", "시는") == ClauseEnd::Connective);
  CHECK(clause_ending("발표하자", "주가가") == ClauseEnd::Connective);
  CHECK(clause_ending("커지자", "정부는") == ClauseEnd::Connective);
  // must not match: nouns in 자 (투자, 관계자, 지지자, 하자 보수)
  CHECK_FALSE(clause_ending("투자", "계획").has_value());
  CHECK_FALSE(clause_ending("관계자", "는").has_value());
  CHECK_FALSE(clause_ending("지지자", "단체").has_value());
  CHECK_FALSE(clause_ending("하자", "보수").has_value());
}

TEST_CASE("a noun ending in the syllable 도 is not split as the particle 도", "[clauses]") {
  CHECK(analyse_nominal("서해철도").particle.empty());
  CHECK(analyse_nominal("경기도").particle.empty());
  // must not match: the particle after such a noun, and 도 after other nouns, still split
  CHECK(analyse_nominal("철도도").particle == "도");
  CHECK(analyse_nominal("계약도").particle == "도");
  CHECK(analyse_nominal("계약도").stem == "계약");
}

TEST_CASE("a negated -자 (좁혀지지 않자) ends a clause, and 전기로 (a noun) is no -기로 complement", "[clauses]") {
  CHECK(clause_ending("않자", "오는") == ClauseEnd::Connective);
  CHECK(clause_ending("벌이기로", "했다.") == ClauseEnd::Complement);
  CHECK(clause_ending("설립하기로", "합의했다") == ClauseEnd::Complement);
  // must not match: a noun in 기 with the particle 로
  CHECK(!clause_ending("전기로", "공장을").has_value());
  CHECK(!clause_ending("위기로", "꼽았다").has_value());
}

TEST_CASE("X에 따르면 names a source: no conditional clause", "[clauses]") {
  CHECK(!clause_ending("따르면", "알트만은").has_value());
  CHECK(!clause_ending("의하면", "회사는").has_value());
  // must not match: a real condition still is one
  CHECK(clause_ending("받아들여지지", "않으면") != ClauseEnd::Conditional);
  CHECK(clause_ending("않으면", "오는") == ClauseEnd::Conditional);
}

TEST_CASE("a province's short name with 도 (충북도) is a noun, not the particle 도", "[clauses]") {
  CHECK(analyse_nominal("충북도").particle.empty());
  CHECK(analyse_nominal("경남도").particle.empty());
  // must not match: a longer word ending in a province name plus 도 is still split ("대전도" is 대전 + 도)
  CHECK(analyse_nominal("대전도").particle == "도");
}

TEST_CASE("unquoted gives without_quotes's bytes, and the word itself when it has no quote mark", "[clauses]") {
  const std::string words[] = {"", "했다", "“했다”고", "'APEC", "2025'에", "\"아직", "밝혔다\"며", "’", "‘’",
                               "it's", "a\"b'c", "…", "—", "\xe2\x80\x9c\xe2\x80\x9d", "\xe2\x82\xac원", "\xe2",
                               "한국은행은", "최고경영자(CEO)", "\xe2\x80\x98인용\xe2\x80\x99을"};
  std::size_t same_view = 0;
  for (const auto& w : words) {
    INFO(w);
    std::string storage;
    const std::string_view v = unquoted(w, storage);
    CHECK(std::string(v) == without_quotes(w));
    if (v.data() == w.data() && v.size() == w.size()) ++same_view;
  }
  CHECK(same_view == 4);  // the words without a quote byte ("", 했다, 한국은행은, 최고경영자(CEO)) are not copied
  // every word of every line of the events corpus
  std::ifstream in(std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::ios::binary);
  std::size_t words_seen = 0, differ = 0;
  for (std::string l; std::getline(in, l);)
    for (const auto& t : tokenize(l)) {
      ++words_seen;
      std::string storage;
      if (std::string(unquoted(t.word, storage)) != without_quotes(t.word)) ++differ;
      const std::string_view whole = std::string_view(l).substr(t.begin, t.end - t.begin);
      if (std::string(unquoted(whole, storage)) != without_quotes(whole)) ++differ;
    }
  CHECK(differ == 0);
  CHECK(words_seen > 5000);
}

TEST_CASE("no_quote_bytes (eight bytes at a time) agrees with the byte loop", "[clauses]") {
  // every length 0..24 with one quote byte (or a near miss) at every position, over Hangul and ASCII fillers
  std::size_t checked = 0;
  for (const std::string& filler : {std::string("가"), std::string("a"), std::string("\x80"), std::string("\xE3")})
    for (std::size_t len = 0; len <= 24; ++len) {
      std::string base;
      while (base.size() < len) base += filler;
      base.resize(len);
      CHECK(no_quote_bytes(base) == no_quote_bytes_by_char(base));
      for (std::size_t at = 0; at < len; ++at)
        for (unsigned char c : {0x22, 0x27, 0xE2, 0x21, 0x23, 0x26, 0x28, 0xE1, 0xE3, 0x00, 0x62, 0xA2, 0xFF}) {
          std::string w = base;
          w[at] = static_cast<char>(c);
          if (no_quote_bytes(w) != no_quote_bytes_by_char(w)) FAIL("differs at " << at << " of " << len);
          ++checked;
        }
    }
  CHECK(checked > 1000);
  // every word of the events corpus
  std::ifstream in(std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::ios::binary);
  std::size_t differ = 0;
  for (std::string l; std::getline(in, l);)
    for (const auto& t : tokenize(l)) {
      if (no_quote_bytes(t.word) != no_quote_bytes_by_char(t.word)) ++differ;
      const std::string_view whole = std::string_view(l).substr(t.begin, t.end - t.begin);
      if (no_quote_bytes(whole) != no_quote_bytes_by_char(whole)) ++differ;
    }
  CHECK(differ == 0);
}

TEST_CASE("WordList answers as the loops over its entries", "[clauses]") {
  const WordList lists[] = {WordList{"부", "은행", "청", "처", "위원회", "청와대"}, WordList{"한", "된", "던", "적인", "하는"},
                            WordList{"a", "뒤", "후"}, WordList{"", "x"}, WordList{}};
  // every word of the events corpus, and every suffix of every such word
  std::vector<std::string> words{"", "a", "ba", "부", "청와대", "한국은행", "재정부", "된", "완성된", "뒤"};
  std::ifstream in(std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::ios::binary);
  for (std::string l; std::getline(in, l);)
    for (const auto& t : tokenize(l)) {
      words.emplace_back(t.word);
      for (std::size_t k = 1; k < t.word.size(); ++k) words.emplace_back(t.word.substr(k));
    }
  REQUIRE(words.size() > 20000);
  std::size_t differ = 0;
  for (const auto& list : lists)
    for (const auto& w : words) {
      bool suffix = false, proper = false, equal = false;
      const std::string_view* first = nullptr;
      for (const std::string_view& e : list.entries()) {
        suffix = suffix || ends_with(w, e);
        proper = proper || (ends_with(w, e) && w.size() > e.size());
        equal = equal || e == w;
        if (!first && ends_with(w, e) && e.size() % 2 == 0) first = &e;
      }
      if (list.suffix_of(w) != suffix || list.proper_suffix_of(w) != proper || list.contains(w) != equal ||
          list.first_suffix_of(w, [](std::string_view e) { return e.size() % 2 == 0; }) != first)
        ++differ;
    }
  CHECK(differ == 0);
}

TEST_CASE("tokenize marks exactly the words without a quote byte as quote_free", "[clauses]") {
  std::ifstream in(std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::ios::binary);
  std::size_t words_seen = 0, differ = 0, free_words = 0;
  for (std::string l; std::getline(in, l);)
    for (const auto& t : tokenize(l)) {
      ++words_seen;
      if (t.quote_free != no_quote_bytes_by_char(t.word)) ++differ;
      if (t.quote_free) ++free_words;
    }
  CHECK(differ == 0);
  CHECK(words_seen > 5000);
  CHECK(free_words < words_seen);  // the corpus has quoted words
}
