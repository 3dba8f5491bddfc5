// Korean numerals: Arabic digits with commas, Sino-Korean (이천이십오, 시월, 스물 is native), native
// counters (한, 두, 세, 네 …), and mixed forms (1천700, 180억, 3만5천). Covered by tests/text/numerals_test.cpp.
//
// Usage: if (auto n = yp::text::parse_number_at(s, pos)) { n->value; n->end; }
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace yp::text {

struct ParsedNumber {
  std::int64_t value = 0;
  std::size_t begin = 0;  // byte offset of the first byte of the numeral
  std::size_t end = 0;    // one past its last byte
  bool sino = false;      // written in Sino-Korean words (이십사)
  bool native = false;    // native Korean (한, 두, 스무 …)
};

// Can a numeral begin with this code point? False means parse_number_at finds none where it is the first.
bool may_start_numeral(char32_t cp);
// Longest numeral starting exactly at byte `pos`, or nullopt.
std::optional<ParsedNumber> parse_number_at(std::string_view s, std::size_t pos);
// Month names written in Sino-Korean: 일월..십이월, with 유월/시월 spellings; returns 1..12 or 0.
int sino_month(std::string_view word);

}  // namespace yp::text
