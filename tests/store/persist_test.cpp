// Tests for EventStore::save/load (engine/store/persist.cpp, segments.cpp): round trip of every field, and
// store file can be wrong (truncated, flipped bytes, wrong magic, newer version, empty, a directory),
// and that a failed save leaves the old store intact and no temp file behind.
#include "store/event_store.hpp"
#include "store/store_impl.hpp"

#include "support/events.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <date/date.h>
#include <unistd.h>
#include <xxhash.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace date::literals;
namespace fs = std::filesystem;
using yp::DayInterval;
using yp::ErrorCode;
using yp::event::Event;
using yp::store::EventStore;

namespace {

// A fresh empty directory under the system temp dir, removed at scope exit.
struct TempDir {
  fs::path path;
  TempDir() {
    static int counter = 0;
    path = fs::temp_directory_path() / ("yp-persist-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::string read_bytes(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void write_bytes(const std::string& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}
// Every file of a store directory by name, with its bytes.
std::map<std::string, std::string> files_of(const std::string& dir) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) out[entry.path().filename().string()] = read_bytes(entry.path().string());
  return out;
}

// One event with every field set to something other than its default: the APEC cancellation, plus the rest.
Event full_event() {
  Event e = yp::test::apec_cancellation();
  e.actor_inferred = true;
  e.participants = {"대한상공회의소", "APEC"};
  e.amount = "180억 달러";
  e.reported = true;
  e.mod = yp::time::Mod::OnOrAfter;
  e.fuzzy = true;
  e.time_source = yp::event::TimeSource::Inherited;
  e.summary = "샘 알트먼 불참: APEC CEO 서밋";
  const std::string sentence = "알트먼은 \"오는\" 서밋에, 불참한다.\n";
  e.mentions = {yp::test::mention("apec.txt", 12, 345, sentence, yp::test::kApecPublished, "불참한다"),
                // not a day: must survive as such
                yp::test::mention("other.txt", 0, 0, sentence, date::year_month_day{}, "불참한다")};
  return e;
}

// An investment open at the start (until 2025-02-28) or at the end (from 2025-01-01); no publication date.
Event open_event(bool open_start) {
  Event e = yp::test::make_event(yp::event::EventType::Investment, "오픈AI",
                                 open_start ? DayInterval{std::nullopt, date::sys_days{2025_y / 3 / 1}}
                                            : DayInterval{date::sys_days{2025_y / 1 / 1}, std::nullopt});
  e.object = open_start ? "스타게이트" : "데이터센터";
  e.mentions = {yp::test::mention("b.txt", open_start ? 1 : 2, 0, {}, date::year_month_day{})};
  return e;
}

EventStore sample_store() {
  EventStore st;
  st.ingest({.key = 0x1234567890abcdefULL, .source = "apec.txt", .title = "알트먼 APEC 불참",
             .publication_date = 2025_y / 10 / 24, .events = {full_event()}});
  st.ingest({.key = 42, .source = "b.txt", .title = {}, .publication_date = {},
             .events = {open_event(true), open_event(false)}});
  st.ingest({.key = 42, .source = "./b.txt", .title = {}, .publication_date = {}, .events = {}});
  return st;
}

void check_same(const Event& a, const Event& b) {
  CHECK(a.id == b.id);
  CHECK(a.type == b.type);
  CHECK(a.actor == b.actor);
  CHECK(a.actor_inferred == b.actor_inferred);
  CHECK(a.affiliation == b.affiliation);
  CHECK(a.role == b.role);
  CHECK(a.participants == b.participants);
  CHECK(a.location == b.location);
  CHECK(a.object == b.object);
  CHECK(a.amount == b.amount);
  CHECK(a.trigger == b.trigger);
  CHECK(a.polarity == b.polarity);
  CHECK(a.modality == b.modality);
  CHECK(a.reported == b.reported);
  CHECK(a.when == b.when);
  CHECK(a.grain == b.grain);
  CHECK(a.mod == b.mod);
  CHECK(a.fuzzy == b.fuzzy);
  CHECK(a.timex == b.timex);
  CHECK(a.time_text == b.time_text);
  CHECK(a.time_source == b.time_source);
  CHECK(a.summary == b.summary);
  REQUIRE(a.mentions.size() == b.mentions.size());
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    CHECK(a.mentions[i].article == b.mentions[i].article);
    CHECK(a.mentions[i].article_key == b.mentions[i].article_key);
    CHECK(a.mentions[i].publication_date == b.mentions[i].publication_date);
    CHECK(a.mentions[i].sentence == b.mentions[i].sentence);
    CHECK(a.mentions[i].begin == b.mentions[i].begin);
    CHECK(a.mentions[i].end == b.mentions[i].end);
    CHECK(a.mentions[i].trigger == b.mentions[i].trigger);
  }
}

}  // namespace

