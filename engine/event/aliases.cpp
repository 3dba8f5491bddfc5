// Entity aliases: the built-in table engine/event/data/aliases.tsv plus user rows; lookups ignore ASCII
// case and repeated spaces. Covered by tests/event/aliases_test.cpp.
#include "event/aliases.hpp"

#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

#include "core/data.hpp"

#include <cctype>
#include <string>

namespace yp::event {

namespace {

std::atomic<std::uint64_t> alias_generation{0};

// Lookup key: trimmed, inner runs of spaces collapsed to one, each byte through `lower`.
template <class Lower>
std::string key_with(std::string_view s, Lower lower) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(lower(c));
  }
  return out;
}

// The key: ASCII lower-cased.
std::string key_of(std::string_view s) {
  return key_with(s, [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
}

// The key as it was built before: every byte through std::tolower (the same as key_of in the "C" locale, which
// the CLI never leaves).
std::string key_of_by_tolower(std::string_view s) {
  return key_with(s, [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
}

// The name is its own key (no space, tab or ASCII capital): looked up as it is, without building a key.
bool is_own_key(std::string_view s) {
  for (char c : s)
    if (c == ' ' || c == '\t' || (c >= 'A' && c <= 'Z')) return false;
  return true;
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

Aliases& Aliases::builtin() {
  static Aliases table = [] {
    Aliases a;
    if (auto tsv = data::lookup("event/data/aliases.tsv")) {
      auto r = a.add_tsv(*tsv, "event/data/aliases.tsv");
      (void)r;  // the built-in table is checked by tests/event/aliases_test.cpp
    }
    return a;
  }();
  return table;
}

Result<Unit> Aliases::add_tsv(std::string_view tsv, std::string_view file_name) {
  // Validate every row first so that a bad file adds nothing.
  std::unordered_map<std::string, std::string> staged;
  for (const auto& row : data::rows(tsv)) {
    auto fail = [&](std::string msg) {
      return Error{ErrorCode::BadArgument, std::move(msg), std::string(file_name), row.line, 0};
    };
    if (row.fields.size() < 2)
      return fail("expected 'canonical<TAB>alias…' (at least one alias after a tab)");
    std::string canon = trimmed(row.fields[0]);
    if (canon.empty()) return fail("empty canonical name in the first column");
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      std::string name = trimmed(row.fields[i]);
      if (name.empty()) {
        if (i == row.fields.size() - 1) continue;  // a trailing tab is harmless
        return fail("empty alias in column " + std::to_string(i + 1));
      }
      std::string k = key_of(name);
      auto clash = [&](const std::string& other) {
        return fail("'" + name + "' is already an alias of '" + other + "', cannot also mean '" + canon + "'");
      };
      if (auto it = staged.find(k); it != staged.end() && it->second != canon) return clash(it->second);
      if (auto it = to_canonical_.find(k); it != to_canonical_.end() && it->second != canon) {
        // A canonical name may be re-declared with more aliases; an alias may not change owner.
        return clash(it->second);
      }
      staged[k] = canon;
    }
  }
  for (auto& [k, v] : staged) {
    to_canonical_[k] = v;
    mark_key(k);
  }
  if (!staged.empty()) alias_generation.fetch_add(1);
  return Unit{};
}

std::uint64_t Aliases::generation() { return alias_generation.load(); }

namespace {
// A company's legal form before or after its name (㈜아이콘트롤스, 삼성전자(주), 주식회사 카카오) is no part of it.
// A filter in front of the forms: 512-bit sets over the first two and the last two bytes of each form. A name
// whose first two bytes start no form and whose last two end none is returned as it is, without the loop.
struct FormFilter {
  std::array<std::uint64_t, 8> head{}, tail{};
  bool usable = true;  // false when some form is shorter than two bytes
  static unsigned key(unsigned char a, unsigned char b) { return (a * 7u + b * 131u) & 511u; }
  static bool test(const std::array<std::uint64_t, 8>& bits, unsigned k) { return (bits[k >> 6] >> (k & 63)) & 1; }
  explicit FormFilter(const std::vector<std::string_view>& forms) {
    for (std::string_view f : forms) {
      if (f.size() < 2) {
        usable = false;
        continue;
      }
      const unsigned h = key(static_cast<unsigned char>(f[0]), static_cast<unsigned char>(f[1]));
      const unsigned t = key(static_cast<unsigned char>(f[f.size() - 1]), static_cast<unsigned char>(f[f.size() - 2]));
      head[h >> 6] |= std::uint64_t{1} << (h & 63);
      tail[t >> 6] |= std::uint64_t{1} << (t & 63);
    }
  }
  // Some form may be a proper prefix or suffix of the name.
  bool may_match(std::string_view name) const {
    if (!usable) return true;
    if (name.size() < 3) return false;  // a proper prefix or suffix of two bytes or more
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(name[i]); };
    return test(head, key(b(0), b(1))) || test(tail, key(b(name.size() - 1), b(name.size() - 2)));
  }
};

std::string_view without_legal_form(std::string_view name) {
  static const std::vector<std::string_view> forms = data::first_column("event/data/legal_forms.tsv");
  static const FormFilter filter(forms);
  if (!filter.may_match(name)) return name;
  auto trim = [](std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  };
  for (const auto& f : forms) {
    if (name.size() > f.size() && name.starts_with(f)) return trim(name.substr(f.size()));
    if (name.size() > f.size() && name.ends_with(f)) return trim(name.substr(0, name.size() - f.size()));
  }
  return name;
}

// The name without its legal form, or the name itself when nothing else is left.
std::string_view bare_name(std::string_view name) {
  std::string_view bare = without_legal_form(name);
  return bare.empty() ? name : bare;
}
}  // namespace

std::string Aliases::canonical(std::string_view name) const {
  std::string_view bare = bare_name(name);
  if (is_own_key(bare)) {
    if (!may_be_key(bare)) return std::string(bare);
    auto it = to_canonical_.find(bare);
    if (it != to_canonical_.end()) return it->second;
    return std::string(bare);
  }
  const std::string k = key_of(bare);
  if (!may_be_key(k)) return std::string(bare);
  auto it = to_canonical_.find(k);
  if (it != to_canonical_.end()) return it->second;
  return std::string(bare);
}

bool Aliases::known(std::string_view name) const {
  if (is_own_key(name)) return may_be_key(name) && to_canonical_.find(name) != to_canonical_.end();
  const std::string k = key_of(name);
  return may_be_key(k) && to_canonical_.count(k) != 0;
}

std::string Aliases::canonical_by_key(std::string_view name) const {
  std::string_view bare = bare_name(name);
  auto it = to_canonical_.find(key_of_by_tolower(bare));
  if (it != to_canonical_.end()) return it->second;
  return std::string(bare);
}

bool Aliases::known_by_key(std::string_view name) const { return to_canonical_.count(key_of_by_tolower(name)) != 0; }

}  // namespace yp::event
