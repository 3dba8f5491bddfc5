// Loads the normaliser's word tables from the embedded engine/time/data/*.tsv into one longest-match lexicon.
// Covered by tests/time/scanner_test.cpp and the corpus tests.
#include "time/lexicon.hpp"

#include "core/data.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <stdexcept>
#include <utility>

namespace yp::time::lex {

namespace {

struct Named {
  std::string_view name;
  int value;
};

constexpr std::array<std::pair<std::string_view, Kind>, 27> kKinds{{
    {"quarter", Kind::Quarter},
    {"monthpart", Kind::MonthPart},
    {"anaphor-year", Kind::AnaphorYear}, {"anaphor-month", Kind::AnaphorMonth},
    {"unit", Kind::Unit},         {"rel", Kind::Rel},           {"year", Kind::Year},
    {"month", Kind::Month},       {"week", Kind::Week},         {"weekend", Kind::Weekend},
    {"deictic", Kind::Deictic},   {"anaphor", Kind::Anaphor},   {"weekday", Kind::Weekday},
    {"weekday-abbr", Kind::WeekdayAbbr}, {"season", Kind::Season}, {"part", Kind::Part},
    {"yearpart", Kind::YearPart}, {"half", Kind::Half},         {"monthname", Kind::MonthName},
    {"count", Kind::Count},       {"fuzzycount", Kind::FuzzyCount}, {"set", Kind::Set},
    {"daytime", Kind::DayTime},   {"vague", Kind::Vague},       {"suffix", Kind::Suffix},
    {"particle", Kind::Particle}, {"-", Kind::Particle},
}};

// Symbolic values used in the tables (numbers are accepted as they are).
constexpr std::array<Named, 67> kValues{{
    {"year", kYear}, {"month", kMonth}, {"day", kDay}, {"week", kWeek}, {"hour", kHour}, {"minute", kMinute},
    {"months", kMonths}, {"month-native", kMonthNative}, {"quarter", kQuarter}, {"half-year", kHalfYear},
    {"hours", kHours}, {"year-native", kYearNative}, {"decade", kDecade}, {"weeks", kWeeks},
    {"anniversary", kAnniversary}, {"year-span", kYearSpan}, {"day-span", kDaySpan}, {"week-span", kWeekSpan},
    {"months-span", kMonthsSpan}, {"century", kCentury},
    {"past", kRelPast}, {"past2", kRelPast2}, {"this", kRelThis}, {"next", kRelNext}, {"coming", kRelComing},
    {"back", kRelBack}, {"new-year", kNewYear},
    {"start", kPartStart}, {"mid", kPartMid}, {"end", kPartEnd}, {"within", kPartWithin},
    {"am", kAm}, {"pm", kPm}, {"night", kNight}, {"dawn", kDawn}, {"morning", kMorning}, {"evening", kEvening},
    {"noon", kNoon}, {"midnight", kMidnight}, {"half", kHalfHour},
    {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"winter", 4}, {"same", kSame}, {"prev-trading-day", kPrevTradingDay},
    {"first-day", kFirstDay}, {"last-day", kLastDay},
    {"from", kFrom}, {"until", kUntil}, {"after", kAfter}, {"before", kBefore}, {"ago", kAgo}, {"later", kLater},
    {"span", kSpan}, {"more", kMore}, {"less", kLess}, {"approx", kApprox}, {"into", kInto},
    {"during", kDuring}, {"counter", kCounter},
    {"present", kVaguePresent}, {"future", kVagueFuture}, {"", 0}, {"-", 0}, {"0", 0}, {"1", 1},
}};

int parse_value(std::string_view s, Kind kind, std::string_view table, std::size_t line) {
  // "past" means kRelPast for rel rows and kVaguePast for vague rows; "day" is kDaytime for daytime rows.
  if (kind == Kind::Vague && s == "past") return kVaguePast;
  if (kind == Kind::DayTime && s == "day") return kDaytime;
  if (kind == Kind::Suffix && s == "within") return kWithin;
  for (const auto& n : kValues)
    if (n.name == s) return n.value;
  int v = 0;
  const char* b = s.data();
  const char* e = s.data() + s.size();
  if (!s.empty() && *b == '+') ++b;
  auto [p, ec] = std::from_chars(b, e, v);
  if (ec != std::errc{} || p != e)
    throw std::logic_error(std::string(table) + ":" + std::to_string(line) + ": unknown value '" + std::string(s) + "'");
  return v;
}

Kind parse_kind(std::string_view s, std::string_view table, std::size_t line) {
  for (const auto& [name, kind] : kKinds)
    if (name == s) return kind;
  throw std::logic_error(std::string(table) + ":" + std::to_string(line) + ": unknown kind '" + std::string(s) + "'");
}

// Rank among entries sharing a surface: content words before suffixes before particles.
int rank(Kind k) {
  switch (k) {
    case Kind::Particle: return 2;
    case Kind::Suffix: return 1;
    default: return 0;
  }
}

}  // namespace

Lexicon::Lexicon() {
  static constexpr std::array<std::string_view, 7> kTables{
      "time/data/units.tsv", "time/data/relative.tsv", "time/data/calendar.tsv", "time/data/vague.tsv",
      "time/data/suffixes.tsv", "time/data/english.tsv", "time/data/japanese.tsv"};
  std::vector<Entry> abbr;
  for (auto table : kTables) {
    auto tsv = yp::data::lookup(table);
    if (!tsv) throw std::logic_error(std::string("missing embedded table ") + std::string(table));
    for (const auto& row : yp::data::rows(*tsv)) {
      if (row.fields.size() < 2 || row.fields[0].empty()) continue;
      Entry e;
      e.surface = std::string(row.fields[0]);
      e.kind = parse_kind(row.fields[1], table, row.line);
      e.value = parse_value(row.fields.size() > 2 ? row.fields[2] : "", e.kind, table, row.line);
      if (row.fields.size() > 3) e.count_unit = parse_value(row.fields[3], Kind::Unit, table, row.line);
      if (e.kind == Kind::WeekdayAbbr) abbr.push_back(std::move(e));
      else entries_.push_back(std::move(e));
    }
  }
  entries_.insert(entries_.end(), abbr.begin(), abbr.end());
  for (const auto& e : entries_) {
    if (e.kind == Kind::WeekdayAbbr) {
      weekday_abbr_.emplace(e.surface, e.value);
      continue;
    }
    by_surface_.emplace(e.surface, &e);
    if (e.surface.size() > max_bytes_) max_bytes_ = e.surface.size();
  }
  trie_.emplace_back();
  for (const auto& [surface, first] : by_surface_) {
    (void)first;
    std::uint32_t n = 0;
    for (char ch : surface) {
      const auto b = static_cast<unsigned char>(ch);
      std::uint32_t c = trie_child(n, b);
      if (c == UINT32_MAX) {
        c = static_cast<std::uint32_t>(trie_.size());
        trie_.emplace_back();
        auto& nx = trie_[n].next;
        nx.insert(std::lower_bound(nx.begin(), nx.end(), std::make_pair(b, std::uint32_t{0})), {b, c});
      }
      n = c;
    }
    if (n == 0 || !trie_[n].entries.empty()) continue;  // (a surface's entries are added once, in range order)
    auto [b, en] = by_surface_.equal_range(surface);
    for (auto it = b; it != en; ++it) trie_[n].entries.push_back(it->second);
  }
  // The node each Hangul syllable's three bytes reach: only the syllables the trie holds are walked to (a
  // lookup of all 11,172 syllables' bytes cost more than the rest of the build); the others stay UINT32_MAX.
  syllable_node_.assign(0xD7A3 - 0xAC00 + 1, UINT32_MAX);
  for (const auto& [b0, n0] : trie_[0].next)
    for (const auto& [b1, n1] : trie_[n0].next)
      for (const auto& [b2, n2] : trie_[n1].next) {
        const char32_t cp = (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F);
        if ((b0 & 0xF0) == 0xE0 && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && cp >= 0xAC00 && cp <= 0xD7A3)
          syllable_node_[cp - 0xAC00] = n2;
      }

  if (auto tsv = yp::data::lookup("time/data/ambiguous.tsv")) {
    for (const auto& row : yp::data::rows(*tsv)) {
      if (row.fields.size() < 3) continue;
      Ambiguity a;
      a.only = row.fields[1] == "only";
      std::string_view list = row.fields[2];
      while (!list.empty()) {
        auto comma = list.find(',');
        auto item = list.substr(0, comma);
        if (!item.empty()) a.followers.emplace_back(item);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
      }
      ambiguous_.emplace(std::string(row.fields[0]), std::move(a));
    }
  }
  if (auto tsv = yp::data::lookup("time/data/tense.tsv")) {
    for (const auto& row : yp::data::rows(*tsv)) {
      if (row.fields.size() < 3) continue;
      TenseCue c;
      c.surface = std::string(row.fields[0]);
      c.tense = row.fields[1] == "past" ? Tense::Past : row.fields[1] == "future" ? Tense::Future : Tense::None;
      auto w = row.fields[2];
      c.where = w == "contains" ? TenseCue::Where::Contains
                : w == "end"    ? TenseCue::Where::End
                : w == "jamo"   ? TenseCue::Where::Jamo
                                : TenseCue::Where::Word;
      c.space = c.surface.find(' ');
      if (c.where == TenseCue::Where::Jamo)
        c.jamo = c.surface.starts_with("ㄹ ") ? TenseCue::JamoRule::FinalL
                 : c.surface == "ㄴ다"        ? TenseCue::JamoRule::FinalN
                                              : TenseCue::JamoRule::None;
      tense_cues_.push_back(std::move(c));
    }
  }
}

namespace {
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

std::uint32_t Lexicon::trie_child(std::uint32_t node, unsigned char b) const {
  const auto& nx = trie_[node].next;
  auto it = std::lower_bound(nx.begin(), nx.end(), std::make_pair(b, std::uint32_t{0}));
  return it != nx.end() && it->first == b ? it->second : UINT32_MAX;
}

std::vector<std::uint32_t> Lexicon::syllable_nodes_by_lookup() const {
  std::vector<std::uint32_t> out(0xD7A3 - 0xAC00 + 1, UINT32_MAX);
  for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp) {
    const unsigned char bytes[3] = {static_cast<unsigned char>(0xE0 | (cp >> 12)),
                                    static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F)),
                                    static_cast<unsigned char>(0x80 | (cp & 0x3F))};
    std::uint32_t n = 0;
    for (unsigned char b : bytes)
      if (n != UINT32_MAX) n = trie_child(n, b);
    out[cp - 0xAC00] = n;
  }
  return out;
}

