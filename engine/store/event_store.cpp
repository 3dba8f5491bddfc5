// EventStore: timeline order, interval index, queries (indexed and naive), ingest with re-ingest
// replacement and coreference merge. Covered by tests/store/event_store_test.cpp.
#include "store/event_store.hpp"

#include "event/aliases.hpp"
#include "store/merge.hpp"
#include "store/store_impl.hpp"

#include <xxhash.h>

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_set>
#include <utility>

namespace yp::store {

namespace {

using event::Event;

std::int64_t start_key(const Event& e) {
  return e.when.from ? static_cast<std::int64_t>(e.when.from->time_since_epoch().count()) : kOpenStart;
}
std::int64_t end_key(const Event& e) {
  return e.when.to ? static_cast<std::int64_t>(e.when.to->time_since_epoch().count()) : kOpenEnd;
}

bool timeline_less(const Event& a, const Event& b) {
  auto sa = start_key(a), sb = start_key(b);
  if (sa != sb) return sa < sb;
  auto ea = end_key(a), eb = end_key(b);
  if (ea != eb) return ea < eb;
  if (a.type != b.type) return static_cast<int>(a.type) < static_cast<int>(b.type);
  if (a.actor != b.actor) return a.actor < b.actor;
  return a.id < b.id;
}

std::string ascii_lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Actor filter: the query's canonical name, ASCII-lowercased, must occur as a substring of the canonical
// (ASCII-lowercased) actor or of a participant. "삼성" thus matches 삼성전자; "알트만" matches 샘 알트먼.
class ActorMatcher {
 public:
  explicit ActorMatcher(const std::optional<std::string>& actor) {
    if (actor && !actor->empty()) needle_ = ascii_lower(event::Aliases::builtin().canonical(*actor));
  }
  bool active() const { return !needle_.empty(); }
  bool operator()(const Event& e) const {
    if (needle_.empty()) return true;
    auto hit = [&](const std::string& name) {
      if (name.empty()) return false;
      return ascii_lower(event::Aliases::builtin().canonical(name)).find(needle_) != std::string::npos;
    };
    if (hit(e.actor)) return true;
    return std::any_of(e.participants.begin(), e.participants.end(), hit);
  }

