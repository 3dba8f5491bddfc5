// Tests for engine/store/event_store.hpp: timeline order, query semantics (inclusive days, overlap vs
// within, open sides, type/actor filters), the interval index against the naive scan on random data,
// and ingest (added/merged, content identity, re-ingest idempotence, order independence, per-article
// bookkeeping).
#include "store/event_store.hpp"

#include "store/merge.hpp"
#include "support/events.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>
#include <fmt/format.h>

#include <random>
#include <tuple>
#include <string>
#include <vector>

using namespace date::literals;
using yp::DayInterval;
using yp::event::Event;
using yp::event::EventType;
using yp::store::EventStore;
using yp::store::Query;
using yp::test::day;

namespace {

// An event dated by its sentence, mentioned in `article` at `offset` (a 30-byte sentence "문장").
Event make(EventType type, std::string actor, DayInterval when, std::string article, std::size_t offset,
           std::vector<std::string> participants = {}, std::string object = {}) {
  Event e = yp::test::make_event(type, std::move(actor), when, std::move(participants));
  e.object = std::move(object);
  e.time_source = yp::event::TimeSource::Sentence;
  e.summary = e.actor + " " + e.object;
  e.mentions.push_back(yp::test::mention(std::move(article), offset, offset + 30, "문장"));
  return e;
}

bool same_mentions(const std::vector<yp::event::Mention>& a, const std::vector<yp::event::Mention>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].article != b[i].article || a[i].publication_date != b[i].publication_date ||
        a[i].sentence != b[i].sentence || a[i].begin != b[i].begin || a[i].end != b[i].end ||
        a[i].trigger != b[i].trigger)
      return false;
  return true;
}

bool same_fields(const Event& a, const Event& b) {
  return a.id == b.id && a.type == b.type && a.actor == b.actor && a.actor_inferred == b.actor_inferred &&
         a.affiliation == b.affiliation && a.role == b.role && a.participants == b.participants &&
         a.location == b.location && a.object == b.object && a.amount == b.amount && a.trigger == b.trigger &&
         a.polarity == b.polarity && a.modality == b.modality && a.reported == b.reported && a.when == b.when &&
         a.grain == b.grain && a.mod == b.mod && a.fuzzy == b.fuzzy && a.timex == b.timex &&
         a.time_text == b.time_text && a.time_source == b.time_source && a.summary == b.summary &&
         same_mentions(a.mentions, b.mentions);
}

bool same_store(const EventStore& a, const EventStore& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!same_fields(a.events()[i], b.events()[i])) return false;
  return true;
}

// A small store: the events of the APEC article, in our own words.
std::vector<Event> apec_events() {
  return {
      make(EventType::Cancellation, "샘 알트먼", DayInterval::days(day(2025_y / 10 / 28), day(2025_y / 10 / 31)),
           "apec.txt", 0, {}, "APEC CEO 서밋"),
      make(EventType::Announcement, "오픈AI", DayInterval::day(day(2025_y / 10 / 24)), "apec.txt", 200),
      make(EventType::Visit, "샘 알트먼", DayInterval::month(2025_y / date::February), "apec.txt", 400, {}, "한국"),
      make(EventType::Visit, "샘 알트먼", DayInterval::day(day(2025_y / 10 / 1)), "apec.txt", 600, {}, "한국"),
      make(EventType::Contract, "오픈AI", DayInterval::day(day(2025_y / 10 / 1)), "apec.txt", 700,
           {"삼성전자", "SK하이닉스"}, "디램 웨이퍼 공급 계약"),
      make(EventType::Opening, "오픈AI", DayInterval::month(2025_y / date::September), "apec.txt", 900, {},
           "한국 사무소"),
      make(EventType::Investment, "오픈AI", DayInterval{std::nullopt, day(2025_y / 3 / 1)}, "apec.txt", 1000, {},
           "스타게이트"),
      make(EventType::Contract, "오픈AI", DayInterval::day(day(2025_y / 10 / 1)), "apec.txt", 1200,
           {"SK하이닉스"}, "디램 웨이퍼 공급 계약"),  // repeats the contract at 700
  };
}

