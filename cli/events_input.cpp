// `ingest --events`: the JSON Lines of `extract --json` back into events, grouped by article (see
// events_input.hpp). Covered by tests/cli/pipeline_test.cpp.
#include "events_input.hpp"

#include "core/calendar.hpp"
#include "export/writer.hpp"
#include "lines.hpp"
#include "text/jsonl.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>

namespace yp::cli {

using nlohmann::json;
using nlohmann::ordered_json;

std::string extract_json_line(const event::Event& e, std::uint64_t article_key) {
  std::string out;
  exporter::append_extract_json_line(out, e, article_key);
  return out;
}

namespace {

// A field that is missing, of the wrong type or of an unknown value: the line is refused with this text.
struct BadField : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const json& field(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) throw BadField(fmt::format("no \"{}\" field (is this the output of 'yeonpyo extract --json'?)", key));
  return *it;
}
std::string text(const json& j, const char* key) {
  const auto& v = field(j, key);
  if (!v.is_string()) throw BadField(fmt::format("\"{}\" must be a string, not {}", key, v.type_name()));
  return v.get<std::string>();
}
bool flag(const json& j, const char* key) {
  const auto& v = field(j, key);
  if (!v.is_boolean()) throw BadField(fmt::format("\"{}\" must be true or false, not {}", key, v.type_name()));
  return v.get<bool>();
}
std::size_t count(const json& v, const char* what) {
  if (!v.is_number_unsigned()) throw BadField(fmt::format("{} must be a non-negative integer", what));
  return v.get<std::size_t>();
}
std::uint64_t hex64(const json& j, const char* key) {
  const std::string s = text(j, key);
  if (s.size() != 16 || s.find_first_not_of("0123456789abcdef") != std::string::npos)
    throw BadField(fmt::format("\"{}\": {} is not 16 lowercase hex digits", key, text::quoted(s, 40)));
  return std::stoull(s, nullptr, 16);
}
std::optional<date::sys_days> day_or_null(const json& j, const char* key) {
  const auto& v = field(j, key);
  if (v.is_null()) return std::nullopt;
  if (!v.is_string()) throw BadField(fmt::format("\"{}\" must be a date or null", key));
  auto d = parse_iso_date(v.get<std::string>());
  if (!d) throw BadField(fmt::format("\"{}\": {} is not a real day (YYYY-MM-DD)", key, text::quoted(v.get<std::string>(), 40)));
  return date::sys_days{*d};
}
// The enum value whose to_string is the field's text (values 0..last).
template <class Enum>
Enum named(const json& j, const char* key, Enum last) {
  const std::string s = text(j, key);
  std::string choices;
  for (int i = 0; i <= static_cast<int>(last); ++i) {
    const auto v = static_cast<Enum>(i);
    if (to_string(v) == s) return v;
    choices += (i ? ", '" : "'") + std::string(to_string(v)) + "'";
  }
  throw BadField(fmt::format("\"{}\": {} is not one of {}", key, text::quoted(s, 40), choices));
}

}  // namespace

Result<EventLine> parse_event_line(std::string_view line, const std::string& file, std::size_t line_no) {
  auto bad = [&](const std::string& why) { return Error{ErrorCode::BadArgument, why, file, line_no, 0}; };
  json j;
  try {
    j = json::parse(line.begin(), line.end());
  } catch (const json::exception& e) {  // parse_error, out_of_range (a number too large: 1e999)
    std::string s = e.what();
    if (auto p = s.find("] "); p != std::string::npos) s.erase(0, p + 2);
    return bad("invalid JSON: " + s);
  }
  if (!j.is_object()) return bad(std::string("expected an event object, found ") + j.type_name());
  try {
    EventLine out;
    auto& e = out.event;
    out.article_key = hex64(j, "article_key");
    if (out.article_key == 0) throw BadField("\"article_key\" must not be 0");
    const auto type = event::event_type_from_string(text(j, "type"));
    if (!type) throw BadField(fmt::format("\"type\": {} is not an event type", text::quoted(text(j, "type"), 40)));
    e.type = *type;
    e.actor = text(j, "actor");
    e.actor_inferred = flag(j, "actor_inferred");
    e.affiliation = text(j, "affiliation");
    e.role = text(j, "role");
    const auto& ps = field(j, "participants");
    if (!ps.is_array()) throw BadField("\"participants\" must be an array of strings");
    for (const auto& p : ps) {
      if (!p.is_string()) throw BadField("\"participants\" must be an array of strings");
      e.participants.push_back(p.get<std::string>());
    }
    e.location = text(j, "location");
    e.object = text(j, "object");
    e.amount = text(j, "amount");
    e.trigger = text(j, "trigger");
    const auto start = day_or_null(j, "start"), end = day_or_null(j, "end");
    if (start && end && *end < *start) throw BadField("\"end\" is before \"start\"");
    e.when.from = start;
    if (end) e.when.to = *end + date::days{1};
    const auto grain = time::grain_from_string(text(j, "grain"));
    if (!grain) throw BadField(fmt::format("\"grain\": {} is not a grain", text::quoted(text(j, "grain"), 40)));
    e.grain = *grain;
    e.mod = named(j, "mod", time::Mod::More);
    e.fuzzy = flag(j, "fuzzy");
    e.timex = text(j, "timex");
    e.time_text = text(j, "time_text");
    e.time_source = named(j, "time_source", event::TimeSource::Publication);
    e.polarity = named(j, "polarity", event::Polarity::Negative);
    e.modality = named(j, "modality", event::Modality::Hypothetical);
    e.reported = flag(j, "reported");
    e.summary = text(j, "summary");
    const auto& ms = field(j, "mentions");
    if (!ms.is_array() || ms.empty()) throw BadField("\"mentions\" must be a non-empty array");
    for (const auto& jm : ms) {
      if (!jm.is_object()) throw BadField("each of \"mentions\" must be an object");
      event::Mention m;
      m.article = text(jm, "article");
      m.title = text(jm, "title");
      m.outlet = text(jm, "outlet");
      const auto pd = day_or_null(jm, "publication_date");
      if (!pd) throw BadField("a mention needs its \"publication_date\"");
      m.publication_date = date::year_month_day{*pd};
      const auto& off = field(jm, "offset");
      if (!off.is_array() || off.size() != 2) throw BadField("a mention's \"offset\" must be [begin, end]");
      m.begin = count(off[0], "offset begin");
      m.end = count(off[1], "offset end");
      if (m.end < m.begin) throw BadField("a mention's \"offset\" ends before it begins");
      m.sentence = text(jm, "sentence");
      m.trigger = text(jm, "trigger");
      if (m.article.empty()) throw BadField("a mention's \"article\" is empty");
      for (unsigned char c : m.article)
        if (c < 0x20 || c == 0x7F) throw BadField("a mention's \"article\" holds a control character");
      e.mentions.push_back(std::move(m));
    }
    // All mentions of an event from `extract` are of its one article.
    for (const auto& m : e.mentions)
      if (m.article != e.mentions.front().article || m.publication_date != e.mentions.front().publication_date)
        throw BadField("the mentions name different articles: not one article's event (extract --json writes one article's)");
    return out;
  } catch (const BadField& why) {
    return bad(why.what());
  } catch (const json::exception& why) {
    return bad(std::string("unexpected value: ") + why.what());
  }
}

