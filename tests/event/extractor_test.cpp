// Tests for engine/event/extractor.cpp: whole articles of our own wording (restating the two reference
// stories) in, events out — discourse topic, multiple events per sentence, coordination, reported speech,
// continuation, inherited times, and sentences that must yield nothing.
#include "event/extractor.hpp"
#include "text/sentences.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace yp;
using namespace yp::event;

namespace {

std::vector<Event> run(const std::string& text) {
  auto a = text::parse_article(text, "test.txt", std::nullopt);
  REQUIRE(a.ok());
  return extract_events(a.value());
}

std::string iso(std::optional<date::sys_days> d) { return d ? format_iso(*d) : "-"; }

// The first event of `type` whose summary or trigger mentions `hint`.
const Event* find(const std::vector<Event>& evs, EventType type, std::string_view hint = "") {
  for (const auto& e : evs)
    if (e.type == type && (hint.empty() || e.summary.find(hint) != std::string::npos ||
                           e.mentions.front().trigger.find(hint) != std::string::npos))
      return &e;
  return nullptr;
}

// The first event of `type` (and hint), which the test requires to exist.
const Event& must(const std::vector<Event>& evs, EventType type, std::string_view hint = "") {
  const Event* e = find(evs, type, hint);
  REQUIRE(e != nullptr);
  return *e;
}

// Runs `text` and returns (a copy of) its first event of `type`, which the test requires to exist.
Event one(const std::string& text, EventType type, std::string_view hint = "") {
  auto evs = run(text);
  return must(evs, type, hint);
}

bool has(const std::vector<std::string>& v, std::string_view x) { return std::find(v.begin(), v.end(), x) != v.end(); }

const std::string kSummit =
    "date: 2025-10-24\n\n"
    "샘 알트먼 오픈AI 최고경영자(CEO)가 오는 28일부터 31일까지 경북 경주에서 열리는 'APEC CEO 서밋 코리아 2025'에 "
    "불참한다. 올해 들어 이미 두 번 한국을 찾았던 데다 가장 최근 방문이 이달 초였다.\n\n"
    "오픈AI는 자료를 내고 알트먼 CEO가 이번 서밋에 참석하지 않는다고 24일 밝혔다.\n\n"
    "하지만 알트먼 CEO는 올 들어 한국 시장에 공을 들여 왔다. 지난 2월 방한해 이재용 삼성전자 회장, 최태원 SK그룹 "
    "회장, 정신아 카카오 대표를 만나 AI 사업 협력을 논의한 바 있다.\n\n"
    "또 지난 1일 한국을 다시 찾아 이 대통령을 비롯해 배경훈 과학기술정보통신부 장관, 이재용 회장, 최태원 회장 등을 "
    "만난 바 있다. 당시 오픈AI는 삼성전자, SK하이닉스와 각각 디램(DRAM) 웨이퍼 공급 계약을 체결했고, 과기정통부와 "
    "함께 데이터센터를 짓기로 합의했다.\n\n"
    "지난 달에는 한국 사무소도 정식으로 개소했다.\n\n"
    "복잡한 연산을 하려면 그래픽처리장치(GPU)를 대량으로 확보해야 하는데 이 시장은 엔비디아가 쥐고 있다.\n\n"
    "오픈AI는 지난 23일 '한국에서의 AI : 오픈AI의 경제 청사진' 보고서를 발표했다. 오픈AI는 삼성전자, SK와 각각 D램 "
    "웨이퍼 공급 계약을 맺었다.\n";

const std::string kRocket =
    "date: 2025-12-04\n\n"
    "샘 알트먼 오픈AI CEO가 로켓 기업과 손잡는 방안을 검토해 왔다고 월스트리트저널(WSJ)이 3일 보도했다.\n\n"
    "WSJ에 따르면, 알트만은 올여름 로켓 제조업체 스톡 스페이스(Stoke Space) 측에 접촉했으며, 이 논의는 가을까지 "
    "이어졌다고 관계자들이 밝혔다.\n\n"
    "오픈AI는 월요일, 구글 제미나이에 점유율을 내주면서 '코드 레드' 경보를 발령했다.\n\n"
    "알트만은 9~10월 오라클, 엔비디아, AMD 등과 데이터센터 협력 계획을 발표했다.\n\n"
    "올해 초 오픈AI는 소프트뱅크와 함께 '스타게이트'라는 데이터센터 회사에 180억 달러를 투자하기로 약속했다.\n\n"
    "새 로켓 개발에는 10년 이상 걸리는 경우가 많다.\n";

}  // namespace

TEST_CASE("the summit story: non-attendance, visits, meetings, contracts, opening, report", "[extractor]") {
  auto evs = run(kSummit);

  const Event* c = &must(evs, EventType::Cancellation);
  CHECK(c->actor == "샘 알트먼");
  CHECK(c->affiliation == "오픈AI");
  CHECK(c->role == "CEO");
  CHECK(c->location == "경북 경주");
  CHECK(c->object == "'APEC CEO 서밋 코리아 2025'");
  CHECK(iso(c->when.first_day()) == "2025-10-28");
  CHECK(iso(c->when.last_day()) == "2025-10-31");
  CHECK(c->polarity == Polarity::Negative);
  CHECK(c->modality == Modality::Planned);
  CHECK(c->summary.find("샘 알트먼 불참") == 0);

  // The announcement of the non-attendance (24일 밝혔다) and the reported non-attendance itself,
  // which inherits the summit's dates from the earlier mention of the same summit.
  const Event* ann = &must(evs, EventType::Announcement, "밝혔");
  CHECK(ann->actor == "오픈AI");
  CHECK(iso(ann->when.first_day()) == "2025-10-24");
  CHECK(ann->time_source == TimeSource::Sentence);
  int cancellations = 0;
  for (const auto& e : evs)
    if (e.type == EventType::Cancellation) {
      ++cancellations;
      CHECK(e.actor == "샘 알트먼");
      CHECK(iso(e.when.first_day()) == "2025-10-28");
    }
  CHECK(cancellations == 2);

  const Event* feb = nullptr;
  const Event* oct = nullptr;
  for (const auto& e : evs)
    if (e.type == EventType::Visit && e.time_text == "지난 2월") feb = &e;
    else if (e.type == EventType::Visit && e.time_text == "지난 1일") oct = &e;
  REQUIRE(feb);
  CHECK(feb->actor == "샘 알트먼");
  CHECK(feb->actor_inferred);
  CHECK(iso(feb->when.first_day()) == "2025-02-01");
  CHECK(iso(feb->when.last_day()) == "2025-02-28");
  REQUIRE(oct);
  CHECK(oct->actor == "샘 알트먼");
  CHECK(iso(oct->when.first_day()) == "2025-10-01");

  // 만나 … 논의한 바 있다: one meeting with the three people met
  int feb_meetings = 0;
  for (const auto& e : evs)
    if (e.type == EventType::Meeting && e.time_text == "지난 2월") {
      ++feb_meetings;
      CHECK(e.actor == "샘 알트먼");
      CHECK(e.participants == std::vector<std::string>{"이재용", "최태원", "정신아"});
    }
  CHECK(feb_meetings == 1);
  const Event* m2 = nullptr;
  for (const auto& e : evs)
    if (e.type == EventType::Meeting && e.time_text == "지난 1일") m2 = &e;
  REQUIRE(m2);
  CHECK(m2->participants == std::vector<std::string>{"이 대통령", "배경훈", "이재용", "최태원"});

  const Event* k = &must(evs, EventType::Contract, "체결");
  CHECK(k->actor == "오픈AI");
  CHECK(k->participants == std::vector<std::string>{"삼성전자", "SK하이닉스"});
  CHECK(k->object == "디램(DRAM) 웨이퍼 공급 계약");
  CHECK(iso(k->when.first_day()) == "2025-10-01");
  CHECK(k->time_source == TimeSource::Anaphor);

  // the later mention of the same contracts takes their date
  const Event* k2 = &must(evs, EventType::Contract, "맺");
  CHECK(has(k2->participants, "SK그룹"));
  CHECK_FALSE(has(k2->participants, "SK하이닉스"));
  CHECK(iso(k2->when.first_day()) == "2025-10-01");
  CHECK(k2->time_source == TimeSource::Inherited);

  const Event* ag = &must(evs, EventType::Agreement);
  CHECK(ag->actor == "오픈AI");
  CHECK(ag->participants == std::vector<std::string>{"과학기술정보통신부"});
  CHECK(iso(ag->when.first_day()) == "2025-10-01");

  const Event* op = &must(evs, EventType::Opening);
  CHECK(op->actor == "오픈AI");
  CHECK(op->actor_inferred);
  CHECK(op->object == "한국 사무소");
  CHECK(iso(op->when.first_day()) == "2025-09-01");
  CHECK(iso(op->when.last_day()) == "2025-09-30");

  const Event* rep = &must(evs, EventType::Announcement, "보고서");
  CHECK(rep->actor == "오픈AI");
  CHECK(iso(rep->when.first_day()) == "2025-10-23");
  CHECK(rep->object.find("경제 청사진") != std::string::npos);

  // 확보해야 하는데: no event from an obligation; nothing from the GPU sentence at all
  for (const auto& e : evs) {
    CHECK(e.mentions.front().sentence.find("확보해야") == std::string::npos);
    REQUIRE(e.mentions.size() == 1);
    CHECK(e.mentions.front().article == "test.txt");
    CHECK(kSummit.find(e.mentions.front().sentence) != std::string::npos);
    CHECK(!e.summary.empty());
  }
}

TEST_CASE("the rocket story: report, talks extended to autumn, code red, plans, commitment", "[extractor]") {
  auto evs = run(kRocket);

  const Event* wsj = &must(evs, EventType::Announcement, "보도");
  CHECK(wsj->actor == "월스트리트저널");
  CHECK(iso(wsj->when.first_day()) == "2025-12-03");

  const Event* talks = &must(evs, EventType::Meeting, "접촉");
  CHECK(talks->actor == "샘 알트먼");
  CHECK(talks->participants == std::vector<std::string>{"스톡 스페이스"});
  CHECK(talks->reported);
  CHECK(iso(talks->when.first_day()) == "2025-06-01");
  CHECK(iso(talks->when.last_day()) == "2025-11-30");  // 가을까지 이어졌다

  const Event* red = &must(evs, EventType::Announcement, "발령");
  CHECK(red->actor == "오픈AI");
  CHECK(iso(red->when.first_day()) == "2025-12-01");

  const Event* plan = &must(evs, EventType::Announcement, "발표");
  CHECK(plan->actor == "샘 알트먼");
  CHECK(plan->participants == std::vector<std::string>{"오라클", "엔비디아", "AMD"});
  REQUIRE(plan->when.from);
  CHECK(unsigned(date::year_month_day{*plan->when.from}.month()) == 9);
  CHECK(unsigned(date::year_month_day{*plan->when.last_day()}.month()) == 10);

  const Event* inv = &must(evs, EventType::Investment);
  CHECK(inv->actor == "오픈AI");
  CHECK(inv->participants == std::vector<std::string>{"소프트뱅크", "스타게이트"});
  CHECK(inv->amount == "180억 달러");
  CHECK(inv->modality == Modality::Planned);
  CHECK(iso(inv->when.first_day()) == "2025-01-01");

  for (const auto& e : evs) CHECK(e.mentions.front().sentence.find("10년 이상") == std::string::npos);
}