TEST_CASE("save/load round trip keeps every field, the order and the article bookkeeping") {
  TempDir dir;
  const std::string path = dir.file("events.yps");
  EventStore st = sample_store();
  REQUIRE(st.size() == 3);
  auto saved = st.save(path);
  REQUIRE(saved.ok());
  for (const auto& [name, bytes] : files_of(path)) CHECK(name.find(".tmp") == std::string::npos);

  auto loaded = EventStore::load(path);
  REQUIRE(loaded.ok());
  const EventStore& back = loaded.value();
  REQUIRE(back.size() == st.size());
  for (std::size_t i = 0; i < st.size(); ++i) check_same(st.events()[i], back.events()[i]);
  CHECK_FALSE(back.events()[0].when.from.has_value());  // open start survives
  CHECK_FALSE(back.events()[1].when.to.has_value());    // open end survives

  auto arts = back.articles();
  REQUIRE(arts.size() == 2);
  CHECK(arts[0].name == "b.txt");  // canonical order: no date first
  CHECK(arts[0].sources == std::vector<std::string>{"./b.txt", "b.txt"});
  CHECK_FALSE(arts[0].publication_date.has_value());
  CHECK(arts[1].name == "apec.txt");
  CHECK(arts[1].key == 0x1234567890abcdefULL);
  CHECK(arts[1].title == "알트먼 APEC 불참");
  CHECK(arts[1].event_count == 1);
  REQUIRE(arts[1].publication_date);
  CHECK(*arts[1].publication_date == 2025_y / 10 / 24);
  CHECK(back.article_events(42).size() == 2);

  // The loaded store is indexed: queries work and agree with the naive scan.
  yp::store::Query q{.from = date::sys_days{2025_y / 10 / 30}, .to = date::sys_days{2025_y / 11 / 2}};
  CHECK(back.query(q).size() == 2);  // the cancellation and the open-ended investment
  CHECK(back.query(q) == back.query_naive(q));

  // Saving the loaded store gives the same files, byte for byte (deterministic format).
  const std::string again = dir.file("again.yps");
  REQUIRE(back.save(again).ok());
  CHECK(files_of(again) == files_of(path));
}

TEST_CASE("an empty store round-trips, load_or_empty of a missing store is an empty store") {
  TempDir dir;
  EventStore empty;
  REQUIRE(empty.save(dir.file("e.yps")).ok());
  CHECK(fs::is_directory(dir.file("e.yps")));
  auto back = EventStore::load(dir.file("e.yps"));
  REQUIRE(back.ok());
  CHECK(back.value().size() == 0);

  auto missing = EventStore::load_or_empty(dir.file("nothing-here.yps"));
  REQUIRE(missing.ok());
  CHECK(missing.value().size() == 0);
}

