// `yeonpyo timeline`: query the store in timeline order and print it. Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#include "timeline.hpp"

#include "common.hpp"

#include <memory>

namespace yp::cli {

void setup_timeline(CLI::App& app) {
  auto opt = std::make_shared<TimelineOptions>();
  auto* sub = app.add_subcommand("timeline", "Print the stored events in date order");
  add_query_options(sub, opt->query, "mixed");
  add_output_options(sub, opt->output);
  sub->add_option("--from", opt->from, "Only events that reach this day or later (inclusive)")->type_name("YYYY-MM-DD")
      ->check(IsoDate);
  sub->add_option("--to", opt->to, "Only events that start on or before this day (inclusive)")->type_name("YYYY-MM-DD")
      ->check(IsoDate);
  sub->footer(
      "Examples:\n"
      "  yeonpyo timeline\n"
      "  yeonpyo timeline --from 2025-10-01 --to 2025-10-31 --type visit\n"
      "  yeonpyo timeline --actor 오픈AI --format csv > openai.csv\n"
      "Dates shown are inclusive first and last days.");
  sub->callback([opt] { finish(run_timeline(*opt)); });
}

int run_timeline(const TimelineOptions& opt) {
  store::Query q = make_query(opt.query, store::OpenSides::Mixed);
  if (!opt.from.empty()) q.from = date::sys_days(*parse_date(opt.from));
  if (!opt.to.empty()) q.to = date::sys_days(*parse_date(opt.to));
  if (q.from && q.to && *q.from > *q.to)
    return fail(Error{ErrorCode::BadArgument, "--from " + opt.from + " is after --to " + opt.to + ": swap them", "", 0, 0});
  return query_and_print(opt.query.store, q, opt.query.format, opt.query.aliases, opt.output);
}

}  // namespace yp::cli
