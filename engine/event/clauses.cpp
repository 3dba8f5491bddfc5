// Phase 2 of the extractor: words and clauses. Tokenizes a sentence into space-delimited words (with
// quote and comma marks) and analyses each word once (engine/morph: stem, particles, endings), and cuts the sentence into clauses at connective
// endings (-고, -며/-으며, -면서, -지만, -는데, -해/-아/-어 before another predicate, -거나, -자), report
// endings (-다고/-라고/-다며), conditionals (-면/-다면, -ㄹ 경우), bound nouns after a modifier (-ㄴ 뒤/후/가운데,
// -ㄴ 데 이어, -기 전) and complements (-기로). A -고 followed by 있다
// (progressive) or a -해 followed by an auxiliary (해 온, 해 왔다) does not cut.
// The endings are read from the word's morphology (morph/data/endings.tsv), not from suffix lists here.
// Covered by tests/event/clauses_test.cpp and tests/event/morph_port_test.cpp.
#include "event/internal.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace yp::event::detail {

// ------------------------------------------------------------------ Hangul helpers


namespace {
using morph::hangul::decode;  // one UTF-8 decoder for the morph layer and the event phases
std::size_t syllables_of(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}
std::size_t char_len_at(std::string_view s, std::size_t pos) {
  std::size_t n = 1;
  decode(s, pos, &n);
  return n;
}
}  // namespace

// (last_char, first_char, is_hangul and batchim are inline in internal.hpp: every rule calls them per word)

// ------------------------------------------------------------------ tokens

namespace {

bool is_double_quote(char32_t c) { return c == U'"' || c == U'\u201C' || c == U'\u201D'; }
bool is_single_quote(char32_t c) { return c == U'\'' || c == U'\u2018' || c == U'\u2019'; }
bool is_lead_punct(char32_t c) {
  return is_double_quote(c) || is_single_quote(c) || c == U'(' || c == U'[' || c == U'<' ||
         c == U'\u300C' || c == U'\u300E' || c == U'\u300A' || c == U'\u3008' || c == U'\u25B2' ||
         c == U'\u25A0' || c == U'\u25B6' || c == U'\u2022' || c == U'*' || c == U'-' || c == U'\u00B7';
}
bool is_trail_punct(char32_t c) {
  return is_double_quote(c) || is_single_quote(c) || c == U',' || c == U'.' || c == U'?' || c == U'!' ||
         c == U')' || c == U']' || c == U'>' || c == U'\u300D' || c == U'\u300F' || c == U'\u300B' ||
         c == U'\u3009' || c == U'\u2026' || c == U':' || c == U';' || c == U'*' || c == U'\u3002' ||
         c == U'\uFF0C';
}
}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 8 + 2);  // about one word per 8 bytes of news (a reallocation moves every Token)
  bool in_double = false, in_single = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && is_space_byte(s[pos])) ++pos;
    if (pos >= s.size()) break;
    std::size_t b = pos;
    pos = word_end(s, pos);
    std::size_t e = pos;
    Token& t = out.emplace_back();  // built in place; dropped below when its word is empty
    t.begin = b;
    t.end = e;
    // Leading punctuation (quotes open here).
    std::size_t wb = b;
    while (wb < e) {
      std::size_t n = 1;
      char32_t c = decode(s, wb, &n);
      if (!is_lead_punct(c)) break;
      if (c == U'(' && s.substr(wb, e - wb).find(')') != std::string_view::npos &&
          s.substr(wb, e - wb).find(')') + 1 < e - wb)
        break;  // "(주)삼성" keeps its bracket
      if (is_double_quote(c)) in_double = !in_double;
      if (is_single_quote(c)) {
        in_single = !in_single;
        if (in_single) t.opens_quote = true;
      }
      wb += n;
    }
    bool quoted_at_start = in_double || in_single;
    // Trailing punctuation (quotes close here).
    std::size_t we = e;
    while (we > wb) {
      std::size_t p = we - 1;
      while (p > wb && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
      char32_t c = decode(s, p, nullptr);
      if (!is_trail_punct(c)) break;
      if (c == U')' && s.substr(wb, we - wb).find('(') != std::string_view::npos) break;  // 최고경영자(CEO)
      if (c == U',' || c == U'\uFF0C') t.comma_after = true;
      we = p;
    }
    // Quote marks inside the word core ('…'에, "…"고) and in the trailing part.
    bool was_double = in_double;
    // (a core and tail without a quote byte toggle nothing: the loop is skipped)
    const bool tail_free = no_quote_bytes(s.substr(wb, e - wb));
    for (std::size_t p = wb; !tail_free && p < e;) {
      std::size_t n = 1;
      char32_t c = decode(s, p, &n);
      if (is_double_quote(c)) in_double = !in_double;
      if (is_single_quote(c)) {
        if (in_single) t.closes_quote = true;
        in_single = !in_single;
      }
      p += n;
    }
    t.word_begin = wb;
    t.word = s.substr(wb, we - wb);
    morph::analyse_into(t.morph, t.word);
    t.quote_free = tail_free || no_quote_bytes(t.word);
    t.quoted = quoted_at_start;
    t.double_quoted = was_double;
    if (t.word.empty()) out.pop_back();
  }
  return out;
}

