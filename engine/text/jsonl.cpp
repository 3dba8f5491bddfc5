// Articles as JSON Lines (see jsonl.hpp): one object per line, parsed with nlohmann-json, the date read as
// a day in Korea. Covered by tests/text/jsonl_test.cpp and tests/fuzz/jsonl_fuzz.cpp.
#include "text/jsonl.hpp"

#include "core/calendar.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <string>

namespace yp::text {

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return false;
  for (std::size_t i = pos; i < pos + n; ++i)
    if (std::isdigit(static_cast<unsigned char>(s[i])) == 0) return false;
  return true;
}

int number(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

Error error(ErrorCode code, std::string message, const std::string& file, std::size_t line) {
  return Error{code, std::move(message), file, line, 0};
}

// "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error …" -> "column 3: syntax error …";
// "[json.exception.out_of_range.406] number overflow parsing '1e999'" -> "number overflow parsing '1e999'".
std::string short_parse_error(const char* what) {
  std::string s(what);
  if (auto p = s.find("] "); p != std::string::npos && s.starts_with("[json.exception")) s.erase(0, p + 2);
  if (auto p = s.find("parse error at line 1, "); p == 0) s.erase(0, 23);
  return s;
}

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  return true;
}

}  // namespace

std::string quoted(std::string_view v, std::size_t max) {
  std::string out = "'";
  std::size_t i = 0;
  for (; i < v.size() && i < max; ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02x}", c);
    else out += static_cast<char>(c);
  }
  if (i < v.size()) {
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // continuation bytes
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();                // a lead byte
    out += "…";
  }
  return out + "'";
}

std::optional<date::year_month_day> kst_date(std::string_view v) {
  if (v.size() < 10) return std::nullopt;
  auto day = parse_iso_date(v.substr(0, 10));
  if (!day) return std::nullopt;
  if (v.size() == 10) return day;
  // A time: [T ]HH:MM[:SS[.fraction]] then an optional zone Z | ±HH[:MM] | ±HHMM.
  if (v[10] != 'T' && v[10] != 't' && v[10] != ' ') return std::nullopt;
  std::size_t p = 11;
  if (!digits(v, p, 2) || p + 2 >= v.size() || v[p + 2] != ':' || !digits(v, p + 3, 2)) return std::nullopt;
  const int hh = number(v, p, 2), mm = number(v, p + 3, 2);
  if (hh > 23 || mm > 59) return std::nullopt;
  p += 5;
  if (p < v.size() && v[p] == ':') {
    if (!digits(v, p + 1, 2) || number(v, p + 1, 2) > 60) return std::nullopt;  // 60: a leap second
    p += 3;
    if (p < v.size() && (v[p] == '.' || v[p] == ',')) {
      ++p;
      const std::size_t from = p;
      while (p < v.size() && std::isdigit(static_cast<unsigned char>(v[p])) != 0) ++p;
      if (p == from) return std::nullopt;
    }
  }
  if (p == v.size()) return day;  // no offset: the time is Korean time, as in a text article's header
  int offset_minutes = 0;
  if ((v[p] == 'Z' || v[p] == 'z') && p + 1 == v.size()) {
    offset_minutes = 0;
  } else if (v[p] == '+' || v[p] == '-') {
    const int sign = v[p] == '-' ? -1 : 1;
    const std::string_view zone = v.substr(p + 1);
    int oh = 0, om = 0;
    if (zone.size() == 2 && digits(zone, 0, 2)) {
      oh = number(zone, 0, 2);
    } else if (zone.size() == 4 && digits(zone, 0, 4)) {
      oh = number(zone, 0, 2);
      om = number(zone, 2, 2);
    } else if (zone.size() == 5 && zone[2] == ':' && digits(zone, 0, 2) && digits(zone, 3, 2)) {
      oh = number(zone, 0, 2);
      om = number(zone, 3, 2);
    } else {
      return std::nullopt;
    }
    if (oh > 23 || om > 59) return std::nullopt;
    offset_minutes = sign * (oh * 60 + om);
  } else {
    return std::nullopt;
  }
  // Minutes since the day's midnight in KST: local - offset (UTC) + 9 h. Whole days of the difference move the day.
  const int kst = hh * 60 + mm - offset_minutes + 9 * 60;
  const int shift = kst >= 0 ? kst / 1440 : -((-kst + 1439) / 1440);
  const date::year_month_day out{date::sys_days{*day} + date::days{shift}};
  if (!out.ok() || out.year() < date::year{1} || out.year() > date::year{9999}) return std::nullopt;
  return out;
}

