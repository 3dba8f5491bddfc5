// Tests for engine/time/resolver.hpp: find_time_expressions on news sentences — the must-resolve list of issue #2,
// anaphora, tense, prefer, offsets in the original text, warnings, negatives and odd input.
#include "time/resolver.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using namespace yp::time;
using namespace date;

namespace {

ResolveOptions at(year_month_day pub, Prefer prefer = Prefer::Tense) {
  ResolveOptions o;
  o.publication_date = pub;
  o.prefer = prefer;
  return o;
}

std::string span(const TimeExpr& e) {
  std::string a = e.interval.from ? yp::format_iso(*e.interval.first_day()) : "-";
  std::string b = e.interval.to ? yp::format_iso(*e.interval.last_day()) : "-";
  return a + ".." + b;
}

// The expression whose surface text is `surface`; fails the test if there is none.
TimeExpr find(const std::string& text, const std::string& surface, const ResolveOptions& o) {
  for (const auto& e : find_time_expressions(text, o))
    if (e.text == surface) return e;
  INFO("in: " << text);
  for (const auto& e : find_time_expressions(text, o)) INFO("found: " << e.text);
  FAIL("no expression '" << surface << "'");
  return {};
}

const auto kOct24 = 2025_y / October / 24;
const auto kDec4 = 2025_y / December / 4;

}  // namespace

TEST_CASE("issue #2: the APEC article's expressions (pub 2025-10-24)", "[resolver]") {
  auto o = at(kOct24);
  auto e = find("샘 알트먼 CEO가 오는 28일부터 31일까지 경주에서 열리는 서밋에 불참한다.", "오는 28일부터 31일까지", o);
  CHECK(e.type == ExprType::Range);
  CHECK(span(e) == "2025-10-28..2025-10-31");
  CHECK(e.grain == Grain::Day);
  CHECK(e.timex == "2025-10-28/2025-10-31");

  e = find("이미 올 들어 두 차례 한국을 찾았다.", "올 들어", o);
  CHECK(span(e) == "2025-01-01..2025-10-24");
  CHECK(e.type == ExprType::Range);

  e = find("직전 방문이 이달 초였다.", "이달 초", o);
  CHECK(span(e) == "2025-10-01..2025-10-10");
  CHECK(e.mod == Mod::Start);
  CHECK(e.fuzzy);
  CHECK(e.grain == Grain::MonthPart);
  CHECK(e.timex == "2025-10");

  CHECK(span(find("지난 2월 방한해 회장들을 만났다.", "지난 2월", o)) == "2025-02-01..2025-02-28");
  CHECK(span(find("지난 달에는 사무소도 개소했다.", "지난 달", o)) == "2025-09-01..2025-09-30");
  CHECK(span(find("지난 23일 보고서를 발표했다.", "지난 23일", o)) == "2025-10-23..2025-10-23");
  CHECK(span(find("참석하지 않는다고 24일 밝혔다.", "24일", o)) == "2025-10-24..2025-10-24");
}

TEST_CASE("당시 takes the nearest preceding explicit date", "[resolver]") {
  auto o = at(kOct24);
  std::string t = "이달 초 협약을 맺었다. 또 지난 1일 한국을 찾았다. 당시 계약을 체결했다.";
  auto all = find_time_expressions(t, o);
  REQUIRE(all.size() == 3);
  CHECK(all[2].text == "당시");
  CHECK(span(all[2]) == "2025-10-01..2025-10-01");
  CHECK(all[2].anchor == AnchorKind::Expression);
  CHECK(all[2].anchor_offset == all[1].begin);

  // No antecedent: a vague past (PAST_REF), undated — never the publication day presented as a finding.
  auto alone = find("당시 분위기는 좋았다.", "당시", o);
  CHECK(span(alone) == "-..-");
  CHECK(alone.grain == Grain::Vague);
  CHECK(alone.timex == "PAST_REF");
  CHECK(alone.fuzzy);

  // 전날 / 다음날 count from the antecedent.
  CHECK(span(find("10월 3일 행사가 열렸다. 전날 리허설이 있었다.", "전날", o)) == "2025-10-02..2025-10-02");
  CHECK(span(find("10월 3일 행사가 열렸다. 다음날 폐막했다.", "다음날", o)) == "2025-10-04..2025-10-04");
}

