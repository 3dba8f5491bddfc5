// Tests for the JSON Lines writer and event_to_json_line (engine/export/writer.cpp): every key of the
// schema in docs/formats.md is present, values parse back with nlohmann::json, open sides are null.
#include "export/writer.hpp"
#include "export/internal.hpp"

#include "store/merge.hpp"
#include "support/events.hpp"
#include "time/resolver.hpp"
#include "event/extractor.hpp"
#include "text/article.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

using namespace date::literals;
using nlohmann::json;
using yp::DayInterval;
using yp::event::Event;

namespace {

// The APEC cancellation as the extractor reports it (actor stated, amount empty, not reported speech, no
// mod, not fuzzy), with a second mention whose publication date is unknown.
Event sample() {
  Event e = yp::test::apec_cancellation();
  e.id = 0xfedcba9876543210ULL;
  e.participants = {"대한상공회의소"};
  e.time_source = yp::event::TimeSource::Sentence;
  e.summary = "샘 알트먼 불참: \"APEC CEO 서밋\"";
  e.mentions = {yp::test::mention("apec.txt", 0, 120, "알트먼은 오는 28일부터 31일까지 열리는 서밋에 불참한다.\n"),
                yp::test::mention("second.txt", 7, 9, "짧은 문장", date::year_month_day{})};  // unknown date
  e.mentions[0].title = "알트먼, 경주 APEC 불참";
  e.mentions[0].outlet = "연표일보";
  return e;
}

}  // namespace

TEST_CASE("json: every key of the schema, with the right values") {
  Event e = sample();
  std::string line = yp::exporter::event_to_json_line(e);
  CHECK(line.find('\n') == std::string::npos);
  json j = json::parse(line);
  const std::vector<std::string> keys = {
      "id",       "type",      "actor",       "actor_inferred", "affiliation", "role",    "participants",
      "location", "object",    "amount",      "trigger",        "start",       "end",     "grain",
      "mod",      "fuzzy",     "timex",       "time_text",      "time_source", "polarity", "modality",
      "reported", "summary",   "sentence",    "offset",         "article",     "title",   "outlet",
      "mentions",
  };
  for (const auto& k : keys) {
    INFO("key " << k);
    CHECK(j.contains(k));
  }
  CHECK(j.size() == keys.size());
  CHECK(j["id"] == "fedcba9876543210");
  CHECK(j["type"] == "cancellation");
  CHECK(j["actor"] == "샘 알트먼");
  CHECK(j["actor_inferred"] == false);
  CHECK(j["affiliation"] == "오픈AI");
  CHECK(j["role"] == "CEO");
  CHECK(j["participants"] == json::array({"대한상공회의소"}));
  CHECK(j["location"] == "경북 경주");
  CHECK(j["object"] == "APEC CEO 서밋 코리아 2025");
  CHECK(j["amount"] == "");
  CHECK(j["trigger"] == "불참");
  CHECK(j["start"] == "2025-10-28");
  CHECK(j["end"] == "2025-10-31");  // inclusive
  CHECK(j["grain"] == std::string(yp::time::to_string(yp::time::Grain::Range)));
  CHECK(j["mod"] == std::string(yp::time::to_string(yp::time::Mod::None)));
  CHECK(j["fuzzy"] == false);
  CHECK(j["timex"] == "2025-10-28/2025-10-31");
  CHECK(j["time_text"] == "오는 28일부터 31일까지");
  CHECK(j["time_source"] == "sentence");
  CHECK(j["polarity"] == "negative");
  CHECK(j["modality"] == "planned");
  CHECK(j["reported"] == false);
  CHECK(j["summary"] == "샘 알트먼 불참: \"APEC CEO 서밋\"");
  CHECK(j["sentence"] == "알트먼은 오는 28일부터 31일까지 열리는 서밋에 불참한다.\n");
  CHECK(j["offset"] == json::array({0, 120}));
  CHECK(j["article"] == "apec.txt");
  CHECK(j["title"] == "알트먼, 경주 APEC 불참");
  CHECK(j["outlet"] == "연표일보");
  REQUIRE(j["mentions"].size() == 2);
  CHECK(j["mentions"][0]["title"] == "알트먼, 경주 APEC 불참");
  CHECK(j["mentions"][0]["outlet"] == "연표일보");
  CHECK(j["mentions"][1]["title"] == "");
  CHECK(j["mentions"][0]["article"] == "apec.txt");
  CHECK(j["mentions"][0]["publication_date"] == "2025-10-24");
  CHECK(j["mentions"][0]["offset"] == json::array({0, 120}));
  CHECK(j["mentions"][0]["sentence"] == "알트먼은 오는 28일부터 31일까지 열리는 서밋에 불참한다.\n");
  CHECK(j["mentions"][1]["article"] == "second.txt");
  CHECK(j["mentions"][1]["publication_date"].is_null());
  CHECK(j["mentions"][1]["offset"] == json::array({7, 9}));
}

