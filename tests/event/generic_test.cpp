// Tests for engine/event/generic.cpp and its table engine/event/data/predicates.tsv: a clause without any
// word of the trigger lexicon whose own predicate is an action reports an event of type `other`; states,
// needs, statistics, forecasts and habitual sentences do not (ANNOTATION.md). Examples that must fire and
// examples that must not, each as a one-sentence article.
#include "event/extractor.hpp"
#include "event/internal.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace yp;
using namespace yp::event;

namespace {

std::vector<Event> run(const std::string& body, const std::string& date = "2025-10-24") {
  auto a = text::parse_article("date: " + date + "\n\n" + body, "test.txt", std::nullopt);
  REQUIRE(a.ok());
  return extract_events(a.value());
}

// The events of type other: pointers into `evs`, which must outlive them (never pass a temporary).
std::vector<const Event*> others(const std::vector<Event>& evs) {
  std::vector<const Event*> out;
  for (const auto& e : evs)
    if (e.type == EventType::Other) out.push_back(&e);
  return out;
}

}  // namespace

TEST_CASE("generic: a verbal noun + 하다/되다 outside the lexicon is an event of type other") {
  struct Case {
    const char* body;
    const char* lemma;
    const char* actor;
    const char* day;  // start of the event's interval
  };
  const std::vector<Case> cases = {
      {"김선영 서울시장은 23일 강남구의 한 초등학교에서 돌봄교실 운영 현황을 점검했다.", "점검하다", "김선영", "2025-10-23"},
      {"한국은행 금융통화위원회는 23일 기준금리를 연 2.5%로 동결했다.", "동결하다", "금융통화위원회", "2025-10-23"},
      {"안동시의회는 22일 본회의를 열어 조례안 12건을 심의했다.", "심의하다", "안동시의회", "2025-10-22"},
      {"한결식품은 20일 자사주 300만 주의 소각을 결의했다.", "결의하다", "한결식품", "2025-10-20"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.body);
    auto all = run(c.body);
    auto evs = others(all);
    REQUIRE(evs.size() == 1);
    CHECK(evs[0]->trigger == c.lemma);
    CHECK(evs[0]->actor == c.actor);
    REQUIRE(evs[0]->when.from);
    CHECK(format_iso(*evs[0]->when.from) == c.day);
  }
}

TEST_CASE("generic: a native verb fires only when predicates.tsv lists its stem") {
  auto all = run("승객 1명이 21일 오후 사고 현장에서 숨졌다.");
  auto evs = others(all);
  REQUIRE(evs.size() == 1);
  CHECK(evs[0]->trigger == "숨지다");
  CHECK(format_iso(*evs[0]->when.from) == "2025-10-21");
  // adjectives and unlisted verbs: no event
  CHECK(others(run("올해 관광객은 지난해보다 훨씬 많았다.")).empty());
  CHECK(others(run("그는 21일 공원을 천천히 걸었다.")).empty());
}

TEST_CASE("generic: a passive's subject is what underwent the event, not its actor") {
  auto all = run("롯데면세점이 21일 인천공항 면세점 사업자로 선정됐다.");
  auto evs = others(all);
  REQUIRE(evs.size() == 1);
  CHECK(evs[0]->trigger == "선정되다");
  CHECK(evs[0]->actor.empty());
  CHECK(evs[0]->object == "롯데면세점");
  // with a discourse topic, the topic did it (annotators name the agent the article is about)
  auto all2 = run("인천국제공항공사는 20일 면세점 사업자 심사를 마쳤다. 롯데면세점이 21일 사업자로 선정됐다.");
  auto evs2 = others(all2);
  REQUIRE(!evs2.empty());
  CHECK(evs2.back()->trigger == "선정되다");
  CHECK(evs2.back()->actor == "인천국제공항공사");
  CHECK(evs2.back()->actor_inferred);
  CHECK(evs2.back()->object == "롯데면세점");
}

