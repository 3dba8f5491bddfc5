// `yeonpyo between FROM TO`: an inclusive window query (overlap by default, containment with --within).
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#include "between.hpp"

#include "common.hpp"

#include <memory>

namespace yp::cli {

void setup_between(CLI::App& app) {
  auto opt = std::make_shared<BetweenOptions>();
  auto* sub = app.add_subcommand("between", "Print the events between two dates (inclusive)");
  sub->add_option("FROM", opt->from, "First day of the window (inclusive)")->required()->type_name("YYYY-MM-DD")
      ->check(IsoDate);
  sub->add_option("TO", opt->to, "Last day of the window (inclusive)")->required()->type_name("YYYY-MM-DD")
      ->check(IsoDate);
  sub->add_flag("--within", opt->within, "Only events whose whole interval lies inside the window (default: any overlap)");
  add_query_options(sub, opt->query, "last");
  add_output_options(sub, opt->output);
  sub->footer(
      "Examples:\n"
      "  yeonpyo between 2025-10-01 2025-10-31\n"
      "  yeonpyo between 2025-06-01 2025-11-30 --within --type meeting --format json\n"
      "  yeonpyo between 2025-10-01 2025-10-31 --type visit,meeting --actor 삼성 --actor-prefix --limit 20\n"
      "Without --within an event is listed when any of its days falls in [FROM, TO];\n"
      "with --within all of its days must. A fuzzy '2025-09' event spans the whole month.\n"
      "Events with an open side ('~ 2025-10-24', '2027-01-01 ~') overlap every window that reaches\n"
      "that side: they are listed after the others (--open last), or mixed in, or left out (--open none).");
  sub->callback([opt] { finish(run_between(*opt)); });
}

int run_between(const BetweenOptions& opt) {
  store::Query q = make_query(opt.query, store::OpenSides::Last);
  q.from = date::sys_days(*parse_date(opt.from));
  q.to = date::sys_days(*parse_date(opt.to));
  q.within = opt.within;
  if (*q.from > *q.to)
    return fail(Error{ErrorCode::BadArgument, "FROM " + opt.from + " is after TO " + opt.to + ": give the earlier date first", "", 0, 0});
  return query_and_print(opt.query.store, q, opt.query.format, opt.query.aliases, opt.output);
}

}  // namespace yp::cli
