// Event fixtures shared by the store and export tests (tests/store, tests/export): mentions, days, the APEC events.
#pragma once

#include "event/event.hpp"

#include <date/date.h>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace yp::test {

// The APEC article's publication date; a mention is dated so unless a test says otherwise.
inline constexpr date::year_month_day kApecPublished = date::year{2025} / 10 / 24;

inline date::sys_days day(date::year_month_day d) { return date::sys_days{d}; }

// Where `article` reports an event: the sentence at byte offsets [begin, end). A publication date of
// date::year_month_day{} is an unknown one.
inline event::Mention mention(std::string article, std::size_t begin, std::size_t end, std::string sentence = {},
                              date::year_month_day published = kApecPublished, std::string trigger = {}) {
  event::Mention m;
  m.article = std::move(article);
  m.publication_date = published;
  m.sentence = std::move(sentence);
  m.begin = begin;
  m.end = end;
  m.trigger = std::move(trigger);
  return m;
}

// An event of `type` by `actor` (with `participants`) at `when`; every other field is the default.
inline event::Event make_event(event::EventType type, std::string actor, DayInterval when,
                               std::vector<std::string> participants = {}) {
  event::Event e;
  e.type = type;
  e.actor = std::move(actor);
  e.participants = std::move(participants);
  e.when = when;
  return e;
}

// 샘 알트먼 (오픈AI CEO) will not attend the APEC CEO summit in 경북 경주, 오는 28일부터 31일까지
// (2025-10-28 ~ 2025-10-31, a range). No participants, mentions, summary or time source: each test sets its own.
inline event::Event apec_cancellation() {
  using namespace date::literals;
  event::Event e = make_event(event::EventType::Cancellation, "샘 알트먼",
                              DayInterval::days(day(2025_y / 10 / 28), day(2025_y / 10 / 31)));
  e.affiliation = "오픈AI";
  e.role = "CEO";
  e.location = "경북 경주";
  e.object = "APEC CEO 서밋 코리아 2025";
  e.trigger = "불참";
  e.polarity = event::Polarity::Negative;
  e.modality = event::Modality::Planned;
  e.grain = time::Grain::Range;
  e.timex = "2025-10-28/2025-10-31";
  e.time_text = "오는 28일부터 31일까지";
  return e;
}

// 오픈AI's DRAM wafer supply contract with 삼성전자 and SK하이닉스 on 2025-10-01, a day dated through an
// anaphor (TimeSource::Anaphor, no time_text). No mentions.
inline event::Event wafer_contract() {
  using namespace date::literals;
  event::Event e = make_event(event::EventType::Contract, "오픈AI", DayInterval::day(day(2025_y / 10 / 1)),
                              {"삼성전자", "SK하이닉스"});
  e.object = "디램 웨이퍼 공급 계약";
  e.trigger = "체결";
  e.grain = time::Grain::Day;
  e.time_source = event::TimeSource::Anaphor;
  return e;
}

}  // namespace yp::test