TEST_CASE("sentences without events, and an article with no body", "[extractor]") {
  CHECK(run("date: 2025-10-24\n\n오라클 주가는 최근 한 달간 약 19% 떨어졌다. 시장은 회의적인 시각을 보였다.\n").empty());
  CHECK(run("date: 2025-10-24\n\n발표자와 방문객, 투자자들이 행사장을 가득 채웠다.\n").empty());
  CHECK(run("date: 2025-10-24\n\n(사진) 자료화면\n").empty());
}

TEST_CASE("an event with no time takes the publication date, marked as such", "[extractor]") {
  auto evs = run("date: 2026-03-12\n\n가람자동차는 전기차 충전 업체 에버차지를 인수했다.\n");
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].type == EventType::Acquisition);
  CHECK(evs[0].actor == "가람자동차");
  CHECK(evs[0].object == "전기차 충전 업체 에버차지");
  CHECK(evs[0].time_source == TimeSource::Publication);
  CHECK(iso(evs[0].when.first_day()) == "2026-03-12");
  CHECK(evs[0].time_text.empty());
}

TEST_CASE("odd punctuation and fragments do not break extraction", "[extractor]") {
  const char* bodies[] = {
      "' \" ( ) , 등과 측에 및 비롯해 이는 와 과 을 는 가 해 했다.",
      "'스타게이트'라는 회사에 투자했다. \"그는 말했다",
      "(오픈AI 최고경영자 샘 알트만. 자료화면)",
      "▲GPU 확보 ▲인재 양성 ▲데이터 체계 구축",
      "X와, 회장, 대표 등을 만났다. 측은 밝혔다. 측에 접촉했다.",
      "계약 체결",
      "지난해",
  };
  for (const char* b : bodies) {
    auto evs = run(std::string("date: 2025-10-24\n\n") + b + "\n");
    for (const auto& e : evs) {
      CHECK(e.when.bounded());
      CHECK(e.mentions.size() == 1);
      CHECK_FALSE(e.summary.empty());
    }
  }
  // a headline ending in a verbal noun is an event; a bare time word is not
  CHECK(run("date: 2025-10-24\n\n오픈AI, 삼성전자와 공급 계약 체결\n").size() == 1);
  CHECK(run("date: 2025-10-24\n\n지난해\n").empty());
}

TEST_CASE("speech: stated plans are reported events, opinions are not", "[extractor]") {
  auto evs = run("date: 2026-12-10\n\n박정우 한빛전자 사장은 \"내년 상반기 중 유럽에 설계센터를 설립할 것\"이라고 강조했다.\n");
  const Event* f = &must(evs, EventType::Founding);
  CHECK(f->actor == "박정우");
  CHECK(f->modality == Modality::Planned);
  CHECK(f->reported);
  CHECK(iso(f->when.first_day()) == "2027-01-01");
  CHECK(find(evs, EventType::Statement));
  // a past fact inside quotes is the speaker's description, not an event of the article
  auto evs2 = run("date: 2026-12-10\n\n그는 \"우리는 작년에 공장을 설립했다\"고 말했다.\n");
  CHECK_FALSE(find(evs2, EventType::Founding));
  CHECK(find(evs2, EventType::Statement));
}

TEST_CASE("talks reported through an apposition and a sourced frame, extended by a later clause", "[extractor]") {
  // 최소 N곳의 X인 Y 측에 접촉했으며 … 이어졌다고 … 전했다: the talks with Y, reported, plus the report itself
  auto evs = run(
      "date: 2025-12-04\n\n"
      "로이터에 따르면, 알트먼은 올봄 최소 두 곳의 발사체 업체인 스톡 스페이스(Stoke Space) 측에 접촉했으며, "
      "이 협의는 여름까지 이어졌다고 내부 사정에 밝은 인사들이 전했다.\n");
  const Event* talks = &must(evs, EventType::Meeting, "접촉");
  CHECK(talks->actor == "샘 알트먼");
  CHECK(talks->participants == std::vector<std::string>{"스톡 스페이스"});
  CHECK(talks->reported);
  CHECK(iso(talks->when.first_day()) == "2025-03-01");
  CHECK(iso(talks->when.last_day()) == "2025-08-31");  // 여름까지 이어졌다
  const Event* said = &must(evs, EventType::Announcement);
  CHECK(said->actor == "인사");  // the sources' own statement (itself relayed by 로이터)
  CHECK(said->actor != "샘 알트먼");
  // must not match: the apposition's head noun (발사체 업체) is not a participant
  CHECK(evs.size() == 2);
}

TEST_CASE("an expected visit is planned and a failed expected meeting is one negative cancellation", "[extractor]") {
  auto evs = run(
      "date: 2025-10-24\n\n"
      "손정의 회장은 이번 주 도쿄에서 기자들을 만났다.\n\n"
      "재계에선 손정의 회장이 부산을 방문하는 만큼 젠슨 황 CEO도 동행할 것으로 예상했다. 이들이 만나 새로운 협력 "
      "구상을 내놓을 것으로 점쳐졌지만, 끝내 무산됐다.\n");
  const Event* visit = &must(evs, EventType::Visit, "방문");
  CHECK(visit->actor == "손정의");
  CHECK(visit->modality == Modality::Planned);
  // the expected meeting is folded into its cancellation: negative, not planned by 손정의 alone
  const Event* off = &must(evs, EventType::Cancellation, "무산");
  CHECK(off->polarity == Polarity::Negative);
  CHECK(off->modality != Modality::Actual);
  CHECK(off->actor.empty());
  // must not match: no actual meeting on the publication date besides the press meeting stated earlier
  int meetings = 0;
  for (const auto& e : evs)
    if (e.type == EventType::Meeting) {
      ++meetings;
      CHECK(e.participants == std::vector<std::string>{"기자"});
    }
  CHECK(meetings == 1);
}

TEST_CASE("connective clauses leading into another speaker's report are reported", "[extractor]") {
  auto evs = run(
      "date: 2025-12-04\n\n"
      "알트먼은 올여름 로켓 업체인 스톡 스페이스와 접촉했고, 이 논의는 가을까지 계속됐다고 관계자가 말했다.\n");
  const Event* talks = &must(evs, EventType::Meeting, "접촉");
  CHECK(talks->reported);
  CHECK(iso(talks->when.last_day()) == "2025-11-30");
  // must not match: the speaker's own earlier act is the article's fact, not reported content
  auto own = run(
      "date: 2025-10-24\n\n"
      "오픈AI는 지난 23일 새 보고서를 발표했고, 한국 투자를 늘리겠다고 밝혔다.\n");
  const Event* rep = &must(own, EventType::Announcement, "발표");
  CHECK_FALSE(rep->reported);
}

TEST_CASE("buying a stake (X의 지분 N%를 인수) is an investment in X, buying X is an acquisition", "[extractor]") {
  auto evs = run("date: 2027-03-08\n\n솔빛제약은 지난달 바이오벤처 젠셀의 지분 20%를 1천억 원에 인수했다.");
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].type == EventType::Investment);
  CHECK(evs[0].actor == "솔빛제약");
  INFO("object: " << evs[0].object);
  CHECK(has(evs[0].participants, "젠셀"));
  auto plain = run("date: 2027-03-08\n\n솔빛제약은 지난달 시큐어랩 지분을 인수했다.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].type == EventType::Investment);
  CHECK(has(plain[0].participants, "시큐어랩"));
  // must not match: the company itself, or its control, is an acquisition
  auto whole = run("date: 2027-03-08\n\n솔빛제약은 지난달 젠셀을 인수했다.");
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].type == EventType::Acquisition);
  auto control = run("date: 2027-03-08\n\n솔빛제약은 지난달 젠셀의 경영권 20%를 인수했다.");
  REQUIRE(control.size() == 1);
  CHECK(control[0].type == EventType::Acquisition);
}

TEST_CASE("a dated passive modifier (2015년 설립된 X는) names X as its actor, an active one does not", "[extractor]") {
  const Event f = one("date: 2027-10-05\n\n2015년 설립된 핀테크 기업 페이온은 지난달 신제품을 출시했다.", EventType::Founding);
  CHECK(f.actor == "페이온");
  CHECK(iso(f.when.first_day()) == "2015-01-01");
  // must not match: an active modifier (X가 설립한 Y) keeps X as the founder, not Y
  const Event g = one("date: 2027-10-05\n\n한빛전자가 2015년 설립한 자회사 누리랩은 지난달 신제품을 출시했다.", EventType::Founding);
  CHECK(g.actor != "누리랩");
}

TEST_CASE("reported content without a time of its own takes the report's time", "[extractor]") {
  const Event c = one("date: 2027-09-17\n\n서울FC는 공격수 마르셀로와 2년 계약을 맺었다고 16일 발표했다.", EventType::Contract);
  CHECK(iso(c.when.first_day()) == "2027-09-16");
  // must not match: a reported event with its own time keeps it, and an undated report leaves the publication date
  auto own = run("date: 2027-09-17\n\n서울FC는 마르셀로와 지난 5월 계약을 맺었다고 16일 발표했다.");
  const Event* o = &must(own, EventType::Contract);
  CHECK(iso(o->when.first_day()) == "2027-05-01");
  auto undated = run("date: 2027-09-17\n\n서울FC는 마르셀로와 계약을 맺었다고 발표했다.");
  const Event* u = &must(undated, EventType::Contract);
  CHECK(iso(u->when.first_day()) == "2027-09-17");
}

TEST_CASE("a date before an adverbial noun (24일 자진 사퇴했다) governs the trigger", "[extractor]") {
  const Event r = one("date: 2027-09-25\n\n김태호 국가대표팀 감독이 성적 부진의 책임을 지고 24일 자진 사퇴했다.", EventType::Resignation);
  CHECK(r.actor == "김태호");
  CHECK(iso(r.when.first_day()) == "2027-09-24");
  // must not match: a date before a real relative clause dates that clause, not the cancellation's trigger
  const Event c = one("date: 2027-09-25\n\n가람자동차는 지난 7월 맺은 공급 계약을 해지했다.", EventType::Cancellation);
  CHECK(c.time_source == TimeSource::Publication);
}

