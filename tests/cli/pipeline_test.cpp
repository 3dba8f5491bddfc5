// The article pipeline of `extract` and `ingest` through the real binary: JSON Lines input (--input-format,
// file:line refusals, the line limit), streaming output, --jobs, --events and --quiet.
// Fixtures are written to a temp dir; helpers in run_binary.hpp.
#include "run_binary.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

using namespace yp::test;

namespace {

const std::string kBody =
    "한빛전자는 24일 서울 본사에서 새 스마트폰을 공개했다고 밝혔다.\n\n"
    "회사는 지난 1일 부산에 연구소를 개소했다.\n";
const std::string kText = "date: 2025-10-24\ntitle: 시험 기사\nsource: yeonpyo test\n\n" + kBody;

std::string json_line(const nlohmann::json& j) { return j.dump() + "\n"; }
nlohmann::json article(const std::string& id, const std::string& date, const std::string& body) {
  nlohmann::json j = {{"date", date}, {"body", body}, {"title", "시험 기사"}, {"source", "yeonpyo test"}};
  if (!id.empty()) j["id"] = id;
  return j;
}

std::vector<nlohmann::json> events_of(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) v.push_back(nlohmann::json::parse(line));
  return v;
}

// An event without the fields that name where it was read from.
nlohmann::json without_source(nlohmann::json j) {
  j.erase("article");
  for (auto& m : j["mentions"]) m.erase("article");
  return j;
}

}  // namespace

TEST_CASE("jsonl: an article as a JSON line gives the events of the same article as a text file", "[cli][jsonl]") {
  TempDir d;
  spit(d / "a.txt", kText);
  spit(d / "a.jsonl", json_line(article("kr-1", "2025-10-24", kBody)));
  auto text = yeonpyo(d, {"extract", "--json", d / "a.txt"});
  auto jsonl = yeonpyo(d, {"extract", "--json", d / "a.jsonl"});
  REQUIRE(text.rc == 0);
  REQUIRE(jsonl.rc == 0);
  auto te = events_of(text.out), je = events_of(jsonl.out);
  REQUIRE(te.size() >= 2);
  REQUIRE(je.size() == te.size());
  for (std::size_t i = 0; i < te.size(); ++i) {
    CHECK(je[i]["article"] == "kr-1");
    CHECK(without_source(je[i]) == without_source(te[i]));
  }
  // The same content is the same article for the store, whichever form it came in.
  REQUIRE(yeonpyo(d, {"ingest", "--store", d / "s.yps", d / "a.txt"}).rc == 0);
  auto again = yeonpyo(d, {"ingest", "--store", d / "s.yps", d / "a.jsonl"});
  CHECK(again.rc == 0);
  CHECK(has(again.err, "ingested kr-1: already stored"));
}

TEST_CASE("jsonl: bad lines are refused naming file:line, the other lines still go in, exit 3", "[cli][jsonl][errors]") {
  TempDir d;
  std::string lines = json_line(article("good-1", "2025-10-24", kBody));
  lines += "{\"date\": \"2025-10-24\", \"body\": \n";                             // 2: invalid JSON
  lines += json_line({{"date", "2025-10-24"}, {"title", "no body"}});             // 3: no body
  lines += json_line(article("", "2025-02-30", kBody));                          // 4: not a real day
  lines += "\n   \n";                                                              // 5, 6: blank, skipped
  lines += json_line(article("", "2025-10-23T20:00:00Z", kBody));                // 7: good, no id, KST 2025-10-24 05:00
  lines += json_line({{"body", kBody}});                                          // 8: no date
  lines += json_line(article("long", "2025-10-24", kBody + std::string(400, ' ')));  // 9: past the limit
  spit(d / "in.jsonl", lines);

  auto r = yeonpyo(d, {"extract", "--json", "--max-article-bytes", "500", d / "in.jsonl"});
  CHECK(r.rc == 3);
  CHECK(has(r.err, d / "in.jsonl:2: invalid JSON"));
  CHECK(has(r.err, d / "in.jsonl:3: no \"body\" field"));
  CHECK(has(r.err, d / "in.jsonl:4: bad publication date '2025-02-30'"));
  CHECK(has(r.err, d / "in.jsonl:8: no publication date"));
  CHECK(has(r.err, d / "in.jsonl:9: line is "));
  CHECK(has(r.err, "--max-article-bytes"));
  std::size_t err_lines = 0;
  for (char c : r.err) err_lines += c == '\n';
  CHECK(err_lines == 5);  // one line per refusal, nothing for blank lines
  auto ev = events_of(r.out);
  REQUIRE_FALSE(ev.empty());
  std::size_t good1 = 0, line7 = 0;
  for (const auto& e : ev) {
    if (e["article"] == "good-1") ++good1;
    if (e["article"] == d / "in.jsonl:7") {
      ++line7;
      CHECK(e["mentions"][0]["publication_date"] == "2025-10-24");
    }
  }
  CHECK(good1 > 0);
  CHECK(good1 == line7);  // same body, same events
  CHECK(good1 + line7 == ev.size());

  // ingest: the good lines go in, the summary counts the refused ones, exit 3.
  auto in = yeonpyo(d, {"ingest", "--store", d / "s.yps", "--max-article-bytes", "500", d / "in.jsonl"});
  CHECK(in.rc == 3);
  CHECK(has(in.err, "ingested good-1: "));
  CHECK(has(in.err, "; 5 lines refused"));
}

