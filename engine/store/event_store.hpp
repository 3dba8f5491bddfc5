// The event store: events ordered into a timeline, merged across mentions, queried by interval,
// type and actor, persisted to one file (Boost.Serialization binary archive behind our own magic
// header and format version; written to a temp file, fsynced, renamed).
// Covered by tests/store/*.cpp (the interval index is checked against a naive scan).
//
// Usage:
//   auto st = yp::store::EventStore::load_or_empty("events.yps");   // Result<EventStore>
//   st.value().ingest(article_name, events);                          // re-ingest replaces, never duplicates
//   auto rows = st.value().query({.from = d1, .to = d2});
//   st.value().save("events.yps");                                    // Result<Unit>
#pragma once

#include "core/error.hpp"
#include "event/event.hpp"

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace yp::store {

struct Query {
  std::optional<date::sys_days> from;  // inclusive first day of the window
  std::optional<date::sys_days> to;    // inclusive last day of the window
  bool within = false;                 // true: event interval must lie inside; false: overlap suffices
  std::optional<event::EventType> type;
  std::optional<std::string> actor;    // matches actor or a participant, after alias canonicalisation
};

struct IngestReport {
  std::size_t added = 0;     // new events
  std::size_t merged = 0;    // mentions merged into existing events
  std::size_t replaced = 0;  // events of an earlier ingest of the same article that were dropped
};

class EventStore {
 public:
  // Adds the events of one article. Events previously ingested from the same article (same name and
  // content hash) are replaced first, so re-ingesting never duplicates; coreferent events merge.
  IngestReport ingest(const std::string& article, std::uint64_t content_hash, std::vector<event::Event> events);

  // Events matching q, in timeline order (start, end, type, actor, id).
  std::vector<const event::Event*> query(const Query& q) const;
  // Same result by linear scan: the reference the interval index is tested against.
  std::vector<const event::Event*> query_naive(const Query& q) const;

  std::size_t size() const;
  const std::vector<event::Event>& events() const;  // timeline order

  Result<Unit> save(const std::string& path) const;
  static Result<EventStore> load(const std::string& path);
  // Like load, but a missing file is an empty store (a corrupt one is still an error).
  static Result<EventStore> load_or_empty(const std::string& path);

  // Private state is documented in event_store.cpp.
  struct Impl;
  EventStore();
  EventStore(EventStore&&) noexcept;
  EventStore& operator=(EventStore&&) noexcept;
  ~EventStore();

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace yp::store