// Both walk the trie from `pos` and keep the deepest node that ends on a character boundary and has an
// acceptable entry: the longest surface, as the hash versions find it by trying lengths from the longest down.
template <class Pick>
const Entry* Lexicon::deepest(std::string_view text, std::size_t pos, Pick pick) const {
  const Entry* found = nullptr;
  std::uint32_t n = 0;
  std::size_t i = pos;
  // A whole Hangul syllable first: the node its three bytes reach, looked up (the first two bytes end on no
  // character boundary, so the walk would pick nothing there).
  if (pos + 3 <= text.size()) {
    const auto b0 = static_cast<unsigned char>(text[pos]), b1 = static_cast<unsigned char>(text[pos + 1]),
               b2 = static_cast<unsigned char>(text[pos + 2]);
    if (b0 >= 0xEA && b0 <= 0xED && is_continuation(b1) && is_continuation(b2)) {
      const char32_t cp = (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F);
      if (cp >= 0xAC00 && cp <= 0xD7A3) {
        n = syllable_node_[cp - 0xAC00];
        if (n == UINT32_MAX) return nullptr;
        i = pos + 3;
        if (!(i < text.size() && is_continuation(static_cast<unsigned char>(text[i]))))
          if (const Entry* x = pick(trie_[n])) found = x;
      }
    }
  }
  for (; i < text.size(); ++i) {
    n = trie_child(n, static_cast<unsigned char>(text[i]));
    if (n == UINT32_MAX) break;
    const std::size_t e = i + 1;
    if (e < text.size() && is_continuation(static_cast<unsigned char>(text[e]))) continue;
    if (const Entry* x = pick(trie_[n])) found = x;
  }
  return found;
}

