// Tense of the verb that governs a time expression: looks right from the expression to the end of its
// sentence for the first tense cue (밝혔다/열렸다/했다 -> past; 열린다/열릴 예정/할 계획/~ㄹ 것 -> future).
// Cues come from engine/time/data/tense.tsv plus one morphological rule (a syllable with final ㅆ other
// than 있/없/겠 marks the past). "-기로 했다/합의했다/결정했다" is a past decision: past, not future. Internal to yp_time. Covered by tests/time/tense_test.cpp.
//
// Usage: auto t = yp::time::governing_tense(text, expr_end, sentence_end);
#pragma once

#include "time/lexicon.hpp"

#include <cstddef>
#include <string_view>

namespace yp::time {

// Tense of the first cue found in text[from, to) (word by word), or None.
// `later_expr` is where the next, separate time expression of the sentence begins (npos: none). Past it, a cue
// on an embedded predicate (추진한다고, 나서기로, 열린다는 …) belongs to that later expression's clause, not to
// ours: it is skipped and the search goes on to the matrix verb (9일 … 내년 초 상장을 추진한다고 보도했다 -> past).
// When a new subject follows the expression and opens reported content (28일 주주총회가 열린다고 밝혔다),
// the content's verb is returned and, if it differs, the reporting verb's tense is stored in *report_tense
// (else None there): the caller decides between the two readings.
lex::Tense governing_tense(std::string_view text, std::size_t from, std::size_t to,
                           std::size_t later_expr = std::string_view::npos, lex::Tense* report_tense = nullptr);

// Tense of one word (no spaces), or None; `rest` is the text after the word (for cues spanning a space).
lex::Tense word_tense(std::string_view word, std::string_view rest);
// The same, trying every cue of the table in order (word_tense tries only the cues that may apply to the word's
// first three bytes; tests/time/tense_test.cpp compares the two).
lex::Tense word_tense_every_cue(std::string_view word, std::string_view rest);

}  // namespace yp::time
