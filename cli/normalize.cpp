// `yeonpyo normalize`: print the temporal expressions found, as JSON Lines or an aligned table.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#include "normalize.hpp"

#include "common.hpp"
#include "core/calendar.hpp"
#include "export/writer.hpp"
#include "text/clean.hpp"
#include "text/utf8.hpp"
#include "time/resolver.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

namespace yp::cli {

void setup_normalize(CLI::App& app) {
  auto opt = std::make_shared<NormalizeOptions>();
  auto* sub = app.add_subcommand("normalize", "Find and resolve the temporal expressions in a Korean text");
  sub->add_option("--ref", opt->ref, "Reference (publication) date, optionally with a time: 2025-10-24 or 2025-10-24T09:30")
      ->required()
      ->type_name("YYYY-MM-DD[THH:MM]")
      ->check(IsoDateTime);
  sub->add_flag("--json", opt->json, "One JSON object per expression and line");
  sub->add_option("--prefer", opt->prefer,
                  "For phrases with no tense cue (a bare 월요일, 3월): follow the verb's tense (news default), or past, or future")
      ->type_name("PREFER")
      ->capture_default_str()
      ->check(CLI::IsMember({"tense", "past", "future"}));
  sub->add_option("TEXT", opt->text, "The text (UTF-8); - or nothing reads standard input");
  sub->footer(
      "Examples:\n"
      "  yeonpyo normalize --ref 2025-10-24 '오는 28일부터 31일까지 경주에서 열린다'\n"
      "  echo '지난 2월 방한했다' | yeonpyo normalize --ref 2025-10-24 --json\n"
      "JSON fields: text, offset [begin,end) in UTF-8 bytes, type, timex, start, end (inclusive ISO\n"
      "days, null when open or unplaced), grain, mod, anchor, fuzzy, confidence.");
  sub->callback([opt] { finish(run_normalize(*opt)); });
}

namespace {
std::string iso_or_dash(const std::optional<date::sys_days>& d) { return d ? format_iso(*d) : std::string("-"); }
}  // namespace

int run_normalize(const NormalizeOptions& opt) {
  auto ref = parse_date_time(opt.ref);
  if (!ref) return fail(Error{ErrorCode::BadDate, opt.ref + " is not a real date (expected YYYY-MM-DD[THH:MM])", "", 0, 0});
  std::string raw = (opt.text.empty() || opt.text == "-") ? read_stdin() : opt.text;
  const std::string where = (opt.text.empty() || opt.text == "-") ? "<stdin>" : "TEXT";
  if (auto bad = text::find_invalid_utf8(raw))
    return fail(Error{ErrorCode::InvalidUtf8, bad->message + " at byte " + std::to_string(bad->offset), where, bad->line, bad->offset});
  // Crawl furniture (bylines, credits, footers) is blanked in place, so offsets still index the input.
  const text::CleanText clean = text::clean_crawl(text::to_nfc(raw));
  const std::string& body = clean.text;

  time::ResolveOptions ro;
  ro.publication_date = ref->day;
  if (ref->minutes) ro.reference_time = std::chrono::minutes(*ref->minutes);
  ro.prefer = opt.prefer == "past" ? time::Prefer::Past : opt.prefer == "future" ? time::Prefer::Future : time::Prefer::Tense;
  ro.no_antecedent = clean.asides();
  const auto exprs = time::find_time_expressions(body, ro);

  if (opt.json) {
    // Straight into a buffer (exporter::append_time_expr_json), written in blocks.
    std::string buf;
    for (const auto& e : exprs) {
      exporter::append_time_expr_json(buf, e);
      buf += '\n';
      if (buf.size() >= (1u << 16)) {
        std::cout.write(buf.data(), static_cast<std::streamsize>(buf.size()));
        buf.clear();
      }
    }
    std::cout.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    return 0;
  }
  if (exprs.empty()) {
    std::cerr << "no temporal expressions found\n";
    return 0;
  }
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"offset", "text", "type", "grain", "start", "end", "timex", "mod", "anchor", "conf"});
  for (const auto& e : exprs) {
    std::string start = iso_or_dash(e.interval.first_day());
    if (e.time_of_day) start += " " + exporter::format_hhmm(*e.time_of_day);
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f%s", e.confidence, e.fuzzy ? "~" : "");
    std::string anchor(time::to_string(e.anchor));
    if (e.anchor == time::AnchorKind::Expression) anchor += "@" + std::to_string(e.anchor_offset);
    rows.push_back({std::to_string(e.begin) + "-" + std::to_string(e.end), e.text, std::string(time::to_string(e.type)),
                    std::string(time::to_string(e.grain)), start, iso_or_dash(e.interval.last_day()), e.timex,
                    std::string(time::to_string(e.mod)), anchor, conf});
  }
  print_table(std::cout, rows);
  return 0;
}

}  // namespace yp::cli
