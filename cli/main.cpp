// yeonpyo's entry point: wires the subcommands (one file each) to CLI11 and hands over to the one
// exit path (common.cpp run_app). Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#include "between.hpp"
#include "common.hpp"
#include "export.hpp"
#include "extract.hpp"
#include "ingest.hpp"
#include "man.hpp"
#include "normalize.hpp"
#include "store.hpp"
#include "timeline.hpp"

int main(int argc, char** argv) {
  CLI::App app{"yeonpyo (연표): a timeline of the events reported in Korean news articles", "yeonpyo"};
  app.set_version_flag("--version", "yeonpyo 0.1.0");
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  yeonpyo ingest samples/          # articles -> events -> the default store\n"
      "  yeonpyo timeline                 # every stored event, in date order\n"
      "  yeonpyo between 2025-10-01 2025-10-31 --type visit\n"
      "  yeonpyo normalize --ref 2025-10-24 '오는 28일부터 31일까지'\n"
      "Default store: $YEONPYO_STORE, else $XDG_DATA_HOME/yeonpyo/events.yps, else\n"
      "~/.local/share/yeonpyo/events.yps. Run 'yeonpyo <command> --help' for each command.");
  yp::cli::setup_ingest(app);
  yp::cli::setup_timeline(app);
  yp::cli::setup_between(app);
  yp::cli::setup_export(app);
  yp::cli::setup_normalize(app);
  yp::cli::setup_extract(app);
  yp::cli::setup_man(app);  // hidden --man: the manual page cmake --install installs
  yp::cli::setup_store(app);
  return yp::cli::run_app(app, argc, argv);
}
