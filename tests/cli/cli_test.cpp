// Runs the real yeonpyo binary (YP_CLI_PATH) and checks exit codes, stdout and stderr of every subcommand.
// Complements tests/cli/smoke.sh (which covers samples/ end to end). Fixtures are written to a temp dir;
// the helpers (TempDir, slurp, spit, quote, yeonpyo, has) are in run_binary.hpp.
#include "run_binary.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace yp::test;

namespace {

std::size_t count_lines(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

const std::string kDated =
    "date: 2025-10-24\ntitle: 시험 기사\nsource: yeonpyo test\n\n"
    "한빛전자는 24일 서울 본사에서 새 스마트폰을 공개했다고 밝혔다.\n\n"
    "회사는 지난 1일 부산에 연구소를 개소했다.\n";
const std::string kUndated = "한빛전자는 지난 1일 부산에 연구소를 개소했다.\n";

}  // namespace

TEST_CASE("help goes to stdout with an example for every command", "[cli][help]") {
  TempDir d;
  auto top = yeonpyo(d, {"--help"});
  CHECK(top.rc == 0);
  CHECK(has(top.out, "Examples:"));
  CHECK(top.err.empty());
  for (std::string cmd : {"ingest", "timeline", "between", "export", "normalize", "extract"}) {
    INFO("yeonpyo " << cmd << " --help");
    auto r = yeonpyo(d, {cmd, "--help"});
    CHECK(r.rc == 0);
    CHECK(has(r.out, "Examples:"));
    CHECK(has(r.out, "yeonpyo " + cmd));
  }
  auto none = yeonpyo(d, {});
  CHECK(none.rc == 2);
  CHECK(has(none.err, "yeonpyo: "));
  auto unknown = yeonpyo(d, {"frobnicate"});
  CHECK(unknown.rc == 2);
}

TEST_CASE("IsoDate accepts real days and rejects impossible ones, naming the value", "[cli][date]") {
  TempDir d;
  for (std::string bad : {"2025-02-30", "2025-02-29", "2025-13-01", "2025-10-1", "tomorrow", "2025/10/24x", ""}) {
    INFO("between " << bad);
    auto r = yeonpyo(d, {"between", bad, "2025-12-31", "--store", d / "s.yps"});
    CHECK(r.rc == 2);
    if (!bad.empty()) CHECK(has(r.err, bad));
    CHECK(count_lines(r.err) <= 2);
  }
  auto ok = yeonpyo(d, {"between", "2024-02-29", "2024-03-01", "--store", d / "s.yps"});
  CHECK(ok.rc == 0);
  auto feb30 = yeonpyo(d, {"timeline", "--from", "2025-02-30", "--store", d / "s.yps"});
  CHECK(feb30.rc == 2);
  CHECK(has(feb30.err, "2025-02-30 is not a real calendar day"));
}

TEST_CASE("between refuses FROM after TO, timeline refuses --from after --to", "[cli][query]") {
  TempDir d;
  auto r = yeonpyo(d, {"between", "2025-10-31", "2025-10-01", "--store", d / "s.yps"});
  CHECK(r.rc == 2);
  CHECK(has(r.err, "yeonpyo: FROM 2025-10-31 is after TO 2025-10-01"));
  auto same = yeonpyo(d, {"between", "2025-10-01", "2025-10-01", "--store", d / "s.yps"});
  CHECK(same.rc == 0);
  auto t = yeonpyo(d, {"timeline", "--from", "2025-11-01", "--to", "2025-10-01", "--store", d / "s.yps"});
  CHECK(t.rc == 2);
}

TEST_CASE("choices are validated and listed", "[cli][choices]") {
  TempDir d;
  auto type = yeonpyo(d, {"timeline", "--type", "party", "--store", d / "s.yps"});
  CHECK(type.rc == 2);
  CHECK(has(type.err, "visit"));
  auto ok_type = yeonpyo(d, {"timeline", "--type", "cancellation", "--store", d / "s.yps"});
  CHECK(ok_type.rc == 0);
  auto fmt = yeonpyo(d, {"timeline", "--format", "xml", "--store", d / "s.yps"});
  CHECK(fmt.rc == 2);
  CHECK(has(fmt.err, "csv"));
  auto exp = yeonpyo(d, {"export", "--store", d / "s.yps"});  // --format is required
  CHECK(exp.rc == 2);
  CHECK(has(exp.err, "--format"));
  auto prefer = yeonpyo(d, {"normalize", "--ref", "2025-10-24", "--prefer", "sometimes", "오늘"});
  CHECK(prefer.rc == 2);
  CHECK(has(prefer.err, "future"));
}

TEST_CASE("a missing store is an empty timeline, not an error", "[cli][store]") {
  TempDir d;
  auto r = yeonpyo(d, {"timeline", "--store", d / "nothing-here.yps", "--format", "json"});
  CHECK(r.rc == 0);
  CHECK(r.out.empty());
  CHECK(has(r.err, "does not exist yet"));
  CHECK_FALSE(fs::exists(d / "nothing-here.yps"));
}

TEST_CASE("ingest: dated files go in, undated are refused with exit 3 and a fix", "[cli][ingest]") {
  TempDir d;
  fs::create_directories(d / "in/sub");
  spit(d / "in/a.txt", kDated);
  spit(d / "in/sub/b.txt", kUndated);
  spit(d / "in/notes.md", "not an article: directories contribute *.txt only\n");
  spit(d / "in/.hidden.txt", "hidden files are skipped\n");
  const std::string store = d / "deep/dir/events.yps";
  auto r = yeonpyo(d, {"ingest", "--store", store, d / "in"});
  CHECK(r.rc == 3);
  CHECK(has(r.err, "ingested " + (d / "in/a.txt") + ": "));
  CHECK(has(r.err, d / "in/sub/b.txt"));
  CHECK(has(r.err, "--pub-date"));
  CHECK_FALSE(has(r.err, "notes.md"));
  CHECK_FALSE(has(r.err, ".hidden"));
  CHECK(fs::exists(store));  // the directory was created, the dated article saved

  auto fixed = yeonpyo(d, {"ingest", "--store", store, "--pub-date", "2025-12-04", d / "in/sub/b.txt"});
  CHECK(fixed.rc == 0);
  CHECK(has(fixed.err, "ingested " + (d / "in/sub/b.txt")));
}

TEST_CASE("ingest: a missing path stops everything before the store is touched", "[cli][ingest]") {
  TempDir d;
  spit(d / "a.txt", kDated);
  auto r = yeonpyo(d, {"ingest", "--store", d / "s.yps", d / "a.txt", d / "nope.txt"});
  CHECK(r.rc == 4);
  CHECK(has(r.err, "yeonpyo: " + (d / "nope.txt") + ": no such file or directory"));
  CHECK_FALSE(fs::exists(d / "s.yps"));
}

TEST_CASE("ingest: invalid UTF-8 is refused naming file:line", "[cli][ingest][utf8]") {
  TempDir d;
  spit(d / "bad.txt", "date: 2025-10-24\n\n첫 줄.\n둘째 줄 \xC3\x28 깨짐\n");
  auto r = yeonpyo(d, {"ingest", "--store", d / "s.yps", d / "bad.txt"});
  CHECK(r.rc == 3);
  CHECK(has(r.err, (d / "bad.txt") + ":4"));
  CHECK_FALSE(fs::exists(d / "s.yps"));  // nothing went in: no store written
}

TEST_CASE("ingest from stdin and the default store locations", "[cli][ingest][store]") {
  TempDir d;
  auto r = yeonpyo(d, {"ingest", "-"}, kDated);
  CHECK(r.rc == 0);
  CHECK(fs::exists(d / "default.yps"));  // $YEONPYO_STORE
  // timeline with no flags reads the same default store
  auto t = yeonpyo(d, {"timeline", "--format", "csv"});
  CHECK(t.rc == 0);
  CHECK(has(t.out, "start,end,grain,type,actor,participants,location,polarity,modality,summary,article"));
}

TEST_CASE("re-ingesting the same article does not duplicate", "[cli][ingest][store]") {
  TempDir d;
  spit(d / "a.txt", kDated);
  REQUIRE(yeonpyo(d, {"ingest", "--store", d / "s.yps", d / "a.txt"}).rc == 0);
  auto first = yeonpyo(d, {"export", "--format", "json", "--store", d / "s.yps"});
  REQUIRE(yeonpyo(d, {"ingest", "--store", d / "s.yps", d / "a.txt"}).rc == 0);
  auto second = yeonpyo(d, {"export", "--format", "json", "--store", d / "s.yps"});
  CHECK(first.rc == 0);
  CHECK(count_lines(first.out) == count_lines(second.out));
}

TEST_CASE("a corrupt or truncated store: exit 5, one line, the file untouched", "[cli][store]") {
  TempDir d;
  spit(d / "a.txt", kDated);
  // Single-file stores (format 1, tests/data): a damaged store directory is covered by tests/cli/store.sh.
  const std::string whole = slurp(YP_TEST_DATA_DIR "/format1.yps");
  REQUIRE(whole.size() > 8);
  spit(d / "t.yps", whole.substr(0, whole.size() - 3));
  spit(d / "g.yps", "garbage, not a store\n");
  for (std::string file : {d / "t.yps", d / "g.yps"}) {
    const std::string before = slurp(file);
    for (std::vector<std::string> args : {std::vector<std::string>{"timeline"}, {"export", "--format", "csv"},
                                          {"between", "2025-01-01", "2025-12-31"}, {"ingest", d / "a.txt"}}) {
      args.push_back("--store");
      args.push_back(file);
      INFO(args.front() << " on " << file);
      auto r = yeonpyo(d, args);
      CHECK(r.rc == 5);
      CHECK(has(r.err, "yeonpyo: " + file + ": store is truncated or corrupt"));
      CHECK(count_lines(r.err) == 1);
      CHECK(slurp(file) == before);
    }
  }
}

TEST_CASE("export -o writes the file atomically and leaves no temp file", "[cli][export]") {
  TempDir d;
  spit(d / "a.txt", kDated);
  REQUIRE(yeonpyo(d, {"ingest", "--store", d / "s.yps", d / "a.txt"}).rc == 0);
  fs::create_directories(d / "out");
  spit(d / "out/t.csv", "old content\n");
  auto r = yeonpyo(d, {"export", "--format", "csv", "--store", d / "s.yps", "-o", d / "out/t.csv"});
  CHECK(r.rc == 0);
  CHECK(slurp(d / "out/t.csv").rfind("\xEF\xBB\xBFstart,end,grain,type,actor", 0) == 0);  // a BOM for Excel
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(d.path / "out")) {
    (void)e;
    ++files;
  }
  CHECK(files == 1);
  auto bad = yeonpyo(d, {"export", "--format", "csv", "--store", d / "s.yps", "-o", d / "no/such/dir/t.csv"});
  CHECK(bad.rc == 4);
  CHECK(has(bad.err, "no/such/dir/t.csv"));
}

