// Fuzz target: the JSON Lines article reader (yp::text::parse_jsonl_article) and the KST date of a "date"
// value (yp::text::kst_date) on arbitrary bytes. Checks what the pipeline relies on: a parsed article has a
// real date in years 1..9999, a non-empty valid-UTF-8 NFC-ready body without CR or NUL, and a one-line name;
// a refusal is a user error (never Internal) naming the file and the line; an override date never turns a
// success into a failure and never changes the body.
// Run by scripts/fuzz.sh (libFuzzer) and replayed by ctest "fuzz: replay jsonl" (tests/fuzz-regressions/jsonl).
#include "fuzz_check.hpp"

#include "core/calendar.hpp"
#include "text/jsonl.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace yp;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // The date reader alone, on the first 40 bytes.
  const auto head = bytes.substr(0, 40);
  if (auto d = text::kst_date(head)) {
    YP_FUZZ_CHECK(d->ok());
    YP_FUZZ_CHECK(d->year() >= date::year{1} && d->year() <= date::year{9999});
    if (head.size() == 10) YP_FUZZ_CHECK(parse_iso_date(head) == d);
  }

  const std::string file = "fuzz.jsonl";
  auto plain = text::parse_jsonl_article(bytes, file, 7, std::nullopt);
  const auto override_date = date::year{2025} / 10 / 24;
  auto forced = text::parse_jsonl_article(bytes, file, 7, override_date);
  for (const auto* r : {&plain, &forced}) {
    if (r->ok()) {
      const auto& a = r->value();
      YP_FUZZ_CHECK(a.publication_date.ok());
      YP_FUZZ_CHECK(a.publication_date.year() >= date::year{1} && a.publication_date.year() <= date::year{9999});
      YP_FUZZ_CHECK(!a.body.empty());
      YP_FUZZ_CHECK(!text::find_invalid_utf8(a.body));
      YP_FUZZ_CHECK(!text::find_invalid_utf8(a.title));
      YP_FUZZ_CHECK(a.body.find('\r') == std::string::npos);
      YP_FUZZ_CHECK(a.body.find('\0') == std::string::npos);
      YP_FUZZ_CHECK(a.title.find('\n') == std::string::npos);
      YP_FUZZ_CHECK(!a.name.empty());
      for (unsigned char c : a.name) YP_FUZZ_CHECK(c >= 0x20 && c != 0x7F);  // printed in "ingested NAME: …"
      YP_FUZZ_CHECK(a.body_offset == 0 && a.body_first_line == 7);
    } else {
      const auto& e = r->error();
      YP_FUZZ_CHECK(!e.message.empty());
      YP_FUZZ_CHECK(e.file == file);
      YP_FUZZ_CHECK(e.line == 7);
      YP_FUZZ_CHECK(e.code != ErrorCode::Internal && e.code != ErrorCode::Ok);
      YP_FUZZ_CHECK(e.message.find_first_of("\n\r") == std::string::npos);  // one line on stderr
    }
  }
  if (plain.ok()) {
    YP_FUZZ_CHECK(forced.ok());
    YP_FUZZ_CHECK(forced.value().body == plain.value().body);
    YP_FUZZ_CHECK(forced.value().name == plain.value().name);
    YP_FUZZ_CHECK(forced.value().publication_date == override_date);
  }
  return 0;
}