// Ingests one article under a made-up key (its "content") read from `source`.
yp::store::IngestReport put(EventStore& st, std::string source, std::uint64_t key, std::vector<Event> events,
                            std::optional<date::year_month_day> pub = std::nullopt) {
  return st.ingest(yp::store::ArticleInput{.key = key, .source = std::move(source), .title = {},
                                           .publication_date = pub, .events = std::move(events)});
}

std::vector<std::string> actors_of(const std::vector<const Event*>& v) {
  std::vector<std::string> out;
  for (auto* e : v) out.push_back(std::string(yp::event::to_string(e->type)) + ":" + e->actor);
  return out;
}

}  // namespace

TEST_CASE("ingest: coreferent mentions merge, counts are reported, events get ids") {
  EventStore st;
  auto r = put(st, "apec.txt", 0xabc, apec_events());
  CHECK(r.added == 7);
  CHECK(r.merged == 1);
  CHECK(!r.already_stored);
  REQUIRE(st.size() == 7);
  for (const auto& e : st.events()) CHECK(e.id != 0);
  const Event* contract = nullptr;
  for (const auto& e : st.events())
    if (e.type == EventType::Contract) contract = &e;
  REQUIRE(contract);
  CHECK(contract->mentions.size() == 2);
  CHECK(st.find(contract->id) == contract);
  CHECK(st.find(12345) == nullptr);

  const auto* info = st.article(0xabc);
  REQUIRE(info);
  CHECK(info->key == 0xabc);
  CHECK(info->name == "apec.txt");
  CHECK(info->sources == std::vector<std::string>{"apec.txt"});
  CHECK(info->event_count == 8);
  REQUIRE(info->publication_date);
  CHECK(*info->publication_date == 2025_y / 10 / 24);
  CHECK(st.article(0xdef) == nullptr);
  CHECK(st.article_events(0xabc).size() == 8);
}

TEST_CASE("timeline order: start ascending with open starts first, then end, type, actor") {
  EventStore st;
  put(st, "apec.txt", 1, apec_events());
  std::vector<std::string> got = actors_of([&] {
    std::vector<const Event*> v;
    for (const auto& e : st.events()) v.push_back(&e);
    return v;
  }());
  std::vector<std::string> want = {
      "investment:오픈AI",    // open start
      "visit:샘 알트먼",      // February
      "opening:오픈AI",       // September
      "visit:샘 알트먼",      // 10-01, visit < contract in EventType order
      "contract:오픈AI",      // 10-01
      "announcement:오픈AI",  // 10-24
      "cancellation:샘 알트먼",  // 10-28..31
  };
  CHECK(got == want);
}

