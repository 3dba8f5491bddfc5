// The governing verb's tense, from table cues (engine/time/data/tense.tsv) and the final-ㅆ rule.
// Covered by tests/time/tense_test.cpp.
#include "time/tense.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace yp::time {

namespace {

// Hangul syllable decomposition: cp = 0xAC00 + (lead * 21 + vowel) * 28 + tail.
constexpr int kTailSs = 20;  // ㅆ
constexpr int kTailL = 8;    // ㄹ
constexpr int kTailN = 4;    // ㄴ

char32_t syllable_at(std::string_view s, std::size_t pos) {
  if (pos + 3 > s.size()) return 0;
  auto b0 = static_cast<unsigned char>(s[pos]);
  if ((b0 & 0xF0) != 0xE0) return 0;
  char32_t cp = ((b0 & 0x0F) << 12) | ((static_cast<unsigned char>(s[pos + 1]) & 0x3F) << 6) |
                (static_cast<unsigned char>(s[pos + 2]) & 0x3F);
  return cp >= 0xAC00 && cp <= 0xD7A3 ? cp : 0;
}
int tail_of(char32_t syl) { return syl ? static_cast<int>((syl - 0xAC00) % 28) : -1; }

// (a byte that differs is looked for first: most cues differ from most words there, and the full comparison is a call)
bool starts_with(std::string_view s, std::string_view p) {
  if (p.size() > s.size()) return false;
  if (p.size() >= 2 && s[1] != p[1]) return false;
  return s.substr(0, p.size()) == p;
}
bool ends_with(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  if (!p.empty() && s.back() != p.back()) return false;
  return s.substr(s.size() - p.size()) == p;
}

// A word's ending after stripping quotes and punctuation at its end.
std::string_view trim_word(std::string_view w) {
  while (!w.empty()) {
    auto c = static_cast<unsigned char>(w.back());
    if (c < 0x80 && c != ' ') {
      w.remove_suffix(1);
      continue;
    }
    // Closing quotes/brackets (3-byte punctuation such as ” ’ 」 』)
    if (w.size() >= 3 && !syllable_at(w, w.size() - 3) && (static_cast<unsigned char>(w[w.size() - 3]) & 0xF0) == 0xE0) {
      w.remove_suffix(3);
      continue;
    }
    break;
  }
  return w;
}

}  // namespace

namespace {

// The tense of cue `c` on the trimmed word `w` (followed by `rest`), or nullopt when the cue does not apply.
std::optional<lex::Tense> cue_tense(const lex::TenseCue& c, std::string_view w, std::string_view rest) {
  using Where = lex::TenseCue::Where;
  switch (c.where) {
    case Where::Word:
      if (c.space != std::string::npos) {
        std::string_view joined_rest = rest;
        // "바 있다": the word and what follows it.
        auto sp = c.space;
        if (w == std::string_view(c.surface).substr(0, sp) && starts_with(joined_rest, std::string_view(c.surface).substr(sp + 1)))
          return c.tense;
      } else if (starts_with(w, c.surface)) {
        return c.tense;
      }
      break;
    case Where::Contains:
      if (w.find(c.surface) != std::string_view::npos) return c.tense;
      break;
    case Where::End:
      if (ends_with(w, c.surface)) return c.tense;
      break;
    case Where::Jamo:
      if (c.jamo == lex::TenseCue::JamoRule::FinalL) {  // (the surface starts with "ㄹ ")
        // 할 것, 열릴 예정: the word ends in a syllable with final ㄹ and the noun follows.
        std::string_view noun = std::string_view(c.surface).substr(std::string_view("ㄹ ").size());
        if (w.size() >= 3 && tail_of(syllable_at(w, w.size() - 3)) == kTailL && starts_with(rest, noun)) return c.tense;
      } else if (c.jamo == lex::TenseCue::JamoRule::FinalN) {  // (the surface is "ㄴ다")
        // 열린다, 불참한다, 한다고: a syllable with final ㄴ, or 는, right before 다 at the word's end.
        for (std::string_view end : {"다", "다고", "다며", "다는"}) {
          if (!ends_with(w, end) || w.size() < end.size() + 3) continue;
          char32_t syl = syllable_at(w, w.size() - end.size() - 3);
          if (tail_of(syl) == kTailN || syl == U'는') return c.tense;
        }
      }
      break;
  }
  return std::nullopt;
}

// The cues that may apply to a word, by the word's first three bytes: a Word cue (the word starts with its surface,
// or is the part before its space) only applies to words that begin with the surface's first three bytes; the
// other cues (contains, end, jamo, and Word cues shorter than three bytes before any space) may apply to any word.
// Each list keeps the table's order, so the first cue that applies is the one the whole table finds first.
struct CueIndex {
  std::unordered_map<std::uint32_t, std::vector<std::uint16_t>> by_head;
  std::vector<std::uint16_t> any;  // the cues of no head: for words whose head no Word cue has

