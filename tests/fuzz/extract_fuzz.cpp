// Fuzz target: the event extractor and the merging within an article (yp::event::extract_events,
// yp::store::merge_coreferent, compute_id) on an arbitrary body and publication date (years 1..9999).
// Input: 4 bytes of publication date (fuzz_check.hpp take_date), then the body; invalid UTF-8 is cut at
// the first bad byte and the rest normalised to NFC, as parse_article does.
// Checks: every event has a mention inside the body, a trigger, and an interval that does not run
// backwards and lies in the printable calendar; merging never adds events.
// Run by scripts/fuzz.sh and replayed by ctest "fuzz: replay extract" (tests/fuzz-regressions/extract).
#include "fuzz_check.hpp"

#include "event/extractor.hpp"
#include "store/merge.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace yp;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  text::Article a;
  a.name = "fuzz.txt";
  a.publication_date = fuzz::take_date(in);
  if (auto bad = text::find_invalid_utf8(in)) in = in.substr(0, bad->offset);
  a.body = text::to_nfc(in);

  auto events = event::extract_events(a);
  for (const auto& e : events) {
    YP_FUZZ_CHECK(e.mentions.size() == 1);
    const auto& m = e.mentions.front();
    YP_FUZZ_CHECK(m.begin <= m.end && m.end <= a.body.size());
    YP_FUZZ_CHECK(!e.trigger.empty());
    YP_FUZZ_CHECK(e.when.from || e.when.to);
    if (e.when.bounded()) YP_FUZZ_CHECK(*e.when.from <= *e.when.to);
    for (auto side : {e.when.from, e.when.to}) {
      if (!side) continue;
      const date::year_month_day ymd{*side};
      YP_FUZZ_CHECK(ymd.year() >= date::year{1} && ymd.year() <= date::year{10000});
    }
  }
  const std::size_t before = events.size();
  store::merge_coreferent(events);
  YP_FUZZ_CHECK(events.size() <= before);
  for (auto& e : events) {
    YP_FUZZ_CHECK(!e.mentions.empty());
    e.id = store::compute_id(e);
  }
  return 0;
}
