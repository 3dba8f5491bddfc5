// Tests for engine/event/names.cpp: the abbreviations an article defines and the short names that refer back
// to a person named earlier. Examples that must resolve and examples that must not.
#include "event/extractor.hpp"
#include "event/names.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace yp;
using namespace yp::event;
using yp::event::detail::ArticleNames;
using yp::event::detail::find_abbreviations;

namespace {

std::vector<Event> run(const std::string& body, const std::string& date = "2024-03-16") {
  auto a = text::parse_article("date: " + date + "\n\n" + body, "test.txt", std::nullopt);
  REQUIRE(a.ok());
  return extract_events(a.value());
}

}  // namespace

TEST_CASE("names: abbreviations an article defines in parentheses") {
  using Pair = std::pair<std::string, std::string>;
  struct Case {
    const char* text;
    Pair want;
  };
  const Case cases[] = {
      {"기획재정부(기재부)는 16일 세법 개정안을 발표했다.", {"기재부", "기획재정부"}},
      {"정부는 합동참모본부(합참)의 보고를 받았다.", {"합참", "합동참모본부"}},
      {"아카데미의 친구들 범시민연대(아친연대)는 성명을 냈다.", {"아친연대", "아카데미의 친구들 범시민연대"}},
      {"한국타이어앤테크놀로지(이하 한국타이어)는 신제품을 내놨다.", {"한국타이어", "한국타이어앤테크놀로지"}},
      {"한국개발연구원(KDI)은 보고서를 냈다.", {"kdi", "한국개발연구원"}},
      {"해운선사인 다미코 인터내셔널 쉬핑(DIS)이 계약을 취소했다.", {"dis", "다미코 인터내셔널 쉬핑"}},
      {"금수 결정에 대해 세계무역기구(WTO)에 제소했다.", {"wto", "세계무역기구"}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto got = find_abbreviations(c.text);
    REQUIRE(got.size() == 1);
    CHECK(got[0] == c.want);
  }
}

TEST_CASE("names: parentheses that define no abbreviation") {
  const char* texts[] = {
      "가수 서유리(왼쪽)가 무대에 올랐다.",          // a position, not a name
      "해당 식당은 미쉐린(미슐랭) 가이드에 올랐다.",  // another spelling: 슐 is not in 미쉐린
      "삼중수소(트리튬) 농도를 쟀다.",                 // a synonym
      "샘 알트먼 오픈AI 최고경영자(CEO)는 말했다.",    // a title's abbreviation
      "박씨는 28일(현지시간) 도착했다.",              // a time note
      "관계자는 (웃으며) 답했다.",                     // detached parenthesis
      "국회(",                                          // unclosed
  };
  for (const char* t : texts) {
    INFO(t);
    CHECK(find_abbreviations(t).empty());
  }
}

TEST_CASE("names: the first definition of an abbreviation wins") {
  auto got = find_abbreviations("국토교통부(국토부)는 … 국토연구부(국토부)");
  REQUIRE(got.size() == 1);
  CHECK(got[0].second == "국토교통부");
}

TEST_CASE("names: short names that refer back to a person named earlier") {
  ArticleNames n("기획재정부(기재부)와 WHO");
  n.note_person("김행");  // (two syllables: the extractor notes no such name; a test of the lookup alone)
  n.note_person("정하윤");
  n.note_person("손명동");
  n.note_person("나롱삭 오소탕나콘");
  n.note_person("마크 헤일리");
  CHECK(n.expand("기재부") == "기획재정부");
  CHECK_FALSE(n.expand("기획재정부"));
  CHECK(n.by_surname("김 전 위원") == "김행");    // 전 between the surname and the title
  CHECK(n.by_surname("정 대표") == "정하윤");
  CHECK_FALSE(n.by_surname("김 전 회사"));        // no title
  CHECK_FALSE(n.by_surname("박 대표"));           // nobody named 박
  CHECK(n.with_ssi("손씨") == "손명동");
  CHECK(n.with_ssi("명동씨") == "손명동");
  CHECK_FALSE(n.with_ssi("김씨"));  // a two-syllable name is not matched by 씨
  CHECK(n.foreign("헤일리 미국 국무장관") == "마크 헤일리");
  CHECK(n.foreign("나롱삭 주지사") == "나롱삭 오소탕나콘");  // a given name with a title
  CHECK_FALSE(n.foreign("나롱삭"));                         // a given name alone refers to no one
  CHECK_FALSE(n.foreign("마크 트웨인"));
}

TEST_CASE("names: the extractor gives the fullest name the article gave") {
  auto evs = run(
      "세법 개정\n"
      "기획재정부(기재부)는 16일 세법 개정안을 발표했다. 기재부는 이날 \"세수가 줄었다\"고 설명했다.\n"
      "진중권 광운대 교수와 김하윤 전 국민의힘 비상대책위원이 15일 라디오에서 언쟁을 벌였다.\n"
      "김 전 위원은 \"그런 말을 한 적이 없다\"고 말했다.\n");
  int ministry = 0, kim = 0;
  for (const auto& e : evs) {
    CHECK(e.actor != "기재부");
    CHECK(e.actor != "김 전 위원");
    ministry += e.actor == "기획재정부";
    kim += e.actor == "김하윤";
  }
  CHECK(ministry == 2);
  CHECK(kim == 1);
}

TEST_CASE("names: a bare 시, 군, 구 is the local government named last") {
  ArticleNames n;
  n.note_body("강원 인제군");   // the last word counts
  n.note_body("광주시");
  n.note_body("누리전자");      // no local government
  n.note_body("군");            // the bare class noun is no name
  CHECK(n.body_for("군") == "인제군");
  CHECK(n.body_for("시") == "광주시");
  CHECK_FALSE(n.body_for("구"));      // none named
  CHECK_FALSE(n.body_for("회사"));    // not a class noun of local_bodies.tsv
  n.note_body("공주시");
  CHECK(n.body_for("시") == "공주시");  // the latest
}

TEST_CASE("names: 씨 after a full name in any case registers the person") {
  auto evs = run(
      "옥장 보유자\n"
      "문화재청은 박서연씨를 옥장 보유자로 인정할 계획이라고 22일 밝혔다.\n"
      "박씨는 1970년 옥 공예에 입문했다.\n");
  int park = 0;
  for (const auto& e : evs) {
    CHECK(e.actor != "박씨");
    park += e.actor == "박서연";
  }
  CHECK(park == 1);
}

TEST_CASE("names: a full name whose last syllable reads as a particle, confirmed by its short form") {
  using yp::event::detail::find_particle_names;
  // must: the name before a title, and the surname alone before a title (or before the same word) elsewhere
  CHECK(find_particle_names("김정은 국무위원장이 훈련 현장을 방문했다. 김 위원장은 준비를 주문했다.") ==
        std::vector<std::string>{"김정은"});
  CHECK(find_particle_names("현정은 현대그룹 회장이 방북했다. 현 회장은 \"뜻깊다\"고 말했다.") ==
        std::vector<std::string>{"현정은"});
  CHECK(find_particle_names("고정은 과장보는 엽서를 받았다. 고 과장보는 사기를 직감했다.") ==
        std::vector<std::string>{"고정은"});
  CHECK(find_particle_names("'허준이 교수'가 강연했다. 허 교수는 웃었다.") == std::vector<std::string>{"허준이"});
  // must not: no short form; a short form of another surname; no title after the word
  CHECK(find_particle_names("김정은 국무위원장이 훈련 현장을 방문했다.").empty());
  CHECK(find_particle_names("이상은 회장이 밝힌 내용이다. 박 회장은 웃었다.").empty());
  CHECK(find_particle_names("경찰은 수사를 시작했다. 경 위원장은 웃었다.").empty());

  // the extractor reads such a word as one name: the actor is the person, not 국무위원회 or 김정 + 은
  auto evs = run(
      "김정은 국무위원장이 29일 훈련지휘소를 방문했다고 조선중앙통신이 31일 보도했다.\n"
      "김 위원장은 전쟁 준비를 완성하라고 주문했다고 통신은 전했다.\n",
      "2023-08-31");
  int kim = 0;
  for (const auto& e : evs) {
    CHECK(e.actor != "국무위원회");
    CHECK(e.actor != "김 위원장");
    kim += e.actor == "김정은";
  }
  CHECK(kim == 2);
}

TEST_CASE("names: a name with a gloss in brackets or 씨 glued to it") {
  auto evs = run(
      "가수 김호중(33)씨가 10일 경찰에 출석했다. 김씨는 \"죄송하다\"고 말했다.\n"
      "장상돈(72) 회장은 10일 신제품을 출시했다.\n"
      "그의 아내 최서연씨는 11일 경찰에 출석했다.\n"
      "가수 박하늘씨가 12일 경찰에 출석했다.\n",
      "2024-05-13");
  int kim = 0, jang = 0, choi = 0, park = 0;
  for (const auto& e : evs) {
    kim += e.actor == "김호중";
    jang += e.actor == "장상돈";
    choi += e.actor == "최서연";
    park += e.actor == "박하늘";
  }
  CHECK(kim == 2);
  CHECK(jang == 1);
  CHECK(choi == 1);
  CHECK(park == 1);
  // must not: a foreign name of two words keeps both (only a relation or an occupation before 씨 is dropped)
  auto foreign = run("일본 사진기자 미치코 기세키 씨가 지난 1월 홍콩 입국을 거부당했다.\n", "2024-05-13");
  for (const auto& e : foreign) CHECK(e.actor != "기세키");
}

TEST_CASE("names: a name read again in one article does not change another article's reading") {
  // np_word is memoised by the word: a word read as a bare name in one article (its short form confirms it) and
  // as a name + particle in another must give each article its own answer, whatever ran before (--jobs N)
  const std::string confirmed =
      "2003년 8월 정몽헌 회장의 갑작스런 타계 이후 전업주부였던 현정은 현대그룹 회장은 남편을 대신해 지금까지 "
      "대기업 여성 오너 CEO로 우뚝 서며 그룹을 맡아 수많은 위기를 이겨내고 있다. 현 회장은 2003년 5월 취임했다.\n";
  const std::string unconfirmed =
      "부인 현정은 씨가 회장에 취임해 그룹을 경영했다. 형수인 현정은 회장의 계열사 지분을 사들였다. "
      "대표적으로 현정은 현대그룹 회장과 양귀애 대한전선 고문이 꼽힌다.\n";
  // each reading in a fresh thread (fresh memos), then both in one thread, in both orders
  auto fresh = [](const std::string& text) {
    std::vector<Event> out;
    std::thread t([&] { out = run(text, "2008-05-29"); });
    t.join();
    return out;
  };
  auto same = [](const std::vector<Event>& a, const std::vector<Event>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].actor == b[i].actor);
  };
  const auto confirmed_alone = fresh(confirmed);
  const auto unconfirmed_alone = fresh(unconfirmed);
  std::vector<Event> c1, c2, u1, u2;
  std::thread one([&] {
    u1 = run(unconfirmed, "2008-05-29");
    c1 = run(confirmed, "2008-05-29");
  });
  one.join();
  std::thread two([&] {
    c2 = run(confirmed, "2008-05-29");
    u2 = run(unconfirmed, "2008-05-29");
  });
  two.join();
  same(confirmed_alone, c1);
  same(confirmed_alone, c2);
  same(unconfirmed_alone, u1);
  same(unconfirmed_alone, u2);
}
