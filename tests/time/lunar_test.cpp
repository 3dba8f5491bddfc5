// Tests for engine/time/lunar.hpp: known 설날/추석/부처님오신날 dates, leap months, solar terms, and the
// consistency of the whole 1900–2100 table.
#include "time/lunar.hpp"

#include <catch2/catch.hpp>

using namespace date::literals;
using yp::time::lunar_to_solar;
using yp::time::solar_to_lunar;

namespace {
date::year_month_day ymd(int y, unsigned m, unsigned d) { return {date::year{y}, date::month{m}, date::day{d}}; }
}  // namespace

TEST_CASE("설날 (lunar 1/1)", "[lunar]") {
  CHECK(lunar_to_solar(2020, 1, 1) == ymd(2020, 1, 25));
  CHECK(lunar_to_solar(2021, 1, 1) == ymd(2021, 2, 12));
  CHECK(lunar_to_solar(2022, 1, 1) == ymd(2022, 2, 1));
  CHECK(lunar_to_solar(2023, 1, 1) == ymd(2023, 1, 22));
  CHECK(lunar_to_solar(2024, 1, 1) == ymd(2024, 2, 10));
  CHECK(lunar_to_solar(2025, 1, 1) == ymd(2025, 1, 29));
  CHECK(lunar_to_solar(2026, 1, 1) == ymd(2026, 2, 17));
  CHECK(lunar_to_solar(2027, 1, 1) == ymd(2027, 2, 7));
  // The new moon is at 2028-01-26 15:12 UTC = 01-27 00:12 KST: 설날 is 01-27 in Korea (KASI),
  // while China (UTC+8) keeps its New Year on 01-26.
  CHECK(lunar_to_solar(2028, 1, 1) == ymd(2028, 1, 27));
  CHECK(lunar_to_solar(2027, 12, 30) == ymd(2028, 1, 26));
}

TEST_CASE("추석 (lunar 8/15)", "[lunar]") {
  CHECK(lunar_to_solar(2020, 8, 15) == ymd(2020, 10, 1));
  CHECK(lunar_to_solar(2021, 8, 15) == ymd(2021, 9, 21));
  CHECK(lunar_to_solar(2022, 8, 15) == ymd(2022, 9, 10));
  CHECK(lunar_to_solar(2023, 8, 15) == ymd(2023, 9, 29));
  CHECK(lunar_to_solar(2024, 8, 15) == ymd(2024, 9, 17));
  CHECK(lunar_to_solar(2025, 8, 15) == ymd(2025, 10, 6));
  CHECK(lunar_to_solar(2026, 8, 15) == ymd(2026, 9, 25));
  CHECK(lunar_to_solar(2027, 8, 15) == ymd(2027, 9, 15));
  CHECK(lunar_to_solar(2028, 8, 15) == ymd(2028, 10, 3));
}

TEST_CASE("부처님오신날 (lunar 4/8)", "[lunar]") {
  CHECK(lunar_to_solar(2023, 4, 8) == ymd(2023, 5, 27));
  CHECK(lunar_to_solar(2024, 4, 8) == ymd(2024, 5, 15));
  CHECK(lunar_to_solar(2025, 4, 8) == ymd(2025, 5, 5));
  CHECK(lunar_to_solar(2026, 4, 8) == ymd(2026, 5, 24));
}

TEST_CASE("leap months (윤달)", "[lunar]") {
  CHECK(yp::time::lunar_leap_month(2020) == 4);
  CHECK(yp::time::lunar_leap_month(2023) == 2);
  CHECK(yp::time::lunar_leap_month(2025) == 6);
  CHECK(yp::time::lunar_leap_month(2024) == 0);
  CHECK(yp::time::lunar_leap_month(2026) == 0);
  CHECK(yp::time::lunar_leap_month(2033) == 11);  // the "2033 problem": leap 11th month, not leap 7th
  CHECK(yp::time::lunar_leap_month(1984) == 10);
  CHECK(lunar_to_solar(2025, 6, 1, true) == ymd(2025, 7, 25));
  CHECK(lunar_to_solar(2033, 11, 1, true) == ymd(2033, 12, 22));
  CHECK_FALSE(lunar_to_solar(2025, 5, 1, true));  // 2025 has no leap 5th month
  CHECK_FALSE(lunar_to_solar(2024, 4, 1, true));
}

TEST_CASE("early years follow KASI's table (UTC+8 day boundaries before 1912)", "[lunar]") {
  // New moons just after midnight UTC+9 that KASI dates on the previous day.
  CHECK(lunar_to_solar(1903, 9, 1) == ymd(1903, 10, 20));
  CHECK(lunar_to_solar(1911, 11, 1) == ymd(1911, 12, 20));
  CHECK(lunar_to_solar(1900, 1, 1) == ymd(1900, 1, 31));
}

