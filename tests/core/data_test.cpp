// Tests for engine/core/data.hpp: TSV row splitting and the embedded-table lookup.
#include "core/data.hpp"

#include <catch2/catch.hpp>

TEST_CASE("rows skips comments and blanks, keeps line numbers", "[data]") {
  auto rows = yp::data::rows("# header\n\na\tb\tc\r\n# x\nd\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].line == 3);
  REQUIRE(rows[0].fields.size() == 3);
  CHECK(rows[0].fields[2] == "c");
  CHECK(rows[1].line == 5);
  CHECK(rows[1].fields.size() == 1);
}

TEST_CASE("unknown embedded table is nullopt", "[data]") {
  CHECK_FALSE(yp::data::lookup("no/such/table.tsv").has_value());
  for (auto n : yp::data::names()) CHECK(yp::data::lookup(n).has_value());
}