 private:
  std::string needle_;
};

bool passes_filters(const Event& e, const Query& q, const ActorMatcher& actor) {
  if (q.type && e.type != *q.type) return false;
  return actor(e);
}

// The query window as a half-open DayInterval: [from, to + 1 day).
DayInterval window_of(const Query& q) {
  DayInterval w;
  w.from = q.from;
  if (q.to) w.to = *q.to + date::days{1};
  return w;
}

}  // namespace

void EventStore::Impl::reindex() {
  std::stable_sort(events.begin(), events.end(), timeline_less);
  rebuild_index();
  ids.clear();
  for (const auto& e : events) ids.insert(e.id);
}

void EventStore::Impl::rebuild_index() {
  const std::size_t n = events.size();
  starts.resize(n);
  ends.resize(n);
  max_end.resize(n);
  open_ends.clear();
  std::int64_t running = kOpenStart;
  for (std::size_t i = 0; i < n; ++i) {
    starts[i] = start_key(events[i]);
    ends[i] = end_key(events[i]);
    if (ends[i] == kOpenEnd)
      open_ends.push_back(i);
    else
      running = std::max(running, ends[i]);
    max_end[i] = running;
  }
}

EventStore::EventStore() : impl_(std::make_unique<Impl>()) {}
EventStore::EventStore(EventStore&&) noexcept = default;
EventStore& EventStore::operator=(EventStore&&) noexcept = default;
EventStore::~EventStore() = default;

std::size_t EventStore::size() const { return impl_->events.size(); }
const std::vector<Event>& EventStore::events() const { return impl_->events; }

std::vector<ArticleInfo> EventStore::articles() const {
  std::vector<ArticleInfo> out;
  out.reserve(impl_->articles.size());
  for (const auto& [name, info] : impl_->articles) out.push_back(info);
  return out;
}

const ArticleInfo* EventStore::article(const std::string& name) const {
  auto it = impl_->articles.find(name);
  return it == impl_->articles.end() ? nullptr : &it->second;
}

const Event* EventStore::find(event::EventId id) const {
  for (const auto& e : impl_->events)
    if (e.id == id) return &e;
  return nullptr;
}

std::vector<const Event*> EventStore::query_naive(const Query& q) const {
  ActorMatcher actor(q.actor);
  DayInterval w = window_of(q);
  std::vector<const Event*> out;
  for (const auto& e : impl_->events) {
    bool in_time = q.within ? w.contains(e.when) : w.overlaps(e.when);
    if (in_time && passes_filters(e, q, actor)) out.push_back(&e);
  }
  return out;
}

std::vector<const Event*> EventStore::query(const Query& q) const {
  const Impl& s = *impl_;
  ActorMatcher actor(q.actor);
  // Window as half-open day numbers [lo, hi); an absent side is unbounded.
  std::optional<std::int64_t> lo, hi;
  if (q.from) lo = q.from->time_since_epoch().count();
  if (q.to) hi = (*q.to + date::days{1}).time_since_epoch().count();

  std::vector<const Event*> out;
  if (!q.within) {
    s.for_each_overlapping(lo, hi, [&](std::size_t i) {
      if (passes_filters(s.events[i], q, actor)) out.push_back(&s.events[i]);
    });
    return out;
  }
  // Contained: start >= lo (an open start never qualifies when lo exists) and end <= hi (so start <= hi).
  std::size_t first = 0, last = s.events.size();
  if (lo) first = static_cast<std::size_t>(std::lower_bound(s.starts.begin(), s.starts.end(), *lo) - s.starts.begin());
  if (hi) last = static_cast<std::size_t>(std::upper_bound(s.starts.begin(), s.starts.end(), *hi) - s.starts.begin());
  for (std::size_t i = first; i < last; ++i) {
    bool in_time = (!lo || (s.starts[i] != kOpenStart && s.starts[i] >= *lo)) &&
                   (!hi || (s.ends[i] != kOpenEnd && s.ends[i] <= *hi));
    if (in_time && passes_filters(s.events[i], q, actor)) out.push_back(&s.events[i]);
  }
  return out;
}

IngestReport EventStore::ingest(const std::string& article, std::uint64_t content_hash, std::vector<Event> events,
                                std::optional<date::year_month_day> publication_date) {
  Impl& s = *impl_;
  IngestReport report;

  // The publication date, when not given: the first real date on the article's own mentions.
  std::optional<date::year_month_day> date_from_events;
  for (const auto& e : events)
    for (const auto& m : e.mentions)
      if (!date_from_events && m.publication_date.ok()) date_from_events = m.publication_date;

  // 1. Forget what this article said before. Erasing keeps the timeline order.
  if (s.articles.count(article)) {
    for (auto& e : s.events) {
      std::erase_if(e.mentions, [&](const event::Mention& m) { return m.article == article; });
    }
    for (const auto& e : s.events)
      if (e.mentions.empty()) s.ids.erase(e.id);
    report.replaced = static_cast<std::size_t>(
        std::erase_if(s.events, [](const Event& e) { return e.mentions.empty(); }));
    s.rebuild_index();
  }

  // The index covers events [0, indexed); events whose time or order key changed in this ingest are
  // `dirty` (the index no longer describes them) and are checked one by one, as are the new ones.
  const std::size_t indexed = s.events.size();
  std::vector<std::size_t> dirty;
  auto is_dirty = [&](std::size_t i) { return std::find(dirty.begin(), dirty.end(), i) != dirty.end(); };

  for (auto& e : events) {
    // Every mention of this ingest belongs to `article` (so that a re-ingest finds them).
    if (e.mentions.empty()) {
      event::Mention m;
      m.article = article;
      if (publication_date) m.publication_date = *publication_date;
      m.trigger = e.trigger;
      e.mentions.push_back(std::move(m));
    }
    for (auto& m : e.mentions) m.article = article;

    // 2. Coreferent with a stored event? Indexed events overlapping in time (timeline order), then the
    // events changed by this ingest, then the ones it added.
    auto coreferent = [&](std::size_t i) {
      const Event& k = s.events[i];
      return k.type == e.type && k.polarity == e.polarity && k.when.overlaps(e.when) && same_event(k, e);
    };
    std::optional<std::size_t> target;
    std::optional<std::int64_t> lo, hi;
    if (e.when.from) lo = e.when.from->time_since_epoch().count();
    if (e.when.to) hi = e.when.to->time_since_epoch().count();
    s.for_each_overlapping(lo, hi, [&](std::size_t i) {
      if (!target && i < indexed && !is_dirty(i) && coreferent(i)) target = i;
    });
    for (std::size_t i = 0; !target && i < dirty.size(); ++i)
      if (coreferent(dirty[i])) target = dirty[i];
    for (std::size_t i = indexed; !target && i < s.events.size(); ++i)
      if (coreferent(i)) target = i;

    if (target) {
      Event& k = s.events[*target];
      const auto before = std::make_tuple(start_key(k), end_key(k), k.actor);
      merge_into(k, e);
      if (*target < indexed && before != std::make_tuple(start_key(k), end_key(k), k.actor) && !is_dirty(*target))
        dirty.push_back(*target);
      ++report.merged;
      continue;
    }
    // 3. A new event with a stable id, unique in this store.
    e.id = compute_id(e);
    std::uint64_t salt = 0;
    while (e.id == 0 || s.ids.count(e.id)) {
      std::uint64_t buf[2] = {e.id, ++salt};
      e.id = XXH3_64bits(buf, sizeof buf);
    }
    s.ids.insert(e.id);
    s.events.push_back(std::move(e));
    ++report.added;
  }

  // 4. Back into timeline order: a full sort if stored events moved, else sort the new ones and merge.
  if (!dirty.empty()) {
    std::stable_sort(s.events.begin(), s.events.end(), timeline_less);
  } else {
    auto mid = s.events.begin() + static_cast<std::ptrdiff_t>(indexed);
    std::stable_sort(mid, s.events.end(), timeline_less);
    // Only the stored events after the first insertion point move (news is mostly about recent days).
    if (mid != s.events.end()) {
      auto from = std::upper_bound(s.events.begin(), mid, *mid, timeline_less);
      std::inplace_merge(from, mid, s.events.end(), timeline_less);
    }
  }
  s.rebuild_index();

  ArticleInfo& info = s.articles[article];
  info.name = article;
  info.content_hash = content_hash;
  info.publication_date = publication_date ? publication_date : date_from_events;
  ++info.ingest_count;
  return report;
}

}  // namespace yp::store
