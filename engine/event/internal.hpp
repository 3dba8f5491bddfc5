// Internal contracts between the extractor's phase files (lexicon, clauses, arguments, polarity, timing,
// extractor). Not part of the public API. Covered by tests/event/{lexicon,clauses,arguments,polarity,timing}_test.cpp.
//
// The pipeline for one sentence:
//   tokens = tokenize(sentence)                      words with offsets, quotes, commas (clauses.cpp)
//   hits   = Lexicon::builtin().find(sentence, tokens) trigger words and how they are used (lexicon.cpp)
//   clauses = split_clauses(tokens, hits)             connective endings cut the sentence (clauses.cpp)
//   per hit: find_arguments (arguments.cpp), analyse_mood (polarity.cpp), governing_time (timing.cpp)
#pragma once

#include "core/bytes.hpp"
#include "core/error.hpp"
#include "event/event.hpp"
#include "morph/morph.hpp"
#include "time/expression.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace yp::event::detail {

// A list of literal words to loop over: `for (std::string_view w : Words{"뒤", "후"})`. (A bare braced list is an
// initializer_list of const char*, and each turn of the loop measured its literal with strlen.)
using Words = std::initializer_list<std::string_view>;

// ---------------------------------------------------------------- words of a text (tokenize, find_particle_names)
// A space, tab or line break: what separates words.
inline bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// The end of the word that starts at `pos`: the next space byte, or the end of s. (Testing a byte of 0x80 and above
// first, or eight of them by one load, took fewer instructions but mispredicted a branch at about every word's
// end: callgrind's branch simulation, tokenize 84k -> 142k mispredictions on 150 articles.)
inline std::size_t word_end(std::string_view s, std::size_t pos) {
  while (pos < s.size() && !is_space_byte(s[pos])) ++pos;
  return pos;
}

// ---------------------------------------------------------------- Hangul helpers (clauses.cpp)
// The last code point of s (valid UTF-8), or 0.
inline char32_t last_char(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t p = s.size() - 1;
  while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return morph::hangul::decode(s, p, nullptr);
}
// The first code point of s, or 0.
inline char32_t first_char(std::string_view s) { return s.empty() ? 0 : morph::hangul::decode(s, 0, nullptr); }
inline bool is_hangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// Final consonant index of a Hangul syllable (0 = none, 8 = ㄹ, 20 = ㅆ, …); -1 if not a syllable.
inline int batchim(char32_t c) { return is_hangul(c) ? static_cast<int>((c - 0xAC00) % 28) : -1; }
// (the last or first byte is compared first: most words differ there; the rest by bytes::equal, not a call to
// memcmp; always inline: out of line, the call cost as much as the test)
[[gnu::always_inline]] inline bool ends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  if (!suffix.empty() && s.back() != suffix.back()) return false;
  return bytes::equal(s.data() + (s.size() - suffix.size()), suffix.data(), suffix.size());
}
// a == b, always inline and without a call to memcmp (bytes::equal): the rules compare particles and words with
// short literals (p == "에"), and in the long rule functions the compiler left std::operator== out of line.
[[gnu::always_inline]] inline bool same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && bytes::equal(a.data(), b.data(), a.size());
}
[[gnu::always_inline]] inline bool starts_with(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  if (prefix.size() >= 2 && s[1] != prefix[1]) return false;
  return bytes::equal(s.data(), prefix.data(), prefix.size());
}
// 예정, 계획, 방침 at the start of w (예정이다, 계획인): the noun of a plan; its length in bytes, or 0. The plan frame
// of the generic layer (extractor.cpp) and the plan a serial clause joins (polarity.cpp) ask the same question.
inline std::size_t plan_noun_prefix(std::string_view w) {
  for (std::string_view noun : {"예정", "계획", "방침"})
    if (starts_with(w, noun)) return noun.size();
  return 0;
}