TEST_CASE("json: open sides are null, a missing id is computed, no mentions is safe") {
  Event e = sample();
  e.id = 0;
  e.when = DayInterval{date::sys_days{2025_y / 1 / 1}, std::nullopt};
  json j = json::parse(yp::exporter::event_to_json_line(e));
  CHECK(j["start"] == "2025-01-01");
  CHECK(j["end"].is_null());
  CHECK(j["id"] == yp::exporter::format_id(yp::store::compute_id(e)));
  CHECK(j["id"].get<std::string>().size() == 16);

  e.when = DayInterval{};
  e.mentions.clear();
  json k = json::parse(yp::exporter::event_to_json_line(e));
  CHECK(k["start"].is_null());
  CHECK(k["end"].is_null());
  CHECK(k["offset"].is_null());
  CHECK(k["article"] == "");
  CHECK(k["title"] == "");
  CHECK(k["outlet"] == "");
  CHECK(k["mentions"] == json::array());
}

TEST_CASE("json: invalid UTF-8 in a field does not throw, it is replaced") {
  Event e = sample();
  e.summary = std::string("bad \xff byte");
  std::string line;
  REQUIRE_NOTHROW(line = yp::exporter::event_to_json_line(e));
  json j = json::parse(line);
  CHECK(j["summary"] == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("jsonl writer: one parseable object per line, in the given order, json is the same") {
  Event a = sample();
  Event b = sample();
  b.id = 1;
  b.type = yp::event::EventType::Visit;
  for (auto name : {"jsonl", "json"}) {
    auto w = yp::exporter::make_writer(name);
    REQUIRE(w.ok());
    std::ostringstream out;
    w.value()->write(out, {&a, &b});
    std::istringstream in(out.str());
    std::vector<json> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(json::parse(l));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]["type"] == "cancellation");
    CHECK(lines[1]["type"] == "visit");
    CHECK(lines[1]["id"] == "0000000000000001");
  }
}

TEST_CASE("json: the line written directly is byte for byte the line nlohmann builds") {
  using yp::exporter::detail::event_to_json_line_tree;
  using yp::exporter::event_to_json_line;
  Event e = sample();
  CHECK(event_to_json_line(e) == event_to_json_line_tree(e));
  // every escape nlohmann writes, control bytes, DEL, quotes, backslashes, non-ASCII, emoji
  e.actor = std::string("a\"b\\c/d\b\f\n\r\t\x01\x1f\x7f end", 20);
  e.object = "‘인용’ “따옴표” … 😀 ⓒ";
  e.summary = std::string("nul \0 inside", 12);
  e.participants = {"", "\"", "x\ty", "삼성전자"};
  e.mentions[0].sentence = "그는 \"아직 결정된 것은 없다\"고 말했다.\n";
  CHECK(event_to_json_line(e) == event_to_json_line_tree(e));
  // invalid UTF-8 goes through nlohmann's replacement
  e.location = std::string("bad \xff byte \xed\xa0\x80 surrogate \xc0\xaf overlong \xe2\x82");
  CHECK(event_to_json_line(e) == event_to_json_line_tree(e));
  // no mentions, open and missing dates, unknown publication date, large offsets
  e.mentions[1].begin = 18446744073709551615ULL;
  CHECK(event_to_json_line(e) == event_to_json_line_tree(e));
  e.when = DayInterval{};
  e.mentions.clear();
  e.participants.clear();
  CHECK(event_to_json_line(e) == event_to_json_line_tree(e));
}