const Entry* Lexicon::longest_of(std::string_view text, std::size_t pos, Kind kind) const {
  return deepest(text, pos, [kind](const TrieNode& node) -> const Entry* {
    for (const Entry* x : node.entries)
      if (x->kind == kind) return x;
    return nullptr;
  });
}

const Entry* Lexicon::longest(std::string_view text, std::size_t pos) const {
  return deepest(text, pos, [](const TrieNode& node) -> const Entry* {
    const Entry* best = nullptr;
    for (const Entry* x : node.entries)
      if (!best || rank(x->kind) < rank(best->kind)) best = x;
    return best;
  });
}

const Entry* Lexicon::longest_of_by_hash(std::string_view text, std::size_t pos, Kind kind) const {
  std::size_t limit = std::min(max_bytes_, text.size() - std::min(pos, text.size()));
  for (std::size_t len = limit; len > 0; --len) {
    std::size_t e = pos + len;
    if (e < text.size() && is_continuation(static_cast<unsigned char>(text[e]))) continue;
    auto [b, en] = by_surface_.equal_range(text.substr(pos, len));
    for (auto it = b; it != en; ++it)
      if (it->second->kind == kind) return it->second;
  }
  return nullptr;
}

const Entry* Lexicon::longest_by_hash(std::string_view text, std::size_t pos) const {
  std::size_t limit = std::min(max_bytes_, text.size() - std::min(pos, text.size()));
  for (std::size_t len = limit; len > 0; --len) {
    std::size_t e = pos + len;
    if (e < text.size() && is_continuation(static_cast<unsigned char>(text[e]))) continue;
    auto [b, en] = by_surface_.equal_range(text.substr(pos, len));
    const Entry* best = nullptr;
    for (auto it = b; it != en; ++it)
      if (!best || rank(it->second->kind) < rank(best->kind)) best = it->second;
    if (best) return best;
  }
  return nullptr;
}

bool Lexicon::ambiguous_rejects(std::string_view word, std::string_view following) const {
  auto it = ambiguous_.find(std::string(word));
  if (it == ambiguous_.end()) return false;
  bool hit = false;
  for (const auto& f : it->second.followers)
    if (following.substr(0, f.size()) == f) hit = true;
  return it->second.only ? !hit : hit;
}

int Lexicon::weekday_abbr(std::string_view s) const {
  auto it = weekday_abbr_.find(s);
  return it == weekday_abbr_.end() ? 0 : it->second;
}

const Lexicon& lexicon() {
  static const Lexicon instance;
  return instance;
}

}  // namespace yp::time::lex
