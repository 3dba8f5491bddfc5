// Tests for engine/time/tense.hpp: the governing verb's tense to the right of an expression.
#include "time/tense.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

using yp::time::governing_tense;
using yp::time::word_tense;
using yp::time::lex::Tense;

namespace {
Tense after(const std::string& s, const std::string& marker) {
  auto p = s.find(marker);
  REQUIRE(p != std::string::npos);
  return governing_tense(s, p + marker.size(), s.size());
}
}  // namespace

TEST_CASE("past cues: final ㅆ and table rows", "[tense]") {
  CHECK(word_tense("밝혔다.", "") == Tense::Past);
  CHECK(word_tense("열렸다", "") == Tense::Past);
  CHECK(word_tense("보도했다", "") == Tense::Past);
  CHECK(word_tense("체결했고,", "") == Tense::Past);
  CHECK(word_tense("바", "있다") == Tense::Past);  // 만난 바 있다
  CHECK(word_tense("만난", "바 있다") == Tense::None);
  CHECK(after("WSJ가 3일 보도했다.", "3일") == Tense::Past);
}

TEST_CASE("future cues: -ㄴ다, ㄹ 것, 예정, 계획이다", "[tense]") {
  CHECK(word_tense("열린다.", "") == Tense::Future);
  CHECK(word_tense("불참한다", "") == Tense::Future);
  CHECK(word_tense("할", "것으로 보인다") == Tense::Future);
  CHECK(word_tense("열릴", "예정이다") == Tense::Future);
  CHECK(word_tense("예정이다", "") == Tense::Future);
  CHECK(word_tense("계획이다", "") == Tense::Future);
  CHECK(after("행사는 28일 경주에서 열린다.", "28일") == Tense::Future);
}

TEST_CASE("words that are not tense cues", "[tense]") {
  CHECK(word_tense("있다", "") == Tense::None);      // 있 has final ㅆ but is not a past marker
  CHECK(word_tense("없다", "") == Tense::None);
  CHECK(word_tense("계획을", "발표했다") == Tense::None);  // the noun 계획 is not the future
  CHECK(word_tense("회의", "") == Tense::None);
  CHECK(word_tense("", "") == Tense::None);
  CHECK(after("24일 회의", "24일") == Tense::None);
  // The first cue wins: the plan is announced (past), the noun 계획 does not make it future.
  CHECK(after("9~10월 협력 계획을 발표했다.", "10월") == Tense::Past);
}

TEST_CASE("the search stops at the given end", "[tense]") {
  std::string s = "24일 회의. 그는 밝혔다.";
  auto cut = s.find('.');
  CHECK(governing_tense(s, 6, cut) == Tense::None);
  CHECK(governing_tense(s, 6, s.size()) == Tense::Past);
  CHECK(governing_tense(s, s.size() + 5, s.size() + 10) == Tense::None);  // out of range: no crash
}

TEST_CASE("a quotation after the expression does not govern it", "[tense]") {
  CHECK(after("24일 '사업을 확대할 것'이라고 밝혔다.", "24일") == Tense::Past);
  CHECK(after("24일 “내년에 공장을 짓겠다”고 말했다.", "24일") == Tense::Past);
  // The expression inside the quotation: its own verb counts.
  CHECK(after("“28일 열린다”고 전했다.", "28일") == Tense::Future);
}

TEST_CASE("a -기로 했다 decision is past, embedded cues after a later expression are skipped", "[tense]") {
  CHECK(word_tense("나서기로", "했다.") == Tense::Past);
  CHECK(word_tense("타결하기로", "합의했다.") == Tense::Past);
  CHECK(word_tense("나서기로", "") == Tense::Future);  // no decision verb: still a plan
  CHECK(after("회사는 28일 회의를 열기로 했다.", "28일") == Tense::Past);
  // 9일 … 내년 초 … 추진한다고 보도했다: 추진한다고 belongs to 내년 초's clause; 보도했다 governs 9일.
  std::string s = "9일 블룸버그는 회사가 내년 초 상장을 추진한다고 보도했다.";
  auto later = s.find("내년");
  CHECK(governing_tense(s, 4, s.size(), later) == Tense::Past);
  CHECK(governing_tense(s, 4, s.size()) == Tense::Future);  // without the boundary the embedded cue wins
  // With no later expression, the embedded clause's verb governs: 28일 … 열린다고 밝혔다 is future.
  CHECK(after("회사는 28일 주주총회가 열린다고 밝혔다.", "28일") == Tense::Future);
}

TEST_CASE("a time before reported content: the content's verb, with the reporting verb's tense on the side", "[tense]") {
  std::string s = "로이터통신은 23일 소프트뱅크가 투자를 늘릴 것이라고 보도했다.";
  Tense report = Tense::None;
  CHECK(governing_tense(s, s.find("23일") + 5, s.size(), std::string_view::npos, &report) == Tense::Future);
  CHECK(report == Tense::Past);
  // must not open content: a verb ending in -다가 is not a subject (21일 출국했다가 … 귀국할 예정)
  std::string v = "그는 21일 출국했다가 25일 귀국할 예정이다.";
  report = Tense::None;
  CHECK(governing_tense(v, v.find("21일") + 5, v.size(), v.find("25일"), &report) == Tense::Past);
  CHECK(report == Tense::None);
  // no report closes the clause: the content's verb governs and nothing is on the side
  std::string c = "지난 1일 삼성전자가 계약을 체결했다.";
  report = Tense::None;
  CHECK(governing_tense(c, c.find("1일") + 4, c.size(), std::string_view::npos, &report) == Tense::Past);
  CHECK(report == Tense::None);
}

TEST_CASE("word_tense (cues indexed by the word's first three bytes) equals the walk over every cue", "[tense]") {
  // every word of the corpora and samples/ with the text after it, every cue's surface and its pieces
  std::string all;
  for (const char* dir : {YP_CORPUS_DIR, YP_SAMPLES_DIR})
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.is_regular_file()) {
        std::ifstream in(e.path(), std::ios::binary);
        all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        all += '\n';
      }
  std::vector<std::pair<std::string, std::string>> cases;
  for (std::size_t b = 0; b < all.size();) {
    std::size_t e = all.find_first_of(" \n\t", b);
    if (e == std::string::npos) e = all.size();
    if (e > b) cases.emplace_back(all.substr(b, e - b), all.substr(e + (e < all.size()), 40));
    b = e + 1;
  }
  REQUIRE(cases.size() > 10000);
  for (const auto& c : yp::time::lex::lexicon().tense_cues()) {
    const std::string& s = c.surface;
    cases.emplace_back(s, "");
    cases.emplace_back(s + "다", "것 예정 계획 있다");
    for (std::size_t cut = 1; cut < s.size(); ++cut) cases.emplace_back(s.substr(0, cut), s.substr(cut));
    cases.emplace_back("\"" + s + "\"", "");
  }
  for (const char* w : {"", "a", "가", "하기로", "나서기로", "했다", "열린다", "할", "바", "\xEA\xB0"}) cases.emplace_back(w, "것");
  std::size_t differ = 0, past = 0;
  for (const auto& [w, rest] : cases) {
    const Tense a = word_tense(w, rest);
    if (a != yp::time::word_tense_every_cue(w, rest)) {
      ++differ;
      UNSCOPED_INFO("differs: " << w << " | " << rest);
    }
    past += a == Tense::Past;
  }
  CHECK(differ == 0);
  CHECK(past > 1000);
}