TEST_CASE("json: a temporal expression written directly is byte for byte the line nlohmann builds") {
  using yp::exporter::append_time_expr_json;
  using yp::exporter::detail::time_expr_to_json_line_tree;
  auto line = [](const yp::time::TimeExpr& e) {
    std::string s;
    append_time_expr_json(s, e);
    return s;
  };
  // every expression the normaliser finds in the time corpus, under three preferences and with a time of day
  std::size_t compared = 0, differ = 0;
  std::ifstream in(std::string(YP_CORPUS_DIR) + "/time_ko.tsv");
  std::string all;
  for (std::string l; std::getline(in, l);)
    if (!l.empty() && l[0] != '#') all += l + "\n";
  for (int prefer = 0; prefer < 3; ++prefer) {
    yp::time::ResolveOptions o;
    o.publication_date = 2025_y / 10 / 24;
    o.prefer = static_cast<yp::time::Prefer>(prefer);
    if (prefer == 1) o.reference_time = std::chrono::minutes(9 * 60 + 30);
    for (const auto& e : yp::time::find_time_expressions(all, o)) {
      ++compared;
      if (line(e) != time_expr_to_json_line_tree(e)) ++differ;
    }
  }
  CHECK(differ == 0);
  CHECK(compared > 3000);
  // awkward fields: escapes, invalid UTF-8, odd confidences, open and empty intervals, large offsets
  yp::time::TimeExpr e;
  e.text = "a\"b\\c\b\f\n\r\t\x01\x1f\x7f 지난 \xff\xed\xa0\x80";  // 25 bytes, no NUL inside
  e.timex = "2025-10-24";
  e.begin = 18446744073709551615ULL;
  e.end = 0;
  for (double c : {1.0, 0.0, -0.0, 0.5, 0.7, 0.85, 0.9, 0.95, 1.0 / 3, 1e-7, 123456789.125, 1e300,
                   std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
    e.confidence = c;
    CHECK(line(e) == time_expr_to_json_line_tree(e));
  }
  e.interval = DayInterval::day(date::sys_days{2025_y / 10 / 24});
  e.anchor = yp::time::AnchorKind::Expression;
  e.anchor_offset = 42;
  e.time_of_day = std::chrono::minutes(25 * 60 + 5);
  e.duration = "P3D";
  e.fuzzy = true;
  e.mod = yp::time::Mod::OnOrAfter;
  CHECK(line(e) == time_expr_to_json_line_tree(e));
  e.interval = DayInterval{date::sys_days{2025_y / 10 / 24}, std::nullopt};
  CHECK(line(e) == time_expr_to_json_line_tree(e));
}

TEST_CASE("json: a string value in one pass is the two passes it replaced, on random bytes and edge cases") {
  using yp::exporter::detail::json_string;
  using yp::exporter::detail::json_string_two_pass;
  // strings that must match byte for byte: escapes, every kind of valid sequence, and invalid ones (truncated,
  // overlong, surrogate, above U+10FFFF, stray continuation) at the start, middle and end
  const std::vector<std::string> edge = {
      "", "a", "\"", "\\", std::string("\0", 1), "\x1f", "\x7f", "\b\f\n\r\t", "삼성전자", "é", "€", "😀", "\xef\xbf\xbf",
      "\xf4\x8f\xbf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xff", "\xc0\xaf", "\xc1\xbf", "\xe0\x9f\xbf", "\xed\xa0\x80",
      "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\x80", "\xbf", "\xe2\x82", "\xe2", "\xf0\x9f\x98",
      "한\xe2\x82", "\xe2\x82한", "a\"b\\c\xea\xb0\x80\xff", "\xec\x9d\xb4\xec\x9d", "\xe1\x80\x80\xe1\x80\x7f"};
  for (const auto& s : edge) {
    INFO(s);
    CHECK(json_string(s) == json_string_two_pass(s));
  }
  // random strings drawn from bytes that exercise every branch (ASCII, escapes, lead and continuation bytes)
  std::uint64_t state = 0x9e3779b97f4a7c15ULL;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const std::string pieces[] = {"a", " ", "\"", "\\", "\n", "\x01", "한", "é", "😀", "\x80", "\xbf", "\xc2", "\xe0",
                                "\xed", "\xef", "\xf0", "\xf4", "\xf5", "\xff", "\xa0", "\x9f", "\x90", "\x8f"};
  std::size_t differ = 0, invalid = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const auto len = next() % 12;
    for (std::size_t k = 0; k < len; ++k) s += pieces[next() % std::size(pieces)];
    if (json_string(s) != json_string_two_pass(s)) ++differ;
    if (!yp::text::is_valid_utf8(s)) ++invalid;
  }
  CHECK(differ == 0);
  CHECK(invalid > 5000);   // both kinds are drawn often
  CHECK(invalid < 19000);
}

