// Internal: the private state of EventStore, shared by event_store.cpp (timeline, index, ingest) and
// persist.cpp (save/load). Not part of the public interface. Covered by tests/store/event_store_test.cpp
// and tests/store/persist_test.cpp.
#pragma once

#include "store/event_store.hpp"

#include <cstdint>
#include <algorithm>
#include <map>
#include <string_view>
#include <utility>
#include <optional>
#include <unordered_set>
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
  // Interval index, parallel to `events`: start day (inclusive) and end day (exclusive), and the running
  // maximum of the *bounded* ends over [0, i]. Events with an open end are listed apart in `open_ends`
  // (ascending indices) so that one of them does not make every later prefix maximum infinite.
  // An overlap query [lo, hi) binary-searches `starts` for the last candidate (start < hi) and `max_end`
  // for the first bounded candidate (end > lo), scans only between them, and adds the open-ended events
  // before that range.
  std::vector<std::int64_t> starts;
  std::vector<std::int64_t> ends;
  std::vector<std::int64_t> max_end;
  std::vector<std::size_t> open_ends;
  // Ids in use (for collision checks on ingest).
  std::unordered_set<event::EventId> ids;
  // Every article: its bookkeeping and the events it yielded on its own (the input of rebuild()), by key.
  struct ArticleRecord {
    ArticleInfo info;
    std::vector<event::Event> events;
  };
  std::map<std::uint64_t, ArticleRecord> articles;
  // The last article in canonical order among *all* stored articles (also those of segments not loaded):
  // an article that sorts after it is appended, one that sorts before it makes ingest recompute.
  std::optional<std::pair<std::int64_t, std::uint64_t>> last_article;

  // Sorts `events` into timeline order and rebuilds the index and id set (used after load).
  void reindex();
  // Rebuilds the index arrays from `events`, which must already be in timeline order. O(n).
  void rebuild_index();
  // Calls f(i) for every index i whose event overlaps the half-open day window [lo, hi) (an absent side
  // is unbounded), in ascending order.
  template <class F>
  void for_each_overlapping(std::optional<std::int64_t> lo, std::optional<std::int64_t> hi, F&& f) const;
};

template <class F>
void EventStore::Impl::for_each_overlapping(std::optional<std::int64_t> lo, std::optional<std::int64_t> hi,
                                            F&& f) const {
  // Overlap of [start, end) with [lo, hi): start < hi and end > lo. Only the indexed prefix is visited
  // (during an ingest, events appended after the last rebuild_index() are not indexed yet).
  std::size_t first = 0, last = starts.size();
  if (hi) last = static_cast<std::size_t>(std::lower_bound(starts.begin(), starts.end(), *hi) - starts.begin());
  if (lo) {
    first = static_cast<std::size_t>(std::upper_bound(max_end.begin(), max_end.end(), *lo) - max_end.begin());
    first = std::min(first, last);
    // Open-ended events before `first` (their start < hi since their index < last) all overlap.
    for (std::size_t i : open_ends) {
      if (i >= first) break;
      f(i);
    }
  }
  for (std::size_t i = first; i < last; ++i)
    if (!lo || ends[i] > *lo) f(i);
}

}  // namespace yp::store

namespace yp::store {

// Canonical article order: publication date (an article without one first), then key.
using ArticleOrder = std::pair<std::int64_t, std::uint64_t>;
inline ArticleOrder article_order(const ArticleInfo& a) {
  std::int64_t day = a.publication_date && a.publication_date->ok()
                         ? static_cast<std::int64_t>(date::sys_days{*a.publication_date}.time_since_epoch().count())
                         : INT64_MIN;
  return {day, a.key};
}

// The publication date of an article: given, else the first real date on its events' mentions.
std::optional<date::year_month_day> publication_date_of(const ArticleInput& a);

// Timeline order of events: start ascending (open starts first), then end (open ends last), type, actor, id.
bool timeline_less(const event::Event& a, const event::Event& b);

}  // namespace yp::store

namespace yp::store {

// ---- persistence internals (persist.cpp: codecs; segments.cpp: files and directories) --------------

// One segment file of a store directory, as the manifest lists it.
struct SegmentRef {
  std::string name;                // "ev-2025-10", "ev-open" (no start), "ar-2025-10", "ar-none" (no date)
  std::string file;                // "<name>.<generation>.seg"
  std::uint64_t count = 0;         // records in it
  std::uint64_t bytes = 0;         // stored (compressed) length
  std::uint64_t checksum = 0;      // XXH3-64 of the stored bytes
  std::uint64_t archive_checksum = 0;  // XXH3-64 of the archive before compression (to skip identical rewrites)
  std::int64_t min_start = 0;      // event segments: smallest start day (kOpenStart if open)
  std::int64_t max_end = 0;        // event segments: largest end day (kOpenEnd if open)
};

struct Manifest {
  std::uint64_t generation = 0;
  bool has_last = false;           // last article in canonical order: (day, key)
  std::int64_t last_day = 0;
  std::uint64_t last_key = 0;
  std::vector<SegmentRef> segments;
};

// Boost binary archives of each kind of payload. Decoding checks every count and size against the bytes
// left before allocating; on failure it returns false and says why in `why`.
std::string encode_events(const std::vector<event::Event>& events);
std::string encode_articles(const std::vector<EventStore::Impl::ArticleRecord>& articles);
std::string encode_manifest(const Manifest& m);
bool decode_events(std::string_view payload, std::vector<event::Event>& out, std::string& why);
bool decode_articles(std::string_view payload, std::vector<EventStore::Impl::ArticleRecord>& out, std::string& why);
bool decode_manifest(std::string_view payload, Manifest& out, std::string& why);

// A store kept in one file (formats 1 and 2, before segments).
Result<EventStore> load_single_file(const std::string& path);

}  // namespace yp::store
