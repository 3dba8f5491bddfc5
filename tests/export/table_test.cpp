// Tests for the table writer, when_text, korean_when and display width (engine/export/table.cpp): human
// time rendering (a fuzzy period never looks like a precise day), East Asian widths, column alignment with
// Hangul, truncation with "…", marks for negative/planned events, month groups, fitting a terminal width
// (columns shrink, then one line per event), colours only when asked.
#include "export/writer.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace date::literals;
using yp::DayInterval;
using yp::event::Event;
using yp::exporter::display_width;
using yp::exporter::truncate_to_width;
using yp::exporter::when_text;
using yp::time::Grain;
using yp::time::Mod;

namespace {

date::sys_days d(date::year_month_day x) { return date::sys_days{x}; }

Event timed(DayInterval when, Grain grain, Mod mod = Mod::None, bool fuzzy = false, std::string timex = {}) {
  Event e;
  e.when = when;
  e.grain = grain;
  e.mod = mod;
  e.fuzzy = fuzzy;
  e.timex = std::move(timex);
  e.time_source = yp::event::TimeSource::Sentence;
  return e;
}

bool looks_like_bare_day(const std::string& s) {
  if (s.size() != 10) return false;
  for (std::size_t i = 0; i < 10; ++i) {
    if (i == 4 || i == 7) {
      if (s[i] != '-') return false;
    } else if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  return true;
}

std::string table_of(const std::vector<const Event*>& events, const yp::exporter::WriterOptions& o = {}) {
  auto w = yp::exporter::make_writer("table", o);
  REQUIRE(w.ok());
  std::ostringstream out;
  w.value()->write(out, events);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

}  // namespace

TEST_CASE("when_text: the renderings of the reference articles' times") {
  CHECK(when_text(timed(DayInterval::day(d(2025_y / 10 / 1)), Grain::Day)) == "2025-10-01");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 10 / 28), d(2025_y / 10 / 31)), Grain::Range)) ==
        "2025-10-28 ~ 2025-10-31");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 10 / 1), d(2025_y / 10 / 10)), Grain::MonthPart, Mod::Start,
                        true)) == "2025-10 초 (10-01~10-10)");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 10 / 11), d(2025_y / 10 / 20)), Grain::MonthPart, Mod::Mid,
                        true)) == "2025-10 중순 (10-11~10-20)");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 10 / 21), d(2025_y / 10 / 31)), Grain::MonthPart, Mod::End,
                        true)) == "2025-10 말 (10-21~10-31)");
  CHECK(when_text(timed(DayInterval::month(2025_y / date::September), Grain::Month)) == "2025-09");
  CHECK(when_text(timed(DayInterval::month(2025_y / date::February), Grain::Month)) == "2025-02");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 6 / 1), d(2025_y / 8 / 31)), Grain::Season, Mod::None, true,
                        "2025-SU")) == "2025 여름 (06-01~08-31)");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 12 / 1), d(2026_y / 2 / 28)), Grain::Season, Mod::None, true,
                        "2025-WI")) == "2025 겨울 (2025-12-01~2026-02-28)");
  CHECK(when_text(timed(DayInterval{std::nullopt, d(2025_y / 10 / 25)}, Grain::Range)) == "~ 2025-10-24");
  CHECK(when_text(timed(DayInterval{d(2027_y / 1 / 1), std::nullopt}, Grain::Range)) == "2027-01-01 ~");
  CHECK(when_text(timed(DayInterval::year(2027_y), Grain::Year)) == "2027");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 9 / 1), d(2025_y / 10 / 31)), Grain::Range)) ==
        "2025-09 ~ 2025-10");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 1 / 1), d(2025_y / 2 / 28)), Grain::Year, Mod::Start, true)) ==
        "2025 초 (01-01~02-28)");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 1 / 1), d(2025_y / 2 / 28)), Grain::MonthPart, Mod::Start,
                        true)) == "2025 초 (01-01~02-28)");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 11 / 1), d(2025_y / 12 / 31)), Grain::Year, Mod::End, true)) ==
        "2025 말 (11-01~12-31)");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 1 / 1), d(2025_y / 6 / 30)), Grain::Half)) ==
        "2025 상반기 (01-01~06-30)");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 7 / 1), d(2025_y / 9 / 30)), Grain::Quarter)) ==
        "2025 3분기 (07-01~09-30)");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 12 / 1), d(2025_y / 12 / 7)), Grain::Week, Mod::None, false,
                        "2025-W49")) == "2025-W49 (12-01~12-07)");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 1 / 1), d(2025_y / 10 / 24)), Grain::Range)) ==
        "2025-01-01 ~ 2025-10-24");
  CHECK(when_text(timed(DayInterval::days(d(2023_y / 1 / 1), d(2025_y / 12 / 31)), Grain::Range)) == "2023 ~ 2025");
  CHECK(when_text(timed(DayInterval{}, Grain::Vague)) == "(시점 미상)");
}