TEST_CASE("a person named with the honorific 씨 as topic (오태식 씨는) is the actor", "[extractor]") {
  const Event s = one("date: 2027-01-20\n\n누리칩스 창업자 오태식 씨는 새 스타트업을 설립하지 않겠다고 말했다.", EventType::Statement);
  CHECK(s.actor == "오태식");
  // must not match: a one-syllable verb modifier before 는 (찾는, 받은) is not a topic
  const Event t = one("date: 2027-01-20\n\n한국을 찾는 관광객이 늘었다고 관광공사가 말했다.", EventType::Statement);
  CHECK(t.actor == "관광공사");
}

TEST_CASE("공시했다 reports like 밝혔다: the disclosed event takes the disclosure's time", "[extractor]") {
  auto evs = run("date: 2027-03-08\n\n세진배터리는 현지 정부와 투자 협약을 체결했다고 7일 공시했다.");
  const Event* a = &must(evs, EventType::Agreement);
  CHECK(iso(a->when.first_day()) == "2027-03-07");
  const Event* r = &must(evs, EventType::Announcement);
  CHECK(iso(r->when.first_day()) == "2027-03-07");
  // must not match: 공시 as a modifier of another noun is no event
  auto none = run("date: 2027-03-08\n\n공시 의무 위반이 잇따르고 있다.");
  CHECK(none.empty());
}

TEST_CASE("회사는/이사회는 after a person of an organisation stands for the organisation", "[extractor]") {
  auto evs = run("date: 2027-05-26\n\n초록에너지 강민호 대표가 25일 사의를 밝혔다. 이사회는 오는 31일 후임 대표를 선임한다.");
  const Event* a = &must(evs, EventType::Appointment);
  CHECK(a->actor == "초록에너지");
  const Event b = one("date: 2026-12-10\n\n솔빛제약 윤지아 대표는 지난 8일 사임했다. 회사는 후임 대표를 이달 말 선임할 예정이다.", EventType::Appointment);
  CHECK(b.actor == "솔빛제약");
  // must not match: a person's own dropped subject stays the person; a named board is its company
  auto own = run("date: 2026-12-10\n\n솔빛제약 윤지아 대표는 지난 8일 사임했다. 내년에는 새 회사를 설립할 계획이다.");
  const Event* f = &must(own, EventType::Founding);
  CHECK(f->actor == "윤지아");
  auto named = run("date: 2027-09-30\n\n한솔증권 이사회는 29일 최민석 부사장을 신임 대표이사로 선임했다.");
  const Event* n = &must(named, EventType::Appointment);
  CHECK(n->actor == "한솔증권");
}

TEST_CASE("a noun ending in 가 (중저가 스마트폰) is not a subject", "[extractor]") {
  const Event l = one("date: 2027-01-20\n\n가온모바일은 중저가 스마트폰 '가온 A9'을 지난 15일 출시했다.", EventType::Launch);
  CHECK(l.actor == "가온모바일");
  // must not match: a real subject with 가 stays the actor
  const Event m = one("date: 2027-01-20\n\n누리바이오가 신약을 지난 15일 출시했다.", EventType::Launch);
  CHECK(m.actor == "누리바이오");
}

TEST_CASE("간담회를 갖고 … 논의했다 is one meeting", "[extractor]") {
  auto evs = run("date: 2027-09-28\n\n이정민 공정거래위원장은 27일 주요 플랫폼 기업 대표들과 간담회를 갖고 수수료 문제를 논의했다.");
  CHECK(std::count_if(evs.begin(), evs.end(), [](const Event& e) { return e.type == EventType::Meeting; }) == 1);
}

TEST_CASE("a passive cancellation in a company's own report is the company's", "[extractor]") {
  const Event c = one("date: 2027-08-11\n\n다온소프트는 10일 미국 클라우드 기업과의 합병 협상이 무산됐다고 밝혔다.", EventType::Cancellation);
  CHECK(c.actor == "다온소프트");
  // must not match: a newspaper reporting a failure is not a party to it
  const Event m = one("date: 2027-08-11\n\n월스트리트저널은 10일 두 회사의 합병 협상이 무산됐다고 보도했다.", EventType::Cancellation);
  CHECK(m.actor != "월스트리트저널");
}

TEST_CASE("a passive cancellation inside a longer reported clause (취소되자 … 열겠다고) stays unassigned", "[extractor]") {
  const Event c = one("date: 2026-08-20\n\n일부 출연진은 축제가 취소되자 이튿날 강릉에서 자선 공연을 열겠다고 밝혔다.", EventType::Cancellation);
  CHECK(c.actor.empty());
}

TEST_CASE("a postponement with a new date (하반기로 미뤘다) is the postponed event there, planned", "[extractor]") {
  const Event l = one("date: 2027-05-26\n\n블루문게임즈는 개발 지연으로 신작 '문라이트'의 출시를 하반기로 미뤘다.", EventType::Launch);
  CHECK(l.actor == "블루문게임즈");
  CHECK(iso(l.when.from) == "2027-07-01");
  CHECK(l.modality == Modality::Planned);
  CHECK(l.polarity == Polarity::Positive);
  const Event p = one("date: 2027-05-26\n\n가람자동차의 신차 출시가 내년 1월로 연기됐다.", EventType::Launch);
  CHECK(iso(p.when.from) == "2028-01-01");
  // must not match: without a new date a postponement is no event (and never a cancellation)
  for (const char* s : {"date: 2027-05-26\n\n블루문게임즈는 신작 출시를 무기한 연기했다.",
                        "date: 2027-05-26\n\n정부는 연말 예정이던 전기요금 인상을 내년 2분기로 미뤘다.",
                        "date: 2027-05-26\n\n그 배우의 연기는 3월에 호평을 받았다."}) {
    auto none = run(s);
    CHECK(none.empty());
  }
}

TEST_CASE("a bare time opening an object about a period (내년 예산안을) dates the object, not the event", "[extractor]") {
  auto evs = run("date: 2026-10-14\n\n정부와 여당은 13일 고위 당정 협의를 갖고 내년 예산안을 논의했다.");
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].type == EventType::Meeting);
  CHECK(iso(evs[0].when.from) == "2026-10-13");
  auto pubdated = run("date: 2026-10-14\n\n한빛전자는 내년 사업계획을 발표했다.");
  const Event* a = &must(pubdated, EventType::Announcement);
  CHECK(a->time_source == TimeSource::Publication);
  // must not match: a time with its own particle, or before a place, governs the event
  auto own = run("date: 2026-10-14\n\n한빛전자는 내년에 새 예산안을 발표한다.");
  const Event* o = &must(own, EventType::Announcement);
  CHECK(iso(o->when.from) == "2027-01-01");
  const Event v = one("date: 2025-10-24\n\n알트먼 CEO는 지난 1일 한국을 찾았다.", EventType::Visit);
  CHECK(iso(v.when.from) == "2025-10-01");
  // a cancellation is about the scheduled thing: 다음 달 일정을 취소 keeps 다음 달
  const Event c = one("date: 2026-10-14\n\n한빛전자는 다음 달 일정을 모두 취소했다.", EventType::Cancellation);
  CHECK(iso(c.when.from) == "2026-11-01");
}

TEST_CASE("당시 before a pronoun subject (당시 그는) still governs", "[extractor]") {
  const Event c = one("date: 2026-06-24\n\n이수아는 2022년 투어에 데뷔했다. 당시 그는 에이스스포츠와 후원 계약을 맺었다.", EventType::Contract);
  CHECK(iso(c.when.from) == "2022-01-01");
  CHECK(c.time_source == TimeSource::Anaphor);
  // must not match: a real relative clause after the time still hides it (지난 7월 맺은 계약을 해지)
  const Event x = one("date: 2026-09-02\n\n동해조선은 지난 7월 맺은 건조 계약을 해지했다.", EventType::Cancellation);
  CHECK(x.time_source == TimeSource::Publication);
}

TEST_CASE("a connective chain leading into a report is reported content, timed after its own subject", "[extractor]") {
  auto evs = run("date: 2026-01-09\n\n교도통신은 8일 일본 총리가 이달 하순 방한해 이 대통령과 정상회담을 가질 예정이라고 보도했다.");
  const Event* v = find(evs, EventType::Visit);
  const Event* m = find(evs, EventType::Meeting);
  const Event* a = find(evs, EventType::Announcement);
  REQUIRE(v != nullptr);
  REQUIRE(m != nullptr);
  REQUIRE(a != nullptr);
  CHECK(iso(v->when.from) == "2026-01-21");
  CHECK(iso(m->when.from) == "2026-01-21");
  CHECK(iso(a->when.from) == "2026-01-08");
  // a quotation cut by -고 inside it: the time before the quote dates the speech
  const Event s = one("date: 2025-09-18\n\n민수정 장관은 17일 국회에서 \"사퇴하지 않고 끝까지 책임을 다하겠다\"고 말했다.", EventType::Statement);
  CHECK(iso(s.when.from) == "2025-09-17");
}

TEST_CASE("a reporter that is its content's topic, followed by a recent day, is dated by that day", "[extractor]") {
  auto evs = run("date: 2026-05-07\n\n공정거래위원회는 6일 이 기업결합을 조건부로 승인했다고 밝혔다.");
  const Event* a = &must(evs, EventType::Announcement);
  CHECK(iso(a->when.from) == "2026-05-06");
  // must not match: a future day belongs to the content only (다음 달 9일 … 공개한다고 밝혔다)
  const Event f = one("date: 2026-06-18\n\n가온모바일은 다음 달 9일 새 폴더블폰을 공개한다고 밝혔다.", EventType::Announcement);
  CHECK(f.time_source == TimeSource::Publication);
  // nor a month (지난 3월): only the lead's day
  auto month = run("date: 2026-05-07\n\n태성그룹은 지난 3월 동진해운을 인수했다고 밝혔다.");
  const Event* g = &must(month, EventType::Announcement);
  CHECK(g->time_source == TimeSource::Publication);
}

TEST_CASE("a sentence's leading adverbial that dates a relative clause (1998년 설립된 X는) dates nothing else", "[extractor]") {
  auto evs = run("date: 2026-09-26\n\n1998년 설립된 한일협의회는 25일 도쿄에서 총회를 열고 교류 확대 방안을 논의했다.");
  for (const auto& e : evs)
    if (e.type == EventType::Meeting) CHECK(iso(e.when.from) == "2026-09-25");
  const Event* f = &must(evs, EventType::Founding);
  CHECK(iso(f->when.from) == "1998-01-01");
}

