// Tests for the store directory (engine/store/segments.cpp): incremental ingest_into equals the in-memory
// store, writes only what changes, recomputes for an out-of-order article; load_for_query reads only the
// segments a window needs and answers like the whole store; a damaged segment is refused and not rewritten.
#include "store/event_store.hpp"

#include "support/events.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace date::literals;
namespace fs = std::filesystem;
using yp::DayInterval;
using yp::event::Event;
using yp::event::EventType;
using yp::store::ArticleInput;
using yp::store::EventStore;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    static int counter = 0;
    path = fs::temp_directory_path() / ("yp-segments-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

// Articles published one per day from 2025-01-01, each with events in the weeks before, a few long or open.
std::vector<ArticleInput> articles(int n, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const std::vector<std::string> actors = {"샘 알트먼", "오픈AI", "삼성전자", "SK하이닉스", "한빛전자", "세진배터리"};
  std::vector<ArticleInput> out;
  for (int i = 0; i < n; ++i) {
    ArticleInput a;
    a.key = seed * 1000 + static_cast<std::uint64_t>(i) + 1;
    a.source = "a" + std::to_string(i) + ".txt";
    const date::sys_days pub = date::sys_days{2025_y / 1 / 1} + date::days{i};
    a.publication_date = date::year_month_day{pub};
    for (int k = 0; k < 6; ++k) {
      const date::sys_days s = pub - date::days{uni(0, 40)};
      const int shape = uni(0, 19);
      DayInterval w = shape == 0   ? DayInterval{s, std::nullopt}
                      : shape == 1 ? DayInterval{s, s + date::days{200}}
                                   : DayInterval{s, s + date::days{uni(1, 20)}};
      Event e = yp::test::make_event(static_cast<EventType>(uni(0, 3)), actors[static_cast<std::size_t>(uni(0, 5))], w);
      e.object = uni(0, 1) ? "웨이퍼 공급" : "";
      e.time_source = yp::event::TimeSource::Sentence;
      e.mentions.push_back(yp::test::mention(a.source, static_cast<std::size_t>(k) * 100, static_cast<std::size_t>(k) * 100 + 50,
                                             "문장", date::year_month_day{pub}));
      a.events.push_back(std::move(e));
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::string dump_of(const EventStore& st) {
  std::ostringstream out;
  REQUIRE(st.dump(out).ok());
  return out.str();
}

std::size_t seg_files(const std::string& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir)) n += e.path().extension() == ".seg";
  return n;
}

}  // namespace

TEST_CASE("ingest_into: daily batches into a store directory equal the in-memory store of all articles") {
  TempDir dir;
  const std::string path = dir.file("s.yps");
  auto all = articles(120, 7);
  EventStore memory;
  memory.ingest(all);

  std::size_t written = 0;
  for (std::size_t i = 0; i < all.size(); i += 3) {
    std::vector<ArticleInput> batch(all.begin() + static_cast<std::ptrdiff_t>(i),
                                    all.begin() + static_cast<std::ptrdiff_t>(std::min(i + 3, all.size())));
    auto r = yp::store::ingest_into(path, batch);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().recomputed);
    written += r.value().segments_written;
  }
  auto back = EventStore::load(path);
  REQUIRE(back.ok());
  CHECK(back.value().size() == memory.size());
  CHECK(dump_of(back.value()) == dump_of(memory));
  CHECK(back.value().check(/*deep=*/true).empty());
  // Each batch rewrote a handful of segments, not all of them.
  CHECK(written < 40 * seg_files(path));

  SECTION("the same articles again change no segment") {
    auto r = yp::store::ingest_into(path, {all[5], all[77]});
    REQUIRE(r.ok());
    CHECK(r.value().reports[0].already_stored);
    CHECK(r.value().segments_written == 0);  // every segment would come out byte for byte the same
  }
  SECTION("an article older than the newest one recomputes, and still equals the in-memory store") {
    auto early = articles(1, 99);
    early[0].publication_date = 2024_y / 12 / 31;
    auto r = yp::store::ingest_into(path, early);
    REQUIRE(r.ok());
    CHECK(r.value().recomputed);
    memory.ingest(early);
    auto again = EventStore::load(path);
    REQUIRE(again.ok());
    CHECK(dump_of(again.value()) == dump_of(memory));
  }
  SECTION("a query reads only the segments of its window and answers like the whole store") {
    const date::sys_days from = date::sys_days{2025_y / 3 / 1}, to = date::sys_days{2025_y / 3 / 31};
    auto part = EventStore::load_for_query(path, from, to);
    REQUIRE(part.ok());
    CHECK(part.value().size() < memory.size());
    yp::store::Query q{.from = from, .to = to};
    auto a = part.value().query(q), b = memory.query(q);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i]->id == b[i]->id);
  }
  SECTION("a damaged segment that an ingest needs is refused, and nothing is written") {
    std::string victim;
    for (const auto& e : fs::directory_iterator(path))
      if (e.path().filename().string().rfind("ev-2025-04", 0) == 0) victim = e.path().string();
    REQUIRE_FALSE(victim.empty());
    {
      std::fstream f(victim, std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(60);
      f.put('\x7f');
    }
    std::ifstream m(path + "/MANIFEST", std::ios::binary);
    const std::string manifest((std::istreambuf_iterator<char>(m)), std::istreambuf_iterator<char>());
    auto more = articles(1, 5);
    more[0].publication_date = 2025_y / 5 / 1;  // after the last one; its events reach back into April
    for (auto& e : more[0].events) e.when = DayInterval::day(date::sys_days{2025_y / 4 / 20});
    auto r = yp::store::ingest_into(path, more);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == yp::ErrorCode::CorruptStore);
    CHECK(r.error().message.find(fs::path(victim).filename().string()) != std::string::npos);
    std::ifstream m2(path + "/MANIFEST", std::ios::binary);
    CHECK(std::string((std::istreambuf_iterator<char>(m2)), std::istreambuf_iterator<char>()) == manifest);
  }
}
