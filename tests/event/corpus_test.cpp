// Event corpus evaluation: runs yp::event::extract_events over tests/corpus/events_ko.tsv and
// tests/corpus/events_samples.tsv, prints P/R/F1 per type and per argument, and checks the golden subset
// strictly. This file is its own test (test_event, tags [corpus]); the format is documented in docs/events.md.
//
// Corpus format (tab-separated, one record per line; '#' lines and blank lines are comments):
//   S<TAB>pub-date<TAB>snippet         a snippet of 1–3 sentences, analysed as an article of that date
//   S!<TAB>pub-date<TAB>snippet        the same, in the golden set (checked strictly, see below)
//   F<TAB>file                         a whole file of samples/ (its own date), F! golden
//   E<TAB>type<TAB>actor<TAB>participants<TAB>start<TAB>end<TAB>polarity<TAB>modality
//                                      a gold event of the preceding S/F record (zero or more)
// actor "-" = none; participants comma-separated canonical names or "-"; start/end inclusive ISO dates,
// "-" for an open side.
#include "core/calendar.hpp"
#include "event/aliases.hpp"
#include "event/event.hpp"
#include "event/extractor.hpp"
#include "text/article.hpp"

#include <catch2/catch.hpp>
#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::array<std::string_view, 15> kTypes = {
    "visit",       "meeting",  "contract",     "agreement",   "announcement",
    "investment",  "acquisition", "opening",   "founding",    "launch",
    "cancellation", "statement", "appointment", "resignation", "other"};

// One event as compared: gold rows and predictions are both brought to this form.
struct Ev {
  std::string type;
  std::string actor;                       // canonical, "" = none
  std::set<std::string> participants;      // canonical
  std::optional<date::sys_days> start;     // inclusive; nullopt = open
  std::optional<date::sys_days> end;       // inclusive; nullopt = open
  std::string polarity;
  std::string modality;
  std::size_t line = 0;                    // corpus line (gold only)
  std::string trigger;                     // prediction only, for the miss listing
};

struct Unit {
  std::string section;  // the latest "# === name" heading above the record ("" before any)
  bool golden = false;
  std::size_t line = 0;
  std::string pub;      // S rows
  std::string snippet;  // S rows
  std::string file;     // F rows (relative to samples/)
  std::vector<Ev> gold;
};

struct Corpus {
  std::vector<Unit> units;
  std::vector<std::string> errors;  // "name:line: message"
};

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    auto tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

std::string canon(std::string_view name) {
  auto t = trim(name);
  if (t.empty() || t == "-") return "";
  return yp::event::Aliases::builtin().canonical(t);
}

std::string fmt_day(const std::optional<date::sys_days>& d) { return d ? yp::format_iso(*d) : "-"; }

std::string describe(const Ev& e) {
  std::string parts;
  for (const auto& p : e.participants) parts += (parts.empty() ? "" : ",") + p;
  return fmt::format("{} actor={} with={} {}..{} {} {}{}", e.type, e.actor.empty() ? "-" : e.actor,
                     parts.empty() ? "-" : parts, fmt_day(e.start), fmt_day(e.end), e.polarity, e.modality,
                     e.trigger.empty() ? "" : " [" + e.trigger + "]");
}