TEST_CASE("load: a missing store is an IoError naming the path") {
  TempDir dir;
  auto r = EventStore::load(dir.file("absent.yps"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::IoError);
  CHECK(r.error().what().find("absent.yps") != std::string::npos);
  CHECK(r.error().what().find("does not exist") != std::string::npos);
}

TEST_CASE("load: a directory that is not a store is refused and never written, an empty one is an empty store") {
  TempDir dir;
  fs::create_directories(dir.file("notes"));
  write_bytes(dir.file("notes/a.txt"), "hello");
  auto r = EventStore::load(dir.file("notes"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::CorruptStore);
  CHECK(r.error().message.find("not a yeonpyo store") != std::string::npos);
  CHECK_FALSE(sample_store().save(dir.file("notes")).ok());
  CHECK_FALSE(fs::exists(dir.file("notes/MANIFEST")));

  fs::create_directories(dir.file("fresh"));
  auto e = EventStore::load_or_empty(dir.file("fresh"));
  REQUIRE(e.ok());
  CHECK(e.value().size() == 0);
}

TEST_CASE("load: an empty file and wrong magic are 'not a yeonpyo store'") {
  TempDir dir;
  write_bytes(dir.file("empty.yps"), "");
  auto r = EventStore::load(dir.file("empty.yps"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::CorruptStore);
  CHECK(r.error().message.find("not a yeonpyo store") != std::string::npos);

  write_bytes(dir.file("csv.yps"), "start,end,grain,type\r\n2025-10-01,2025-10-01,day,visit\r\n");
  auto r2 = EventStore::load(dir.file("csv.yps"));
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.error().code == ErrorCode::CorruptStore);
  CHECK(r2.error().message.find("not a yeonpyo store") != std::string::npos);
  CHECK(r2.error().what().find("csv.yps") != std::string::npos);

  // load_or_empty does not hide a corrupt store.
  auto r3 = EventStore::load_or_empty(dir.file("csv.yps"));
  REQUIRE_FALSE(r3.ok());
  CHECK(r3.error().code == ErrorCode::CorruptStore);
}

TEST_CASE("load: a newer format version is refused with both versions named") {
  TempDir dir;
  const std::string path = dir.file("v.yps");
  REQUIRE(sample_store().save(path).ok());
  std::string bytes = read_bytes(path + "/MANIFEST");
  bytes[8] = static_cast<char>(EventStore::kFormatVersion + 6);  // little-endian uint32 at offset 8
  write_bytes(path + "/MANIFEST", bytes);
  auto r = EventStore::load(path);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::CorruptStore);
  CHECK(r.error().message.find("store format version " + std::to_string(EventStore::kFormatVersion + 6) +
                               " is newer than this yeonpyo (" + std::to_string(EventStore::kFormatVersion) +
                               ")") != std::string::npos);
}

TEST_CASE("load: any file of the store truncated at any offset, or with any byte flipped, is refused naming it") {
  TempDir dir;
  const std::string path = dir.file("t.yps");
  REQUIRE(sample_store().save(path).ok());
  const auto files = files_of(path);
  REQUIRE(files.size() >= 4);  // the manifest, two event segments (open, 2025-10), two article segments
  std::size_t cases = 0;
  for (const auto& entry : files) {
    // plain references, not a structured binding: clang 14 (the sanitizer build) cannot capture those
    const std::string& name = entry.first;
    const std::string& bytes = entry.second;
    const std::string file = path + "/" + name;
    auto refused = [&](const std::string& what) {
      auto r = EventStore::load(path);
      INFO(name << ": " << what);
      REQUIRE_FALSE(r.ok());
      CHECK(r.error().code == ErrorCode::CorruptStore);
      CHECK(r.error().what().find(name) != std::string::npos);  // the damaged file is named
      ++cases;
    };
    for (std::size_t n = 0; n < bytes.size(); n += 1 + n / 64) {
      write_bytes(file, bytes.substr(0, n));
      refused("truncated to " + std::to_string(n));
    }
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      std::string flipped = bytes;
      flipped[i] = static_cast<char>(flipped[i] ^ 0x20);
      write_bytes(file, flipped);
      refused("byte " + std::to_string(i) + " flipped");
    }
    fs::remove(file);
    refused("missing");
    write_bytes(file, bytes);
    REQUIRE(EventStore::load(path).ok());
  }
  CHECK(cases > 1000);
}

