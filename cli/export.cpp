// `yeonpyo export`: write every stored event in one of the output formats. Covered by tests/cli/cli_test.cpp,
// tests/cli/smoke.sh and tests/export/*.py.
#include "export.hpp"

#include "export/writer.hpp"

#include <iostream>
#include <memory>
#include <sstream>

namespace yp::cli {

void setup_export(CLI::App& app) {
  auto opt = std::make_shared<ExportOptions>();
  auto* sub = app.add_subcommand("export", "Write every stored event as a spreadsheet, JSON Lines, TimelineJS, a web page or a calendar");
  sub->add_option("--format", opt->format,
                  "csv (RFC 4180, for Excel), tsv, json/jsonl (JSON Lines), timelinejs (TimelineJS3 JSON), "
                  "timelinejs-csv (TimelineJS's spreadsheet template), html (one self-contained page), "
                  "ics (iCalendar), table")
      ->required()
      ->type_name("FORMAT")
      ->check(CLI::IsMember(table_format_names()));
  add_store_option(sub, opt->store);
  sub->add_option("-o,--output", opt->output, "Write to FILE (atomically: temp file, fsync, rename) instead of stdout")
      ->type_name("FILE");
  add_output_options(sub, opt->render);
  sub->footer(
      "Examples:\n"
      "  yeonpyo export --format csv -o timeline.csv        # UTF-8 with BOM: opens in Excel\n"
      "  yeonpyo export --format html -o timeline.html      # open it in a browser\n"
      "  yeonpyo export --format ics -o timeline.ics        # import into a calendar\n"
      "  yeonpyo export --format timelinejs -o timeline.json\n"
      "  yeonpyo export --format json | jq .summary");
  sub->callback([opt] { finish(run_export(*opt)); });
}

int run_export(const ExportOptions& opt) {
  const bool to_file = !opt.output.empty();
  auto writer = exporter::make_writer(opt.format, writer_options(opt.render, opt.format, to_file));
  if (!writer) return fail(writer.error());
  auto path = store_path(opt.store);
  if (!path) return fail(path.error());
  auto st = open_events(path.value(), std::nullopt, std::nullopt);  // events only, no article table
  if (!st) return fail(st.error());
  std::vector<const event::Event*> rows;
  rows.reserve(st.value().size());
  for (const auto& e : st.value().events()) rows.push_back(&e);
  if (!to_file) {
    auto summary = writer.value()->write(std::cout, rows);
    std::cout.flush();
    if (!std::cout) return fail(Error{ErrorCode::IoError, "cannot write to standard output", "", 0, 0});
    report_left_out(summary, opt.format);
    return 0;
  }
  std::ostringstream buf;
  auto summary = writer.value()->write(buf, rows);
  auto w = write_file_atomic(opt.output, buf.str());
  if (!w) return fail(w.error());
  std::cerr << "exported " << summary.written << " events to " << opt.output << '\n';
  report_left_out(summary, opt.format);
  return 0;
}

}  // namespace yp::cli
