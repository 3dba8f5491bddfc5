// Article parsing: UTF-8 check, BOM, header lines or inline "date YYYY-MM-DD", body in NFC.
// Covered by tests/text/article_test.cpp.
//
// Forms accepted (after an optional UTF-8 BOM and leading spaces):
//   1. Header lines "key: value" (keys case-insensitive: date, title, source; other keys ignored) up to the
//      first blank line. The header is recognised only if its first line has one of the known keys; it
//      also ends at the first line that is not "key: value". Extra blank lines before the body are skipped.
//   2. Inline: the first line starts with "date YYYY-MM-DD" (also "YYYY.MM.DD", "YYYY/MM/DD") and the
//      body text follows on the same line (or on the next line).
//   3. No header: the whole file is the body.
// A header date may carry a time after it ("2025-10-24 09:30"); only the day is kept.
// CRLF and lone CR become LF in the body. With an override date, a malformed header date is ignored.
#include "text/article.hpp"

#include "core/calendar.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace yp::text {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_blank(s.front()) || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_key_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

// "key: value" with an ASCII key of 1..32 characters; fills key (lower-cased) and value (trimmed).
bool split_header_line(std::string_view line, std::string& key, std::string_view& value) {
  std::size_t i = 0;
  while (i < line.size() && is_blank(line[i])) ++i;
  std::size_t k = i;
  while (k < line.size() && is_key_char(line[k])) ++k;
  std::size_t colon = k;
  while (colon < line.size() && is_blank(line[colon])) ++colon;  // "Date : 2025-10-24"
  if (k == i || k - i > 32 || colon >= line.size() || line[colon] != ':') return false;
  key = lower_ascii(line.substr(i, k - i));
  value = trim(line.substr(colon + 1));
  return true;
}

// A header date: "YYYY-MM-DD", optionally followed by a time ("2025-10-24 09:30", "2025-10-24T09:30:00+09:00"),
// which is ignored: the publication date is a calendar day.
std::optional<date::year_month_day> parse_header_date(std::string_view value) {
  if (value.size() > 10) {
    char sep = value[10];
    bool time_follows = (sep == 'T' || sep == ' ') && value.size() > 11 &&
                        std::isdigit(static_cast<unsigned char>(value[11])) != 0;
    if (!time_follows) return std::nullopt;
    value = value.substr(0, 10);
  }
  return parse_iso_date(value);
}

bool known_key(const std::string& key) { return key == "date" || key == "title" || key == "source"; }

std::size_t line_of(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

Error bad_date(const std::string& name, std::string_view bytes, std::size_t offset, std::string_view value) {
  Error e;
  e.code = ErrorCode::BadDate;
  e.message = fmt::format("bad publication date '{}': expected YYYY-MM-DD naming a real calendar day", value);
  e.file = name;
  e.line = line_of(bytes, offset);
  e.offset = offset;
  return e;
}

// Two bytes in 0xA1..0xFE at the first invalid byte: a Hangul syllable of EUC-KR (KS X 1001) or CP949.
bool looks_like_euc_kr(std::string_view at) {
  auto in_range = [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0xA1 && u <= 0xFE;
  };
  return at.size() >= 2 && in_range(at[0]) && in_range(at[1]);
}

}  // namespace