TEST_CASE("when_text: a fuzzy or approximate time is never shown as a bare precise day") {
  CHECK(when_text(timed(DayInterval::day(d(2025_y / 10 / 1)), Grain::Day, Mod::None, true)) == "2025-10-01 경");
  CHECK(when_text(timed(DayInterval::day(d(2025_y / 10 / 1)), Grain::Day, Mod::Approx)) == "2025-10-01 경");
  CHECK(when_text(timed(DayInterval::days(d(2025_y / 10 / 28), d(2025_y / 11 / 3)), Grain::Range, Mod::None, true)) ==
        "2025-10-28 ~ 2025-11-03 경");

  std::mt19937 rng(7);
  const date::sys_days base = d(2024_y / 1 / 1);
  for (int i = 0; i < 3000; ++i) {
    date::sys_days a = base + date::days{static_cast<int>(rng() % 900)};
    int len = 1 + static_cast<int>(rng() % 120);
    Event e = timed(DayInterval{a, a + date::days{len}}, static_cast<Grain>(rng() % 14),
                    static_cast<Mod>(rng() % 11), true);
    std::string s = when_text(e);
    INFO(s);
    CHECK_FALSE(looks_like_bare_day(s));
  }
}

TEST_CASE("display_width: Hangul and CJK take two columns, ASCII one") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("오픈AI") == 6);
  CHECK(display_width("샘 알트먼") == 9);
  CHECK(display_width("漢字") == 4);
  CHECK(display_width("…") == 1);
  CHECK(display_width("\xff") == 1);  // an invalid byte still counts
}

TEST_CASE("truncate_to_width: cuts on a character boundary and ends in …") {
  CHECK(truncate_to_width("짧다", 10) == "짧다");
  CHECK(truncate_to_width("가나다라마", 6) == "가나…");
  CHECK(display_width(truncate_to_width("가나다라마", 6)) == 5);  // a wide char never straddles the limit
  CHECK(truncate_to_width("abcdef", 4) == "abc…");
  CHECK(truncate_to_width("abc", 0) == "");
}

