// Writer factory, the shared helpers of engine/export (internal.hpp), the CSV writer (RFC 4180, optional
// BOM, formula guard), the TSV writer and the JSON Lines writer. Covered by tests/export/csv_test.cpp,
// tests/export/json_test.cpp and tests/export/spreadsheet_test.py (Python's csv module reads the files back).
#include "export/internal.hpp"

#include "store/merge.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>

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

namespace {
// A byte that JSON must escape (", \\, or a control byte below 0x20) as nlohmann writes it: \" \\ \b \f \n \r \t,
// the rest as \u00xx in lower case.
void put_json_escape(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
  }
}
}  // namespace

// The JSON line written straight into a buffer, byte for byte what event_json(e).dump(-1, ' ', false, replace)
// gives (key order, no spaces, nlohmann's escapes: \" \\ \b \f \n \r \t, other control bytes as \u00xx in
// lower case, everything else as it is). A string that is not valid UTF-8 goes through nlohmann itself, which
// replaces the bad bytes with U+FFFD. tests/export/writer_test.cpp compares the two on awkward events.
void put_json_string(std::string& out, std::string_view s) {
  // One pass: escapes as nlohmann writes them, and the UTF-8 check of text::is_valid_utf8 (the same rules, in
  // the same order); at the first invalid sequence what was written is dropped and nlohmann replaces the bad bytes.
  const std::size_t start = out.size();
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t run = 0;  // start of the bytes not yet copied; 0 until the first escape
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = b[i];
    if (c < 0x80) {
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      if (run == 0) out += '"';  // (the opening quote, once something is escaped)
      out.append(s.data() + run, i - run);
      run = ++i;
      put_json_escape(out, c);
      continue;
    }
    const std::size_t len = text::utf8_sequence_length(b, i, n);
    const bool ok = len != 0;
    if (!ok) {
      out.resize(start);
      out += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
      return;
    }
    i += len;
  }
  if (run == 0) {  // nothing escaped (nearly every string): the quotes and the bytes at once
    out.append(n + 2, '"');
    s.copy(out.data() + start + 1, n);
    return;
  }
  out.append(s.data() + run, n - run);
  out += '"';
}

