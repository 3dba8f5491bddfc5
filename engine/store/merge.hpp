// Event coreference: when two event records are the same event (within an article or across
// articles), and how to merge them. Rule: same type, overlapping time, a shared actor or participant
// (after alias canonicalisation), and compatible objects; polarity must agree; never two events of one
// sentence; when either time is only the publication-date fallback, both objects must be stated and
// compatible. A record with no entity at all may join one that has entities when both objects are stated
// and compatible and both times come from the text. Documented in docs/events.md and docs/formats.md.
// Covered by tests/store/merge_test.cpp (both directions: merges and must-not-merge cases).
#pragma once

#include "event/event.hpp"

#include <vector>

namespace yp::store {

bool same_event(const event::Event& a, const event::Event& b);
// Folds `other` into `keep`: mentions appended, participants unioned, the more precise time kept.
void merge_into(event::Event& keep, const event::Event& other);
// Merges coreferent events within one list (e.g. the same contract reported twice in one article).
void merge_coreferent(std::vector<event::Event>& events);
// Stable id from the event's identity fields (xxhash).
event::EventId compute_id(const event::Event& e);

}  // namespace yp::store