  static std::uint32_t head(std::string_view s) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(s[1])) << 8 | static_cast<unsigned char>(s[2]);
  }
  CueIndex() {
    const auto& cues = lex::lexicon().tense_cues();
    std::vector<std::optional<std::uint32_t>> heads(cues.size());
    for (std::size_t i = 0; i < cues.size(); ++i) {
      const auto& c = cues[i];
      if (c.where != lex::TenseCue::Where::Word) continue;
      const std::string_view key = std::string_view(c.surface).substr(0, c.space);  // (the whole surface: no space)
      if (key.size() >= 3) heads[i] = head(key);
    }
    for (std::size_t i = 0; i < cues.size(); ++i)
      if (heads[i]) by_head[*heads[i]];
    for (std::size_t i = 0; i < cues.size(); ++i) {
      const auto idx = static_cast<std::uint16_t>(i);
      if (!heads[i]) {
        any.push_back(idx);
        for (auto& [h, list] : by_head) list.push_back(idx);
      } else {
        by_head[*heads[i]].push_back(idx);
      }
    }
  }
  const std::vector<std::uint16_t>& candidates(std::string_view w) const {
    if (w.size() < 3) return any;
    const auto it = by_head.find(head(w));
    return it == by_head.end() ? any : it->second;
  }
};

// The part of word_tense before the cues (-기로), then the cues by `cues_of`, then the final-ㅆ rule.
template <typename CuesOf>
lex::Tense word_tense_with(std::string_view word, std::string_view rest, CuesOf cues_of) {
  using lex::Tense;
  std::string_view w = trim_word(word);
  if (w.empty()) return Tense::None;
  // 나서기로 했다, 출범하기로 합의했다: the decision is reported in the past (the plan itself has no date here).
  if (ends_with(w, "기로") || ends_with(w, "기로는")) {
    std::size_t e = 0;
    while (e < rest.size() && rest[e] != ' ' && rest[e] != '\n' && rest[e] != '\t') ++e;
    std::string_view next = trim_word(rest.substr(0, e));
    if (!next.empty() && !ends_with(next, "기로") && word_tense_with(next, std::string_view{}, cues_of) == Tense::Past) return Tense::Past;
    // 개발하기로 합의하고, …: the decision verb has no tense of its own yet; the sentence's last verb decides
    for (std::string_view d : {"합의하", "결정하", "약속하", "하고", "하며", "했"})
      if (starts_with(next, d) && word_tense_with(next, std::string_view{}, cues_of) == Tense::None) return Tense::None;
  }
  const auto& cues = lex::lexicon().tense_cues();
  for (const auto i : cues_of(w))
    if (const auto t = cue_tense(cues[i], w, rest)) return *t;
  // Morphological past: a syllable with final ㅆ (했 었 았 였 렸 됐 …) other than 있 없 겠.
  for (std::size_t p = 0; p + 3 <= w.size(); p += 3) {
    char32_t syl = syllable_at(w, p);
    if (!syl) {
      p -= 2;  // not a syllable: step one byte
      continue;
    }
    if (tail_of(syl) == kTailSs && syl != U'있' && syl != U'없' && syl != U'겠') return Tense::Past;
  }
  return Tense::None;
}

}  // namespace

