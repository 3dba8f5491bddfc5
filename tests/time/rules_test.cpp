// Tests for engine/time/rules.hpp: which rule matches and the unresolved shape it yields.
#include "time/rules.hpp"
#include "time/scanner.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace yp::time;
using rules::Shape;

namespace {
std::vector<rules::Parse> parse(const std::string& s) { return rules::parse_all(scan::scan(s), s); }
}  // namespace

TEST_CASE("points keep their fields unresolved", "[rules]") {
  auto p = parse("지난 23일");
  REQUIRE(p.size() == 1);
  CHECK(p[0].shape == Shape::Point);
  CHECK(p[0].p1.has_rel);
  CHECK(p[0].p1.rel == lex::kRelPast);
  CHECK(p[0].p1.day == 23u);
  CHECK_FALSE(p[0].p1.month.has_value());

  p = parse("2025년 10월 초");
  REQUIRE(p.size() == 1);
  CHECK(p[0].p1.year == 2025);
  CHECK(p[0].p1.month == 10u);
  CHECK(p[0].p1.part == lex::kPartStart);
}

TEST_CASE("ranges, open ranges, durations, windows", "[rules]") {
  auto p = parse("28일부터 31일까지");
  REQUIRE(p.size() == 1);
  CHECK(p[0].shape == Shape::Range);
  CHECK(p[0].p1.day == 28u);
  CHECK(p[0].p2.day == 31u);
  CHECK(p[0].begin == 0);

  CHECK(parse("2027년 이후")[0].shape == Shape::After);
  CHECK(parse("3월 이전")[0].shape == Shape::Before);
  CHECK(parse("지난해부터")[0].shape == Shape::From);
  CHECK(parse("올 들어")[0].shape == Shape::Into);
  CHECK(parse("연내")[0].shape == Shape::Within);

  p = parse("지난 3년간");
  REQUIRE(p.size() == 1);
  CHECK(p[0].shape == Shape::Window);
  CHECK(p[0].count == 3);
  CHECK(p[0].direction == -1);
  CHECK(parse("3일 전")[0].shape == Shape::Offset);
  CHECK(parse("2주 동안")[0].shape == Shape::Duration);
  CHECK(parse("취임 이후")[0].shape == Shape::Vague);
  CHECK(parse("매주 월요일")[0].shape == Shape::Set);
}

TEST_CASE("rules reject what only looks like a date", "[rules]") {
  CHECK(parse("3일 연속").empty());
  CHECK(parse("1일 평균").empty());
  CHECK(parse("3월호").empty());
  CHECK(parse("말했다").empty());
  CHECK(parse("올리다").empty());
  CHECK(parse("경주에서").empty());
  CHECK(parse("2분기 연속").empty());
  CHECK(parse("제3일").empty());
  CHECK(parse("1월 1일생이다").empty());  // a birthday written as one word
  // 지난 23일 is a day, not a window of 23 days.
  auto p = parse("지난 23일");
  REQUIRE(p.size() == 1);
  CHECK(p[0].shape == Shape::Point);
}

TEST_CASE("words that are also other words follow the ambiguity table", "[rules]") {
  CHECK(parse("전주 비빔밥 축제").empty());       // the city of Jeonju
  CHECK(parse("전주 대비 3% 올랐다").size() == 1);  // the previous week
  CHECK(parse("그는 금주를 선언했다").empty());     // abstinence
  CHECK(parse("금주 증시는 약세").size() == 1);      // this week
  CHECK(parse("중소기업이 설 자리를 잃었다").empty());  // 설 = 서다
  CHECK(parse("연중 최고치").empty());
  CHECK(parse("이 문제는 어제오늘의 일이 아니다")[0].shape == Shape::Vague);
}
