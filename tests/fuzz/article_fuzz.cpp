// Fuzz target: the article reader (yp::text::parse_article) on arbitrary bytes: headers, inline date,
// BOM, line ends, UTF-8 validation, NFC. Checks what callers rely on: a parsed article has a real date
// in years 1..9999 and a non-empty valid-UTF-8 LF body; a refusal is an error naming the file (with a
// line and an in-range offset for invalid UTF-8); an override date never turns a success into a failure.
// Run by scripts/fuzz.sh (libFuzzer) and replayed by ctest "fuzz: replay article" (tests/fuzz-regressions/article).
#include "fuzz_check.hpp"

#include "text/article.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace yp;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto plain = text::parse_article(bytes, "fuzz.txt", std::nullopt);
  const auto override_date = date::year{2025} / 10 / 24;
  auto forced = text::parse_article(bytes, "fuzz.txt", override_date);

  for (const auto* r : {&plain, &forced}) {
    if (r->ok()) {
      const auto& a = r->value();
      YP_FUZZ_CHECK(a.publication_date.ok());
      YP_FUZZ_CHECK(a.publication_date.year() >= date::year{1} && a.publication_date.year() <= date::year{9999});
      YP_FUZZ_CHECK(!a.body.empty());
      YP_FUZZ_CHECK(!text::find_invalid_utf8(a.body));
      YP_FUZZ_CHECK(a.body.find('\r') == std::string::npos);
      YP_FUZZ_CHECK(a.body_offset <= size);
      YP_FUZZ_CHECK(a.body_first_line >= 1);
      YP_FUZZ_CHECK(a.name == "fuzz.txt");
    } else {
      const auto& e = r->error();
      YP_FUZZ_CHECK(!e.message.empty());
      YP_FUZZ_CHECK(e.file == "fuzz.txt");
      YP_FUZZ_CHECK(e.code != ErrorCode::Internal && e.code != ErrorCode::Ok);
      if (e.code == ErrorCode::InvalidUtf8) YP_FUZZ_CHECK(e.line >= 1 && e.offset < size);
    }
  }
  if (plain.ok()) {
    YP_FUZZ_CHECK(forced.ok());
    YP_FUZZ_CHECK(forced.value().body == plain.value().body);
    YP_FUZZ_CHECK(forced.value().publication_date == override_date);
  }
  return 0;
}
