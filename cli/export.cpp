// `yeonpyo export`: write every stored event as CSV (RFC 4180) or JSON Lines. Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#include "export.hpp"

#include "common.hpp"
#include "export/writer.hpp"

#include <iostream>
#include <memory>
#include <sstream>

namespace yp::cli {

void setup_export(CLI::App& app) {
  auto opt = std::make_shared<ExportOptions>();
  auto* sub = app.add_subcommand("export", "Write every stored event as CSV or JSON Lines");
  sub->add_option("--format", opt->format, "csv (RFC 4180, UTF-8, with a header) or json (JSON Lines)")
      ->required()
      ->check(CLI::IsMember({"csv", "json"}));
  add_store_option(sub, opt->store);
  sub->add_option("-o,--output", opt->output, "Write to FILE (atomically: temp file, fsync, rename) instead of stdout")
      ->type_name("FILE");
  sub->footer(
      "Examples:\n"
      "  yeonpyo export --format csv -o timeline.csv\n"
      "  yeonpyo export --format json | jq .summary");
  sub->callback([opt] { finish(run_export(*opt)); });
}

int run_export(const ExportOptions& opt) {
  auto writer = exporter::make_writer(opt.format);
  if (!writer) return fail(writer.error());
  auto path = store_path(opt.store);
  if (!path) return fail(path.error());
  auto st = open_events(path.value(), std::nullopt, std::nullopt);  // events only, no article table
  if (!st) return fail(st.error());
  std::vector<const event::Event*> rows;
  rows.reserve(st.value().size());
  for (const auto& e : st.value().events()) rows.push_back(&e);
  if (opt.output.empty()) {
    writer.value()->write(std::cout, rows);
    std::cout.flush();
    if (!std::cout) return fail(Error{ErrorCode::IoError, "cannot write to standard output", "", 0, 0});
    return 0;
  }
  std::ostringstream buf;
  writer.value()->write(buf, rows);
  auto w = write_file_atomic(opt.output, buf.str());
  if (!w) return fail(w.error());
  std::cerr << "exported " << rows.size() << " events to " << opt.output << '\n';
  return 0;
}

}  // namespace yp::cli
