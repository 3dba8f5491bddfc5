// Korean holidays: solar ones from a table (engine/time/data/holidays.tsv) and lunar ones
// (설날, 추석, 부처님오신날, 정월대보름, 단오 …) computed through the Korean lunisolar calendar for
// 1900–2100 (engine/time/lunar.hpp). Covered by tests/time/holidays_test.cpp and lunar_test.cpp.
//
// Usage:
//   auto h = yp::time::find_holiday("추석 연휴");            // matches a name or alias at the start
//   auto when = yp::time::holiday_interval(*h, 2025_y);       // DayInterval (연휴 = 3 days around 설/추석)
#pragma once

#include "core/calendar.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yp::time {

struct Holiday {
  std::string name;          // canonical name, e.g. "추석"
  std::vector<std::string> aliases;  // other spellings, e.g. "한가위"
  bool lunar = false;        // month/day are lunar
  unsigned month = 0;        // 1..12 (lunar or solar)
  unsigned day = 0;          // 1..31
  int span_before = 0;       // days before the day proper included in the interval (연휴)
  int span_after = 0;        // days after
  int solar_term = -1;       // >= 0: the day the Sun reaches this longitude (동지 = 270); month/day unused
  bool public_holiday = false;  // a public holiday (공휴일): counts for the substitute days of 설/추석 연휴

  bool operator==(const Holiday&) const = default;
};

// All known holidays (the table rows plus the built-in lunar ones).
const std::vector<Holiday>& holidays();
// Longest holiday name or alias that is a prefix of `text`; `matched_bytes` receives its length.
// A space in a name matches any run of spaces, or none ("추석 연휴" matches "추석연휴").
// Pure prefix match: "설" is a prefix of "설립", so callers check what follows (a particle, a space …).
std::optional<Holiday> find_holiday(std::string_view text, std::size_t* matched_bytes = nullptr);
// The day (or, for a holiday with a span such as 설 연휴, the days) the holiday falls on in year y.
// For a lunar holiday, y is the Gregorian year of the day proper (the lunar date of lunar year y, or of
// y-1 when that one falls in Gregorian y). nullopt if y is outside 1900..2100 for a lunar or
// solar-term holiday, or the date does not exist that year (2-29).
// From 2014, a lunar holiday with a span (설 연휴, 추석 연휴) that takes in a Sunday or another public holiday
// runs on by as many substitute days (대체공휴일): 2024 설 연휴 = 2-9..2-12, 2017 추석 연휴 (개천절 on 10-3) =
// 10-3..10-6. Other substitute days (어린이날 on a weekend) and one-off temporary holidays are not modelled.
std::optional<DayInterval> holiday_interval(const Holiday& h, date::year y);
// A day the Korean exchange trades: Monday to Friday and no public holiday of the table (a 설/추석 연휴 with its
// substitute days included). Year-end closing days and one-off temporary holidays are not modelled.
bool trading_day(date::sys_days d);

}  // namespace yp::time
