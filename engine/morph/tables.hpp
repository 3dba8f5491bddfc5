// Internal: the morph tables (engine/morph/data/*.tsv) parsed once into rows and reversed-suffix tries.
// Not part of the public API. Covered by tests/morph/tables_test.cpp.
#pragma once

#include "morph/morph.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace yp::morph::detail {

// What the syllable before a row must be.
struct Condition {
  enum Kind : std::uint8_t { Any, Consonant, Vowel, Set } kind = Any;
  std::u32string set;  // syllables, and jamo standing for "any syllable with this final"
  // `c` is the code point before the row (0 when none). Non-Hangul code points satisfy Any/Consonant/Vowel.
  // (the three kinds without a set inline: the ending search asks one per row it reaches; a set out of line)
  bool accepts(char32_t c) const {
    switch (kind) {
      case Any: return true;
      case Consonant: return !hangul::is_syllable(c) || hangul::final_index(c) > 0;
      case Vowel: return !hangul::is_syllable(c) || hangul::final_index(c) == 0;
      case Set: return accepts_set(c);
    }
    return false;
  }
  bool accepts_set(char32_t c) const;
};

struct ParticleRow {
  std::string_view surface;  // the field as written (segments joined by '+')
  std::array<Morph, 2> parts{};
  std::uint8_t count = 0;
  std::uint32_t cases = 0;
  Condition after;
  bool is_do = false;  // the row is the single particle 도
  std::size_t line = 0;
};

enum class Slot : std::uint8_t { Final, PreFinal, Deriving };

struct EndingRow {
  std::array<Morph, 2> parts{};
  std::uint8_t count = 0;
  Slot slot = Slot::Final;
  bool leading_jamo = false;
  Tense tense = Tense::None;
  Mood mood = Mood::None;
  Connective connective = Connective::None;
  Adnominal adnominal = Adnominal::None;
  bool nominal = false, honorific = false, passive = false, causative = false, derived = false;
  bool declarative_final = false;
  Condition after;
  std::size_t line = 0;
};

// A trie over code points, keyed from the end of a surface (the last character is the first edge).
class ReverseTrie {
 public:
  struct Node {
    std::vector<std::pair<char32_t, std::uint32_t>> next;
    std::vector<std::uint16_t> rows;
    // A node with more than 8 children (the roots: every last character of an ending or particle) also keeps them
    // in an open-addressing table of (character + 1, child) pairs, 0 for an empty slot, at most a quarter full.
    std::vector<std::pair<char32_t, std::uint32_t>> table;
    unsigned shift = 0;  // 32 - log2(table.size())
  };
  void add(std::u32string_view surface, std::uint16_t row);
  // The child of node `n` by `c`, or nullptr: a narrow node's children are compared in turn, a wide node's looked
  // up in its table (the analyser steps from the root at every word: a search by halves cost ≈ 50 instructions).
  const Node* step(const Node* n, char32_t c) const {
    const auto& nx = n->next;
    if (nx.size() <= 8) {
      for (const auto& [k, id] : nx)
        if (k == c) return &nodes_[id];
      return nullptr;
    }
    const auto& tb = n->table;
    const std::size_t mask = tb.size() - 1;
    for (std::size_t h = slot(c, n->shift);; h = (h + 1) & mask) {
      const auto& [k, id] = tb[h];
      if (k == c + 1) return &nodes_[id];
      if (k == 0) return nullptr;
    }
  }
  // The same by a search by halves of the sorted children (what step did before the tables; tests compare them).
  const Node* step_by_search(const Node* n, char32_t c) const {
    const auto& nx = n->next;
    auto f = std::lower_bound(nx.begin(), nx.end(), c, [](const auto& e, char32_t x) { return e.first < x; });
    return f != nx.end() && f->first == c ? &nodes_[f->second] : nullptr;
  }
  const Node* root() const { return &nodes_[0]; }
  const Node* node(std::size_t i) const { return &nodes_[i]; }
  std::size_t size() const { return nodes_.size(); }

 private:
  static std::size_t slot(char32_t c, unsigned shift) { return (static_cast<std::uint32_t>(c) * 2654435761u) >> shift; }
  static void build_table(Node& n);
  std::vector<Node> nodes_{1};
};

// A set of words (views into the embedded tables) with a filter in front: a 512-bit set over each word's length and
// first and last bytes. A word whose bit is clear is in no entry's place, so it is refused without hashing; the
// rest are looked up in the hash set. (The clause splitter asks every word whether it is a postposition.)
class WordSet {
 public:
  void insert(std::string_view w) {
    set_.insert(w);
    const unsigned k = key(w);
    bits_[k >> 6] |= std::uint64_t{1} << (k & 63);
  }
  std::size_t count(std::string_view w) const {
    const unsigned k = key(w);
    if (((bits_[k >> 6] >> (k & 63)) & 1) == 0) return 0;
    return set_.count(w);
  }
  std::size_t size() const { return set_.size(); }
  bool empty() const { return set_.empty(); }

 private:
  static unsigned key(std::string_view w) {
    if (w.empty()) return 0;
    const auto first = static_cast<unsigned char>(w.front()), last = static_cast<unsigned char>(w.back());
    return (static_cast<unsigned>(w.size()) * 61u + first * 7u + last * 131u) & 511u;
  }
  std::unordered_set<std::string_view> set_;
  std::array<std::uint64_t, 8> bits_{};
};

struct Tables {
  std::vector<ParticleRow> particles;
  ReverseTrie particle_trie;
  std::vector<EndingRow> endings;
  ReverseTrie ending_trie;
  WordSet words, nouns, postpositions, sources, neg_aux;
  std::vector<std::string_view> do_nouns, do_provinces;
  std::u32string ss_stems;  // one-syllable stems whose ㅆ is their own
  std::vector<std::string> errors;  // malformed rows (the tables test requires none)
};

// The built-in tables, parsed on first use (build_tables; inline, so that the analyser's per-word calls cost a guard
// test, not a call).
const Tables& build_tables();
inline const Tables& tables() {
  static const Tables& t = build_tables();
  return t;
}
// Parses the given TSV texts (for tests of malformed rows).
Tables parse_tables(std::string_view particles, std::string_view endings, std::string_view lexical);
// `analyse` with each reading built apart and copied in (tests compare analyse_into, which builds in place, with it).
Analysis analyse_uncached(std::string_view word);

}  // namespace yp::morph::detail