TEST_CASE("jsonl: the input format option decides how files and stdin are read, directories give *.jsonl too", "[cli][jsonl]") {
  TempDir d;
  const std::string line = json_line(article("from-line", "2025-10-24", kBody));
  spit(d / "dir/a.txt", kText);
  spit(d / "dir/sub/b.jsonl", line);
  spit(d / "dir/notes.md", "# not an article\n");
  spit(d / "c.json", line);

  // auto: *.jsonl is JSON Lines, the rest text; a directory contributes *.txt and *.jsonl.
  auto dir = yeonpyo(d, {"extract", "--json", d / "dir"});
  CHECK(dir.rc == 0);
  auto ev = events_of(dir.out);
  std::size_t from_text = 0, from_line = 0;
  for (const auto& e : ev) {
    from_text += e["article"] == d / "dir/a.txt";
    from_line += e["article"] == "from-line";
  }
  CHECK(from_text > 0);
  CHECK(from_line == from_text);
  CHECK(from_text + from_line == ev.size());

  // stdin is one text article by default, JSON Lines with the flag.
  auto text_stdin = yeonpyo(d, {"extract", "--json", "-"}, kText);
  CHECK(text_stdin.rc == 0);
  CHECK(events_of(text_stdin.out).size() == from_text);
  auto jsonl_stdin = yeonpyo(d, {"extract", "--json", "--input-format", "jsonl", "-"}, line + line);
  CHECK(jsonl_stdin.rc == 0);
  CHECK(events_of(jsonl_stdin.out).size() == 2 * from_text);
  auto unnamed = yeonpyo(d, {"extract", "--json", "--input-format", "jsonl", "-"}, json_line(article("", "2025-10-24", kBody)));
  CHECK(events_of(unnamed.out).at(0)["article"] == "<stdin>:1");
  auto bad_stdin = yeonpyo(d, {"extract", "--json", "--input-format", "jsonl", "-"}, "{}\n" + line);
  CHECK(bad_stdin.rc == 3);
  CHECK(has(bad_stdin.err, "yeonpyo: <stdin>:1: no \"body\" field"));
  CHECK(events_of(bad_stdin.out).size() == from_text);

  // A *.json file is text under auto (and refused: no date header); --input-format jsonl reads it as lines.
  auto json_as_text = yeonpyo(d, {"extract", "--json", d / "c.json"});
  CHECK(json_as_text.rc == 3);
  CHECK(has(json_as_text.err, "no publication date"));
  auto json_as_lines = yeonpyo(d, {"extract", "--json", "--input-format", "jsonl", d / "c.json"});
  CHECK(json_as_lines.rc == 0);
  CHECK(events_of(json_as_lines.out).size() == from_text);
  // --input-format text reads a *.jsonl file as one text article.
  auto jsonl_as_text = yeonpyo(d, {"extract", "--json", "--input-format", "text", d / "dir/sub/b.jsonl"});
  CHECK(jsonl_as_text.rc == 3);

  auto bad_choice = yeonpyo(d, {"extract", "--input-format", "csv", d / "c.json"});
  CHECK(bad_choice.rc == 2);
}

