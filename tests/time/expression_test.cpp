// Tests for engine/time/expression.hpp: the string forms of ExprType, Grain, Mod, AnchorKind and their round trip.
#include "time/expression.hpp"

#include <catch2/catch.hpp>

using namespace yp::time;

TEST_CASE("enum strings follow the corpus conventions", "[expression]") {
  CHECK(to_string(ExprType::Date) == "date");
  CHECK(to_string(ExprType::Range) == "range");
  CHECK(to_string(ExprType::Duration) == "duration");
  CHECK(to_string(ExprType::Set) == "set");
  CHECK(to_string(ExprType::Time) == "time");
  CHECK(to_string(ExprType::Vague) == "vague");
  CHECK(to_string(Grain::MonthPart) == "month-part");
  CHECK(to_string(Grain::Decade) == "decade");
  CHECK(to_string(Grain::Century) == "century");
  CHECK(grain_from_string("century") == Grain::Century);
  CHECK(to_string(Mod::None).empty());
  CHECK(to_string(Mod::OnOrBefore) == "ON_OR_BEFORE");
  CHECK(to_string(Mod::Less) == "LESS_THAN");
  CHECK(to_string(Mod::More) == "MORE_THAN");
  CHECK(to_string(AnchorKind::Expression) == "expression");
}

TEST_CASE("grain_from_string round-trips every grain and rejects others", "[expression]") {
  for (int g = static_cast<int>(Grain::Minute); g <= static_cast<int>(Grain::Vague); ++g) {
    auto grain = static_cast<Grain>(g);
    auto back = grain_from_string(to_string(grain));
    REQUIRE(back.has_value());
    CHECK(*back == grain);
  }
  CHECK_FALSE(grain_from_string("fortnight").has_value());
  CHECK_FALSE(grain_from_string("").has_value());
  CHECK_FALSE(grain_from_string("Day").has_value());
}
