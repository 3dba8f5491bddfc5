// `yeonpyo store check` (load with every bound check, then consistency; exit 0 or 5) and
// `yeonpyo store dump` (a Boost text archive of the whole store). Covered by tests/cli/store.sh.
#include "store.hpp"

#include "common.hpp"

#include <iostream>
#include <memory>
#include <sstream>

namespace yp::cli {

void setup_store(CLI::App& app) {
  auto opt = std::make_shared<StoreOptions>();
  auto* sub = app.add_subcommand("store", "Inspect the event store: check it, dump it");
  sub->require_subcommand(1);
  auto* check = sub->add_subcommand("check", "Read the whole store, check every segment and its consistency");
  add_store_option(check, opt->store);
  check->add_flag("--deep", opt->deep, "Also recompute the timeline from the stored articles and compare");
  check->footer(
      "Examples:\n"
      "  yeonpyo store check\n"
      "  yeonpyo store check --store events.yps --deep\n"
      "Exit 0 and a summary when the store is sound; exit 5 and one line per problem when not.");
  check->callback([opt] { finish(run_store_check(*opt)); });
  auto* dump = sub->add_subcommand("dump", "Write the whole store as a portable text archive");
  add_store_option(dump, opt->store);
  dump->add_option("-o,--output", opt->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
  dump->footer(
      "Examples:\n"
      "  yeonpyo store dump > events.txt\n"
      "  yeonpyo store dump --store events.yps -o events.txt");
  dump->callback([opt] { finish(run_store_dump(*opt)); });
}

int run_store_check(const StoreOptions& opt) {
  auto path = store_path(opt.store);
  if (!path) return fail(path.error());
  auto st = open_store(path.value(), /*missing_hint=*/true);
  if (!st) return fail(st.error());
  auto problems = st.value().check(opt.deep);
  for (const auto& p : problems) report(Error{ErrorCode::CorruptStore, p, path.value(), 0, 0});
  if (!problems.empty()) return exit_code(ErrorCode::CorruptStore);
  std::cout << path.value() << ": ok: " << st.value().size() << " events, " << st.value().articles().size()
            << " articles" << (opt.deep ? "; recomputing from the articles gives the same timeline" : "") << '\n';
  return 0;
}

int run_store_dump(const StoreOptions& opt) {
  auto path = store_path(opt.store);
  if (!path) return fail(path.error());
  auto st = open_store(path.value(), /*missing_hint=*/true);
  if (!st) return fail(st.error());
  if (opt.output.empty()) {
    auto r = st.value().dump(std::cout);
    std::cout.flush();
    if (!r || !std::cout) return fail(Error{ErrorCode::IoError, "cannot write to standard output", "", 0, 0});
    return 0;
  }
  std::ostringstream buf;
  if (auto r = st.value().dump(buf); !r) return fail(r.error());
  auto w = write_file_atomic(opt.output, buf.str());
  if (!w) return fail(w.error());
  std::cerr << "dumped " << st.value().size() << " events to " << opt.output << '\n';
  return 0;
}

}  // namespace yp::cli
