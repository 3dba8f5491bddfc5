// The analyser: one word -> its particle reading and its predicate reading, matched from the end of the word
// against the reversed-suffix tries of engine/morph/tables.cpp. Covered by tests/morph/particles_test.cpp,
// tests/morph/endings_test.cpp and tests/morph/lexical_test.cpp.
#include "morph/tables.hpp"

#include "core/data.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace yp::morph {

using detail::EndingRow;
using detail::ParticleRow;
using detail::ReverseTrie;
using detail::Slot;
using detail::Tables;

std::string_view tag_name(Tag t) {
  static constexpr std::string_view kNames[] = {"",   "JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ", "JX",
                                                "JC", "EP",  "EF",  "EC",  "ETM", "ETN", "XSV", "XSA"};
  return kNames[static_cast<std::size_t>(t)];
}

namespace {
// A generated word table (morph/data/verb_stems.tsv, noun_adnominals.tsv: written in byte order from a std::set;
// sorted here only if it is not) as views into the embedded bytes, looked up by binary search: nothing to build
// at start-up beyond the list of views.
std::vector<std::string_view> sorted_words(std::string_view table) {
  std::vector<std::string_view> out = data::first_column(table);
  if (!std::is_sorted(out.begin(), out.end())) std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

bool verb_stem(std::string_view stem) {
  static const std::vector<std::string_view> stems = sorted_words("morph/data/verb_stems.tsv");
  return std::binary_search(stems.begin(), stems.end(), stem);
}

Adnominal dictionary_adnominal(std::string_view word) {
  static const std::vector<std::string_view> noun_forms = sorted_words("morph/data/noun_adnominals.tsv");
  std::size_t n = 0;
  const char32_t last = hangul::last_char(word, &n);
  if (n == 0 || n == word.size() || !hangul::is_syllable(last)) return Adnominal::None;
  const int final = hangul::final_index(last);
  if (final != 4 && final != 8) return Adnominal::None;  // ㄴ, ㄹ
  // the stem: the word with its last syllable opened (마신 -> 마시; a stem of up to five syllables stays in the
  // string's own buffer)
  std::string stem(word.substr(0, word.size() - n));
  hangul::append_utf8(stem, hangul::open(last));
  if (!verb_stem(stem) || std::binary_search(noun_forms.begin(), noun_forms.end(), word)) return Adnominal::None;
  return final == 4 ? Adnominal::Past : Adnominal::Future;
}

bool is_lexical(std::string_view word, Lexical rule) {
  const Tables& t = detail::tables();
  auto ends = [&](std::string_view x) { return word.size() >= x.size() && word.substr(word.size() - x.size()) == x; };
  switch (rule) {
    case Lexical::Word: return t.words.count(word) != 0;
    case Lexical::Noun: return t.nouns.count(word) != 0;
    case Lexical::Postposition: return t.postpositions.count(word) != 0;
    case Lexical::Source: return t.sources.count(word) != 0;
    case Lexical::NegAux: return t.neg_aux.count(word) != 0;
    case Lexical::DoNoun:
      for (auto n : t.do_nouns)
        if (ends(n)) return true;
      return false;
    case Lexical::DoProvince:
      // the name and one more syllable: 충북도
      for (auto p : t.do_provinces)
        if (word.size() == p.size() + 3 && word.substr(0, p.size()) == p) return true;
      return false;
    case Lexical::SsStem: {
      std::size_t n = 0;
      char32_t c = hangul::last_char(word, &n);
      return n == word.size() && t.ss_stems.find(c) != std::u32string::npos;
    }
  }
  return false;
}

// ------------------------------------------------------------------ particles

namespace {

// The stem's last code point for the sound test, past a closing quote or bracket (CEO)가, '서밋'에.
char32_t sound_char(std::string_view stem) {
  while (!stem.empty() && (stem.back() == '\'' || stem.back() == '"' || stem.back() == ')')) stem.remove_suffix(1);
  auto ends = [&](std::string_view x) { return stem.size() >= x.size() && stem.substr(stem.size() - x.size()) == x; };
  if (ends("\u2019") || ends("\u201D")) stem.remove_suffix(3);
  return hangul::last_char(stem);
}

// "국토교통부(장관)는", "(대표 서승환)는": after a parenthesis the particle sounds with the word before it (국토교통부
// → 는), which for one opened in an earlier word ("서승환)는") is not in sight: any sound is accepted there.
template <typename Row>
bool after_parenthesis(std::string_view stem, const Row& p) {
  if (stem.empty() || stem.back() != ')') return false;
  // the parenthesis the last ')' closes: opened in this word, or in an earlier one ("(대표 (이름))는": the
  // outer one; more ')' than '(' in the word)
  int depth = 0;
  for (std::size_t k = stem.size(); k-- > 0;) {
    if (stem[k] == ')') ++depth;
    else if (stem[k] == '(' && --depth == 0) return k > 0 && p.after.accepts(sound_char(stem.substr(0, k)));
  }
  return true;
}

}  // namespace

namespace {

// What the particle reading depends on: where the stem ends and which row is its particle (kNoRow: none).
constexpr std::uint16_t kNoRow = 0xFFFF;
struct NominalCore {
  std::size_t pos = 0;
  std::uint16_t row = kNoRow;
};

NominalCore nominal_core(const Tables& t, std::string_view word) {
  NominalCore none{word.size(), kNoRow};
  // Walk the word from its end; remember every row that ends here (at most one per length).
  struct Cand {
    std::size_t pos;
    std::uint16_t row;
  };
  std::array<Cand, 8> cands;  // (only the first n_cands are read: no zero fill)
  std::size_t n_cands = 0;
  const ReverseTrie::Node* node = t.particle_trie.root();
  std::size_t pos = word.size();
  while (pos > 0 && node) {
    std::size_t len = 0;
    char32_t c = hangul::last_char(word.substr(0, pos), &len);
    node = t.particle_trie.step(node, c);
    if (!node) break;
    pos -= len;
    for (auto r : node->rows)
      if (n_cands < cands.size()) cands[n_cands++] = {pos, r};
  }
  if (n_cands == 0) return none;
  if (t.words.count(word)) return none;  // 결과, 어린이: the whole word is a noun
  // A known noun before a shorter particle wins over a longer particle: 성과는 is 성과 + 는, not 성 + 과는
  // (학과가, 결과를 likewise).
  for (std::size_t i = 0; i < n_cands; ++i) {
    if (cands[i].pos == 0 || !t.words.count(word.substr(0, cands[i].pos))) continue;
    if (t.particles[cands[i].row].after.accepts(sound_char(word.substr(0, cands[i].pos))))
      return {cands[i].pos, cands[i].row};
  }
  // Longest first: the first that has a stem and fits its sound wins.
  for (std::size_t i = n_cands; i-- > 0;) {
    const ParticleRow& p = t.particles[cands[i].row];
    if (cands[i].pos == 0) continue;
    if (p.is_do && (is_lexical(word, Lexical::DoNoun) || is_lexical(word, Lexical::DoProvince))) continue;
    std::string_view stem = word.substr(0, cands[i].pos);
    if (!p.after.accepts(sound_char(stem)) && !after_parenthesis(stem, p)) continue;
    return {cands[i].pos, cands[i].row};
  }
  return none;
}

void build_nominal(const Tables& t, std::string_view word, const NominalCore& core, Nominal& out) {
  out = Nominal{};
  out.stem = word;
  if (core.row == kNoRow) return;
  const ParticleRow& p = t.particles[core.row];
  out.stem = word.substr(0, core.pos);
  out.particle = word.substr(core.pos);
  out.parts = p.parts;
  out.count = p.count;
  out.cases = p.cases;
}

Nominal build_nominal(const Tables& t, std::string_view word, const NominalCore& core) {
  Nominal out;
  build_nominal(t, word, core, out);
  return out;
}

}  // namespace


// ------------------------------------------------------------------ endings

namespace {

// Where the match stands: `pos` bytes of the word are left; `pending` is the open syllable left over after a
// fused jamo was taken from the syllable at `pos` (했 -> 해 + ㅆ), 0 when none.
struct Cursor {
  std::size_t pos = 0;
  char32_t pending = 0;
};

struct Chain {
  std::array<std::uint16_t, 5> rows{};  // right to left
  std::uint8_t count = 0;
  Cursor at;
  int score = -1;
};

class EndingMatcher {
 public:
  EndingMatcher(const Tables& t, std::string_view w) : t_(t), w_(w) {}

  Chain run() {
    Chain cur;
    cur.at = {w_.size(), 0};
    extend(cur, Slot::Final);
    return best_;
  }

 private:
  // The unit left of the cursor: the pending open syllable, or the code point before pos (0 at the start).
  char32_t unit(const Cursor& c, std::size_t* len) const {
    if (c.pending) {
      *len = 0;
      return c.pending;
    }
    if (c.pos == 0) {
      *len = 0;
      return 0;
    }
    return hangul::last_char(w_.substr(0, c.pos), len);
  }

  static bool fits(Slot want, Slot row) {
    if (want == Slot::Final) return row == Slot::Final;
    return row == Slot::PreFinal || row == Slot::Deriving;
  }

  void accept(Chain& cur, std::uint16_t r, const Cursor& at, Slot want) {
    const EndingRow& row = t_.endings[r];
    if (!fits(want, row.slot) || cur.count >= cur.rows.size()) return;
    std::size_t len = 0;
    if (!row.after.accepts(unit(at, &len))) return;
    Chain next = cur;
    next.rows[next.count++] = r;
    next.at = at;
    int score = 2 * static_cast<int>(w_.size() - at.pos) - (at.pending ? 3 : 0);
    if (score > best_.score || (score == best_.score && next.count < best_.count)) {
      best_ = next;
      best_.score = score;
    }
    if (row.slot != Slot::Deriving) extend(next, Slot::PreFinal);
  }

  // Matches one more row to the left of `cur.at`.
  void extend(Chain& cur, Slot want) {
    const ReverseTrie::Node* node = t_.ending_trie.root();
    Cursor at = cur.at;
    for (int steps = 0; steps < 8; ++steps) {
      std::size_t len = 0;
      char32_t u = unit(at, &len);
      if (u == 0) return;
      // A final consonant of a real syllable may be the row's leading jamo (한다: ㄴ + 다).
      if (!at.pending && hangul::final_index(u) > 0) {
        char32_t j = hangul::final_jamo(u);
        bool own = j == U'\u3146' && t_.ss_stems.find(u) != std::u32string::npos;  // 있: ㅆ is the stem's
        if (const auto* jn = own ? nullptr : t_.ending_trie.step(node, j))
          for (auto r : jn->rows) accept(cur, r, Cursor{at.pos - len, hangul::open(u)}, want);
      }
      node = t_.ending_trie.step(node, u);
      if (!node) return;
      at = at.pending ? Cursor{at.pos, 0} : Cursor{at.pos - len, 0};
      for (auto r : node->rows) accept(cur, r, at, want);
    }
  }

  const Tables& t_;
  std::string_view w_;
  Chain best_;
};

}  // namespace

namespace {

// What the predicate reading depends on: the chain of ending rows, whether the word is a listed noun, and whether
// the stem is a negation auxiliary.
struct PredicateCore {
  Chain chain;
  bool noun = false;
  bool negation = false;
};

PredicateCore predicate_core(const Tables& t, std::string_view word) {
  PredicateCore core;
  if (word.empty()) return core;
  core.chain = EndingMatcher(t, word).run();
  if (core.chain.count == 0) return core;
  // 김해, 동해: nouns that only end like a verb (lexical.tsv `noun`); asked only of words with a predicate reading
  if (!t.nouns.empty() && t.nouns.count(word) != 0) {
    core.noun = true;
    return core;
  }
  core.negation = !core.chain.at.pending && t.neg_aux.count(word.substr(0, core.chain.at.pos)) != 0;
  return core;
}

void build_predicate(const Tables& t, std::string_view word, const PredicateCore& core, Predicate& p) {
  p = Predicate{};
  p.stem = word;
  const Chain& ch = core.chain;
  if (word.empty() || ch.count == 0 || core.noun) return;
  p.stem = word.substr(0, ch.at.pos);
  p.ending = word.substr(ch.at.pos);
  if (ch.at.pending) {
    // The stem ends in the fused syllable: the bytes before it, and the open syllable.
    p.fused = true;
    p.fused_syllable = ch.at.pending;
    // Past ㅆ fused after a contracted vowel: 렸 = 리 + 었, 봤 = 보 + 았, 줬 = 주 + 었, 됐 = 되 + 었.
    const EndingRow& left = t.endings[ch.rows[ch.count - 1]];
    if (left.slot == Slot::PreFinal && left.tense == Tense::Past) {
      char32_t c = ch.at.pending;
      int v = static_cast<int>((c - 0xAC00) / 28 % 21), l = static_cast<int>((c - 0xAC00) / 28 / 21);
      int to = v == 6 ? 20 : v == 9 ? 8 : v == 14 ? 13 : v == 10 ? 11 : v;
      p.fused_syllable = static_cast<char32_t>(0xAC00 + (l * 21 + to) * 28);
    }
  }
  // rows are right to left; parts left to right
  bool past = false, future = false;
  for (std::size_t i = 0; i < ch.count; ++i) {
    const EndingRow& r = t.endings[ch.rows[ch.count - 1 - i]];
    for (std::size_t k = 0; k < r.count && p.count < p.parts.size(); ++k) p.parts[p.count++] = r.parts[k];
    past = past || (r.slot == Slot::PreFinal && r.tense == Tense::Past);
    future = future || (r.tense == Tense::Future);
    p.derived = p.derived || r.derived;
    p.passive = p.passive || r.passive;
    p.honorific = p.honorific || r.honorific;
  }
  const EndingRow& fin = t.endings[ch.rows[0]];
  p.tense = past ? Tense::Past : future ? Tense::Future : fin.tense;
  p.mood = fin.mood;
  p.connective = fin.connective;
  p.adnominal = fin.adnominal;
  p.nominaliser = fin.nominal;
  p.declarative_final = fin.declarative_final;
  p.news_present = fin.declarative_final && fin.tense == Tense::Present;
  p.negation = core.negation;
}

Predicate build_predicate(const Tables& t, std::string_view word, const PredicateCore& core) {
  Predicate p;
  build_predicate(t, word, core, p);
  return p;
}

}  // namespace


std::string Predicate::stem_text() const {
  std::string s(stem);
  if (fused) hangul::append_utf8(s, fused_syllable);
  return s;
}

bool Analysis::prefers_predicate() const {
  if (predicate.empty()) return false;
  for (std::size_t i = 0; i < predicate.count; ++i)
    if (predicate.parts[i].tag == Tag::EP || predicate.parts[i].tag == Tag::XSV) return true;
  // A lone fused ㄴ/ㄹ/ㅁ (서울, 한국인, 100억 원) is no evidence of a predicate.
  if (predicate.fused) return false;
  return predicate.ending.size() > nominal.particle.size();
}

namespace detail {

Analysis analyse_uncached(std::string_view word) {
  const Tables& t = detail::tables();
  Analysis a;
  a.word = word;
  a.nominal = build_nominal(t, word, nominal_core(t, word));
  a.predicate = build_predicate(t, word, predicate_core(t, word));
  return a;
}

}  // namespace detail

Nominal analyse_nominal(std::string_view word) {
  const Tables& t = detail::tables();
  Nominal out;
  build_nominal(t, word, nominal_core(t, word), out);
  return out;
}

Predicate analyse_predicate(std::string_view word) {
  const Tables& t = detail::tables();
  Predicate out;
  build_predicate(t, word, predicate_core(t, word), out);
  return out;
}

Analysis analyse(std::string_view word) {
  Analysis a;
  analyse_into(a, word);
  return a;
}

void analyse_into(Analysis& a, std::string_view word) {
  const Tables& t = detail::tables();
  a.word = word;
  build_nominal(t, word, nominal_core(t, word), a.nominal);
  build_predicate(t, word, predicate_core(t, word), a.predicate);
}

}  // namespace yp::morph