// Parses corpus text; every malformed line is reported with its number.
Corpus parse_corpus(std::string_view text, std::string_view name) {
  Corpus c;
  std::size_t lineno = 0;
  std::size_t pos = 0;
  auto fail = [&](const std::string& msg) { c.errors.push_back(fmt::format("{}:{}: {}", name, lineno, msg)); };
  std::string section;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.rfind("# === ", 0) == 0) section = trim(line.substr(6));
    if (line.empty() || line.front() == '#') continue;
    auto f = split_tabs(line);
    const std::string& tag = f[0];
    if (tag == "S" || tag == "S!") {
      if (f.size() != 3) { fail(fmt::format("an S row has 3 tab-separated fields, found {}", f.size())); continue; }
      if (!yp::parse_iso_date(f[1])) { fail("bad publication date '" + f[1] + "' (want YYYY-MM-DD)"); continue; }
      if (trim(f[2]).empty()) { fail("empty snippet"); continue; }
      Unit u;
      u.section = section;
      u.golden = tag == "S!";
      u.line = lineno;
      u.pub = f[1];
      u.snippet = f[2];
      c.units.push_back(std::move(u));
    } else if (tag == "F" || tag == "F!") {
      if (f.size() != 2 || trim(f[1]).empty()) { fail("an F row is F<TAB>file-in-samples"); continue; }
      Unit u;
      u.section = section;
      u.golden = tag == "F!";
      u.line = lineno;
      u.file = trim(f[1]);
      c.units.push_back(std::move(u));
    } else if (tag == "E") {
      if (c.units.empty()) { fail("an E row before any S or F row"); continue; }
      if (f.size() != 8) { fail(fmt::format("an E row has 8 tab-separated fields, found {}", f.size())); continue; }
      Ev e;
      e.line = lineno;
      e.type = trim(f[1]);
      if (std::find(kTypes.begin(), kTypes.end(), e.type) == kTypes.end()) { fail("unknown event type '" + e.type + "'"); continue; }
      e.actor = canon(f[2]);
      if (trim(f[3]) != "-") {
        std::string_view ps = f[3];
        std::size_t s = 0;
        while (s <= ps.size()) {
          auto comma = ps.find(',', s);
          auto p = canon(ps.substr(s, comma == std::string_view::npos ? std::string_view::npos : comma - s));
          if (p.empty()) { fail("empty participant in '" + f[3] + "'"); break; }
          e.participants.insert(p);
          if (comma == std::string_view::npos) break;
          s = comma + 1;
        }
      }
      bool dates_ok = true;
      for (int i : {4, 5}) {
        auto v = trim(f[static_cast<std::size_t>(i)]);
        if (v == "-") continue;
        auto d = yp::parse_iso_date(v);
        if (!d) { fail("bad date '" + v + "' (want YYYY-MM-DD or -)"); dates_ok = false; break; }
        (i == 4 ? e.start : e.end) = date::sys_days{*d};
      }
      if (!dates_ok) continue;
      if (e.start && e.end && *e.end < *e.start) { fail("end before start"); continue; }
      e.polarity = trim(f[6]);
      e.modality = trim(f[7]);
      if (e.polarity != "positive" && e.polarity != "negative") { fail("polarity is positive|negative, got '" + e.polarity + "'"); continue; }
      if (e.modality != "actual" && e.modality != "planned" && e.modality != "hypothetical") {
        fail("modality is actual|planned|hypothetical, got '" + e.modality + "'");
        continue;
      }
      c.units.back().gold.push_back(std::move(e));
    } else {
      fail("unknown record tag '" + tag + "' (want S, S!, F, F!, E or a # comment)");
    }
  }
  return c;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Corpus load_corpus(const std::string& file) {
  std::ifstream probe(std::string(YP_CORPUS_DIR) + "/" + file, std::ios::binary);
  if (!probe) {
    Corpus c;
    c.errors.push_back(file + ": cannot read " + std::string(YP_CORPUS_DIR) + "/" + file);
    return c;
  }
  return parse_corpus(read_file(std::string(YP_CORPUS_DIR) + "/" + file), file);
}

Ev from_event(const yp::event::Event& e) {
  Ev v;
  v.type = std::string(yp::event::to_string(e.type));
  v.actor = canon(e.actor);
  for (const auto& p : e.participants) {
    auto c = canon(p);
    if (!c.empty()) v.participants.insert(c);
  }
  v.start = e.when.first_day();
  v.end = e.when.last_day();
  v.polarity = std::string(yp::event::to_string(e.polarity));
  v.modality = std::string(yp::event::to_string(e.modality));
  v.trigger = e.trigger;
  return v;
}

// Runs the extractor on a unit; an article that does not parse yields an error message instead.
std::vector<Ev> predict(const Unit& u, std::string& error) {
  std::string bytes;
  std::string name;
  if (!u.file.empty()) {
    name = std::string(YP_SAMPLES_DIR) + "/" + u.file;
    std::ifstream probe(name, std::ios::binary);
    if (!probe) { error = "cannot read " + name; return {}; }
    bytes = read_file(name);
  } else {
    name = fmt::format("events_ko.tsv:{}", u.line);
    bytes = "date: " + u.pub + "\n\n" + u.snippet + "\n";
  }
  auto art = yp::text::parse_article(bytes, name, std::nullopt);
  if (!art) { error = art.error().what(); return {}; }
  std::vector<Ev> out;
  for (const auto& e : yp::event::extract_events(art.value())) out.push_back(from_event(e));
  return out;
}