TEST_CASE("bad lunar dates and out-of-range years", "[lunar]") {
  CHECK_FALSE(lunar_to_solar(1899, 1, 1));
  CHECK_FALSE(lunar_to_solar(2101, 1, 1));
  CHECK_FALSE(lunar_to_solar(2025, 0, 1));
  CHECK_FALSE(lunar_to_solar(2025, 13, 1));
  CHECK_FALSE(lunar_to_solar(2025, 1, 0));
  CHECK_FALSE(lunar_to_solar(2025, 1, 31));
  CHECK_FALSE(lunar_to_solar(2025, 2, 30));  // 2025's 2nd month has 29 days
  CHECK(lunar_to_solar(2025, 1, 30) == ymd(2025, 2, 27));
  CHECK(yp::time::lunar_month_length(2025, 2) == 29);
  CHECK(yp::time::lunar_month_length(2025, 1) == 30);
  CHECK(yp::time::lunar_month_length(2025, 5, true) == 0);
  CHECK_FALSE(solar_to_lunar(ymd(1900, 1, 30)));  // still lunar 1899
  CHECK_FALSE(solar_to_lunar(ymd(2101, 6, 1)));
  CHECK_FALSE(solar_to_lunar(date::year{2025} / 2 / 30));
}

TEST_CASE("solar_to_lunar", "[lunar]") {
  CHECK(solar_to_lunar(ymd(2025, 10, 6)) == yp::time::LunarDate{2025, 8, 15, false});
  CHECK(solar_to_lunar(ymd(2025, 1, 28)) == yp::time::LunarDate{2024, 12, 29, false});
  CHECK(solar_to_lunar(ymd(2025, 8, 1)) == yp::time::LunarDate{2025, 6, 8, true});
}

TEST_CASE("solar terms in Korean time", "[lunar]") {
  CHECK(yp::time::solar_term_day(2024, 270) == ymd(2024, 12, 21));  // 동지
  CHECK(yp::time::solar_term_day(2025, 270) == ymd(2025, 12, 22));  // 동지 (00:03 KST)
  CHECK(yp::time::solar_term_day(2025, 315) == ymd(2025, 2, 3));    // 입춘
  CHECK(yp::time::solar_term_day(2024, 315) == ymd(2024, 2, 4));
  CHECK(yp::time::solar_term_day(2025, 0) == ymd(2025, 3, 20));     // 춘분
  CHECK(yp::time::solar_term_day(2025, 90) == ymd(2025, 6, 21));    // 하지
  CHECK_FALSE(yp::time::solar_term_day(2025, 360));
  CHECK_FALSE(yp::time::solar_term_day(2025, -15));
  CHECK_FALSE(yp::time::solar_term_day(1850, 270));
}

TEST_CASE("the 1900-2100 table is consistent", "[lunar]") {
  int leap_years = 0;
  for (int y = yp::time::kLunarFirstYear; y <= yp::time::kLunarLastYear; ++y) {
    INFO("lunar year " << y);
    unsigned leap = yp::time::lunar_leap_month(y);
    int months = 0;
    std::optional<date::sys_days> expected_next;
    for (unsigned m = 1; m <= 12; ++m) {
      for (bool is_leap : {false, true}) {
        if (is_leap && m != leap) {
          CHECK_FALSE(lunar_to_solar(y, m, 1, true));
          continue;
        }
        auto first = lunar_to_solar(y, m, 1, is_leap);
        REQUIRE(first);
        ++months;
        unsigned len = yp::time::lunar_month_length(y, m, is_leap);
        CHECK((len == 29 || len == 30));
        if (expected_next) CHECK(date::sys_days{*first} == *expected_next);
        expected_next = date::sys_days{*first} + date::days{len};
        CHECK_FALSE(lunar_to_solar(y, m, len + 1, is_leap));
        auto last = lunar_to_solar(y, m, len, is_leap);
        REQUIRE(last);
        CHECK(solar_to_lunar(*last) == yp::time::LunarDate{y, m, len, is_leap});
      }
    }
    CHECK(months == (leap ? 13 : 12));
    if (leap) ++leap_years;
    auto seollal = lunar_to_solar(y, 1, 1);
    REQUIRE(seollal);
    CHECK(*seollal >= ymd(y, 1, 21));
    CHECK(*seollal <= ymd(y, 2, 20));
    // The next year begins where this one ends.
    if (y < yp::time::kLunarLastYear) CHECK(lunar_to_solar(y + 1, 1, 1) == date::year_month_day{*expected_next});
  }
  // 7 leap months in every 19 years: 201 years hold 74 leap months (± 1).
  CHECK(leap_years >= 73);
  CHECK(leap_years <= 75);
}

TEST_CASE("every solar day 1900-01-31..2101-01-28 round-trips", "[lunar]") {
  date::sys_days d = ymd(1900, 1, 31);
  const date::sys_days end = ymd(2101, 1, 28);
  long checked = 0;
  for (; d <= end; d += date::days{1}) {
    auto l = solar_to_lunar(d);
    REQUIRE(l);
    auto back = lunar_to_solar(l->year, l->month, l->day, l->leap);
    REQUIRE(back);
    if (date::sys_days{*back} != d) FAIL("round trip failed at " << date::year_month_day{d});
    ++checked;
  }
  CHECK(checked > 73000);
}
