// A byte trie over names for longest-prefix lookup, where a space in a name matches any run of spaces in the
// text, or none ("추석 연휴" matches "추석연휴" and "추석  연휴"). Used for the holiday names (holidays.cpp:
// one walk per word start instead of a comparison against every name and alias). Covered by
// tests/time/name_trie_test.cpp.
//
// Usage:
//   yp::time::NameTrie t;
//   t.insert("추석", 0); t.insert("추석 연휴", 1);
//   auto m = t.longest_prefix("추석연휴에");   // m.length == 12 (bytes of text), m.id == 1
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace yp::time {

class NameTrie {
 public:
  struct Match {
    std::size_t length = 0;  // bytes of the text matched; 0: no name is a prefix of the text
    std::uint32_t id = 0;    // the id given to insert (the lowest among names matching equally long)
  };

  // Adds a name (non-empty). A name inserted twice keeps the lower id.
  void insert(std::string_view name, std::uint32_t id);
  // The longest name matching a prefix of `text`; among names matching the same number of bytes, the one with
  // the lowest id. A name's leading space (if any) must match a space of the text.
  Match longest_prefix(std::string_view text) const;

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  struct Node {
    std::uint32_t id = kNone;                          // a name ends here
    std::uint32_t space = kNone;                       // the child by ' ' (also in `next`)
    std::vector<std::pair<unsigned char, std::uint32_t>> next;  // byte -> node, sorted by byte
  };
  std::uint32_t child(std::uint32_t node, unsigned char b) const;
  void walk(std::uint32_t node, std::string_view text, std::size_t t, Match& best) const;
  std::vector<Node> nodes_{Node{}};
};

}  // namespace yp::time
