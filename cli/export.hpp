// `yeonpyo export`: the whole store as CSV or JSON Lines, to stdout or atomically to a file.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace yp::cli {

struct ExportOptions {
  std::string format;  // --format csv|json (required)
  std::string store;   // --store FILE
  std::string output;  // -o FILE ("" = stdout); written to a temp file, fsynced, renamed
};

void setup_export(CLI::App& app);
int run_export(const ExportOptions& opt);

}  // namespace yp::cli