TEST_CASE("an unnamed official, bare title or class noun of the topic organisation stands for it", "[extractor]") {
  auto evs = run("date: 2025-04-08\n\n충남 공주시는 벚꽃축제를 취소했다. 시 관계자는 \"주민 안전을 최우선으로 고려했다\"고 설명했다.");
  const Event* s = &must(evs, EventType::Statement);
  CHECK(s->actor == "공주시");
  const Event w = one("date: 2026-09-17\n\n세계보건기구(WHO)는 월요일 지침 개정안을 발표했다. 사무총장은 이날 \"위험은 낮다\"고 강조했다.", EventType::Statement);
  CHECK(w.actor == "세계보건기구");
  const Event o = one("date: 2026-03-05\n\n국립중앙박물관은 지난 3일 교류 협약을 맺었다. 박물관은 내년 초 파리에 분관을 개관할 계획이다.", EventType::Opening);
  CHECK(o.actor == "국립중앙박물관");
  // must not match: a generic source keeps its phrase, and a class noun that is not the topic's stays
  auto generic = run("date: 2025-04-08\n\n충남 공주시는 벚꽃축제를 취소했다. 업계 관계자는 \"아쉬운 결정\"이라고 평가했다.");
  const Event* g = &must(generic, EventType::Statement);
  CHECK(g->actor == "업계 관계자");
  const Event m = one("date: 2026-03-05\n\n국립중앙박물관은 지난 3일 교류 협약을 맺었다. 미술관은 내년 초 분관을 개관할 계획이다.", EventType::Opening);
  CHECK(m.actor != "국립중앙박물관");
}

TEST_CASE("a postponement reaches its object across the new date (발사를 다음 달 중순으로 연기했다)", "[extractor]") {
  const Event l = one("date: 2026-04-03\n\n한국천문연구원은 점검이 늦어지면서 '별빛1호'의 발사를 다음 달 중순으로 연기했다.", EventType::Launch);
  CHECK(iso(l.when.from) == "2026-05-11");
  CHECK(l.modality == Modality::Planned);
  // must not match: a support verb is not given the same reach (계약을 … 체결 stays within three words)
  auto far = run("date: 2026-04-03\n\n한빛전자는 계약을 둘러싼 이견 때문에 결국 협상을 체결 단계까지 끌고 가지 못했다.");
  CHECK(find(far, EventType::Contract) == nullptr);
}

TEST_CASE("a trigger noun announced (누리칩스 인수를 발표했다) is an event of its own, planned, besides the report", "[extractor]") {
  auto evs = run("date: 2026-01-15\n\n한빛전자는 15일 누리칩스 인수를 공식 발표했다.");
  const Event* a = find(evs, EventType::Announcement);
  const Event* q = find(evs, EventType::Acquisition);
  REQUIRE(a != nullptr);
  REQUIRE(q != nullptr);
  CHECK(q->actor == "한빛전자");
  CHECK(q->modality == Modality::Planned);
  CHECK(iso(q->when.from) == "2026-01-15");
  // an announced cancellation is done, not planned
  const Event x = one("date: 2026-01-15\n\n강릉시는 15일 축제 취소를 발표했다.", EventType::Cancellation);
  CHECK(x.modality == Modality::Actual);
  // must not match: a document announced is no second event, nor a trigger noun modifying another noun
  auto doc = run("date: 2026-01-15\n\n한빛전자는 15일 투자 계획을 발표했다.");
  CHECK(find(doc, EventType::Investment) == nullptr);
  auto rep = run("date: 2026-01-15\n\n한빛전자는 15일 실적 발표를 연기했다.");
  CHECK(find(rep, EventType::Announcement) == nullptr);
}

TEST_CASE("a numbered group (두 장관은) has no single actor and does not fall back to the topic", "[extractor]") {
  auto evs = run("date: 2025-11-13\n\n한지수 외교부 장관은 12일 도쿄에서 일본 외무상과 회담했다. 두 장관은 이달 말 서울에서 다시 만나기로 했다.");
  REQUIRE(evs.size() == 2);
  CHECK(evs[0].actor == "한지수");
  CHECK(evs[1].actor.empty());
  // must not match: a name that merely starts with a numeral syllable (세진배터리는, 두산은)
  auto co = run("date: 2025-11-13\n\n세진배터리는 12일 새만금에서 공장을 준공했다.");
  REQUIRE(!co.empty());
  CHECK(co[0].actor == "세진배터리");
}

TEST_CASE("the actor of content known by hearsay (…한 것으로 알려졌다) becomes the topic: 이사회는 is its body", "[extractor]") {
  const Event a = one("date: 2026-12-02\n\n금성증권 오민규 사장이 지난달 말 사임한 것으로 알려졌다. 이사회는 1일 후임 대표에 한다은 부사장을 내정했다.", EventType::Appointment);
  CHECK(a.actor == "금성증권");
  // must not match: content reported by somebody else does not set the topic
  const Event b = one("date: 2026-12-02\n\n로이터는 1일 금성증권 오민규 사장이 사임했다고 보도했다. 이사회는 후임 대표를 내정했다.", EventType::Appointment);
  CHECK(b.actor != "금성증권");
}

TEST_CASE("a -기로 clause leading into a report without a time of its own takes the report's time", "[extractor]") {
  const Event i = one("date: 2026-05-07\n\n누리페이는 페이브릿지의 지분 60%를 인수하기로 했다고 6일 공시했다.", EventType::Investment);
  CHECK(iso(i.when.from) == "2026-05-06");
  // must not match: a -기로 decision that is not reported keeps the publication date
  auto own = run("date: 2026-05-07\n\n누리페이는 페이브릿지의 지분 60%를 인수하기로 했다.");
  const Event* o = &must(own, EventType::Investment);
  CHECK(o->time_source == TimeSource::Publication);
}

TEST_CASE("a dated passive modifier inside the object (2021년 설립된 딥실드에) has its own time and subject", "[extractor]") {
  auto evs = run("date: 2026-04-15\n\n한빛벤처스는 14일 누리캐피탈과 함께 2021년 설립된 AI 보안 스타트업 딥실드에 300억 원을 투자했다.");
  const Event* f = find(evs, EventType::Founding);
  const Event* i = find(evs, EventType::Investment);
  REQUIRE(f != nullptr);
  REQUIRE(i != nullptr);
  CHECK(f->actor == "딥실드");
  CHECK(iso(f->when.from) == "2021-01-01");
  CHECK(i->actor == "한빛벤처스");
  CHECK(iso(i->when.from) == "2026-04-14");
  // must not match: an undated modifier is background (설립된 회사에 투자했다)
  auto bare = run("date: 2026-04-15\n\n한빛벤처스는 14일 지난해 설립된 회사에 투자했다.");
  CHECK(find(bare, EventType::Investment) != nullptr);
}

TEST_CASE("non-attendance of a meeting scheduled for a day (24일로 예정됐던 회의에) takes that day", "[extractor]") {
  const Event c = one("date: 2026-02-25\n\n한국노총은 24일로 예정됐던 노사정 대표자 회의에 끝내 참석하지 않았다.", EventType::Cancellation);
  CHECK(iso(c.when.from) == "2026-02-24");
  CHECK(c.modality == Modality::Actual);
}

TEST_CASE("a plan inside a quotation is dated inside it, and the speech keeps the time before the quote", "[extractor]") {
  auto evs = run("date: 2026-12-15\n\n한지민 대표는 14일 기자간담회에서 \"내년 1분기 기업용 AI 에이전트를 출시해 해외 시장을 공략하겠다\"고 말했다.");
  const Event* l = find(evs, EventType::Launch);
  const Event* s = find(evs, EventType::Statement);
  REQUIRE(l != nullptr);
  REQUIRE(s != nullptr);
  CHECK(iso(l->when.from) == "2027-01-01");
  CHECK(iso(s->when.from) == "2026-12-14");
  // must not match: a quoted plan without a time of its own is not dated by a time in another quotation
  const Event f = one("date: 2026-12-15\n\n그는 \"2025년은 힘들었다\"며 \"공장을 새로 설립하겠다\"고 말했다.", EventType::Founding);
  CHECK(iso(f.when.from) != "2025-01-01");
}

TEST_CASE("이날 after a year inside an object still refers to the day before it", "[extractor]") {
  const Event s = one("date: 2025-12-17\n\n정부는 16일 회의를 열고 내년 경제정책방향을 확정했다. 기획재정부 장관은 이날 브리핑에서 \"회복이 가능할 것\"이라고 말했다.", EventType::Statement);
  CHECK(iso(s.when.from) == "2025-12-16");
}

TEST_CASE("a union named after a railway (서해철도 노조는) and a holder of a title (임동수 현 회장은) are actors whole", "[extractor]") {
  auto evs = run("date: 2025-03-18\n\n서해철도 노조는 오는 24일부터 무기한 파업에 들어간다고 18일 밝혔다.");
  const Event* a = &must(evs, EventType::Announcement);
  CHECK(a->actor == "서해철도 노조");
  const Event x = one("date: 2026-03-19\n\n한결금융지주는 18일 김선영 부행장을 차기 회장으로 내정했다. 임동수 현 회장은 이달 말 물러난다.", EventType::Resignation);
  CHECK(x.actor == "임동수");
}

TEST_CASE("declining to comment (언급을 거부했다) is a negative statement", "[extractor]") {
  const Event s = one("date: 2025-09-03\n\n로이터통신은 2일 크라우스가 에코셀 인수를 검토하고 있다고 보도했다. 크라우스 측은 이에 대해 언급을 거부했다.", EventType::Statement);
  CHECK(s.actor == "크라우스");
  CHECK(s.polarity == Polarity::Negative);
  // must not match: refusing a proposal is no statement
  auto p = run("date: 2025-09-03\n\n크라우스는 에코셀의 제안을 거부했다.");
  CHECK(find(p, EventType::Statement) == nullptr);
}

TEST_CASE("in reported content, A와 B의 합병이 무산됐다 names its parties, not the reporter", "[extractor]") {
  const Event c = one("date: 2026-06-24\n\n니혼게이자이신문은 23일 미국 장비업체 테라웨이브와 일본 도쿄정밀의 합병이 결국 무산됐다고 보도했다.", EventType::Cancellation);
  CHECK(c.actor == "테라웨이브");
  CHECK(has(c.participants, "도쿄정밀"));
  // must not match: a size before the contract owns nothing; the discloser's own failed contract is its own
  auto own = run("date: 2026-11-04\n\n세림전자는 2천400억 원 규모의 공급 계약이 지난달 말 해지됐다고 3일 공시했다.");
  const Event* x = &must(own, EventType::Cancellation);
  CHECK(x->actor == "세림전자");
}