TEST_CASE("a day in brackets glosses the anaphor before it, and a bare day keeps the meaning it first had", "[resolver]") {
  auto o = at(2020_y / January / 25);
  // 이날(24일), 전날(22일): the writer's gloss wins over counting from the antecedent
  std::string t = "정부는 23일 대책을 발표했다. 이날(24일) 오후 회의가 열렸다. 전날(22일) 사고가 났다.";
  auto all = find_time_expressions(t, o);
  REQUIRE(all.size() == 5);
  CHECK(all[1].text == "이날");
  CHECK(span(all[1]) == "2020-01-24..2020-01-24");
  CHECK(all[3].text == "전날");
  CHECK(span(all[3]) == "2020-01-22..2020-01-22");
  // without a gloss the count stands
  CHECK(span(find("정부는 23일 대책을 발표했다. 이날 오후 회의가 열렸다.", "이날", o)) == "2020-01-23..2020-01-23");

  // "설 연휴 첫날인 24일은 …" (24 January, the day after publication) and, later, a past-tense "24일": the same day,
  // not 24 December (the tense alone would go back a month)
  auto p = at(2020_y / January / 23);
  std::string u = "설 연휴 첫날인 24일은 포근하겠다. 기상청은 24일부터 25일까지 비가 온다고 예보했다. 주최 측은 24일 행사 준비를 마쳤다.";
  auto v = find_time_expressions(u, p);
  REQUIRE(v.size() == 4);  // 설 연휴 첫날, 24일, 24일부터 25일까지, 24일
  CHECK(span(v[1]) == "2020-01-24..2020-01-24");
  CHECK(span(v[2]) == "2020-01-24..2020-01-25");
  CHECK(v[3].text == "24일");
  CHECK(span(v[3]) == "2020-01-24..2020-01-24");
  // the same past sentence alone reads the last 24th
  CHECK(span(find("주최 측은 24일 행사 준비를 마쳤다.", "24일", p)) == "2019-12-24..2019-12-24");
}

TEST_CASE("issue #2: the Stoke Space article's expressions (pub 2025-12-04)", "[resolver]") {
  auto o = at(kDec4);
  CHECK(span(find("월스트리트저널(WSJ)이 3일 보도했다.", "3일", o)) == "2025-12-03..2025-12-03");
  CHECK(span(find("오픈AI는 월요일, 경보를 발령했다.", "월요일", o)) == "2025-12-01..2025-12-01");
  auto e = find("알트만은 올여름 스톡 스페이스 측에 접촉했다.", "올여름", o);
  CHECK(span(e) == "2025-06-01..2025-08-31");
  CHECK(e.grain == Grain::Season);
  CHECK(e.timex == "2025-SU");
  e = find("알트만은 9~10월 오라클 등과 협력 계획을 발표했다.", "9~10월", o);
  CHECK(span(e) == "2025-09-01..2025-10-31");
  CHECK(e.grain == Grain::Month);
  e = find("엔비디아 CFO는 이번 주, 계약이 확정되지 않았다고 밝혔다.", "이번 주", o);
  CHECK(span(e) == "2025-12-01..2025-12-07");
  CHECK(e.timex == "2025-W49");
  CHECK(span(find("알트만은 지난 6월 팟캐스트에 출연했다.", "지난 6월", o)) == "2025-06-01..2025-06-30");
  CHECK(span(find("2027년 위성을 발사하기로 합의했다.", "2027년", o)) == "2027-01-01..2027-12-31");
  e = find("올해 초 오픈AI는 투자를 약속했다.", "올해 초", o);
  CHECK(span(e) == "2025-01-01..2025-02-28");
  CHECK(e.mod == Mod::Start);
  CHECK(e.fuzzy);
  e = find("이 논의는 가을까지 이어졌다.", "가을까지", o);
  CHECK(e.type == ExprType::Range);
  CHECK(e.interval.last_day() == sys_days{2025_y / November / 30});
  e = find("최근 한 달간 주가는 19% 하락했다.", "최근 한 달간", o);
  CHECK(span(e) == "2025-11-05..2025-12-04");
  CHECK(e.duration == "P1M");
  e = find("완성까지 10년 이상 걸린다.", "10년 이상", o);
  CHECK(e.type == ExprType::Duration);
  CHECK_FALSE(e.interval.from.has_value());
  CHECK(e.timex == "P10Y");
  CHECK(e.mod == Mod::More);
  e = find("알트만은 최근 팟캐스트에서 말했다.", "최근", o);
  CHECK(e.type == ExprType::Vague);
  CHECK(e.timex == "PAST_REF");
  CHECK_FALSE(e.interval.from.has_value());
}

