// The event store: events ordered into a timeline, merged across mentions, queried by interval,
// type and actor, persisted to one file (Boost.Serialization binary archive behind our own magic
// header and format version; written to a temp file, fsynced, renamed).
// Covered by tests/store/*.cpp (the interval index is checked against a naive scan).
//
// Usage:
//   auto st = yp::store::EventStore::load_or_empty("events.yps");   // Result<EventStore>
//   st.value().ingest({.key = article_key(body, date, title), .source = path, .events = events});
//                                                                     // the same content again changes nothing
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
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace yp::store {

// Where events with an open side (no start or no end: "~ 2025-10-24", "2027-01-01 ~") go in a result.
enum class OpenSides {
  Mixed,    // in timeline order with the others (open starts first): timeline's default
  Last,     // after every bounded event, each group in timeline order: between's default
  Exclude,  // left out
};

// Every member has a default, so designated initialisers may name any subset (no -Wextra warning).
struct Query {
  std::optional<date::sys_days> from{};  // inclusive first day of the window
  std::optional<date::sys_days> to{};    // inclusive last day of the window
  bool within = false;                 // true: event interval must lie inside; false: overlap suffices
  std::vector<event::EventType> types{};  // any of these types (empty: every type)
  std::vector<std::string> actors{};   // any of these entities as actor or participant (empty: everyone)
  bool actor_prefix = false;           // also match names that start with a given actor (삼성 -> 삼성중공업)
  OpenSides open = OpenSides::Mixed;
  std::size_t offset = 0;              // skip this many results (paging)
  std::size_t limit = 0;               // at most this many results (0: all)
};

// An article's identity is its content: XXH3-64 over a format tag, its NFC body, its publication date and
// its title (length-prefixed). Where it was read from is not part of it: the same text under another path
// or from stdin is the same article.
std::uint64_t article_key(std::string_view body, date::year_month_day publication_date, std::string_view title);

// One article handed to ingest: its identity, where it was read from, and its extracted events (already
// merged within the article, see merge_coreferent).
struct ArticleInput {
  std::uint64_t key = 0;   // article_key(...); must not be 0
  std::string source;      // where it was read from: the path as given, or "stdin:<hash>"
  std::string title;       // its title header, may be empty
  std::optional<date::year_month_day> publication_date;  // else taken from its events' mentions
  std::vector<event::Event> events;
};

// What the store remembers about each article.
struct ArticleInfo {
  std::uint64_t key = 0;                 // content identity (article_key)
  std::string name;                      // the source it was first stored from; its mentions carry this name
  std::vector<std::string> sources;      // every source it was ingested from, sorted, without repeats
  std::string title;
  std::optional<date::year_month_day> publication_date;  // given, else taken from its events' mentions
  std::uint32_t event_count = 0;         // events it yielded (before merging with other articles)
};

struct IngestReport {
  bool already_stored = false;  // the same content was stored before: nothing changed (its source is recorded)
  std::size_t added = 0;        // new events
  std::size_t merged = 0;       // mentions merged into existing events
};

class EventStore {
 public:
  // Adds articles. The store is a function of the *set* of articles it was given, not of their order or
  // of how many times each came: articles are applied in canonical order (publication date, then key); an
  // article whose key is already stored changes nothing but its list of sources. Each event of an article
  // merges into the first coreferent stored event in timeline order (same_event) or is added with a stable
  // id (compute_id). When a new article sorts before an article already stored, the timeline is recomputed
  // from every article's own events in canonical order (so that the result does not depend on arrival).
  // Reports come back in the order of `batch`.
  std::vector<IngestReport> ingest(std::vector<ArticleInput> batch);
  IngestReport ingest(ArticleInput article);
  // Per-article bookkeeping in canonical order (publication date, key).
  std::vector<ArticleInfo> articles() const;
  // The bookkeeping of one article, or nullptr if it was never ingested.
  const ArticleInfo* article(std::uint64_t key) const;
  // The events one article yielded, as stored for recomputation (empty if unknown).
  const std::vector<event::Event>& article_events(std::uint64_t key) const;
  // Recomputes the timeline from every article's own events in canonical order (what ingest does when an
  // article arrives out of order). The result equals the current timeline whenever the store is intact.
  void rebuild();
  // The event with this id, or nullptr.
  const event::Event* find(event::EventId id) const;

  // Events matching q, in timeline order (start, end, type, actor, id), open-ended ones placed as q.open
  // says, then q.offset skipped and at most q.limit kept. Actors match after alias canonicalisation
  // (the alias table: 알트만 = 샘 알트먼; ASCII case ignored); with actor_prefix also by name prefix.
  std::vector<const event::Event*> query(const Query& q) const;
  // How many events match q before offset and limit (for "showing 1-50 of N").
  std::size_t count(const Query& q) const;
  // Same result by linear scan: the reference the interval index is tested against.
  std::vector<const event::Event*> query_naive(const Query& q) const;

  // The store format version this build writes (and the newest it reads): 3 is the segmented directory;
  // 1 and 2 were single files, still read (and turned into a directory by the next ingest).
  static constexpr std::uint32_t kFormatVersion = 3;

  std::size_t size() const;
  const std::vector<event::Event>& events() const;  // timeline order

  // A store is a directory (layout in docs/formats.md): a MANIFEST naming its segment files — events by
  // month of their start, articles by month of publication — each behind our header (magic, format
  // version, kind, count, length, XXH3-64). save() writes the whole store as a new generation of segment
  // files (temp file, fsync, rename each), then the manifest (the same way, last), then removes files the
  // new manifest does not name. A crash at any point leaves the old or the new store. A legacy single-file
  // store at `path` is replaced by the directory atomically (renameat2 RENAME_EXCHANGE).
  Result<Unit> save(const std::string& path) const;
  // The whole store. Missing -> IoError; damaged (any segment or the manifest) -> CorruptStore naming the
  // file and the segment. Reads formats 1-3.
  static Result<EventStore> load(const std::string& path);
  // Like load, but a missing store is an empty one.
  static Result<EventStore> load_or_empty(const std::string& path);
  // Only what a query needs: the events of the segments that can hold events overlapping [from, to]
  // (inclusive days; an absent side is open), no article table. A missing store is empty.
  static Result<EventStore> load_for_query(const std::string& path, std::optional<date::sys_days> from,
                                           std::optional<date::sys_days> to);

  // Consistency of a loaded store beyond what loading checks: timeline order, unique non-zero ids, every
  // event has a mention, every mention names a stored article, article event counts. With `deep`, also
  // that recomputing the timeline from the articles' own events gives the same events. One line per
  // problem found (empty: consistent).
  std::vector<std::string> check(bool deep) const;
  // The whole store (events, then the article table with each article's own events) as a Boost text
  // archive, preceded by a line "yeonpyo store dump, format N": portable between machines and readable.
  Result<Unit> dump(std::ostream& out) const;

  // Private state is documented in event_store.cpp and store_impl.hpp.
  struct Impl;
  Impl& impl() { return *impl_; }              // for the persistence code (persist.cpp, segments.cpp)
  const Impl& impl() const { return *impl_; }
  EventStore();
  EventStore(EventStore&&) noexcept;
  EventStore& operator=(EventStore&&) noexcept;
  ~EventStore();

 private:
  std::unique_ptr<Impl> impl_;
};

// Adds a batch of articles to the store at `path` (created if missing) touching only what changes: the
// manifest, the article segments of the new articles' months, and the event segments that can hold an
// event coreferent with one of theirs. When an article sorts before the last stored one, the whole store is
// loaded, recomputed and rewritten instead. Leftover files of an interrupted earlier run are removed. The
// caller holds the store's exclusive lock (StoreLock). A damaged store is refused and not written.
struct IngestResult {
  std::vector<IngestReport> reports;  // in the order of the batch
  std::size_t events = 0;             // events in the store afterwards
  bool recomputed = false;            // an article arrived out of canonical order: the store was rebuilt
  std::size_t segments_written = 0;   // segment files written (the manifest not counted)
};
Result<IngestResult> ingest_into(const std::string& path, std::vector<ArticleInput> batch);

}  // namespace yp::store