TEST_CASE("normalize --json: one object per line with the documented fields", "[cli][normalize]") {
  TempDir d;
  auto r = yeonpyo(d, {"normalize", "--ref", "2025-10-24", "--json", "오는 28일부터 31일까지 경주에서 열린다."});
  REQUIRE(r.rc == 0);
  REQUIRE(count_lines(r.out) >= 1);
  std::istringstream lines(r.out);
  std::string line;
  bool found = false;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    for (const char* k : {"text", "offset", "type", "timex", "start", "end", "grain", "mod", "anchor", "fuzzy", "confidence"})
      CHECK(j.contains(k));
    CHECK(j["offset"].is_array());
    CHECK(j["offset"].size() == 2);
    if (j["start"] == "2025-10-28" && j["end"] == "2025-10-31") found = true;
  }
  CHECK(found);

  auto none = yeonpyo(d, {"normalize", "--ref", "2025-10-24", "--json", "매출이 4% 늘었고 직원은 1천700여 명이다."});
  CHECK(none.rc == 0);
  CHECK(none.out.find("\"start\":\"") == std::string::npos);  // no false dates from a percentage or a count

  auto stdin_run = yeonpyo(d, {"normalize", "--ref", "2025-10-24T09:30", "--json", "-"}, "지난 2월 방한했다.\n");
  CHECK(stdin_run.rc == 0);
  CHECK(has(stdin_run.out, "\"start\":\"2025-02-01\""));
  CHECK(has(stdin_run.out, "\"end\":\"2025-02-28\""));

  auto table = yeonpyo(d, {"normalize", "--ref", "2025-12-04", "9~10월 협력 계획을 발표했다."});
  CHECK(table.rc == 0);
  CHECK(has(table.out, "offset"));
  CHECK(has(table.out, "2025-09-01"));
  CHECK(has(table.out, "2025-10-31"));

  auto bad_ref = yeonpyo(d, {"normalize", "--ref", "2025-10-24T24:10", "오늘"});
  CHECK(bad_ref.rc == 2);
  auto bad_utf8 = yeonpyo(d, {"normalize", "--ref", "2025-10-24", "-"}, "줄 하나\n\xFF\n");
  CHECK(bad_utf8.rc == 3);
  CHECK(has(bad_utf8.err, "<stdin>:2"));
}

