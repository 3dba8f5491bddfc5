// Internal: the private state of EventStore, shared by event_store.cpp (timeline, index, ingest) and
// persist.cpp (save/load). Not part of the public interface. Covered by tests/store/event_store_test.cpp
// and tests/store/persist_test.cpp.
#pragma once

#include "store/event_store.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace yp::store {

// Day numbers used by the interval index: an open start is kOpenStart, an open end is kOpenEnd.
inline constexpr std::int64_t kOpenStart = INT64_MIN;
inline constexpr std::int64_t kOpenEnd = INT64_MAX;

struct EventStore::Impl {
  // All events in timeline order: start ascending (open starts first), then end (open ends last),
  // then type, actor, id. The vector itself is the interval index's sort order.
  std::vector<event::Event> events;
  // Interval index, parallel to `events`: start day (inclusive), end day (exclusive), and the running
  // maximum of `ends` over [0, i]. An overlap query binary-searches `starts` for the last candidate and
  // `max_end` for the first, and scans only between them.
  std::vector<std::int64_t> starts;
  std::vector<std::int64_t> ends;
  std::vector<std::int64_t> max_end;
  // Per-article bookkeeping by article name.
  std::map<std::string, ArticleInfo> articles;

  // Sorts `events` into timeline order and rebuilds the index. Call after any change to `events`.
  void reindex();
};

}  // namespace yp::store
