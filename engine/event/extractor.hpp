// The event extractor: article in, events out (one per trigger, before cross-article merging).
// Covered by tests/event/extractor_test.cpp and the corpus tests/corpus/events_ko.tsv.
//
// Usage:
//   auto art = yp::text::parse_article(bytes, name, std::nullopt).value();
//   std::vector<yp::event::Event> evs = yp::event::extract_events(art);
//
// Phases (engine/event/, one file each, contracts in internal.hpp): lexicon.cpp (trigger table
// engine/event/data/triggers.tsv), clauses.cpp (words, particles, clause cuts), arguments.cpp (actor,
// participants, location, object, amount; titles in data/titles.tsv, names through aliases.tsv),
// polarity.cpp (negation, planned/hypothetical, reported speech), timing.cpp (governing time),
// extractor.cpp (wiring and discourse).
//
// What callers can rely on:
//   * one Event per firing trigger, in text order, each with exactly one Mention (the store merges
//     coreferent events; extract_events does not);
//   * `when` is never empty: the governing expression's interval, else the publication date with
//     time_source == Publication (a fallback, not a finding); open sides only come from open ranges;
//   * actor/participants are canonical names (Aliases::builtin()); actor may be empty when the text
//     names nobody; actor_inferred marks a subject carried from the discourse;
//   * reported speech yields two events: the reported one (reported = true, its own time) and the
//     announcement/statement by the reporter;
//   * modifiers (체결한 협약, 설립한 회사) are events only when their clause states their own time
//     (a mention of an earlier event, merged later by the store); otherwise they are background;
//   * inside double quotes (speech) only stated plans and hypotheticals are events (reported = true:
//     "설립할 것"이라고 강조했다); facts and opinions in quotes are the speaker's, not the article's;
//   * never throws on valid UTF-8 NFC input (fuzzed with random word salads under ASan/UBSan).
#pragma once

#include "event/event.hpp"
#include "text/article.hpp"
#include "time/resolver.hpp"

#include <cstddef>
#include <vector>

namespace yp::event {

struct ExtractOptions {
  time::Prefer prefer = time::Prefer::Tense;
};

std::vector<Event> extract_events(const text::Article& article, const ExtractOptions& options = {});

// Bounds on the work one article may cause (docs/robustness.md); 0 means no bound. The CLI's defaults and
// options (--max-expressions, --max-events) are in docs/cli.md.
struct ExtractLimits {
  std::size_t max_expressions = 0;  // temporal expressions found in the body
  std::size_t max_events = 0;       // events found (before merging)
};

// extract_events within `limits`: as soon as one is passed, stops and returns TooLarge naming the article,
// the count reached and the limit; otherwise the same events as extract_events.
Result<std::vector<Event>> extract_events(const text::Article& article, const ExtractLimits& limits,
                                          const ExtractOptions& options = {});

}  // namespace yp::event