namespace {

// Consecutive lines of one article.
struct Group {
  std::string file;
  std::size_t first_line = 0, last_line = 0;
  store::ArticleInput input;
  bool poisoned = false;  // a bad line is next to it
};

}  // namespace

EventFilesResult read_event_files(const std::vector<std::string>& files, std::uintmax_t max_line_bytes) {
  EventFilesResult out;
  for (const auto& name : files) {
    const std::string shown = name == "-" ? "<stdin>" : name;
    int fd = STDIN_FILENO;
    if (name != "-") {
      if (auto why = why_not_readable(name); !why.empty()) {
        report(Error{ErrorCode::IoError, why, name, 0, 0});
        ++out.unreadable_files;
        continue;
      }
      fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) {
        report(Error{ErrorCode::IoError, std::string("cannot open: ") + std::strerror(errno), name, 0, 0});
        ++out.unreadable_files;
        continue;
      }
    }
    LineReader reader(fd, static_cast<std::size_t>(max_line_bytes));
    std::optional<Group> group;
    bool poison_next = false;  // the last line read was bad: the next article is refused too
    auto close_group = [&] {
      if (!group) return;
      if (group->poisoned) {
        report(Error{ErrorCode::BadArgument,
                     fmt::format("article {} (lines {}-{}) refused: a bad line next to its events may be one of them",
                                 group->input.source, group->first_line, group->last_line),
                     shown, 0, 0});
        ++out.refused_articles;
      } else {
        out.articles.push_back(std::move(group->input));
      }
      group.reset();
    };
    std::string line;
    std::size_t number = 0;
    std::uintmax_t length = 0;
    for (bool more = true; more;) {
      switch (reader.next(line, number, length)) {
        case LineReader::Got::End: more = false; break;
        case LineReader::Got::Error:
          report(Error{ErrorCode::IoError, std::string("read error: ") + std::strerror(reader.error()), shown, 0, 0});
          ++out.unreadable_files;
          if (group) group->poisoned = true;
          more = false;
          break;
        case LineReader::Got::TooLong:
          report(too_large_article(shown, length, max_line_bytes, number));
          ++out.bad_lines;
          if (group) group->poisoned = true;
          poison_next = true;
          break;
        case LineReader::Got::Line: {
          if (line.find_first_not_of(" \t") == std::string::npos) break;
          auto ev = parse_event_line(line, shown, number);
          if (!ev) {
            report(ev.error());
            ++out.bad_lines;
            if (group) group->poisoned = true;
            poison_next = true;
            break;
          }
          const auto& m = ev.value().event.mentions.front();
          if (!group || group->input.key != ev.value().article_key || group->input.source != m.article) {
            close_group();
            group.emplace();
            group->file = shown;
            group->first_line = number;
            group->input.key = ev.value().article_key;
            group->input.source = m.article;
            group->input.title = m.title;
            group->input.publication_date = m.publication_date;
            group->poisoned = poison_next;
          }
          poison_next = false;
          group->last_line = number;
          group->input.events.push_back(std::move(ev.value().event));
          break;
        }
      }
    }
    close_group();
    if (fd != STDIN_FILENO) ::close(fd);
  }
  return out;
}

}  // namespace yp::cli
