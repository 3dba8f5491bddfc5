// Morphology: one word (어절) -> its stem and its particle chain or ending chain, with Sejong tags and typed
// features, read from the closed inventories in engine/morph/data/*.tsv. Covered by tests/morph/*_test.cpp.
//
// Usage:
//   auto a = yp::morph::analyse("서울에서는");
//   a.nominal.stem == "서울"; a.nominal.particle == "에서는";          // 에서/JKB + 는/JX
//   a.nominal.has(Case::Locative) && a.nominal.has(Case::Topic);
//   auto b = yp::morph::analyse("밝혔다고");
//   b.predicate.tense == Tense::Past; b.predicate.connective == Connective::Quote;
//   b.predicate.stem_text() == "밝히";                                    // 혔 = 히 + ㅆ (fused past)
//
// A word is analysed once, without allocation: every view points into the word or into the embedded tables.
// Both readings are kept, because a word alone often cannot decide (하는 is 하 + ETM 는 or 하 + topic 는):
// `nominal` (noun + particles) and `predicate` (stem + endings). `prefers_predicate()` says which one the
// word's form favours; the sentence decides the rest. docs/morphology.md describes the tables and the trie.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace yp::morph {

// Sejong part-of-speech tags of the closed classes.
enum class Tag : std::uint8_t {
  None,
  JKS, JKC, JKG, JKO, JKB, JKV, JKQ, JX, JC,  // particles: subject, complement, genitive, object, adverbial,
                                              // vocative, quotative, auxiliary (은/는/도/만), conjunctive
  EP, EF, EC, ETM, ETN,                       // endings: pre-final, final, connective, adnominal, nominaliser
  XSV, XSA,                                   // verb- and adjective-deriving suffixes (하다, 되다, 시키다)
};
std::string_view tag_name(Tag t);

// Features of a particle chain (bits).
enum class Case : std::uint32_t {
  Subject = 1u << 0, Topic = 1u << 1, Object = 1u << 2, Dative = 1u << 3, Locative = 1u << 4,
  Source = 1u << 5, Instrumental = 1u << 6, Comitative = 1u << 7, Genitive = 1u << 8, Also = 1u << 9,
  Only = 1u << 10, Quotative = 1u << 11, Until = 1u << 12, From = 1u << 13, As = 1u << 14, Or = 1u << 15,
  Honorific = 1u << 16,
};

// One particle or ending as the table spells it ("에서", "ㄴ다", "ㅆ").
struct Morph {
  std::string_view surface;
  Tag tag = Tag::None;
};

// The word read as a noun followed by a particle chain.
struct Nominal {
  std::string_view stem;      // the word without its particles (the whole word when it has none)
  std::string_view particle;  // the chain as written ("에서는"), "" when none
  std::array<Morph, 2> parts{};
  std::uint8_t count = 0;     // number of parts
  std::uint32_t cases = 0;    // Case bits

  bool empty() const { return particle.empty(); }
  bool has(Case c) const { return (cases & static_cast<std::uint32_t>(c)) != 0; }
  // The chain is one plain particle of this case (은/는 for Topic; 께서 is no plain Subject).
  bool only(Case c) const {
    return count == 1 && (cases & ~static_cast<std::uint32_t>(c)) == 0 && has(c);
  }
};

enum class Tense : std::uint8_t { None, Past, Present, Future };
enum class Mood : std::uint8_t { None, Declarative, Interrogative, Imperative, Propositive };
enum class Connective : std::uint8_t {
  None,
  And,         // -고
  While,       // -며, -면서
  Contrast,    // -지만, -는데, -으나
  Conditional, // -면, -다면, -라면
  Cause,       // (reserved: -아서, -니까)
  Or,          // -거나
  Purpose,     // -려고
  When,        // -자 (as soon as)
  Serial,      // -해, -해서, -하여, -돼, -되어: 하/되 + -아/어
  Quote,       // -다고, -라고, -냐고, -자고, -다며, -다면서
  Complement,  // -기로, -키로
  Negative,    // -지 (before 않다, 못하다)
};
enum class Adnominal : std::uint8_t { None, Past, Present, Future, Retrospective };  // -ㄴ/은, -는, -ㄹ/을, -던

