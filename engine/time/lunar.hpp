// The Korean lunisolar calendar (KST, UTC+9 meridian) for 1900–2100: lunar date <-> solar date.
// Computed astronomically (true new moons, Meeus ch. 49; the Sun's apparent longitude, Meeus ch. 25,
// for the solar terms), cross-checked against known 설날/추석 dates. Covered by tests/time/lunar_test.cpp.
//
// Rules (the same as the Korea Astronomy and Space Science Institute's):
//   * A month begins on the civil day (Korean time) of a new moon.
//   * Month 11 is the month containing the winter solstice (동지, solar longitude 270°).
//   * When 13 new moons begin between two month-11s, the first month after month 11 that contains no
//     major solar term (중기, longitude a multiple of 30°) is a leap month (윤달) and repeats the number
//     of the month before it.
//   * Day boundaries: UTC+9 (KST), except UTC+8:30 on 1954-03-21..1961-08-09 (the 127.5°E meridian) and
//     UTC+8 before 1912-01-01. The last rule is not Korea's civil time of the day (UTC+8:30 from
//     1908-04-01) but what KASI's published table follows: its 1903–1911 months start on the UTC+8 day
//     (e.g. lunar 1903/9/1 = 1903-10-20, 1911/11/1 = 1911-12-20, new moons at 00:30 and 00:40 UTC+9).
//   * Terrestrial time -> UT through delta-T polynomials (Espenak & Meeus 2006).
//   * Checked: equal to KASI's table for every month of 1900–2049 (tests/time/lunar_test.cpp). After
//     2050 there is no reference; three new moons fall within a minute of KST midnight (2051-11-03,
//     2074-08-22, 2097-01-13, all just before it), where the delta-T extrapolation decides the day.
//
// Usage: auto d = yp::time::lunar_to_solar(2025, 8, 15, false);   // 추석 2025 -> 2025-10-06
//        auto l = yp::time::solar_to_lunar(2025_y/October/6);      // {2025, 8, 15, false}
#pragma once

#include <date/date.h>

#include <optional>

namespace yp::time {

// Range covered by the calendar tables (lunar years).
inline constexpr int kLunarFirstYear = 1900;
inline constexpr int kLunarLastYear = 2100;

// Solar date of lunar year/month/day (leap = the intercalary month after `month`).
// nullopt outside 1900..2100 or for a day/leap month that does not exist that year.
std::optional<date::year_month_day> lunar_to_solar(int lunar_year, unsigned month, unsigned day, bool leap = false);

struct LunarDate {
  int year = 0;        // lunar year (the Gregorian year in which its month 1 begins)
  unsigned month = 0;  // 1..12
  unsigned day = 0;    // 1..30
  bool leap = false;   // an intercalary month (윤달)
  bool operator==(const LunarDate&) const = default;
};

// Lunar date of a solar day; nullopt outside lunar years 1900..2100.
std::optional<LunarDate> solar_to_lunar(date::year_month_day d);
// Number of days (29 or 30) of a lunar month, 0 if it does not exist.
unsigned lunar_month_length(int lunar_year, unsigned month, bool leap = false);
// The leap month of a lunar year (1..12), 0 if none or out of range.
unsigned lunar_leap_month(int lunar_year);
// The civil day (Korean time) on which the Sun reaches apparent longitude `degrees` (0..359, a
// multiple of 15 for the 24 solar terms) in Gregorian year `year`, e.g. 동지 = solar_term_day(2025, 270).
// nullopt outside 1900..2100 or for a bad longitude.
std::optional<date::year_month_day> solar_term_day(int year, int degrees);

}  // namespace yp::time
