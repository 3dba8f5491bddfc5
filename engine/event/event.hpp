// The event record: who did what with whom, where, when, and whether it happened.
// Covered by tests/event/*.cpp and the corpus tests/corpus/events_ko.tsv.
#pragma once

#include "core/calendar.hpp"
#include "time/expression.hpp"

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yp::event {

enum class EventType {
  Visit, Meeting, Contract, Agreement, Announcement, Investment, Acquisition, Opening, Founding,
  Launch, Cancellation, Statement, Appointment, Resignation, Other,
};

enum class Polarity { Positive, Negative };                 // 불참/무산/않다 -> Negative
enum class Modality { Actual, Planned, Hypothetical };      // 예정/계획/~기로 -> Planned; ~었다면 -> Hypothetical

// Where the event's time came from.
enum class TimeSource {
  Sentence,     // a temporal expression governing the event's clause
  Anaphor,      // 당시/이날/같은 날 resolved to an earlier explicit date
  Inherited,    // carried from a neighbouring clause/sentence about the same event
  Publication,  // nothing governed it: the publication date (a fallback, not a finding)
};

// One place an event was reported.
struct Mention {
  std::string article;            // article name: the source it was first ingested from (file path as given)
  std::uint64_t article_key = 0;  // the article's content identity (store::article_key), 0 until stored
  std::string title;              // the article's title (its "title:" header), may be empty
  std::string outlet;             // the article's source/outlet (its "source:" header), may be empty
  date::year_month_day publication_date{};
  std::string sentence;           // the sentence text
  std::size_t begin = 0;          // byte offsets of the sentence in the article body
  std::size_t end = 0;
  std::string trigger;            // the trigger word as written
};

using EventId = std::uint64_t;

struct Event {
  EventId id = 0;                 // stable content hash (see store/), 0 until assigned
  EventType type = EventType::Other;
  std::string actor;              // canonical name of the subject ("샘 알트먼"), may be empty
  bool actor_inferred = false;    // subject dropped in the sentence, carried from context
  std::string affiliation;        // 오픈AI in "샘 알트먼 오픈AI 최고경영자(CEO)가"
  std::string role;               // CEO, 회장, 장관 …
  std::vector<std::string> participants;  // canonical names, in order of mention
  std::string location;           // 경북 경주
  std::string object;             // what was signed/visited/announced ("디램 웨이퍼 공급 계약")
  std::string amount;             // "180억 달러" as written
  std::string trigger;            // lemma of the trigger ("불참", "방문")
  Polarity polarity = Polarity::Positive;
  Modality modality = Modality::Actual;
  bool reported = false;          // the event is reported speech (~다고 밝혔다, 보도했다)

  // When. `when` is half-open days; grain/timex/mod/fuzzy come from the governing expression.
  DayInterval when;
  time::Grain grain = time::Grain::Day;
  time::Mod mod = time::Mod::None;
  bool fuzzy = false;
  std::string timex;
  std::string time_text;          // surface text of the governing expression ("" for publication)
  TimeSource time_source = TimeSource::Publication;

  std::string summary;            // one-line human summary ("샘 알트먼 불참: APEC CEO 서밋 코리아 2025")
  std::vector<Mention> mentions;  // at least one; the first is where it was first seen
};

std::string_view to_string(EventType t);     // "visit", "meeting", ...
std::string_view to_string(Polarity p);      // "positive", "negative"
std::string_view to_string(Modality m);      // "actual", "planned", "hypothetical"
std::string_view to_string(TimeSource s);    // "sentence", "anaphor", "inherited", "publication"
std::optional<EventType> event_type_from_string(std::string_view s);

// Gives `to` the time of `from`: interval, grain, mod, fuzziness, TIMEX, text and where it came from.
void copy_time(Event& to, const Event& from);

}  // namespace yp::event
