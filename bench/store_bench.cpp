// Store benchmark (not a test): generates articles with synthetic events, ingests them into a store
// directory in daily batches through store::ingest_into (the code path of `yeonpyo ingest`, without the
// extractor), then measures warm in-process queries and the cost of adding one article. bench/store.sh runs
// it and `yeonpyo between` and prints the table. Deterministic (fixed seed).
//
//   yp_store_bench ingest STORE EVENTS     -> "events N", "articles N", "seconds S", "peak_rss_kib K"
//   yp_store_bench query STORE QUERIES     -> "load_seconds S", "p50_us X", "p99_us Y", "rows_avg R"
//   yp_store_bench add-one STORE TIMES     -> "median_ms M", "max_ms X", "segments_written W"
#include "store/event_store.hpp"

#include <date/date.h>
#include <fmt/format.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

namespace {

using yp::DayInterval;
using yp::event::Event;
using yp::event::EventType;
using Clock = std::chrono::steady_clock;
using namespace date::literals;

const date::sys_days kFirstDay = date::sys_days{2022_y / 1 / 1};
constexpr int kDays = 4 * 365;  // articles published over four years
constexpr int kEventsPerArticle = 10;

long peak_rss_kib() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

// Syllables for made-up Korean names and words (so that names are as long as real ones in UTF-8).
constexpr std::array<const char*, 24> kSyllables = {"가", "온", "누", "리", "한", "빛", "세", "진", "바", "다",
                                                    "솔", "마", "루", "하", "늘", "별", "소", "담", "이", "음",
                                                    "새", "봄", "결", "채"};
constexpr std::array<const char*, 6> kSuffixes = {"전자", "바이오", "모빌리티", "중공업", "에너지", "증권"};

std::string word(std::mt19937_64& rng, int syllables) {
  std::string w;
  for (int i = 0; i < syllables; ++i) w += kSyllables[rng() % kSyllables.size()];
  return w;
}

struct Generator {
  std::mt19937_64 rng{20251024};
  std::vector<std::string> actors;
  std::uint64_t next_key = 1;

