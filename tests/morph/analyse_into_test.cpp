// morph::analyse_into builds a token's analysis in place (engine/morph/analyse.cpp); this compares it, and analyse,
// analyse_nominal and analyse_predicate, with detail::analyse_uncached on every word of the test corpora, samples/
// and edge cases; and the inline UTF-8 decoder and the filtered word sets with what they replaced.
#include "morph/morph.hpp"
#include "morph/tables.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>
#include <string>
#include <vector>

using namespace yp::morph;

namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool same_morph(const Morph& a, const Morph& b) { return a.surface == b.surface && a.tag == b.tag; }

// Views must point at the same bytes of the same word, not only spell the same.
bool same_view(std::string_view a, std::string_view b) { return a.data() == b.data() && a.size() == b.size(); }

bool same(const Analysis& a, const Analysis& b) {
  const Nominal &n = a.nominal, &m = b.nominal;
  if (!same_view(a.word, b.word) || !same_view(n.stem, m.stem) || !same_view(n.particle, m.particle) ||
      n.count != m.count || n.cases != m.cases)
    return false;
  for (std::size_t i = 0; i < n.parts.size(); ++i)
    if (!same_morph(n.parts[i], m.parts[i])) return false;
  const Predicate &p = a.predicate, &q = b.predicate;
  if (!same_view(p.stem, q.stem) || !same_view(p.ending, q.ending) || p.fused != q.fused ||
      p.fused_syllable != q.fused_syllable || p.count != q.count || p.tense != q.tense || p.mood != q.mood ||
      p.connective != q.connective || p.adnominal != q.adnominal || p.declarative_final != q.declarative_final ||
      p.news_present != q.news_present || p.nominaliser != q.nominaliser || p.derived != q.derived ||
      p.passive != q.passive || p.honorific != q.honorific || p.negation != q.negation)
    return false;
  for (std::size_t i = 0; i < p.parts.size(); ++i)
    if (!same_morph(p.parts[i], q.parts[i])) return false;
  return a.prefers_predicate() == b.prefers_predicate();
}

std::vector<std::string> words_of_texts() {
  std::string all;
  for (const char* dir : {YP_CORPUS_DIR, YP_SAMPLES_DIR})
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.is_regular_file()) all += slurp(e.path()) + "\n";
  std::vector<std::string> out;
  std::string cur;
  for (char c : all) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

}  // namespace

TEST_CASE("analyse and analyse_into equal the analysis built apart on every corpus word", "[morph][into]") {
  std::vector<std::string> words = words_of_texts();
  REQUIRE(words.size() > 10000);
  // edge cases: empty, the longest key and past it, ASCII, a lone fused syllable, invalid bytes
  for (const char* w : {"", "한", "했다", "a", "CEO", "\xFF\xFE", "가나다라마바사아자차", "가나다라마바사아자차카",
                        "가나다라마바사아자차카타파하", "김해", "않았다", "못했다", "있다", "없다", "경기도", "충북도"})
    words.emplace_back(w);
  std::size_t n = 0;
  for (int round = 0; round < 3; ++round)
    for (const std::string& w : words) {
      // a fresh copy each time: the views must point into the word passed
      const std::string copy = w;
      const Analysis direct = analyse(copy);
      const Analysis plain = detail::analyse_uncached(copy);
      if (!same(direct, plain)) FAIL("analyse differs for " << copy);
      // into an Analysis that holds another word's answer: every field is written
      Analysis into = detail::analyse_uncached(round % 2 ? "밝혔다고" : "서울에서는");
      analyse_into(into, copy);
      if (!same(into, plain)) FAIL("analyse_into differs for " << copy);
      // the two halves
      Analysis halves;
      halves.word = copy;
      halves.nominal = analyse_nominal(copy);
      halves.predicate = analyse_predicate(copy);
      if (!same(halves, plain)) FAIL("analyse_nominal/analyse_predicate differ for " << copy);
      ++n;
    }
  CHECK(n == 3 * words.size());
}