bool core_match(const Ev& g, const Ev& p) {
  return g.type == p.type && g.start == p.start && g.end == p.end && g.actor == p.actor;
}
bool full_match(const Ev& g, const Ev& p) {
  return core_match(g, p) && g.participants == p.participants && g.polarity == p.polarity &&
         g.modality == p.modality;
}
int agreement(const Ev& g, const Ev& p) {
  return (g.actor == p.actor) + (g.participants == p.participants) + (g.start == p.start && g.end == p.end) +
         (g.polarity == p.polarity) + (g.modality == p.modality);
}

// Greedy one-to-one matching: for each gold event in order, the first unused prediction that matches.
template <class Pred>
std::vector<int> greedy(const std::vector<Ev>& gold, const std::vector<Ev>& pred, Pred ok) {
  std::vector<int> g2p(gold.size(), -1);
  std::vector<bool> used(pred.size(), false);
  for (std::size_t i = 0; i < gold.size(); ++i)
    for (std::size_t j = 0; j < pred.size(); ++j)
      if (!used[j] && ok(gold[i], pred[j])) { g2p[i] = static_cast<int>(j); used[j] = true; break; }
  return g2p;
}

// Alignment for argument scoring: same type, the prediction agreeing on the most arguments.
std::vector<int> align_by_type(const std::vector<Ev>& gold, const std::vector<Ev>& pred) {
  std::vector<int> g2p(gold.size(), -1);
  std::vector<bool> used(pred.size(), false);
  for (std::size_t i = 0; i < gold.size(); ++i) {
    int best = -1, best_score = -1;
    for (std::size_t j = 0; j < pred.size(); ++j) {
      if (used[j] || pred[j].type != gold[i].type) continue;
      int s = agreement(gold[i], pred[j]);
      if (s > best_score) { best = static_cast<int>(j); best_score = s; }
    }
    if (best >= 0) { g2p[i] = best; used[static_cast<std::size_t>(best)] = true; }
  }
  return g2p;
}

// The strict check of a golden record: every gold event found with all its arguments (full match), and
// no other prediction unless it repeats a found event (a second mention, which the store merges).
std::vector<std::string> golden_problems(const Unit& u, const std::vector<Ev>& pred) {
  std::vector<std::string> out;
  auto full = greedy(u.gold, pred, full_match);
  std::vector<bool> used(pred.size(), false);
  for (std::size_t i = 0; i < u.gold.size(); ++i) {
    if (full[i] >= 0) {
      used[static_cast<std::size_t>(full[i])] = true;
      continue;
    }
    std::string got;
    for (const auto& p : pred) got += "\n    predicted: " + describe(p);
    out.push_back(fmt::format("line {}: missing {}{}", u.gold[i].line, describe(u.gold[i]), got));
  }
  for (std::size_t j = 0; j < pred.size(); ++j) {
    if (used[j]) continue;
    bool repeats = std::any_of(u.gold.begin(), u.gold.end(), [&](const Ev& g) { return full_match(g, pred[j]); });
    if (!repeats) out.push_back("unexpected " + describe(pred[j]));
  }
  return out;
}

struct Prf {
  std::size_t tp = 0, n_pred = 0, n_gold = 0;
  double p() const { return n_pred ? double(tp) / double(n_pred) : (n_gold ? 0.0 : 1.0); }
  double r() const { return n_gold ? double(tp) / double(n_gold) : (n_pred ? 0.0 : 1.0); }
  double f() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0.0; }
};

struct Evaluation {
  std::map<std::string, Prf> by_type;        // core match per type
  Prf core, full, type_only;
  std::map<std::string, Prf> by_arg;         // actor, participants, time, polarity, modality
  std::map<std::string, Prf> by_section;     // core match per "# === " section ("" = the main body)
  std::vector<std::string> section_order;    // sections in file order, for the report
  std::vector<std::string> errors;           // articles that did not parse
  std::vector<std::string> misses;           // "line: gold … | predicted …"
  std::size_t units = 0, empty_units = 0, gold_events = 0;
  std::size_t golden = 0, golden_ok = 0;     // golden records, and those that pass the strict check
};

