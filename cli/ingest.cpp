// `yeonpyo ingest`: parse, extract, merge within the article, ingest into the store, save once.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#include "ingest.hpp"

#include "common.hpp"
#include "event/extractor.hpp"
#include "events_input.hpp"
#include "pipeline.hpp"
#include "store/merge.hpp"
#include "text/article.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>
#include <memory>

namespace yp::cli {

void setup_ingest(CLI::App& app) {
  auto opt = std::make_shared<IngestOptions>();
  auto* sub = app.add_subcommand("ingest", "Read articles, extract their events and add them to the store");
  add_store_option(sub, opt->store);
  add_article_options(sub, opt->pub_date, opt->aliases, opt->paths);
  add_limit_options(sub, opt->limits);
  add_input_format_option(sub, opt->input_format);
  add_jobs_option(sub, opt->jobs);
  add_quiet_option(sub, opt->quiet);
  auto* events = sub->add_flag("--events", opt->events,
                                "PATHs are events, not articles: the JSON Lines of 'yeonpyo extract --json' (files, "
                                "directories of *.jsonl, or -), stored as they are, without extracting again");
  for (const char* o : {"--pub-date", "--aliases", "--input-format"}) events->excludes(sub->get_option(o));
  sub->add_option("--lock-timeout", opt->lock_timeout,
                  "Seconds to wait while another yeonpyo is using the store (default 30)")
      ->type_name("SECONDS")
      ->check(CLI::Range(0.0, 86400.0));
  sub->footer(
      "Examples:\n"
      "  yeonpyo ingest samples/\n"
      "  yeonpyo ingest --pub-date 2025-12-04 undated.txt\n"
      "  cat article.txt | yeonpyo ingest --store events.yps -\n"
      "  yeonpyo ingest --jobs 4 crawl/                  # *.txt articles and *.jsonl files of articles\n"
      "  yeonpyo extract --json crawl.jsonl > ev.jsonl && yeonpyo ingest --events ev.jsonl\n"
      "Reports one line per article on stderr (and a progress line while reading, on a terminal; --quiet: none).\n"
      "Exit 3 if any file or line was refused (the others still go in).");
  sub->callback([opt] { finish(run_ingest(*opt)); });
}

int run_ingest(const IngestOptions& opt) {
  std::optional<date::year_month_day> pub;
  if (!opt.pub_date.empty()) {
    pub = parse_date(opt.pub_date);
    if (!pub) return fail(Error{ErrorCode::BadDate, opt.pub_date + " is not a real calendar day (expected YYYY-MM-DD)", "", 0, 0});
  }
  if (auto al = load_aliases(opt.aliases); !al) return fail(al.error());
  auto files = expand_inputs(opt.paths);
  if (!files) return fail(files.error());
  if (opt.events) {
    // Directories give their *.jsonl files (a *.txt file is an article, not events); files named are read as given.
    std::vector<std::string> kept;
    for (const auto& f : files.value())
      if (!f.ends_with(".txt") || std::find(opt.paths.begin(), opt.paths.end(), f) != opt.paths.end()) kept.push_back(f);
    files.value() = std::move(kept);
  }
  if (files.value().empty())
    return fail(Error{ErrorCode::BadArgument,
                      opt.events ? "no *.jsonl event files found in the given directories"
                                 : "no *.txt or *.jsonl article files found in the given directories",
                      "", 0, 0});

  auto path = store_path(opt.store);
  if (!path) return fail(path.error());

  // Everything is read and extracted first, then handed to the store as one batch: the store applies the
  // articles in its canonical order, so the order of PATH... does not matter.
  std::vector<std::string> names;
  std::vector<std::size_t> counts;
  std::vector<store::ArticleInput> batch;
  std::size_t refused = 0;
  std::string refused_text;
  if (opt.events) {
    auto read = read_event_files(files.value(), opt.limits.max_article_bytes);
    batch = std::move(read.articles);
    for (const auto& a : batch) {
      names.push_back(a.source);
      counts.push_back(a.events.size());
    }
    refused = read.bad_lines + read.refused_articles + read.unreadable_files;
    auto n = [](std::size_t k, const char* what) { return std::to_string(k) + " " + what + (k == 1 ? "" : "s"); };
    std::vector<std::string> parts;
    if (read.unreadable_files) parts.push_back(n(read.unreadable_files, "file"));
    if (read.bad_lines) parts.push_back(n(read.bad_lines, "bad line"));
    if (read.refused_articles) parts.push_back(n(read.refused_articles, "article"));
    for (std::size_t i = 0; i < parts.size(); ++i) refused_text += (i ? ", " : "") + parts[i];
    if (!parts.empty()) refused_text += " refused";
  } else {
    PipelineOptions po = pipeline_options(opt, pub);
    const auto stats = run_pipeline(files.value(), po, [&](ExtractedArticle&& ex) {
      names.push_back(ex.name);
      counts.push_back(ex.events.size());
      store::ArticleInput in;
      in.key = store::article_key(ex.article.body, ex.article.publication_date, ex.article.title);
      in.source = ex.name;
      in.title = ex.article.title;
      in.publication_date = ex.article.publication_date;
      in.events = std::move(ex.events);
      batch.push_back(std::move(in));
    });
    refused = stats.refused;
    refused_text = stats.refused_text();
  }
  const std::size_t ingested = batch.size();

  // The exclusive lock is held from before the store is read until after it is written: a concurrent
  // ingest waits for this one and then reads what it wrote.
  if (auto dir = std::filesystem::path(path.value()).parent_path(); !dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return fail(Error{ErrorCode::IoError, "cannot create the store's directory: " + ec.message(), dir.string(), 0, 0});
  }
  auto lock = lock_store(path.value(), store::StoreLock::Mode::Exclusive, opt.lock_timeout);
  if (!lock) return fail(lock.error());
  if (ingested == 0) {
    std::cerr << "store " << path.value() << ": unchanged; " << refused_text << "\n";
    return exit_code(ErrorCode::MissingDate);
  }
  auto done = ingest_store(path.value(), std::move(batch));
  if (!done) return fail(done.error());
  const auto& reports = done.value().reports;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const auto& rep = reports[i];
    const std::size_t n = counts[i];
    if (rep.already_stored) {
      std::cerr << "ingested " << names[i] << ": already stored (same content), no event changed\n";
      continue;
    }
    std::cerr << "ingested " << names[i] << ": " << n << " event" << (n == 1 ? "" : "s") << " (" << rep.added
              << " new, " << rep.merged << " merged)\n";
  }
  const std::size_t total = done.value().events;
  std::cerr << "store " << path.value() << ": " << total << " event" << (total == 1 ? "" : "s");
  if (done.value().recomputed) std::cerr << " (recomputed: an article older than the newest stored one came in)";
  if (refused) std::cerr << "; " << refused_text;
  std::cerr << '\n';
  return refused ? exit_code(ErrorCode::MissingDate) : 0;
}

}  // namespace yp::cli