TEST_CASE("jobs: extract output and stderr, and the store, are the same for 1 and 4 workers", "[cli][jobs]") {
  TempDir d;
  // samples/ plus a generated set: 150 text articles, 300 JSON lines with a few bad ones among them.
  const std::string gen = std::string("python3 ") + quote(YP_TESTS_DIR "/cli/gen_articles.py");
  REQUIRE(std::system((gen + " txt --count 150 --seed 7 --dir " + quote(d / "gen")).c_str()) == 0);
  REQUIRE(std::system((gen + " jsonl --count 300 --seed 8 > " + quote(d / "lines.jsonl")).c_str()) == 0);
  std::string lines = slurp(d / "lines.jsonl");
  lines += "{broken\n" + json_line({{"date", "2025-10-24"}}) + json_line(article("after-bad", "2025-10-24", kBody));
  spit(d / "lines.jsonl", lines);
  spit(d / "gen/undated.txt", "한빛전자는 지난 1일 부산에 연구소를 개소했다.\n");

  const std::vector<std::string> inputs = {YP_SAMPLES_DIR, d / "gen", d / "lines.jsonl"};
  auto run = [&](std::vector<std::string> args, const std::string& jobs) {
    args.insert(args.end(), {"--jobs", jobs});
    args.insert(args.end(), inputs.begin(), inputs.end());
    return yeonpyo(d, args);
  };
  for (const auto& mode : {std::vector<std::string>{"extract", "--json"}, std::vector<std::string>{"extract"}}) {
    auto one = run(mode, "1");
    auto four = run(mode, "4");
    CHECK(one.rc == 3);  // the undated file and two bad lines
    CHECK(four.rc == one.rc);
    CHECK(four.out == one.out);
    CHECK(four.err == one.err);
    CHECK(one.out.size() > 100000);
    CHECK(has(one.err, d / "lines.jsonl:301: invalid JSON"));
    CHECK(has(one.err, d / "lines.jsonl:302: no \"body\" field"));
  }

  auto in1 = run({"ingest", "--store", d / "one.yps"}, "1");
  auto in4 = run({"ingest", "--store", d / "four.yps"}, "4");
  CHECK(in1.rc == 3);
  CHECK(in4.rc == 3);
  CHECK(has(in1.err, "1 file and 2 lines refused"));
  // The per-article lines and the summary differ only by the store's name.
  auto unnamed = [&](std::string s, const std::string& store) {
    for (std::size_t p; (p = s.find(store)) != std::string::npos;) s.replace(p, store.size(), "STORE");
    return s;
  };
  CHECK(unnamed(in4.err, d / "four.yps") == unnamed(in1.err, d / "one.yps"));
  auto dump1 = yeonpyo(d, {"store", "dump", "--store", d / "one.yps"});
  auto dump4 = yeonpyo(d, {"store", "dump", "--store", d / "four.yps"});
  REQUIRE(dump1.rc == 0);
  CHECK(dump1.out.size() > 100000);
  CHECK(dump4.out == dump1.out);
}

TEST_CASE("events: extract --json then ingest --events gives the store that ingesting the articles gives", "[cli][events]") {
  TempDir d;
  const std::string gen = std::string("python3 ") + quote(YP_TESTS_DIR "/cli/gen_articles.py");
  REQUIRE(std::system((gen + " txt --count 120 --seed 11 --dir " + quote(d / "gen")).c_str()) == 0);
  auto ex = yeonpyo(d, {"extract", "--json", YP_SAMPLES_DIR, d / "gen"});
  REQUIRE(ex.rc == 0);
  for (const auto& e : events_of(ex.out)) {
    REQUIRE(e.contains("article_key"));
    CHECK(e["article_key"].get<std::string>().size() == 16);
    CHECK(e["mentions"][0].contains("trigger"));
  }
  spit(d / "events.jsonl", ex.out);

  auto direct = yeonpyo(d, {"ingest", "--store", d / "direct.yps", YP_SAMPLES_DIR, d / "gen"});
  REQUIRE(direct.rc == 0);
  auto loaded = yeonpyo(d, {"ingest", "--store", d / "loaded.yps", "--events", d / "events.jsonl"});
  REQUIRE(loaded.rc == 0);
  auto piped = yeonpyo(d, {"ingest", "--store", d / "piped.yps", "--events", "-"}, ex.out);
  REQUIRE(piped.rc == 0);
  auto dump = [&](const std::string& store) { return yeonpyo(d, {"store", "dump", "--store", d / store}).out; };
  const std::string want = dump("direct.yps");
  CHECK(want.size() > 50000);
  CHECK(dump("loaded.yps") == want);
  CHECK(dump("piped.yps") == want);
  CHECK(yeonpyo(d, {"store", "check", "--deep", "--store", d / "loaded.yps"}).rc == 0);

  // The same events again are the same articles: nothing changes.
  auto again = yeonpyo(d, {"ingest", "--store", d / "loaded.yps", "--events", d / "events.jsonl"});
  CHECK(again.rc == 0);
  CHECK(has(again.err, "already stored (same content)"));
  CHECK(dump("loaded.yps") == want);

  // Re-extracting options make no sense for stored events.
  CHECK(yeonpyo(d, {"ingest", "--store", d / "x.yps", "--events", "--pub-date", "2025-10-24", d / "events.jsonl"}).rc == 2);
}

