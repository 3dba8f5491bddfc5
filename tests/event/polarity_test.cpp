// Tests for engine/event/polarity.cpp: negation, plans, hypotheticals, reported speech, modifiers.
#include "event/internal.hpp"

#include <catch2/catch.hpp>

using namespace yp::event;
using namespace yp::event::detail;

namespace {
Mood mood_of(std::string_view s, std::string_view lemma) {
  auto toks = tokenize(s);
  auto hits = Lexicon::builtin().find(s, toks);
  auto clauses = split_clauses(toks, hits);
  for (const auto& h : hits)
    if (h.entry->lemma == lemma) return analyse_mood(toks, clauses, clause_of(clauses, h.token), h);
  FAIL("no trigger " << lemma);
  return {};
}
}  // namespace

TEST_CASE("negation", "[polarity]") {
  CHECK(mood_of("알트먼은 서밋에 불참한다.", "불참").polarity == Polarity::Negative);
  CHECK(mood_of("알트먼은 서밋에 참석하지 않는다.", "참석").polarity == Polarity::Negative);
  CHECK(mood_of("두 사람은 실제로는 만나지 않았다.", "만나다").polarity == Polarity::Negative);
  CHECK(mood_of("협상은 끝내 합의하지 못했다.", "합의").polarity == Polarity::Negative);
  CHECK(mood_of("회담은 결국 무산됐다.", "무산").polarity == Polarity::Negative);
  CHECK(mood_of("그는 한국을 방문했다.", "방문").polarity == Polarity::Positive);
  CHECK(mood_of("그는 한국을 방문하고 장관을 만났다.", "방문").polarity == Polarity::Positive);
  // a negation in another clause does not reach the trigger
  CHECK(mood_of("그는 한국을 방문했고, 장관은 만나지 않았다.", "방문").polarity == Polarity::Positive);
}

TEST_CASE("plans", "[polarity]") {
  CHECK(mood_of("오픈AI는 180억 달러를 투자하기로 약속했다.", "투자").modality == Modality::Planned);
  CHECK(mood_of("그는 다음 달 한국을 방문할 예정이다.", "방문").modality == Modality::Planned);
  CHECK(mood_of("회사는 공장을 설립할 계획이다.", "설립").modality == Modality::Planned);
  CHECK(mood_of("알트먼도 합류할 것으로 보인다. 그는 한국을 찾을 것으로 보인다.", "찾다").modality ==
        Modality::Planned);
  CHECK(mood_of("과기정통부와 협력하겠다고 합의했다.", "합의").modality == Modality::Actual);
  CHECK(mood_of("오픈AI는 보고서를 발표했다.", "발표").modality == Modality::Actual);
}

TEST_CASE("hypotheticals", "[polarity]") {
  CHECK(mood_of("거래가 성사되었다면 알트먼은 권한을 확보했을 것이다.", "열리다").modality == Modality::Hypothetical);
  CHECK(mood_of("오픈AI가 직접 투자할 경우 규모는 커진다.", "투자").modality == Modality::Hypothetical);
  CHECK(mood_of("로켓 기업을 인수하거나 협력하는 방안을 검토했다.", "인수").modality == Modality::Hypothetical);
  CHECK(mood_of("그가 퇴진할 가능성도 있다.", "퇴진").modality == Modality::Hypothetical);
}

TEST_CASE("reported speech and modifiers", "[polarity]") {
  CHECK(mood_of("오픈AI는 알트먼이 참석하지 않는다고 밝혔다.", "참석").reported);
  CHECK_FALSE(mood_of("오픈AI는 알트먼이 참석하지 않는다고 밝혔다.", "밝히다").reported);
  CHECK(mood_of("WSJ에 따르면, 알트만은 스톡 측에 접촉했다.", "접촉").reported);
  CHECK(mood_of("회사는 공장을 설립한 것으로 알려졌다.", "설립").reported);
  CHECK(mood_of("이달 초 삼성전자와 체결한 협약을 들었다.", "체결").modifier);
  CHECK(mood_of("블루오리진 출신 엔지니어들이 설립한 회사다.", "설립").modifier);
  CHECK_FALSE(mood_of("장관을 만난 바 있다.", "만나다").modifier);
  CHECK_FALSE(mood_of("손 회장이 경주를 찾는 만큼 기대가 크다.", "찾다").modifier);
  CHECK_FALSE(mood_of("그는 합의한 상태다.", "합의").modifier);
}

TEST_CASE("an expectation frame makes what it covers planned", "[polarity]") {
  // 방문하는 만큼 … 동행할 것으로 예상했다: the visit is expected, not reported as done
  CHECK(mood_of("재계에선 손 회장이 부산을 방문하는 만큼 황 CEO도 동행할 것으로 예상했다.", "방문").modality ==
        Modality::Planned);
  // a serial verb joined to the expected clause: 만나 … 내놓을 것으로 점쳐졌지만
  CHECK(mood_of("두 사람이 만나 새 협력 구상을 내놓을 것으로 점쳐졌지만, 끝내 무산됐다.", "만나다").modality ==
        Modality::Planned);
  // must not match: a past modifier (방문한 만큼) is a fact, and a plain past meeting stays actual
  CHECK(mood_of("재계에선 손 회장이 부산을 방문한 만큼 황 CEO도 동행할 것으로 예상했다.", "방문").modality ==
        Modality::Actual);
  CHECK(mood_of("두 사람이 만나 새 협력 구상을 내놓았다.", "만나다").modality == Modality::Actual);
  CHECK(mood_of("두 사람은 지난달 만나 협력을 논의했다.", "만나다").modality == Modality::Actual);
}