TEST_CASE("query: inclusive days, overlap vs within, open sides") {
  EventStore st;
  put(st, "apec.txt", 1, apec_events());

  SECTION("one inclusive day") {
    auto r = st.query({.from = day(2025_y / 10 / 1), .to = day(2025_y / 10 / 1)});
    CHECK(actors_of(r) == std::vector<std::string>{"visit:샘 알트먼", "contract:오픈AI"});
  }
  SECTION("the last day of the window is included") {
    auto r = st.query({.from = day(2025_y / 10 / 20), .to = day(2025_y / 10 / 28)});
    CHECK(actors_of(r) == std::vector<std::string>{"announcement:오픈AI", "cancellation:샘 알트먼"});
  }
  SECTION("overlap catches a period that only partly intersects; within does not") {
    Query q{.from = day(2025_y / 9 / 15), .to = day(2025_y / 10 / 29)};
    auto over = st.query(q);
    CHECK(actors_of(over) == std::vector<std::string>{"opening:오픈AI", "visit:샘 알트먼", "contract:오픈AI",
                                                      "announcement:오픈AI", "cancellation:샘 알트먼"});
    q.within = true;
    auto in = st.query(q);
    CHECK(actors_of(in) == std::vector<std::string>{"visit:샘 알트먼", "contract:오픈AI", "announcement:오픈AI"});
  }
  SECTION("an open-sided event overlaps but is never within a bounded window") {
    Query q{.from = day(2025_y / 1 / 1), .to = day(2025_y / 2 / 28)};
    auto over = st.query(q);
    CHECK(actors_of(over) == std::vector<std::string>{"investment:오픈AI", "visit:샘 알트먼"});
    q.within = true;
    CHECK(actors_of(st.query(q)) == std::vector<std::string>{"visit:샘 알트먼"});
  }
  SECTION("no window: everything; a window with nothing in it: nothing") {
    CHECK(st.query({}).size() == 7);
    CHECK(st.query({.from = day(2026_y / 1 / 1)}).empty());
    CHECK(st.query({.from = day(2025_y / 11 / 1), .to = day(2025_y / 12 / 31)}).empty());
    CHECK(st.query({.from = day(2025_y / 10 / 31), .to = day(2025_y / 10 / 1)}).empty());  // inverted
  }
  SECTION("from only / to only") {
    CHECK(actors_of(st.query({.from = day(2025_y / 10 / 24)})) ==
          std::vector<std::string>{"announcement:오픈AI", "cancellation:샘 알트먼"});
    CHECK(actors_of(st.query({.to = day(2025_y / 2 / 1)})) ==
          std::vector<std::string>{"investment:오픈AI", "visit:샘 알트먼"});
  }
}

TEST_CASE("query: type and actor filters (actor or participant, aliases, several values, prefixes)") {
  EventStore st;
  put(st, "apec.txt", 1, apec_events());
  CHECK(st.query({.types = {EventType::Visit}}).size() == 2);
  CHECK(st.query({.types = {EventType::Launch}}).empty());
  CHECK(st.query({.types = {EventType::Visit, EventType::Cancellation}}).size() == 3);
  CHECK(actors_of(st.query({.actors = {"알트만"}})) ==
        std::vector<std::string>{"visit:샘 알트먼", "visit:샘 알트먼", "cancellation:샘 알트먼"});
  CHECK(actors_of(st.query({.actors = {"SK하이닉스"}})) == std::vector<std::string>{"contract:오픈AI"});
  CHECK(st.query({.actors = {"openai"}}).size() == 4);  // alias, ASCII case ignored
  CHECK(st.query({.actors = {"엔비디아"}}).empty());
  CHECK(st.query({.actors = {""}}).size() == 7);  // empty: no filter
  CHECK(st.query({.actors = {"알트만", "엔비디아", "SK하이닉스"}}).size() == 4);  // any of them
  // A part of a name is no match without --actor-prefix; with it, a name that starts with it is.
  CHECK(st.query({.actors = {"하이닉스"}}).size() == 1);  // an alias of SK하이닉스 in the table
  CHECK(st.query({.actors = {"SK"}}).empty());
  CHECK(actors_of(st.query({.actors = {"SK"}, .actor_prefix = true})) == std::vector<std::string>{"contract:오픈AI"});
  CHECK(st.query({.actors = {"샘"}, .actor_prefix = true}).size() == 3);
  auto both = st.query({.from = day(2025_y / 10 / 1), .to = day(2025_y / 10 / 31), .types = {EventType::Visit},
                        .actors = {"알트먼"}});
  CHECK(both.size() == 1);
}

TEST_CASE("query: a prefix finds every company of a group although the alias table maps the group name to one") {
  EventStore st;
  put(st, "s.txt", 1,
      {make(EventType::Contract, "삼성중공업", DayInterval::day(day(2025_y / 3 / 4)), "s.txt", 0, {}, "LNG선"),
       make(EventType::Investment, "삼성전자", DayInterval::day(day(2025_y / 3 / 5)), "s.txt", 100, {}, "공장"),
       make(EventType::Launch, "한빛전자", DayInterval::day(day(2025_y / 3 / 6)), "s.txt", 200, {"삼성SDI"}, "배터리")});
  CHECK(actors_of(st.query({.actors = {"삼성"}})) == std::vector<std::string>{"investment:삼성전자"});  // alias only
  CHECK(actors_of(st.query({.actors = {"삼성"}, .actor_prefix = true})) ==
        std::vector<std::string>{"contract:삼성중공업", "investment:삼성전자", "launch:한빛전자"});
}