TEST_CASE("events: bad lines name file:line, the articles next to them are refused whole, nothing valid leaves the store alone", "[cli][events][errors]") {
  TempDir d;
  spit(d / "a.txt", kText);
  spit(d / "b.jsonl", json_line(article("b", "2025-11-02", kBody)) + json_line(article("c", "2025-11-03", kBody)));
  auto ex = yeonpyo(d, {"extract", "--json", d / "a.txt", d / "b.jsonl"});
  REQUIRE(ex.rc == 0);
  auto ev = events_of(ex.out);
  std::vector<std::string> lines;
  {
    std::istringstream in(ex.out);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
  }
  // Articles a.txt, b, c in order; break c's first line (its neighbour before it, b, is refused too).
  std::size_t first_c = 0;
  while (ev[first_c]["article"] != "c") ++first_c;
  std::string edited;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == first_c) {
      auto j = nlohmann::json::parse(lines[i]);
      j["grain"] = "fortnight";
      edited += j.dump() + "\n";
    } else {
      edited += lines[i] + "\n";
    }
  }
  edited += "{\"truncated\": \n";
  spit(d / "edited.jsonl", edited);
  auto r = yeonpyo(d, {"ingest", "--store", d / "s.yps", "--events", d / "edited.jsonl"});
  CHECK(r.rc == 3);
  CHECK(has(r.err, d / "edited.jsonl:" + std::to_string(first_c + 1) + ": \"grain\": 'fortnight' is not a grain"));
  CHECK(has(r.err, d / "edited.jsonl:" + std::to_string(lines.size() + 1) + ": invalid JSON"));
  CHECK(has(r.err, "article b (lines "));
  CHECK(has(r.err, "article c (lines "));
  CHECK(has(r.err, "ingested " + d / "a.txt" + ": "));
  CHECK_FALSE(has(r.err, "ingested b:"));
  CHECK_FALSE(has(r.err, "ingested c:"));
  CHECK(has(r.err, "2 bad lines, 2 articles refused"));
  // Only a.txt's events went in: the store equals one made from a.txt alone.
  REQUIRE(yeonpyo(d, {"ingest", "--store", d / "a-only.yps", d / "a.txt"}).rc == 0);
  CHECK(yeonpyo(d, {"store", "dump", "--store", d / "s.yps"}).out ==
        yeonpyo(d, {"store", "dump", "--store", d / "a-only.yps"}).out);

  // Nothing valid: the store is left as it was.
  const std::string before = yeonpyo(d, {"store", "dump", "--store", d / "s.yps"}).out;
  spit(d / "junk.jsonl", "not json\n{\"type\": \"visit\"}\n");
  auto junk = yeonpyo(d, {"ingest", "--store", d / "s.yps", "--events", d / "junk.jsonl"});
  CHECK(junk.rc == 3);
  CHECK(has(junk.err, d / "junk.jsonl:1: invalid JSON"));
  CHECK(has(junk.err, d / "junk.jsonl:2: no \"article_key\" field"));
  CHECK(has(junk.err, "unchanged"));
  CHECK(yeonpyo(d, {"store", "dump", "--store", d / "s.yps"}).out == before);
  auto none = yeonpyo(d, {"ingest", "--store", d / "new.yps", "--events", d / "junk.jsonl"});
  CHECK(none.rc == 3);
  CHECK_FALSE(fs::exists(d / "new.yps/MANIFEST"));
}

TEST_CASE("progress: a line on a terminal's stderr, erased at the end, none with --quiet or without a terminal", "[cli][progress]") {
  TempDir d;
  std::string lines;
  for (int i = 0; i < 40; ++i) lines += json_line(article("p" + std::to_string(i), "2025-10-24", kBody));
  spit(d / "in.jsonl", lines);
  // script(1) gives the command a pseudo-terminal; stdout goes to a file, stderr stays on the terminal.
  auto on_tty = [&](const std::string& extra) {
    const std::string cmd = quote(YP_CLI_PATH) + " extract --json " + extra + " " + quote(d / "in.jsonl") + " > " +
                            quote(d / "out.jsonl");
    const std::string run = "script -qec " + quote(cmd) + " /dev/null > " + quote(d / "tty.txt") + " 2>&1";
    REQUIRE(std::system(run.c_str()) == 0);
    return slurp(d / "tty.txt");
  };
  const std::string tty = on_tty("");
  CHECK(has(tty, "1 article, "));
  CHECK(has(tty, "MB/s"));
  CHECK(has(tty, "ETA "));  // the total size of a file is known
  CHECK(tty.size() >= 4);
  CHECK(tty.substr(tty.size() - 4) == "\r\033[K");  // erased: the terminal is left clean
  CHECK(on_tty("--quiet").empty());
  CHECK(on_tty("-q").empty());
  // Not a terminal: nothing on stderr for a clean run.
  auto plain = yeonpyo(d, {"extract", "--json", d / "in.jsonl"});
  CHECK(plain.rc == 0);
  CHECK(plain.err.empty());
}