TEST_CASE("table: columns line up with Hangul, long cells are truncated, marks are shown") {
  Event a = timed(DayInterval::days(d(2025_y / 10 / 28), d(2025_y / 10 / 31)), Grain::Range);
  a.type = yp::event::EventType::Cancellation;
  a.actor = "샘 알트먼";
  a.participants = {"대한상공회의소"};
  a.polarity = yp::event::Polarity::Negative;
  a.modality = yp::event::Modality::Planned;
  a.summary = "샘 알트먼 불참: APEC CEO 서밋 코리아 2025";
  Event b = timed(DayInterval::day(d(2025_y / 10 / 1)), Grain::Day);
  b.type = yp::event::EventType::Contract;
  b.actor = "OpenAI";
  b.participants = {"삼성전자", "SK하이닉스"};
  b.summary = std::string(30, 'x') + "가나다라마바사아자차카타파하가나다라마바사아자차카타파하";
  Event c = timed(DayInterval::days(d(2025_y / 10 / 1), d(2025_y / 10 / 10)), Grain::MonthPart, Mod::Start, true);
  c.type = yp::event::EventType::Visit;
  c.actor = "알트먼";
  c.summary = "방한";
  c.time_source = yp::event::TimeSource::Publication;

  std::string out = table_of({&b, &c, &a});
  auto lines = lines_of(out);
  REQUIRE(lines.size() == 7);  // header, rule, the month, three rows, footnote for the publication-date row
  CHECK(lines[2] == "■ 2025년 10월");
  lines.erase(lines.begin() + 2);
  std::swap(lines[2], lines[4]);  // back to the order a, b, c the checks below expect
  std::swap(lines[3], lines[4]);
  const std::vector<std::string> types = {"유형", "", "cancellation", "contract", "visit"};
  const std::vector<std::string> summaries = {"요약", "", "샘 알트먼 불참", std::string(30, 'x'), "방한"};
  std::size_t type_col = 0, summary_col = 0;
  for (std::size_t i = 0; i < 5; ++i) {
    if (i == 1) continue;  // the rule line
    INFO(lines[i]);
    auto tp = lines[i].find(types[i]);
    auto sp = lines[i].find(summaries[i]);
    REQUIRE(tp != std::string::npos);
    REQUIRE(sp != std::string::npos);
    std::size_t tcol = display_width(lines[i].substr(0, tp));
    std::size_t scol = display_width(lines[i].substr(0, sp));
    if (i == 0) {
      type_col = tcol;
      summary_col = scol;
    }
    CHECK(tcol == type_col);
    CHECK(scol == summary_col);
    CHECK(lines[i].back() != ' ');  // no trailing blanks
  }
  CHECK(lines[1].find("---") == 0);
  // Marks and renderings.
  CHECK(lines[2].find("✗ (예정)") != std::string::npos);
  CHECK(lines[2].find("2025-10-28 ~ 2025-10-31") == 0);
  CHECK(lines[3].find("삼성전자, SK하이닉스") != std::string::npos);
  CHECK(lines[4].find("2025-10 초 (10-01~10-10)*") == 0);
  CHECK(lines[5].find("*") == 0);
  // The long summary is cut to 60 columns with an ellipsis.
  std::string summary_cell = lines[3].substr(lines[3].find(std::string(30, 'x')));
  summary_cell = summary_cell.substr(0, summary_cell.rfind("  -"));  // the source column follows
  while (!summary_cell.empty() && summary_cell.back() == ' ') summary_cell.pop_back();
  CHECK(display_width(summary_cell) <= 60);
  CHECK(summary_cell.size() >= 3);
  CHECK(summary_cell.substr(summary_cell.size() - 3) == "…");
}

TEST_CASE("table: no events prints the header and says so") {
  auto lines = lines_of(table_of({}));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].find("시점") == 0);
  CHECK(lines[2] == "(no events)");
}

TEST_CASE("table: a cell with a line break or tab stays on one line") {
  Event e = timed(DayInterval::day(d(2025_y / 10 / 24)), Grain::Day);
  e.type = yp::event::EventType::Statement;
  e.actor = "업계\t관계자";
  e.summary = "첫 줄\r\n둘째 줄\n셋째";
  auto lines = lines_of(table_of({&e}));
  REQUIRE(lines.size() == 4);
  CHECK(lines[2] == "■ 2025년 10월");
  CHECK(lines[3].find("첫 줄  둘째 줄 셋째") != std::string::npos);
  CHECK(lines[3].find("업계 관계자") != std::string::npos);
  CHECK(lines[3].find('\r') == std::string::npos);
}

