// Data tables (engine/*/data/*.tsv) embedded at build time by cmake/EmbedData.cmake.
// Covered by tests/core/data_test.cpp.
//
// Usage: auto tsv = yp::data::lookup("time/data/weekdays.tsv");  // path relative to engine/
//        for (auto& row : yp::data::rows(*tsv)) ...                 // '#' lines and blanks skipped
//        auto words = yp::data::first_column("event/data/stopwords.tsv");  // a word list
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace yp::data {

// The bytes of an embedded table, or nullopt if no such file was embedded.
std::optional<std::string_view> lookup(std::string_view name);
// Names of all embedded tables.
std::vector<std::string_view> names();

// A parsed TSV row: fields split on '\t'; line is 1-based in the file.
struct Row {
  std::size_t line = 0;
  std::vector<std::string_view> fields;
};
// Splits a TSV text into rows, skipping blank lines and lines starting with '#'.
std::vector<Row> rows(std::string_view tsv);
// The first field of every row of the embedded table `name` (a word list), as views into the embedded bytes
// (they live as long as the program); empty if no such table was embedded.
std::vector<std::string_view> first_column(std::string_view name);

}  // namespace yp::data
