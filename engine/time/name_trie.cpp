// NameTrie: longest-prefix lookup of names in which a space matches any run of spaces or none.
// Covered by tests/time/name_trie_test.cpp.
#include "time/name_trie.hpp"

#include <algorithm>

namespace yp::time {

std::uint32_t NameTrie::child(std::uint32_t node, unsigned char b) const {
  const auto& nx = nodes_[node].next;
  if (nx.size() <= 8) {
    for (const auto& [k, c] : nx)
      if (k == b) return c;
    return kNone;
  }
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
      if (b == ' ') nodes_[n].space = c;
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
  if (nd.next.empty()) return;
  // at most two edges apply: the space edge (any run of spaces, or none) and the edge of the text's byte
  if (std::uint32_t c = nd.space; c != kNone) {
    std::size_t u = t;
    while (u < text.size() && text[u] == ' ') ++u;
    if (node != 0 || u > t) walk(c, text, u, best);  // a leading space needs a space in the text
  }
  if (t < text.size() && text[t] != ' ')
    if (std::uint32_t c = child(node, static_cast<unsigned char>(text[t])); c != kNone) walk(c, text, t + 1, best);
}

NameTrie::Match NameTrie::longest_prefix(std::string_view text) const {
  Match best;
  best.id = kNone;
  walk(0, text, 0, best);
  if (best.length == 0) best.id = 0;
  return best;
}

}  // namespace yp::time
