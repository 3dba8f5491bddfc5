// Fuzz target: the temporal normaliser (yp::time::find_time_expressions) on arbitrary text against an
// arbitrary reference date (years 1..9999, a quarter of the inputs at year 1 and a quarter at 9999) and
// preference. Input: 4 bytes of reference date (fuzz_check.hpp take_date), 1 byte of options, then the
// text; invalid UTF-8 is cut at the first bad byte and the rest normalised to NFC, as the CLI does.
// Checks: expressions are left to right, non-overlapping, inside the text, their `text` is that slice;
// every calendar bound is a day ISO can print (0001-01-01 .. 9999-12-31) and no interval runs backwards.
// Run by scripts/fuzz.sh and replayed by ctest "fuzz: replay normalize" (tests/fuzz-regressions/normalize).
#include "fuzz_check.hpp"

#include "core/calendar.hpp"
#include "text/utf8.hpp"
#include "time/resolver.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {
bool printable_day(date::sys_days d) {
  const date::year_month_day ymd{d};
  return ymd.ok() && ymd.year() >= date::year{1} && ymd.year() <= date::year{9999};
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace yp;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  time::ResolveOptions opt;
  opt.publication_date = fuzz::take_date(in);
  unsigned char flags = 0;
  if (!in.empty()) {
    flags = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
  }
  opt.prefer = (flags & 3u) == 1 ? time::Prefer::Past : (flags & 3u) == 2 ? time::Prefer::Future : time::Prefer::Tense;
  if (flags & 4u) opt.reference_time = std::chrono::minutes((flags >> 3) * 45);
  if (auto bad = text::find_invalid_utf8(in)) in = in.substr(0, bad->offset);
  const std::string body = text::to_nfc(in);

  const auto exprs = time::find_time_expressions(body, opt);
  std::size_t last_end = 0;
  for (const auto& e : exprs) {
    YP_FUZZ_CHECK(e.begin < e.end);
    YP_FUZZ_CHECK(e.end <= body.size());
    YP_FUZZ_CHECK(e.begin >= last_end);
    YP_FUZZ_CHECK(e.text == std::string_view(body).substr(e.begin, e.end - e.begin));
    last_end = e.end;
    if (e.interval.from) YP_FUZZ_CHECK(printable_day(*e.interval.from));
    if (e.interval.to) YP_FUZZ_CHECK(printable_day(*e.interval.to - date::days{1}));
    if (e.interval.bounded()) YP_FUZZ_CHECK(*e.interval.from <= *e.interval.to);
    YP_FUZZ_CHECK(e.confidence >= 0.0 && e.confidence <= 1.0);
    if (e.interval.from) YP_FUZZ_CHECK(parse_iso_date(format_iso(*e.interval.from)).has_value());
  }
  return 0;
}