TEST_CASE("a clause after a conditional one is hypothetical", "[polarity]") {
  std::string_view s = "노조는 요구가 받아들여지지 않으면 오는 24일 총파업에 들어가겠다고 10일 밝혔다.";
  CHECK(mood_of(s, "파업").modality == Modality::Hypothetical);
  CHECK(mood_of(s, "파업").reported);
  CHECK(mood_of(s, "밝히다").modality == Modality::Actual);  // the quote ends the condition's scope
  // the condition wins over the plan
  CHECK(mood_of("유치에 성공할 경우 전북도는 2030년 선수촌을 착공할 계획이다.", "착공").modality ==
        Modality::Hypothetical);
  CHECK(mood_of("보조금이 나오면 공장을 착공하고 설비를 도입할 계획이다.", "착공").modality == Modality::Hypothetical);
  // must not match: a clause before the condition, or after a contrast or report
  CHECK(mood_of("회사는 공장을 착공했고, 보조금이 나오면 증설한다.", "착공").modality == Modality::Actual);
  CHECK(mood_of("요구가 받아들여지면 좋겠지만 노조는 파업에 들어갔다.", "파업").modality == Modality::Actual);
  CHECK(mood_of("회사는 공장을 착공할 계획이다.", "착공").modality == Modality::Planned);
}

TEST_CASE("the support verb after a noun with 에 carries the mood", "[polarity]") {
  CHECK(mood_of("노조는 다음 달 파업에 들어간다.", "파업").modality == Modality::Planned);
  CHECK(mood_of("노조는 파업에 나서지 않았다.", "파업").polarity == Polarity::Negative);
  CHECK(mood_of("노조는 어제 파업에 들어갔다.", "파업").modality == Modality::Actual);
}

TEST_CASE("a clause nominalised by 것 as the subject of an evaluation is background", "[polarity]") {
  CHECK(mood_of("이 회사가 궤도 발사에 성공한 것은 이번이 처음이다.", "발사").modifier);
  CHECK(mood_of("두 회사가 계약을 체결한 것도 처음이다.", "체결").modifier);
  // must not match: the plain predicate, a reported 것으로, a planned 할 것이다
  CHECK_FALSE(mood_of("회사는 발사체를 발사했다.", "발사").modifier);
  CHECK_FALSE(mood_of("회사가 공장을 설립한 것으로 알려졌다.", "설립").modifier);
  CHECK_FALSE(mood_of("회사는 공장을 설립할 것이다.", "설립").modifier);
}

TEST_CASE("a tenseless serial clause shares the plan of the clause it joins", "[polarity]") {
  Mood r = mood_of("그는 \"사퇴하지 않고 끝까지 책임을 다하겠다\"고 말했다.", "사퇴");
  CHECK(r.polarity == Polarity::Negative);
  CHECK(r.modality == Modality::Planned);
  CHECK(mood_of("그는 다음 달 방한해 회장을 만날 예정이다.", "방한").modality == Modality::Planned);
  CHECK(mood_of("양사는 간담회를 열고 협력을 논의할 계획이다.", "열다").modality == Modality::Planned);
  // must not match: a past serial clause, a -기로 complement after it, a plain past sentence
  CHECK(mood_of("그는 방한했고 회장을 만날 예정이다.", "방한").modality == Modality::Actual);
  CHECK(mood_of("그는 공장을 방문해 협력을 강화하기로 합의했다.", "방문").modality == Modality::Actual);
  CHECK(mood_of("그는 지난 2월 방한해 회장들을 만났다.", "방한").modality == Modality::Actual);
}

TEST_CASE("a light verb takes the polarity of a negative object and 검토 makes it hypothetical", "[polarity]") {
  CHECK(mood_of("시는 전날 행사 취소를 결정했다.", "교환").polarity == Polarity::Negative);
  CHECK(mood_of("회사는 계약 해지를 확정했다.", "교환").polarity == Polarity::Negative);
  CHECK(mood_of("알트먼이 스톡 스페이스 인수를 검토했다.", "교환").modality == Modality::Hypothetical);
  // must not match: a positive object, a negative noun in another clause, and 결정 is no option
  CHECK(mood_of("시는 축제 개최를 결정했다.", "교환").polarity == Polarity::Positive);
  CHECK(mood_of("행사가 취소됐고, 시는 재개최를 결정했다.", "교환").polarity == Polarity::Positive);
  CHECK(mood_of("회사는 인수를 결정했다.", "교환").modality == Modality::Actual);
}
