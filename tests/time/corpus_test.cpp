// The time corpus runner: checks tests/corpus/time_ko.tsv and time_ko_negatives.tsv against
// yp::time::find_time_expressions, prints the accuracy table per class and per batch, and checks docs/expressions.md
// against the corpus (so the document cannot drift).
//
// Run: build/tests/test_time "[corpus]"            (the report alone: "[report]"; set YP_TIME_ACCURACY_FILE
//      to also write the table to that file)
// A failure reads `time_ko.tsv:123: <phrase>` followed by what was expected and what the engine found.
// The corpus format is documented in the header of tests/corpus/time_ko.tsv; malformed lines fail the
// "[corpus][format]" test with their line number.
#include "core/calendar.hpp"
#include "core/data.hpp"
#include "time/expression.hpp"
#include "time/resolver.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using yp::time::ExprType;
using yp::time::TimeExpr;

// The classes of issue #3, in the order the accuracy table prints them.
constexpr std::array<std::string_view, 21> kClasses = {
    "absolute", "deictic-day", "anaphoric", "day-of-month-direction", "bare-day-tense", "weekday", "week",
    "month",    "year",        "month-part", "year-part",              "season",         "range",   "open-range",
    "duration", "offset",      "window",     "era",                    "time-of-day",    "holiday", "vague"};
constexpr std::array<std::string_view, 15> kGrains = {"minute", "hour",    "day",    "week",   "month-part",
                                                      "month",  "quarter", "half",   "season", "year",
                                                      "decade", "range",   "duration", "vague", "century"};
constexpr std::array<std::string_view, 11> kMods = {"START",  "MID",          "END",         "APPROX",
                                                    "BEFORE", "AFTER",        "ON_OR_BEFORE", "ON_OR_AFTER",
                                                    "LESS_THAN", "MORE_THAN", "NONE"};
constexpr std::array<std::string_view, 6> kTypes = {"date", "range", "duration", "set", "time", "vague"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& set, std::string_view s) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

std::string corpus_path(std::string_view name) { return std::string(YP_CORPUS_DIR) + "/" + std::string(name); }
std::string docs_path() { return std::string(YP_CORPUS_DIR) + "/../../docs/expressions.md"; }

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Strict ISO "YYYY-MM-DD" (the corpus uses dashes only).
std::optional<date::year_month_day> iso_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  return yp::parse_iso_date(s);
}

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM".
bool parse_ref(std::string_view s, yp::time::ResolveOptions& opt) {
  auto day = iso_day(s.substr(0, std::min<std::size_t>(s.size(), 10)));
  if (!day) return false;
  opt.publication_date = *day;
  if (s.size() == 10) return true;
  if (s.size() != 16 || s[10] != 'T' || s[13] != ':') return false;
  auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  if (!digit(11) || !digit(12) || !digit(14) || !digit(15)) return false;
  int h = (s[11] - '0') * 10 + (s[12] - '0');
  int m = (s[14] - '0') * 10 + (s[15] - '0');
  if (h > 23 || m > 59) return false;
  opt.reference_time = std::chrono::minutes{h * 60 + m};
  return true;
}

struct CorpusLine {
  std::string file;  // "time_ko.tsv"
  std::size_t line = 0;
  std::string cls, ref, phrase, text, start, end, grain, mod, timex, options;
  yp::time::ResolveOptions opt;
  std::optional<std::string> type;  // options: type=range
  std::optional<bool> fuzzy;        // options: fuzzy=true|false
  std::optional<bool> warn;         // options: warn=true|false (a date-weekday disagreement is reported)
  std::optional<std::string> anchor;    // options: anchor=publication|expression|none
  std::optional<std::string> duration;  // options: duration=P3Y (the ISO length of a window or duration)
  std::string where() const { return fmt::format("{}:{}", file, line); }
};

struct Parsed {
  std::vector<CorpusLine> lines;
  std::vector<std::string> errors;  // "time_ko.tsv:12: message"
};

