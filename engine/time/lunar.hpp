// The Korean lunisolar calendar (KST, UTC+9 meridian) for 1900–2100: lunar date -> solar date.
// Computed astronomically (mean/true new moons and solar terms), cross-checked against known
// 설날/추석 dates. Covered by tests/time/lunar_test.cpp.
//
// Usage: auto d = yp::time::lunar_to_solar(2025, 8, 15, false);   // 추석 2025 -> 2025-10-06
#pragma once

#include <date/date.h>

#include <optional>

namespace yp::time {

// Solar date of lunar year/month/day (leap = the intercalary month after `month`).
// nullopt outside 1900..2100 or for a day/leap month that does not exist that year.
std::optional<date::year_month_day> lunar_to_solar(int lunar_year, unsigned month, unsigned day, bool leap = false);

}  // namespace yp::time