lex::Tense word_tense(std::string_view word, std::string_view rest) {
  static const CueIndex index;
  return word_tense_with(word, rest, [](std::string_view w) -> const std::vector<std::uint16_t>& {
    return index.candidates(w);
  });
}

lex::Tense word_tense_every_cue(std::string_view word, std::string_view rest) {
  static const std::vector<std::uint16_t> all = [] {
    std::vector<std::uint16_t> v(lex::lexicon().tense_cues().size());
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = static_cast<std::uint16_t>(i);
    return v;
  }();
  return word_tense_with(word, rest, [](std::string_view) -> const std::vector<std::uint16_t>& { return all; });
}

namespace {
constexpr std::string_view kOpenQuotes[] = {"\"", "'", "“", "‘", "「", "『"};
constexpr std::string_view kCloseQuotes[] = {"\"", "'", "”", "’", "」", "』"};

bool opens_quote(std::string_view w) {
  for (auto q : kOpenQuotes)
    if (starts_with(w, q)) return true;
  return false;
}
// Byte offset just past a closing quote inside w (searching from `from`), or npos.
std::size_t close_quote(std::string_view w, std::size_t from) {
  std::size_t best = std::string_view::npos;
  for (auto q : kCloseQuotes) {
    auto p = w.find(q, from);
    if (p != std::string_view::npos && (best == std::string_view::npos || p + q.size() < best)) best = p + q.size();
  }
  return best;
}

// A predicate embedded in a larger clause: a quoted or reported clause (-다고, -라고, -다며, -다는) or a
// plan/decision complement (-기로).
bool embedded_predicate(std::string_view w) {
  w = trim_word(w);
  for (std::string_view end : {"다고", "라고", "다며", "라며", "다는", "라는", "기로", "기로는"})
    if (ends_with(w, end)) return true;
  return false;
}

// A subject-marked noun (삼성전자가, 법원이): a word of two or more syllables ending in 가, or in 이 after a
// syllable with a final consonant. Verb forms ending so (-거나가, 같이) are rare before the first verb.
bool subject_word(std::string_view w) {
  w = trim_word(w);
  if (w.size() < 6 || !syllable_at(w, w.size() - 3) || ends_with(w, "다가")) return false;
  if (word_tense(w, std::string_view{}) != lex::Tense::None) return false;  // 출국했다가, 열렸기에
  char32_t last = syllable_at(w, w.size() - 3);
  if (last == U'가') return true;
  if (last != U'이') return false;
  int tail = tail_of(syllable_at(w, w.size() - 6));
  return tail > 0 && w != "같이" && w != "함께이";
}

// A reporting clause end: the content (-다고, -라고, -것이라고, -다며) closes and its reporting verb follows.
bool report_content_end(std::string_view w) {
  w = trim_word(w);
  for (std::string_view end : {"다고", "라고", "다며", "라며"})
    if (ends_with(w, end)) return true;
  return false;
}
}  // namespace

