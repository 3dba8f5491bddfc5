// Fuzz target: the command line's date arguments (yp::cli::parse_date for --pub-date/--from/--to/FROM/TO,
// parse_date_time for normalize --ref, the IsoDate/IsoDateTime validators) and the header-date parser
// they share (yp::parse_iso_date) on arbitrary strings.
// Checks: an accepted date is a real day of years 1..9999 that prints back as the argument; a validator
// accepts exactly what the parser accepts and otherwise names the value; a time is a real minute of the day.
// Run by scripts/fuzz.sh and replayed by ctest "fuzz: replay cli_date" (tests/fuzz-regressions/cli_date).
#include "fuzz_check.hpp"

#include "common.hpp"
#include "core/calendar.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace yp;
  const std::string arg(reinterpret_cast<const char*>(data), size);

  const auto d = cli::parse_date(arg);
  if (d) {
    YP_FUZZ_CHECK(d->ok());
    YP_FUZZ_CHECK(d->year() >= date::year{1} && d->year() <= date::year{9999});
    YP_FUZZ_CHECK(format_iso(*d) == arg);
  }
  std::string copy = arg;
  const std::string verdict = cli::IsoDate(copy);
  YP_FUZZ_CHECK(verdict.empty() == d.has_value());
  if (!verdict.empty()) YP_FUZZ_CHECK(verdict.rfind(arg, 0) == 0);  // the message starts with the value

  const auto dt = cli::parse_date_time(arg);
  if (dt) {
    YP_FUZZ_CHECK(dt->day.ok());
    YP_FUZZ_CHECK(format_iso(dt->day) == arg.substr(0, 10));
    if (dt->minutes) YP_FUZZ_CHECK(*dt->minutes >= 0 && *dt->minutes < 24 * 60);
  }
  copy = arg;
  YP_FUZZ_CHECK(cli::IsoDateTime(copy).empty() == dt.has_value());
  if (d) YP_FUZZ_CHECK(dt && dt->day == *d && !dt->minutes);

  if (const auto h = parse_iso_date(arg)) {
    YP_FUZZ_CHECK(h->ok());
    YP_FUZZ_CHECK(h->year() >= date::year{1} && h->year() <= date::year{9999});
  }
  return 0;
}