// A literal word list with a filter in front: a 512-bit set over the last two bytes of its entries (and, for
// whole words, their length). The filter only refuses words that no entry can match (an entry that is a suffix
// of w, or equal to it, ends in the same two bytes); what passes is tested against the entries in list order,
// exactly as the loop over the list did. Entries are views (literals or embedded tables) that outlive the list.
class WordList {
 public:
  WordList(std::initializer_list<std::string_view> entries) : WordList(std::vector<std::string_view>(entries)) {}
  // From words loaded once (a class of an embedded table: data::rows views), in their order.
  explicit WordList(std::vector<std::string_view> entries) : entries_(std::move(entries)) {
    for (std::string_view e : entries_) {
      if (e.size() < 2) {
        short_entry_ = true;
        continue;
      }
      set(suffix_bits_, key(e, 0));
      set(word_bits_, key(e, e.size()));
    }
  }
  const std::vector<std::string_view>& entries() const { return entries_; }
  // Some entry is a suffix of w (ends_with(w, e)).
  bool suffix_of(std::string_view w) const {
    if (!may_end(w)) return false;
    for (std::string_view e : entries_)
      if (ends_with(w, e)) return true;
    return false;
  }
  // Some entry is a proper suffix of w (ends_with(w, e) && w.size() > e.size()).
  bool proper_suffix_of(std::string_view w) const {
    if (!may_end(w)) return false;
    for (std::string_view e : entries_)
      if (ends_with(w, e) && w.size() > e.size()) return true;
    return false;
  }
  // The first entry, in list order, that is a suffix of w and passes `ok`; nullptr when none.
  template <class Ok>
  const std::string_view* first_suffix_of(std::string_view w, Ok ok) const {
    if (!may_end(w)) return nullptr;
    for (const std::string_view& e : entries_)
      if (ends_with(w, e) && ok(e)) return &e;
    return nullptr;
  }
  // w is an entry (std::find over the list).
  bool contains(std::string_view w) const {
    if (!short_entry_ && (w.size() < 2 || !test(word_bits_, key(w, w.size())))) return false;
    for (std::string_view e : entries_)
      if (same(e, w)) return true;
    return false;
  }
  // Some entry may be a suffix of w (false: none is).
  bool may_end(std::string_view w) const {
    if (short_entry_) return true;
    return w.size() >= 2 && test(suffix_bits_, key(w, 0));
  }

 private:
  using Bits = std::array<std::uint64_t, 8>;
  static unsigned key(std::string_view s, std::size_t len) {
    const auto a = static_cast<unsigned char>(s[s.size() - 1]), b = static_cast<unsigned char>(s[s.size() - 2]);
    return (a * 7u + b * 131u + static_cast<unsigned>(len) * 61u) & 511u;
  }
  static void set(Bits& bits, unsigned k) { bits[k >> 6] |= std::uint64_t{1} << (k & 63); }
  static bool test(const Bits& bits, unsigned k) { return (bits[k >> 6] >> (k & 63)) & 1; }
  std::vector<std::string_view> entries_;
  Bits suffix_bits_{}, word_bits_{};
  bool short_entry_ = false;  // an entry of 0 or 1 byte: no filter
};

// ---------------------------------------------------------------- tokens (clauses.cpp)
struct Token {
  std::size_t begin = 0;       // byte offsets of the whole space-delimited word in the sentence
  std::size_t end = 0;
  std::string_view word;       // the word without leading/trailing punctuation (quotes, commas, brackets)
  std::size_t word_begin = 0;  // offset of `word` in the sentence
  bool comma_after = false;    // the word is followed by ',' (or '·' list mark)
  bool quoted = false;         // inside a quotation ("…" or '…')
  bool double_quoted = false;  // inside "…" (speech): triggers here are not events of the article
  bool opens_quote = false;    // the word starts a single-quoted title ('APEC …)
  bool closes_quote = false;   // the word ends a single-quoted title (… 2025'에)
  bool in_time = false;        // overlaps a temporal expression (set by the extractor)
  bool trigger = false;        // hosts a trigger word (set by the extractor)
  bool quote_free = false;     // `word` has no byte of a quote mark (no_quote_bytes, set by tokenize; false: unknown)
  bool reread = false;         // `morph` is not morph::analyse(word): a full name read again (reread_names)
  morph::Analysis morph;       // `word` analysed once (engine/morph): .nominal (stem + particles), .predicate
};
std::vector<Token> tokenize(std::string_view sentence);

// A word's stem and trailing particles: `token.morph.nominal` (computed by tokenize), or
// morph::analyse_nominal(word) for a string that is no token ("삼성전자와" -> "삼성전자" + "와").

// ---------------------------------------------------------------- lexicon (lexicon.cpp)
enum class Form { Noun, Verb };

struct TriggerEntry {
  EventType type = EventType::Other;
  std::string lemma;
  Form form = Form::Noun;
  std::string surface;
  bool neg = false, report = false, support = false, light = false, attend = false, cont = false,
       subj = false, venue = false, postpone = false;
  bool patient = false;  // generic events (generic.cpp): the subject undergoes it (선정됐다, 붙잡혔다), no actor
  bool after_quote = false;  // fires only right after a quotation ("…겠다”고 했다")
  bool occur = false;        // an occurrence (발생): its subject is what happened, never who acted
  std::size_t line = 0;  // line in triggers.tsv
};