  Generator() {
    for (int i = 0; i < 5000; ++i) actors.push_back(word(rng, 2) + kSuffixes[static_cast<std::size_t>(i) % kSuffixes.size()]);
  }
  int uni(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

  // One article published on `day` with kEventsPerArticle events about days around it.
  yp::store::ArticleInput article(date::sys_days day) {
    yp::store::ArticleInput a;
    a.key = 0x9e3779b97f4a7c15ULL * next_key++;
    a.source = fmt::format("gen/{}/{:06}.txt", date::format("%F", day), next_key);
    a.title = word(rng, 6);
    a.publication_date = date::year_month_day{day};
    for (int k = 0; k < kEventsPerArticle; ++k) {
      Event e;
      e.type = static_cast<EventType>(uni(0, 14));
      e.actor = actors[static_cast<std::size_t>(uni(0, static_cast<int>(actors.size()) - 1))];
      if (uni(0, 2) == 0) e.participants.push_back(actors[static_cast<std::size_t>(uni(0, static_cast<int>(actors.size()) - 1))]);
      e.object = word(rng, 3) + " " + word(rng, 2);
      e.trigger = "체결";
      const int shape = uni(0, 99);
      const date::sys_days at = day - date::days{uni(0, 30)};
      if (shape < 70) {
        e.when = DayInterval::day(at);
        e.grain = yp::time::Grain::Day;
      } else if (shape < 90) {
        date::year_month_day ymd{at};
        e.when = DayInterval::month(ymd.year() / ymd.month());
        e.grain = yp::time::Grain::Month;
      } else if (shape < 98) {
        e.when = DayInterval{at, at + date::days{uni(2, 14)}};
        e.grain = yp::time::Grain::Range;
      } else {
        e.when = DayInterval{at, std::nullopt};  // open-ended ("… 이후")
        e.grain = yp::time::Grain::Vague;
      }
      e.time_source = yp::event::TimeSource::Sentence;
      e.timex = date::format("%F", at);
      e.time_text = "지난 " + std::to_string(static_cast<unsigned>(date::year_month_day{at}.day())) + "일";
      e.summary = e.actor + " " + e.object;
      yp::event::Mention m;
      m.publication_date = date::year_month_day{day};
      m.sentence = e.actor + "는 " + e.time_text + " " + e.object + " 계약을 체결했다고 밝혔다.";
      m.begin = static_cast<std::size_t>(k) * 120;
      m.end = m.begin + m.sentence.size();
      m.trigger = "체결했다고";
      e.mentions.push_back(std::move(m));
      a.events.push_back(std::move(e));
    }
    return a;
  }
};

int fail(const yp::Error& e) {
  std::fprintf(stderr, "yp_store_bench: %s\n", e.what().c_str());
  return 1;
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

int run_ingest(const std::string& store, std::size_t events) {
  Generator gen;
  const std::size_t articles = (events + kEventsPerArticle - 1) / kEventsPerArticle;
  const std::size_t per_day = (articles + kDays - 1) / kDays;  // every article within the four years
  std::size_t made = 0, total_events = 0;
  const auto t0 = Clock::now();
  for (int d = 0; made < articles; ++d) {
    // One batch per publication day, like a daily `yeonpyo ingest`.
    std::vector<yp::store::ArticleInput> batch;
    for (std::size_t i = 0; i < per_day && made < articles; ++i, ++made) batch.push_back(gen.article(kFirstDay + date::days{d}));
    auto r = yp::store::ingest_into(store, std::move(batch));
    if (!r) return fail(r.error());
    total_events = r.value().events;
  }
  std::printf("events %zu\narticles %zu\nseconds %.3f\npeak_rss_kib %ld\n", total_events, made, seconds_since(t0),
              peak_rss_kib());
  return 0;
}

int run_query(const std::string& store, int queries) {
  const auto t0 = Clock::now();
  auto st = yp::store::EventStore::load_for_query(store, std::nullopt, std::nullopt);
  if (!st) return fail(st.error());
  const double load = seconds_since(t0);
  std::mt19937_64 rng(7);
  std::vector<double> us;
  std::size_t rows = 0;
  for (int i = 0; i < queries; ++i) {
    const date::sys_days from = kFirstDay + date::days{static_cast<int>(rng() % kDays)};
    yp::store::Query q{.from = from, .to = from + date::days{30}};
    q.open = yp::store::OpenSides::Last;
    if (i % 4 == 1) q.types = {static_cast<EventType>(rng() % 15)};
    const auto a = Clock::now();
    auto r = st.value().query(q);
    us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    rows += r.size();
  }
  std::sort(us.begin(), us.end());
  auto pct = [&](double p) { return us[static_cast<std::size_t>(p * static_cast<double>(us.size() - 1))]; };
  std::printf("load_seconds %.3f\nevents %zu\np50_us %.1f\np99_us %.1f\nrows_avg %.0f\npeak_rss_kib %ld\n", load,
              st.value().size(), pct(0.50), pct(0.99), static_cast<double>(rows) / queries, peak_rss_kib());
  return 0;
}

int run_add_one(const std::string& store, int times) {
  Generator gen;
  gen.next_key = (1ULL << 40) + static_cast<std::uint64_t>(std::time(nullptr)) * 1000;  // keys new to the store
  std::vector<double> ms;
  std::size_t written = 0;
  int recomputed = 0;
  for (int i = 0; i < times; ++i) {
    // The newest article, as news arrives (after every generated one: no recomputation).
    auto a = gen.article(kFirstDay + date::days{kDays + 1 + i});
    const auto t0 = Clock::now();
    auto r = yp::store::ingest_into(store, {a});
    if (!r) return fail(r.error());
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    written += r.value().segments_written;
    recomputed += r.value().recomputed ? 1 : 0;
  }
  std::sort(ms.begin(), ms.end());
  std::printf("median_ms %.1f\nmax_ms %.1f\nsegments_written %.1f\nrecomputed %d\n", ms[ms.size() / 2], ms.back(),
              static_cast<double>(written) / times, recomputed);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: yp_store_bench ingest|query|add-one STORE N\n");
    return 2;
  }
  const std::string mode = argv[1], store = argv[2];
  const long n = std::strtol(argv[3], nullptr, 10);
  if (n <= 0) return 2;
  if (mode == "ingest") return run_ingest(store, static_cast<std::size_t>(n));
  if (mode == "query") return run_query(store, static_cast<int>(n));
  if (mode == "add-one") return run_add_one(store, static_cast<int>(n));
  std::fprintf(stderr, "yp_store_bench: unknown mode %s\n", mode.c_str());
  return 2;
}