TEST_CASE("query: open-ended events mixed, last or excluded, and paging with offset and limit") {
  EventStore st;
  put(st, "apec.txt", 1, apec_events());
  put(st, "b.txt", 2,
      {make(EventType::Opening, "한빛전자", DayInterval{day(2025_y / 10 / 10), std::nullopt}, "b.txt", 0, {}, "연구소")});
  const Query window{.from = day(2025_y / 1 / 1), .to = day(2025_y / 12 / 31)};
  auto mixed = st.query(window);
  REQUIRE(mixed.size() == 8);
  CHECK_FALSE(mixed.front()->when.from.has_value());  // the open-start investment comes first
  Query last = window;
  last.open = yp::store::OpenSides::Last;
  auto l = st.query(last);
  REQUIRE(l.size() == 8);
  CHECK_FALSE(l[6]->when.from.has_value());
  CHECK_FALSE(l[7]->when.to.has_value());
  for (std::size_t i = 0; i < 6; ++i) CHECK((l[i]->when.from && l[i]->when.to));
  Query none = window;
  none.open = yp::store::OpenSides::Exclude;
  CHECK(st.query(none).size() == 6);
  CHECK(st.query(none) == st.query_naive(none));
  // --within keeps its meaning: an open side is never inside a bounded window.
  Query within = window;
  within.within = true;
  CHECK(st.query(within).size() == 6);

  Query page = last;
  page.limit = 3;
  std::vector<const Event*> all;
  for (page.offset = 0; page.offset < 12; page.offset += 3) {
    auto p = st.query(page);
    CHECK(p.size() <= 3);
    CHECK(p == st.query_naive(page));
    all.insert(all.end(), p.begin(), p.end());
  }
  CHECK(all == l);
  CHECK(st.count(page) == 8);
}

TEST_CASE("ingest: the same content again, under any source, changes nothing but the list of sources") {
  EventStore once;
  put(once, "apec.txt", 1, apec_events());

  EventStore twice;
  put(twice, "apec.txt", 1, apec_events());
  auto r = put(twice, "./elsewhere/apec.txt", 1, apec_events());
  CHECK(r.already_stored);
  CHECK(r.added == 0);
  CHECK(r.merged == 0);
  CHECK(same_store(once, twice));
  CHECK(twice.article(1)->name == "apec.txt");  // the mentions keep the first source's name
  CHECK(twice.article(1)->sources == std::vector<std::string>{"./elsewhere/apec.txt", "apec.txt"});
  CHECK(twice.articles().size() == 1);

  SECTION("other content under the same path is another article") {
    auto changed = apec_events();
    changed.resize(2);
    auto r2 = put(twice, "apec.txt", 2, changed);
    CHECK(!r2.already_stored);
    CHECK(twice.articles().size() == 2);
    CHECK(twice.size() == 7);  // both of its events are coreferent with stored ones
    CHECK(r2.merged == 2);
  }
}

TEST_CASE("ingest: a second article merges into stored events, re-ingesting it changes nothing") {
  std::vector<Event> second = {
      make(EventType::Visit, "알트만", DayInterval::day(day(2025_y / 10 / 1)), "news2.txt", 50, {}, "한국"),
      make(EventType::Meeting, "샘 알트먼", DayInterval::day(day(2025_y / 10 / 1)), "news2.txt", 90, {"이재용"}),
  };
  EventStore a;
  put(a, "apec.txt", 1, apec_events());
  auto r = put(a, "news2.txt", 2, second);
  CHECK(r.merged == 1);
  CHECK(r.added == 1);
  CHECK(a.size() == 8);
  auto visits = a.query({.from = day(2025_y / 10 / 1), .to = day(2025_y / 10 / 1), .types = {EventType::Visit}});
  REQUIRE(visits.size() == 1);
  REQUIRE(visits[0]->mentions.size() == 2);
  CHECK(visits[0]->mentions[1].article == "news2.txt");

  EventStore b;
  put(b, "apec.txt", 1, apec_events());
  put(b, "news2.txt", 2, second);
  auto r2 = put(b, "news2.txt", 2, second);
  CHECK(r2.already_stored);
  CHECK(same_store(a, b));
  CHECK(b.articles().size() == 2);
}

