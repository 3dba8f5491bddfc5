// `yeonpyo export`: the whole store in any output format (csv, tsv, json/jsonl, timelinejs,
// timelinejs-csv, html, ics, table), to stdout or atomically to a file. Covered by tests/cli/cli_test.cpp,
// tests/cli/smoke.sh and tests/export/*.py (the files read back by Python's csv, icalendar and Chromium).
#pragma once

#include "common.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace yp::cli {

struct ExportOptions {
  std::string format;    // --format csv|tsv|json|jsonl|timelinejs|timelinejs-csv|html|ics|table (required)
  std::string store;     // --store FILE
  std::string output;    // -o FILE ("" = stdout); written to a temp file, fsynced, renamed
  OutputOptions render;  // --bom/--no-bom, --no-formula-guard, --title, --color
};

void setup_export(CLI::App& app);
int run_export(const ExportOptions& opt);

}  // namespace yp::cli
