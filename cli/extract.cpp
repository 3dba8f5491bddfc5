// `yeonpyo extract`: parse and extract each article, merge within it, print the events; nothing is stored.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#include "extract.hpp"

#include "common.hpp"
#include "event/extractor.hpp"
#include "export/writer.hpp"
#include "store/merge.hpp"
#include "text/article.hpp"

#include <iostream>
#include <memory>

namespace yp::cli {

void setup_extract(CLI::App& app) {
  auto opt = std::make_shared<ExtractOptions>();
  auto* sub = app.add_subcommand("extract", "Print the events of articles without storing them (for pipelines)");
  add_article_options(sub, opt->pub_date, opt->aliases, opt->paths);
  sub->add_flag("--json", opt->json, "JSON Lines: one event object per line");
  add_limit_options(sub, opt->limits);
  sub->footer(
      "Examples:\n"
      "  yeonpyo extract --json samples/\n"
      "  yeonpyo extract --pub-date 2025-12-04 --json - < article.txt\n"
      "Exit 3 if any file was refused (the others are still printed).");
  sub->callback([opt] { finish(run_extract(*opt)); });
}

int run_extract(const ExtractOptions& opt) {
  std::optional<date::year_month_day> pub;
  if (!opt.pub_date.empty()) pub = parse_date(opt.pub_date);
  if (auto al = load_aliases(opt.aliases); !al) return fail(al.error());
  auto files = expand_inputs(opt.paths);
  if (!files) return fail(files.error());
  auto writer = exporter::make_writer(opt.json ? "json" : "table");
  if (!writer) return fail(writer.error());

  std::size_t refused = 0;
  std::vector<event::Event> all;
  for (const auto& name : files.value()) {
    auto ex = read_and_extract(name, pub, opt.limits);
    if (!ex) {
      ++refused;
      continue;
    }
    auto& events = ex->events;
    for (auto& e : events) {
      if (e.id == 0) e.id = store::compute_id(e);
      all.push_back(std::move(e));
    }
  }
  // Article order, then the extractor's order within an article (no re-sorting: this is not the timeline).
  std::vector<const event::Event*> rows;
  rows.reserve(all.size());
  for (const auto& e : all) rows.push_back(&e);
  writer.value()->write(std::cout, rows);
  std::cout.flush();
  return refused ? exit_code(ErrorCode::MissingDate) : 0;
}

}  // namespace yp::cli
