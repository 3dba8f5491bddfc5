// Tests for engine/time/name_trie.hpp: matches, non-matches, spaces in names, ties, and a cross-check of the
// holiday lookup against the table scan it replaced.
#include "time/holidays.hpp"
#include "time/name_trie.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using yp::time::NameTrie;

namespace {
// The scan find_holiday did before the trie: a space in a name matches zero or more spaces.
std::size_t match_name(std::string_view text, std::string_view name) {
  std::size_t t = 0;
  for (std::size_t n = 0; n < name.size(); ++n) {
    if (name[n] == ' ') {
      while (t < text.size() && text[t] == ' ') ++t;
      continue;
    }
    if (t >= text.size() || text[t] != name[n]) return 0;
    ++t;
  }
  return t;
}
}  // namespace

TEST_CASE("name trie: longest prefix, spaces match any run or none", "[name-trie]") {
  NameTrie t;
  t.insert("설", 0);
  t.insert("설날", 1);
  t.insert("추석", 2);
  t.insert("추석 연휴", 3);
  t.insert("근로자의 날", 4);
  CHECK(t.longest_prefix("설날에").length == 6);
  CHECK(t.longest_prefix("설날에").id == 1);
  CHECK(t.longest_prefix("설립").length == 3);  // pure prefix: callers check what follows
  CHECK(t.longest_prefix("추석연휴").length == 12);
  CHECK(t.longest_prefix("추석연휴").id == 3);
  CHECK(t.longest_prefix("추석   연휴에").length == 15);
  CHECK(t.longest_prefix("추석 연").length == 6);  // the longer name does not match: 추석
  CHECK(t.longest_prefix("추석 연").id == 2);
  CHECK(t.longest_prefix("근로자의날").id == 4);
}

TEST_CASE("name trie: no match", "[name-trie]") {
  NameTrie t;
  CHECK(t.longest_prefix("추석").length == 0);  // empty trie
  t.insert("추석", 0);
  t.insert("", 1);  // ignored
  CHECK(t.longest_prefix("").length == 0);
  CHECK(t.longest_prefix("추").length == 0);
  CHECK(t.longest_prefix(" 추석").length == 0);  // no leading space in the name
  CHECK(t.longest_prefix("한가위").length == 0);
}

TEST_CASE("name trie: ties go to the lowest id, a leading space needs a space", "[name-trie]") {
  NameTrie t;
  t.insert("a b", 5);
  t.insert("ab", 7);
  t.insert("ab", 2);  // the same name again keeps the lower id
  CHECK(t.longest_prefix("ab!").id == 2);
  NameTrie u;
  u.insert("a b", 1);
  u.insert("ab", 3);
  CHECK(u.longest_prefix("ab").id == 1);  // both match two bytes: the lower id
  NameTrie v;
  v.insert(" x", 0);
  CHECK(v.longest_prefix("x").length == 0);
  CHECK(v.longest_prefix("  x").length == 3);
}

TEST_CASE("find_holiday agrees with a scan of every name and alias", "[name-trie][holidays]") {
  const auto& hs = yp::time::holidays();
  std::vector<std::string> texts = {"", " ", "설", "설립", "설날", "설 연휴", "설연휴에", "추석  연휴", "3·1절", "3.1절에",
                                    "광복절을", "크리스마스이브", "어린이날", "근로자의날", "한글날", "1일", "abc"};
  for (const auto& h : hs) {
    for (std::string n : {h.name, h.aliases.empty() ? h.name : h.aliases.front()}) {
      texts.push_back(n);
      texts.push_back(n + "에");
      texts.push_back(n + " 연휴");
      texts.push_back(n.substr(0, n.size() > 3 ? n.size() - 3 : 0));
      std::string spaced;
      for (char c : n) spaced += c == ' ' ? std::string("   ") : std::string(1, c);
      texts.push_back(spaced);
      std::string unspaced;
      for (char c : n)
        if (c != ' ') unspaced += c;
      texts.push_back(unspaced + "부터");
    }
  }
  for (const auto& text : texts) {
    const yp::time::Holiday* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& h : hs) {
      auto consider = [&](std::string_view name) {
        if (name.empty() || text.empty() || name[0] != text[0]) return;
        std::size_t len = match_name(text, name);
        if (len > best_len) {
          best_len = len;
          best = &h;
        }
      };
      consider(h.name);
      for (const auto& a : h.aliases) consider(a);
    }
    std::size_t len = 99;
    auto got = yp::time::find_holiday(text, &len);
    INFO(text);
    CHECK(len == best_len);
    REQUIRE(got.has_value() == (best != nullptr));
    if (got) CHECK(got->name == best->name);
  }
}
