// The article pipeline shared by `ingest` and `extract`: inputs (text files, JSON Lines files, stdin) are
// read one article at a time, each article is parsed and extracted, and the results are handed to the
// command in input order. Memory is bounded by the articles in flight, not by the input: a JSON Lines file
// is read line by line. Refusals (unreadable file, bad line, no date, past a limit) are reported on stderr
// in input order and counted; the run goes on. Covered by tests/cli/pipeline_test.cpp and tests/cli/cli_test.cpp.
//
// Usage:
//   PipelineOptions po;  po.format = InputFormat::Auto;  po.pub = pub;  po.limits = opt.limits;
//   auto stats = run_pipeline(files, po, [&](ExtractedArticle&& a) { /* write or collect its events */ });
//   return stats.refused ? exit_code(ErrorCode::MissingDate) : 0;
#pragma once

#include "common.hpp"

#include <CLI/CLI.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace yp::cli {

enum class InputFormat {
  Auto,   // *.jsonl files are JSON Lines, everything else (and stdin) one text article
  Text,   // every input is one text article
  Jsonl,  // every input (and stdin) is JSON Lines: one article per line
};

// Adds --input-format auto|text|jsonl.
void add_input_format_option(CLI::App* sub, std::string& format);
// Adds --jobs N (articles extracted in parallel; default: every core).
void add_jobs_option(CLI::App* sub, unsigned& jobs);
// Adds --quiet: no progress line.
void add_quiet_option(CLI::App* sub, bool& quiet);
// The progress line is drawn when stderr is a terminal and --quiet was not given.
bool progress_wanted(bool quiet);
// std::thread::hardware_concurrency(), at least 1.
unsigned default_jobs();
InputFormat input_format_from(const std::string& s);

struct PipelineOptions {
  InputFormat format = InputFormat::Auto;
  std::optional<date::year_month_day> pub;  // --pub-date
  ArticleLimits limits;
  unsigned jobs = 1;  // worker threads; 1 = everything on the calling thread
  bool progress = false;  // a progress line on stderr (articles, MB, MB/s, ETA), erased at the end
  // Run on the worker thread right after an article is extracted, before it is handed over: the per-article
  // work of the command that may run in parallel (extract renders its JSON lines here). Must be thread-safe.
  std::function<void(ExtractedArticle&)> prepare;
};

// The reading options of a subcommand's parsed flags (extract and ingest share the names: input_format,
// limits, jobs, quiet), with its --pub-date.
template <class Options>
PipelineOptions pipeline_options(const Options& opt, std::optional<date::year_month_day> pub) {
  PipelineOptions po;
  po.format = input_format_from(opt.input_format);
  po.pub = pub;
  po.limits = opt.limits;
  po.jobs = opt.jobs;
  po.progress = progress_wanted(opt.quiet);
  return po;
}

struct PipelineStats {
  std::size_t articles = 0;       // handed to on_article
  std::size_t refused = 0;        // reported on stderr: refused_files + refused_lines
  std::size_t refused_files = 0;  // text articles, and files that could not be read
  std::size_t refused_lines = 0;  // lines of JSON Lines files
  // "2 files refused", "3 lines refused", "1 file and 3 lines refused" ("" when nothing was).
  std::string refused_text() const;
};

// Reads `inputs` (expand_inputs's result) and calls on_article for every article that went through, in
// input order (files in the given order, lines in file order), on the calling thread. With jobs > 1 one
// thread reads, `jobs` threads parse and extract, and at most 2 * jobs + 2 articles are in flight (read and
// not yet handed over): the output and the order of stderr lines are those of jobs = 1.
PipelineStats run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& opt,
                           const std::function<void(ExtractedArticle&&)>& on_article);

}  // namespace yp::cli
