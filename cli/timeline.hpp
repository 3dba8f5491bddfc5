// `yeonpyo timeline`: the stored events in date order, filtered. Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#pragma once

#include "common.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace yp::cli {

struct TimelineOptions {
  std::string store;             // --store FILE ("" = the default store)
  std::string from;              // --from YYYY-MM-DD: events overlapping days on or after it
  std::string to;                // --to YYYY-MM-DD: events overlapping days on or before it
  std::string type;              // --type visit|meeting|…
  std::string aliases;            // --aliases FILE (extra aliases for --actor)
  std::string actor;             // --actor NAME
  std::string format = "table";  // --format table|csv|tsv|json|jsonl|timelinejs|timelinejs-csv|html|ics
  OutputOptions output;          // --color, --bom/--no-bom, --no-formula-guard, --title
};

void setup_timeline(CLI::App& app);
int run_timeline(const TimelineOptions& opt);

}  // namespace yp::cli