std::vector<std::string_view> split_options(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == ';')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ',' && s[j] != ';') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Parses one corpus file (time_ko.tsv / time_ko_pending.tsv). Columns:
// class ref phrase text start end grain [mod [timex [options]]] — 7 to 10 fields.
Parsed parse_corpus(std::string_view name) {
  Parsed p;
  auto bytes = read_file(corpus_path(name));
  if (!bytes) {
    p.errors.push_back(fmt::format("{}: cannot read {}", name, corpus_path(name)));
    return p;
  }
  for (const auto& row : yp::data::rows(*bytes)) {
    auto err = [&](const std::string& msg) { p.errors.push_back(fmt::format("{}:{}: {}", name, row.line, msg)); };
    const auto& f = row.fields;
    if (f.size() < 7 || f.size() > 10) {
      err(fmt::format("expected 7 to 10 tab-separated columns (class ref phrase text start end grain [mod timex "
                      "options]), found {}",
                      f.size()));
      continue;
    }
    CorpusLine c;
    c.file = std::string(name);
    c.line = row.line;
    c.cls = f[0];
    c.ref = f[1];
    c.phrase = f[2];
    c.text = f[3];
    c.start = f[4];
    c.end = f[5];
    c.grain = f[6];
    if (f.size() > 7) c.mod = f[7];
    if (f.size() > 8) c.timex = f[8];
    if (f.size() > 9) c.options = f[9];
    bool ok = true;
    if (!one_of(kClasses, c.cls)) ok = false, err(fmt::format("unknown class '{}'", c.cls));
    if (!parse_ref(c.ref, c.opt)) ok = false, err(fmt::format("bad ref '{}' (want YYYY-MM-DD or YYYY-MM-DDTHH:MM)", c.ref));
    if (c.phrase.empty()) ok = false, err("empty phrase");
    if (!c.text.empty() && c.phrase.find(c.text) == std::string::npos)
      ok = false, err(fmt::format("text '{}' does not occur in the phrase", c.text));
    for (const auto* d : {&c.start, &c.end})
      if (*d != "-" && !iso_day(*d)) ok = false, err(fmt::format("bad date '{}' (want YYYY-MM-DD or -)", *d));
    if (ok && c.start != "-" && c.end != "-" && c.start > c.end)
      ok = false, err(fmt::format("start {} is after end {}", c.start, c.end));
    if (!one_of(kGrains, c.grain)) ok = false, err(fmt::format("unknown grain '{}'", c.grain));
    if (!c.mod.empty() && !one_of(kMods, c.mod)) ok = false, err(fmt::format("unknown mod '{}'", c.mod));
    for (auto o : split_options(c.options)) {
      if (o == "prefer=past") c.opt.prefer = yp::time::Prefer::Past;
      else if (o == "prefer=future") c.opt.prefer = yp::time::Prefer::Future;
      else if (o == "prefer=tense") c.opt.prefer = yp::time::Prefer::Tense;
      else if (o.substr(0, 5) == "type=" && one_of(kTypes, o.substr(5))) c.type = std::string(o.substr(5));
      else if (o == "fuzzy=true") c.fuzzy = true;
      else if (o == "fuzzy=false") c.fuzzy = false;
      else if (o == "warn=true") c.warn = true;
      else if (o == "warn=false") c.warn = false;
      else if (o == "anchor=publication" || o == "anchor=expression" || o == "anchor=none")
        c.anchor = std::string(o.substr(7));
      else if (o.substr(0, 10) == "duration=P" && o.size() > 10) c.duration = std::string(o.substr(9));
      else ok = false, err(fmt::format("unknown option '{}'", o));
    }
    if (ok) p.lines.push_back(std::move(c));
  }
  return p;
}

// The expression a corpus line is about: the first found expression overlapping the first occurrence of `text`
// (or the first expression at all when `text` is empty).
const TimeExpr* pick(const std::vector<TimeExpr>& found, std::string_view phrase, std::string_view text) {
  if (found.empty()) return nullptr;
  if (text.empty()) return &found.front();
  std::size_t b = phrase.find(text);
  if (b == std::string_view::npos) return nullptr;
  std::size_t e = b + text.size();
  for (const auto& x : found)
    if (x.begin < e && b < x.end) return &x;
  return nullptr;
}

