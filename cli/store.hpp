// `yeonpyo store check|dump`: inspect a store (consistency, a portable text dump).
// Covered by tests/cli/store.sh.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace yp::cli {

struct StoreOptions {
  std::string store;   // --store FILE
  bool deep = false;   // check --deep: also recompute the timeline from the articles
  std::string output;  // dump -o FILE ("" = stdout)
};

void setup_store(CLI::App& app);
int run_store_check(const StoreOptions& opt);
int run_store_dump(const StoreOptions& opt);

}  // namespace yp::cli
