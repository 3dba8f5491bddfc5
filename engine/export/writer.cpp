// Writer factory, the shared helpers of engine/export (internal.hpp), the CSV writer (RFC 4180, optional
// BOM, formula guard), the TSV writer and the JSON Lines writer. Covered by tests/export/csv_test.cpp,
// tests/export/json_test.cpp and tests/export/spreadsheet_test.py (Python's csv module reads the files back).
#include "export/internal.hpp"

#include "store/merge.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>

namespace yp::exporter {

namespace detail {

event::EventId id_of(const event::Event& e) { return e.id != 0 ? e.id : store::compute_id(e); }

const event::Mention* first_mention(const event::Event& e) { return e.mentions.empty() ? nullptr : &e.mentions.front(); }

std::string iso_or_empty(const std::optional<date::sys_days>& d) { return d ? format_iso(*d) : std::string(); }

void put_csv_field(std::ostream& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << s;
    return;
  }
  out << '"';
  for (char c : s) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

void put_csv_record(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    put_csv_field(out, fields[i]);
  }
  out << "\r\n";
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace detail

namespace {

using detail::first_mention;
using detail::id_of;
using detail::iso_or_empty;
using event::Event;

// The CSV/TSV columns. `text` columns hold words from the articles and are guarded against formula
// injection; the others are generated (dates, enums, ids, counts) and written as they are.
struct Column {
  std::string_view name;
  bool text;
};
constexpr std::array<Column, 23> kColumns = {{
    {"start", false},   {"end", false},          {"grain", false},       {"type", false},
    {"actor", true},    {"participants", true},  {"location", true},     {"polarity", false},
    {"modality", false}, {"summary", true},      {"article", true},      {"id", false},
    {"mod", false},     {"fuzzy", false},        {"time_text", true},    {"time_source", false},
    {"trigger", true},  {"object", true},        {"amount", true},       {"mentions", false},
    {"title", true},    {"outlet", true},        {"sentence", true},
}};

std::vector<std::string> csv_cells(const Event& e, bool guard) {
  const event::Mention* m = first_mention(e);
  std::vector<std::string> cells = {
      iso_or_empty(e.when.first_day()),
      iso_or_empty(e.when.last_day()),
      std::string(time::to_string(e.grain)),
      std::string(event::to_string(e.type)),
      e.actor,
      join(e.participants, "; "),
      e.location,
      std::string(event::to_string(e.polarity)),
      std::string(event::to_string(e.modality)),
      e.summary,
      m ? m->article : std::string(),
      format_id(id_of(e)),
      std::string(time::to_string(e.mod)),
      e.fuzzy ? "true" : "false",
      e.time_text,
      std::string(event::to_string(e.time_source)),
      e.trigger,
      e.object,
      e.amount,
      std::to_string(e.mentions.size()),
      m ? m->title : std::string(),
      m ? m->outlet : std::string(),
      m ? m->sentence : std::string(),
  };
  if (guard)
    for (std::size_t i = 0; i < cells.size(); ++i)
      if (kColumns[i].text) cells[i] = guard_formula(cells[i]);
  return cells;
}

std::vector<std::string> header() {
  std::vector<std::string> out;
  for (const auto& c : kColumns) out.emplace_back(c.name);
  return out;
}

class CsvWriter : public Writer {
 public:
  explicit CsvWriter(const WriterOptions& o) : opt_(o) {}
  WriteSummary write(std::ostream& out, const std::vector<const Event*>& events) override {
    if (opt_.bom) out << detail::kBom;
    detail::put_csv_record(out, header());
    for (const Event* e : events) detail::put_csv_record(out, csv_cells(*e, opt_.formula_guard));
    return WriteSummary{events.size(), 0, ""};
  }

 private:
  WriterOptions opt_;
};

// Tab-separated values for pipelines (cut, awk, sort): a header line, LF line ends, and inside a field
// backslash, tab, LF and CR written as \\ \t \n \r, so that every record is one line.
void put_tsv_record(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out << '\t';
    for (char c : fields[i]) {
      switch (c) {
        case '\\': out << "\\\\"; break;
        case '\t': out << "\\t"; break;
        case '\n': out << "\\n"; break;
        case '\r': out << "\\r"; break;
        default: out << c;
      }
    }
  }
  out << '\n';
}

class TsvWriter : public Writer {
 public:
  explicit TsvWriter(const WriterOptions& o) : opt_(o) {}
  WriteSummary write(std::ostream& out, const std::vector<const Event*>& events) override {
    put_tsv_record(out, header());
    for (const Event* e : events) put_tsv_record(out, csv_cells(*e, opt_.formula_guard));
    return WriteSummary{events.size(), 0, ""};
  }

