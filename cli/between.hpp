// `yeonpyo between FROM TO`: events overlapping (or, with --within, inside) an inclusive date range.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#pragma once

#include "common.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace yp::cli {

struct BetweenOptions {
  std::string from;              // FROM, inclusive
  std::string to;                // TO, inclusive
  bool within = false;           // --within: the event's whole interval must lie in [FROM, TO]
  QueryOptions query;            // --store, --type, --actor, --format, --open, --limit, …
  OutputOptions output;          // --color, --bom/--no-bom, --no-formula-guard, --title
};

void setup_between(CLI::App& app);
int run_between(const BetweenOptions& opt);

}  // namespace yp::cli
