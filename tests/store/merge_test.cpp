// Tests for engine/store/merge.hpp: what is one event (merges) and what must stay apart, merge_into
// precedence rules, merge_coreferent stability and compute_id stability.
#include "store/merge.hpp"

#include "support/events.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace date::literals;
using yp::DayInterval;
using yp::event::Event;
using yp::event::EventType;
using yp::event::Mention;
using yp::store::compute_id;
using yp::store::merge_coreferent;
using yp::store::merge_into;
using yp::store::same_event;
using yp::test::day;

namespace {

// A sentence of `article` at `begin` (40 bytes unless `end` is given), named after its offset.
Mention mention(std::string article, std::size_t begin, std::size_t end = 0) {
  return yp::test::mention(std::move(article), begin, end ? end : begin + 40, "문장 " + std::to_string(begin));
}

// The October DRAM wafer contract, as a sentence of the article at `offset` reports it.
Event contract(std::size_t offset, std::string article = "apec.txt") {
  Event e = yp::test::wafer_contract();
  e.mentions = {mention(std::move(article), offset)};
  return e;
}

// A visit to 한국 on day `d`, dated by its sentence.
Event visit(date::year_month_day d, std::string actor, std::size_t offset, std::string article = "apec.txt") {
  Event e = yp::test::make_event(EventType::Visit, std::move(actor), DayInterval::day(day(d)));
  e.location = "한국";
  e.object = "한국";
  e.trigger = "방문";
  e.time_source = yp::event::TimeSource::Sentence;
  e.mentions = {mention(std::move(article), offset)};
  return e;
}

}  // namespace

TEST_CASE("same_event: the same contract reported twice in one article merges") {
  Event a = contract(100);
  Event b = contract(900);
  b.object = "디램(DRAM) 웨이퍼 공급 계약";  // written differently the second time
  b.participants = {"SK하이닉스"};
  CHECK(same_event(a, b));
  CHECK(same_event(b, a));
}

TEST_CASE("same_event: aliases make one actor (알트만 = 샘 알트먼) across articles") {
  Event a = visit(2025_y / 10 / 1, "샘 알트먼", 10, "apec.txt");
  Event b = visit(2025_y / 10 / 1, "알트만", 50, "other.txt");
  CHECK(same_event(a, b));
}

TEST_CASE("same_event: a shared participant is enough, an open-ended time overlaps") {
  Event a = contract(100);
  Event b = contract(500);
  b.actor = "";  // subject not stated
  b.participants = {"삼성"};  // alias of 삼성전자
  b.when = DayInterval{day(2025_y / 9 / 1), std::nullopt};  // open end
  b.object = "";
  CHECK(same_event(a, b));
}

TEST_CASE("same_event: objects sharing a content word are compatible (particles attached)") {
  Event a = contract(100);
  Event b = contract(400);
  b.object = "웨이퍼를 공급하는 장기 계약";
  CHECK(same_event(a, b));
}

