// The event extractor: article in, events out (one per trigger, before cross-article merging).
// Covered by tests/event/extractor_test.cpp and the corpus tests/corpus/events_ko.tsv.
//
// Usage:
//   auto art = yp::text::parse_article(bytes, name, std::nullopt).value();
//   std::vector<yp::event::Event> evs = yp::event::extract_events(art);
#pragma once

#include "event/event.hpp"
#include "text/article.hpp"
#include "time/resolver.hpp"

#include <vector>

namespace yp::event {

struct ExtractOptions {
  time::Prefer prefer = time::Prefer::Tense;
};

std::vector<Event> extract_events(const text::Article& article, const ExtractOptions& options = {});

}  // namespace yp::event
