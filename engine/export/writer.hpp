// Timeline writers behind one interface: table (terminal), csv (RFC 4180, UTF-8), jsonl (one object
// per line). Dates shown are inclusive ISO days. Covered by tests/export/*.cpp.
//
// Usage:
//   auto w = yp::exporter::make_writer("csv");   // Result<std::unique_ptr<Writer>>
//   w.value()->write(std::cout, events);
#pragma once

#include "core/error.hpp"
#include "event/event.hpp"

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace yp::exporter {

class Writer {
 public:
  virtual ~Writer() = default;
  virtual void write(std::ostream& out, const std::vector<const event::Event*>& events) = 0;
};

// "table", "csv", "json" / "jsonl" (JSON Lines). Unknown name -> BadArgument listing the choices.
Result<std::unique_ptr<Writer>> make_writer(std::string_view format);
// The formats make_writer accepts.
std::vector<std::string_view> writer_names();

// Event JSON object (the schema documented in docs/formats.md), used by jsonl and `extract --json`.
// One line, no trailing newline. An event whose id is 0 gets store::compute_id(e).
std::string event_to_json_line(const event::Event& e);

// The CSV column names, in order (docs/formats.md).
std::vector<std::string_view> csv_columns();

// "00c0ffee12345678": an event id as 16 lowercase hex digits.
std::string format_id(event::EventId id);

// Human rendering of an event's time for the table: "2025-10-01", "2025-10-28 ~ 2025-10-31",
// "2025-10 초 (10-01~10-10)", "2025-09", "2025 여름 (06-01~08-31)", "~ 2025-10-24", "2025-10-01 ~".
// A fuzzy period is never shown as a bare precise day. Dates are inclusive.
std::string when_text(const event::Event& e);

// Terminal columns taken by UTF-8 text (East Asian width: Hangul and CJK take 2; utf8proc_charwidth).
std::size_t display_width(std::string_view utf8);
// Joins parts with sep ("a; b").
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// `utf8` cut to at most `width` columns, ending in "…" when something was cut.
std::string truncate_to_width(std::string_view utf8, std::size_t width);

}  // namespace yp::exporter