TEST_CASE("same_event: never merges different events") {
  Event a = contract(100);

  SECTION("different type") {
    Event b = contract(400);
    b.type = EventType::Agreement;
    CHECK_FALSE(same_event(a, b));
  }
  SECTION("times that do not overlap (the February and the October visit)") {
    Event feb = visit(2025_y / 2 / 4, "샘 알트먼", 10);
    feb.when = DayInterval::month(2025_y / date::February);
    Event oct = visit(2025_y / 10 / 1, "샘 알트먼", 300);
    CHECK_FALSE(same_event(feb, oct));
    CHECK_FALSE(same_event(oct, feb));
  }
  SECTION("adjacent days do not overlap (half-open intervals)") {
    Event d1 = visit(2025_y / 10 / 1, "샘 알트먼", 10);
    Event d2 = visit(2025_y / 10 / 2, "샘 알트먼", 300);
    CHECK_FALSE(same_event(d1, d2));
  }
  SECTION("polarity disagrees (attends vs does not attend)") {
    Event b = contract(400);
    b.polarity = yp::event::Polarity::Negative;
    CHECK_FALSE(same_event(a, b));
  }
  SECTION("two events of the same sentence") {
    Event b = contract(100);  // same article, same offsets
    b.participants = {"SK하이닉스"};
    CHECK_FALSE(same_event(a, b));
  }
  SECTION("same actor, overlapping time, but disjoint named partners") {
    Event seoul = visit(2025_y / 10 / 1, "샘 알트먼", 10);
    seoul.type = EventType::Meeting;
    seoul.object.clear();
    seoul.participants = {"이재용", "최태원"};
    Event talks = seoul;
    talks.when = DayInterval::days(day(2025_y / 6 / 1), day(2025_y / 11 / 30));
    talks.participants = {"스톡 스페이스"};
    talks.mentions = {mention("rocket.txt", 50)};
    CHECK_FALSE(same_event(seoul, talks));
    CHECK_FALSE(same_event(talks, seoul));
    talks.participants = {"스톡 스페이스", "최태원"};  // one partner in common: the same talks
    CHECK(same_event(seoul, talks));
  }
  SECTION("no shared entity") {
    Event b = contract(400);
    b.actor = "엔비디아";
    b.participants = {"오라클"};
    CHECK_FALSE(same_event(a, b));
  }
  SECTION("SK그룹 and SK하이닉스 are different entities") {
    Event x = contract(100);
    x.actor = "";
    x.participants = {"SK하이닉스"};
    Event y = contract(400);
    y.actor = "";
    y.participants = {"SK"};
    CHECK_FALSE(same_event(x, y));
  }
  SECTION("no entity on one side: needs stated, compatible objects and text times") {
    Event named = contract(100);
    named.type = EventType::Cancellation;
    named.polarity = yp::event::Polarity::Negative;
    named.actor = "샘 알트먼";
    named.participants = {};
    named.object = "APEC CEO 서밋";
    named.when = DayInterval::days(day(2025_y / 10 / 28), day(2025_y / 10 / 31));
    Event anon = named;
    anon.actor = "";
    anon.object = "APEC CEO 서밋 코리아 2025";
    anon.mentions = {mention("apec.txt", 0)};
    CHECK(same_event(named, anon));  // the subject-less mention of the same non-attendance
    CHECK(same_event(anon, named));
    Event other_thing = anon;
    other_thing.object = "국회 연설";
    CHECK_FALSE(same_event(named, other_thing));
    Event no_object = anon;
    no_object.object = "";
    CHECK_FALSE(same_event(named, no_object));
    Event dated_by_publication = anon;
    dated_by_publication.time_source = yp::event::TimeSource::Publication;
    CHECK_FALSE(same_event(named, dated_by_publication));
    Event other_actor = anon;
    other_actor.actor = "손정의";  // a different, named subject: not anonymous, no shared entity
    CHECK_FALSE(same_event(named, other_actor));
  }
  SECTION("no entity at all on either side") {
    Event x = contract(100);
    x.actor = "";
    x.participants = {};
    Event y = contract(400);
    y.actor = "";
    y.participants = {};
    CHECK_FALSE(same_event(x, y));
  }
  SECTION("two remarks dated only by the publication date, without objects") {
    Event x = contract(100);
    x.type = EventType::Announcement;
    x.object = "";
    x.time_source = yp::event::TimeSource::Publication;
    Event y = x;
    y.mentions = {mention("apec.txt", 700)};
    CHECK_FALSE(same_event(x, y));
    y.time_source = yp::event::TimeSource::Sentence;  // one side dated by the text: still not enough
    CHECK_FALSE(same_event(x, y));
    x.object = "경제 청사진 보고서";  // both objects stated and compatible: the same announcement
    y.object = "오픈AI 경제 청사진";
    CHECK(same_event(x, y));
  }
  SECTION("incompatible objects") {
    Event b = contract(400);
    b.object = "클라우드 컴퓨팅 인프라 계약";
    CHECK_FALSE(same_event(a, b));
  }
  SECTION("a generic word alone (계약) does not make objects compatible") {
    Event x = contract(100);
    x.object = "반도체 장비 계약";
    Event y = contract(400);
    y.object = "데이터센터 전력 계약";
    CHECK_FALSE(same_event(x, y));
  }
}

TEST_CASE("merge_into: mentions without duplicates, participants unioned, longer object") {
  Event keep = contract(100);
  keep.participants = {"삼성전자"};
  keep.object = "웨이퍼 계약";
  Event other = contract(900);
  other.participants = {"삼성", "SK하이닉스", "오픈AI"};  // 삼성 = 삼성전자; 오픈AI is the actor
  other.mentions.push_back(keep.mentions.front());     // a mention keep already has
  merge_into(keep, other);
  REQUIRE(keep.mentions.size() == 2);
  CHECK(keep.mentions[0].begin == 100);
  CHECK(keep.mentions[1].begin == 900);
  CHECK(keep.participants == std::vector<std::string>{"삼성전자", "SK하이닉스"});
  CHECK(keep.object == "디램 웨이퍼 공급 계약");
  CHECK(keep.actor == "오픈AI");
}

