// Helpers shared by the writers of engine/export (not part of the public interface): the first mention,
// ids, inclusive days, RFC 4180 fields, HTML escaping, and the calendar shape of an event's time.
// Covered through the writers' tests in tests/export/.
#pragma once

#include "export/writer.hpp"

#include <date/date.h>

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace yp::exporter::detail {

// The event's id, computing it (store::compute_id) when it is still 0.
event::EventId id_of(const event::Event& e);
// The first mention, or nullptr when there is none.
const event::Mention* first_mention(const event::Event& e);
// Inclusive ISO day or "".
std::string iso_or_empty(const std::optional<date::sys_days>& d);
// The JSON line as nlohmann builds it (a tree per event): the reference event_to_json_line is tested against.
std::string event_to_json_line_tree(const event::Event& e);
// The same for append_time_expr_json: the line `yeonpyo normalize --json` built with nlohmann before.
std::string time_expr_to_json_line_tree(const time::TimeExpr& e);
// How `extract --json` made its line before append_extract_json_line: event_to_json_line's text with the
// mentions' triggers and the article key spliced in (nlohmann for each trigger). The reference it is tested against.
std::string extract_json_line_by_rewrite(const event::Event& e, std::uint64_t article_key);
// A JSON string value as the writers put it (one pass: escapes and the UTF-8 check), and as the two passes it
// replaced put it (text::is_valid_utf8, then the escapes); invalid UTF-8 goes through nlohmann's replacement.
std::string json_string(std::string_view s);
std::string json_string_two_pass(std::string_view s);

// RFC 4180: a field containing a comma, a double quote, CR or LF is enclosed in double quotes, and each
// double quote inside it is doubled.
void put_csv_field(std::ostream& out, std::string_view s);
// One RFC 4180 record ending in CRLF.
void put_csv_record(std::ostream& out, const std::vector<std::string>& fields);
// The UTF-8 byte-order mark.
inline constexpr std::string_view kBom = "\xEF\xBB\xBF";

// & < > " ' as character references, for HTML text and attribute values.
std::string html_escape(std::string_view s);

// The calendar shape of a bounded interval, decided once for every human rendering (when_text and
// korean_when). a and b are the inclusive first and last day.
struct Period {
  enum class Kind {
    Day,        // one day (approx: 경)
    Days,       // days that are not whole months
    Month,      // one whole month
    Months,     // whole months
    Year,       // one whole year
    Years,      // whole years
    MonthPart,  // word = 초 / 중순 / 말, or "" for an unnamed conventional part of one month
    YearPart,   // word = 초 / 중 / 말
    Season,     // word = 봄 / 여름 / 가을 / 겨울 (the season of a's year)
    Half,       // word = 상반기 / 하반기
    Quarter,    // number
    Week,       // word = the ISO week ("2025-W49")
  };
  Kind kind = Kind::Day;
  date::year_month_day a, b;
  std::string word;
  unsigned number = 0;
  bool approx = false;  // fuzzy bounds or an APPROX modifier: 경
};
// Classifies e's bounded time; the caller has checked that both sides exist and last >= first.
Period classify(const event::Event& e, date::year_month_day a, date::year_month_day b);

}  // namespace yp::exporter::detail