// The two-pass writer put_json_string replaced (is_valid_utf8, then the escapes): kept as the reference of
// tests/export/json_test.cpp.
void put_json_string_two_pass(std::string& out, std::string_view s) {
  if (!text::is_valid_utf8(s)) {
    out += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    put_json_escape(out, c);
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void put_json_unsigned(std::string& out, std::size_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void put_json_date(std::string& out, const std::optional<date::sys_days>& d) {
  if (d) put_json_string(out, format_iso(*d));
  else out += "null";
}

// One key and its value: `first` is false for every key after the first. A key is a literal (plain ASCII): its
// opening, quotes and colon are put around it in a buffer of its size and appended at once, not in three appends.
struct JsonObject {
  std::string& out;
  bool first = true;
  template <std::size_t N>
  std::string& key(const char (&k)[N]) {
    char buf[N + 3];  // {"k": or ,"k": (N counts the literal's terminating NUL)
    buf[0] = first ? '{' : ',';
    buf[1] = '"';
    std::memcpy(buf + 2, k, N - 1);
    buf[N + 1] = '"';
    buf[N + 2] = ':';
    out.append(buf, N + 3);
    first = false;
    return out;
  }
  template <std::size_t N>
  void str(const char (&k)[N], std::string_view v) {
    put_json_string(key(k), v);
  }
  template <std::size_t N>
  void boolean(const char (&k)[N], bool v) {
    key(k) += v ? "true" : "false";
  }
  void close() { out += first ? "{}" : "}"; }
};

// The event's JSON object appended to `out`. With `article_key`, the line of `yeonpyo extract --json`: each
// mention also gets "trigger" (its last key) and the object ends with "article_key" (16 hex digits).
void append_event_json(std::string& out, const Event& e, const std::uint64_t* article_key = nullptr) {
  JsonObject j{out};
  j.str("id", format_id(id_of(e)));
  j.str("type", event::to_string(e.type));
  j.str("actor", e.actor);
  j.boolean("actor_inferred", e.actor_inferred);
  j.str("affiliation", e.affiliation);
  j.str("role", e.role);
  j.key("participants") += '[';
  for (std::size_t i = 0; i < e.participants.size(); ++i) {
    if (i) out += ',';
    put_json_string(out, e.participants[i]);
  }
  out += ']';
  j.str("location", e.location);
  j.str("object", e.object);
  j.str("amount", e.amount);
  j.str("trigger", e.trigger);
  put_json_date(j.key("start"), e.when.first_day());
  put_json_date(j.key("end"), e.when.last_day());
  j.str("grain", time::to_string(e.grain));
  j.str("mod", time::to_string(e.mod));
  j.boolean("fuzzy", e.fuzzy);
  j.str("timex", e.timex);
  j.str("time_text", e.time_text);
  j.str("time_source", event::to_string(e.time_source));
  j.str("polarity", event::to_string(e.polarity));
  j.str("modality", event::to_string(e.modality));
  j.boolean("reported", e.reported);
  j.str("summary", e.summary);
  auto offset = [&](const event::Mention& m) {
    out += '[';
    put_json_unsigned(out, m.begin);
    out += ',';
    put_json_unsigned(out, m.end);
    out += ']';
  };
  // The first mention's sentence, article, title and outlet are written twice (the event's own fields and the
  // mention's): the second time their text is copied from the first.
  struct Span {
    std::size_t at = 0, size = 0;
  };
  Span sentence, article, title, outlet;
  // The article, title and outlet are the same in every event of an article, and the sentence in all the events of
  // one sentence: the JSON text of each field's last value is kept (per thread) and copied while the value repeats,
  // instead of escaping the same bytes again for every event.
  struct Escaped {
    std::string in, json = "\"\"";  // (the JSON of the empty value it starts with)
  };
  thread_local std::array<Escaped, 4> escaped;
  auto value = [&](const auto& k, std::string_view v, Span& span, Escaped& last) {
    j.key(k);
    if (v != last.in) {
      last.in.assign(v);
      last.json.clear();
      put_json_string(last.json, v);
    }
    span.at = out.size();
    out += last.json;
    span.size = out.size() - span.at;
  };
  auto again = [&](const Span& span) {
    out.reserve(out.size() + span.size);  // no reallocation: the copied bytes stay where they are
    out.append(out.data() + span.at, span.size);
  };
  if (e.mentions.empty()) {
    j.str("sentence", "");
    j.key("offset") += "null";
    j.str("article", "");
    j.str("title", "");
    j.str("outlet", "");
  } else {
    const auto& m = e.mentions.front();
    value("sentence", m.sentence, sentence, escaped[0]);
    j.key("offset");
    offset(m);
    value("article", m.article, article, escaped[1]);
    value("title", m.title, title, escaped[2]);
    value("outlet", m.outlet, outlet, escaped[3]);
  }
  j.key("mentions") += '[';
  for (std::size_t i = 0; i < e.mentions.size(); ++i) {
    const auto& m = e.mentions[i];
    if (i) out += ',';
    JsonObject jm{out};
    if (i == 0) {
      jm.key("article");
      again(article);
      jm.key("title");
      again(title);
      jm.key("outlet");
      again(outlet);
    } else {
      jm.str("article", m.article);
      jm.str("title", m.title);
      jm.str("outlet", m.outlet);
    }
    if (m.publication_date.ok()) jm.str("publication_date", format_iso(m.publication_date));
    else jm.key("publication_date") += "null";
    jm.key("offset");
    offset(m);
    if (i == 0) {
      jm.key("sentence");
      again(sentence);
    } else {
      jm.str("sentence", m.sentence);
    }
    if (article_key) jm.str("trigger", m.trigger);
    jm.close();
  }
  out += ']';
  if (article_key) j.str("article_key", format_id(*article_key));
  j.close();
}

// nlohmann's text of a double (its own shortest-digits algorithm, ".0" after an integral value), remembered for the
// few values confidences take.
void put_json_double(std::string& out, double v) {
  thread_local std::vector<std::pair<double, std::string>> seen;
  for (const auto& [d, text] : seen)
    if (std::memcmp(&d, &v, sizeof v) == 0) {
      out += text;
      return;
    }
  std::string text = nlohmann::ordered_json(v).dump();
  out += text;
  if (seen.size() < 64) seen.emplace_back(v, std::move(text));
}

}  // namespace

void append_time_expr_json(std::string& out, const time::TimeExpr& e) {
  JsonObject j{out};
  j.str("text", e.text);
  j.key("offset") += '[';
  put_json_unsigned(out, e.begin);
  out += ',';
  put_json_unsigned(out, e.end);
  out += ']';
  j.str("type", time::to_string(e.type));
  j.str("timex", e.timex);
  put_json_date(j.key("start"), e.interval.first_day());
  put_json_date(j.key("end"), e.interval.last_day());
  j.str("grain", time::to_string(e.grain));
  j.str("mod", time::to_string(e.mod));
  j.str("anchor", time::to_string(e.anchor));
  if (e.anchor == time::AnchorKind::Expression) put_json_unsigned(j.key("anchor_offset"), e.anchor_offset);
  j.boolean("fuzzy", e.fuzzy);
  put_json_double(j.key("confidence"), e.confidence);
  if (e.time_of_day) j.str("time", format_hhmm(*e.time_of_day));
  if (!e.duration.empty()) j.str("duration", e.duration);
  j.close();
}

std::string format_hhmm(std::chrono::minutes m) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(m.count() / 60) % 24, static_cast<int>(m.count() % 60));
  return buf;
}

