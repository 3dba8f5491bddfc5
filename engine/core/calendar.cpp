// ISO date parsing/formatting and DayInterval logic. Covered by tests/core/calendar_test.cpp.
#include "core/calendar.hpp"

#include <fmt/format.h>

namespace yp {

namespace {
bool parse_uint(std::string_view s, unsigned& out) {
  if (s.empty()) return false;
  unsigned v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  out = v;
  return true;
}
}  // namespace

std::optional<date::year_month_day> parse_iso_date(std::string_view s) {
  if (s.size() != 10) return std::nullopt;
  char sep = s[4];
  if ((sep != '-' && sep != '.' && sep != '/') || s[7] != sep) return std::nullopt;
  unsigned y = 0, m = 0, d = 0;
  if (!parse_uint(s.substr(0, 4), y) || !parse_uint(s.substr(5, 2), m) || !parse_uint(s.substr(8, 2), d))
    return std::nullopt;
  date::year_month_day ymd{date::year{static_cast<int>(y)}, date::month{m}, date::day{d}};
  // Year 0 is no year of the Gregorian calendar as printed: an ISO date is 0001-01-01 .. 9999-12-31.
  if (!ymd.ok() || y == 0) return std::nullopt;
  return ymd;
}

std::string format_iso(date::year_month_day d) {
  const int y = static_cast<int>(d.year());
  const unsigned m = static_cast<unsigned>(d.month()), dd = static_cast<unsigned>(d.day());
  if (y >= 0 && y <= 9999 && m <= 99 && dd <= 99) {
    // what the format below prints, written digit by digit (fmt parses its format string on every call)
    char buf[10] = {static_cast<char>('0' + y / 1000), static_cast<char>('0' + y / 100 % 10),
                    static_cast<char>('0' + y / 10 % 10), static_cast<char>('0' + y % 10), '-',
                    static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10), '-',
                    static_cast<char>('0' + dd / 10), static_cast<char>('0' + dd % 10)};
    return std::string(buf, sizeof buf);
  }
  return format_iso_by_fmt(d);
}

std::string format_iso_by_fmt(date::year_month_day d) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

std::string format_iso(date::sys_days d) { return format_iso(date::year_month_day{d}); }

date::year_month_day last_day_of(date::year_month ym) {
  return date::year_month_day{date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}};
}

DayInterval DayInterval::month(date::year_month ym) {
  date::sys_days first = date::year_month_day{ym.year(), ym.month(), date::day{1}};
  return {first, date::sys_days{last_day_of(ym)} + date::days{1}};
}

DayInterval DayInterval::year(date::year y) {
  date::sys_days first = date::year_month_day{y, date::January, date::day{1}};
  date::sys_days next = date::year_month_day{y + date::years{1}, date::January, date::day{1}};
  return {first, next};
}

bool DayInterval::overlaps(const DayInterval& o) const {
  // [a,b) and [c,d) overlap iff a < d and c < b (open sides never bound).
  bool left = !from || !o.to || *from < *o.to;
  bool right = !o.from || !to || *o.from < *to;
  return left && right;
}

bool DayInterval::contains(const DayInterval& o) const {
  bool left = !from || (o.from && *from <= *o.from);
  bool right = !to || (o.to && *o.to <= *to);
  return left && right;
}

}  // namespace yp