TEST_CASE("batch 9-10 misses: names in 크, X 이사회, a title with the copula, a paper's descriptor, groups and unions", "[extractor]") {
  const Event q = one("date: 2026-06-09\n\n코스닥 상장사 한울테크는 세원정밀을 450억 원에 인수하기로 했다고 8일 공시했다.", EventType::Acquisition);
  CHECK(q.actor == "한울테크");
  auto b = run("date: 2025-12-10\n\n미국 반도체 설계업체 라티스코어 이사회는 9일 마크 헤일리 최고운영책임자(COO)를 신임 최고경영자(CEO)로 선임했다. 전임 CEO인 제임스 오코너는 지난달 말 물러났다.");
  const Event* ap = find(b, EventType::Appointment);
  const Event* rs = find(b, EventType::Resignation);
  REQUIRE(ap != nullptr);
  REQUIRE(rs != nullptr);
  CHECK(ap->actor == "라티스코어");
  CHECK(rs->actor == "제임스 오코너");
  const Event an = one("date: 2025-10-22\n\n지역 일간지 남도일보는 21일 광주시가 배달앱 운영을 중단할 것이라고 보도했다.", EventType::Announcement);
  CHECK(an.actor == "남도일보");
  const Event iv = one("date: 2026-02-19\n\n화성시는 18일 기업 10곳과 투자 협약을 체결했다. 이들 기업은 2028년까지 3천억 원을 투자한다.", EventType::Investment);
  CHECK(iv.actor.empty());
  const Event st = one("date: 2025-11-12\n\n전국철도노동조합은 20일부터 파업을 벌이기로 했다고 11일 밝혔다. 노조는 이날 \"약속을 지키지 않았다\"고 주장했다.", EventType::Statement);
  CHECK(st.actor == "전국철도노동조합");
  // must not match: a verb in 크 stays a verb (크는 시장은 is no actor), a union of another name stays itself
  const Event os = one("date: 2025-11-12\n\n한빛전자는 11일 신제품을 공개했다. 노조는 이날 \"임금을 올려야 한다\"고 주장했다.", EventType::Statement);
  CHECK(os.actor != "한빛전자");
}

TEST_CASE("a -기로 complement passes on a past lead day to its decision, not a future one", "[extractor]") {
  auto evs = run("date: 2025-12-18\n\nLG전자와 마이크로소프트는 17일 AI 에이전트를 공동 개발하기로 합의하고, 내년 상반기 첫 제품을 출시하기로 했다.");
  const Event* a = &must(evs, EventType::Agreement);
  CHECK(iso(a->when.from) == "2025-12-17");
  // must not match: the decided future does not date the decision
  const Event f = one("date: 2025-12-04\n\n알파벳과 플래닛 랩스는 2027년 시범 위성 2기를 발사하기로 합의했다.", EventType::Agreement);
  CHECK(f.time_source == TimeSource::Publication);
  const Event o = one("date: 2026-09-02\n\nLG전자는 마그나와 연말까지 합작법인을 설립하기로 합의했다.", EventType::Agreement);
  CHECK(o.time_source == TimeSource::Publication);
}

TEST_CASE("an official of the sentence's own topic body reports for it (경북도는 … 도 관계자가 전했다)", "[extractor]") {
  auto evs = run("date: 2025-04-23\n\n경북도는 기업 세 곳과 다음 달 투자 협약을 맺을 예정이라고 도 관계자가 전했다.");
  const Event* a = &must(evs, EventType::Announcement);
  CHECK(a->actor == "경상북도");  // 경북도, canonical through aliases.tsv
  // must not match: a person as topic is not an organisation that officials speak for
  auto p = run("date: 2025-12-04\n\n알트먼은 올여름 스톡 스페이스와 접촉했다고 관계자가 말했다.");
  const Event* s = &must(p, EventType::Statement);
  CHECK(s->actor != "샘 알트먼");
}

TEST_CASE("a venue word closing a topic's name (세계경제포럼은) is not typed by a modifier 열리는 further on", "[extractor]") {
  auto evs = run("date: 2026-01-21\n\n세계경제포럼은 일론 머스크 CEO가 오는 22일 다보스에서 열리는 연차총회 특별 세션에 불참한다고 20일 밝혔다.");
  const Event* a = &must(evs, EventType::Announcement);
  CHECK(a->actor == "세계경제포럼");
  CHECK(find(evs, EventType::Meeting) == nullptr);
  // must not match: a gathering that is the topic of a final 열린다 is still a meeting
  auto m = run("date: 2026-02-20\n\n주주총회는 오는 28일 서울 본사에서 열린다.");
  CHECK(find(m, EventType::Meeting) != nullptr);
}

TEST_CASE("합의에는 이르지 못했다 is a negative agreement, like 합의에 이르지 못했다", "[extractor]") {
  auto evs = run("date: 2025-10-30\n\n미국과 중국은 29일 회담을 열고 통제 문제를 논의했지만 합의에는 이르지 못했다.");
  const Event* a = &must(evs, EventType::Agreement);
  CHECK(a->polarity == Polarity::Negative);
  CHECK(a->actor == "미국");
  // must not match: a noun with 에는 before an ordinary verb (합의에는 시간이 걸린다) is no event
  auto none = run("date: 2025-10-30\n\n최종 합의에는 시간이 걸릴 전망이다.");
  CHECK(find(none, EventType::Agreement) == nullptr);
}

TEST_CASE("batch 11-12 misses: party titles, 어린이, 당은, a negated -겠 plan, a size not disclosed, a later content time", "[extractor]") {
  const Event mt = one("date: 2026-02-26\n\n미래연합당 김민수 원내대표와 국민통합당 이하준 원내대표는 25일 국회에서 회동했지만 일정에는 합의하지 못했다.", EventType::Meeting);
  CHECK(mt.actor == "김민수");
  CHECK(has(mt.participants, "이하준"));
  const Event st = one("date: 2026-12-03\n\n대통령실은 2일 신임 장관에 윤태섭 이사장을 내정했다. 윤 후보자는 이날 \"현장의 목소리를 담겠다\"고 말했다.", EventType::Statement);
  CHECK(st.actor == "윤태섭");
  const Event op = one("date: 2026-03-19\n\n국립현대미술관은 오는 5월 청주에 어린이 전용 미술관을 개관한다고 18일 밝혔다.", EventType::Opening);
  CHECK(op.actor == "국립현대미술관");
  const Event pm = one("date: 2026-06-08\n\n미래연합당 정태호 대표가 7일 대표직에서 물러났다. 당은 다음 달 중순 전당대회를 열어 새 지도부를 선출할 예정이다.", EventType::Meeting);
  CHECK(pm.actor == "미래연합당");
  const Event rs = one("date: 2025-09-10\n\n최정훈 회장은 10일 \"경영 일선에서 물러나지 않겠다\"고 말했다.", EventType::Resignation);
  CHECK(rs.polarity == Polarity::Negative);
  CHECK(rs.modality == Modality::Planned);
  auto d = run("date: 2025-11-13\n\n해담에너지는 오는 20일 주주총회를 열 예정이다. 다만 신설 법인의 투자 규모는 공개하지 않았다.");
  const Event* an = &must(d, EventType::Announcement);
  CHECK(an->polarity == Polarity::Negative);
  CHECK(find(d, EventType::Launch) == nullptr);
  auto v = run("date: 2026-10-15\n\n마이크로소프트는 14일 한국에 향후 4년간 50억 달러를 투자해 데이터센터를 짓겠다고 발표했다.");
  const Event* iv = find(v, EventType::Investment);
  const Event* ann = find(v, EventType::Announcement);
  REQUIRE(iv != nullptr);
  REQUIRE(ann != nullptr);
  CHECK(iso(iv->when.from) == "2026-10-15");
  CHECK(iso(ann->when.from) == "2026-10-14");
  // must not match: a single time after the shared topic still dates the content
  auto one = run("date: 2026-05-07\n\n공정거래위원회는 6일 이 기업결합을 승인했다고 밝혔다.");
  const Event* o = &must(one, EventType::Other);
  CHECK(iso(o->when.from) == "2026-05-06");
}

TEST_CASE("an event reported after WSJ에 따르면 is actual, not hypothetical", "[extractor]") {
  const Event m = one("date: 2025-12-04\n\nWSJ에 따르면, 알트만은 올여름 스톡 스페이스 측에 접촉했으며, 이 논의는 가을까지 이어졌다고 관계자들이 밝혔다.", EventType::Meeting);
  CHECK(m.modality == Modality::Actual);
  CHECK(m.reported);
}

TEST_CASE("batch 13-16 misses: foreign names before a country, a country's body, quoted gatherings, hearsay plans", "[extractor]") {
  auto a = run("date: 2026-09-09\n\n리처드 콜먼 미국 국무부 부장관이 다음 달 중순 방한해 한지훈 외교부 장관과 회담할 것으로 알려졌다.");
  const Event* v = &must(a, EventType::Visit);
  CHECK(v->actor == "리처드 콜먼");
  const Event c = one("date: 2025-11-11\n\n필리핀 국방부는 10일 대양중공업과 호위함 2척 건조 계약을 맺었다.", EventType::Contract);
  CHECK(c.actor == "필리핀 국방부");
  const Event m = one("date: 2025-11-27\n\n대구시와 경북도는 26일 대구에서 '제조업 AI 전환 간담회'를 열었다.", EventType::Meeting);
  CHECK(m.actor == "대구시");
  const Event mm = one("date: 2026-10-14\n\n젠슨 황 엔비디아 CEO가 다음 달 초 방한해 이재용 삼성전자 회장과 만날 예정인 것으로 알려졌다.", EventType::Meeting);
  CHECK(mm.modality == Modality::Planned);
  // must not match: an embedded plan modifying a noun stays no event; 계약을 해지했다 is no contract
  auto e = run("date: 2026-02-05\n\n가람자동차는 인도 공장을 방문할 예정이던 강민호 회장의 일정을 취소했다.");
  CHECK(find(e, EventType::Visit) == nullptr);
  auto x = run("date: 2025-10-01\n\n비트온은 지난 29일 결제대행사와의 제휴 계약을 해지했다.");
  CHECK(find(x, EventType::Contract) == nullptr);
  CHECK(find(x, EventType::Cancellation) != nullptr);
}

