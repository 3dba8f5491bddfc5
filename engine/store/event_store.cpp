// EventStore: timeline order, interval index, queries (indexed and naive), ingest with re-ingest
// replacement and coreference merge. Covered by tests/store/event_store_test.cpp.
#include "store/event_store.hpp"

#include "event/aliases.hpp"
#include "store/merge.hpp"
#include "store/store_impl.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <map>
#include <unordered_map>
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

}  // namespace

bool timeline_less(const Event& a, const Event& b) {
  auto sa = start_key(a), sb = start_key(b);
  if (sa != sb) return sa < sb;
  auto ea = end_key(a), eb = end_key(b);
  if (ea != eb) return ea < eb;
  if (a.type != b.type) return static_cast<int>(a.type) < static_cast<int>(b.type);
  if (a.actor != b.actor) return a.actor < b.actor;
  return a.id < b.id;
}

namespace {

std::string ascii_lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Actor filter. Each queried name and each name of an event (actor, participants) is canonicalised through
// the alias table and ASCII-lowercased; an event matches when one of its names equals one of the queried
// ones (알트만 finds 샘 알트먼, OpenAI finds 오픈AI). With `prefix`, it also matches when one of its names,
// canonical or as written, starts with a queried name as given or canonicalised (삼성 finds 삼성전자,
// 삼성중공업 and 삼성SDI, although the alias table maps 삼성 itself to 삼성전자).
class ActorMatcher {
 public:
  ActorMatcher(const std::vector<std::string>& actors, bool prefix) : prefix_(prefix) {
    for (const auto& a : actors) {
      if (a.empty()) continue;
      std::string c = ascii_lower(event::Aliases::builtin().canonical(a));
      if (prefix) {
        needles_.push_back(ascii_lower(a));
        if (c != needles_.back()) needles_.push_back(c);
      } else {
        needles_.push_back(std::move(c));
      }
    }
  }
  bool operator()(const Event& e) const {
    if (needles_.empty()) return true;
    auto hit = [&](const std::string& name) {
      if (name.empty()) return false;
      const std::string c = ascii_lower(event::Aliases::builtin().canonical(name));
      for (const auto& n : needles_) {
        if (!prefix_ && c == n) return true;
        if (prefix_ && (c.starts_with(n) || ascii_lower(name).starts_with(n))) return true;
      }
      return false;
    };
    if (hit(e.actor)) return true;
    return std::any_of(e.participants.begin(), e.participants.end(), hit);
  }

