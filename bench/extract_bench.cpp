// The extraction benchmark: CPU time (getrusage user+sys) of each stage of `yeonpyo extract` over a set of
// article files held in memory, one core, repeated; prints one TSV line per stage with the median.
// Run by bench/extract.sh (which also times the binary and the dateparser peer); not a test.
//
// Usage: yp_extract_bench [--repeats N] DIR_OR_FILE...
// Stages (each over every article; the inputs of a stage are computed once, outside its timer):
//   text       parse_article (UTF-8 check, NFC, header) + clean_crawl + split_sentences
//   morph      tokenize every sentence (words, quotes, one morph::analyse per word)
//   time       find_time_expressions over the cleaned body (what extract runs once per article)
//   normalize  to_nfc + clean_crawl + find_time_expressions over the body (yeonpyo normalize, without JSON)
//   events     extract_events (which runs text cleaning and time itself) + merge_coreferent
//   json       the JSON Lines writer over the extracted events (ids computed)
//   extract    the whole of `yeonpyo extract --json` in process: parse, extract, merge, ids, JSON
#include "event/extractor.hpp"
#include "event/internal.hpp"
#include "export/writer.hpp"
#include "store/merge.hpp"
#include "text/article.hpp"
#include "text/clean.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"
#include "time/resolver.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace yp;

namespace {

double cpu_seconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

volatile std::size_t g_sink = 0;  // keeps results alive
void sink(std::size_t v) { g_sink = g_sink + v; }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  int repeats = 5;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeats" && i + 1 < argc) {
      repeats = std::max(1, std::atoi(argv[++i]));
    } else if (fs::is_directory(a)) {
      for (const auto& e : fs::directory_iterator(a))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    } else {
      files.emplace_back(a);
    }
  }
  if (files.empty()) {
    std::cerr << "usage: yp_extract_bench [--repeats N] DIR_OR_FILE...\n";
    return 2;
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> raw;
  std::size_t bytes = 0;
  for (const auto& f : files) {
    raw.push_back(slurp(f));
    bytes += raw.back().size();
  }

  // Inputs of the later stages, computed once.
  std::vector<text::Article> arts;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    auto a = text::parse_article(raw[i], files[i].string(), std::nullopt);
    if (a) arts.push_back(std::move(a.value()));
  }
  std::vector<text::CleanText> cleans;
  std::vector<std::string> flats;
  for (const auto& a : arts) {
    cleans.push_back(text::clean_crawl(a.body, a.title));
    std::string flat = cleans.back().text;
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    std::replace(flat.begin(), flat.end(), '\r', ' ');
    flats.push_back(std::move(flat));
  }
  std::vector<std::vector<event::Event>> extracted;
  for (const auto& a : arts) {
    extracted.push_back(event::extract_events(a));
    store::merge_coreferent(extracted.back());
    for (auto& e : extracted.back())
      if (e.id == 0) e.id = store::compute_id(e);
  }
  std::vector<const event::Event*> rows;
  for (const auto& v : extracted)
    for (const auto& e : v) rows.push_back(&e);

  struct Stage {
    const char* name;
    std::function<void()> run;
  };
  std::vector<Stage> stages = {
      {"text", [&] {
         for (std::size_t i = 0; i < raw.size(); ++i) {
           auto a = text::parse_article(raw[i], files[i].string(), std::nullopt);
           if (!a) continue;
           auto c = text::clean_crawl(a.value().body, a.value().title);
           sink(text::split_sentences(c.text).size());
         }
       }},
      {"morph", [&] {
         for (const auto& c : cleans)
           for (const auto& s : text::split_sentences(c.text))
             sink(event::detail::tokenize(std::string_view(c.text).substr(s.begin, s.end - s.begin)).size());
       }},
      {"time", [&] {
         for (std::size_t i = 0; i < arts.size(); ++i) {
           time::ResolveOptions ro;
           ro.publication_date = arts[i].publication_date;
           ro.no_antecedent = cleans[i].asides();
           sink(time::find_time_expressions(flats[i], ro).size());
         }
       }},
      {"normalize", [&] {
         for (const auto& a : arts) {
           auto c = text::clean_crawl(text::to_nfc(a.body));
           time::ResolveOptions ro;
           ro.publication_date = a.publication_date;
           ro.no_antecedent = c.asides();
           sink(time::find_time_expressions(c.text, ro).size());
         }
       }},
      {"events", [&] {
         for (const auto& a : arts) {
           auto ev = event::extract_events(a);
           store::merge_coreferent(ev);
           sink(ev.size());
         }
       }},
      {"json", [&] {
         auto w = exporter::make_writer("json");
         std::ostringstream out;
         w.value()->write(out, rows);
         sink(out.str().size());
       }},
      {"extract", [&] {
         auto w = exporter::make_writer("json");
         std::vector<event::Event> all;
         for (std::size_t i = 0; i < raw.size(); ++i) {
           auto a = text::parse_article(raw[i], files[i].string(), std::nullopt);
           if (!a) continue;
           auto ev = event::extract_events(a.value());
           store::merge_coreferent(ev);
           for (auto& e : ev) {
             if (e.id == 0) e.id = store::compute_id(e);
             all.push_back(std::move(e));
           }
         }
         std::vector<const event::Event*> r;
         for (const auto& e : all) r.push_back(&e);
         std::ostringstream out;
         w.value()->write(out, r);
         sink(out.str().size());
       }},
  };

  const char* only = std::getenv("YP_BENCH_STAGE");  // run one stage (for profiling)
  std::printf("stage\tbytes\tarticles\tcpu_s_median\tMB_per_s\tarticles_per_s\trepeats\n");
  for (const auto& s : stages) {
    if (only && std::string(only) != s.name) continue;
    std::vector<double> t;
    for (int r = 0; r < repeats; ++r) {
      double t0 = cpu_seconds();
      s.run();
      t.push_back(cpu_seconds() - t0);
    }
    double m = median(t);
    std::printf("%s\t%zu\t%zu\t%.4f\t%.2f\t%.0f\t%d\n", s.name, bytes, raw.size(), m, m > 0 ? bytes / m / 1e6 : 0.0,
                m > 0 ? raw.size() / m : 0.0, repeats);
    std::fflush(stdout);
  }
  return 0;
}
