// Tests for the table writer, when_text and display width (engine/export/table.cpp): human time
// rendering (a fuzzy period never looks like a precise day), East Asian widths, column alignment with
// Hangul, truncation with "…", marks for negative/planned events.
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

std::string table_of(const std::vector<const Event*>& events) {
  auto w = yp::exporter::make_writer("table");
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

  std::string out = table_of({&a, &b, &c});
  auto lines = lines_of(out);
  REQUIRE(lines.size() == 6);  // header, rule, three rows, footnote for the publication-date row
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
  REQUIRE(lines.size() == 3);
  CHECK(lines[2].find("첫 줄  둘째 줄 셋째") != std::string::npos);
  CHECK(lines[2].find("업계 관계자") != std::string::npos);
  CHECK(lines[2].find('\r') == std::string::npos);
}