TEST_CASE("korean_when: Korean renderings, and a fuzzy period is never a bare day") {
  using yp::exporter::korean_when;
  CHECK(korean_when(timed(DayInterval::day(d(2025_y / 10 / 24)), Grain::Day)) == "2025년 10월 24일");
  CHECK(korean_when(timed(DayInterval::day(d(2025_y / 10 / 1)), Grain::Day, Mod::Approx)) == "2025년 10월 1일경");
  CHECK(korean_when(timed(DayInterval::days(d(2025_y / 10 / 28), d(2025_y / 10 / 31)), Grain::Range)) ==
        "2025년 10월 28일~31일");
  CHECK(korean_when(timed(DayInterval::days(d(2025_y / 10 / 28), d(2025_y / 11 / 2)), Grain::Range)) ==
        "2025년 10월 28일~11월 2일");
  CHECK(korean_when(timed(DayInterval::days(d(2025_y / 10 / 1), d(2025_y / 10 / 10)), Grain::MonthPart, Mod::Start,
                          true)) == "2025년 10월 초");
  CHECK(korean_when(timed(DayInterval::days(d(2025_y / 10 / 11), d(2025_y / 10 / 20)), Grain::MonthPart, Mod::Mid,
                          true)) == "2025년 10월 중순");
  CHECK(korean_when(timed(DayInterval::days(d(2025_y / 10 / 11), d(2025_y / 10 / 20)), Grain::MonthPart)) ==
        "2025년 10월 11일~20일경");
  CHECK(korean_when(timed(DayInterval::month(2025_y / date::September), Grain::Month)) == "2025년 9월");
  CHECK(korean_when(timed(DayInterval::days(d(2025_y / 12 / 1), d(2026_y / 2 / 28)), Grain::Season, Mod::None, true,
                          "2025-WI")) == "2025년 겨울");
  CHECK(korean_when(timed(DayInterval::days(d(2025_y / 1 / 1), d(2025_y / 6 / 30)), Grain::Half)) == "2025년 상반기");
  CHECK(korean_when(timed(DayInterval::days(d(2025_y / 7 / 1), d(2025_y / 9 / 30)), Grain::Quarter)) == "2025년 3분기");
  CHECK(korean_when(timed(DayInterval::days(d(2025_y / 9 / 1), d(2025_y / 10 / 31)), Grain::Range)) == "2025년 9월~10월");
  CHECK(korean_when(timed(DayInterval::days(d(2023_y / 1 / 1), d(2025_y / 12 / 31)), Grain::Range)) == "2023년~2025년");
  CHECK(korean_when(timed(DayInterval{d(2027_y / 1 / 1), std::nullopt}, Grain::Range)) == "2027년 1월 1일 이후");
  CHECK(korean_when(timed(DayInterval{std::nullopt, d(2025_y / 10 / 25)}, Grain::Range)) == "2025년 10월 24일까지");
  CHECK(korean_when(timed(DayInterval{}, Grain::Vague)) == "시점 미상");

  std::mt19937 rng(11);
  const date::sys_days base = d(2024_y / 1 / 1);
  for (int i = 0; i < 3000; ++i) {
    date::sys_days a = base + date::days{static_cast<int>(rng() % 900)};
    Event e = timed(DayInterval{a, a + date::days{1 + static_cast<int>(rng() % 120)}}, static_cast<Grain>(rng() % 14),
                    static_cast<Mod>(rng() % 11), true);
    std::string s = korean_when(e);
    INFO(s);
    // A bare day would end in 일 with nothing after it (no 경, no range, no part word).
    const bool bare_day = s.size() > 3 && s.substr(s.size() - 3) == "일" && s.find('~') == std::string::npos;
    CHECK_FALSE(bare_day);
  }
}