// The word read as a predicate: stem + (XSV/XSA) + (EP…) + final ending.
struct Predicate {
  // Bytes of the word before the ending chain. When `fused`, the chain's first row is a jamo (ㄴ, ㄹ, ㅁ, ㅆ…)
  // carried by the word's syllable just after `stem`; the stem proper ends with that syllable without its final
  // consonant, `fused_syllable` (한다: stem "", fused_syllable 하; 열릴: stem "열", fused_syllable 리). After a
  // fused past ㅆ the contracted vowel is undone: 렸 -> 리, 봤 -> 보, 줬 -> 주 (폈 -> 피 is the known miss).
  std::string_view stem;
  std::string_view ending;     // the rest of the word as written (한다 -> "한다", 참석하지 -> "하지")
  bool fused = false;
  char32_t fused_syllable = 0;
  std::array<Morph, 5> parts{};  // left to right: XSV, EP…, final
  std::uint8_t count = 0;
  Tense tense = Tense::None;
  Mood mood = Mood::None;
  Connective connective = Connective::None;
  Adnominal adnominal = Adnominal::None;
  bool declarative_final = false;  // the final row ends in 다, 다고 or 다며 (했다, 한다고, 밝혔다며)
  bool news_present = false;       // -ㄴ다/-는다 (+고/며): the news present, a scheduled future
  bool nominaliser = false;        // -기, -음, -기로
  bool derived = false;            // 하다/되다/시키다 (XSV)
  bool passive = false;            // 되다
  bool honorific = false;          // -시-
  bool negation = false;           // the stem is a negation auxiliary: 않았다, 못했다, 없다

  bool empty() const { return count == 0; }
  Tag final_tag() const { return count ? parts[count - 1].tag : Tag::None; }
  // The stem with its fused syllable (allocates: for tests and messages).
  std::string stem_text() const;
};

struct Analysis {
  std::string_view word;
  Nominal nominal;
  Predicate predicate;
  // The word's form favours the predicate reading: it carries a pre-final ending or a deriving suffix (했다,
  // 발표한, 체결하기로), or a full-syllable ending longer than its particle chain (찾는다, 맺고). A lone fused
  // ㄴ/ㄹ/ㅁ (서울, 한국인) is not enough.
  bool prefers_predicate() const;
};

// Analyses one space-delimited word (no surrounding punctuation). Never allocates.
Analysis analyse(std::string_view word);
// The same, into an existing Analysis (every field written): tokens are built in place, without a copy.
void analyse_into(Analysis& a, std::string_view word);
// Only the particle reading (the cheaper half of `analyse`).
Nominal analyse_nominal(std::string_view word);
// Only the predicate reading.
Predicate analyse_predicate(std::string_view word);

// A verb or adjective stem of two or more syllables that is no noun, from Debian's hunspell-ko (the table
// morph/data/verb_stems.tsv derived at build time): 흘러가, 즐기, 기리, 만드 (만들다 before -는). Before 는 such a
// stem carries the adnominal ending (흘러가는 경우), not the topic particle; 정부, 바다 are nouns and are not listed.
bool verb_stem(std::string_view stem);
// A word of two or more syllables that is such a stem with the adnominal ending fused into its last syllable:
// 마신, 보낸, 흘러간 (-ㄴ, Past) and 마실, 즐길 (-ㄹ, Future); None for anything else, and for the forms the
// dictionary lists as nouns (부친, 자신, 달인, 매일: morph/data/noun_adnominals.tsv, derived with verb_stems.tsv).
// A word with a particle reading is the caller's to weigh (이를 is 이 + 를 far more often than 이르 + ㄹ).
Adnominal dictionary_adnominal(std::string_view word);

// Lexical rules of engine/morph/data/lexical.tsv.
// Source is the part of Postposition that names a report's source (에 따르면, 에 의하면).
enum class Lexical : std::uint8_t { Word, Noun, DoNoun, DoProvince, SsStem, NegAux, Postposition, Source };
bool is_lexical(std::string_view word, Lexical rule);