// How a trigger word is used in its sentence.
enum class Use {
  Predicate,  // 방문했다, 찾아, 불참한다, 체결했고: fires
  Object,     // 계약을 (체결): fires only through a support verb
  Subject,    // 회담이 (열렸다): fires only through a subj verb
  Dative,     // 투자에 (나섰다)
  Bare,       // 계약 (체결), or a nominal predicate at the end of a headline
  Oblique,    // 주주총회에서, 회의의: fires only when a subj verb right before names it (열린 주주총회에서)
};

struct Hit {
  std::size_t token = 0;       // index of the word where the surface ends
  std::size_t first_token = 0; // index of the word where the surface starts (differs for 지분 인수)
  std::size_t begin = 0;       // byte offsets of the surface in the sentence
  std::size_t end = 0;
  std::string_view rest;       // what follows the surface inside its word ("했다", "을", "")
  const TriggerEntry* entry = nullptr;
  Use use = Use::Predicate;
};

class Lexicon {
 public:
  // The built-in table engine/event/data/triggers.tsv.
  static const Lexicon& builtin();
  // Parses a trigger table; errors name the line.
  static Result<Lexicon> parse(std::string_view tsv, std::string_view file_name);
  // Trigger words of a tokenized sentence, left to right, longest surface first, non-overlapping.
  std::vector<Hit> find(std::string_view sentence, const std::vector<Token>& tokens) const;
  // The same hits found as before the per-syllable table: the bucket of every candidate position looked up in
  // the hash map by its first character, the compound test made first. The reference of tests/event/lexicon_test.cpp.
  std::vector<Hit> find_by_hash(std::string_view sentence, const std::vector<Token>& tokens) const;
  const std::vector<TriggerEntry>& entries() const { return entries_; }

 private:
  // (a template on the search: the per-syllable search has no run-time test of which search it is per character)
  template <bool ByHash>
  std::vector<Hit> find_impl(std::string_view sentence, const std::vector<Token>& tokens) const;
  std::vector<TriggerEntry> entries_;
  // Entry indices by the surface's first character (UTF-8 bytes), longest surface first.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_;
  // by_first_'s buckets of the Hangul syllables: by_syllable_[c - U+AC00] is 0 when no surface starts with c,
  // else k, and syllable_buckets_[k - 1] is c's bucket.
  std::vector<std::uint16_t> by_syllable_;
  std::vector<std::vector<std::size_t>> syllable_buckets_;
  // Per entry, what the search tests at every candidate position: the surface's length without a final '=',
  // whether it had one (the surface is the whole word), whether it is a verb, and its first 8 bytes (zeros after
  // a shorter surface; the mask keeps the bytes it has).
  struct Compact {
    std::size_t size = 0;
    std::uint64_t prefix8 = 0, mask8 = 0;
    bool whole = false, verb = false;
  };
  std::vector<Compact> compact_;
};

// ---------------------------------------------------------------- clauses (clauses.cpp)
enum class ClauseEnd {
  Final,        // the sentence ends
  Connective,   // -고, -며, -면서, -해/-아/-어 before another predicate, -거나
  Contrast,     // -지만, -는데, -으나: the next clause often changes subject
  Quote,        // -다고/-라고/-다며: the clause is the content of a report
  Conditional,  // -면, -다면: hypothetical
  Complement,   // -기로/-키로 (a decision or promise about the clause)
};

struct Clause {
  std::size_t first = 0;  // first token index
  std::size_t last = 0;   // last token index (inclusive)
  ClauseEnd end = ClauseEnd::Final;
};