TEST_CASE("회사는 after a regulator is the company it acted on, and a day never labels an object", "[extractor]") {
  const Event l = one("date: 2026-04-21\n\n식품의약품안전처는 20일 한결바이오의 비만 치료제 품목허가를 승인했다. 회사는 올해 하반기 제품을 출시할 계획이다.", EventType::Launch);
  CHECK(l.actor == "한결바이오");
  // must not match: 회사는 after a company topic stays that company
  const Event cl = one("date: 2026-04-21\n\n한결바이오는 20일 누리제약의 치료제를 인수했다. 회사는 하반기 제품을 출시할 계획이다.", EventType::Launch);
  CHECK(cl.actor == "한결바이오");
  const Event mt = one("date: 2026-08-13\n\n현성중공업과 노조는 12일 임금 협상을 벌였지만 합의에 이르지 못했다.", EventType::Meeting);
  CHECK(iso(mt.when.from) == "2026-08-12");
  const Event fo = one("date: 2026-10-08\n\n국방부는 오는 12월 국방 AI 정책을 총괄할 연구원을 설립한다.", EventType::Founding);
  CHECK(iso(fo.when.from) == "2026-12-01");
}

TEST_CASE("batch 17-20 misses: copula appositions, unions after a company, metro prefixes, names nearest the title", "[extractor]") {
  auto a = run("date: 2026-02-26\n\n프랑스 최대 노동단체인 노동총동맹은 25일 다음 달 5일부터 총파업에 들어간다고 밝혔다.");
  const Event* an = &must(a, EventType::Announcement);
  CHECK(an->actor == "노동총동맹");
  const Event ua = one("date: 2025-11-20\n\n서울교통공사 노조는 다음 달 1일부터 파업에 들어가겠다고 19일 선언했다.", EventType::Announcement);
  CHECK(ua.actor == "서울교통공사 노조");
  const Event op = one("date: 2025-05-20\n\n광주 광산구는 19일 청소년 문화센터를 개관했다.", EventType::Opening);
  CHECK(op.actor == "광산구");
  const Event m = one("date: 2026-06-25\n\n한결당 최영민 원내대표는 24일 국회에서 기자간담회를 열었다.", EventType::Meeting);
  CHECK(m.actor == "최영민");
  const Event rr = one("date: 2026-06-30\n\n카타르 방송 알자지라는 29일 미국과 이란의 핵 협상이 무산됐다고 보도했다.", EventType::Announcement);
  CHECK(rr.actor == "알자지라");
  const Event fm = one("date: 2026-02-19\n\n마크 헤일리 미국 국무장관은 18일 일본을 방문했다. 헤일리 장관은 19일 외교부와 회담한다.", EventType::Meeting);
  CHECK(fm.actor == "마크 헤일리");
  // must not match: the quotative 라는 before a noun is no topic ('스타게이트'라는 회사에 투자했다)
  const Event qi = one("date: 2025-12-04\n\n오픈AI는 스타게이트라는 회사에 투자했다.", EventType::Investment);
  CHECK(qi.actor == "오픈AI");
}

TEST_CASE("a meeting scheduled for a day now past (25일 열릴 예정이던 회동에 불참했다) is dated that day, actual", "[extractor]") {
  const Event c = one("date: 2026-06-26\n\n새물결당 지도부는 25일 열릴 예정이던 여야 대표 회동에 끝내 참석하지 않았다.", EventType::Cancellation);
  CHECK(c.actor == "새물결당");
  CHECK(iso(c.when.from) == "2026-06-25");
  CHECK(c.modality == Modality::Actual);
}

TEST_CASE("batch 21-24 misses: 예정했던, 먹는 (a modifier with no event), 접히는, 출신, 드브와 before a title, a stake with 도", "[extractor]") {
  const Event a = one("date: 2026-02-12\n\n노조는 10일 밤 사측과 임금 인상에 합의하고, 이튿날 새벽 4시로 예정했던 총파업을 철회했다.", EventType::Agreement);
  CHECK(iso(a.when.from) == "2026-02-10");
  const Event o = one("date: 2026-05-07\n\n유럽의약품청(EMA)은 6일 먹는 비만 치료제의 판매를 승인했다.", EventType::Other);
  CHECK(iso(o.when.from) == "2026-05-06");
  const Event l = one("date: 2026-01-07\n\n세움전자는 6일 두 번 접히는 스마트폰 '트리폴드 X'를 처음 공개했다.", EventType::Launch);
  CHECK(l.actor == "세움전자");
  const Event f = one("date: 2027-06-10\n\n구글 딥마인드 출신 마커스 펠 박사가 2023년 창업한 스타트업 레조넌스는 9일 새 모델을 공개했다.", EventType::Founding);
  CHECK(f.actor == "마커스 펠");
  const Event r = one("date: 2027-08-19\n\n메타의 얀 드브와 부사장이 지난주 사임한 것으로 알려졌다.", EventType::Resignation);
  CHECK(r.actor == "얀 드브와");
  const Event d = one("date: 2026-03-19\n\n누리모빌리티는 18일 미즈호전장과 내년 상반기 합작법인을 설립하기로 합의했다.", EventType::Founding);
  CHECK(iso(d.when.from) == "2027-01-01");
  const Event b = one("date: 2025-10-14\n\n완구업체 토이랜드의 마크 헤이든 최고경영자(CEO)가 13일 물러난 것으로 알려졌다. 이사회는 연내 후임 CEO를 선임할 계획이다.", EventType::Appointment);
  CHECK(b.actor == "토이랜드");
  // must not match: a time that is a relative clause's subject still dates that clause only
  const Event m = one("date: 2026-01-15\n\n주주총회는 설 연휴가 끝난 뒤인 2월 24일 본사에서 열린다.", EventType::Meeting);
  CHECK(iso(m.when.from) == "2026-02-24");
  // and the agreement itself keeps its lead day
  const Event ag = one("date: 2026-03-19\n\n누리모빌리티는 18일 미즈호전장과 내년 상반기 합작법인을 설립하기로 합의했다.", EventType::Agreement);
  CHECK(iso(ag.when.from) == "2026-03-18");
}

TEST_CASE("round 8-9 misses: names ending in a trigger noun, 선수/산하 phrases, officials of a ministry, hearsay topics", "[extractor]") {
  const Event a = one("date: 2026-12-03\n\n미래에셋벤처투자는 2일 AI 반도체 스타트업 딥코어에 200억 원을 투자했다고 밝혔다.", EventType::Announcement);
  CHECK(a.actor == "미래에셋벤처투자");
  const Event b = one("date: 2026-07-15\n\n테니스 선수 이준서가 부상으로 다음 달 열리는 US오픈에 불참한다. 그는 \"재활에 전념하겠다\"고 말했다.", EventType::Statement);
  CHECK(b.actor == "이준서");
  const Event c = one("date: 2026-12-20\n\n전북도 산하 전북개발공사는 내년 1월 전북에너지서비스를 흡수합병한다.", EventType::Acquisition);
  CHECK(c.actor == "전북개발공사");
  const Event d = one("date: 2026-07-02\n\n외교부 당국자는 2일 \"협의를 이어가겠다\"고 말했다.", EventType::Statement);
  CHECK(d.actor == "외교부");
  const Event e = one("date: 2026-06-24\n\n다솜전자가 연내 인도에 생산법인을 설립할 것으로 알려졌다. 회사 측은 \"검토 중인 방안 가운데 하나\"라고 말했다.", EventType::Statement);
  CHECK(e.actor == "다솜전자");
  const Event f = one("date: 2026-10-05\n\n로버트 클라인 베일리캐피털 회장이 다음 달 중순 방한한다.", EventType::Visit);
  CHECK(f.actor == "로버트 클라인");
  const Event g = one("date: 2026-02-05\n\n한정우 한빛당 원내대표와 오세린 새누리연합 원내대표는 4일 국회에서 만났다.", EventType::Meeting);
  CHECK(g.actor == "한정우");
  // must not match: a short compound that ends in a trigger noun is still an event (공동투자는 … 이뤄졌다)
  auto h = run("date: 2026-12-03\n\n두 회사의 공동투자는 지난달 이뤄졌다.");
  CHECK(find(h, EventType::Investment) != nullptr);
  // nor does an official stand for a person topic
  const Event i = one("date: 2025-12-04\n\n알트먼은 올여름 스톡 스페이스와 접촉했다고 관계자가 말했다.", EventType::Statement);
  CHECK(i.actor != "샘 알트먼");
}

TEST_CASE("a gathering named by a dated subj verb before it is an event: 지난 20일 열린 임시주주총회에서", "[extractor][real-news]") {
  // must fire: the gathering, typed by its noun, dated by the time right before the verb
  auto evs = run("date: 2024-03-23\n\n지난 20일 열린 임시주주총회에서 김 대표가 선임됐다.\n");
  const Event& m = must(evs, EventType::Meeting);
  CHECK(iso(m.when.first_day()) == "2024-03-20");
  CHECK(m.time_source == TimeSource::Sentence);
  CHECK(m.modality == Modality::Actual);
  auto fut = run("date: 2024-03-23\n\n오는 28일 열리는 회의에서 예산안이 다뤄진다.\n");
  const Event& p = must(fut, EventType::Meeting);
  CHECK(iso(p.when.first_day()) == "2024-03-28");
  CHECK(p.modality == Modality::Planned);
  // must not fire: no time right before the verb, or the noun is not after the verb, or no verb at all
  for (const char* text : {"date: 2024-03-23\n\n열린 회의에서 예산안이 통과됐다.\n",
                           "date: 2024-03-23\n\n회의에서 그는 말을 아꼈다.\n",
                           "date: 2024-03-23\n\n발표에서 그는 말을 아꼈다.\n",
                           "date: 2024-03-23\n\n논의의 초점은 예산이었다.\n"}) {
    auto none = run(text);
    CHECK(std::none_of(none.begin(), none.end(), [](const Event& e) { return e.type == EventType::Meeting; }));
  }
}

TEST_CASE("an actor is named without its legal form", "[extractor][real-news]") {
  const Event a = one("date: 2024-03-23\n\n㈜아이콘트롤스는 20일 건물을 매입했다.\n", EventType::Acquisition);
  CHECK(a.actor == "아이콘트롤스");
}

TEST_CASE("a sentence adverb is no part of the actor: 아울러 윤 대통령은", "[extractor][real-news]") {
  auto evs = run("date: 2024-01-20\n\n윤석열 대통령은 19일 부산을 방문했다. 아울러 윤 대통령은 이날 시민들을 만났다.\n");
  CHECK(must(evs, EventType::Meeting).actor == "윤석열");
  CHECK(must(evs, EventType::Visit).actor == "윤석열");
}

