// `ingest --events`: pre-extracted events (the JSON Lines `extract --json` writes) read back into the
// store's input form, one store::ArticleInput per article, without re-extracting. Covered by
// tests/cli/pipeline_test.cpp (round trip: extract --json | ingest --events = ingest of the articles).
#pragma once

#include "common.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace yp::cli {

// The extra fields `extract --json` writes beyond the event schema of `export --format json`, so that its
// events can be stored as they are: "article_key" (the article's content identity, 16 hex digits) on each
// event and "trigger" (the trigger word as written) in each mention. Returns the line without '\n'.
std::string extract_json_line(const event::Event& e, std::uint64_t article_key);

// One line of `extract --json` output as an event (id 0: the store gives ids) and its article's key.
struct EventLine {
  event::Event event;
  std::uint64_t article_key = 0;
};
// Errors (BadArgument) name `file` and `line_no`: invalid JSON, a missing field or one of the wrong type or
// value ("\"grain\": 'weekly' is not one of …").
Result<EventLine> parse_event_line(std::string_view line, const std::string& file, std::size_t line_no);

// Reads event files ("-" = stdin), line by line (each line at most max_line_bytes, 0 = no limit), and
// groups consecutive lines of the same article (key and name) into one ArticleInput. Bad lines are reported
// naming file:line; an article whose lines are next to a bad line (before or after it) is refused whole —
// one line says so — since some of its events may be the bad line. Returns the good articles in input order.
struct EventFilesResult {
  std::vector<store::ArticleInput> articles;
  std::size_t bad_lines = 0;          // reported
  std::size_t refused_articles = 0;   // reported
  std::size_t unreadable_files = 0;   // reported
};
EventFilesResult read_event_files(const std::vector<std::string>& files, std::uintmax_t max_line_bytes);

}  // namespace yp::cli