Result<Article> parse_jsonl_article(std::string_view line, const std::string& file, std::size_t line_no,
                                    std::optional<date::year_month_day> override_date) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::exception& e) {
    // parse_error, and out_of_range for a number too large for a double (1e999): both are bad input.
    return error(ErrorCode::BadArgument, "invalid JSON: " + short_parse_error(e.what()), file, line_no);
  }
  if (!j.is_object())
    return error(ErrorCode::BadArgument,
                 fmt::format("expected a JSON object {{\"id\", \"date\", \"title\", \"body\"}}, found {}", j.type_name()),
                 file, line_no);

  Article a;
  // The name: "id" (a string or an integer), else file:line.
  if (auto it = j.find("id"); it != j.end() && !it->is_null()) {
    if (it->is_string()) a.name = it->get<std::string>();
    else if (it->is_number_integer()) a.name = it->dump();
    else return error(ErrorCode::BadArgument, fmt::format("\"id\" must be a string or an integer, not {}", it->type_name()), file, line_no);
  }
  if (a.name.empty()) a.name = file + ":" + std::to_string(line_no);
  for (unsigned char c : a.name)
    if (c < 0x20 || c == 0x7F)
      return error(ErrorCode::BadArgument, "\"id\" holds a control character (a line break, a tab, an escape …)", file, line_no);

  auto text_field = [&](const char* key, std::string& out) -> std::optional<Error> {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!it->is_string())
      return error(ErrorCode::BadArgument, fmt::format("\"{}\" must be a string, not {}", key, it->type_name()), file, line_no);
    const auto& s = it->get_ref<const std::string&>();
    // nlohmann refuses invalid UTF-8 and lone surrogates; a \u0000 escape is valid JSON but no text has it.
    if (auto bad = find_invalid_utf8(s))
      return error(ErrorCode::InvalidUtf8, fmt::format("\"{}\": {}", key, bad->message), file, line_no);
    if (auto nul = s.find('\0'); nul != std::string::npos)
      return error(ErrorCode::InvalidUtf8, fmt::format("\"{}\" holds a NUL character (\\u0000): this is not text", key), file, line_no);
    out = s;
    return std::nullopt;
  };

  std::string body, title, source, date_value;
  if (j.find("body") == j.end() || j["body"].is_null())
    return error(ErrorCode::BadArgument, "no \"body\" field: each line needs {\"body\": \"the article text\", \"date\": \"YYYY-MM-DD\", …}", file, line_no);
  if (auto e = text_field("body", body)) return *e;
  if (auto e = text_field("title", title)) return *e;
  if (auto e = text_field("source", source)) return *e;
  if (auto e = text_field("date", date_value)) return *e;
  if (blank(body)) return error(ErrorCode::BadArgument, "empty article: \"body\" has no text", file, line_no);

  if (override_date) {
    a.publication_date = *override_date;
    a.date_source = DateSource::Override;
  } else if (!date_value.empty()) {
    auto d = kst_date(date_value);
    if (!d)
      return error(ErrorCode::BadDate,
                   fmt::format("bad publication date {}: expected YYYY-MM-DD or an ISO 8601 date and time "
                               "(2025-10-24T09:30:00+09:00) naming a real day",
                               quoted(date_value, 40)),
                   file, line_no);
    a.publication_date = *d;
    a.date_source = DateSource::Header;
  } else {
    return error(ErrorCode::MissingDate,
                 "no publication date: add \"date\": \"YYYY-MM-DD\" to the line or pass --pub-date YYYY-MM-DD", file,
                 line_no);
  }
  a.title = to_nfc(normalise_newlines(title));
  for (auto& c : a.title)
    if (c == '\n') c = ' ';  // a title is one line, as in a text header
  a.source = to_nfc(source);
  a.body = to_nfc(normalise_newlines(body));
  a.body_offset = 0;
  a.body_first_line = line_no;
  return a;
}

}  // namespace yp::text
