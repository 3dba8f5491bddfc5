// Calendar helpers over Howard Hinnant's date: ISO parsing/formatting, half-open day intervals.
// Covered by tests/core/calendar_test.cpp.
//
// Conventions (see docs/architecture.md):
//   * Internally an interval is half-open over date::sys_days: [from, to). A missing side is open.
//   * What users see (CSV, JSON, tables) is inclusive ISO dates: start = from, end = to - 1 day.
//
// Usage:
//   auto d = yp::parse_iso_date("2025-10-24");           // optional<year_month_day>; 2025-02-30 -> nullopt
//   yp::DayInterval oct = yp::DayInterval::month(2025_y/October);
//   yp::format_iso(oct.last_day());                        // "2025-10-31"
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace yp {

// Parses exactly "YYYY-MM-DD" (also accepts "YYYY.MM.DD" and "YYYY/MM/DD"); nullopt unless a real day
// of years 0001..9999 (what four ISO digits can print).
std::optional<date::year_month_day> parse_iso_date(std::string_view s);
// "2025-10-24".
std::string format_iso(date::year_month_day d);
std::string format_iso(date::sys_days d);
// format_iso through fmt::format("{:04}-{:02}-{:02}") for every day (format_iso writes the digits itself for years
// 0..9999): the reference of tests/core/calendar_test.cpp.
std::string format_iso_by_fmt(date::year_month_day d);
// Last day of the month of ym.
date::year_month_day last_day_of(date::year_month ym);

// Half-open day interval [from, to); an empty optional is an open side.
struct DayInterval {
  std::optional<date::sys_days> from;  // first day, inclusive
  std::optional<date::sys_days> to;    // day after the last day (exclusive)

  static DayInterval day(date::sys_days d) { return {d, d + date::days{1}}; }
  static DayInterval days(date::sys_days first, date::sys_days last_inclusive) {
    return {first, last_inclusive + date::days{1}};
  }
  static DayInterval month(date::year_month ym);
  static DayInterval year(date::year y);

  bool bounded() const { return from && to; }
  bool empty() const { return from && to && *to <= *from; }
  // Inclusive first/last day for display; nullopt for an open side.
  std::optional<date::sys_days> first_day() const { return from; }
  std::optional<date::sys_days> last_day() const {
    if (!to) return std::nullopt;
    return *to - date::days{1};
  }
  long long length_days() const { return bounded() ? (*to - *from).count() : -1; }
  // Overlap / containment with open sides treated as infinite.
  bool overlaps(const DayInterval& o) const;
  bool contains(const DayInterval& o) const;
  bool operator==(const DayInterval&) const = default;
};

}  // namespace yp