TEST_CASE("ingest: mentions are attributed to the article name, an event without mentions gets one") {
  EventStore st;
  Event e = make(EventType::Launch, "오픈AI", DayInterval::day(day(2025_y / 10 / 2)), "somewhere-else.txt", 0);
  Event bare = make(EventType::Statement, "오픈AI", DayInterval::day(day(2025_y / 10 / 3)), "x", 0);
  bare.mentions.clear();
  put(st, "a.txt", 7, {e, bare}, 2025_y / 10 / 3);
  REQUIRE(st.size() == 2);
  for (const auto& ev : st.events()) {
    REQUIRE(ev.mentions.size() == 1);
    CHECK(ev.mentions[0].article == "a.txt");
    CHECK(ev.mentions[0].article_key == 7);
  }
  CHECK(*st.article(7)->publication_date == 2025_y / 10 / 3);
}

TEST_CASE("interval index agrees with the naive scan on 10,000 random events and 2,000 random windows") {
  std::mt19937_64 rng(20251024);
  auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const date::sys_days base = day(2020_y / 1 / 1);
  const std::vector<std::string> actors = {"샘 알트먼", "오픈AI", "삼성전자", "SK하이닉스", "엔비디아", "오라클"};

  std::vector<Event> events;
  for (int i = 0; i < 10000; ++i) {
    DayInterval w;
    int shape = uni(0, 19);
    date::sys_days s = base + date::days{uni(0, 2500)};
    if (shape == 0) {
      w = {std::nullopt, s + date::days{1}};  // open start
    } else if (shape == 1) {
      w = {s, std::nullopt};  // open end
    } else if (shape == 2) {
      w = {};  // no time at all
    } else if (shape < 8) {
      w = DayInterval::day(s);
    } else {
      w = DayInterval{s, s + date::days{uni(1, shape < 15 ? 40 : 800)}};
    }
    Event e = make(static_cast<EventType>(uni(0, 14)), actors[static_cast<std::size_t>(uni(0, 5))], w,
                   "r" + std::to_string(i % 97) + ".txt", static_cast<std::size_t>(i) * 100,
                   {actors[static_cast<std::size_t>(uni(0, 5))]}, fmt::format("물건{:05}", i));
    e.polarity = uni(0, 1) ? yp::event::Polarity::Positive : yp::event::Polarity::Negative;
    events.push_back(std::move(e));
  }
  EventStore st;
  put(st, "random", 1, events);
  REQUIRE(st.size() > 5000);  // some random events are coreferent and merge; most do not

  std::size_t nonempty = 0;
  for (int i = 0; i < 2000; ++i) {
    Query q;
    int shape = uni(0, 9);
    date::sys_days f = base + date::days{uni(-100, 2700)};
    if (shape != 0) q.from = f;
    if (shape != 1) q.to = f + date::days{uni(0, shape < 6 ? 30 : 900)};
    if (shape == 2) q.to = f - date::days{uni(1, 10)};  // inverted window
    q.within = uni(0, 1) == 1;
    if (uni(0, 4) == 0) q.types = {static_cast<EventType>(uni(0, 14)), static_cast<EventType>(uni(0, 14))};
    if (uni(0, 5) == 0) q.actors = {actors[static_cast<std::size_t>(uni(0, 5))]};
    if (uni(0, 5) == 0) q.actor_prefix = true;
    q.open = static_cast<yp::store::OpenSides>(uni(0, 2));
    if (uni(0, 3) == 0) {
      q.offset = static_cast<std::size_t>(uni(0, 20));
      q.limit = static_cast<std::size_t>(uni(1, 50));
    }
    auto fast = st.query(q);
    auto slow = st.query_naive(q);
    REQUIRE(fast == slow);
    if (!fast.empty()) ++nonempty;
  }
  CHECK(nonempty > 1000);  // the windows actually hit something
}

