// The event store: events ordered into a timeline, merged across mentions, queried by interval,
// type and actor, persisted to one file (Boost.Serialization binary archive behind our own magic
// header and format version; written to a temp file, fsynced, renamed).
// Covered by tests/store/*.cpp (the interval index is checked against a naive scan).
//
// Usage:
//   auto st = yp::store::EventStore::load_or_empty("events.yps");   // Result<EventStore>
//   st.value().ingest(article_name, content_hash, events);            // re-ingest replaces, never duplicates
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

// Every member has a default, so designated initialisers may name any subset (no -Wextra warning).
struct Query {
  std::optional<date::sys_days> from{};  // inclusive first day of the window
  std::optional<date::sys_days> to{};    // inclusive last day of the window
  bool within = false;                 // true: event interval must lie inside; false: overlap suffices
  std::optional<event::EventType> type{};
  std::optional<std::string> actor{};  // matches actor or a participant, after alias canonicalisation
};

// What the store remembers about each ingested article.
struct ArticleInfo {
  std::string name;                                    // as passed to ingest (file path as given)
  std::uint64_t content_hash = 0;                      // of the article bytes, as passed to ingest
  std::optional<date::year_month_day> publication_date;  // given, else taken from its events' mentions
  std::uint32_t ingest_count = 0;                      // how many times it was ingested
};

struct IngestReport {
  std::size_t added = 0;     // new events
  std::size_t merged = 0;    // mentions merged into existing events
  std::size_t replaced = 0;  // events of an earlier ingest of the same article that were dropped
};

class EventStore {
 public:
  // Adds the events of one article. Mentions previously ingested under the same article name are removed
  // first (events left without mentions are dropped and counted as replaced), so re-ingesting never
  // duplicates; then each event merges into a coreferent stored event (same_event) or is added.
  // Each event gets a stable id (compute_id in store/merge.hpp); mentions with an empty article name get
  // `article`; an event without mentions gets one naming `article`.
  IngestReport ingest(const std::string& article, std::uint64_t content_hash, std::vector<event::Event> events,
                      std::optional<date::year_month_day> publication_date = std::nullopt);
  // Per-article bookkeeping, sorted by name.
  std::vector<ArticleInfo> articles() const;
  // The bookkeeping of one article, or nullptr if it was never ingested.
  const ArticleInfo* article(const std::string& name) const;
  // The event with this id, or nullptr.
  const event::Event* find(event::EventId id) const;

  // Events matching q, in timeline order (start, end, type, actor, id).
  std::vector<const event::Event*> query(const Query& q) const;
  // Same result by linear scan: the reference the interval index is tested against.
  std::vector<const event::Event*> query_naive(const Query& q) const;

  // The store file format version this build writes (and the newest it reads).
  static constexpr std::uint32_t kFormatVersion = 1;

  std::size_t size() const;
  const std::vector<event::Event>& events() const;  // timeline order

  // One file: magic "YEONPYO\x1a", format version, payload length, XXH3-64 of the payload, then a
  // Boost.Serialization binary archive (layout in docs/formats.md). Written to "<path>.tmp.<pid>",
  // fsynced and renamed over `path`; on failure the old file is untouched (IoError names path and errno).
  Result<Unit> save(const std::string& path) const;
  // Missing/unreadable file -> IoError; wrong magic, newer version, truncated or corrupt -> CorruptStore.
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