Result<Article> parse_article(std::string_view bytes, std::string name,
                              std::optional<date::year_month_day> override_date) {
  if (auto bad = find_invalid_utf8(bytes)) {
    Error e;
    e.code = ErrorCode::InvalidUtf8;
    e.message = fmt::format("{} (byte offset {}, column {})", bad->message, bad->offset, bad->column);
    if (looks_like_euc_kr(bytes.substr(bad->offset)))
      e.message += ": the file looks like EUC-KR/CP949; convert it with 'iconv -f CP949 -t UTF-8'";
    e.file = name;
    e.line = bad->line;
    e.offset = bad->offset;
    return e;
  }
  // NUL is valid UTF-8 but no text has it: a binary file, or a crawl that went wrong.
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    Error e;
    e.code = ErrorCode::InvalidUtf8;
    e.message = fmt::format("NUL byte (byte offset {}): this is not a text file", nul);
    e.file = name;
    e.line = line_of(bytes, nul);
    e.offset = nul;
    return e;
  }

  Article a;
  a.name = name;
  std::optional<date::year_month_day> found;
  std::optional<Error> date_error;

  std::size_t pos = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  std::size_t first = pos;
  while (first < bytes.size() && (bytes[first] == ' ' || bytes[first] == '\t')) ++first;

  auto line_end = [&](std::size_t from) {
    std::size_t e = bytes.find('\n', from);
    return e == std::string_view::npos ? bytes.size() : e;
  };

  std::size_t body_start = pos;
  std::string key;
  std::string_view value;
  std::string_view first_line = bytes.substr(first, line_end(first) - first);

  if (split_header_line(first_line, key, value) && known_key(key)) {
    // Header block.
    a.date_source = DateSource::Header;
    std::size_t p = first;
    while (p < bytes.size()) {
      std::size_t e = line_end(p);
      std::string_view line = bytes.substr(p, e - p);
      if (trim(line).empty()) {  // the blank line ending the header
        p = e < bytes.size() ? e + 1 : e;
        break;
      }
      if (!split_header_line(line, key, value)) break;  // the body starts here
      if (key == "date") {
        auto d = parse_header_date(value);
        if (d) {
          found = d;
          date_error.reset();
        } else {
          date_error = bad_date(name, bytes, p, value);
        }
      } else if (key == "title") {
        a.title = to_nfc(value);
      } else if (key == "source") {
        a.source = to_nfc(value);
      }
      p = e < bytes.size() ? e + 1 : e;
    }
    body_start = p;
  } else if (first_line.size() >= 4 && lower_ascii(first_line.substr(0, 4)) == "date" &&
             (first_line.size() == 4 || first_line[4] == ' ' || first_line[4] == '\t')) {
    // Inline "date YYYY-MM-DD <body>"; anything else starting with "date" is body text.
    std::size_t q = 4;
    while (q < first_line.size() && is_blank(first_line[q])) ++q;
    std::size_t t = q;
    while (t < first_line.size() && !is_blank(first_line[t])) ++t;
    std::string_view token = first_line.substr(q, t - q);
    bool looks_like_date = token.size() == 10 && std::isdigit(static_cast<unsigned char>(token[0])) &&
                           std::isdigit(static_cast<unsigned char>(token[3])) &&
                           (token[4] == '-' || token[4] == '.' || token[4] == '/');
    if (looks_like_date) {
      a.date_source = DateSource::Inline;
      if (auto d = parse_iso_date(token)) {
        found = d;
      } else {
        date_error = bad_date(name, bytes, first + q, token);
      }
      while (t < first_line.size() && is_blank(first_line[t])) ++t;
      body_start = first + t;
      if (t >= first_line.size()) body_start = std::min(line_end(first) + 1, bytes.size());
    }
  }

  // Skip blank lines before the body, so that body_first_line is the first line with text.
  for (;;) {
    std::size_t e = line_end(body_start);
    if (e >= bytes.size() || !trim(bytes.substr(body_start, e - body_start)).empty()) break;
    body_start = e + 1;
  }

  if (override_date) {
    found = override_date;
    date_error.reset();
    a.date_source = DateSource::Override;
  }
  if (date_error) return *date_error;

  std::string_view raw_body = bytes.substr(std::min(body_start, bytes.size()));
  if (trim(raw_body).empty()) {
    Error e;
    e.code = ErrorCode::BadArgument;
    e.message = "empty article: there is no text after the header";
    e.file = name;
    return e;
  }
  if (!found) {
    Error e;
    e.code = ErrorCode::MissingDate;
    e.message = "no publication date: add a 'date: YYYY-MM-DD' header line or pass --pub-date YYYY-MM-DD";
    e.file = name;
    return e;
  }

  a.publication_date = *found;
  a.body_offset = body_start;
  a.body_first_line = line_of(bytes, body_start);
  a.body = to_nfc(normalise_newlines(raw_body));
  return a;
}

}  // namespace yp::text