std::string show_start(const TimeExpr& e) { return e.interval.from ? yp::format_iso(*e.interval.from) : "-"; }
std::string show_end(const TimeExpr& e) {
  auto l = e.interval.last_day();
  return l ? yp::format_iso(*l) : "-";
}
std::string show_mod(const TimeExpr& e) {
  std::string m(yp::time::to_string(e.mod));
  return m.empty() ? "NONE" : m;
}

std::string describe(const TimeExpr& e) {
  return fmt::format("'{}' [{},{}) type={} {}..{} grain={} mod={} timex={} fuzzy={} anchor={} duration={} rule={}{}",
                     e.text, e.begin, e.end, yp::time::to_string(e.type), show_start(e), show_end(e),
                     yp::time::to_string(e.grain), show_mod(e), e.timex, e.fuzzy, yp::time::to_string(e.anchor),
                     e.duration, e.rule, e.warning.empty() ? "" : " warning=" + e.warning);
}

struct Outcome {
  bool found = false;
  bool dates = false;  // start and end exact
  bool grain = false;
  bool all = false;    // every given field (text, start, end, grain, mod, timex and the options' checks)
  std::string got;     // description of what the engine produced (for failure messages)
  std::string wrong;   // which fields differ
};

Outcome evaluate(const CorpusLine& c) {
  Outcome o;
  auto found = yp::time::find_time_expressions(c.phrase, c.opt);
  std::string all_found;
  for (const auto& e : found) all_found += "\n    found " + describe(e);
  const TimeExpr* e = pick(found, c.phrase, c.text);
  if (!e) {
    o.got = found.empty() ? "nothing found" : "no expression overlaps the text" + all_found;
    o.wrong = "missing";
    return o;
  }
  o.found = true;
  o.got = describe(*e) + (found.size() > 1 ? all_found : "");
  auto mark = [&](bool good, std::string_view field) {
    if (!good) o.wrong += (o.wrong.empty() ? "" : " ") + std::string(field);
    return good;
  };
  bool s = mark(show_start(*e) == c.start, "start");
  bool en = mark(show_end(*e) == c.end, "end");
  o.dates = s && en;
  o.grain = mark(yp::time::to_string(e->grain) == c.grain, "grain");
  bool rest = true;
  if (!c.text.empty()) rest &= mark(e->text == c.text, "text");
  if (!c.mod.empty()) rest &= mark(show_mod(*e) == c.mod, "mod");
  if (!c.timex.empty()) rest &= mark(e->timex == c.timex, "timex");
  if (c.type) rest &= mark(yp::time::to_string(e->type) == *c.type, "type");
  if (c.fuzzy) rest &= mark(e->fuzzy == *c.fuzzy, "fuzzy");
  if (c.warn) rest &= mark(e->warning.empty() != *c.warn, "warning");
  if (c.anchor) rest &= mark(yp::time::to_string(e->anchor) == *c.anchor, "anchor");
  if (c.duration) rest &= mark(e->duration == *c.duration, "duration");
  o.all = o.dates && o.grain && rest;
  return o;
}

std::string expected(const CorpusLine& c) {
  std::string s = fmt::format("'{}' {}..{} grain={}", c.text, c.start, c.end, c.grain);
  if (!c.mod.empty()) s += " mod=" + c.mod;
  if (!c.timex.empty()) s += " timex=" + c.timex;
  if (c.type) s += " type=" + *c.type;
  if (c.fuzzy) s += *c.fuzzy ? " fuzzy=true" : " fuzzy=false";
  if (c.warn) s += *c.warn ? " warning" : " no-warning";
  if (c.anchor) s += " anchor=" + *c.anchor;
  if (c.duration) s += " duration=" + *c.duration;
  return s;
}

// time_ko_negatives.tsv: ref phrase text [note]. A note starting with "pending" marks a line the engine does not
// pass yet: reported, not asserted.
struct NegativeLine {
  std::string where, phrase, text, note;
  yp::time::ResolveOptions opt;
  bool pending = false;
};

struct ParsedNegatives {
  std::vector<NegativeLine> lines;
  std::vector<std::string> errors;
};

