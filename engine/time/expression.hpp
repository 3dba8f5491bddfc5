// The value type of the temporal normaliser: one resolved temporal expression.
// Covered by tests/time/expression_test.cpp and the corpus tests/corpus/time_ko.tsv.
#pragma once

#include "core/calendar.hpp"

#include <date/date.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace yp::time {

// What kind of thing the expression denotes (TIMEX3-like).
enum class ExprType {
  Date,      // a calendar point or period at some grain: 2025-10-24, 2025-10, 2025-SU
  Range,     // an explicit span between two points: 28일부터 31일까지, 9~10월, open ranges
  Duration,  // a length of time that is not placed on the calendar: 10년 이상, 24일간
  Set,       // a recurring time: 매주 월요일, 매년
  Time,      // a date with a time of day: 24일 오전 10시
  Vague,     // 최근, 당시 (unresolved), 현재: PAST_REF / PRESENT_REF / FUTURE_REF
};

// The precision of the value. Ordered finest to coarsest; Range/Duration/Vague are not precisions.
enum class Grain {
  Minute, Hour, Day, Week, MonthPart, Month, Quarter, Half, Season, Year, Decade,
  Range, Duration, Vague,
  Century,  // 17세기, 1600년대 (after Vague: stores keep the numbers of the older grains)
};

// TIMEX3-style modifier.
enum class Mod {
  None,
  Start,       // 초, 초반, 연초
  Mid,         // 중순, 중반, 연중
  End,         // 말, 하순, 연말
  Approx,      // 경, 쯤, 무렵, 약
  Before,      // 이전, 전까지 (open start)
  After,       // 이후, 부터 (open end)
  OnOrBefore,  // 까지
  OnOrAfter,   // 부터
  Less,        // 미만, 이내 (durations)
  More,        // 이상, 넘게 (durations)
};

enum class AnchorKind {
  Publication,  // resolved against the publication date
  Expression,   // resolved against an earlier expression (anchor_offset says which)
  None,         // needs no anchor (absolute dates, pure durations)
};

struct TimeExpr {
  std::string text;             // surface text exactly as in the analysed text
  std::size_t begin = 0;        // byte offset of the first byte in the analysed text
  std::size_t end = 0;          // one past the last byte
  ExprType type = ExprType::Date;
  Grain grain = Grain::Day;
  Mod mod = Mod::None;
  DayInterval interval;         // half-open days; both sides empty for pure durations / unresolved vague
  std::optional<std::chrono::minutes> time_of_day;  // minutes after midnight for Time/Hour/Minute grains
  std::string timex;            // TIMEX3 value: 2025-10-24, 2025-09, 2025-SU, 2025-Q3, 2025-H1, 2025-W49, P1M, PAST_REF
  std::string duration;         // ISO 8601 duration where the expression has a length ("P3D"), else ""
  AnchorKind anchor = AnchorKind::Publication;
  std::size_t anchor_offset = 0;  // begin offset of the anchoring expression when anchor == Expression
  bool fuzzy = false;           // the bounds are conventional (이달 초 = days 1-10), not stated
  double confidence = 1.0;      // 0..1, lower when tense or reference had to be guessed
  std::string rule;             // name of the rule that produced it (for debugging and docs)
  std::string warning;          // non-empty when something disagrees, e.g. 10월 24일(목) when the 24th is a Friday
  bool attributive = false;     // a year describing a noun (1991년생, 2000년산 와인), 당시 of a named period of
                                // history (6·25전쟁 당시, time/data/eras.tsv): it dates no event
};

std::string_view to_string(ExprType t);   // "date", "range", "duration", "set", "time", "vague"
std::string_view to_string(Grain g);      // "minute", "hour", "day", "week", "month-part", "month", ...
std::string_view to_string(Mod m);        // "", "START", "MID", "END", "APPROX", "BEFORE", "AFTER", ...
std::string_view to_string(AnchorKind a); // "publication", "expression", "none"
std::optional<Grain> grain_from_string(std::string_view s);

}  // namespace yp::time