 private:
  WriterOptions opt_;
};

nlohmann::ordered_json iso_or_null(const std::optional<date::sys_days>& d) {
  if (!d) return nullptr;
  return format_iso(*d);
}

nlohmann::ordered_json event_json(const Event& e) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["id"] = format_id(id_of(e));
  j["type"] = event::to_string(e.type);
  j["actor"] = e.actor;
  j["actor_inferred"] = e.actor_inferred;
  j["affiliation"] = e.affiliation;
  j["role"] = e.role;
  j["participants"] = e.participants;
  j["location"] = e.location;
  j["object"] = e.object;
  j["amount"] = e.amount;
  j["trigger"] = e.trigger;
  j["start"] = iso_or_null(e.when.first_day());
  j["end"] = iso_or_null(e.when.last_day());
  j["grain"] = time::to_string(e.grain);
  j["mod"] = time::to_string(e.mod);
  j["fuzzy"] = e.fuzzy;
  j["timex"] = e.timex;
  j["time_text"] = e.time_text;
  j["time_source"] = event::to_string(e.time_source);
  j["polarity"] = event::to_string(e.polarity);
  j["modality"] = event::to_string(e.modality);
  j["reported"] = e.reported;
  j["summary"] = e.summary;
  if (e.mentions.empty()) {
    j["sentence"] = "";
    j["offset"] = nullptr;
    j["article"] = "";
    j["title"] = "";
    j["outlet"] = "";
  } else {
    const auto& m = e.mentions.front();
    j["sentence"] = m.sentence;
    j["offset"] = ordered_json::array({m.begin, m.end});
    j["article"] = m.article;
    j["title"] = m.title;
    j["outlet"] = m.outlet;
  }
  ordered_json mentions = ordered_json::array();
  for (const auto& m : e.mentions) {
    ordered_json jm;
    jm["article"] = m.article;
    jm["title"] = m.title;
    jm["outlet"] = m.outlet;
    jm["publication_date"] = m.publication_date.ok() ? ordered_json(format_iso(m.publication_date)) : ordered_json(nullptr);
    jm["offset"] = ordered_json::array({m.begin, m.end});
    jm["sentence"] = m.sentence;
    mentions.push_back(std::move(jm));
  }
  j["mentions"] = std::move(mentions);
  return j;
}

class JsonLinesWriter : public Writer {
 public:
  WriteSummary write(std::ostream& out, const std::vector<const Event*>& events) override {
    for (const Event* e : events) out << event_to_json_line(*e) << '\n';
    return WriteSummary{events.size(), 0, ""};
  }
};

}  // namespace

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string guard_formula(std::string_view cell) {
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos)
    return "'" + std::string(cell);
  return std::string(cell);
}

std::string format_id(event::EventId id) { return fmt::format("{:016x}", id); }

std::vector<std::string_view> csv_columns() {
  std::vector<std::string_view> out;
  for (const auto& c : kColumns) out.push_back(c.name);
  return out;
}

std::string event_to_json_line(const Event& e) {
  // Invalid UTF-8 in a field becomes U+FFFD rather than an exception.
  return event_json(e).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// Defined in the writers' own files.
std::unique_ptr<Writer> make_table_writer(const WriterOptions& o);           // table.cpp
std::unique_ptr<Writer> make_timelinejs_writer(const WriterOptions& o);      // timelinejs.cpp
std::unique_ptr<Writer> make_timelinejs_csv_writer(const WriterOptions& o);  // timelinejs.cpp
std::unique_ptr<Writer> make_html_writer(const WriterOptions& o);            // html.cpp
std::unique_ptr<Writer> make_ics_writer(const WriterOptions& o);             // ics.cpp

std::vector<std::string_view> writer_names() {
  return {"table", "csv", "tsv", "json", "jsonl", "timelinejs", "timelinejs-csv", "html", "ics"};
}

bool wants_bom_in_files(std::string_view format) { return format == "csv" || format == "timelinejs-csv"; }

Result<std::unique_ptr<Writer>> make_writer(std::string_view format, const WriterOptions& o) {
  std::unique_ptr<Writer> w;
  if (format == "table") w = make_table_writer(o);
  else if (format == "csv") w = std::make_unique<CsvWriter>(o);
  else if (format == "tsv") w = std::make_unique<TsvWriter>(o);
  else if (format == "json" || format == "jsonl") w = std::make_unique<JsonLinesWriter>();
  else if (format == "timelinejs") w = make_timelinejs_writer(o);
  else if (format == "timelinejs-csv") w = make_timelinejs_csv_writer(o);
  else if (format == "html") w = make_html_writer(o);
  else if (format == "ics") w = make_ics_writer(o);
  if (w) return w;
  std::vector<std::string> names;
  for (auto n : writer_names()) names.emplace_back(n);
  return Error{ErrorCode::BadArgument, fmt::format("unknown output format '{}'; choose one of: {}", format, join(names, ", ")),
               ""};
}

}  // namespace yp::exporter
