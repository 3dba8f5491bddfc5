// Tests for engine/event/timing.cpp: which temporal expression governs a trigger (with hand-made
// expressions, so that these tests do not depend on the normaliser).
#include "event/internal.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace yp;
using namespace yp::event;
using namespace yp::event::detail;
using namespace date::literals;

namespace {
time::TimeExpr expr_at(std::string_view s, std::string_view text, date::sys_days from, date::sys_days last,
                       time::AnchorKind anchor = time::AnchorKind::Publication) {
  time::TimeExpr e;
  e.text = std::string(text);
  e.begin = s.find(text);
  REQUIRE(e.begin != std::string_view::npos);
  e.end = e.begin + text.size();
  e.interval = DayInterval::days(from, last);
  e.anchor = anchor;
  return e;
}

struct Setup {
  std::vector<Token> toks;
  std::vector<Hit> hits;
  std::vector<Clause> clauses;
};
Setup setup(std::string_view s, const std::vector<time::TimeExpr>& exprs) {
  Setup st;
  st.toks = tokenize(s);
  for (auto& t : st.toks)
    for (const auto& e : exprs)
      if (e.begin < t.word_begin + t.word.size() && e.end > t.word_begin) t.in_time = true;
  st.hits = Lexicon::builtin().find(s, st.toks);
  st.clauses = split_clauses(st.toks, st.hits);
  return st;
}
const time::TimeExpr* governor(std::string_view s, const std::vector<time::TimeExpr>& exprs, std::string_view lemma,
                               TimeSource* source = nullptr) {
  auto st = setup(s, exprs);
  for (const auto& h : st.hits)
    if (h.entry->lemma == lemma) {
      auto g = governing_time(exprs, st.toks, st.clauses, clause_of(st.clauses, h.token), h);
      if (source) *source = g.source;
      return g.expr;
    }
  FAIL("no trigger " << lemma);
  return nullptr;
}
}  // namespace

TEST_CASE("the expression in the trigger's own clause governs", "[timing]") {
  std::string_view s = "알트먼은 지난 2월 방한해 장관을 만나 협력을 논의했다.";
  std::vector<time::TimeExpr> ex{expr_at(s, "지난 2월", date::sys_days{2025_y / 2 / 1}, date::sys_days{2025_y / 2 / 28})};
  REQUIRE(governor(s, ex, "방한") == &ex[0]);
  // coordinated clauses share the sentence's leading adverbial
  REQUIRE(governor(s, ex, "논의") == &ex[0]);
}

TEST_CASE("anaphoric expressions mark the source", "[timing]") {
  std::string_view s = "당시 오픈AI는 삼성전자와 계약을 체결했다.";
  std::vector<time::TimeExpr> ex{expr_at(s, "당시", date::sys_days{2025_y / 10 / 1}, date::sys_days{2025_y / 10 / 1},
                                         time::AnchorKind::Expression)};
  TimeSource src{};
  REQUIRE(governor(s, ex, "체결", &src) == &ex[0]);
  CHECK(src == TimeSource::Anaphor);
}

TEST_CASE("reported content and its report keep their own times", "[timing]") {
  std::string_view s = "로이터는 3일 최고경영자가 지난주 사임했다고 보도했다.";
  std::vector<time::TimeExpr> ex{
      expr_at(s, "3일", date::sys_days{2025_y / 12 / 3}, date::sys_days{2025_y / 12 / 3}),
      expr_at(s, "지난주", date::sys_days{2025_y / 11 / 24}, date::sys_days{2025_y / 11 / 30})};
  CHECK(governor(s, ex, "사임") == &ex[1]);
  CHECK(governor(s, ex, "보도") == &ex[0]);
  std::string_view t = "오픈AI는 알트먼이 참석하지 않는다고 24일 밝혔다.";
  std::vector<time::TimeExpr> ey{expr_at(t, "24일", date::sys_days{2025_y / 10 / 24}, date::sys_days{2025_y / 10 / 24})};
  CHECK(governor(t, ey, "참석") == nullptr);  // the 24일 of the report does not date the non-attendance
  CHECK(governor(t, ey, "밝히다") == &ey[0]);
}

TEST_CASE("durations and unresolved vague words never govern", "[timing]") {
  std::string_view s = "새 로켓 개발에는 10년 이상 걸려 회사를 설립했다.";
  time::TimeExpr d = expr_at(s, "10년 이상", date::sys_days{2025_y / 1 / 1}, date::sys_days{2025_y / 1 / 1});
  d.type = time::ExprType::Duration;
  d.interval = {};
  CHECK_FALSE(can_date(d));
  std::vector<time::TimeExpr> ex{d};
  CHECK(governor(s, ex, "설립") == nullptr);
  time::TimeExpr v;
  v.type = time::ExprType::Vague;
  CHECK_FALSE(can_date(v));
}

TEST_CASE("apply_time falls back to the publication date", "[timing]") {
  Event e;
  apply_time(e, Governor{}, 2025_y / 10 / 24);
  CHECK(e.time_source == TimeSource::Publication);
  CHECK(e.when == DayInterval::day(date::sys_days{2025_y / 10 / 24}));
  CHECK(e.time_text.empty());
  CHECK(e.timex == "2025-10-24");
}

TEST_CASE("a time that opens a source phrase dates the report, not the event after it", "[timing]") {
  // must: 12일 NHK 등에 따르면 — the reported visit is dated by 지난 1일
  std::string_view s = "12일 NHK 등에 따르면 총리는 지난 1일 이시카와현을 방문했다.";
  std::vector<time::TimeExpr> ex{
      expr_at(s, "12일", date::sys_days{2024_y / 1 / 12}, date::sys_days{2024_y / 1 / 12}),
      expr_at(s, "지난 1일", date::sys_days{2024_y / 1 / 1}, date::sys_days{2024_y / 1 / 1})};
  CHECK(governor(s, ex, "방문") == &ex[1]);
  // must: with no other time, the source's day dates nothing (the publication date stands in)
  std::string_view t = "2일 경찰에 의하면 그는 최근 서울 시청을 방문했다.";
  std::vector<time::TimeExpr> ey{expr_at(t, "2일", date::sys_days{2024_y / 4 / 2}, date::sys_days{2024_y / 4 / 2})};
  CHECK(governor(t, ey, "방문") == nullptr);
  // must not: a time after the source phrase still dates
  std::string_view u = "업계에 따르면 삼성전자는 12일 신제품을 출시했다.";
  std::vector<time::TimeExpr> ez{expr_at(u, "12일", date::sys_days{2024_y / 1 / 12}, date::sys_days{2024_y / 1 / 12})};
  CHECK(governor(u, ez, "출시") == &ez[0]);
  std::string_view v = "12일 발표된 보고서에 따르면 정부는 예산을 투자했다.";
  std::vector<time::TimeExpr> ew{expr_at(v, "12일", date::sys_days{2024_y / 1 / 12}, date::sys_days{2024_y / 1 / 12})};
  CHECK(governor(v, ew, "투자") == nullptr);  // 12일 dates the report the source published
}