TEST_CASE("generic: states, needs, statistics, forecasts, opinions and plans are no events") {
  for (const char* body : {
           "정부의 추가 지원이 필요하다.",                                 // a need
           "3분기 수출은 지난해 같은 기간보다 12% 증가했다.",              // statistics
           "코스피는 23일 1.3% 오른 2,580에 거래를 마감했다.",             // prices
           "기상청은 주말 동안 강한 비가 예보됐다고 밝혔다.",              // a forecast of nature
           "업계는 내년 반도체 업황이 개선될 것으로 전망했다.",            // a forecast
           "이 공장에서는 하루 평균 2천 대의 차량이 생산된다.",            // habitual capacity
           "센터는 24시간 전국의 재난 상황을 감시한다.",                   // habitual
           "이번 조치는 중소기업에 큰 의미가 있다고 평가했다.",            // an opinion
       }) {
    CAPTURE(body);
    CHECK(others(run(body)).empty());
  }
}

TEST_CASE("generic: a clause that holds a lexicon word is left to the lexicon") {
  // 체결 is a contract trigger: the clause gives one contract, no extra `other`
  auto evs = run("세진배터리는 21일 완성차 업체와 공급 계약을 체결했다.");
  CHECK(others(evs).empty());
  CHECK(std::any_of(evs.begin(), evs.end(), [](const Event& e) { return e.type == EventType::Contract; }));
}

TEST_CASE("generic: two actions of one subject are two events, each at its own time") {
  auto all = run("김 회장은 21일 공장을 점검하고 22일 직원들을 격려했다.");
  auto evs = others(all);
  REQUIRE(evs.size() == 2);
  CHECK(evs[0]->trigger == "점검하다");
  CHECK(format_iso(*evs[0]->when.from) == "2025-10-21");
  CHECK(evs[1]->trigger == "격려하다");
  CHECK(format_iso(*evs[1]->when.from) == "2025-10-22");
}

TEST_CASE("generic: an undated action right after a sentence dated in the past happened then") {
  auto all = run("화재는 지난 21일 새벽 발생했다. 소방대원들이 건물 안으로 진입했다.");
  auto evs = others(all);
  REQUIRE(!evs.empty());
  const Event& last = *evs.back();
  CHECK(last.trigger == "진입하다");
  CHECK(format_iso(*last.when.from) == "2025-10-21");
  CHECK(last.time_source == TimeSource::Inherited);
}

TEST_CASE("generic: reported content is an event of its own, dated by the report when it has no time") {
  auto all = run("누리바이오는 신약 임상 3상 계획을 제출했다고 23일 공시했다.");
  auto evs = others(all);
  REQUIRE(evs.size() == 1);
  CHECK(evs[0]->trigger == "제출하다");
  CHECK(evs[0]->actor == "누리바이오");
  CHECK(format_iso(*evs[0]->when.from) == "2025-10-23");
  CHECK(std::any_of(all.begin(), all.end(), [](const Event& e) { return e.type == EventType::Announcement; }));
  // must not: a copula or an opinion reported
  CHECK(others(run("회사는 이번 결정이 불가피한 선택이라고 밝혔다.")).empty());
  CHECK(others(run("업계는 수요가 크게 증가했다고 분석했다.")).empty());
}

TEST_CASE("generic: a lexicon word that does not fire leaves the clause its own predicate") {
  // must fire: the verbal noun's 하다 beside a lexicon word that is only its object (입원, 행사)
  struct Case {
    const char* body;
    const char* lemma;
  };
  const std::vector<Case> cases = {
      {"병원 의료진은 21일 그의 입원을 거절했다.", "거절하다"},
      {"김 대통령은 22일 개막 행사를 관람했다.", "관람하다"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.body);
    auto all = run(c.body);
    auto evs = others(all);
    REQUIRE(evs.size() == 1);
    CHECK(evs[0]->trigger == c.lemma);
  }
  // must not: a native verb beside a lexicon word is read with it (연기는 … 호평을 받았다); a purpose (기념해) and
  // an opinion raised (지적이 제기됐다) are no events
  CHECK(run("그 배우의 연기는 3월에 호평을 받았다.").empty());
  const auto sale = run("한결식품은 창립 30주년을 기념해 할인 행사를 연다.");  // (others points into it)
  for (const auto* e : others(sale)) CHECK(e->trigger != "기념하다");
  CHECK(others(run("규제가 지나치다는 지적이 21일 제기됐다.")).empty());
}