TEST_CASE("merge_into: the more precise time is kept") {
  SECTION("a sentence time beats the publication fallback") {
    Event keep = contract(100);
    keep.when = DayInterval::day(day(2025_y / 10 / 24));
    keep.time_source = yp::event::TimeSource::Publication;
    Event other = contract(900);
    other.when = DayInterval::month(2025_y / date::October);
    other.grain = yp::time::Grain::Month;
    other.time_source = yp::event::TimeSource::Sentence;
    other.time_text = "이달";
    merge_into(keep, other);
    CHECK(keep.when == DayInterval::month(2025_y / date::October));
    CHECK(keep.grain == yp::time::Grain::Month);
    CHECK(keep.time_text == "이달");
    CHECK(keep.time_source == yp::event::TimeSource::Sentence);
  }
  SECTION("a day beats a month; the reverse merge keeps the day too") {
    Event dayev = contract(100);
    Event month = contract(900);
    month.when = DayInterval::month(2025_y / date::October);
    month.grain = yp::time::Grain::Month;
    month.time_source = yp::event::TimeSource::Sentence;
    Event k1 = month;
    merge_into(k1, dayev);
    CHECK(k1.when == dayev.when);
    CHECK(k1.grain == yp::time::Grain::Day);
    Event k2 = dayev;
    merge_into(k2, month);
    CHECK(k2.when == dayev.when);
  }
  SECTION("bounded beats open") {
    Event open = contract(100);
    open.when = DayInterval{day(2025_y / 1 / 1), std::nullopt};
    open.grain = yp::time::Grain::Range;
    open.time_source = yp::event::TimeSource::Sentence;
    Event bounded = contract(900);
    bounded.when = DayInterval::days(day(2025_y / 9 / 1), day(2025_y / 10 / 31));
    bounded.grain = yp::time::Grain::Range;
    merge_into(open, bounded);
    CHECK(open.when == bounded.when);
  }
  SECTION("a stated day beats a fuzzy month part") {
    Event fuzzy = visit(2025_y / 10 / 1, "샘 알트먼", 10);
    fuzzy.when = DayInterval::days(day(2025_y / 10 / 1), day(2025_y / 10 / 10));
    fuzzy.grain = yp::time::Grain::MonthPart;
    fuzzy.fuzzy = true;
    Event exact = visit(2025_y / 10 / 1, "알트먼", 300);
    merge_into(fuzzy, exact);
    CHECK(fuzzy.when == DayInterval::day(day(2025_y / 10 / 1)));
    CHECK_FALSE(fuzzy.fuzzy);
  }
}

TEST_CASE("merge_into: an explicit actor replaces an inferred one") {
  Event keep = contract(100);
  keep.actor = "샘 알트먼";
  keep.actor_inferred = true;
  Event other = contract(900);
  merge_into(keep, other);
  CHECK(keep.actor == "오픈AI");
  CHECK_FALSE(keep.actor_inferred);
}

TEST_CASE("merge_coreferent: stable, merges repeats, keeps different events apart") {
  std::vector<Event> events = {
      visit(2025_y / 10 / 1, "샘 알트먼", 10),  // 0
      contract(100),                            // 1
      visit(2025_y / 2 / 10, "샘 알트먼", 200), // 2: another visit, February
      contract(900),                            // 3: repeats 1
      visit(2025_y / 10 / 1, "알트먼", 950),    // 4: repeats 0
  };
  merge_coreferent(events);
  REQUIRE(events.size() == 3);
  CHECK(events[0].type == EventType::Visit);
  CHECK(events[0].mentions.size() == 2);
  CHECK(events[1].type == EventType::Contract);
  CHECK(events[1].mentions.size() == 2);
  CHECK(events[2].type == EventType::Visit);
  CHECK(events[2].mentions.size() == 1);
  CHECK(events[2].mentions[0].begin == 200);
}

TEST_CASE("merge_coreferent: two contracts in one sentence stay two") {
  Event a = contract(100);
  a.participants = {"삼성전자"};
  Event b = contract(100);
  b.participants = {"SK하이닉스"};
  std::vector<Event> events = {a, b};
  merge_coreferent(events);
  CHECK(events.size() == 2);
}

TEST_CASE("compute_id: stable and sensitive only to identity fields") {
  Event a = contract(100);
  const auto id = compute_id(a);
  CHECK(id != 0);
  CHECK(compute_id(a) == id);

  Event same = a;
  same.participants = {"SK하이닉스", "삼성"};  // order and alias do not matter
  same.summary = "다른 요약";
  CHECK(compute_id(same) == id);

  Event later = a;
  later.mentions.push_back(mention("other.txt", 5));  // mentions after the first do not matter
  CHECK(compute_id(later) == id);

  Event t = a;
  t.type = EventType::Agreement;
  CHECK(compute_id(t) != id);
  Event w = a;
  w.when = DayInterval::day(day(2025_y / 10 / 2));
  CHECK(compute_id(w) != id);
  Event o = a;
  o.object = "다른 계약";
  CHECK(compute_id(o) != id);
  Event m = a;
  m.mentions.front().begin = 101;
  CHECK(compute_id(m) != id);
  Event art = a;
  art.mentions.front().article_key = 0xb;  // another article's content
  CHECK(compute_id(art) != id);
  Event path = a;
  path.mentions.front().article = "elsewhere/a.txt";  // the same content read from another path
  CHECK(compute_id(path) == id);
  Event open = a;
  open.when.to.reset();
  CHECK(compute_id(open) != id);
}

