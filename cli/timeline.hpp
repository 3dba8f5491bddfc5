// `yeonpyo timeline`: the stored events in date order, filtered. Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#pragma once

#include "common.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace yp::cli {

struct TimelineOptions {
  std::string from;              // --from YYYY-MM-DD: events overlapping days on or after it
  std::string to;                // --to YYYY-MM-DD: events overlapping days on or before it
  QueryOptions query;            // --store, --type, --actor, --format, --open, --limit, …
  OutputOptions output;          // --color, --bom/--no-bom, --no-formula-guard, --title
};

void setup_timeline(CLI::App& app);
int run_timeline(const TimelineOptions& opt);

}  // namespace yp::cli
