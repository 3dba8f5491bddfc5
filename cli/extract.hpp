// `yeonpyo extract`: stateless, articles in, events out (JSON Lines or a table), no store.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#pragma once

#include "common.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace yp::cli {

struct ExtractOptions {
  std::string pub_date;            // --pub-date YYYY-MM-DD
  std::string aliases;             // --aliases FILE
  bool json = false;               // --json: JSON Lines (the event schema of docs/cli.md)
  ArticleLimits limits;            // --max-article-bytes, --max-expressions, --max-events
  std::string input_format = "auto";  // --input-format auto|text|jsonl
  unsigned jobs = 1;                  // --jobs N (set to every core by add_jobs_option)
  bool quiet = false;                 // --quiet: no progress line
  std::vector<std::string> paths;  // files, directories (*.txt, *.jsonl), "-" for stdin
};

void setup_extract(CLI::App& app);
int run_extract(const ExtractOptions& opt);

}  // namespace yp::cli
