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

TEST_CASE("first_column lists a word table's first fields, views that outlive the call", "[data]") {
  auto words = yp::data::first_column("event/data/name_prefixes.tsv");
  REQUIRE(words.size() == 3);
  CHECK(words[0] == "전");
  CHECK(words[2] == "고");
  auto rows = yp::data::rows(*yp::data::lookup("event/data/stopwords.tsv"));
  auto stop = yp::data::first_column("event/data/stopwords.tsv");
  REQUIRE(stop.size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) CHECK(stop[i] == rows[i].fields[0]);
  CHECK(yp::data::first_column("no/such/table.tsv").empty());
}
