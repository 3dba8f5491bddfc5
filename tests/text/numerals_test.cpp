// Tests for engine/text/numerals.hpp: Arabic, mixed units, Sino-Korean, native counters, boundaries.
#include "text/numerals.hpp"

#include <catch2/catch.hpp>

#include <string>

using yp::text::parse_number_at;

namespace {
// Value and the text consumed, or -1 when nothing parsed.
std::pair<long long, std::string> num(std::string_view s, std::size_t pos = 0) {
  auto n = parse_number_at(s, pos);
  if (!n) return {-1, ""};
  CHECK(n->begin == pos);
  return {n->value, std::string(s.substr(n->begin, n->end - n->begin))};
}
}  // namespace

TEST_CASE("Arabic numerals with commas", "[numerals]") {
  CHECK(num("2025년") == std::pair<long long, std::string>{2025, "2025"});
  CHECK(num("1,000명") == std::pair<long long, std::string>{1000, "1,000"});
  CHECK(num("12,345,678원") == std::pair<long long, std::string>{12345678, "12,345,678"});
  CHECK(num("1,2위") == std::pair<long long, std::string>{1, "1"});        // not a thousands group
  CHECK(num("1234,567") == std::pair<long long, std::string>{1234, "1234"});  // groups only after 1-3 digits
  CHECK(num("1.5배") == std::pair<long long, std::string>{1, "1"});        // no decimals
  CHECK(num("28일", 0).first == 28);
  auto n = parse_number_at("오는 28일", 7);
  REQUIRE(n);
  CHECK(n->value == 28);
  CHECK(n->end == 9);
  CHECK_FALSE(n->sino);
  CHECK_FALSE(n->native);
}

TEST_CASE("mixed digits and units", "[numerals]") {
  CHECK(num("1천700여 명") == std::pair<long long, std::string>{1700, "1천700"});
  CHECK(num("180억 달러") == std::pair<long long, std::string>{18'000'000'000, "180억"});
  CHECK(num("3만5천 명") == std::pair<long long, std::string>{35000, "3만5천"});
  CHECK(num("6,000억 원") == std::pair<long long, std::string>{600'000'000'000, "6,000억"});
  CHECK(num("2백만") == std::pair<long long, std::string>{2'000'000, "2백만"});
  CHECK(num("1조 2천억 원") == std::pair<long long, std::string>{1'200'000'000'000, "1조 2천억"});
  CHECK(num("1억 2000만") == std::pair<long long, std::string>{120'000'000, "1억 2000만"});
  CHECK(num("3만 명") == std::pair<long long, std::string>{30000, "3만"});  // space not crossed
  CHECK(num("10만 3000원") == std::pair<long long, std::string>{100000, "10만"});
  CHECK(num("3만5000원").first == 35000);
}

TEST_CASE("Sino-Korean numerals", "[numerals]") {
  auto n = parse_number_at("이천이십오년", 0);
  REQUIRE(n);
  CHECK(n->value == 2025);
  CHECK(n->sino);
  CHECK(num("이십사일") == std::pair<long long, std::string>{24, "이십사"});
  CHECK(num("십이월") == std::pair<long long, std::string>{12, "십이"});
  CHECK(num("삼십일일") == std::pair<long long, std::string>{31, "삼십일"});
  CHECK(num("십 년").first == 10);
  CHECK(num("삼만 명").first == 30000);
  CHECK(num("3이") == std::pair<long long, std::string>{3, "3"});  // never mixes with Arabic
}

TEST_CASE("native counters", "[numerals]") {
  auto n = parse_number_at("두 차례", 0);
  REQUIRE(n);
  CHECK(n->value == 2);
  CHECK(n->native);
  CHECK_FALSE(n->sino);
  CHECK(num("한 달") == std::pair<long long, std::string>{1, "한"});
  CHECK(num("세 곳").first == 3);
  CHECK(num("네 명").first == 4);
  CHECK(num("다섯 개").first == 5);
  CHECK(num("아홉 살").first == 9);
  CHECK(num("열 명").first == 10);
  CHECK(num("열두 달") == std::pair<long long, std::string>{12, "열두"});
  CHECK(num("스무 살") == std::pair<long long, std::string>{20, "스무"});
  CHECK(num("스물다섯 살") == std::pair<long long, std::string>{25, "스물다섯"});
  CHECK(num("일곱 번") == std::pair<long long, std::string>{7, "일곱"});  // native beats sino 일
  CHECK(num("서른세 살").first == 33);
  CHECK(num("하나").first == 1);
}

TEST_CASE("what is not a numeral", "[numerals]") {
  CHECK_FALSE(parse_number_at("", 0));
  CHECK_FALSE(parse_number_at("abc", 0));
  CHECK_FALSE(parse_number_at("만나다", 0));  // a big unit never starts a numeral
  CHECK_FALSE(parse_number_at("억울하다", 0));
  CHECK_FALSE(parse_number_at("서울", 0));
  CHECK_FALSE(parse_number_at("너무", 0));
  CHECK_FALSE(parse_number_at("가을", 0));
  CHECK_FALSE(parse_number_at(",000", 0));
  CHECK_FALSE(parse_number_at("12", 5));  // past the end
  // Documented boundary: words starting with a numeral syllable parse; callers check what follows.
  CHECK(num("오는") == std::pair<long long, std::string>{5, "오"});
  CHECK(num("한국") == std::pair<long long, std::string>{1, "한"});
}

TEST_CASE("Sino-Korean month names", "[numerals]") {
  CHECK(yp::text::sino_month("일월") == 1);
  CHECK(yp::text::sino_month("유월") == 6);
  CHECK(yp::text::sino_month("육월") == 6);
  CHECK(yp::text::sino_month("시월") == 10);
  CHECK(yp::text::sino_month("십일월") == 11);
  CHECK(yp::text::sino_month("십이월") == 12);
  CHECK(yp::text::sino_month("십삼월") == 0);
  CHECK(yp::text::sino_month("월") == 0);
  CHECK(yp::text::sino_month("") == 0);
  CHECK(yp::text::sino_month("일월에") == 0);  // whole words only
  CHECK(yp::text::sino_month("10월") == 0);
}

TEST_CASE("a numeral too large for 64 bits ends before the unit that would overflow it", "[numerals]") {
  // found by the normalize fuzz target (tests/fuzz-regressions/normalize/numeral-overflow-cheon-gyeong):
  // 천경 = 10^19 overflowed int64 (undefined behaviour)
  CHECK(num("천경") == std::pair<long long, std::string>{1000, "천"});
  CHECK(num("구천경") == std::pair<long long, std::string>{9000, "구천"});
  CHECK(num("900경 원") == std::pair<long long, std::string>{9'000'000'000'000'000'000, "900경"});
  CHECK(num("1000경") == std::pair<long long, std::string>{1000, "1000"});
  CHECK(num("999999999999999999천") == std::pair<long long, std::string>{999'999'999'999'999'999, "999999999999999999"});
  CHECK(num("9경 9경").first == 90'000'000'000'000'000);
  // comma groups stop before the one that would overflow (10^17 * 1000 did)
  CHECK(num("100,000,000,000,000,000,000원") ==
        std::pair<long long, std::string>{100'000'000'000'000'000, "100,000,000,000,000,000"});
}
