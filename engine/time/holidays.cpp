// Korean holidays from engine/time/data/holidays.tsv, dated through the lunar calendar or solar terms
// when needed. Covered by tests/time/holidays_test.cpp.
#include "time/holidays.hpp"

#include "core/data.hpp"
#include "time/lunar.hpp"
#include "time/name_trie.hpp"

#include <charconv>

namespace yp::time {

namespace {

bool parse_int(std::string_view s, int& out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc{} && r.ptr == s.data() + s.size();
}

std::vector<std::string> split_aliases(std::string_view s) {
  std::vector<std::string> out;
  if (s == "-" || s.empty()) return out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t bar = s.find('|', start);
    std::string_view part = s.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    if (!part.empty()) out.emplace_back(part);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

// One table row -> Holiday; nullopt for a malformed row (tests check that every row parses).
std::optional<Holiday> parse_row(const data::Row& row) {
  if (row.fields.size() != 8) return std::nullopt;
  Holiday h;
  h.name = std::string(row.fields[0]);
  h.aliases = split_aliases(row.fields[1]);
  int month = 0, day = 0;
  if (!parse_int(row.fields[3], month) || !parse_int(row.fields[4], day) || !parse_int(row.fields[5], h.span_before) ||
      !parse_int(row.fields[6], h.span_after) || h.span_before < 0 || h.span_after < 0 || h.name.empty())
    return std::nullopt;
  if (row.fields[7] != "0" && row.fields[7] != "1") return std::nullopt;
  h.public_holiday = row.fields[7] == "1";
  std::string_view cal = row.fields[2];
  if (cal == "term") {
    if (month != 0 || day < 0 || day >= 360) return std::nullopt;
    h.solar_term = day;
    return h;
  }
  if (cal != "solar" && cal != "lunar") return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > (cal == "lunar" ? 30 : 31)) return std::nullopt;
  h.lunar = cal == "lunar";
  h.month = static_cast<unsigned>(month);
  h.day = static_cast<unsigned>(day);
  return h;
}

std::vector<Holiday> load() {
  std::vector<Holiday> out;
  auto tsv = data::lookup("time/data/holidays.tsv");
  if (!tsv) return out;
  for (const auto& row : data::rows(*tsv)) {
    if (auto h = parse_row(row)) out.push_back(std::move(*h));
  }
  return out;
}

// Every name and alias of holidays(), numbered in table order (name, then its aliases): the trie returns the
// lowest number among the longest matches, which is the first of them in table order, as a scan of the table
// keeping only strictly longer matches would.
struct NameIndex {
  NameTrie trie;
  std::vector<const Holiday*> owner;  // number -> holiday
};

const NameIndex& name_index() {
  static const NameIndex idx = [] {
    NameIndex x;
    for (const auto& h : holidays()) {
      auto add = [&](const std::string& name) {
        if (name.empty()) return;
        x.trie.insert(name, static_cast<std::uint32_t>(x.owner.size()));
        x.owner.push_back(&h);
      };
      add(h.name);
      for (const auto& a : h.aliases) add(a);
    }
    return x;
  }();
  return idx;
}

// A Sunday, or a solar public holiday of one day (개천절), on `d`: a day a 연휴 that takes it in makes up for.
bool day_off(date::sys_days d, const std::vector<Holiday>& all) {
  if (date::weekday{d} == date::Sunday) return true;
  const date::year_month_day ymd{d};
  for (const auto& h : all)
    if (h.public_holiday && !h.lunar && h.solar_term < 0 && h.span_before == 0 && h.span_after == 0 &&
        date::month{h.month} == ymd.month() && date::day{h.day} == ymd.day())
      return true;
  return false;
}

// The year the substitute holiday (대체공휴일) for 설 and 추석 began.
constexpr int kFirstSubstituteYear = 2014;

}  // namespace

const std::vector<Holiday>& holidays() {
  static const std::vector<Holiday> all = load();
  return all;
}

std::optional<Holiday> find_holiday(std::string_view text, std::size_t* matched_bytes) {
  const NameIndex& idx = name_index();
  const NameTrie::Match m = idx.trie.longest_prefix(text);
  if (matched_bytes) *matched_bytes = m.length;
  if (m.length == 0) return std::nullopt;
  return *idx.owner[m.id];
}

std::optional<DayInterval> holiday_interval(const Holiday& h, date::year y) {
  const int year = static_cast<int>(y);
  std::optional<date::sys_days> day;
  if (h.solar_term >= 0) {
    if (auto d = solar_term_day(year, h.solar_term)) day = date::sys_days{*d};
  } else if (h.lunar) {
    // The lunar date of lunar year y usually falls in Gregorian y; months 11-12 may spill into y+1,
    // in which case lunar year y-1 is the one that falls in y.
    for (int ly : {year, year - 1}) {
      if (auto d = lunar_to_solar(ly, h.month, h.day, false); d && d->year() == y) {
        day = date::sys_days{*d};
        break;
      }
    }
  } else {
    date::year_month_day ymd{y, date::month{h.month}, date::day{h.day}};
    if (ymd.ok()) day = date::sys_days{ymd};
  }
  if (!day) return std::nullopt;
  const date::sys_days first = *day - date::days{h.span_before};
  date::sys_days last = *day + date::days{h.span_after};
  if (h.lunar && h.public_holiday && h.span_before + h.span_after > 0 && year >= kFirstSubstituteYear) {
    const auto& all = holidays();
    int owed = 0;
    for (date::sys_days d = first; d <= last; d += date::days{1}) owed += day_off(d, all);
    while (owed > 0) {
      last += date::days{1};
      if (!day_off(last, all)) --owed;
    }
  }
  return DayInterval::days(first, last);
}

bool trading_day(date::sys_days d) {
  const date::weekday wd{d};
  if (wd == date::Saturday || wd == date::Sunday) return false;
  const date::year y = date::year_month_day{d}.year();
  for (const auto& h : holidays()) {
    if (!h.public_holiday) continue;
    if (auto iv = holiday_interval(h, y); iv && iv->contains(DayInterval::day(d))) return false;
  }
  return true;
}

}  // namespace yp::time
