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

  bool operator==(const SentenceSpan&) const = default;
};

// No sentence span is longer than this many bytes (about 680 Hangul syllables; news sentences are far
// shorter). Longer runs of text without a sentence end are cut at a space (docs/robustness.md).
inline constexpr std::size_t kMaxSentenceBytes = 2048;

std::vector<SentenceSpan> split_sentences(std::string_view text);
// The same, one code point at a time (split_sentences takes runs of letters at once): the reference of
// tests/text/sentences_test.cpp.
std::vector<SentenceSpan> split_sentences_by_code_point(std::string_view text);

// Cuts every span longer than kMaxSentenceBytes at its last space (ASCII space or tab) in the second half of
// the limit, else at the last code point boundary within it. split_sentences applies it; exposed for tests.
std::vector<SentenceSpan> cap_sentence_length(std::string_view text, std::vector<SentenceSpan> spans);

}  // namespace yp::text