TEST_CASE("limits: an article past max_expressions or max_events is refused, naming the limit", "[extractor][limits]") {
  std::string body;
  for (int i = 0; i < 40; ++i) body += "한빛전자는 지난 3일 가온소프트를 인수했다. ";
  auto a = text::parse_article("date: 2026-01-15\n\n" + body, "many.txt", std::nullopt);
  REQUIRE(a.ok());
  const auto all = extract_events(a.value());
  REQUIRE(all.size() >= 40);

  auto within = extract_events(a.value(), ExtractLimits{1000, 1000});
  REQUIRE(within.ok());
  CHECK(within.value().size() == all.size());  // under the limits: the same events

  auto exprs = extract_events(a.value(), ExtractLimits{10, 0});
  REQUIRE_FALSE(exprs.ok());
  CHECK(exprs.error().code == ErrorCode::TooLarge);
  CHECK(exprs.error().file == "many.txt");
  CHECK(exprs.error().message.find("more than 10 temporal expressions") != std::string::npos);
  CHECK(exprs.error().message.find("--max-expressions") != std::string::npos);

  auto events = extract_events(a.value(), ExtractLimits{0, 5});
  REQUIRE_FALSE(events.ok());
  CHECK(events.error().message.find("more than 5 events") != std::string::npos);
  CHECK(events.error().message.find("--max-events") != std::string::npos);
}

TEST_CASE("one long run without a sentence end costs time in proportion to its length", "[extractor][limits]") {
  // 40 copies vs 320 copies of the same text with its sentence ends removed: 8x the text, about 8x the events
  auto events_of = [](int copies) {
    std::string body;
    for (int i = 0; i < copies; ++i) body += "한빛전자는 지난 3일 가온소프트를 인수했고 ";
    auto a = text::parse_article("date: 2026-01-15\n\n" + body, "long.txt", std::nullopt);
    REQUIRE(a.ok());
    return extract_events(a.value());
  };
  const auto small = events_of(40), large = events_of(320);
  REQUIRE(!small.empty());
  CHECK(large.size() >= 6 * small.size());
  for (const auto& e : large) CHECK(e.mentions.front().sentence.size() <= text::kMaxSentenceBytes);
}

TEST_CASE("a surname with a title or 씨 refers back to the person named earlier, as actor and as topic") {
  auto evs = run("date: 2024-02-02\n\n윤석열 대통령이 2일 박근혜 전 대통령과 통화했다.\n"
                 "윤 대통령은 먼저 안부를 물었다.\n이어 \"감사하다\"고 말했다.\n");
  const Event& st = must(evs, EventType::Statement);
  CHECK(st.actor == "윤석열");  // the topic 윤 대통령 carried to the next sentence is 윤석열 too
  auto ssi = run("date: 2024-04-08\n\n김영희 작가는 1970년 문단에 입문했다.\n김씨는 8일 신작을 공개했다.\n"
                 "손성혁 학생의 부모는 장학금을 기탁했다. 성혁씨는 지난해 입학했다.\n");
  const Event& launch = must(ssi, EventType::Launch);
  CHECK(launch.actor == "김영희");
  // must not: 씨 after a surname no one earlier bears stays as written
  auto none = run("date: 2024-04-08\n\n박씨는 8일 신작을 공개했다.\n");
  CHECK(must(none, EventType::Launch).actor == "박씨");
}

TEST_CASE("a trigger noun between a time and a mention head names a dated event of its own") {
  auto evs = run("date: 2025-10-24\n\n알트먼 CEO는 지난 5월 방한 당시 이재용 회장을 만났다.\n"
                 "이 제품은 2020년 출시 이후 1천만 대가 팔렸다.\n누리칩스는 오는 29일 실적발표를 앞두고 있다.\n");
  const Event& visit = must(evs, EventType::Visit);
  CHECK(iso(visit.when.from) == "2025-05-01");
  CHECK(visit.modality == Modality::Actual);
  CHECK(iso(must(evs, EventType::Launch).when.from) == "2020-01-01");
  const Event& results = must(evs, EventType::Announcement, "발표");
  CHECK(iso(results.when.from) == "2025-10-29");
  CHECK(results.modality == Modality::Planned);
  // must not: no time right before the noun, or no mention head after it
  auto none = run("date: 2025-10-24\n\n방한 당시 분위기는 좋았다.\n지난 5월 방한 일정이 공개됐다.\n");
  CHECK(find(none, EventType::Visit) == nullptr);
  // must not: a time that points back names the event already reported
  auto again = run("date: 2025-10-24\n\n두 정상은 23일 회담했다. 두 정상은 이날 회담 직후 성명을 냈다.\n");
  CHECK(std::count_if(again.begin(), again.end(), [](const Event& e) { return e.type == EventType::Meeting; }) == 1);
}

TEST_CASE("people named with an affiliation before their title, and foreign family names, are referred back to") {
  auto evs = run("date: 2024-03-04\n\n임종석 전 청와대 비서실장이 2일 이 대표와 만났다.\n"
                 "임 실장은 4일 잔류 입장을 밝혔다.\n저스틴 비버가 5일 서울을 방문했다.\n비버는 6일 신곡을 공개했다.\n");
  const Event& ann = must(evs, EventType::Announcement, "밝히다");
  CHECK(ann.actor == "임종석");
  const Event& launch = must(evs, EventType::Launch);
  CHECK(launch.actor == "저스틴 비버");
  // must not: a company and its unit, or a Korean name, is no foreign name
  auto org = run("date: 2024-03-04\n\n삼성전자 노조가 5일 파업을 시작했다.\n노조는 6일 성명을 발표했다.\n");
  const Event& statement = must(org, EventType::Announcement);
  CHECK(statement.actor != "삼성전자 노조");
}

TEST_CASE("what the same speaker goes on to say keeps the day the narrative named") {
  auto evs = run("date: 2023-08-29\n\n아탈 장관은 28일 기자회견을 열어 교내 착용을 금지한다고 밝혔다.\n"
                 "아탈 장관은 \"학교는 세속적인 곳\"이라고 강조했다.\n");
  const Event& st = must(evs, EventType::Statement);
  CHECK(iso(st.when.from) == "2023-08-28");
  // another speaker, with no time of their own, speaks on the story's day too (since 2026-12-07: the story's
  // lead is of the day before publication; "statements in a story of the day before publication …" below)
  auto other = run("date: 2023-08-29\n\n아탈 장관은 28일 기자회견을 열어 교내 착용을 금지한다고 밝혔다.\n"
                   "시오티 대표는 \"환영한다\"고 강조했다.\n");
  CHECK(iso(must(other, EventType::Statement).when.from) == "2023-08-28");
}

TEST_CASE("dated gatherings in a list are events of their own, a session where an act happened is not") {
  auto evs = run("date: 2024-06-19\n\n두 정상이 만나는 것은 2019년 4월 블라디보스토크 북러 정상회담, 작년 9월 보스토치니 우주기지 "
                 "북러 정상회담에 이어 세 번째다.\n");
  const Event& first = must(evs, EventType::Meeting);
  CHECK(iso(first.when.from) == "2019-04-01");
  CHECK(first.modality == Modality::Actual);
  auto session = run("date: 2026-06-04\n\n금융위원회는 3일 정례회의에서 새한금융지주의 자회사 편입을 승인했다.\n");
  CHECK(find(session, EventType::Meeting) == nullptr);
}

TEST_CASE("statements in a story of the day before publication are dated on the story's day", "[extractor]") {
  // must: the lead names the 2nd; what the company left unsaid was left unsaid then, not on the 3rd
  auto evs = run("date: 2026-12-03\n\n배달앱 운영사 푸드잇은 2일 경쟁사 런치박스를 인수한다고 발표했다. 인수 금액은 "
                 "공개하지 않았다.\n\n업계 관계자는 \"배달 시장 재편이 빨라질 것\"이라고 말했다.\n");
  const Event& said = must(evs, EventType::Statement, "말하");
  CHECK(iso(said.when.first_day()) == "2026-12-02");
  CHECK(said.time_source == TimeSource::Inherited);
  // must not: the lead reaches the publication day (the report of the 3rd), so later words may be of that day
  auto on_pub = run("date: 2026-03-03\n\n누리바이오는 2일 이사회를 열고 정하윤 부사장을 대표이사로 선임했다고 3일 "
                    "밝혔다.\n\n정 대표는 \"해외 임상을 확대하겠다\"고 말했다.\n");
  CHECK(iso(must(on_pub, EventType::Statement, "말하").when.first_day()) == "2026-03-03");
  // must not: an outlet's report does not name the story's day; nor does a day long before publication
  auto outlet = run("date: 2025-12-04\n\n월스트리트저널은 3일 오픈AI가 로켓 기업과 협력을 논의했다고 보도했다.\n\n"
                    "오픈AI 관계자는 \"논의는 끝났다\"고 말했다.\n");
  CHECK(iso(must(outlet, EventType::Statement, "말하").when.first_day()) == "2025-12-04");
  auto old = run("date: 2026-12-20\n\n푸드잇은 2일 경쟁사 런치박스를 인수한다고 발표했다.\n\n업계 관계자는 "
                 "\"배달 시장 재편이 빨라질 것\"이라고 말했다.\n");
  CHECK(iso(must(old, EventType::Statement, "말하").when.first_day()) == "2026-12-20");
}

TEST_CASE("a gathering held that has no trigger row is an event of type other named by its noun", "[extractor]") {
  // must: the subject of 열리다, the object of 열다, ends like a gathering (gathering_heads.tsv)
  auto held = run("date: 2023-05-24\n\n노무현 전 대통령 서거 7주기 추도식이 23일 봉하마을에서 열렸다.\n");
  const Event& e = must(held, EventType::Other, "추도식");
  CHECK(iso(e.when.first_day()) == "2023-05-23");
  auto opened = run("date: 2023-05-26\n\n시는 25일 시청 광장에서 음악회를 열었다.\n");
  CHECK(must(opened, EventType::Other, "음악회").actor == "시");
  // must not: an association is no gathering (협회 ends in 회, which the table does not list alone)
  auto assoc = run("date: 2026-06-05\n\n일본축구협회가 다음 달 열릴 예정이던 평가전을 취소했다.\n");
  for (const auto& ev : assoc) CHECK(ev.trigger != "일본축구협회");
}

TEST_CASE("a headline naming an event of the body is another mention of it, and no event of its own") {
  auto evs = run("date: 2019-07-12\ntitle: 문재인 대통령, 수영대회 개막 선언\n\n문재인 대통령, 수영대회 개막 선언\n"
                 "문재인 대통령이 12일 광주에서 열린 개회식에서 개막을 선언했다.\n");
  REQUIRE(evs.size() == 1);
  const Event& ann = evs.front();
  CHECK(ann.actor == "문재인");
  CHECK(iso(ann.when.from) == "2019-07-12");
  REQUIRE(ann.mentions.size() == 2);
  CHECK(ann.mentions[0].trigger == "선언했다");  // the body's mention first
  CHECK(ann.mentions[1].begin == 0);            // then the headline's
  CHECK(ann.mentions[1].trigger == "선언");
  // must not: a headline event the body does not report adds nothing
  auto other = run("date: 2019-07-12\ntitle: 가온시, 축제 개막 선언\n\n가온시, 축제 개막 선언\n가온시는 12일 축제 일정을 공개했다.\n");
  CHECK_FALSE(other.empty());
  for (const auto& e : other)
    for (const auto& m : e.mentions) CHECK(m.begin > 0);
}