TEST_CASE("ingest: a later mention that sharpens a stored event's time moves it in the timeline") {
  EventStore st;
  Event vague = make(EventType::Visit, "샘 알트먼", DayInterval::month(2025_y / date::October), "a.txt", 0, {}, "한국");
  vague.grain = yp::time::Grain::Month;
  Event later = make(EventType::Launch, "오픈AI", DayInterval::day(day(2025_y / 10 / 5)), "a.txt", 100);
  put(st, "a.txt", 1, {vague, later});
  REQUIRE(st.events().front().type == EventType::Visit);  // 10-01..10-31 starts first

  Event exact = make(EventType::Visit, "알트만", DayInterval::day(day(2025_y / 10 / 20)), "b.txt", 0, {}, "한국");
  Event again = make(EventType::Visit, "샘 알트먼", DayInterval::day(day(2025_y / 10 / 20)), "b.txt", 300, {}, "한국");
  auto r = put(st, "b.txt", 2, {exact, again});
  CHECK(r.merged == 2);  // the second merges into the event the first one just moved
  REQUIRE(st.size() == 2);
  CHECK(st.events()[0].type == EventType::Launch);
  CHECK(st.events()[1].type == EventType::Visit);
  CHECK(st.events()[1].when == DayInterval::day(day(2025_y / 10 / 20)));
  CHECK(st.events()[1].mentions.size() == 3);
  Query q{.from = day(2025_y / 10 / 20), .to = day(2025_y / 10 / 20)};
  CHECK(st.query(q) == st.query_naive(q));
  CHECK(st.query(q).size() == 1);
}

TEST_CASE("ingest: random sequences of articles keep timeline order, index == naive, re-ingest idempotent") {
  std::mt19937_64 rng(42);
  auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const date::sys_days base = day(2025_y / 1 / 1);
  const std::vector<std::string> actors = {"샘 알트먼", "알트만", "오픈AI", "OpenAI", "삼성전자", "삼성"};
  const std::vector<std::string> objects = {"", "한국", "디램 웨이퍼", "웨이퍼 공급", "데이터센터", "사무소"};
  auto article = [&](int n) {
    std::vector<Event> evs;
    int count = uni(0, 12);
    for (int k = 0; k < count; ++k) {
      date::sys_days s = base + date::days{uni(0, 120)};
      DayInterval w = uni(0, 9) == 0 ? DayInterval{s, std::nullopt} : DayInterval{s, s + date::days{uni(1, 31)}};
      Event e = make(static_cast<EventType>(uni(0, 3)), actors[static_cast<std::size_t>(uni(0, 5))], w,
                     "art" + std::to_string(n), static_cast<std::size_t>(k) * 50, {},
                     objects[static_cast<std::size_t>(uni(0, 5))]);
      e.grain = static_cast<yp::time::Grain>(uni(2, 9));
      e.time_source = uni(0, 4) == 0 ? yp::event::TimeSource::Publication : yp::event::TimeSource::Sentence;
      evs.push_back(std::move(e));
    }
    return evs;
  };
  auto in_order = [](const EventStore& st) {
    const auto& ev = st.events();
    for (std::size_t i = 1; i < ev.size(); ++i) {
      auto key = [](const Event& e) {
        return std::make_tuple(e.when.from ? e.when.from->time_since_epoch().count() : INT64_MIN,
                               e.when.to ? e.when.to->time_since_epoch().count() : INT64_MAX,
                               static_cast<int>(e.type), e.actor, e.id);
      };
      if (key(ev[i]) < key(ev[i - 1])) return false;
    }
    return true;
  };
  for (int round = 0; round < 20; ++round) {
    EventStore st;
    std::vector<std::vector<Event>> arts;
    for (int n = 0; n < 15; ++n) arts.push_back(article(n));
    for (int n = 0; n < 15; ++n) {
      put(st, "art" + std::to_string(n), static_cast<std::uint64_t>(n) + 1, arts[static_cast<std::size_t>(n)]);
      REQUIRE(in_order(st));
      for (int i = 0; i < 20; ++i) {
        date::sys_days f = base + date::days{uni(-10, 150)};
        Query q{.from = f, .to = f + date::days{uni(0, 40)}, .within = uni(0, 1) == 1};
        REQUIRE(st.query(q) == st.query_naive(q));
      }
    }
    // Re-ingesting the last article changes nothing.
    EventStore copy;
    for (int n = 0; n < 15; ++n)
      put(copy, "art" + std::to_string(n), static_cast<std::uint64_t>(n) + 1, arts[static_cast<std::size_t>(n)]);
    put(copy, "art14", 15, arts[14]);
    REQUIRE(same_store(st, copy));
  }
}