TEST_CASE("tense decides bare days and months, prefer overrides tense-less phrases", "[resolver]") {
  auto o = at(kOct24);
  CHECK(span(find("행사는 28일 열린다.", "28일", o)) == "2025-10-28..2025-10-28");
  CHECK(span(find("행사는 28일 열렸다.", "28일", o)) == "2025-09-28..2025-09-28");
  CHECK(span(find("28일 회의", "28일", o)) == "2025-10-28..2025-10-28");  // no cue: the current month
  CHECK(span(find("3월 회의", "3월", o)) == "2025-03-01..2025-03-31");    // no cue: the past
  CHECK(span(find("3월 회의", "3월", at(kOct24, Prefer::Future))) == "2026-03-01..2026-03-31");
  CHECK(span(find("월요일 회의", "월요일", at(kOct24, Prefer::Future))) == "2025-10-27..2025-10-27");
  CHECK(span(find("월요일 회의", "월요일", at(kOct24, Prefer::Past))) == "2025-10-20..2025-10-20");
  // A cue beats prefer.
  CHECK(span(find("3월 회의가 열렸다.", "3월", at(kOct24, Prefer::Future))) == "2025-03-01..2025-03-31");
}

TEST_CASE("offsets refer to the original text, full-width digits included", "[resolver]") {
  std::string t = "공시: ２０２５년 １０월 ２４일 발표";
  auto all = find_time_expressions(t, at(kOct24));
  REQUIRE(all.size() == 1);
  CHECK(all[0].text == "２０２５년 １０월 ２４일");
  CHECK(t.substr(all[0].begin, all[0].end - all[0].begin) == all[0].text);
  CHECK(span(all[0]) == "2025-10-24..2025-10-24");
}

TEST_CASE("date and weekday disagreement warns, the date wins", "[resolver]") {
  auto ok = find("10월 24일(금) 실적을 발표했다.", "10월 24일(금)", at(kOct24));
  CHECK(ok.warning.empty());
  auto bad = find("10월 24일(목) 실적을 발표했다.", "10월 24일(목)", at(kOct24));
  CHECK(span(bad) == "2025-10-24..2025-10-24");
  CHECK_FALSE(bad.warning.empty());
  CHECK(bad.confidence < 1.0);
}

TEST_CASE("times of day keep their date", "[resolver]") {
  auto e = find("24일 오전 10시 회견이 열렸다.", "24일 오전 10시", at(kOct24));
  CHECK(e.type == ExprType::Time);
  CHECK(e.grain == Grain::Hour);
  CHECK(e.timex == "2025-10-24T10:00");
  REQUIRE(e.time_of_day);
  CHECK(e.time_of_day->count() == 600);
  e = find("회의는 오후 3시 30분 시작됐다.", "오후 3시 30분", at(kOct24));
  CHECK(e.grain == Grain::Minute);
  CHECK(e.timex == "2025-10-24T15:30");
  CHECK(find("밤 11시 발표", "밤 11시", at(kOct24)).timex == "2025-10-24T23:00");
}

TEST_CASE("numbers that are not dates produce no date", "[resolver][negative]") {
  auto o = at(kOct24);
  for (std::string t : {"3일 연속 상승했다.", "1일 평균 2천 명이 찾았다.", "두 차례나 방문했다.", "2차례 회의",
                        "주가는 4% 올랐다.", "1천700여 명이 참여했다.", "5G 요금제", "A1 등급", "2위를 기록했다.",
                        "1,000억 달러 규모", "시범 위성 2기를 발사한다.", "3.5배 늘었다.", "코드 레드 경보를 발령했다.",
                        "경주에서 열린다.", "그는 말했다.", "올릴 계획이다.", "'APEC CEO 서밋 코리아 2025'", "400개 이상의 기업"}) {
    INFO(t);
    for (const auto& e : find_time_expressions(t, o)) {
      INFO("found " << e.text << " " << to_string(e.type));
      CHECK((e.type == ExprType::Duration || e.type == ExprType::Vague));
    }
  }
  // 24시간 and 24일간 are durations, never days.
  auto d = find("24시간 운영한다.", "24시간", o);
  CHECK(d.type == ExprType::Duration);
  CHECK(d.timex == "PT24H");
  d = find("24일간 파업했다.", "24일간", o);
  CHECK(d.type == ExprType::Duration);
  CHECK(d.timex == "P24D");
}

