// Entity identity: one canonical name per entity (샘 알트먼 = 알트먼 = 알트만 = Sam Altman).
// Built-in table engine/event/data/aliases.tsv; users may add rows from a file.
// Covered by tests/event/aliases_test.cpp.
//
// Usage:
//   auto& a = yp::event::Aliases::builtin();
//   a.canonical("알트만");   // "샘 알트먼"
#pragma once

#include "core/error.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace yp::event {

class Aliases {
 public:
  // The built-in table (engine/event/data/aliases.tsv), loaded once.
  static Aliases& builtin();
  // Adds rows "canonical<TAB>alias<TAB>alias…" from a user file's text; errors name the line.
  // All or nothing: a file with a bad row (no alias, an empty field, an alias already owned by another
  // canonical name) adds no row. Matching ignores ASCII case and repeated spaces.
  Result<Unit> add_tsv(std::string_view tsv, std::string_view file_name);
  // The canonical name for `name`, or `name` itself if unknown.
  std::string canonical(std::string_view name) const;
  bool known(std::string_view name) const;
  // canonical and known as they looked names up before: a key built for every name, byte by byte through
  // std::tolower (now a name that is its own key is looked up as it is). The reference of tests/event/aliases_test.cpp.
  std::string canonical_by_key(std::string_view name) const;
  bool known_by_key(std::string_view name) const;
  // Bumped by every add_tsv that adds rows (to any table): caches of results that depend on the aliases
  // (arguments.cpp memoises is_title and entity_from_words) drop their entries when it changes.
  static std::uint64_t generation();

 private:
  // (transparent: a std::string_view is looked up without making a std::string; the same hash as std::string's)
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, KeyHash, std::equal_to<>> to_canonical_;
  // A filter in front of to_canonical_: a 4096-bit set over each key's length and first and last two bytes, set
  // for every key added. A lookup key whose bit is clear is no key: refused without hashing.
  std::array<std::uint64_t, 64> key_bits_{};
  static unsigned filter_bit(std::string_view k) {
    if (k.empty()) return 0;
    const auto b = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(k[i])); };
    const std::size_t n = k.size();
    return (static_cast<unsigned>(n) * 1031u + b(0) * 7u + b(n - 1) * 131u + (n >= 2 ? b(n - 2) * 17u : 0u)) & 4095u;
  }
  void mark_key(std::string_view k) { const unsigned x = filter_bit(k); key_bits_[x >> 6] |= std::uint64_t{1} << (x & 63); }
  bool may_be_key(std::string_view k) const {
    const unsigned x = filter_bit(k);
    return (key_bits_[x >> 6] >> (x & 63)) & 1;
  }
};

}  // namespace yp::event
