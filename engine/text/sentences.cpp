// Sentence splitting for Korean news prose (punctuation, line breaks, quotes, numbers, abbreviations).
// Covered by tests/text/sentences_test.cpp.
//
// Rules, in order:
//   * Every line break ends a sentence; an open quote or bracket never spans a line break.
//   * A run of . ? ! … (and full-width ？ ！ ． 。) ends a sentence when followed by whitespace or the end,
//     unless it is inside quotes/brackets, a '.' between digits ("2025. 10. 24."), or a '.' after a
//     known abbreviation ("Inc.", "Co.", "Dr.") or a single capital Latin initial ("J. 로버트").
//   * Inside quotes nothing splits; when a quote closes right after sentence-final punctuation and is
//     followed by whitespace, the sentence ends after the quote ('"좋다." 그는'), but not when the
//     sentence continues ('"…했다."라며', '"…"고 말했다').
//   * A period after a Hangul syllable ends a sentence even with no space after it, the crawler's glue
//     ("했다.그는", "맺었다.14일 업계에"), unless a closer or more punctuation follows.
//   * A number-and-period list marker opening a sentence ("1. 첫째") does not end it.
//   * An opening quote/bracket only counts if its closer appears later on the same line, within
//     kMaxQuoteBytes (a stray quote in a one-line crawl must not swallow the article); a ' directly
//     before digits ('25년) is a year apostrophe, and a ' after a Latin letter or digit is an apostrophe.
//   * No sentence is longer than kMaxSentenceBytes: a longer run (crawl junk, a table flattened into one
//     line) is cut at its last space within the limit (cap_sentence_length), so the work per sentence of
//     the later stages stays bounded and an article costs time in proportion to its length.
#include "text/sentences.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace yp::text {

namespace {

bool is_space_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x00A0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool is_terminal(char32_t cp) {
  return cp == '.' || cp == '?' || cp == '!' || cp == 0x2026 /* … */ || cp == 0xFF0E || cp == 0xFF1F ||
         cp == 0xFF01 || cp == 0x3002 /* 。 */;
}

bool is_ascii_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_ascii_alnum(char32_t cp) {
  return is_ascii_digit(cp) || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// The closer for an opening quote or bracket, or 0.
char32_t closer_of(char32_t cp) {
  switch (cp) {
    case '"': return '"';
    case '\'': return '\'';
    case 0x201C: return 0x201D;  // “ ”
    case 0x2018: return 0x2019;  // ‘ ’
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case 0xFF08: return 0xFF09;  // （ ）
    case 0x300C: return 0x300D;  // 「 」
    case 0x300E: return 0x300F;  // 『 』
    case 0x300A: return 0x300B;  // 《 》
    case 0x3008: return 0x3009;  // 〈 〉
    case 0x3010: return 0x3011;  // 【 】
    default: return 0;
  }
}

bool is_closer(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case 0x201D: case 0x2019: case ')': case ']': case '}': case 0xFF09:
    case 0x300D: case 0x300F: case 0x300B: case 0x3009: case 0x3011:
      return true;
    default:
      return false;
  }
}

constexpr std::array<std::string_view, 24> kAbbreviations = {
    "Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr", "St", "vs", "No", "Prof",
    "Gen", "Gov", "Sen", "Rep", "Mt", "Ave", "etc", "Bros", "Nos", "approx"};

// A quotation or bracket longer than this is taken for a stray mark: crawled articles often come as one
// line, and one unpaired quote would otherwise hold every later sentence together (about 300 Hangul
// syllables; quotations in news are shorter).
constexpr std::size_t kMaxQuoteBytes = 900;

struct Cursor {
  std::string_view s;
  // Code point starting at byte p (p < s.size()); `next` receives the following offset.
  char32_t at(std::size_t p, std::size_t* next = nullptr) const {
    std::size_t q = p;
    char32_t cp = decode_at(s, q);
    if (next) *next = q;
    return cp;
  }
  // Start offset of the code point that ends at byte p (p > 0).
  std::size_t prev_start(std::size_t p) const {
    std::size_t q = p - 1;
    while (q > 0 && (static_cast<unsigned char>(s[q]) & 0xC0u) == 0x80u) --q;
    return q;
  }
};

// Answers "does `closer` occur in [from, end of line)?" with a per-line memo of the last position
// found for each closer, so that a line full of quotes is scanned once per closer kind, not once per quote.
class CloserFinder {
 public:
  explicit CloserFinder(std::string_view s) : s_(s) {}
  void new_line() {
    memo_.clear();
    eol_ = 0;
  }
  bool closes_on_line(std::size_t from, char32_t closer) { return closes_within(from, closer, std::string_view::npos); }
  // ... and no further than `limit` bytes from `from`.
  bool closes_within(std::size_t from, char32_t closer, std::size_t limit) {
    for (auto& m : memo_) {
      if (m.closer != closer) continue;
      if (m.found == std::string_view::npos) return false;  // none up to the end of this line
      if (m.found < from) m.found = search(from, closer);
      return m.found != std::string_view::npos && m.found - from <= limit;
    }
    memo_.push_back({closer, search(from, closer)});
    return memo_.back().found != std::string_view::npos && memo_.back().found - from <= limit;
  }

