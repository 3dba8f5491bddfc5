// NameTrie: longest-prefix lookup of names in which a space matches any run of spaces or none.
// Covered by tests/time/name_trie_test.cpp.
#include "time/name_trie.hpp"

#include <algorithm>

namespace yp::time {

std::uint32_t NameTrie::child(std::uint32_t node, unsigned char b) const {
  const auto& nx = nodes_[node].next;
  auto it = std::lower_bound(nx.begin(), nx.end(), b, [](const auto& e, unsigned char k) { return e.first < k; });
  return it != nx.end() && it->first == b ? it->second : kNone;
}

void NameTrie::insert(std::string_view name, std::uint32_t id) {
  if (name.empty()) return;
  std::uint32_t n = 0;
  for (char ch : name) {
    auto b = static_cast<unsigned char>(ch);
    std::uint32_t c = child(n, b);
    if (c == kNone) {
      c = static_cast<std::uint32_t>(nodes_.size());
      nodes_.push_back(Node{});
      auto& nx = nodes_[n].next;
      auto it = std::lower_bound(nx.begin(), nx.end(), b, [](const auto& e, unsigned char k) { return e.first < k; });
      nx.insert(it, {b, c});
    }
    n = c;
  }
  nodes_[n].id = std::min(nodes_[n].id, id);
}

// Depth-first over the names consistent with text[t..]: a plain byte must equal the text's byte; a space edge
// consumes the run of spaces at t (possibly empty). Names are short, so the walk is a few nodes.
void NameTrie::walk(std::uint32_t node, std::string_view text, std::size_t t, Match& best) const {
  const Node& nd = nodes_[node];
  if (nd.id != kNone && node != 0 && (t > best.length || (t == best.length && nd.id < best.id))) {
    best.length = t;
    best.id = nd.id;
  }
  for (const auto& [b, c] : nd.next) {
    if (b == ' ') {
      std::size_t u = t;
      while (u < text.size() && text[u] == ' ') ++u;
      if (node == 0 && u == t) continue;  // a leading space needs a space in the text
      walk(c, text, u, best);
    } else if (t < text.size() && static_cast<unsigned char>(text[t]) == b) {
      walk(c, text, t + 1, best);
    }
  }
}

NameTrie::Match NameTrie::longest_prefix(std::string_view text) const {
  Match best;
  best.id = kNone;
  walk(0, text, 0, best);
  if (best.length == 0) best.id = 0;
  return best;
}

}  // namespace yp::time
