// An article as yeonpyo reads it: optional header lines (date:, title:, source:) up to a blank line,
// or an inline first line "date YYYY-MM-DD <text>", then the body. Covered by tests/text/article_test.cpp.
// The body is validated as UTF-8 and normalised to NFC; offsets everywhere refer to `body`.
//
// Usage:
//   auto r = yp::text::parse_article(bytes, "samples/a.txt", pub_override);  // Result<Article>
//   if (!r) fail(r.error());  // InvalidUtf8 (with line), MissingDate, BadDate
#pragma once

#include "core/error.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace yp::text {

enum class DateSource {
  Header,    // a "date: YYYY-MM-DD" header line
  Inline,    // the first line began with "date YYYY-MM-DD"
  Override,  // --pub-date supplied by the user
};

struct Article {
  std::string name;                         // the file name as given (or "-" / "<stdin>")
  std::string title;                        // from "title:" or empty
  std::string source;                       // from "source:" or empty
  date::year_month_day publication_date{};  // the document creation time (KST calendar day)
  DateSource date_source = DateSource::Header;
  std::string body;                         // NFC text after the header
  std::size_t body_offset = 0;              // byte offset of body in the original file
  std::size_t body_first_line = 1;          // 1-based line of the body's first byte in the file
};

// Parses an article. `override_date`, if set, wins over any date in the file.
// Errors: InvalidUtf8 (file, line, offset; also for a NUL byte, and with a hint for EUC-KR bytes), BadDate (an unparsable/impossible header date),
// MissingDate ("no publication date: add a 'date: YYYY-MM-DD' header line or pass --pub-date").
Result<Article> parse_article(std::string_view bytes, std::string name,
                              std::optional<date::year_month_day> override_date);

}  // namespace yp::text