 private:
  bool prefix_;
  std::vector<std::string> needles_;
};

bool passes_filters(const Event& e, const Query& q, const ActorMatcher& actor) {
  if (!q.types.empty() && std::find(q.types.begin(), q.types.end(), e.type) == q.types.end()) return false;
  if (q.open == OpenSides::Exclude && (!e.when.from || !e.when.to)) return false;
  return actor(e);
}

// Places open-ended events as q.open says, then applies offset and limit.
std::vector<const Event*> finish_result(std::vector<const Event*> out, const Query& q) {
  if (q.open == OpenSides::Last)
    std::stable_partition(out.begin(), out.end(), [](const Event* e) { return e->when.from && e->when.to; });
  if (q.offset >= out.size()) return {};
  out.erase(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(q.offset));
  if (q.limit && out.size() > q.limit) out.resize(q.limit);
  return out;
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
  for (const auto& [key, rec] : impl_->articles) out.push_back(rec.info);
  std::sort(out.begin(), out.end(),
            [](const ArticleInfo& a, const ArticleInfo& b) { return article_order(a) < article_order(b); });
  return out;
}

const ArticleInfo* EventStore::article(std::uint64_t key) const {
  auto it = impl_->articles.find(key);
  return it == impl_->articles.end() ? nullptr : &it->second.info;
}

const std::vector<Event>& EventStore::article_events(std::uint64_t key) const {
  static const std::vector<Event> none;
  auto it = impl_->articles.find(key);
  return it == impl_->articles.end() ? none : it->second.events;
}

const Event* EventStore::find(event::EventId id) const {
  for (const auto& e : impl_->events)
    if (e.id == id) return &e;
  return nullptr;
}

std::vector<const Event*> EventStore::query_naive(const Query& q) const {
  ActorMatcher actor(q.actors, q.actor_prefix);
  DayInterval w = window_of(q);
  std::vector<const Event*> out;
  for (const auto& e : impl_->events) {
    bool in_time = q.within ? w.contains(e.when) : w.overlaps(e.when);
    if (in_time && passes_filters(e, q, actor)) out.push_back(&e);
  }
  return finish_result(std::move(out), q);
}

std::size_t EventStore::count(const Query& q) const {
  Query all = q;
  all.offset = 0;
  all.limit = 0;
  return query(all).size();
}

std::vector<const Event*> EventStore::query(const Query& q) const {
  const Impl& s = *impl_;
  ActorMatcher actor(q.actors, q.actor_prefix);
  // Window as half-open day numbers [lo, hi); an absent side is unbounded.
  std::optional<std::int64_t> lo, hi;
  if (q.from) lo = q.from->time_since_epoch().count();
  if (q.to) hi = (*q.to + date::days{1}).time_since_epoch().count();

  std::vector<const Event*> out;
  if (!q.within) {
    s.for_each_overlapping(lo, hi, [&](std::size_t i) {
      if (passes_filters(s.events[i], q, actor)) out.push_back(&s.events[i]);
    });
    return finish_result(std::move(out), q);
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
  return finish_result(std::move(out), q);
}

std::uint64_t article_key(std::string_view body, date::year_month_day publication_date, std::string_view title) {
  std::string buf;
  buf.reserve(body.size() + title.size() + 64);
  auto put = [&](std::string_view v) {
    std::uint64_t n = v.size();
    buf.append(reinterpret_cast<const char*>(&n), sizeof n);
    buf.append(v);
  };
  put("yp-article/1");
  std::int64_t day = publication_date.ok() ? date::sys_days{publication_date}.time_since_epoch().count() : INT64_MIN;
  buf.append(reinterpret_cast<const char*>(&day), sizeof day);
  put(title);
  put(body);
  std::uint64_t key = XXH3_64bits(buf.data(), buf.size());
  return key == 0 ? 1 : key;  // 0 means "no key"
}

namespace {

// Appends articles to a store in canonical order: each event merges into the first coreferent event in
// timeline order, or is added. Events [0, indexed) are found through the store's interval index; events
// added by this appender and indexed events whose time changed are kept in a per-type side index, by start
// day for short bounded events and in a plain list for long or open ones. finish() restores timeline
// order and the index once, so a batch of n articles costs O(n·candidates + N log N), not O(n·N).
class Appender {
 public:
  explicit Appender(EventStore::Impl& s) : s_(s), indexed_(s.events.size()), pending_(kTypes) {}

  IngestReport add(const ArticleInfo& info, const std::vector<Event>& raw) {
    IngestReport report;
    for (Event e : raw) {
      for (auto& m : e.mentions) {
        m.article = info.name;
        m.article_key = info.key;
      }
      std::optional<std::size_t> target = find_target(e);
      if (target) {
        Event& k = s_.events[*target];
        const auto before = std::make_tuple(start_key(k), end_key(k), k.actor);
        merge_into(k, e);
        const bool time_changed = before != std::make_tuple(start_key(k), end_key(k), k.actor);
        if (time_changed) {
          if (*target < indexed_) {
            order_changed_ = true;
            moved_.insert(*target);
          }
          track(*target);
        }
        ++report.merged;
        continue;
      }
      e.id = compute_id(e);
      std::uint64_t salt = 0;
      while (e.id == 0 || s_.ids.count(e.id)) {
        std::uint64_t buf[2] = {e.id, ++salt};
        e.id = XXH3_64bits(buf, sizeof buf);
      }
      s_.ids.insert(e.id);
      s_.events.push_back(std::move(e));
      track(s_.events.size() - 1);
      ++report.added;
    }
    return report;
  }

  void finish() {
    if (order_changed_) {
      std::sort(s_.events.begin(), s_.events.end(), timeline_less);
    } else {
      auto mid = s_.events.begin() + static_cast<std::ptrdiff_t>(indexed_);
      std::sort(mid, s_.events.end(), timeline_less);
      if (mid != s_.events.end()) {
        auto from = std::upper_bound(s_.events.begin(), mid, *mid, timeline_less);
        std::inplace_merge(from, mid, s_.events.end(), timeline_less);
      }
    }
    s_.rebuild_index();
  }

 private:
  static constexpr std::size_t kTypes = static_cast<std::size_t>(event::EventType::Other) + 1;
  static constexpr std::int64_t kShortSpan = 62;  // days; longer or open events go to the `long` list

  struct Pending {
    std::multimap<std::int64_t, std::size_t> short_by_start;
    std::vector<std::size_t> long_ones;
  };
  struct Where {
    std::size_t type = 0;
    bool is_short = false;
    std::multimap<std::int64_t, std::size_t>::iterator it;
  };

  static bool is_short(const Event& e) {
    return e.when.from && e.when.to && (*e.when.to - *e.when.from).count() <= kShortSpan;
  }

  // (Re)files event i in the side index under its current time.
  void track(std::size_t i) {
    if (auto w = where_.find(i); w != where_.end()) {
      Pending& p = pending_[w->second.type];
      if (w->second.is_short) p.short_by_start.erase(w->second.it);
      else std::erase(p.long_ones, i);
      where_.erase(w);
    }
    const Event& e = s_.events[i];
    Where w;
    w.type = static_cast<std::size_t>(e.type);
    w.is_short = is_short(e);
    Pending& p = pending_[w.type];
    if (w.is_short) w.it = p.short_by_start.emplace(start_key(e), i);
    else p.long_ones.push_back(i);
    where_.emplace(i, w);
  }

  // The first event in timeline order that is coreferent with e, if any.
  std::optional<std::size_t> find_target(const Event& e) {
    std::optional<std::size_t> best;
    auto consider = [&](std::size_t i) {
      const Event& k = s_.events[i];
      if (k.type != e.type || k.polarity != e.polarity || !k.when.overlaps(e.when) || !same_event(k, e)) return;
      if (!best || timeline_less(k, s_.events[*best])) best = i;
    };
    std::optional<std::int64_t> lo, hi;
    if (e.when.from) lo = e.when.from->time_since_epoch().count();
    if (e.when.to) hi = e.when.to->time_since_epoch().count();
    s_.for_each_overlapping(lo, hi, [&](std::size_t i) {
      if (i < indexed_ && !moved_.count(i)) consider(i);
    });
    const Pending& p = pending_[static_cast<std::size_t>(e.type)];
    for (std::size_t i : p.long_ones) consider(i);
    auto first = lo ? p.short_by_start.lower_bound(*lo - kShortSpan) : p.short_by_start.begin();
    auto last = hi ? p.short_by_start.lower_bound(*hi) : p.short_by_start.end();
    for (auto it = first; it != last; ++it) consider(it->second);
    return best;
  }

  EventStore::Impl& s_;
  std::size_t indexed_;
  std::vector<Pending> pending_;
  std::unordered_map<std::size_t, Where> where_;
  std::unordered_set<std::size_t> moved_;
  bool order_changed_ = false;
};

}  // namespace

std::optional<date::year_month_day> publication_date_of(const ArticleInput& a) {
  if (a.publication_date) return a.publication_date;
  for (const auto& e : a.events)
    for (const auto& m : e.mentions)
      if (m.publication_date.ok()) return m.publication_date;
  return std::nullopt;
}

namespace {
void recompute(EventStore::Impl& s, std::unordered_map<std::uint64_t, IngestReport>* reports);
}  // namespace

std::vector<IngestReport> EventStore::ingest(std::vector<ArticleInput> batch) {
  Impl& s = *impl_;
  std::vector<IngestReport> reports(batch.size());
  const std::optional<ArticleOrder> stored_last = s.last_article;

  // 1. Known content only records its source; new articles become records.
  std::vector<std::pair<ArticleOrder, std::size_t>> fresh;  // canonical order -> index in batch
  for (std::size_t i = 0; i < batch.size(); ++i) {
    ArticleInput& a = batch[i];
    if (auto it = s.articles.find(a.key); it != s.articles.end()) {
      auto& sources = it->second.info.sources;
      if (!a.source.empty() && !std::binary_search(sources.begin(), sources.end(), a.source))
        sources.insert(std::upper_bound(sources.begin(), sources.end(), a.source), a.source);
      reports[i].already_stored = true;
      continue;
    }
    Impl::ArticleRecord rec;
    rec.info.key = a.key;
    rec.info.name = a.source;
    if (!a.source.empty()) rec.info.sources.push_back(a.source);
    rec.info.title = a.title;
    rec.info.publication_date = publication_date_of(a);
    rec.info.event_count = static_cast<std::uint32_t>(a.events.size());
    rec.events = std::move(a.events);
    // An event without mentions gets one naming the article, so that every event says where it was seen.
    for (auto& e : rec.events) {
      if (!e.mentions.empty()) continue;
      event::Mention m;
      if (rec.info.publication_date) m.publication_date = *rec.info.publication_date;
      m.trigger = e.trigger;
      e.mentions.push_back(std::move(m));
    }
    fresh.emplace_back(article_order(rec.info), i);
    s.articles.emplace(a.key, std::move(rec));
  }
  if (fresh.empty()) return reports;
  std::sort(fresh.begin(), fresh.end());
  if (!s.last_article || fresh.back().first > *s.last_article) s.last_article = fresh.back().first;

  // 2. In canonical order after everything stored: append. Otherwise recompute from all articles.
  if (stored_last && fresh.front().first < *stored_last) {
    std::unordered_map<std::uint64_t, IngestReport> by_key;
    recompute(s, &by_key);
    for (const auto& [order, i] : fresh) reports[i] = by_key[batch[i].key];
    return reports;
  }
  Appender app(s);
  for (const auto& [order, i] : fresh) {
    const auto& rec = s.articles.at(batch[i].key);
    reports[i] = app.add(rec.info, rec.events);
  }
  app.finish();
  return reports;
}

IngestReport EventStore::ingest(ArticleInput article) {
  std::vector<ArticleInput> one;
  one.push_back(std::move(article));
  return ingest(std::move(one)).front();
}

void EventStore::rebuild() { recompute(*impl_, nullptr); }

std::vector<std::string> EventStore::check(bool deep) const {
  const Impl& s = *impl_;
  std::vector<std::string> problems;
  auto problem = [&](std::string p) {
    if (problems.size() < 50) problems.push_back(std::move(p));
  };
  std::unordered_set<event::EventId> seen;
  for (std::size_t i = 0; i < s.events.size(); ++i) {
    const Event& e = s.events[i];
    if (i > 0 && !timeline_less(s.events[i - 1], e)) problem(fmt::format("event {:016x} is out of timeline order", e.id));
    if (e.id == 0) problem(fmt::format("event #{} has no id", i));
    if (!seen.insert(e.id).second) problem(fmt::format("event id {:016x} is used twice", e.id));
    if (e.mentions.empty()) problem(fmt::format("event {:016x} has no mention", e.id));
    for (const auto& m : e.mentions)
      if (!s.articles.count(m.article_key))
        problem(fmt::format("event {:016x} is mentioned by article {:016x}, which is not stored", e.id, m.article_key));
  }
  for (const auto& [key, rec] : s.articles) {
    if (rec.info.key != key) problem(fmt::format("article {:016x} is filed under {:016x}", rec.info.key, key));
    if (rec.info.event_count != rec.events.size())
      problem(fmt::format("article {:016x} ({}) says {} events but holds {}", key, rec.info.name, rec.info.event_count,
                          rec.events.size()));
  }
  if (deep && problems.empty()) {
    EventStore copy;
    copy.impl_->articles = s.articles;
    copy.rebuild();
    if (copy.size() != size()) {
      problem(fmt::format("recomputing from the articles gives {} events, the store holds {}", copy.size(), size()));
    } else {
      for (std::size_t i = 0; i < size(); ++i)
        if (copy.events()[i].id != s.events[i].id || copy.events()[i].mentions.size() != s.events[i].mentions.size() ||
            !(copy.events()[i].when == s.events[i].when)) {
          problem(fmt::format("recomputing from the articles changes event {:016x}", s.events[i].id));
          break;
        }
    }
  }
  return problems;
}

namespace {

void recompute(EventStore::Impl& s, std::unordered_map<std::uint64_t, IngestReport>* reports) {
  using Record = EventStore::Impl::ArticleRecord;
  s.events.clear();
  s.ids.clear();
  s.rebuild_index();
  std::vector<const Record*> order;
  order.reserve(s.articles.size());
  for (const auto& [key, rec] : s.articles) order.push_back(&rec);
  std::sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return article_order(a->info) < article_order(b->info);
  });
  Appender app(s);
  for (const auto* rec : order) {
    IngestReport r = app.add(rec->info, rec->events);
    if (reports) (*reports)[rec->info.key] = r;
  }
  app.finish();
}

}  // namespace

}  // namespace yp::store