ParsedNegatives parse_negatives() {
  ParsedNegatives p;
  auto bytes = read_file(corpus_path("time_ko_negatives.tsv"));
  if (!bytes) {
    p.errors.push_back("time_ko_negatives.tsv: cannot read " + corpus_path("time_ko_negatives.tsv"));
    return p;
  }
  for (const auto& row : yp::data::rows(*bytes)) {
    std::string where = fmt::format("time_ko_negatives.tsv:{}", row.line);
    const auto& f = row.fields;
    NegativeLine ng;
    ng.where = where;
    if (f.size() < 3 || f.size() > 4) {
      p.errors.push_back(fmt::format("{}: expected 3 or 4 columns (ref phrase text [note]), found {}", where, f.size()));
      continue;
    }
    if (!parse_ref(f[0], ng.opt)) {
      p.errors.push_back(fmt::format("{}: bad ref '{}' (want YYYY-MM-DD or YYYY-MM-DDTHH:MM)", where, f[0]));
      continue;
    }
    ng.phrase = f[1];
    ng.text = f[2];
    if (f.size() > 3) ng.note = f[3];
    ng.pending = ng.note.rfind("pending", 0) == 0;
    if (ng.phrase.empty() || (!ng.text.empty() && ng.phrase.find(ng.text) == std::string::npos)) {
      p.errors.push_back(fmt::format("{}: text '{}' does not occur in the phrase", where, ng.text));
      continue;
    }
    p.lines.push_back(std::move(ng));
  }
  return p;
}

// "" when no date/range/time/set expression overlaps the negative's text, else what was found.
std::string negative_violation(const NegativeLine& ng) {
  std::size_t b = 0, e = ng.phrase.size();
  if (!ng.text.empty()) {
    b = ng.phrase.find(ng.text);
    e = b + ng.text.size();
  }
  std::string out;
  for (const auto& x : yp::time::find_time_expressions(ng.phrase, ng.opt)) {
    bool forbidden = x.type == ExprType::Date || x.type == ExprType::Range || x.type == ExprType::Time ||
                     x.type == ExprType::Set;
    if (forbidden && x.begin < e && b < x.end) out += (out.empty() ? "found " : "; found ") + describe(x);
  }
  return out;
}

// The batch a corpus line belongs to: the last "# --- batch N" heading above it in its file ("batch 1" before the
// first heading of time_ko.tsv, "pending" before the first heading of time_ko_pending.tsv).
std::string batch_of(std::string_view file, std::size_t line) {
  static std::map<std::string, std::vector<std::pair<std::size_t, std::string>>> cache;
  auto& heads = cache[std::string(file)];
  if (heads.empty()) {
    heads.emplace_back(0, file == "time_ko.tsv" ? "batch 1" : "pending");
    if (auto bytes = read_file(corpus_path(file))) {
      std::istringstream in(*bytes);
      std::string l;
      for (std::size_t n = 1; std::getline(in, l); ++n) {
        if (l.rfind("# --- batch ", 0) != 0) continue;
        std::size_t e = l.find_first_of(" (", 12);
        heads.emplace_back(n, "batch " + l.substr(12, e == std::string::npos ? std::string::npos : e - 12));
      }
    }
  }
  std::string b = heads.front().second;
  for (const auto& [n, name] : heads)
    if (n < line) b = name;
  return b;
}

}  // namespace

TEST_CASE("time corpus files are well formed", "[corpus][format]") {
  std::map<std::string, std::string> seen;  // ref, phrase, text, options -> where
  for (auto name : {"time_ko.tsv", "time_ko_pending.tsv"}) {
    auto p = parse_corpus(name);
    for (const auto& err : p.errors) FAIL_CHECK(err);
    for (const auto& c : p.lines) {
      std::string key = c.ref + '\t' + c.phrase + '\t' + c.text + '\t' + c.options;
      auto [it, fresh] = seen.emplace(key, c.where());
      if (!fresh) FAIL_CHECK(c.where() << ": same ref, phrase, text and options as " << it->second);
    }
  }
  auto p = parse_corpus("time_ko.tsv");
  CHECK(p.lines.size() >= 400);
  std::map<std::string, int> per_class;
  for (const auto& c : p.lines) ++per_class[c.cls];
  for (auto cls : kClasses) {
    INFO("class " << cls << " needs lines in time_ko.tsv");
    CHECK(per_class[std::string(cls)] > 0);
  }
}