 private:
  std::size_t search(std::size_t from, char32_t closer) {
    std::string enc;
    append_utf8(enc, closer);
    if (eol_ <= from) {  // find the end of this line once
      eol_ = s_.find('\n', from);
      if (eol_ == std::string_view::npos) eol_ = s_.size();
    }
    std::string_view rest = s_.substr(from, eol_ - from);
    std::size_t at = rest.find(enc);
    return at == std::string_view::npos ? at : from + at;
  }
  struct Memo {
    char32_t closer;
    std::size_t found;
  };
  std::string_view s_;
  std::size_t eol_ = 0;  // end of the current line, once known
  std::vector<Memo> memo_;
};

// Trailing whitespace trimmed end of [b, e).
std::size_t trim_end(const Cursor& c, std::size_t b, std::size_t e) {
  while (e > b) {
    std::size_t p = c.prev_start(e);
    if (!is_space_cp(c.at(p)) && c.s[p] != '\n') break;
    e = p;
  }
  return e;
}

// What a byte is to the run of plain letters in split: an ASCII letter or digit, the ASCII space, a lead byte of
// U+A000..U+DFFF (EA..ED), or anything else.
constexpr std::uint8_t kOther = 0, kLetter = 1, kSpace = 2, kLead = 3;
constexpr std::array<std::uint8_t, 256> kRunByte = [] {
  std::array<std::uint8_t, 256> a{};
  for (int b = '0'; b <= '9'; ++b) a[b] = kLetter;
  for (int b = 'a'; b <= 'z'; ++b) a[b] = kLetter;
  for (int b = 'A'; b <= 'Z'; ++b) a[b] = kLetter;
  a[' '] = kSpace;
  for (int b = 0xEA; b <= 0xED; ++b) a[b] = kLead;
  return a;
}();

// `runs`: take runs of plain letters in one step (split_sentences); false: one code point at a time, the
// reference of tests/text/sentences_test.cpp.
std::vector<SentenceSpan> split(std::string_view text, bool runs) {
  std::vector<SentenceSpan> out;
  const Cursor c{text};
  const std::size_t n = text.size();
  constexpr std::size_t npos = std::string_view::npos;

  std::size_t paragraph = 0;
  bool blank_line_seen = false;   // a blank line since the last sentence was emitted
  bool line_has_content = false;  // the current line has a non-space character
  std::size_t start = npos;       // first byte of the current sentence
  std::vector<char32_t> closers;  // expected closers of the open quotes/brackets (innermost last)
  bool terminal_before = false;   // the last non-space char was sentence-final punctuation
  CloserFinder finder(text);

  auto emit = [&](std::size_t end) {
    if (start == npos) return;
    std::size_t e = trim_end(c, start, end);
    if (e > start) out.push_back({start, e, paragraph});
    start = npos;
    terminal_before = false;
  };
  auto followed_by_space_or_end = [&](std::size_t p) {
    if (p >= n) return true;
    return text[p] == '\n' || is_space_cp(c.at(p));
  };

  std::size_t i = 0;
  while (i < n) {
    if (runs) {
      // Plain letters — ASCII letters and digits, and every three-byte code point from U+A000 to U+DFFF (the
      // Hangul syllables among them) — are no space, line break, sentence-final mark, quote or bracket: all
      // they do below is start the line and the sentence and clear terminal_before. A run of them is taken at
      // once (the rules that look back at letters read the text itself).
      // (each byte's class by one load: kRunByte below)
      std::size_t j = i;
      while (j < n) {
        const auto b = static_cast<unsigned char>(text[j]);
        const std::uint8_t k = kRunByte[b];
        if (k == kLetter) {
          ++j;
          continue;
        }
        // an ASCII space changes nothing below (is_space_cp: skipped): after a letter it stays in the run
        if (k == kSpace && j > i) {
          ++j;
          continue;
        }
        if (k == kLead && j + 2 < n && (static_cast<unsigned char>(text[j + 1]) & 0xC0) == 0x80 &&
            (static_cast<unsigned char>(text[j + 2]) & 0xC0) == 0x80) {
          j += 3;
          continue;
        }
        break;
      }
      if (j > i) {
        line_has_content = true;
        if (start == npos) {
          start = i;
          if (blank_line_seen) ++paragraph;
          blank_line_seen = false;
        }
        terminal_before = false;
        i = j;
        continue;
      }
    }
    const std::size_t cp_start = i;
    char32_t cp = decode_at(text, i);
    if (cp == '\n') {
      emit(cp_start);
      closers.clear();
      finder.new_line();
      if (!line_has_content && !out.empty()) blank_line_seen = true;
      line_has_content = false;
      continue;
    }
    if (is_space_cp(cp)) continue;
    line_has_content = true;
    if (start == npos) {
      start = cp_start;
      if (blank_line_seen) ++paragraph;
      blank_line_seen = false;
    }

    // Closing a quote or bracket.
    if (!closers.empty() && cp == closers.back()) {
      closers.pop_back();
      if (closers.empty() && terminal_before && followed_by_space_or_end(i)) {
        emit(i);
      }
      continue;  // terminal_before is kept for a closer nested right after punctuation
    }
    // A quote right after sentence-final punctuation closes (a stray closer): '다.' 그는'.
    if (is_closer(cp) && cp_start > 0 && is_terminal(c.at(c.prev_start(cp_start))) && closers.empty() &&
        cp_start != start) {  // not one opening a sentence
      if (followed_by_space_or_end(i)) emit(i);
      continue;
    }
    // Opening a quote or bracket (only if it closes on this line).
    if (char32_t cl = closer_of(cp)) {
      bool opens = true;
      if (cp == '\'') {
        std::size_t nx = i;
        bool prev_alnum = cp_start > 0 && is_ascii_alnum(c.at(c.prev_start(cp_start)));
        // '25년, '90s: exactly two digits; '2019 피칭대전' opens a quotation
        bool year_apostrophe = nx + 1 < n && is_ascii_digit(c.at(nx)) && is_ascii_digit(c.at(nx + 1)) &&
                               (nx + 2 >= n || !is_ascii_digit(c.at(nx + 2)));
        if (prev_alnum || year_apostrophe) opens = false;  // apostrophe or '25년
      }
      if (opens && finder.closes_within(i, cl, kMaxQuoteBytes)) {
        closers.push_back(cl);
        terminal_before = false;
        continue;
      }
    }

    if (!is_terminal(cp)) {
      if (is_closer(cp) && terminal_before && closers.empty()) {  // '다.") 그는'
        if (followed_by_space_or_end(i)) emit(i);
        continue;
      }
      terminal_before = false;
      continue;
    }

    // A run of sentence-final punctuation.
    std::size_t run_end = i;
    std::size_t run_len = 1;
    while (run_end < n) {
      std::size_t nx;
      char32_t c2 = c.at(run_end, &nx);
      if (!is_terminal(c2)) break;
      run_end = nx;
      ++run_len;
    }
    if (!closers.empty()) {  // inside quotes: remember, the closer decides
      terminal_before = true;
      i = run_end;
      continue;
    }
    const char32_t prev = cp_start > 0 ? c.at(c.prev_start(cp_start)) : 0;
    if (run_len == 1 && cp == '.') {
      // Digits around a period: "2025. 10. 24." or "1. 5" are not sentence ends.
      std::size_t q = run_end;
      while (q < n && text[q] == ' ') ++q;
      if (is_ascii_digit(prev) && q < n && is_ascii_digit(c.at(q))) {
        i = run_end;
        continue;
      }
      // A list marker at the start of a sentence: "1. 첫째 과제는".
      if (is_ascii_digit(prev) && cp_start - start <= 3) {
        bool digits_only = true;
        for (std::size_t k = start; k < cp_start; ++k)
          digits_only = digits_only && is_ascii_digit(static_cast<unsigned char>(text[k]));
        if (digits_only) {
          i = run_end;
          continue;
        }
      }
      // The last period of a dotted date "2025. 10. 24." (digits, spaces, then "digit." before them).
      if (is_ascii_digit(prev)) {
        std::size_t b = cp_start;
        while (b > 0 && is_ascii_digit(static_cast<unsigned char>(text[b - 1]))) --b;
        while (b > 0 && text[b - 1] == ' ') --b;
        if (b >= 2 && text[b - 1] == '.' && is_ascii_digit(static_cast<unsigned char>(text[b - 2]))) {
          i = run_end;
          continue;
        }
      }
      // Abbreviations and single capital initials.
      std::size_t w = cp_start;
      while (w > 0 && is_ascii_alnum(static_cast<unsigned char>(text[w - 1])) &&
             !is_ascii_digit(static_cast<unsigned char>(text[w - 1])))
        --w;
      std::string_view word = text.substr(w, cp_start - w);
      if (!word.empty()) {
        bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
        bool abbrev = std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
        if (initial || abbrev) {
          i = run_end;
          continue;
        }
      }
      // A period glued to the next sentence by the crawler still ends the sentence: after a Hangul
      // syllable, before Hangul, a digit or an opening mark ("맺었다.14일 업계에", "국토해양부.16일",
      // "말했다.“앞으로"). Digits before the period ("1.5", "2025.10.24") never get here.
      const bool hangul_prev = prev >= 0xAC00 && prev <= 0xD7A3;
      if (hangul_prev && run_end < n && !followed_by_space_or_end(run_end)) {
        std::size_t after_next;
        char32_t next = c.at(run_end, &after_next);
        // A straight quote glued on both sides opens the next sentence's quotation ("모집한다.'2019 …'은").
        bool opening_quote = (next == '\'' || next == '"') && !followed_by_space_or_end(after_next);
        if (!is_terminal(next) && (!is_closer(next) || opening_quote)) {
          emit(run_end);
          i = run_end;
          continue;
        }
      }
    }
    i = run_end;
    if (followed_by_space_or_end(run_end)) {
      emit(run_end);
    } else {
      terminal_before = true;  // e.g. a closing quote may follow: '다."'
    }
  }
  emit(n);
  return cap_sentence_length(text, std::move(out));
}

}  // namespace