TEST_CASE("a person named with a title in the headline is who a later surname and title refer to") {
  // must: the headline names 윤서진 신부; the body's 윤 신부 is that person
  auto evs = run("date: 2024-01-10\ntitle: 윤서진 신부 20주기 추모미사\n\n윤서진 신부 20주기 추모미사\n"
                 "윤 신부는 1987년 고문 사건을 폭로했다.\n");
  REQUIRE_FALSE(evs.empty());
  CHECK(evs.front().actor == "윤서진");
  // must not: a headline without a title after the name registers nobody
  auto bare = run("date: 2024-01-10\ntitle: 윤서진 20주기 추모미사\n\n윤서진 20주기 추모미사\n"
                  "윤 신부는 1987년 고문 사건을 폭로했다.\n");
  REQUIRE_FALSE(bare.empty());
  CHECK(bare.front().actor == "윤 신부");
}

TEST_CASE("a verb stem before 는 is an adnominal, never the actor") {
  // must: 흘러가는 / 즐기는 modify the next noun; the topic is 저자 / 파라다이스호텔
  auto a = run("date: 2024-06-07\n\n저자는 최근 소송들이 코인 사건으로 흘러가는 경우가 많다고 말했다.\n");
  REQUIRE_FALSE(a.empty());
  CHECK(a.front().actor == "저자");
  auto b = run("date: 2024-06-07\n\n파라다이스호텔은 늦여름 휴가를 즐기는 고객을 위한 패키지를 선보인다.\n");
  REQUIRE_FALSE(b.empty());
  CHECK(b.front().actor == "파라다이스호텔");
  // must not: a noun that ends like a stem (정부는) stays the topic
  auto c = run("date: 2024-06-07\n\n정부는 7일 새 지원책을 발표했다.\n");
  REQUIRE_FALSE(c.empty());
  CHECK(c.front().actor == "정부");
}

TEST_CASE("a story that opens without a time happened on the day its next sentences name") {
  // must: the opening event, undated, is on the 11th that the second sentence names (paper of the 12th)
  auto evs = run("date: 2024-04-12\n\n한도윤 의원이 낙선 후 당선자 사무실을 방문했다. 당선자인 서지훈 의원은 지난 11일 "
                 "페이스북을 통해 이 사실을 전했다.\n");
  const Event& visit = must(evs, EventType::Visit, "방문");
  CHECK(iso(visit.when.first_day()) == "2024-04-11");
  // must not: a day more than a week before publication names no story day (the visit keeps the paper's day)
  auto old = run("date: 2024-04-30\n\n한도윤 의원이 낙선 후 당선자 사무실을 방문했다. 당선자인 서지훈 의원은 지난 11일 "
                 "페이스북을 통해 이 사실을 전했다.\n");
  CHECK(iso(must(old, EventType::Visit, "방문").when.first_day()) == "2024-04-30");
  // must not: a planned event is not moved to the story's day
  auto plan = run("date: 2024-04-12\n\n한도윤 의원이 당선자 사무실을 방문할 계획이다. 서지훈 의원은 지난 11일 "
                  "페이스북을 통해 이 사실을 전했다.\n");
  for (const auto& e : plan)
    if (e.type == EventType::Visit) CHECK(iso(e.when.first_day()) != "2024-04-11");
}

TEST_CASE("the agent of a passive trigger is the actor, the one it happened to takes part") {
  // must: 경찰에 붙잡혔다, 경찰관에게 체포됐다, 검찰에 적발됐다, X에 의해 (any named agent)
  auto a = run("date: 2024-05-20\n\n배우 윤지호가 음주 운전을 하다 경찰에 붙잡혔다.\n");
  REQUIRE_FALSE(a.empty());
  CHECK(a.front().actor == "경찰");
  CHECK(std::find(a.front().participants.begin(), a.front().participants.end(), "윤지호") != a.front().participants.end());
  auto b = run("date: 2024-05-20\n\nA씨는 곧이어 출동한 경찰관에게 현행범으로 체포됐다.\n");
  REQUIRE_FALSE(b.empty());
  CHECK(b.front().actor == "경찰관");
  auto c = run("date: 2024-05-20\n\n그룹 총수의 친형이 회사 몰래 돈을 챙겼다가 검찰에 적발됐다.\n");
  CHECK(must(c, EventType::Other, "적발").actor == "검찰");
  // must not: a goal (검찰에 송치됐다) or a place (병원에 이송됐다) is no agent
  auto d = run("date: 2024-05-20\n\nA씨는 지난 10일 검찰에 송치됐다.\n");
  for (const auto& e : d) CHECK(e.actor != "검찰");
  // must not: an active verb's 에 is untouched ("경찰에 신고했다": the reporter acts)
  auto f = run("date: 2024-05-20\n\n주민 B씨가 19일 경찰에 신고했다.\n");
  for (const auto& e : f) CHECK(e.actor != "경찰");
}

TEST_CASE("an event from a clock time is on that day, an event from a day stays open") {
  // must: 1일 오후 5시부터 개통한다 -> 1 July, one day
  auto a = run("date: 2014-06-30\n\n가온시는 새 도로를 1일 오후 5시부터 전면 개통한다.\n");
  const Event& e = must(a, EventType::Opening, "개통");
  REQUIRE(e.when.from);
  REQUIRE(e.when.to);
  CHECK(iso(*e.when.from) == "2014-07-01");
  CHECK(*e.when.to == *e.when.from + date::days{1});
  // must not: 1일부터 (no clock time) is a start with no end
  auto b = run("date: 2014-06-30\n\n가온시는 새 도로를 1일부터 전면 개통한다.\n");
  const Event& f = must(b, EventType::Opening, "개통");
  CHECK_FALSE(f.when.to.has_value());
}

TEST_CASE("a person's name before 시장 makes it the mayor, and the mayor the actor") {
  // must: 김영수 시장은 … 개관했다 -> 김영수 (as 김영수 전 시장은)
  auto a = run("date: 2023-09-21\n\n김영수 시장은 20일 새 도서관을 개관했다.\n");
  CHECK(must(a, EventType::Opening, "개관").actor == "김영수");
  auto b = run("date: 2023-09-21\n\n김영수 전 시장은 20일 새 도서관을 개관했다.\n");
  CHECK(must(b, EventType::Opening, "개관").actor == "김영수");
  // must not: a bare 시장 (the market) is no actor
  auto c = run("date: 2023-09-21\n\n시장은 20일 새 주차장을 개장했다.\n");
  for (const auto& e : c) CHECK(e.actor != "시장");
}

TEST_CASE("a company whose name ends in a trigger noun is an actor, the trigger noun alone is not") {
  // must: DB금융투자는 … 밝혔다 (금융투자 ends like a body)
  auto a = run("date: 2023-08-30\n\nDB금융투자는 30일 목표주가를 상향 조정한다고 밝혔다.\n");
  CHECK(must(a, EventType::Announcement, "밝히다").actor == "DB금융투자");
  // must not: a bare trigger noun topic (투자는) names no actor
  auto b = run("date: 2023-08-30\n\n투자는 30일 마무리됐다고 회사가 밝혔다.\n");
  for (const auto& e : b) CHECK(e.actor != "투자");
}

TEST_CASE("a plan frame after an action outside the lexicon is that action, planned", "[extractor]") {
  // must: the future modifier before 예정이다/계획이다/방침이다 is the planned action, dated by its clause
  auto evs = run("date: 2016-06-20\n\n국토교통부는 7월 중 시범사업 공모를 진행할 예정이다.\n서울시는 오는 23일 700여곳을 "
                 "집중 점검할 계획이라고 밝혔다.\n");
  const Event& call = must(evs, EventType::Other, "진행");
  CHECK(call.modality == Modality::Planned);
  CHECK(call.actor == "국토교통부");
  CHECK(iso(call.when.from) == "2016-07-01");
  const Event& check = must(evs, EventType::Other, "점검");
  CHECK(check.modality == Modality::Planned);
  CHECK(iso(check.when.first_day()) == "2016-06-23");
  // must not: a plan that modifies a noun (예정인) is no clause of its own; a past modifier before 예정 is none
  auto modifier = run("date: 2016-06-20\n\n국토교통부는 공모를 진행할 예정인 사업을 소개했다.\n");
  CHECK(find(modifier, EventType::Other, "진행") == nullptr);
  // a lexicon trigger keeps its own type (방문할 예정이다 is a visit, not a generic action)
  auto visit = run("date: 2016-06-20\n\n장관은 오는 23일 공장을 방문할 예정이다.\n");
  CHECK(must(visit, EventType::Visit).modality == Modality::Planned);
  CHECK(find(visit, EventType::Other) == nullptr);
}

TEST_CASE("a time before a direct quotation dates the act after it, and a gathering's time dates what happens there",
          "[extractor]") {
  // must: "법원은 이달 7일 \"…\"며 영장을 발부했다" — the quotation is the court's reason, the day is the act's
  auto court = run("date: 2024-03-28\n\n법원은 이달 7일 \"도망 및 증거인멸의 우려가 있다\"며 영장을 발부했다.\n");
  CHECK(iso(must(court, EventType::Other, "발부").when.first_day()) == "2024-03-07");
  // must not: in indirect content the time after the topic is the content's (the declaration is today's)
  auto strike = run("date: 2026-03-12\n\n대한의사협회는 내달 1일부터 무기한 휴진에 들어가겠다고 선언했다.\n");
  CHECK(iso(must(strike, EventType::Announcement).when.first_day()) == "2026-03-12");
  // must: "오는 31일 열리는 단체전에 … 출전해": competing at a gathering happens when it is held
  auto bout = run("date: 2024-07-29\n\n오상욱은 오는 31일 열리는 남자 사브르 단체전에 박상원과 함께 출전한다.\n");
  const Event& enter = must(bout, EventType::Other, "출전");
  CHECK(iso(enter.when.first_day()) == "2024-07-31");
  CHECK(enter.modality == Modality::Planned);
  // must not: another time before the trigger is the event's own ("지난해 열린 대회에서 우승한 그는 올해 …")
  auto later = run("date: 2024-07-29\n\n그는 지난해 열린 대회에서 우승한 뒤 올해 3월 대표팀에 합류했다.\n");
  CHECK(iso(must(later, EventType::Other, "합류").when.first_day()) == "2024-03-01");
}
