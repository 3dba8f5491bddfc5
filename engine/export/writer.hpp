// Timeline writers behind one interface: table (terminal), csv and tsv (spreadsheets), json/jsonl (one
// object per line), timelinejs and timelinejs-csv (Knight Lab's TimelineJS3), html (one self-contained
// page) and ics (iCalendar, RFC 5545). Dates shown are inclusive ISO days; a fuzzy period is never shown
// as a precise day. Covered by tests/export/*.cpp (and tests/export/*.py for the html and ics files).
//
// Usage:
//   yp::exporter::WriterOptions o;  o.bom = true;          // e.g. a CSV file for Excel
//   auto w = yp::exporter::make_writer("csv", o);         // Result<std::unique_ptr<Writer>>
//   auto summary = w.value()->write(std::cout, events);   // summary.left_out: events a format cannot place
#pragma once

#include "core/error.hpp"
#include "event/event.hpp"

#include <chrono>
#include <cstdint>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace yp::exporter {

// What a writer may be told. Every field has the default a pipeline wants; the CLI sets the rest
// (a BOM for a CSV file, the terminal's width and colours for a table).
struct WriterOptions {
  bool bom = false;            // csv, timelinejs-csv: begin with a UTF-8 byte-order mark (Excel)
  bool formula_guard = true;   // csv, tsv, timelinejs-csv: a text cell beginning with = + - @ TAB CR gets a leading '
  std::string title = "연표";  // timelinejs title slide, html <title> and heading, ics calendar name
  std::size_t width = 0;       // table: terminal columns to fit (0: no limit, the classic column caps)
  bool color = false;          // table: ANSI colours
};

// What a write did: events written, and events the format cannot place (an iCalendar event needs a
// first and a last day; TimelineJS needs at least one day), with the reason.
struct WriteSummary {
  std::size_t written = 0;
  std::size_t left_out = 0;
  std::string why_left_out;  // "" when nothing was left out
};

class Writer {
 public:
  virtual ~Writer() = default;
  virtual WriteSummary write(std::ostream& out, const std::vector<const event::Event*>& events) = 0;
};

// One of writer_names(). Unknown name -> BadArgument listing the choices.
Result<std::unique_ptr<Writer>> make_writer(std::string_view format, const WriterOptions& options = {});
// The formats make_writer accepts: table, csv, tsv, json, jsonl, timelinejs, timelinejs-csv, html, ics.
std::vector<std::string_view> writer_names();
// The formats whose file default is a BOM (csv, timelinejs-csv).
bool wants_bom_in_files(std::string_view format);

// Event JSON object (the schema documented in docs/formats.md), used by jsonl and `extract --json`.
// One line, no trailing newline. An event whose id is 0 gets store::compute_id(e).
std::string event_to_json_line(const event::Event& e);
// The line of `yeonpyo extract --json`, appended to `out` without a newline: event_to_json_line's object with
// "trigger" (the trigger word as written) as the last key of each mention and "article_key" (the article's
// content key, 16 hex digits) as its last key, what `ingest --events` needs to store the events as they are.
void append_extract_json_line(std::string& out, const event::Event& e, std::uint64_t article_key);

// A temporal expression as the one-line JSON object of `yeonpyo normalize --json` (text, offset, type, timex,
// start, end, grain, mod, anchor, anchor_offset when anchored to an expression, fuzzy, confidence, time when it has
// a time of day, duration when it has one), appended to `out` without a newline; written straight into the
// buffer like event_to_json_line.
void append_time_expr_json(std::string& out, const time::TimeExpr& e);
// "09:30": minutes after midnight as HH:MM (hours modulo 24).
std::string format_hhmm(std::chrono::minutes m);

// The CSV (and TSV) column names, in order (docs/formats.md).
std::vector<std::string_view> csv_columns();
// The columns of TimelineJS's spreadsheet template, in order.
std::vector<std::string_view> timelinejs_csv_columns();

// "00c0ffee12345678": an event id as 16 lowercase hex digits.
std::string format_id(event::EventId id);

// Human rendering of an event's time for the table: "2025-10-01", "2025-10-28 ~ 2025-10-31",
// "2025-10 초 (10-01~10-10)", "2025-09", "2025 여름 (06-01~08-31)", "~ 2025-10-24", "2025-10-01 ~".
// A fuzzy period is never shown as a bare precise day. Dates are inclusive.
std::string when_text(const event::Event& e);
// The same in Korean prose, for TimelineJS's display_date and the web page: "2025년 10월 24일",
// "2025년 10월 초", "2025년 10월 28일 ~ 31일", "2025년 여름", "2025년 상반기", "2025년 10월 1일경",
// "2027년 1월 1일 이후", "2025년 10월 24일까지", "시점 미상".
std::string korean_when(const event::Event& e);
// The marks of the table: "✗" negative, "(예정)" planned, "(가정)" hypothetical, "(전언)" reported.
std::string marks_of(const event::Event& e);
// Where an event was first reported, for a reader: "outlet 「title」", else the article name.
std::string source_of(const event::Event& e);

// Terminal columns taken by UTF-8 text (East Asian width: Hangul and CJK take 2; utf8proc_charwidth).
std::size_t display_width(std::string_view utf8);
// Joins parts with sep ("a; b").
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// `utf8` cut to at most `width` columns, ending in "…" when something was cut.
std::string truncate_to_width(std::string_view utf8, std::size_t width);
// A spreadsheet text cell made safe (OWASP CSV injection): a cell beginning with = + - @ TAB or CR gets a
// leading apostrophe, so that Excel and LibreOffice show it as text instead of evaluating it.
std::string guard_formula(std::string_view cell);

}  // namespace yp::exporter
