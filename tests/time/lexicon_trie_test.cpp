// Tests for the trie lookups of engine/time/lexicon.hpp (longest, longest_of): the same entry as the hash
// lookups they replaced (longest_by_hash, longest_of_by_hash) at every byte of the corpus sentences and of
// made-up strings, and plain matches and non-matches.
#include "time/lexicon.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

using yp::time::lex::Kind;
using yp::time::lex::lexicon;

namespace {
std::vector<std::string> corpus_texts() {
  std::vector<std::string> out;
  for (const char* name : {"time_ko.tsv", "time_ko_negatives.tsv", "events_ko.tsv"}) {
    std::ifstream in(std::string(YP_CORPUS_DIR) + "/" + name);
    std::string line;
    while (std::getline(in, line))
      if (!line.empty() && line[0] != '#') out.push_back(line);  // whole lines: tabs, dates, Korean, ASCII
  }
  return out;
}
}  // namespace

TEST_CASE("time lexicon trie: matches and non-matches", "[lexicon-trie]") {
  const auto& L = lexicon();
  const auto* e = L.longest("지난달 말", 0);
  REQUIRE(e != nullptr);
  CHECK(e->surface == "지난달");
  CHECK(L.longest("", 0) == nullptr);
  CHECK(L.longest("abc", 5) == nullptr);  // past the end
  CHECK(L.longest("xyz", 0) == nullptr);
  // a surface must end on a character boundary: 지 alone is no entry, and bytes of a syllable never match
  CHECK(L.longest("\xEC\xA7", 0) == nullptr);
  const auto* u = L.longest_of("3일부터", 1, Kind::Unit);
  REQUIRE(u != nullptr);
  CHECK(u->surface == "일");
  CHECK(L.longest_of("3일부터", 1, Kind::Weekday) == nullptr);
}

TEST_CASE("time lexicon trie: the same entries as the hash lookups at every byte of the corpora", "[lexicon-trie]") {
  const auto& L = lexicon();
  std::size_t compared = 0, found = 0, differ = 0;
  auto texts = corpus_texts();
  texts.push_back("오는 28일부터 31일까지 이달 초 지난주 금요일 올여름 9~10월 상반기 연말 매주 오전 10시 하루 이틀 설 연휴");
  for (const auto& t : texts) {
    for (std::size_t pos = 0; pos <= t.size(); ++pos) {
      const auto* a = L.longest(t, pos);
      const auto* b = L.longest_by_hash(t, pos);
      ++compared;
      if (a) ++found;
      if (a != b) ++differ;
      for (int k = static_cast<int>(Kind::Unit); k <= static_cast<int>(Kind::Particle); ++k)
        if (L.longest_of(t, pos, static_cast<Kind>(k)) != L.longest_of_by_hash(t, pos, static_cast<Kind>(k))) ++differ;
    }
  }
  CHECK(differ == 0);
  CHECK(compared > 100000);
  CHECK(found > 10000);
}

TEST_CASE("time lexicon trie: the syllable table built by walking the trie equals a lookup of every syllable",
          "[lexicon-trie]") {
  const auto& L = lexicon();
  const auto by_lookup = L.syllable_nodes_by_lookup();
  REQUIRE(by_lookup.size() == 0xD7A3 - 0xAC00 + 1);
  CHECK(L.syllable_nodes() == by_lookup);
  std::size_t reached = 0;
  for (auto n : by_lookup) reached += n != UINT32_MAX;
  CHECK(reached > 50);  // 지, 작, 올, 내, 다, 전, 금, 오, …
  CHECK(L.begins_with_syllable(U'지'));
}