TEST_CASE("extract: stateless JSON Lines, no store written", "[cli][extract]") {
  TempDir d;
  spit(d / "a.txt", kDated);
  spit(d / "b.txt", kUndated);
  auto r = yeonpyo(d, {"extract", "--json", d / "a.txt"});
  CHECK(r.rc == 0);
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    for (const char* k : {"id", "type", "actor", "participants", "location", "trigger", "start", "end", "grain",
                          "polarity", "modality", "time_source", "summary", "sentence", "offset", "article"})
      CHECK(j.contains(k));
    CHECK(j["article"] == d / "a.txt");
  }
  CHECK_FALSE(fs::exists(d / "default.yps"));
  CHECK_FALSE(fs::exists(d / "xdg"));

  auto mixed = yeonpyo(d, {"extract", "--json", d / "a.txt", d / "b.txt"});
  CHECK(mixed.rc == 3);
  CHECK(has(mixed.err, d / "b.txt"));
  CHECK(mixed.out == r.out);  // the dated file's events are still printed

  auto with_date = yeonpyo(d, {"extract", "--json", "--pub-date", "2025-12-04", d / "b.txt"});
  CHECK(with_date.rc == 0);
}

TEST_CASE("user alias files (--aliases) canonicalise actors at ingest and in --actor, bad rows name file:line", "[cli][aliases]") {
  TempDir d;
  spit(d / "a.txt", kDated);
  spit(d / "aliases.tsv", "# canonical<TAB>alias\nHanbit Electronics\t한빛전자\n");
  auto r = yeonpyo(d, {"ingest", "--store", d / "s.yps", "--aliases", d / "aliases.tsv", d / "a.txt"});
  REQUIRE(r.rc == 0);
  auto csv = yeonpyo(d, {"timeline", "--store", d / "s.yps", "--format", "csv"});
  CHECK(has(csv.out, "Hanbit Electronics"));
  CHECK_FALSE(has(csv.out, ",한빛전자,"));

  // The query side: an alias known only from a file finds the canonical actor when the file is given.
  spit(d / "more.tsv", "Hanbit Electronics\tHBE\n");
  auto without = yeonpyo(d, {"timeline", "--store", d / "s.yps", "--actor", "HBE", "--format", "csv"});
  auto with = yeonpyo(d, {"timeline", "--store", d / "s.yps", "--actor", "HBE", "--aliases", d / "more.tsv", "--format", "csv"});
  CHECK(without.rc == 0);
  CHECK(with.rc == 0);
  CHECK(count_lines(without.out) == 1);  // header only
  CHECK(count_lines(with.out) > count_lines(without.out));

  spit(d / "bad.tsv", "Hanbit Electronics\t한빛전자\nno-tab-here\n");
  auto bad = yeonpyo(d, {"ingest", "--store", d / "t.yps", "--aliases", d / "bad.tsv", d / "a.txt"});
  CHECK(bad.rc == 2);
  CHECK(has(bad.err, (d / "bad.tsv") + ":2"));
  CHECK_FALSE(fs::exists(d / "t.yps"));
  auto missing = yeonpyo(d, {"ingest", "--store", d / "t.yps", "--aliases", d / "nope.tsv", d / "a.txt"});
  CHECK(missing.rc == 2);
  CHECK(has(missing.err, "nope.tsv"));
}