std::string detail::time_expr_to_json_line_tree(const time::TimeExpr& e) {
  nlohmann::ordered_json j;
  j["text"] = e.text;
  j["offset"] = {e.begin, e.end};
  j["type"] = std::string(time::to_string(e.type));
  j["timex"] = e.timex;
  j["start"] = iso_or_null(e.interval.first_day());
  j["end"] = iso_or_null(e.interval.last_day());
  j["grain"] = std::string(time::to_string(e.grain));
  j["mod"] = std::string(time::to_string(e.mod));
  j["anchor"] = std::string(time::to_string(e.anchor));
  if (e.anchor == time::AnchorKind::Expression) j["anchor_offset"] = e.anchor_offset;
  j["fuzzy"] = e.fuzzy;
  j["confidence"] = e.confidence;
  if (e.time_of_day) j["time"] = format_hhmm(*e.time_of_day);
  if (!e.duration.empty()) j["duration"] = e.duration;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

class JsonLinesWriter : public Writer {
 public:
  WriteSummary write(std::ostream& out, const std::vector<const Event*>& events) override {
    std::string buf;
    for (const Event* e : events) {
      append_event_json(buf, *e);
      buf += '\n';
      if (buf.size() >= (1u << 16)) {
        out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
        buf.clear();
      }
    }
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
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
  std::string out;
  append_event_json(out, e);
  return out;
}

void append_extract_json_line(std::string& out, const Event& e, std::uint64_t article_key) {
  append_event_json(out, e, &article_key);
}

std::string detail::json_string(std::string_view s) {
  std::string out;
  put_json_string(out, s);
  return out;
}

std::string detail::json_string_two_pass(std::string_view s) {
  std::string out;
  put_json_string_two_pass(out, s);
  return out;
}

namespace {

// Inserts `,"trigger":<t>` before the closing brace of each object of the "mentions" array, the last key of
// event_to_json_line's object, and `,"article_key":"<hex>"` before the final brace. Works on the text: the
// line is nlohmann's compact output, so the array starts at the last `"mentions":[` outside a string (a quote
// inside a string is always escaped) and the objects in it are found by tracking strings and depth. false if
// the line is not shaped so (then the caller goes through a JSON parse instead).
bool append_fields(const std::string& line, const event::Event& e, const std::string& key_json, std::string& out) {
  const std::string_view tag = "\"mentions\":[";
  const auto at = line.rfind(tag);
  if (at == std::string::npos || line.size() < 2 || line.compare(line.size() - 2, 2, "]}") != 0) return false;
  out.reserve(line.size() + 64 * (e.mentions.size() + 1));
  std::size_t i = at + tag.size();
  out.append(line, 0, i);
  std::size_t mention = 0, depth = 0;
  bool in_string = false, escaped = false;
  for (; i + 2 < line.size(); ++i) {  // up to the array's closing "]}"
    const char c = line[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return false;
      if (--depth == 0 && c == '}') {
        if (mention >= e.mentions.size()) return false;
        out += ",\"trigger\":";
        out += nlohmann::json(e.mentions[mention++].trigger).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      }
    }
    out += c;
  }
  if (in_string || depth != 0 || mention != e.mentions.size()) return false;
  out += "],\"article_key\":";
  out += key_json;
  out += '}';
  return true;
}

}  // namespace

std::string detail::extract_json_line_by_rewrite(const Event& e, std::uint64_t article_key) {
  const std::string line = event_to_json_line(e);
  const std::string key_json = "\"" + format_id(article_key) + "\"";
  std::string out;
  if (append_fields(line, e, key_json, out)) return out;
  auto j = nlohmann::ordered_json::parse(line);
  auto& mentions = j["mentions"];
  for (std::size_t i = 0; i < e.mentions.size() && i < mentions.size(); ++i) mentions[i]["trigger"] = e.mentions[i].trigger;
  j["article_key"] = format_id(article_key);
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string detail::event_to_json_line_tree(const Event& e) {
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