TEST_CASE("ingest: the same set of articles in any order, in one batch or one by one, gives the same store") {
  std::mt19937_64 rng(1024);
  auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const date::sys_days base = day(2025_y / 1 / 1);
  const std::vector<std::string> actors = {"샘 알트먼", "알트만", "오픈AI", "OpenAI", "삼성전자", "삼성"};
  const std::vector<std::string> objects = {"", "한국", "디램 웨이퍼", "웨이퍼 공급", "데이터센터", "사무소"};
  for (int round = 0; round < 10; ++round) {
    // 25 articles published over two months (several on one day), each with events that often corefer.
    std::vector<yp::store::ArticleInput> arts;
    for (int n = 0; n < 25; ++n) {
      yp::store::ArticleInput a;
      a.key = 1000 + static_cast<std::uint64_t>(uni(0, 1 << 30));
      a.source = "art" + std::to_string(n) + ".txt";
      a.publication_date = date::year_month_day{base + date::days{uni(0, 60)}};
      for (int k = uni(0, 10); k > 0; --k) {
        date::sys_days s = base + date::days{uni(0, 90)};
        DayInterval w = uni(0, 9) == 0 ? DayInterval{s, std::nullopt} : DayInterval{s, s + date::days{uni(1, 31)}};
        Event e = make(static_cast<EventType>(uni(0, 3)), actors[static_cast<std::size_t>(uni(0, 5))], w, a.source,
                       static_cast<std::size_t>(k) * 50, {}, objects[static_cast<std::size_t>(uni(0, 5))]);
        e.grain = static_cast<yp::time::Grain>(uni(2, 9));
        e.time_source = uni(0, 4) == 0 ? yp::event::TimeSource::Publication : yp::event::TimeSource::Sentence;
        a.events.push_back(std::move(e));
      }
      arts.push_back(std::move(a));
    }
    EventStore reference;
    reference.ingest(arts);
    REQUIRE(reference.size() > 20);
    for (int shuffle = 0; shuffle < 6; ++shuffle) {
      auto order = arts;
      std::shuffle(order.begin(), order.end(), rng);
      EventStore st;
      if (shuffle % 2 == 0) {
        st.ingest(order);
      } else {
        for (auto& a : order) {
          st.ingest(a);
          if (uni(0, 3) == 0) st.ingest(order.front());  // a repeat changes nothing
        }
      }
      REQUIRE(same_store(reference, st));
      std::vector<std::uint64_t> ka, kb;
      for (const auto& a : reference.articles()) ka.push_back(a.key);
      for (const auto& a : st.articles()) kb.push_back(a.key);
      REQUIRE(ka == kb);
      Query q{.from = base + date::days{uni(0, 60)}, .to = base + date::days{uni(60, 90)}};
      REQUIRE(st.query(q) == st.query_naive(q));
    }
    // Recomputing from the articles' own events reproduces the timeline.
    EventStore copy;
    copy.ingest(arts);
    copy.rebuild();
    REQUIRE(same_store(reference, copy));
  }
}