// ------------------------------------------------------------------ clause endings

// (no_quote_bytes is inline in internal.hpp)

// The loop no_quote_bytes replaced (tests compare the two).
bool no_quote_bytes_by_char(std::string_view w) {
  for (char ch : w)
    if (ch == '"' || ch == '\'' || static_cast<unsigned char>(ch) == 0xE2) return false;
  return true;
}

std::string without_quotes(std::string_view w) {
  if (no_quote_bytes(w)) return std::string(w);
  std::string out;
  out.reserve(w.size());
  for (std::size_t p = 0; p < w.size();) {
    std::size_t n = char_len_at(w, p);
    char32_t c = decode(w, p, nullptr);
    if (!is_double_quote(c) && !is_single_quote(c)) out.append(w.substr(p, n));
    p += n;
  }
  return out;
}

// `w` without quote marks as a view: `w` itself when it has no byte of one (no copy), else without_quotes(w)
// kept in `storage`.
std::string_view unquoted(std::string_view w, std::string& storage) {
  if (no_quote_bytes(w)) return w;
  storage = without_quotes(w);
  return storage;
}

namespace {

bool auxiliary_follows(std::string_view next) {
  static constexpr std::array<std::string_view, 12> prefixes{
      {"있", "왔", "줬", "놓", "버리", "버렸", "두고", "냈", "보였", "달라", "주겠", "주기"}};
  static constexpr std::array<std::string_view, 16> words{{"온", "오던", "온다", "오고", "오며", "와",
                                                           "준", "주고", "줄", "본", "보고", "봤다",
                                                           "낸", "내고", "가고", "갔다"}};
  for (auto p : prefixes)
    if (starts_with(next, p)) return true;
  for (auto w : words)
    if (next == w) return true;
  return false;
}

// A verbal modifier (관형형) ending: 인수한, 맺은, 열리는, 설립된, 할, 될, 찾을 (not a noun ending in ㄴ/ㄹ:
// 한국인, 100억 원, 서울).
bool verbal_modifier(std::string_view w, bool irrealis) {
  static const WordList realis{"한", "된", "는", "은", "던", "진", "난", "간", "선", "친", "온", "린"};
  static const WordList irr{"할", "될", "을", "날", "질"};
  return irrealis ? irr.proper_suffix_of(w) : realis.proper_suffix_of(w);
}

// A bound noun after a modifier that ends the clause: word `raw` after `prev_raw`.
// (`*_free`: the word is known to have no quote byte, so it is its own unquoted form)
std::optional<ClauseEnd> bound_noun_ending(std::string_view prev_raw, bool prev_free, std::string_view raw, bool raw_free) {
  std::string w_storage;
  const std::string_view w = raw_free ? raw : unquoted(raw, w_storage);
  // (only these bound nouns end a clause here: most words leave before the previous word is looked at)
  if (w.empty() || w.size() > 9) return std::nullopt;
  std::string prev_storage;
  std::optional<std::string_view> prev_view;  // the previous word, unquoted only when a bound noun is found
  auto prev = [&] {
    if (!prev_view) prev_view = prev_free ? prev_raw : unquoted(prev_raw, prev_storage);
    return *prev_view;
  };
  // (WordList::contains: a filter on the last two bytes and the length refuses most words before the list is
  // looped over; the test on the previous word does not depend on which entry matched)
  // -ㄴ 뒤/후/직후/가운데, -ㄴ 데 이어, -ㄴ 데다: the earlier event's clause ends here
  static const WordList after_modifier{"뒤", "후", "뒤에", "후에", "직후", "직후에", "가운데", "데다", "데다가"};
  if (after_modifier.contains(w) && verbal_modifier(prev(), false)) return ClauseEnd::Connective;
  // -기 전(에): 출시하기 전에, 합병되기 전
  static const WordList before{"전", "전에", "전까지"};
  if (before.contains(w) && ends_with(prev(), "기") && prev().size() > 3) return ClauseEnd::Connective;
  return std::nullopt;
}

}  // namespace

