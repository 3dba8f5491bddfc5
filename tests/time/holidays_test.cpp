// Tests for engine/time/holidays.hpp: the table, name matching, and holiday dates in 2025 and 2026.
#include "time/holidays.hpp"

#include "core/data.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace date::literals;
using yp::time::find_holiday;
using yp::time::holiday_interval;

namespace {
std::string when(std::string_view name, int year) {
  auto h = find_holiday(name);
  if (!h) return "no holiday";
  auto iv = holiday_interval(*h, date::year{year});
  if (!iv) return "no date";
  std::string out = yp::format_iso(*iv->first_day());
  if (iv->length_days() > 1) out += ".." + yp::format_iso(*iv->last_day());
  return out;
}
}  // namespace

TEST_CASE("every table row parses", "[holidays]") {
  auto tsv = yp::data::lookup("time/data/holidays.tsv");
  REQUIRE(tsv);
  CHECK(yp::time::holidays().size() == yp::data::rows(*tsv).size());
  CHECK(yp::time::holidays().size() >= 20);
}

TEST_CASE("lunar holidays in 2025 and 2026", "[holidays]") {
  CHECK(when("설날", 2025) == "2025-01-29");
  CHECK(when("설", 2025) == "2025-01-29");
  CHECK(when("구정", 2026) == "2026-02-17");
  CHECK(when("설날", 2026) == "2026-02-17");
  CHECK(when("설 연휴", 2025) == "2025-01-28..2025-01-30");
  CHECK(when("설연휴", 2026) == "2026-02-16..2026-02-18");
  CHECK(when("추석", 2025) == "2025-10-06");
  CHECK(when("한가위", 2026) == "2026-09-25");
  CHECK(when("추석 연휴", 2025) == "2025-10-05..2025-10-08");  // 10-5 is a Sunday: 10-8 is its substitute
  CHECK(when("추석연휴", 2026) == "2026-09-24..2026-09-26");
  CHECK(when("부처님오신날", 2025) == "2025-05-05");
  CHECK(when("석가탄신일", 2026) == "2026-05-24");
  CHECK(when("부처님 오신 날", 2024) == "2024-05-15");
  CHECK(when("정월대보름", 2025) == "2025-02-12");
  CHECK(when("대보름", 2026) == "2026-03-03");
  CHECK(when("단오", 2025) == "2025-05-31");
  CHECK(when("칠석", 2025) == "2025-08-29");
  CHECK(when("동지", 2025) == "2025-12-22");
  CHECK(when("동지", 2026) == "2026-12-22");
  CHECK(when("설 명절 연휴", 2025) == "2025-01-28..2025-01-30");
  CHECK(when("정월 초하루", 2026) == "2026-02-17");
}

TEST_CASE("a 설 or 추석 연휴 that takes in a Sunday or a public holiday runs on by substitute days", "[holidays]") {
  // must: a Sunday inside (2024 설, 2020 설, 2022 추석, 2014 추석: the first year), 개천절 inside (2017 추석)
  CHECK(when("설 연휴", 2024) == "2024-02-09..2024-02-12");
  CHECK(when("설 연휴", 2020) == "2020-01-24..2020-01-27");
  CHECK(when("추석 연휴", 2022) == "2022-09-09..2022-09-12");
  CHECK(when("추석 연휴", 2014) == "2014-09-07..2014-09-10");
  CHECK(when("추석 연휴", 2017) == "2017-10-03..2017-10-06");
  // must not: a Saturday is no reason (2023 추석), nor a Sunday before the law (2012 설), nor the day proper
  CHECK(when("추석 연휴", 2023) == "2023-09-28..2023-09-30");
  CHECK(when("설 연휴", 2012) == "2012-01-22..2012-01-24");
  CHECK(when("설날", 2024) == "2024-02-10");
}

TEST_CASE("solar terms (절기) in Korean time", "[holidays]") {
  CHECK(when("입춘", 2025) == "2025-02-03");
  CHECK(when("입춘", 2026) == "2026-02-04");
  CHECK(when("춘분", 2025) == "2025-03-20");
  CHECK(when("입추", 2025) == "2025-08-07");
  CHECK(when("추분", 2025) == "2025-09-23");
  CHECK(when("소한", 2026) == "2026-01-05");
  CHECK_FALSE(find_holiday("하지만"));    // 하지 is left out of the table on purpose
  CHECK_FALSE(find_holiday("대한민국"));  // and so is 대한
}