TEST_CASE("stdin articles are stored by content hash so that two piped articles do not replace each other", "[cli][ingest][stdin]") {
  TempDir d;
  const std::string other = "date: 2025-10-25\n\n누리칩스는 25일 판교에 새 공장을 준공했다고 밝혔다.\n";
  auto a = yeonpyo(d, {"ingest", "--store", d / "s.yps", "-"}, kDated);
  REQUIRE(a.rc == 0);
  CHECK(has(a.err, "ingested stdin:"));
  auto one = yeonpyo(d, {"export", "--format", "json", "--store", d / "s.yps"});
  REQUIRE(yeonpyo(d, {"ingest", "--store", d / "s.yps", "-"}, other).rc == 0);
  auto two = yeonpyo(d, {"export", "--format", "json", "--store", d / "s.yps"});
  CHECK(count_lines(two.out) > count_lines(one.out));  // the first article's events are still there
  REQUIRE(yeonpyo(d, {"ingest", "--store", d / "s.yps", "-"}, other).rc == 0);
  auto again = yeonpyo(d, {"export", "--format", "json", "--store", d / "s.yps"});
  CHECK(count_lines(again.out) == count_lines(two.out));  // the same bytes again replace, not duplicate
}

TEST_CASE("output formats: every format everywhere, the BOM for CSV files only, colours and widths", "[cli][formats]") {
  TempDir d;
  spit(d / "a.txt", kDated);
  REQUIRE(yeonpyo(d, {"ingest", "--store", d / "s.yps", d / "a.txt"}).rc == 0);
  for (std::string f : {"table", "csv", "tsv", "json", "jsonl", "timelinejs", "timelinejs-csv", "html", "ics"}) {
    INFO("format " << f);
    auto t = yeonpyo(d, {"timeline", "--store", d / "s.yps", "--format", f});
    CHECK(t.rc == 0);
    CHECK_FALSE(t.out.empty());
    auto b = yeonpyo(d, {"between", "2000-01-01", "2030-12-31", "--store", d / "s.yps", "--format", f});
    CHECK(b.rc == 0);
    CHECK(b.out == t.out);
    auto e = yeonpyo(d, {"export", "--store", d / "s.yps", "--format", f});
    CHECK(e.rc == 0);
    CHECK(e.out == t.out);
  }
  // jsonl is json; tsv has the CSV's columns.
  CHECK(yeonpyo(d, {"export", "--store", d / "s.yps", "--format", "jsonl"}).out ==
        yeonpyo(d, {"export", "--store", d / "s.yps", "--format", "json"}).out);
  CHECK(yeonpyo(d, {"export", "--store", d / "s.yps", "--format", "tsv"}).out.rfind("start\tend\tgrain\t", 0) == 0);
  // BOM: standard output none, a file one, --bom / --no-bom decide.
  const std::string bom = "\xEF\xBB\xBF";
  CHECK(yeonpyo(d, {"export", "--store", d / "s.yps", "--format", "csv"}).out.rfind("start,", 0) == 0);
  CHECK(yeonpyo(d, {"export", "--store", d / "s.yps", "--format", "csv", "--bom"}).out.rfind(bom + "start,", 0) == 0);
  CHECK(yeonpyo(d, {"timeline", "--store", d / "s.yps", "--format", "csv", "--bom"}).out.rfind(bom, 0) == 0);
  REQUIRE(yeonpyo(d, {"export", "--store", d / "s.yps", "--format", "csv", "--no-bom", "-o", d / "n.csv"}).rc == 0);
  CHECK(slurp(d / "n.csv").rfind("start,", 0) == 0);
  REQUIRE(yeonpyo(d, {"export", "--store", d / "s.yps", "--format", "timelinejs-csv", "-o", d / "t.csv"}).rc == 0);
  CHECK(slurp(d / "t.csv").rfind(bom + "Year,Month,Day,", 0) == 0);
  REQUIRE(yeonpyo(d, {"export", "--store", d / "s.yps", "--format", "tsv", "-o", d / "t.tsv"}).rc == 0);
  CHECK(slurp(d / "t.tsv").rfind("start\t", 0) == 0);
  CHECK(yeonpyo(d, {"export", "--store", d / "s.yps", "--format", "csv", "--bom", "--no-bom"}).rc == 2);
  // Colours: never on a pipe unless asked; NO_COLOR does not stop --color always.
  auto plain = yeonpyo(d, {"timeline", "--store", d / "s.yps"});
  CHECK(plain.out.find('\x1b') == std::string::npos);
  auto always = yeonpyo(d, {"timeline", "--store", d / "s.yps", "--color", "always"});
  CHECK(always.out.find("\x1b[") != std::string::npos);
  CHECK(yeonpyo(d, {"timeline", "--store", d / "s.yps", "--color", "sometimes"}).rc == 2);
  // Width: $COLUMNS is honoured (one line per event when narrow), by display width.
  std::string cmd = "env COLUMNS=60 " + quote(YP_CLI_PATH) + " timeline --store " + quote(d / "s.yps") + " > " +
                    quote(d / "narrow.txt");
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::istringstream lines(slurp(d / "narrow.txt"));
  std::size_t n = 0;
  for (std::string l; std::getline(lines, l); ++n) {
    INFO(l);
    std::size_t cols = 0;  // Hangul syllables (3 UTF-8 bytes here) take two columns, ASCII one
    for (std::size_t i = 0; i < l.size();) {
      unsigned char c = static_cast<unsigned char>(l[i]);
      std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      bool wide = len == 3 && c >= 0xEA && c <= 0xED;  // U+AC00..U+D7A3 start with EA..ED
      cols += wide ? 2 : 1;
      i += len;
    }
    CHECK(cols <= 60);
  }
  CHECK(n >= 2);
}
