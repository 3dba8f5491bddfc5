// `yeonpyo --man`: the manual page (roff, section 1) generated from the CLI11 definitions of every
// subcommand, so it never disagrees with --help. Installed by `cmake --install` (cli/CMakeLists.txt).
// Covered by tests/cli/install.sh.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace yp::cli {

// The man page of `app` and its subcommands: NAME, SYNOPSIS, DESCRIPTION, one COMMANDS subsection per
// subcommand (its options with type names, choices and defaults, then its examples), ENVIRONMENT, FILES,
// EXIT STATUS.
std::string man_page(const CLI::App& app);
// Adds the hidden --man flag to `app`: it prints man_page(app) and exits 0.
void setup_man(CLI::App& app);

}  // namespace yp::cli