std::vector<SentenceSpan> split_sentences(std::string_view text) { return split(text, true); }

std::vector<SentenceSpan> split_sentences_by_code_point(std::string_view text) { return split(text, false); }

std::vector<SentenceSpan> cap_sentence_length(std::string_view text, std::vector<SentenceSpan> spans) {
  bool any = false;
  for (const auto& s : spans) any = any || s.end - s.begin > kMaxSentenceBytes;
  if (!any) return spans;
  std::vector<SentenceSpan> out;
  out.reserve(spans.size());
  auto space = [&](std::size_t p) { return text[p] == ' ' || text[p] == '\t'; };
  for (const auto& s : spans) {
    std::size_t b = s.begin;
    while (s.end - b > kMaxSentenceBytes) {
      // the last space within the limit, else the last code point boundary within it
      std::size_t cut = b + kMaxSentenceBytes;
      while (cut > b + kMaxSentenceBytes / 2 && !space(cut)) --cut;
      if (!space(cut)) {
        cut = b + kMaxSentenceBytes;
        while (cut > b && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        if (cut == b) cut = b + kMaxSentenceBytes;  // not UTF-8 at all: still make progress
      }
      std::size_t e = cut;
      while (e > b && space(e - 1)) --e;
      if (e > b) out.push_back({b, e, s.paragraph});
      b = cut;
      while (b < s.end && space(b)) ++b;
    }
    if (s.end > b) out.push_back({b, s.end, s.paragraph});
  }
  return out;
}

}  // namespace yp::text