// The word without its quote marks (" ' “ ” ‘ ’): `w` itself when it has none, else a copy without them in
// `storage`. (Replaced a copy made for every word; tests/event/clauses_test.cpp compares it with without_quotes.)
std::string_view unquoted(std::string_view w, std::string& storage);
// No byte of a quote mark in w (ASCII ' and ", the lead byte 0xE2 of U+2018/2019/201C/201D), eight bytes at a
// time (core/bytes.hpp); no_quote_bytes_by_char is the byte loop it replaced (tests compare the two). The bytes
// after the last full eight are the last eight of the word (read again, overlapping); a word of 4 to 7 bytes is
// its first and last four. (Inline, loads of fixed sizes: tokenize, strip_quotes and plain ask it of every word.)
inline bool no_quote_bytes(std::string_view w) {
  auto quote_free = [](std::uint64_t x) {
    return !bytes::any_equal(x, 0x22) && !bytes::any_equal(x, 0x27) && !bytes::any_equal(x, 0xE2);
  };
  const char* p = w.data();
  const std::size_t n = w.size();
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 <= n; i += 8)
      if (!quote_free(bytes::load8(p + i))) return false;
    return quote_free(bytes::load8(p + n - 8));
  }
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return quote_free(std::uint64_t{lo} | (std::uint64_t{hi} << 32));
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == '"' || c == '\'' || c == 0xE2) return false;
  }
  return true;
}
bool no_quote_bytes_by_char(std::string_view w);
std::string without_quotes(std::string_view w);
// Connective ending of a word, if it closes a clause (the next word matters for -고 있다, -해 온).
std::optional<ClauseEnd> clause_ending(std::string_view word, std::string_view next_word);
// The same for a word without quote marks whose predicate reading is known (a token's own: token.morph.predicate).
std::optional<ClauseEnd> clause_ending_of(std::string_view word, const morph::Predicate& p, std::string_view next_word);
std::vector<Clause> split_clauses(const std::vector<Token>& tokens, const std::vector<Hit>& hits);
// Index of the clause holding token t.
std::size_t clause_of(const std::vector<Clause>& clauses, std::size_t t);

// ---------------------------------------------------------------- generic events (generic.cpp)
// A clause-final action predicate outside the trigger lexicon (검거했다, 숨졌다): its lemma ("검거하다"), how
// many bytes of the word its stem takes (the rest is the ending), and whether the stem is a verbal noun.
struct GenericPredicate {
  std::string lemma;
  std::size_t surface = 0;
  Form form = Form::Noun;
  bool patient = false;  // a passive (되다) or a verb listed `passive`: its subject is no actor
};
// The number of Hangul syllables of `s`, or 0 when anything else is in it ("검거" 2, "AI" 0).
std::size_t hangul_syllables(std::string_view s);
// `t` is the last word of a clause ending as `end`; nullopt unless it reports an action (predicates.tsv).
// `light_word`: t is a light verb of the lexicon that did not fire (컨설팅을 진행했다, 훈련을 실시했다), read as
// the generic action it reports. `framed`: t is the past modifier before a finding frame (제작한 것으로 조사됐다),
// read as the action the frame reports. `planned`: t is the future modifier before a plan noun that ends the clause
// (진행할 예정이다, 점검할 계획이다), read as the planned action.
std::optional<GenericPredicate> generic_predicate(const Token& t, ClauseEnd end, bool light_word = false,
                                                  bool framed = false, bool planned = false);

// ---------------------------------------------------------------- arguments (arguments.cpp)
struct Entity {
  std::string name;         // canonical
  std::string affiliation;  // canonical organisation from an apposition
  std::string role;         // CEO, 회장 …
  bool pronoun = false;     // 그, 이들, 그녀: to be resolved from the discourse
};

// Builds an entity from a noun phrase given as words (particles already removed from the last):
// [name…] [affiliation…] [title] | [affiliation] [title] [name…] | [name…].
Entity entity_from_words(const std::vector<std::string_view>& words);
// The head of 공개's object names something disclosed (보고서, 사진, 명단: word class `disclosed`), not a product.
bool disclosed_object(std::string_view head);
// True for a title word ("회장", "최고경영자(CEO)", "CEO", "강릉시장"); sets role.
bool is_title(std::string_view word, std::string* role = nullptr);
// A Korean personal name: three Hangul syllables starting with a common surname (정신아, 이준표).
bool person_name(std::string_view word);
// One Hangul syllable that is a common surname (김, 이, 박 …): the short form "김 위원장".
bool surname_word(std::string_view word);
// The same by the scan person_name replaced (every syllable decoded, the surname searched in the list): the
// reference of tests/event/arguments_test.cpp.
bool person_name_by_scan(std::string_view word);
// A word that ends a noun phrase when walking back from a particle (또, 지난해, 대해): event/data/stopwords.tsv.
bool is_stop(std::string_view w);
// "준비했다", "인증한다", "막겠다": a finite predicate (past, -는다, 하다/되다, -겠- + 다); before 는 it is the
// quoting modifier -다는, never a topic. Not 헝다, 페르난다 (a bare stem + 다, a fused -ㄴ다).
bool finite_predicate(std::string_view w);
// A word that can sit inside a noun phrase before its head (no particle, no verbal ending); `allow_quoted` lets a
// word inside single quotes in. Memoised per thread by the word (dropped when the aliases change), past the
// token's flags; np_word_uncached computes it every time (the reference of tests/event/arguments_test.cpp).
bool np_word(const Token& t, bool allow_quoted);
bool np_word_uncached(const Token& t, bool allow_quoted);
// A word in modifier (관형형) form that opens a relative clause: 발견된, 맺은, 설립한, 찾던.
bool modifier_word(std::string_view word);
// The same for a token's word, from the token's own analysis (tokenize analysed it once).
bool modifier_word(const Token& t);