namespace {
// Three October events, a November one and one with no time: enough for groups, marks and widths.
std::vector<Event> month_events() {
  std::vector<Event> v;
  Event a = timed(DayInterval::days(d(2025_y / 10 / 28), d(2025_y / 10 / 31)), Grain::Range);
  a.type = yp::event::EventType::Cancellation;
  a.actor = "샘 알트먼";
  a.polarity = yp::event::Polarity::Negative;
  a.modality = yp::event::Modality::Planned;
  a.summary = "샘 알트먼 불참: APEC CEO 서밋 코리아 2025, 경북 경주에서 열리는 행사";
  yp::event::Mention m;
  m.article = "samples/apec.txt";
  m.outlet = "연표일보";
  m.title = "알트먼, 경주 APEC 불참";
  a.mentions = {m};
  Event b = timed(DayInterval::days(d(2025_y / 10 / 1), d(2025_y / 10 / 10)), Grain::MonthPart, Mod::Start, true);
  b.type = yp::event::EventType::Visit;
  b.actor = "오픈AI";
  b.participants = {"삼성전자", "SK하이닉스", "카카오"};
  b.summary = "오픈AI 방한";
  Event c = timed(DayInterval::day(d(2025_y / 11 / 3)), Grain::Day);
  c.type = yp::event::EventType::Contract;
  c.actor = "삼성전자";
  c.summary = "삼성전자 계약";
  Event u = timed(DayInterval{}, Grain::Vague);
  u.type = yp::event::EventType::Statement;
  u.actor = "관계자";
  u.summary = "관계자 발언";
  v = {b, a, c, u};
  return v;
}
std::vector<const Event*> ptrs_of(const std::vector<Event>& v) {
  std::vector<const Event*> p;
  for (const auto& e : v) p.push_back(&e);
  return p;
}
}  // namespace

TEST_CASE("table: events are grouped under their month, with a source column") {
  auto events = month_events();
  auto lines = lines_of(table_of(ptrs_of(events)));
  REQUIRE(lines.size() == 9);  // header, rule, 10월, two rows, 11월, one row, 시점 미상, one row
  CHECK(lines[0].find("출처") != std::string::npos);
  CHECK(lines[2] == "■ 2025년 10월");
  CHECK(lines[3].find("2025-10 초 (10-01~10-10)") == 0);
  CHECK(lines[4].find("연표일보 「알트먼, 경주") != std::string::npos);  // cut to the column's 24
  CHECK(lines[5] == "■ 2025년 11월");
  CHECK(lines[7] == "■ 시점 미상");
  CHECK(lines[8].find("(시점 미상)") == 0);
}

TEST_CASE("table: a terminal width is never exceeded, narrow terminals get one line per event") {
  auto events = month_events();
  for (std::size_t width : {200u, 140u, 120u, 100u, 80u, 60u, 40u, 20u, 12u, 5u, 1u}) {
    yp::exporter::WriterOptions o;
    o.width = width;
    auto lines = lines_of(table_of(ptrs_of(events), o));
    INFO("width " << width);
    for (const auto& l : lines) {
      INFO(l);
      CHECK(display_width(l) <= width);
    }
    bool compact = lines[0].find("시점") != 0;
    if (width >= 140) CHECK_FALSE(compact);  // wide enough for every column
    if (width <= 80) CHECK(compact);         // too narrow even with every column at its minimum
    if (compact && width >= 40) {
      REQUIRE(lines.size() == 7);  // three months (10월, 11월, 시점 미상) and four events, no header
      CHECK(lines[0] == "■ 2025년 10월");
      CHECK(lines[1].find("2025-10 초") == 0);
      CHECK(lines[2].find("✗ (예정) 샘 알트먼") != std::string::npos);
    }
  }
}

TEST_CASE("table: colours only when asked, and the text without them is the same") {
  auto events = month_events();
  for (std::size_t width : {0u, 80u}) {
    yp::exporter::WriterOptions o;
    o.width = width;
    std::string plain = table_of(ptrs_of(events), o);
    CHECK(plain.find('\x1b') == std::string::npos);
    o.color = true;
    std::string coloured = table_of(ptrs_of(events), o);
    CHECK(coloured.find("\x1b[31m✗") != std::string::npos);  // negative marks in red
    CHECK(coloured.find("\x1b[1m■ 2025년 10월\x1b[0m") != std::string::npos);
    // Stripping the escape sequences gives the plain table back.
    std::string stripped;
    for (std::size_t i = 0; i < coloured.size(); ++i) {
      if (coloured[i] == '\x1b') {
        while (i < coloured.size() && coloured[i] != 'm') ++i;
        continue;
      }
      stripped += coloured[i];
    }
    CHECK(stripped == plain);
  }
}
