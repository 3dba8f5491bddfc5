// The normaliser's grammar: named rules over scanner tokens, each a pattern plus a production that may still
// reject. A rule yields a Parse: an unresolved description (Point = calendar fields, relative words, parts)
// that resolver.cpp turns into an interval against the publication date. Internal to yp_time.
// Covered by tests/time/rules_test.cpp and the corpus.
#pragma once

#include "time/lexicon.hpp"
#include "time/scanner.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace yp::time::rules {

// One calendar reference, not yet resolved. Fields that are empty were not said.
struct Point {
  std::optional<int> year;          // 2025년, '25년
  bool short_year = false;          // 지난 92년: `year` holds two digits; the resolver takes the latest such year
  std::optional<int> year_offset;   // 올해 0, 작년 -1, 내년 +1
  std::optional<int> decade;        // 1980년대 -> 1980
  std::optional<int> century;       // 17세기 -> 1601 (its first year)
  std::optional<unsigned> month;    // 10월, 시월
  std::optional<int> month_offset;  // 이달 0, 지난달 -1
  std::optional<unsigned> day;      // 24일
  std::optional<int> day_offset;    // 어제 -1 (deictic, from publication)
  std::optional<int> anaphor;       // 전날 -1, 이날 0, lex::kSame for 당시 (from the antecedent)
  std::optional<int> anaphor_year;  // 이듬해 +1, 같은 해 0 (from the antecedent's year)
  std::optional<int> anaphor_month; // 같은 달 0 (from the antecedent's month)
  std::optional<int> week_offset;   // 이번 주 0
  std::optional<unsigned> weekday;  // 1 = Monday
  bool weekend = false;             // 이번 주말
  std::optional<unsigned> season;   // 1 spring .. 4 winter
  std::optional<unsigned> half;     // 1, 2
  std::optional<unsigned> quarter;  // 1..4
  std::optional<int> quarter_offset;  // 이번 분기 0, 지난 분기 -1
  int part = 0;                     // lex::PartValue (초/중순/말 of a month or a year), 0 = none
  int holiday = -1;                 // index into Scan::holidays
  int rel = 0;                      // lex::RelValue of a leading 지난/오는/이번/다음 (0 also = none)
  bool has_rel = false;
  std::optional<int> minutes;       // time of day, minutes after midnight
  bool minute_said = false;         // 3시 30분 (grain minute)
  bool daytime_said = false;        // 오후/밤/새벽 … was written
  std::optional<unsigned> weekday_check;  // (금) after a date
  bool attributive = false;         // 1991년생, 2000년산: a year describing a noun (time/data/year_tails.tsv)
  bool bare_number = false;         // "9" in 9~10월: unit to be inherited from the other end
  bool named_day = false;           // "4·10 총선": M·D naming an election or a measure (its nearest occurrence)
  std::int64_t bare_value = 0;

  bool operator==(const Point&) const = default;

  bool has_calendar() const {
    return year || year_offset || decade || century || month || month_offset || day || day_offset || anaphor || anaphor_year ||
           anaphor_month || week_offset ||
           weekday || weekend || season || half || quarter || quarter_offset || part || holiday >= 0;
  }
};

enum class Shape {
  Point,      // one calendar reference (+ mod)
  Range,      // p1 .. p2; or, with count/unit set and p2 empty, p1 부터 N units (5일부터 사흘간)
  From,       // p1 부터 (open end, or up to publication for fuzzy parts)
  Until,      // p1 까지
  After,      // p1 이후
  Before,     // p1 이전
  Into,       // p1 들어 (start of p1 .. publication)
  Within,     // 올해 안에, 연내, 올해 중 (publication .. end of p1)
  Duration,   // 10년 이상, 24일간
  Offset,     // 3일 전, 2주 후
  Window,     // 지난 3년간, 향후 5년
  Vague,      // 최근, 현재, 앞으로, 취임 이후
  Set,        // 매주 월요일
};

struct Parse {
  Shape shape = Shape::Point;
  Point p1, p2;
  int mod = 0;                // lex::SuffixValue applying to the whole (kApprox, kMore, kLess) or 0
  // Durations, offsets and windows.
  std::int64_t count = 0;
  bool count_unknown = false; // 몇 달, 수년
  bool since = false;         // 3년 만에, 5개월 만의: the gap that ends at the sentence's time (or publication)
  std::int64_t count_low = 0; // 3~4시간: the lower count (count is the upper), 0 = a single count
  int unit = 0;               // lex::Unit (normalised: kYear, kMonth, kWeek, kDay, kHour, kMinute)
  std::int64_t count2 = 0;    // a second, finer part: 1년 6개월 (6 months), 1시간 30분 (30 minutes)
  int unit2 = 0;
  int direction = 0;          // -1 back from publication (전, 지난, 최근), +1 forward (후, 향후)
  int vague = 0;              // lex::VagueValue
  int set_unit = 0;           // lex::Unit of a Set
  std::size_t begin = 0;      // folded byte offsets
  std::size_t end = 0;
  std::size_t next_token = 0; // index of the first token after the match
  const char* rule = "";

  bool operator==(const Parse&) const = default;  // `rule` compares as a pointer: the rules' literals
};

// All rule matches, left to right, non-overlapping (longest at each position).
std::vector<Parse> parse_all(const scan::Scan& s, std::string_view folded);
// The same, trying every rule at every token that may begin a word, without parse_all's filter of first tokens:
// the reference of tests/time/fast_paths_test.cpp.
std::vector<Parse> parse_all_every_token(const scan::Scan& s, std::string_view folded);

}  // namespace yp::time::rules