TEST_CASE("json: the extract line written directly is the line spliced together as before") {
  using yp::exporter::append_extract_json_line;
  using yp::exporter::detail::extract_json_line_by_rewrite;
  auto direct = [](const Event& e, std::uint64_t key) {
    std::string s = "prefix ";  // appends: what is there stays
    append_extract_json_line(s, e, key);
    REQUIRE(s.rfind("prefix ", 0) == 0);
    return s.substr(7);
  };
  Event e = sample();
  e.mentions[0].trigger = "불참한다";
  e.mentions[1].trigger = "\"취소\"\t\\";
  CHECK(direct(e, 0x0123456789abcdefULL) == extract_json_line_by_rewrite(e, 0x0123456789abcdefULL));
  // escapes and invalid UTF-8 everywhere, a mention whose sentence differs from the first's
  e.actor = std::string("a\"b\\c/d\b\f\n\r\t\x01\x1f\x7f end", 20);
  e.mentions[0].title = "“따옴표” }]{[ \"mentions\":[ \xff";
  e.mentions[0].sentence = "bad \xed\xa0\x80 surrogate";
  e.mentions[1].trigger = "\xc0\xaf";
  e.mentions[1].article = e.mentions[0].article;
  CHECK(direct(e, 0) == extract_json_line_by_rewrite(e, 0));
  e.mentions.resize(1);
  CHECK(direct(e, ~0ULL) == extract_json_line_by_rewrite(e, ~0ULL));
  e.mentions.clear();
  CHECK(direct(e, 42) == extract_json_line_by_rewrite(e, 42));
  // every event extracted from samples/ (merged within the article, as extract does)
  std::size_t compared = 0;
  for (const char* name : {"2025-10-24-altman-apec.txt", "2025-12-04-openai-rocket.txt", "2026-01-15-hanbit-merger.txt",
                           "2026-03-03-ceo-appointment.txt", "2026-04-09-indonesia-summit.txt",
                           "2026-05-12-battery-plant-mou.txt", "2026-07-08-gaon-phone-launch.txt",
                           "2026-08-20-festival-cancelled.txt"}) {
    std::ifstream in(std::string(YP_SAMPLES_DIR) + "/" + name, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto art = yp::text::parse_article(bytes, name, std::nullopt);
    REQUIRE(art.ok());
    auto events = yp::event::extract_events(art.value());
    yp::store::merge_coreferent(events);
    for (const auto& ev : events) {
      ++compared;
      CHECK(direct(ev, compared * 0x1000193ULL) == extract_json_line_by_rewrite(ev, compared * 0x1000193ULL));
    }
  }
  CHECK(compared > 50);
}