Evaluation evaluate(const Corpus& c, const std::string& name) {
  Evaluation ev;
  for (const auto& t : kTypes) ev.by_type[std::string(t)];
  for (const auto* a : {"actor", "participants", "time", "polarity", "modality"}) ev.by_arg[a];
  for (const auto& u : c.units) {
    ++ev.units;
    if (u.gold.empty()) ++ev.empty_units;
    ev.gold_events += u.gold.size();
    std::string err;
    auto pred = predict(u, err);
    if (!err.empty()) ev.errors.push_back(fmt::format("{}:{}: {}", name, u.line, err));
    if (u.golden) {
      ++ev.golden;
      if (err.empty() && golden_problems(u, pred).empty()) ++ev.golden_ok;
    }
    auto core = greedy(u.gold, pred, core_match);
    auto full = greedy(u.gold, pred, full_match);
    auto typed = align_by_type(u.gold, pred);
    ev.core.n_gold += u.gold.size();
    ev.core.n_pred += pred.size();
    if (!ev.by_section.count(u.section)) ev.section_order.push_back(u.section);
    ev.by_section[u.section].n_gold += u.gold.size();
    ev.by_section[u.section].n_pred += pred.size();
    ev.full.n_gold += u.gold.size();
    ev.full.n_pred += pred.size();
    ev.type_only.n_gold += u.gold.size();
    ev.type_only.n_pred += pred.size();
    for (const auto& g : u.gold) ++ev.by_type[g.type].n_gold;
    for (const auto& p : pred) ++ev.by_type[p.type].n_pred;
    for (auto& [arg, prf] : ev.by_arg) {
      prf.n_gold += u.gold.size();
      prf.n_pred += pred.size();
    }
    std::vector<bool> pred_core_used(pred.size(), false);
    for (std::size_t i = 0; i < u.gold.size(); ++i) {
      const auto& g = u.gold[i];
      if (core[i] >= 0) {
        ++ev.core.tp;
        ++ev.by_type[g.type].tp;
        ++ev.by_section[u.section].tp;
        pred_core_used[static_cast<std::size_t>(core[i])] = true;
      }
      if (full[i] >= 0) ++ev.full.tp;
      if (typed[i] >= 0) {
        ++ev.type_only.tp;
        const auto& p = pred[static_cast<std::size_t>(typed[i])];
        if (g.actor == p.actor) ++ev.by_arg["actor"].tp;
        if (g.participants == p.participants) ++ev.by_arg["participants"].tp;
        if (g.start == p.start && g.end == p.end) ++ev.by_arg["time"].tp;
        if (g.polarity == p.polarity) ++ev.by_arg["polarity"].tp;
        if (g.modality == p.modality) ++ev.by_arg["modality"].tp;
      }
      if (core[i] < 0) {
        std::string near = typed[i] >= 0 ? " | nearest: " + describe(pred[static_cast<std::size_t>(typed[i])]) : "";
        ev.misses.push_back(fmt::format("{}:{}: MISS {}{}", name, g.line, describe(g), near));
      }
    }
    for (std::size_t j = 0; j < pred.size(); ++j)
      if (!pred_core_used[j]) ev.misses.push_back(fmt::format("{}:{}: EXTRA {}", name, u.line, describe(pred[j])));
  }
  return ev;
}

void print_report(const Evaluation& ev, const std::string& title) {
  std::cout << fmt::format("\n== {} — {} units ({} without events), {} gold events ==\n", title, ev.units,
                           ev.empty_units, ev.gold_events);
  std::cout << fmt::format("{:<14} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}\n", "type (core)", "gold", "pred", "tp", "P", "R", "F1");
  for (const auto& [t, prf] : ev.by_type)
    std::cout << fmt::format("{:<14} {:>5} {:>5} {:>5} {:>6.3f} {:>6.3f} {:>6.3f}\n", t, prf.n_gold, prf.n_pred, prf.tp,
                             prf.p(), prf.r(), prf.f());
  auto row = [](const std::string& n, const Prf& prf) {
    std::cout << fmt::format("{:<14} {:>5} {:>5} {:>5} {:>6.3f} {:>6.3f} {:>6.3f}\n", n, prf.n_gold, prf.n_pred, prf.tp,
                             prf.p(), prf.r(), prf.f());
  };
  std::cout << fmt::format("{:<14} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}\n", "micro", "gold", "pred", "tp", "P", "R", "F1");
  row("type only", ev.type_only);
  row("core", ev.core);
  row("full", ev.full);
  std::cout << fmt::format("{:<14} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}\n", "argument", "gold", "pred", "ok", "P", "R", "F1");
  for (const auto& [a, prf] : ev.by_arg) row(a, prf);
  if (ev.by_section.size() > 1) {
    std::cout << fmt::format("{:<14} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}\n", "section (core)", "gold", "pred", "tp", "P", "R", "F1");
    for (const auto& name : ev.section_order) {
      const Prf& prf = ev.by_section.at(name);
      // "held-out batch 12 (written …)" -> "batch 12"
      std::string label = name.empty() ? "main" : name;
      if (auto b = label.find("batch "); b != std::string::npos) label = label.substr(b, label.find(' ', b + 6) - b);
      row(label.substr(0, 14), prf);
      if (!name.empty()) std::cout << "  = " << name << '\n';
    }
  }
  if (ev.golden) std::cout << fmt::format("golden records passing the strict check: {}/{}\n", ev.golden_ok, ev.golden);
  std::cout << "(core = type + start + end + canonical actor; full = core + participants + polarity + modality;\n"
               " arguments are scored on gold/predicted pairs aligned by type)\n";
  for (const auto& e : ev.errors) std::cout << "ERROR " << e << '\n';
  if (std::getenv("YP_CORPUS_VERBOSE"))
    for (const auto& m : ev.misses) std::cout << m << '\n';
}

}  // namespace