struct Arguments {
  std::optional<Entity> actor;
  bool actor_is_topic = false;             // marked with 은/는 (or 측은)
  std::size_t actor_token = 0;
  std::vector<std::string> participants;   // canonical, in order, without the actor
  std::string location;
  std::string object;
  std::string object_head;                 // last word of the object noun phrase (without particle)
  std::string amount;
  bool passive = false;                    // 취소됐다: the subject is what was done, not who did it
  bool event_subject = false;              // 사고가 발생했다: the subject is what happened; no one acts
};

// Arguments of the trigger `hit` inside clause `ci` (and, for the actor, earlier clauses of the sentence).
Arguments find_arguments(std::string_view sentence, const std::vector<Token>& tokens,
                         const std::vector<Clause>& clauses, std::size_t ci, const Hit& hit);
// The first topic (은/는) noun phrase of the sentence that names an entity (known alias or titled).
// `initial` (optional) is set when the phrase opens the sentence (after time words and adverbs only).
std::optional<Entity> sentence_topic(std::string_view sentence, const std::vector<Token>& tokens,
                                     bool* initial = nullptr);

// The rules' string helpers: the word without quote marks (' " ‘ ’ “ ”), the text without "(…)" groups and with
// its spaces collapsed (`gloss`, when given and empty, gets the first group's content), both in arguments.cpp;
// the word without ASCII quotes (polarity.cpp). Each copies a word that has nothing to remove in one piece; the
// `_by_char` forms are the character-by-character loops they replaced (tests/event/arguments_test.cpp).
std::string strip_quotes(std::string_view w);
std::string strip_quotes_by_char(std::string_view w);
std::string strip_parens(std::string_view s, std::string* gloss = nullptr);
std::string strip_parens_by_char(std::string_view s, std::string* gloss = nullptr);
std::string plain(std::string_view w);
std::string plain_by_char(std::string_view w);

// ---------------------------------------------------------------- polarity (polarity.cpp)
struct Mood {
  Polarity polarity = Polarity::Positive;
  Modality modality = Modality::Actual;
  bool planned_cue = false;    // 예정, 계획, ~기로, ~ㄹ 것, ~겠
  bool nonpast = false;        // the predicate is in the news present (-ㄴ다/-는다): scheduled future
  bool modifier = false;       // 관형형 modifying a content noun (체결한 협약): a mention, not a predicate
  bool embedded_plan = false;  // 방문할 예정이던 X: a plan described inside another predicate (never an event)
  bool reported = false;       // ~다고 밝혔다, ~로 알려졌다, ~에 따르면
};
// Reads the trigger's own ending, the rest of its clause and the sentence around it.
Mood analyse_mood(const std::vector<Token>& tokens, const std::vector<Clause>& clauses, std::size_t ci,
                  const Hit& hit);

// ---------------------------------------------------------------- timing (timing.cpp)
struct Governor {
  const time::TimeExpr* expr = nullptr;  // nullptr: nothing governs (publication date)
  TimeSource source = TimeSource::Publication;
  bool in_clause = false;  // the expression stands in the trigger's own clause
};
// `exprs` are the sentence's expressions with offsets relative to the sentence.
// `publication` (when known) bounds what a report can be dated by: never after it.
Governor governing_time(const std::vector<time::TimeExpr>& exprs, const std::vector<Token>& tokens,
                        const std::vector<Clause>& clauses, std::size_t ci, const Hit& hit,
                        std::optional<date::sys_days> publication = std::nullopt);
// Fills when/grain/mod/fuzzy/timex/time_text/time_source from the governor (or the publication date).
void apply_time(Event& e, const Governor& g, date::year_month_day publication_date);
// True for expressions that can date an event (not durations, sets or unresolved vague words).
bool can_date(const time::TimeExpr& e);

}  // namespace yp::event::detail
