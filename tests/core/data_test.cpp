// Tests for engine/core/data.hpp: TSV row splitting and the embedded-table lookup.
#include "core/data.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

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

TEST_CASE("word_classes.tsv: class<TAB>word rows, each class one block, no word twice in a class", "[data]") {
  auto tsv = yp::data::lookup("event/data/word_classes.tsv");
  REQUIRE(tsv.has_value());
  std::vector<std::string_view> classes;  // in order of first appearance
  std::vector<std::pair<std::string_view, std::string_view>> seen;
  for (const auto& row : yp::data::rows(*tsv)) {
    REQUIRE(row.fields.size() == 2);
    CHECK_FALSE(row.fields[1].empty());
    if (classes.empty() || classes.back() != row.fields[0]) {
      CHECK(std::find(classes.begin(), classes.end(), row.fields[0]) == classes.end());
      classes.push_back(row.fields[0]);
    }
    const std::pair<std::string_view, std::string_view> entry{row.fields[0], row.fields[1]};
    CHECK(std::find(seen.begin(), seen.end(), entry) == seen.end());
    seen.push_back(entry);
  }
  CHECK(classes.size() == 19);
  CHECK(classes.front() == "determiner");
}