TEST_CASE("corpus parser reports malformed lines with their number", "[corpus]") {
  auto ok = parse_corpus("# comment\nS\t2025-10-24\t오픈AI가 보고서를 발표했다.\n"
                         "E\tannouncement\t오픈AI\t-\t2025-10-24\t2025-10-24\tpositive\tactual\n"
                         "S\t2025-10-24\t날씨가 맑았다.\n",
                         "ok.tsv");
  CHECK(ok.errors.empty());
  REQUIRE(ok.units.size() == 2);
  CHECK(ok.units[0].gold.size() == 1);
  CHECK(ok.units[1].gold.empty());

  auto bad = parse_corpus("S\t2025-10-24\t오픈AI가 보고서를 발표했다.\n"
                          "E\tannouncement\t오픈AI\t-\t2025-10-24\t2025-10-24\tpositive\n"  // 7 fields
                          "E\tparty\t오픈AI\t-\t2025-10-24\t2025-10-24\tpositive\tactual\n"   // unknown type
                          "E\tvisit\t오픈AI\t-\t2025-02-30\t2025-10-24\tpositive\tactual\n"   // impossible date
                          "E\tvisit\t오픈AI\t-\t2025-10-24\t2025-10-01\tpositive\tactual\n"   // end before start
                          "E\tvisit\t오픈AI\t-\t2025-10-24\t2025-10-24\tmaybe\tactual\n"      // bad polarity
                          "S\t2025-13-01\t문장.\n"                                             // bad pub date
                          "X\tsomething\n",                                                     // unknown tag
                          "bad.tsv");
  REQUIRE(bad.errors.size() == 7);
  CHECK(bad.errors[0].rfind("bad.tsv:2:", 0) == 0);
  CHECK(bad.errors[1].rfind("bad.tsv:3:", 0) == 0);
  CHECK(bad.errors[2].rfind("bad.tsv:4:", 0) == 0);
  CHECK(bad.errors[3].rfind("bad.tsv:5:", 0) == 0);
  CHECK(bad.errors[4].rfind("bad.tsv:6:", 0) == 0);
  CHECK(bad.errors[5].rfind("bad.tsv:7:", 0) == 0);
  CHECK(bad.errors[6].rfind("bad.tsv:8:", 0) == 0);

  auto orphan = parse_corpus("E\tvisit\t-\t-\t-\t-\tpositive\tactual\n", "orphan.tsv");
  REQUIRE(orphan.errors.size() == 1);
  CHECK(orphan.errors[0].rfind("orphan.tsv:1:", 0) == 0);
}

TEST_CASE("event corpora parse and are large enough", "[corpus]") {
  for (const char* file : {"events_ko.tsv", "events_samples.tsv"}) {
    auto c = load_corpus(file);
    for (const auto& e : c.errors) FAIL_CHECK(e);
    CHECK(c.errors.empty());
  }
  auto ko = load_corpus("events_ko.tsv");
  CHECK(ko.units.size() >= 150);
  std::size_t empty = 0;
  std::map<std::string, std::size_t> snippets_per_type;
  for (const auto& u : ko.units) {
    if (u.gold.empty()) ++empty;
    std::set<std::string> types;
    for (const auto& g : u.gold) types.insert(g.type);
    for (const auto& t : types) ++snippets_per_type[t];
  }
  CHECK(empty >= 10);  // snippets that hold no event
  for (const auto& t : kTypes) {
    INFO("type " << t);
    CHECK(snippets_per_type[std::string(t)] >= 5);
  }
  // Every sample file is annotated.
  auto samples = load_corpus("events_samples.tsv");
  std::set<std::string> files;
  for (const auto& u : samples.units) files.insert(u.file);
  CHECK(files.size() >= 5);
}