namespace {

// ending_of without its first test (a postposition ends no clause), which ending_of asks only of a word that
// ends one here: most words end none, and the test is a hash lookup.
std::optional<ClauseEnd> ending_unless_postposition(std::string_view w, const morph::Predicate& p,
                                                    std::string_view next_raw, bool next_free) {
  // the next word without quote marks, made only when a rule reads it (a view, no copy, unless it has quotes)
  std::string next_storage;
  std::optional<std::string_view> next_view;
  auto next = [&] {
    if (!next_view) next_view = next_free ? next_raw : unquoted(next_raw, next_storage);
    return *next_view;
  };
  using C = morph::Connective;
  // -다고/-라고/-자고/-냐고/-다며/-라며/-다면서/-라면서 (morph/data/endings.tsv, conn=quote)
  if (p.connective == C::Quote) return ClauseEnd::Quote;
  // -면 after 하/되/으/다/라/나/오/가/지/리/이/르, -다면, -라면, -으면
  if (p.connective == C::Conditional && w.size() >= 6) return ClauseEnd::Conditional;
  // -ㄹ/-ㄴ 경우 (성공할 경우 전북도는 …), also 이 경우, 최악의 경우: a condition. Not 경우에 따라, 경우가 많다.
  if (starts_with(w, "경우"))
    for (std::string_view n : Words{"경우", "경우에는", "경우엔", "경우에도"})
      if (same(w, n)) return ClauseEnd::Conditional;
  // -면서, -며 (two syllables or more)
  if (p.connective == C::While && w.size() >= 6) return ClauseEnd::Connective;
  // 침수됨에 따라, 확대함에 따라: a nominalised clause of cause
  // (the word's own tests first: the next word is unquoted only for a word in 에)
  if (ends_with(w, "에") && w.size() >= 9 && next() == "따라" && batchim(last_char(std::string_view(w).substr(0, w.size() - 3))) == 16)
    return ClauseEnd::Connective;
  if (p.connective == C::Complement) {
    // 하기로 했다/합의했다/결정했다, 맺기로 뜻을 모았다: a decision follows. A noun in 기 with 로 (전기로 공장을,
    // 위기로, 계기로) is no complement.
    const std::string_view n = next();
    static constexpr std::string_view deciders[] = {"했", "하", "한", "합의", "결정", "약속", "뜻", "의견", "방침",
                                                    "결의", "협의", "계약", "확정", "잠정", "최종", "내부"};
    bool decision = n.empty();
    for (auto d : deciders) decision = decision || starts_with(n, d);
    if (decision) return ClauseEnd::Complement;
  }
  // -지만, -는데/-은데/-인데, -으나
  if (p.connective == C::Contrast) return ClauseEnd::Contrast;
  if (p.connective == C::Or) return ClauseEnd::Connective;  // -거나
  // -자 (when/as soon as): 예보되자, 발표하자, 커지자, 나오자 — three syllables or more, and not a noun in
  // 자 (투자, 관리자, 기자 end otherwise; 지지자 is excluded)
  if (p.connective == C::When && syllables_of(w) >= 3 && !ends_with(w, "지지자")) return ClauseEnd::Connective;
  if (w == "않자" || w == "없자" || w == "못하자") return ClauseEnd::Connective;  // 좁혀지지 않자: negated -자
  // -고 after a verbal syllable or a past ㅆ (했고, 있었고), not before 있다 (progressive) or 싶다
  if (p.connective == C::And && w.size() >= 6 && !starts_with(next(), "있") && !starts_with(next(), "싶") && w != "최고")
    return ClauseEnd::Connective;
  // (only the -해 converb below is left: the year words matter only for a Serial reading)
  if (p.connective != C::Serial) return std::nullopt;
  // 올해, 지난해, 새해, 이듬해: years, not the converb -해
  for (std::string_view year : Words{"올해", "지난해", "새해", "이듬해", "같은해", "한해", "전해", "첫해", "그해", "매해"})
    if (same(w, year) || (ends_with(w, year) && syllables_of(w) == syllables_of(year) + 1 && year.size() > 3 &&
                      (year == "올해" || year == "지난해")))
      return std::nullopt;
  // -해, -해서, -하여, -돼, -되어, -돼서, -되어서 after a stem, unless an auxiliary follows (해 온, 해야)
  if (p.connective == C::Serial && p.parts[p.count - 1].surface.size() < w.size()) {
    if (auxiliary_follows(next()) || starts_with(next(), "야")) return std::nullopt;
    return ClauseEnd::Connective;
  }
  return std::nullopt;
}

// `w` is the word without quote marks and `p` its predicate reading.
std::optional<ClauseEnd> ending_of(std::string_view w, const morph::Predicate& p, std::string_view next_raw,
                                   bool next_free = false) {
  if (w.empty()) return std::nullopt;
  const auto end = ending_unless_postposition(w, p, next_raw, next_free);
  // 을 비롯해, 를 통해, 에 따르면 (morph/data/lexical.tsv): converbs that act as postpositions end no clause
  if (end && morph::is_lexical(w, morph::Lexical::Postposition)) return std::nullopt;
  return end;
}

bool has_quote_mark(std::string_view w) {
  if (no_quote_bytes(w)) return false;
  for (std::size_t p = 0; p < w.size();) {
    std::size_t n = 1;
    char32_t c = decode(w, p, &n);
    if (is_double_quote(c) || is_single_quote(c)) return true;
    p += n;
  }
  return false;
}

// The clause ending of a token: its own analysis, unless quote marks inside the word must go first.
std::optional<ClauseEnd> token_ending(const Token& t, std::string_view next_raw, bool next_free) {
  if (!t.quote_free && has_quote_mark(t.word)) return clause_ending(t.word, next_raw);
  return ending_of(t.word, t.morph.predicate, next_raw, next_free);
}

}  // namespace