TEST_CASE("time corpus: every line of time_ko.tsv resolves as expected", "[corpus]") {
  auto p = parse_corpus("time_ko.tsv");
  for (const auto& err : p.errors) FAIL_CHECK(err);
  REQUIRE_FALSE(p.lines.empty());
  for (const auto& c : p.lines) {
    Outcome o = evaluate(c);
    INFO(c.where() << ": " << c.phrase << "  [ref " << c.ref << (c.options.empty() ? "" : ", " + c.options) << "]");
    INFO("expected " << expected(c));
    INFO("got      " << o.got);
    INFO("wrong:   " << o.wrong);
    CHECK(o.all);
  }
}

TEST_CASE("time corpus: negatives give no date, range, time or set", "[corpus][negatives]") {
  auto p = parse_negatives();
  for (const auto& err : p.errors) FAIL_CHECK(err);
  CHECK(p.lines.size() >= 60);
  for (const auto& ng : p.lines) {
    if (ng.pending) continue;  // counted by the report, not asserted
    std::string violation = negative_violation(ng);
    INFO(ng.where << ": " << ng.phrase << "  (" << ng.note << ")");
    INFO("must not be a date: '" << ng.text << "'");
    INFO(violation);
    CHECK(violation.empty());
  }
}

TEST_CASE("time corpus: accuracy per class (time_ko.tsv + time_ko_pending.tsv)", "[corpus][report]") {
  struct Tally {
    int n = 0, found = 0, dates = 0, grain = 0, all = 0;
  };
  std::map<std::string, Tally> per_class;
  std::map<std::string, Tally> per_batch;
  Tally total;
  std::vector<std::string> pending_passing;
  std::size_t pending_n = 0;
  for (auto name : {"time_ko.tsv", "time_ko_pending.tsv"}) {
    auto p = parse_corpus(name);
    for (const auto& c : p.lines) {
      Outcome o = evaluate(c);
      for (Tally* t : {&per_class[c.cls], &per_batch[batch_of(name, c.line)], &total}) {
        ++t->n;
        t->found += o.found;
        t->dates += o.dates;
        t->grain += o.grain;
        t->all += o.all;
      }
      if (std::string_view(name) == "time_ko_pending.tsv") {
        ++pending_n;
        if (o.all) pending_passing.push_back(c.where() + ": " + c.phrase + " (move it to time_ko.tsv)");
      }
    }
  }
  auto pct = [](int k, int n) { return n ? 100.0 * k / n : 0.0; };
  std::string out = fmt::format("{:<24} {:>5} {:>14} {:>14} {:>14}\n", "class", "n", "start+end", "grain",
                                "all fields");
  auto row = [&](std::string_view name, const Tally& t) {
    out += fmt::format("{:<24} {:>5} {:>5} {:>6.1f}%  {:>5} {:>6.1f}%  {:>5} {:>6.1f}%\n", name, t.n, t.dates,
                       pct(t.dates, t.n), t.grain, pct(t.grain, t.n), t.all, pct(t.all, t.n));
  };
  for (auto cls : kClasses) row(cls, per_class[std::string(cls)]);
  row("TOTAL", total);
  out += fmt::format("({} of these lines are in time_ko_pending.tsv and not asserted)\n", pending_n);
  out += "by batch (batch 1 was written before the engine; each later one after the engine passed the earlier ones)\n";
  std::vector<std::pair<std::string, Tally>> batches(per_batch.begin(), per_batch.end());
  auto num = [](const std::string& b) { return b.rfind("batch ", 0) == 0 ? std::atoi(b.c_str() + 6) : 1000; };
  std::sort(batches.begin(), batches.end(), [&](const auto& a, const auto& b) { return num(a.first) < num(b.first); });
  for (const auto& [name, t] : batches) row(name, t);
  auto neg = parse_negatives();
  int neg_clean = 0, neg_pending = 0;
  for (const auto& ng : neg.lines) {
    bool clean = negative_violation(ng).empty();
    neg_clean += clean;
    neg_pending += ng.pending;
    if (ng.pending && clean) pending_passing.push_back(ng.where + ": " + ng.phrase + " (drop its pending note)");
  }
  out += fmt::format("negatives: {} of {} lines clean ({:.1f}%), {} marked pending\n", neg_clean, neg.lines.size(),
                     pct(neg_clean, static_cast<int>(neg.lines.size())), neg_pending);
  for (const auto& s : pending_passing) out += "pending line now passes: " + s + "\n";
  std::cout << "\nTime normaliser accuracy on the corpus\n" << out << std::flush;
  if (const char* path = std::getenv("YP_TIME_ACCURACY_FILE")) std::ofstream(path) << out;
  CHECK(total.n > 0);
}