TEST_CASE("random token soup: no crash, offsets and text consistent", "[resolver]") {
  // Deterministic pseudo-random sentences over the pieces the grammar reacts to.
  const char* pieces[] = {"지난", "오는", "이번", "다음", "올", "올해", "이달", "지난달", "주", "달", "해", "년", "월", "일",
                          "분기", "상반기", "초", "말", "중순", "부터", "까지", "~", "이후", "이전", "전", "후", "간", "동안",
                          "이상", "들어", "중", "경", "(", ")", "금", "월요일", "여름", "겨울", "추석", "설", "연휴", "오전",
                          "오후", "시", "분", "반", "한", "두", "이십사", "시월", "최근", "현재", "당시", "전날", "이날",
                          "0", "1", "3", "9", "10", "12", "24", "28", "31", "99", "2025", "1999", "'", ".", "-", "/",
                          "에", "는", "했다", "열린다", "예정", " ", " ", " ", "\n", "A", "％", "２"};
  const std::size_t n = sizeof(pieces) / sizeof(pieces[0]);
  std::uint32_t seed = 12345;
  auto next = [&] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
  std::size_t found = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string t;
    int len = 1 + static_cast<int>(next() % 12);
    for (int k = 0; k < len; ++k) t += pieces[next() % n];
    for (const auto& e : find_time_expressions(t, at(kOct24, static_cast<Prefer>(round % 3)))) {
      INFO(t);
      REQUIRE(e.begin < e.end);
      REQUIRE(e.end <= t.size());
      CHECK(t.substr(e.begin, e.end - e.begin) == e.text);
      if (e.interval.bounded()) CHECK(*e.interval.from < *e.interval.to);
      CHECK_FALSE(e.timex.empty());
      ++found;
    }
  }
  CHECK(found > 500);
}

TEST_CASE("odd input never crashes", "[resolver]") {
  auto o = at(kOct24);
  CHECK(find_time_expressions("", o).empty());
  CHECK(find_time_expressions("~~~ 년 월 일 부터 까지 ( ) 00000000000000000000000000년", o).empty());
  CHECK(find_time_expressions("2025.13.45 2025-02-30", o).empty());
  CHECK(find_time_expressions("99월 32일 0월 0일", o).empty());
  ResolveOptions bad;
  bad.publication_date = 2025_y / February / 30;  // not a real day: nothing is resolved against it
  CHECK(find_time_expressions("오늘 회의", bad).empty());
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "지난 23일 ";
  CHECK(find_time_expressions(many, o).size() == 2000);
}

TEST_CASE("more news habits: hyphen ranges, 이듬해, weekday words, 월말, direction before a year", "[resolver]") {
  auto o = at(kOct24);
  auto e = find("2023-2025년 조사했다.", "2023-2025년", o);
  CHECK(e.type == ExprType::Range);
  CHECK(span(e) == "2023-01-01..2025-12-31");
  CHECK(find_time_expressions("COVID-19 확산", o).empty());

  e = find("회사는 2019년 설립됐고 이듬해 상장했다.", "이듬해", o);
  CHECK(span(e) == "2020-01-01..2020-12-31");
  CHECK(e.anchor == AnchorKind::Expression);

  CHECK(find("24일 금요일 발표했다.", "24일 금요일", o).warning.empty());
  CHECK_FALSE(find("24일 목요일 발표했다.", "24일 목요일", o).warning.empty());

  e = find("월말 정산한다.", "월말", o);
  CHECK(span(e) == "2025-10-21..2025-10-31");
  CHECK(e.mod == Mod::End);

  e = find("오는 2026년까지 완료한다.", "오는 2026년까지", o);
  CHECK(span(e) == "2025-10-24..2026-12-31");
  CHECK(e.mod == Mod::OnOrBefore);

  e = find("1년여 만에 재개됐다.", "1년여", o);
  CHECK(e.type == ExprType::Duration);
  CHECK(e.mod == Mod::Approx);
  CHECK(e.timex == "P1Y");
  CHECK(find("1시간 30분 동안 회담했다.", "1시간 30분 동안", o).timex == "PT1H30M");
}

TEST_CASE("sets recur and carry no dates", "[resolver]") {
  auto e = find("매주 월요일 회의가 열린다.", "매주 월요일", at(kOct24));
  CHECK(e.type == ExprType::Set);
  CHECK(e.timex == "XXXX-WXX-1");
  CHECK_FALSE(e.interval.from.has_value());
}

