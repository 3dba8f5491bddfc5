// Articles as JSON Lines: one object per line, {"id", "date", "title", "body", ...} (what a crawler or a
// Spark/Hadoop job hands over; other fields are ignored). Parsing with nlohmann-json; the body is checked
// like a text article's (no NUL, not empty), its line ends become LF and it is normalised to NFC, so offsets
// refer to it exactly as for a text article. Covered by tests/text/jsonl_test.cpp and the fuzz target
// tests/fuzz/jsonl_fuzz.cpp; docs/input.md describes the format.
//
// Usage (the CLI reads the lines, bounded by --max-article-bytes, and hands each one over):
//   auto a = yp::text::parse_jsonl_article(line, "crawl.jsonl", 12, std::nullopt);   // Result<Article>
//   if (!a) report(a.error());   // "crawl.jsonl:12: invalid JSON: …", "…: no \"body\" field", BadDate …
#pragma once

#include "core/error.hpp"
#include "text/article.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace yp::text {

// The publication day of a "date" value, in Korea (KST, UTC+9, no daylight saving time):
//   "2025-10-24"                       -> that day
//   "2025-10-24T09:30[:00[.123]]"       -> that day (no offset: the time is taken as KST, as in a text header)
//   "2025-10-23T20:00:00Z", "…+00:00", "…-05:00", "…+0900"  -> converted to KST: 2025-10-24 for the first
// A space may stand for the T. nullopt for anything else, for an impossible day or time, and for a KST
// day outside the years 0001..9999.
std::optional<date::year_month_day> kst_date(std::string_view value);

// A value quoted for a one-line message: between single quotes, control characters escaped (\n, \t,
// \x1b …), cut to `max` bytes (at a UTF-8 boundary) with "…" after it. A message never spans two lines.
std::string quoted(std::string_view value, std::size_t max = 80);

// One line (without its '\n') of a JSON Lines input as an article. `file` and `line_no` name it in errors
// (Error::file, Error::line). The article's name is its "id" (a non-empty string, or an integer), else
// "file:line" (an id with a control character is refused). `override_date` (--pub-date) wins over the "date" field, as over a text header.
// Errors: BadArgument (not JSON, not an object, no "body" or a body that is not a string or is empty, a field
// of the wrong type), InvalidUtf8 (a NUL character), BadDate (a "date" that kst_date refuses), MissingDate
// (no "date" and no override).
Result<Article> parse_jsonl_article(std::string_view line, const std::string& file, std::size_t line_no,
                                    std::optional<date::year_month_day> override_date);

}  // namespace yp::text