// Hangul arithmetic (U+AC00 + (L*21+V)*28+T).
namespace hangul {
// (inline: the ending search asks them of every character it steps over; out of line they were calls)
inline constexpr char32_t kFirstSyllable = 0xAC00, kLastSyllable = 0xD7A3;
// Final consonant T (1…27) as a compatibility jamo (U+3131…).
inline constexpr char32_t kFinalJamo[28] = {0,      0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313A,
                                            0x313B, 0x313C, 0x313D, 0x313E, 0x313F, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145,
                                            0x3146, 0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
inline bool is_syllable(char32_t c) { return c >= kFirstSyllable && c <= kLastSyllable; }
// T: 0 none, 4 ㄴ, 8 ㄹ, 16 ㅁ, 17 ㅂ, 20 ㅆ …; -1 if not a syllable
inline int final_index(char32_t c) { return is_syllable(c) ? static_cast<int>((c - kFirstSyllable) % 28) : -1; }
// the syllable without its final consonant (했 -> 해)
inline char32_t open(char32_t c) { return is_syllable(c) ? c - (c - kFirstSyllable) % 28 : c; }
// the final as a compatibility jamo (했 -> ㅆ), 0 when none
inline char32_t final_jamo(char32_t c) { return is_syllable(c) ? kFinalJamo[(c - kFirstSyllable) % 28] : 0; }
// (inline: the analyser and the event rules decode every word with them)
// (the lead byte gives the length; a sequence cut by the end of s, or a byte that leads none, is that one byte;
// each length is assembled without a loop — decode_by_loop is the loop it replaced, tests compare the two)
inline char32_t decode(std::string_view s, std::size_t pos, std::size_t* len) {
  const auto b = static_cast<unsigned char>(s[pos]);
  auto at = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i]) & 0x3F); };
  std::size_t n = b < 0x80 ? 1 : (b >> 4) == 0xE ? 3 : (b >> 5) == 0x6 ? 2 : (b >> 3) == 0x1E ? 4 : 1;
  if (pos + n > s.size()) n = 1;
  if (len) *len = n;
  switch (n) {
    case 3: return (static_cast<char32_t>(b & 0x0F) << 12) | (at(1) << 6) | at(2);
    case 2: return (static_cast<char32_t>(b & 0x1F) << 6) | at(1);
    case 4: return (static_cast<char32_t>(b & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
    default: return b;
  }
}
// last_char without its three-byte shortcut (tests compare the two).
inline char32_t last_char_by_walk(std::string_view s, std::size_t* len = nullptr);
inline char32_t decode_by_loop(std::string_view s, std::size_t pos, std::size_t* len) {
  auto b = static_cast<unsigned char>(s[pos]);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (pos + n > s.size()) n = 1;
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t i = 1; i < n; ++i) c = (c << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  if (len) *len = n;
  return c;
}

[[gnu::always_inline]] inline char32_t last_char(std::string_view s, std::size_t* len = nullptr) {
  // a three-byte character at the end (every Hangul syllable): read directly, as the walk back below would
  if (s.size() >= 3) {
    const auto a = static_cast<unsigned char>(s[s.size() - 3]), b = static_cast<unsigned char>(s[s.size() - 2]),
               c = static_cast<unsigned char>(s[s.size() - 1]);
    if ((a >> 4) == 0xE && (b & 0xC0) == 0x80 && (c & 0xC0) == 0x80) {
      if (len) *len = 3;
      return (static_cast<char32_t>(a & 0x0F) << 12) | (static_cast<char32_t>(b & 0x3F) << 6) | (c & 0x3F);
    }
  }
  return last_char_by_walk(s, len);
}
inline char32_t last_char_by_walk(std::string_view s, std::size_t* len) {
  if (s.empty()) {
    if (len) *len = 0;
    return 0;
  }
  std::size_t p = s.size() - 1;
  while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  if (len) *len = s.size() - p;
  return decode(s, p, nullptr);
}
void append_utf8(std::string& out, char32_t c);
}  // namespace hangul

}  // namespace yp::morph
