// EventStore: timeline order, interval index, queries (indexed and naive), ingest with re-ingest
// replacement and coreference merge. Covered by tests/store/event_store_test.cpp.
#include "store/event_store.hpp"

#include "event/aliases.hpp"
#include "store/merge.hpp"
#include "store/store_impl.hpp"

#include <xxhash.h>

#include <algorithm>
#include <numeric>
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
  starts.resize(events.size());
  ends.resize(events.size());
  max_end.resize(events.size());
  std::int64_t running = kOpenStart;
  for (std::size_t i = 0; i < events.size(); ++i) {
    starts[i] = start_key(events[i]);
    ends[i] = end_key(events[i]);
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
  const std::size_t n = s.events.size();
  // Window as half-open day numbers [lo, hi); an absent side is unbounded.
  const bool has_lo = q.from.has_value(), has_hi = q.to.has_value();
  const std::int64_t lo = has_lo ? q.from->time_since_epoch().count() : 0;
  const std::int64_t hi = has_hi ? (*q.to + date::days{1}).time_since_epoch().count() : 0;

  std::size_t first = 0, last = n;
  if (q.within) {
    // Contained: start >= lo (so an open start never qualifies when lo exists) and end <= hi, hence start <= hi.
    if (has_lo) first = static_cast<std::size_t>(std::lower_bound(s.starts.begin(), s.starts.end(), lo) - s.starts.begin());
    if (has_hi) last = static_cast<std::size_t>(std::upper_bound(s.starts.begin(), s.starts.end(), hi) - s.starts.begin());
  } else {
    // Overlap: start < hi and end > lo. Events sorted by start: those with start >= hi are past `last`;
    // max_end is non-decreasing, so everything before the first i with max_end[i] > lo has end <= lo.
    if (has_hi) last = static_cast<std::size_t>(std::lower_bound(s.starts.begin(), s.starts.end(), hi) - s.starts.begin());
    if (has_lo) first = static_cast<std::size_t>(std::upper_bound(s.max_end.begin(), s.max_end.end(), lo) - s.max_end.begin());
  }

  std::vector<const Event*> out;
  for (std::size_t i = first; i < last; ++i) {
    bool in_time;
    if (q.within)
      in_time = (!has_lo || (s.starts[i] != kOpenStart && s.starts[i] >= lo)) &&
                (!has_hi || (s.ends[i] != kOpenEnd && s.ends[i] <= hi));
    else
      in_time = (!has_hi || s.starts[i] < hi) && (!has_lo || s.ends[i] > lo);
    if (in_time && passes_filters(s.events[i], q, actor)) out.push_back(&s.events[i]);
  }
  return out;
}

IngestReport EventStore::ingest(const std::string& article, std::uint64_t content_hash, std::vector<Event> events,
                                std::optional<date::year_month_day> publication_date) {
  Impl& s = *impl_;
  IngestReport report;

  // 1. Forget what this article said before.
  if (s.articles.count(article)) {
    for (auto& e : s.events) {
      std::erase_if(e.mentions, [&](const event::Mention& m) { return m.article == article; });
    }
    report.replaced = static_cast<std::size_t>(
        std::erase_if(s.events, [](const Event& e) { return e.mentions.empty(); }));
  }

  std::unordered_set<event::EventId> ids;
  ids.reserve(s.events.size() + events.size());
  for (const auto& e : s.events) ids.insert(e.id);

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

    // 2. Coreferent with a stored event (old ones in timeline order, then this ingest's new ones)?
    Event* target = nullptr;
    for (auto& k : s.events) {
      if (k.type == e.type && k.polarity == e.polarity && k.when.overlaps(e.when) && same_event(k, e)) {
        target = &k;
        break;
      }
    }
    if (target) {
      merge_into(*target, e);
      ++report.merged;
      continue;
    }
    // 3. A new event with a stable id, unique in this store.
    e.id = compute_id(e);
    std::uint64_t salt = 0;
    while (e.id == 0 || ids.count(e.id)) {
      std::uint64_t buf[2] = {e.id, ++salt};
      e.id = XXH3_64bits(buf, sizeof buf);
    }
    ids.insert(e.id);
    s.events.push_back(std::move(e));
    ++report.added;
  }

  ArticleInfo& info = s.articles[article];
  info.name = article;
  info.content_hash = content_hash;
  if (publication_date) {
    info.publication_date = publication_date;
  } else {
    info.publication_date.reset();
    for (const auto& e : s.events)
      for (const auto& m : e.mentions)
        if (m.article == article && m.publication_date.ok()) {
          info.publication_date = m.publication_date;
          break;
        }
  }
  ++info.ingest_count;

  s.reindex();
  return report;
}

}  // namespace yp::store