std::optional<ClauseEnd> clause_ending(std::string_view raw, std::string_view next_raw) {
  std::string storage;
  const std::string_view w = unquoted(raw, storage);
  return ending_of(w, morph::analyse_predicate(w), next_raw);
}

std::optional<ClauseEnd> clause_ending_of(std::string_view word, const morph::Predicate& p, std::string_view next_raw) {
  return ending_of(word, p, next_raw);
}

std::vector<Clause> split_clauses(const std::vector<Token>& tokens, const std::vector<Hit>& hits) {
  std::vector<Clause> out;
  if (tokens.empty()) return out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    std::string_view next = tokens[i + 1].word;
    if (tokens[i].in_time) continue;  // a temporal expression never ends a clause
    // nor does a word inside a single-quoted title, whose verbs belong to the title ("지난 9일 ‘애 낳으면 좋은 점’이라는
    // 영상을 올렸다": 낳으면 ends no clause of the sentence); the word closing it may (‘검토하겠다’고 밝혔다)
    if (tokens[i].quoted && !tokens[i].double_quoted && !tokens[i].closes_quote) continue;
    auto end = token_ending(tokens[i], next, tokens[i + 1].quote_free);
    if (!end && i > 0) {
      end = bound_noun_ending(tokens[i - 1].word, tokens[i - 1].quote_free, tokens[i].word, tokens[i].quote_free);
      // -ㄴ 데 이어: the clause ends after 이어
      if (!end && (same(tokens[i].word, "이어") || same(tokens[i].word, "이어서")) && i >= 2 &&
          same(tokens[i - 1].word, "데") && verbal_modifier(without_quotes(tokens[i - 2].word), false))
        end = ClauseEnd::Connective;
    }
    if (!end) {
      // Trigger verbs in their -아/-어 connective form: 찾아, 만나 (followed by another word, no auxiliary).
      for (const auto& h : hits) {
        if (h.token != i || h.entry->form != Form::Verb || h.use != Use::Predicate) continue;
        std::string_view w = tokens[i].word;
        if ((ends_with(w, "아") || ends_with(w, "어") || ends_with(w, "나") || ends_with(w, "와") ||
             ends_with(w, "여") || ends_with(w, "혀")) &&
            !auxiliary_follows(next) && !starts_with(next, "야"))
          end = ClauseEnd::Connective;
      }
    }
    if (end) {
      out.push_back({start, i, *end});
      start = i + 1;
    }
  }
  out.push_back({start, tokens.size() - 1, ClauseEnd::Final});
  return out;
}

std::size_t clause_of(const std::vector<Clause>& clauses, std::size_t t) {
  for (std::size_t i = 0; i < clauses.size(); ++i)
    if (t >= clauses[i].first && t <= clauses[i].last) return i;
  return clauses.empty() ? 0 : clauses.size() - 1;
}

}  // namespace yp::event::detail
