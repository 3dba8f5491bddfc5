// The temporal normaliser: finds every temporal expression in a Korean text and resolves it against
// the publication date. Covered by tests/time/*.cpp and the corpus tests/corpus/time_ko.tsv (+ negatives).
//
// Usage:
//   yp::time::ResolveOptions opt;
//   opt.publication_date = 2025_y/October/24;
//   for (const auto& e : yp::time::find_time_expressions(body, opt))
//     std::cout << e.text << " -> " << yp::format_iso(*e.interval.first_day()) << '\n';
//
// Resolution rules are documented in docs/expressions.md (generated from / checked against the corpus).
//
// Phases (one file each): text::fold (full-width digits, range marks; offsets map back to `text`)
//   -> scanner.cpp (numbers, units, lexicon words from time/data/*.tsv, holidays)
//   -> rules.cpp (named rules: pattern over tokens + production that may reject; longest match wins)
//   -> tense.cpp (the governing verb's tense, for bare 24일 / 월요일 / 3월)
//   -> resolver.cpp (publication date + tense + antecedent -> interval, grain, timex, mod).
// Input is valid UTF-8 (NFC); nothing throws on odd text; an impossible publication date yields no expressions.
#pragma once

#include "time/expression.hpp"

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace yp::time {

// What to do when a phrase carries no tense cue (a bare 월요일, 3월).
enum class Prefer {
  Tense,   // news default: follow the governing verb's tense, failing that the past
  Past,
  Future,  // assistants and calendars
};

struct ResolveOptions {
  date::year_month_day publication_date{};            // the document creation time, KST day
  std::optional<std::chrono::minutes> reference_time;  // time of day of publication, if known
  Prefer prefer = Prefer::Tense;
  // Byte ranges [first, second) of the text whose dates are no antecedent for 당시/이날/전날: photo
  // captions and the headline (text::CleanText::segments).
  std::vector<std::pair<std::size_t, std::size_t>> no_antecedent;
};

// All temporal expressions in `text` (valid UTF-8, NFC), left to right, non-overlapping.
// Anaphoric expressions (당시, 이날, 전날, 같은 날) take the nearest preceding explicit date in `text`,
// else the publication date.
std::vector<TimeExpr> find_time_expressions(std::string_view text, const ResolveOptions& options);

}  // namespace yp::time