TEST_CASE("solar holidays", "[holidays]") {
  CHECK(when("신정", 2025) == "2025-01-01");
  CHECK(when("새해 첫날", 2026) == "2026-01-01");
  CHECK(when("삼일절", 2025) == "2025-03-01");
  CHECK(when("3·1절", 2026) == "2026-03-01");
  CHECK(when("어린이날", 2025) == "2025-05-05");
  CHECK(when("근로자의 날", 2025) == "2025-05-01");
  CHECK(when("식목일", 2025) == "2025-04-05");
  CHECK(when("현충일", 2025) == "2025-06-06");
  CHECK(when("제헌절", 2026) == "2026-07-17");
  CHECK(when("광복절", 2025) == "2025-08-15");
  CHECK(when("개천절", 2025) == "2025-10-03");
  CHECK(when("한글날", 2025) == "2025-10-09");
  CHECK(when("성탄절", 2025) == "2025-12-25");
  CHECK(when("크리스마스", 2026) == "2026-12-25");
  CHECK(when("크리스마스 이브", 2026) == "2026-12-24");
}

TEST_CASE("find_holiday matches the longest name at the start", "[holidays]") {
  std::size_t len = 0;
  auto h = find_holiday("추석 연휴에는 귀성객이 몰렸다", &len);
  REQUIRE(h);
  CHECK(h->name == "추석 연휴");
  CHECK(h->span_before == 1);
  CHECK(h->span_after == 1);
  CHECK(len == std::string("추석 연휴").size());

  h = find_holiday("추석에 만나자", &len);
  REQUIRE(h);
  CHECK(h->name == "추석");
  CHECK(h->lunar);
  CHECK(h->month == 8);
  CHECK(h->day == 15);
  CHECK(len == std::string("추석").size());

  h = find_holiday("설날을 앞두고", &len);
  REQUIRE(h);
  CHECK(h->name == "설날");
  CHECK(len == std::string("설날").size());

  h = find_holiday("부처님오신날 연등", &len);
  REQUIRE(h);
  CHECK(h->name == "부처님오신날");

  h = find_holiday("한가위 연휴 기간", &len);
  REQUIRE(h);
  CHECK(h->name == "추석 연휴");
  CHECK(len == std::string("한가위 연휴").size());
  // Aliases are reported under the canonical name.
  h = find_holiday("석탄일", &len);
  REQUIRE(h);
  CHECK(h->name == "부처님오신날");
  CHECK(h->aliases.size() >= 3);
}

TEST_CASE("what is not a holiday", "[holidays]") {
  std::size_t len = 99;
  CHECK_FALSE(find_holiday("", &len));
  CHECK(len == 0);
  CHECK_FALSE(find_holiday("오픈AI는 24일 밝혔다"));
  CHECK_FALSE(find_holiday(" 추석"));  // must start exactly at the text
  CHECK_FALSE(find_holiday("추"));     // a partial name
  CHECK_FALSE(find_holiday("성"));
  // Pure prefix match: "설립" begins with the alias "설"; callers check what follows.
  auto h = find_holiday("설립했다", &len);
  REQUIRE(h);
  CHECK(len == std::string("설").size());
}

TEST_CASE("holiday dates outside the table's range or nonexistent", "[holidays]") {
  auto seollal = find_holiday("설날");
  REQUIRE(seollal);
  CHECK_FALSE(holiday_interval(*seollal, 1899_y));
  CHECK_FALSE(holiday_interval(*seollal, 2101_y));
  CHECK(holiday_interval(*seollal, 1900_y));
  CHECK(holiday_interval(*seollal, 2100_y));
  auto dongji = find_holiday("동지");
  REQUIRE(dongji);
  CHECK_FALSE(holiday_interval(*dongji, 1800_y));
  // A solar holiday exists in every year.
  auto xmas = find_holiday("성탄절");
  REQUIRE(xmas);
  auto iv = holiday_interval(*xmas, 1850_y);
  REQUIRE(iv);
  CHECK(iv->length_days() == 1);
  // A hand-made Feb 29 holiday exists only in leap years.
  yp::time::Holiday leap_day{"윤일", {}, false, 2, 29, 0, 0, -1};
  CHECK(holiday_interval(leap_day, 2024_y));
  CHECK_FALSE(holiday_interval(leap_day, 2025_y));
}

TEST_CASE("trading days: weekdays that are no public holiday", "[holidays]") {
  using yp::time::trading_day;
  using date::sys_days;
  using date::September, date::August, date::February, date::May;
  CHECK(trading_day(sys_days{2024_y / September / 13}));    // Friday
  CHECK_FALSE(trading_day(sys_days{2024_y / September / 14}));  // Saturday
  CHECK_FALSE(trading_day(sys_days{2024_y / September / 16}));  // 추석 연휴 (16–18)
  CHECK_FALSE(trading_day(sys_days{2024_y / September / 18}));
  CHECK(trading_day(sys_days{2024_y / September / 19}));
  CHECK_FALSE(trading_day(sys_days{2023_y / August / 15}));     // 광복절, a Tuesday
  CHECK_FALSE(trading_day(sys_days{2024_y / February / 12}));   // the substitute day of 설 연휴 2024
  CHECK(trading_day(sys_days{2024_y / May / 1}));                // 근로자의 날 is no public holiday of the table
}