TEST_CASE("hangul::decode agrees with the loop it replaced on every byte string of up to three bytes and cut sequences",
          "[morph][into]") {
  std::size_t differ = 0, n = 0;
  auto check = [&](const std::string& s) {
    for (std::size_t pos = 0; pos < s.size(); ++pos) {
      std::size_t a = 0, b = 0;
      if (hangul::decode(s, pos, &a) != hangul::decode_by_loop(s, pos, &b) || a != b) ++differ;
      if (hangul::decode(s, pos, nullptr) != hangul::decode_by_loop(s, pos, nullptr)) ++differ;
      ++n;
    }
  };
  // every lead byte, followed by every byte (two-byte strings) and by a fixed continuation pair
  for (int x = 0; x < 256; ++x)
    for (int y = 0; y < 256; ++y) {
      check(std::string{static_cast<char>(x), static_cast<char>(y)});
      check(std::string{static_cast<char>(x), static_cast<char>(y), '\x80', '\xBF'});
      check(std::string{static_cast<char>(x), '\xA0', static_cast<char>(y), '\x81'});
    }
  CHECK(n > 500000);
  CHECK(differ == 0);
}

TEST_CASE("WordSet (a filter in front of a hash set) answers as the hash set", "[morph][into]") {
  const std::vector<std::string> words = words_of_texts();
  detail::WordSet ws;
  std::unordered_set<std::string_view> ref;
  for (std::size_t i = 0; i < words.size(); i += 97) {
    ws.insert(words[i]);
    ref.insert(words[i]);
  }
  ws.insert("");
  ref.insert("");
  std::size_t differ = 0, found = 0;
  for (const auto& w : words) {
    if (ws.count(w) != ref.count(w)) ++differ;
    found += ws.count(w);
  }
  CHECK(differ == 0);
  CHECK(found > 0);
  CHECK(ws.size() == ref.size());
}

TEST_CASE("hangul::last_char's three-byte shortcut agrees with the walk back on every ending of up to four bytes",
          "[morph][into]") {
  std::size_t differ = 0, n = 0;
  const unsigned char samples[] = {0x00, 0x41, 0x7F, 0x80, 0x9D, 0xBF, 0xC2, 0xDF, 0xE0, 0xEA, 0xED, 0xEF, 0xF0, 0xF4, 0xFF};
  for (unsigned char a : samples)
    for (unsigned char b : samples)
      for (unsigned char c : samples)
        for (unsigned char d : samples)
          for (std::size_t len = 0; len <= 4; ++len) {
            const char all[4] = {static_cast<char>(a), static_cast<char>(b), static_cast<char>(c), static_cast<char>(d)};
            const std::string s(all + (4 - len), len);
            std::size_t l1 = 9, l2 = 9;
            if (hangul::last_char(s, &l1) != hangul::last_char_by_walk(s, &l2) || l1 != l2) ++differ;
            ++n;
          }
  CHECK(n > 100000);
  CHECK(differ == 0);
}

TEST_CASE("ReverseTrie::step (wide nodes by table) equals the search by halves at every node of both tries",
          "[morph][into]") {
  const detail::Tables& t = detail::tables();
  std::size_t wide = 0, differ = 0, found = 0;
  for (const detail::ReverseTrie* trie : {&t.ending_trie, &t.particle_trie})
    for (std::size_t i = 0; i < trie->size(); ++i) {
      const auto* n = trie->node(i);
      wide += n->next.size() > 8;
      auto check = [&](char32_t c) {
        const auto* a = trie->step(n, c);
        if (a != trie->step_by_search(n, c)) ++differ;
        found += a != nullptr;
      };
      // every code point up to U+33FF (ASCII, jamo, punctuation), every Hangul syllable, and beyond
      for (char32_t c = 0; c < 0x3400; ++c) check(c);
      for (char32_t c = 0xAC00; c <= 0xD7A3; ++c) check(c);
      for (char32_t c : {U'\uFFFD', U'\U0001F600', char32_t{0x1FFFFF}, char32_t{0xFFFFFFFE}}) check(c);
    }
  CHECK(wide >= 2);  // the roots
  CHECK(differ == 0);
  CHECK(found > 100);
}

TEST_CASE("ReverseTrie tables stay right while a node grows past 8 children", "[morph][into]") {
  detail::ReverseTrie trie;
  std::u32string added;
  for (char32_t c = U'가'; added.size() < 300; c += 7) {
    trie.add(std::u32string(1, c), static_cast<std::uint16_t>(added.size()));
    added += c;
    for (char32_t q = U'가'; q < U'가' + 2200; ++q)
      if (trie.step(trie.root(), q) != trie.step_by_search(trie.root(), q)) FAIL("differs after " << added.size());
  }
  CHECK(trie.step(trie.root(), U'가') != nullptr);
  CHECK(trie.step(trie.root(), U'각') == nullptr);
}
