// `yeonpyo normalize`: the temporal expressions of a text, resolved against a reference date.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace yp::cli {

struct NormalizeOptions {
  std::string ref;              // --ref YYYY-MM-DD[THH:MM] (required): the publication date
  bool json = false;            // --json: one object per line
  std::string prefer = "tense"; // --prefer tense|past|future for phrases with no tense cue
  std::string text;             // TEXT, or "-" / absent for stdin
};

void setup_normalize(CLI::App& app);
int run_normalize(const NormalizeOptions& opt);

}  // namespace yp::cli