lex::Tense governing_tense(std::string_view text, std::size_t from, std::size_t to, std::size_t later_expr,
                           lex::Tense* report_tense) {
  if (report_tense) *report_tense = lex::Tense::None;
  if (to > text.size()) to = text.size();
  if (from >= to) return lex::Tense::None;
  std::size_t p = from;
  // Skip the rest of the word the expression sits in (its particle).
  while (p < to && text[p] != ' ' && text[p] != '\n') ++p;
  bool in_quote = false;  // a quotation opened after the expression: its verbs do not govern it
  // "로이터는 23일 소프트뱅크가 투자를 늘릴 것이라고 보도했다" / "회사는 28일 주주총회가 열린다고 밝혔다": a
  // new subject after the expression opens reported content, and the time may belong to the content's verb
  // or to the reporting verb. The content's verb is returned; the reporting verb's tense goes to
  // *report_tense for the caller to weigh (a bare day takes the reading inside the publication month).
  bool content = false, seen_verb = false, closed = false;
  lex::Tense content_tense = lex::Tense::None;
  int words = 0;          // a governing verb sits within a clause: look at most kMaxWords words ahead
  constexpr int kMaxWords = 40;
  while (p < to && words++ < kMaxWords) {
    while (p < to && (text[p] == ' ' || text[p] == '\n' || text[p] == '\t')) ++p;
    std::size_t e = p;
    while (e < to && text[e] != ' ' && text[e] != '\n' && text[e] != '\t') ++e;
    if (e > p) {
      std::string_view w = text.substr(p, e - p);
      if (!in_quote && opens_quote(w)) {
        std::size_t open_len = 1;
        for (auto q : kOpenQuotes)
          if (starts_with(w, q)) open_len = q.size();
        in_quote = close_quote(w, open_len) == std::string_view::npos;
        p = e;
        continue;
      }
      if (in_quote) {
        if (close_quote(w, 0) != std::string_view::npos) in_quote = false;
        p = e;
        continue;
      }
      std::size_t r = e;
      while (r < to && text[r] == ' ') ++r;
      if (!seen_verb && !content && subject_word(w)) {
        content = true;
        p = e;
        continue;
      }
      auto t = word_tense(w, text.substr(r, to - r));
      if (content) {
        if (t != lex::Tense::None && content_tense == lex::Tense::None && p < later_expr) content_tense = t;
        if (report_content_end(w)) {
          content = false;  // the next tensed word is the reporting verb
          closed = content_tense != lex::Tense::None;
        }
        seen_verb = seen_verb || t != lex::Tense::None;
        p = e;
        continue;
      }
      if (closed && t != lex::Tense::None) {
        if (report_tense && t != content_tense) *report_tense = t;
        return content_tense;
      }
      // "25일 열릴 예정이던 회동에 불참했다" / "설 연휴에 방문할 예정이던 일정을 취소했다": a schedule told in
      // the past may lie on either side; the past reading goes on the side (a bare day takes the one inside
      // the publication month)
      if (t == lex::Tense::Future && report_tense)
        for (std::string_view past : {"예정이던", "예정됐던", "예정였던", "계획이던"})
          if (starts_with(text.substr(r, to - r), past)) *report_tense = lex::Tense::Past;
      if (t != lex::Tense::None && !(p >= later_expr && embedded_predicate(w))) {
        // "퀄텍은 29일 네오웨이브를 인수한다고 발표했다": the reported verb comes first; the reporting verb's
        // tense goes on the side when it differs (the caller weighs the two readings of a bare day)
        if (report_tense && report_content_end(w)) {
          std::size_t q = e;
          for (int k = 0; k < 6 && q < to; ++k) {
            while (q < to && (text[q] == ' ' || text[q] == '\n' || text[q] == '\t')) ++q;
            std::size_t qe = q;
            while (qe < to && text[qe] != ' ' && text[qe] != '\n' && text[qe] != '\t') ++qe;
            if (qe == q) break;
            auto rt = word_tense(text.substr(q, qe - q), std::string_view{});
            if (rt != lex::Tense::None) {
              if (rt != t) *report_tense = rt;
              break;
            }
            q = qe;
          }
        }
        return t;
      }
      seen_verb = seen_verb || t != lex::Tense::None;
    }
    p = e;
  }
  if (content_tense != lex::Tense::None) return content_tense;
  return lex::Tense::None;
}

}  // namespace yp::time
