// `yeonpyo ingest`: articles in, events into the store. Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#pragma once

#include "common.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace yp::cli {

struct IngestOptions {
  std::string store;               // --store FILE ("" = the default store)
  std::string pub_date;            // --pub-date YYYY-MM-DD ("" = from each article)
  std::string aliases;             // --aliases FILE: extra alias rows "canonical<TAB>alias…"
  ArticleLimits limits;            // --max-article-bytes, --max-expressions, --max-events
  std::string input_format = "auto";  // --input-format auto|text|jsonl
  unsigned jobs = 1;                  // --jobs N (set to every core by add_jobs_option)
  bool quiet = false;                 // --quiet: no progress line
  std::vector<std::string> paths;  // files, directories (*.txt, *.jsonl, recursive), "-" for stdin
  bool events = false;             // --events: PATHs are extract --json output, stored without extracting
  double lock_timeout = 30;        // --lock-timeout SECONDS: wait for another yeonpyo using the store
};

void setup_ingest(CLI::App& app);
int run_ingest(const IngestOptions& opt);

}  // namespace yp::cli
