// Tests for engine/core/calendar.hpp: ISO parsing, month ends, half-open interval relations.
#include "core/calendar.hpp"

#include <catch2/catch.hpp>

using namespace date::literals;
using yp::DayInterval;

TEST_CASE("parse_iso_date accepts real days only", "[calendar]") {
  CHECK(yp::parse_iso_date("2025-10-24") == date::year_month_day{2025_y / 10 / 24});
  CHECK(yp::parse_iso_date("2025.10.24") == date::year_month_day{2025_y / 10 / 24});
  CHECK(yp::parse_iso_date("2024-02-29").has_value());
  CHECK_FALSE(yp::parse_iso_date("2025-02-29").has_value());
  CHECK_FALSE(yp::parse_iso_date("2025-02-30").has_value());
  CHECK_FALSE(yp::parse_iso_date("2025-13-01").has_value());
  CHECK_FALSE(yp::parse_iso_date("2025-1-01").has_value());
  CHECK_FALSE(yp::parse_iso_date("2025-10-24x").has_value());
  CHECK_FALSE(yp::parse_iso_date("2025-10/24").has_value());
  // the years four ISO digits print: 0001..9999 (year 0 would print dates like -001-12-31 a day earlier)
  CHECK_FALSE(yp::parse_iso_date("0000-01-01").has_value());
  CHECK(yp::parse_iso_date("0001-01-01") == date::year_month_day{date::year{1} / 1 / 1});
  CHECK(yp::parse_iso_date("9999-12-31") == date::year_month_day{date::year{9999} / 12 / 31});
  CHECK_FALSE(yp::parse_iso_date("").has_value());
}

TEST_CASE("format_iso pads and last_day_of handles leap years", "[calendar]") {
  CHECK(yp::format_iso(date::year_month_day{2025_y / 1 / 5}) == "2025-01-05");
  CHECK(yp::last_day_of(2024_y / 2) == date::year_month_day{2024_y / 2 / 29});
  CHECK(yp::last_day_of(2025_y / 2) == date::year_month_day{2025_y / 2 / 28});
}

TEST_CASE("DayInterval is half-open, display is inclusive", "[calendar]") {
  auto oct = DayInterval::month(2025_y / 10);
  CHECK(yp::format_iso(*oct.first_day()) == "2025-10-01");
  CHECK(yp::format_iso(*oct.last_day()) == "2025-10-31");
  CHECK(oct.length_days() == 31);
  auto y = DayInterval::year(2024_y);
  CHECK(y.length_days() == 366);

  auto d31 = DayInterval::day(date::sys_days{2025_y / 10 / 31});
  auto nov1 = DayInterval::day(date::sys_days{2025_y / 11 / 1});
  CHECK(oct.overlaps(d31));
  CHECK_FALSE(oct.overlaps(nov1));  // half-open: Oct ends before Nov 1
  CHECK(oct.contains(d31));
  CHECK_FALSE(oct.contains(nov1));

  DayInterval open_end{date::sys_days{2025_y / 10 / 15}, std::nullopt};
  CHECK(open_end.overlaps(oct));
  CHECK(open_end.overlaps(nov1));
  CHECK_FALSE(oct.contains(open_end));
  CHECK(open_end.contains(nov1));
}

TEST_CASE("format_iso writes what fmt writes: every day of years -2..10001, and months and days that are not ok",
          "[calendar]") {
  std::size_t differ = 0, compared = 0;
  for (date::sys_days d = date::sys_days{date::year{-2} / 1 / 1}; d <= date::sys_days{date::year{10001} / 12 / 31};
       d += date::days{1}) {
    const date::year_month_day ymd{d};
    ++compared;
    if (yp::format_iso(ymd) != yp::format_iso_by_fmt(ymd) || yp::format_iso(d) != yp::format_iso_by_fmt(ymd)) ++differ;
  }
  for (int y : {-32767, -10000, -1, 0, 1, 999, 2025, 9999, 10000, 32767})
    for (unsigned m : {0u, 1u, 12u, 13u, 99u, 100u, 255u})
      for (unsigned dd : {0u, 1u, 31u, 32u, 99u, 100u, 255u}) {
        const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{dd}};
        ++compared;
        if (yp::format_iso(ymd) != yp::format_iso_by_fmt(ymd)) ++differ;
      }
  CHECK(differ == 0);
  CHECK(compared > 3000000);
}