TEST_CASE("decoding a payload that is not our archive, or holds hostile values, fails before allocating") {
  EventStore st = sample_store();
  const std::string real_payload = yp::store::encode_events(st.events());
  std::vector<Event> out;
  std::string why;
  REQUIRE(yp::store::decode_events(real_payload, out, why));
  REQUIRE(out.size() == 3);
  const std::vector<std::string> junk = {
      "",                                                 // nothing at all
      "this is not a boost archive, just some text",      // junk
      real_payload.substr(0, real_payload.size() / 2),   // a real archive cut in half
      real_payload.substr(0, 60),                        // cut inside the first event
      std::string(200, '\xff'),                          // huge counts everywhere
      real_payload + "extra",                            // bytes after the end
  };
  for (const auto& p : junk) {
    INFO("payload of " << p.size() << " bytes");
    CHECK_FALSE(yp::store::decode_events(p, out, why));
    CHECK_FALSE(why.empty());
  }
  auto put_u64 = [](std::string& s, std::size_t at, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) s[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  auto refused = [&](const std::string& payload, const std::string& reason) {
    INFO(reason);
    REQUIRE_FALSE(yp::store::decode_events(payload, out, why));
    CHECK(why.find(reason) != std::string::npos);
  };
  const std::string actor = "오픈AI";  // the actor of the first event in timeline order
  const std::size_t at = real_payload.find(actor);
  REQUIRE(at != std::string::npos);
  REQUIRE(at >= 8);
  {
    std::string p = real_payload;
    put_u64(p, at - 8, 1ULL << 46);  // a 64 TiB actor name
    refused(p, "a text of 70368744177664 bytes where only");
  }
  {
    std::string p = real_payload;
    p[at + actor.size()] = 2;  // actor_inferred: neither 0 nor 1
    refused(p, "a yes/no field holds 2");
  }
  {
    // The event count: the first 8-byte 3 (three events) followed by the item version 1.
    const std::string three_then_v1 = std::string("\x03\0\0\0\0\0\0\0\x01\0\0\0", 12);
    const std::size_t count_at = real_payload.find(three_then_v1);
    REQUIRE(count_at != std::string::npos);
    std::string p = real_payload;
    put_u64(p, count_at, 1ULL << 50);
    refused(p, "a list of 1125899906842624 items where only");
  }
}

TEST_CASE("save: a failed save leaves the old store readable, and the next save removes what it left") {
  TempDir dir;
  const std::string path = dir.file("events.yps");
  EventStore old_store;
  old_store.ingest({.key = 1, .source = "a.txt", .title = {}, .publication_date = {}, .events = {open_event(true)}});
  REQUIRE(old_store.save(path).ok());
  const auto old_files = files_of(path);
  EventStore bigger = sample_store();

  SECTION("the manifest cannot be written (its temp name is taken by a directory)") {
    fs::create_directory(path + "/MANIFEST.tmp");
    auto r = bigger.save(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::IoError);
    CHECK(r.error().what().find(path) != std::string::npos);
    auto back = EventStore::load(path);
    REQUIRE(back.ok());
    CHECK(back.value().size() == 1);
    fs::remove(path + "/MANIFEST.tmp");
    REQUIRE(bigger.save(path).ok());
    auto now = files_of(path);
    CHECK(now.size() == files_of(path).size());
    for (const auto& [name, bytes] : now) CHECK((name == "MANIFEST" || name.find(".2.seg") != std::string::npos));
  }
  SECTION("the directory cannot be created") {
    auto r = bigger.save(dir.file("no/such/dir/events.yps"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::IoError);
    CHECK(files_of(path) == old_files);
  }
}

// tests/data/format1.yps was written by yeonpyo with store format 1 (before content identity) from two
// sample articles; tests/data/format1.export.jsonl is what that yeonpyo exported from it.
TEST_CASE("load: a store written in format 1 still loads, with every event, id and mention") {
  auto r = EventStore::load(YP_TEST_DATA_DIR "/format1.yps");
  REQUIRE(r.ok());
  const EventStore& st = r.value();
  CHECK(st.size() == 23);
  // Every event is there with its summary and dates (ids are recomputed: they hash the new article keys).
  const std::string exported = read_bytes(YP_TEST_DATA_DIR "/format1.export.jsonl");
  for (const auto& e : st.events()) {
    INFO(e.summary);
    CHECK(exported.find(fmt::format("\"summary\":\"{}\"", e.summary)) != std::string::npos);
    for (const auto& m : e.mentions) CHECK(m.article_key != 0);
  }
  CHECK(st.check(/*deep=*/true).empty());
  auto arts = st.articles();
  REQUIRE(arts.size() == 2);
  CHECK(arts[0].name == "samples/2025-10-24-altman-apec.txt");
  CHECK(arts[1].name == "samples/2025-12-04-openai-rocket.txt");
  std::size_t own = 0;
  for (const auto& a : arts) own += st.article_events(a.key).size();
  CHECK(own == 23);
}

// tests/data/format3.yps is a store directory written by the first yeonpyo with format 3 (two sample
// articles); tests/data/format3.dump.txt is its `store dump`. Every later yeonpyo must read it the same.
TEST_CASE("load: a store written in format 3 loads and dumps exactly as when it was written") {
  auto r = EventStore::load(YP_TEST_DATA_DIR "/format3.yps");
  REQUIRE(r.ok());
  CHECK(r.value().size() == 23);
  CHECK(r.value().articles().size() == 2);
  CHECK(r.value().check(/*deep=*/true).empty());
  std::ostringstream dump;
  REQUIRE(r.value().dump(dump).ok());
  CHECK(dump.str() == read_bytes(YP_TEST_DATA_DIR "/format3.dump.txt"));
}