TEST_CASE("year boundaries: 지난 연말, 새해 들어, 지난 31일 in January", "[resolver]") {
  auto o = at(2026_y / January / 5);
  CHECK(span(find("지난 연말 특수가 사라졌다.", "지난 연말", o)) == "2025-11-01..2025-12-31");
  CHECK(span(find("새해 들어 주가가 올랐다.", "새해 들어", o)) == "2026-01-01..2026-01-05");
  CHECK(span(find("지난 31일 종무식이 열렸다.", "지난 31일", o)) == "2025-12-31..2025-12-31");
  CHECK(span(find("그는 30일 사퇴했다.", "30일", o)) == "2025-12-30..2025-12-30");
  // In December 새해 is the coming year.
  CHECK(span(find("새해 예산안이 통과됐다.", "새해", at(kDec4))) == "2026-01-01..2026-12-31");
}

TEST_CASE("spans of hours within a day", "[resolver]") {
  auto o = at(kOct24);
  auto e = find("행사는 오전 9시~오후 6시 열린다.", "오전 9시~오후 6시", o);
  CHECK(e.type == ExprType::Range);
  CHECK(e.grain == Grain::Hour);
  CHECK(e.timex == "2025-10-24T09:00/2025-10-24T18:00");
  CHECK(find("24일 오후 2시부터 4시까지 진행됐다.", "24일 오후 2시부터 4시까지", o).timex ==
        "2025-10-24T14:00/2025-10-24T16:00");
  CHECK(find("오후 2~4시 휴장한다.", "오후 2~4시", o).timex == "2025-10-24T14:00/2025-10-24T16:00");
  // Not a span: the end is before the start.
  for (const auto& x : find_time_expressions("오후 6시~오전 9시", o)) CHECK(x.type != ExprType::Range);
}

TEST_CASE("quarters by direction and 전후", "[resolver]") {
  auto o = at(kOct24);
  CHECK(span(find("지난 2분기 실적이 나빴다.", "지난 2분기", o)) == "2025-04-01..2025-06-30");
  CHECK(span(find("오는 1분기 출시된다.", "오는 1분기", o)) == "2026-01-01..2026-03-31");
  CHECK(span(find("지난 분기 대비 늘었다.", "지난 분기", o)) == "2025-07-01..2025-09-30");
  auto e = find("10월 전후 발표된다.", "10월 전후", o);
  CHECK(e.mod == Mod::Approx);
  CHECK(span(e) == "2025-10-01..2025-10-31");
}

TEST_CASE("held-out errors: a bare day's own clause, 부터 + a length, week parts", "[resolver]") {
  auto feb20 = at(2026_y / February / 20);
  CHECK(span(find("두 회사는 19일 공급 계약을 맺고 내년부터 공동 생산에 나서기로 했다.", "19일", feb20)) ==
        "2026-02-19..2026-02-19");
  CHECK(span(find("9일 블룸버그는 회사가 내년 초 상장을 추진한다고 보도했다.", "9일", at(2026_y / January / 10))) ==
        "2026-01-09..2026-01-09");
  auto r = find("박람회는 오는 5일부터 사흘 동안 열린다.", "오는 5일부터 사흘 동안", feb20);
  CHECK(span(r) == "2026-03-05..2026-03-07");
  CHECK(r.type == yp::time::ExprType::Range);
  CHECK(r.grain == yp::time::Grain::Day);
  CHECK(span(find("정상회의는 12일부터 일주일간 열린다.", "12일부터 일주일간", feb20)) == "2026-03-12..2026-03-18");
  // 부터 not followed by a length stays open.
  CHECK(span(find("지난 15일부터 파업이 이어졌다.", "지난 15일부터", feb20)) == "2026-02-15..-");
  auto w = find("회담은 이번 주 초 열렸다.", "이번 주 초", feb20);
  CHECK(span(w) == "2026-02-16..2026-02-17");
  CHECK(w.timex == "2026-W08");
  CHECK(span(find("협상은 지난주 말 타결됐다.", "지난주 말", feb20)) == "2026-02-13..2026-02-15");
  // 말레이시아 is no week part.
  CHECK(span(find("이번 주 말레이시아 총리가 방한한다.", "이번 주", feb20)) == "2026-02-16..2026-02-22");
  // 3~4시간 is one duration; 지난 3~4일 stays a range of days.
  auto d = find("회의는 3~4시간 이어졌다.", "3~4시간", feb20);
  CHECK(d.type == yp::time::ExprType::Duration);
  CHECK(d.duration == "PT3H/PT4H");
  CHECK(span(find("지난 3~4일 회의가 열렸다.", "지난 3~4일", feb20)) == "2026-02-03..2026-02-04");
}