// Micro core F1 floors are a RATCHET: set just below the value measured when the corpus was last
// annotated/extended (see the closing note). Raise them when the extractor improves; never lower them
// to make a regression pass.
TEST_CASE("event extraction quality on the corpora", "[corpus][report]") {
  // Ratchet, set 2026-11-22 08:50 UTC: measured core F1 0.944 (events_ko.tsv) and 0.921 (samples);
  // re-set at 08:53 when held-out batch 2 (first run 0.400) brought events_ko.tsv to 0.902.
  // Re-set 10:20 UTC (second session): held-out batches 4–6 (113 events, first run 0.724) brought
  // events_ko.tsv from 0.960 to 0.898 — new data, not a regression; raise it again as the fixes land.
  // Raised 10:20 UTC after the batch 4–6 fixes: measured 0.991 (events_ko.tsv) and 0.987 (samples).
  // Re-set 10:23 UTC: sealed held-out batches 7–8 (75 events, first run 0.819) brought it to 0.964.
  // Re-set 10:24 UTC: sealed held-out batches 9–10 (75 events, first run 0.787) brought it to 0.965.
  // Re-set 10:32 UTC: sealed batches 13–16 (150 events, first run 0.827) brought it to 0.960.
  // Re-set 10:37 UTC: sealed batches 17–20 (150 events, first run 0.773) brought it to 0.955.
  // 10:48 UTC: with batches 21–28 (300 events; first runs 0.900 and 0.856) it measures 0.964.
  // 10:52 UTC: round 9 (batches 29–32, 150 events, first run 0.861) brought it to 0.953.
  // 11:12 UTC: after the round 8–9 fixes and round 10 (first run 0.892) it measures 0.960.
  // 2026-12-07 (evening): planned actions of a plan frame (진행할 예정이다, 선출할 예정이다) are events as the real-news
  // annotators count them (dev F1 0.266 -> 0.268); nine units gained their gold rows, three of which the engine
  // reads otherwise (a passive's actor from the discourse, 발사 as a generic action, a time before an object
  // noun): 0.9547.
  constexpr double kMinCoreF1Ko = 0.954;
  // samples: 0.982 until 2026-12-07, when the festival article gained two gold events the real-news conventions
  // count (a hypothetical festival date, a planned charity concert); the concert's date (축제 기간 = the
  // festival's 22–24 August) is an event-relative period the engine does not resolve: 0.970.
  constexpr double kMinCoreF1Samples = 0.970;
  auto ko = load_corpus("events_ko.tsv");
  auto samples = load_corpus("events_samples.tsv");
  REQUIRE(ko.errors.empty());
  REQUIRE(samples.errors.empty());
  auto ev_ko = evaluate(ko, "events_ko.tsv");
  auto ev_samples = evaluate(samples, "events_samples.tsv");
  print_report(ev_ko, "tests/corpus/events_ko.tsv");
  print_report(ev_samples, "tests/corpus/events_samples.tsv (samples/)");
  CHECK(ev_ko.errors.empty());
  CHECK(ev_samples.errors.empty());
  CHECK(ev_ko.core.f() >= kMinCoreF1Ko);
  CHECK(ev_samples.core.f() >= kMinCoreF1Samples);
}

// Golden records (S!/F!): every gold event must be found with its type, time, actor, participants,
// polarity and modality; any other prediction fails unless it repeats a found event (a second mention
// of the same event, which the store merges). A golden record with no E rows must yield no event.
TEST_CASE("golden records are extracted exactly", "[corpus][golden]") {
  for (const char* file : {"events_ko.tsv", "events_samples.tsv"}) {
    auto c = load_corpus(file);
    REQUIRE(c.errors.empty());
    for (const auto& u : c.units) {
      if (!u.golden) continue;
      std::string err;
      auto pred = predict(u, err);
      std::string where = fmt::format("{}:{}", file, u.line);
      INFO(where << ": " << (u.file.empty() ? u.snippet : u.file));
      CHECK(err.empty());
      for (const auto& problem : golden_problems(u, pred)) FAIL_CHECK(where << ": " << problem);
    }
  }
}