TEST_CASE("merge_coreferent by buckets gives what a scan of every kept event gives", "[merge]") {
  // The scan merge_coreferent did before it compared each event only with its (type, polarity) bucket.
  auto scan = [](std::vector<Event> events) {
    std::vector<Event> out;
    for (auto& e : events) {
      auto it = std::find_if(out.begin(), out.end(), [&](const Event& k) { return yp::store::same_event(k, e); });
      if (it != out.end()) yp::store::merge_into(*it, e);
      else out.push_back(std::move(e));
    }
    return out;
  };
  const char* actors[] = {"한빛전자", "가온소프트", "", "정하윤"};
  const char* objects[] = {"", "D램 공급 계약", "공급 계약", "APEC CEO 서밋"};
  const EventType types[] = {EventType::Meeting, EventType::Contract, EventType::Visit};
  std::uint32_t x = 7;
  auto next = [&](std::uint32_t n) {
    x = x * 1664525u + 1013904223u;
    return (x >> 16) % n;
  };
  std::size_t merged = 0;
  for (int round = 0; round < 50; ++round) {
    std::vector<Event> events;
    for (int i = 0; i < 40; ++i) {
      auto from = yp::test::day(2025_y / 10 / 1) + date::days{static_cast<int>(next(20))};
      Event e = yp::test::make_event(types[next(3)], actors[next(4)], DayInterval::days(from, from + date::days{static_cast<int>(next(3))}));
      e.polarity = next(4) == 0 ? yp::event::Polarity::Negative : yp::event::Polarity::Positive;
      e.object = objects[next(4)];
      e.time_source = next(3) == 0 ? yp::event::TimeSource::Publication : yp::event::TimeSource::Sentence;
      if (next(3) == 0) e.participants = {actors[next(2)]};
      e.mentions = {yp::test::mention("a.txt", static_cast<std::size_t>(next(10)) * 100, static_cast<std::size_t>(next(10)) * 100 + 50)};
      events.push_back(e);
    }
    std::vector<Event> bucketed = events;
    merge_coreferent(bucketed);
    std::vector<Event> expected = scan(events);
    REQUIRE(bucketed.size() == expected.size());
    merged += events.size() - expected.size();
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CHECK(compute_id(bucketed[i]) == compute_id(expected[i]));
      CHECK(bucketed[i].mentions.size() == expected[i].mentions.size());
      CHECK(bucketed[i].participants == expected[i].participants);
    }
  }
  CHECK(merged > 100);  // the case merges often
}

TEST_CASE("same_event: one speaker's statements of one day in one article are one statement") {
  auto said = [](std::string actor, date::year_month_day d, std::size_t offset, std::string article, std::string obj) {
    Event e = yp::test::make_event(EventType::Statement, std::move(actor), DayInterval::day(day(d)));
    e.trigger = "말하다";
    e.object = std::move(obj);
    e.time_source = yp::event::TimeSource::Publication;
    e.mentions = {mention(std::move(article), offset)};
    return e;
  };
  // must merge: two quotes of one interview, different content, the publication day
  CHECK(same_event(said("김도현", 2026_y / 8 / 20, 100, "a.txt", "안전"), said("김도현", 2026_y / 8 / 20, 500, "a.txt", "환불")));
  // must not: another day, another speaker, another article (the objects do not agree), one sentence
  CHECK_FALSE(same_event(said("김도현", 2026_y / 8 / 20, 100, "a.txt", "안전"), said("김도현", 2026_y / 8 / 21, 500, "a.txt", "환불")));
  CHECK_FALSE(same_event(said("김도현", 2026_y / 8 / 20, 100, "a.txt", "안전"), said("정하윤", 2026_y / 8 / 20, 500, "a.txt", "환불")));
  CHECK_FALSE(same_event(said("김도현", 2026_y / 8 / 20, 100, "a.txt", "안전"), said("김도현", 2026_y / 8 / 20, 500, "b.txt", "환불")));
  CHECK_FALSE(same_event(said("김도현", 2026_y / 8 / 20, 100, "a.txt", "안전"), said("김도현", 2026_y / 8 / 20, 100, "a.txt", "환불")));
  // must not: one name, two stored articles (the store's identity is the name and the content key)
  Event x = said("김도현", 2026_y / 8 / 20, 100, "a.txt", "안전"), y = said("김도현", 2026_y / 8 / 20, 500, "a.txt", "환불");
  x.mentions[0].article_key = 1;
  y.mentions[0].article_key = 2;
  CHECK_FALSE(same_event(x, y));
}