// docs/expressions.md carries one table (between <!-- corpus-table --> and the next blank line) whose rows
// are examples: | class | rule | example phrase | expression | start | end | grain |, all for the publication
// date named by <!-- corpus-ref: YYYY-MM-DD -->. Every row must be a line of the corpus, and every class must
// have a row, so the document cannot drift from what is tested.
TEST_CASE("docs/expressions.md examples are corpus lines", "[corpus][docs]") {
  auto md = read_file(docs_path());
  REQUIRE(md);
  std::vector<CorpusLine> corpus;
  for (auto name : {"time_ko.tsv", "time_ko_pending.tsv"})
    for (auto& c : parse_corpus(name).lines) corpus.push_back(std::move(c));

  std::string_view doc(*md);
  auto ref_at = doc.find("<!-- corpus-ref: ");
  REQUIRE(ref_at != std::string_view::npos);
  std::string ref(doc.substr(ref_at + 17, 10));
  REQUIRE(iso_day(ref));
  auto table_at = doc.find("<!-- corpus-table -->");
  REQUIRE(table_at != std::string_view::npos);

  auto cells_of = [](std::string_view l) {
    std::vector<std::string> cells;
    std::size_t i = 1;
    while (i < l.size()) {
      std::size_t j = l.find('|', i);
      if (j == std::string_view::npos) break;
      std::string cell(l.substr(i, j - i));
      cell.erase(std::remove(cell.begin(), cell.end(), '`'), cell.end());
      auto a = cell.find_first_not_of(' ');
      auto b = cell.find_last_not_of(' ');
      cells.push_back(a == std::string::npos ? "" : cell.substr(a, b - a + 1));
      i = j + 1;
    }
    return cells;
  };

  std::size_t pos = doc.find('\n', table_at) + 1;
  std::size_t line_no = static_cast<std::size_t>(std::count(doc.begin(), doc.begin() + pos, '\n')) + 1;
  std::map<std::string, int> rows_per_class;
  int rows = 0;
  for (; pos < doc.size(); ++line_no) {
    std::size_t nl = doc.find('\n', pos);
    if (nl == std::string_view::npos) nl = doc.size();
    std::string_view l = doc.substr(pos, nl - pos);
    pos = nl + 1;
    if (l.empty() || l.front() != '|') break;
    auto cells = cells_of(l);
    if (cells.size() != 7) {
      FAIL_CHECK("expressions.md:" << line_no << ": table row needs 7 cells, has " << cells.size());
      continue;
    }
    if (cells[0] == "Class" || cells[0].rfind("---", 0) == 0) continue;
    ++rows;
    ++rows_per_class[cells[0]];
    bool match = std::any_of(corpus.begin(), corpus.end(), [&](const CorpusLine& c) {
      return c.cls == cells[0] && c.ref == ref && c.phrase == cells[2] && c.text == cells[3] && c.start == cells[4] &&
             c.end == cells[5] && c.grain == cells[6];
    });
    INFO("expressions.md:" << line_no << ": " << std::string(l));
    INFO("no corpus line with class, ref " << ref << ", phrase, text, start, end and grain equal to this row");
    CHECK(match);
  }
  CHECK(rows >= static_cast<int>(kClasses.size()));
  for (auto cls : kClasses) {
    INFO("docs/expressions.md has no example row for class " << cls);
    CHECK(rows_per_class[std::string(cls)] > 0);
  }
}
