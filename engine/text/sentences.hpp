// Sentence splitting for Korean news prose. Covered by tests/text/sentences_test.cpp.
// Splits after sentence-final punctuation (. ? ! and their full-width forms) followed by space or end,
// and at line breaks; not inside numbers ("1.5", "2025.10.24"), not inside quotes/brackets where a
// quoted sentence continues ('..."라며'), not after abbreviations like "Inc." or single initials.
//
// Usage: for (auto s : yp::text::split_sentences(body)) use(body.substr(s.begin, s.end - s.begin));
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace yp::text {

struct SentenceSpan {
  std::size_t begin = 0;  // byte offset of the first non-space byte
  std::size_t end = 0;    // one past the last byte (trailing spaces trimmed)
  std::size_t paragraph = 0;  // 0-based paragraph index (paragraphs are separated by blank lines)
};

std::vector<SentenceSpan> split_sentences(std::string_view text);

}  // namespace yp::text
