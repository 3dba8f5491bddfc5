// Writer factory, the CSV writer (RFC 4180) and the JSON Lines writer. Covered by
// tests/export/csv_test.cpp and tests/export/json_test.cpp.
#include "export/writer.hpp"

#include "store/merge.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>

namespace yp::exporter {

namespace {

using event::Event;

std::string iso_or_empty(const std::optional<date::sys_days>& d) { return d ? format_iso(*d) : std::string(); }

event::EventId id_of(const Event& e) { return e.id != 0 ? e.id : store::compute_id(e); }

// RFC 4180: a field containing a comma, a double quote, CR or LF is enclosed in double quotes,
// and each double quote inside it is doubled.
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

constexpr std::array<std::string_view, 20> kCsvColumns = {
    "start", "end",  "grain", "type",      "actor",       "participants", "location", "polarity", "modality", "summary",
    "article", "id", "mod",   "fuzzy",     "time_text",   "time_source",  "trigger",  "object",   "amount",   "mentions",
};

class CsvWriter : public Writer {
 public:
  void write(std::ostream& out, const std::vector<const Event*>& events) override {
    auto row = [&](const std::vector<std::string>& fields) {
      for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out << ',';
        put_csv_field(out, fields[i]);
      }
      out << "\r\n";
    };
    row(std::vector<std::string>(kCsvColumns.begin(), kCsvColumns.end()));
    for (const Event* e : events) {
      row({
          iso_or_empty(e->when.first_day()),
          iso_or_empty(e->when.last_day()),
          std::string(time::to_string(e->grain)),
          std::string(event::to_string(e->type)),
          e->actor,
          join(e->participants, "; "),
          e->location,
          std::string(event::to_string(e->polarity)),
          std::string(event::to_string(e->modality)),
          e->summary,
          e->mentions.empty() ? std::string() : e->mentions.front().article,
          format_id(id_of(*e)),
          std::string(time::to_string(e->mod)),
          e->fuzzy ? "true" : "false",
          e->time_text,
          std::string(event::to_string(e->time_source)),
          e->trigger,
          e->object,
          e->amount,
          std::to_string(e->mentions.size()),
      });
    }
  }
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
  } else {
    const auto& m = e.mentions.front();
    j["sentence"] = m.sentence;
    j["offset"] = ordered_json::array({m.begin, m.end});
    j["article"] = m.article;
  }
  ordered_json mentions = ordered_json::array();
  for (const auto& m : e.mentions) {
    ordered_json jm;
    jm["article"] = m.article;
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
  void write(std::ostream& out, const std::vector<const Event*>& events) override {
    for (const Event* e : events) out << event_to_json_line(*e) << '\n';
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

std::string format_id(event::EventId id) { return fmt::format("{:016x}", id); }

std::vector<std::string_view> csv_columns() { return {kCsvColumns.begin(), kCsvColumns.end()}; }

std::string event_to_json_line(const Event& e) {
  // Invalid UTF-8 in a field becomes U+FFFD rather than an exception.
  return event_json(e).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::unique_ptr<Writer> make_table_writer();  // table.cpp

std::vector<std::string_view> writer_names() { return {"table", "csv", "json", "jsonl"}; }

Result<std::unique_ptr<Writer>> make_writer(std::string_view format) {
  if (format == "csv") return std::unique_ptr<Writer>(std::make_unique<CsvWriter>());
  if (format == "json" || format == "jsonl") return std::unique_ptr<Writer>(std::make_unique<JsonLinesWriter>());
  if (format == "table") return make_table_writer();
  return Error{ErrorCode::BadArgument,
               fmt::format("unknown output format '{}'; choose one of: table, csv, json, jsonl", format), ""};
}

}  // namespace yp::exporter
