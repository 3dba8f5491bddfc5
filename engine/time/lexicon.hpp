// The normaliser's word tables, loaded once from the embedded engine/time/data/*.tsv (units, relative words,
// calendar words, vague words, suffixes, tense cues): rows of data, not branches of code.
// Internal to yp_time. Covered by tests/time/scanner_test.cpp (lexicon lookups) and the corpus.
//
// Usage: const auto& L = yp::time::lex::lexicon();
//        if (auto* e = L.longest(text, pos)) { e->kind; e->value; e->surface.size(); }
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace yp::time::lex {

enum class Kind {
  Unit,        // 년 월 일 주 시 분 개월 달 분기 … (after a number)
  Rel,         // 지난 오는 이번 다음
  Year,        // 올해 작년 내년 … (value = offset in years)
  Month,       // 이달 지난달 내달 … (offset in months)
  Week,        // 이번 주 지난주 … (offset in weeks)
  Weekend,     // 이번 주말 …
  Quarter,     // 이번 분기 지난 분기 … (offset in quarters)
  Deictic,     // 오늘 어제 내일 … (offset in days from publication)
  Anaphor,     // 이날 전날 당시 … (offset from the antecedent; kSame = 당시)
  AnaphorYear, // 이듬해 같은 해 (offset in years from the antecedent's year)
  AnaphorMonth,// 같은 달 그달 (offset in months from the antecedent's month)
  Weekday,     // 월요일 … (1 = Monday)
  WeekdayAbbr, // (금) — only inside parentheses
  Season,      // 봄 여름 가을 겨울 (1..4)
  Part,        // 초 중순 말 … (PartValue)
  YearPart,    // 연초 연중반 연말 연내
  MonthPart,   // 월초 월말 (a part of the publication month)
  Half,        // 상반기 하반기 (1, 2)
  MonthName,   // 시월 유월
  Count,       // 하루 이틀 일주일 … (value, count_unit)
  FuzzyCount,  // 몇 수 수십 여러
  Set,         // 매주 매달 매년 (value = Unit)
  DayTime,     // 오전 오후 밤 정오 반 (DayTimeValue)
  Vague,       // 최근 현재 앞으로 (VagueValue)
  Suffix,      // 부터 까지 이후 전 간 이상 경 들어 중 … (SuffixValue)
  Particle,    // 에 에는 의 은 는 …
};

enum Unit : int {
  kYear = 1, kMonth, kDay, kWeek, kHour, kMinute, kMonths, kMonthNative, kQuarter, kHalfYear, kHours,
  kYearNative, kDecade, kWeeks, kAnniversary, kYearSpan, kDaySpan, kWeekSpan, kMonthsSpan, kCentury,
};
enum RelValue : int { kRelPast = -1, kRelPast2 = -2, kRelThis = 0, kRelNext = 1, kRelComing = 2, kRelBack = -3 };
enum PartValue : int { kPartStart = 1, kPartMid = 2, kPartEnd = 3, kPartWithin = 4 };
enum DayTimeValue : int { kAm = 1, kPm, kNight, kDawn, kMorning, kEvening, kDaytime, kNoon, kMidnight, kHalfHour };
enum VagueValue : int { kVaguePast = 1, kVaguePresent, kVagueFuture };
enum SuffixValue : int {
  kFrom = 1, kUntil, kAfter, kBefore, kAgo, kLater, kSpan, kMore, kLess, kWithin, kApprox, kInto, kDuring, kCounter,
};
inline constexpr int kSame = 100;  // Anaphor value of 당시: the antecedent's whole interval
inline constexpr int kPrevTradingDay = 101;  // Anaphor value of 전 거래일: the trading day before the antecedent's day
inline constexpr int kFirstDay = 102;  // Anaphor value of 첫날: the first day of the period just named
inline constexpr int kLastDay = 103;   // Anaphor value of 마지막 날: its last day
inline constexpr int kNewYear = 99;  // Year value of 새해: the coming year in Nov-Dec, else the current one

enum class Tense { None, Past, Future };

struct Entry {
  std::string surface;
  Kind kind = Kind::Particle;
  int value = 0;
  int count_unit = 0;  // Count rows: the Unit of the count (kDay, kWeek, kMonth)
};

struct TenseCue {
  std::string surface;
  Tense tense = Tense::None;
  enum class Where { Word, Contains, End, Jamo } where = Where::Word;
  std::size_t space = std::string::npos;  // surface.find(' '), found once when the table is read
  // For a jamo cue, its rule, found once when the table is read: "ㄹ …" (a final ㄹ before a noun), "ㄴ다", or none.
  enum class JamoRule : std::uint8_t { None, FinalL, FinalN } jamo = JamoRule::None;
};

class Lexicon {
 public:
  // The longest entry whose surface starts at byte `pos` of `text` (any kind), or nullptr.
  const Entry* longest(std::string_view text, std::size_t pos) const;
  // The longest entry of the given kind starting at `pos`, or nullptr.
  const Entry* longest_of(std::string_view text, std::size_t pos, Kind kind) const;
  // The same two lookups by one hash lookup per candidate length (what longest/longest_of did before they walked
  // a trie); kept as the reference of tests/time/lexicon_trie_test.cpp.
  const Entry* longest_by_hash(std::string_view text, std::size_t pos) const;
  const Entry* longest_of_by_hash(std::string_view text, std::size_t pos, Kind kind) const;
  // Whether some entry's surface begins with this Hangul syllable (U+AC00..U+D7A3); false for other code points.
  bool begins_with_syllable(char32_t cp) const {
    return cp >= 0xAC00 && cp <= 0xD7A3 && syllable_node_[cp - 0xAC00] != UINT32_MAX;
  }
  // The trie node each Hangul syllable's bytes reach (UINT32_MAX: none), as built by walking the trie's three-byte
  // paths; and the same table by a lookup of every syllable's bytes (what the build did before; tests compare them).
  const std::vector<std::uint32_t>& syllable_nodes() const { return syllable_node_; }
  std::vector<std::uint32_t> syllable_nodes_by_lookup() const;
  // Exact lookup of a one-letter weekday inside parentheses (금 -> 5), 0 if none.
  int weekday_abbr(std::string_view s) const;
  const std::vector<TenseCue>& tense_cues() const { return tense_cues_; }
  // True when `word` (a whole expression such as 전주, 금주, 설) is not a time because of what follows it
  // (engine/time/data/ambiguous.tsv). `following` is the text right after the word, spaces skipped.
  bool ambiguous_rejects(std::string_view word, std::string_view following) const;
  std::size_t size() const { return entries_.size(); }

  Lexicon();

 private:
  std::vector<Entry> entries_;
  std::unordered_multimap<std::string_view, const Entry*> by_surface_;
  std::unordered_map<std::string_view, int> weekday_abbr_;
  std::vector<TenseCue> tense_cues_;
  struct Ambiguity {
    bool only = true;  // "only": a time only before one of `followers`; else: not before them
    std::vector<std::string> followers;
  };
  std::unordered_map<std::string, Ambiguity> ambiguous_;
  std::size_t max_bytes_ = 0;
  // A byte trie over the surfaces of by_surface_: one walk from `pos` finds every surface starting there. Each
  // node keeps the entries of its surface in by_surface_'s equal_range order, so ties resolve as before.
  struct TrieNode {
    std::vector<std::pair<unsigned char, std::uint32_t>> next;  // sorted by byte
    std::vector<const Entry*> entries;
  };
  std::vector<TrieNode> trie_;
  // The trie node reached by the three bytes of each Hangul syllable (UINT32_MAX: no surface begins with it), so
  // that a walk from a syllable starts with one load instead of three child searches.
  std::vector<std::uint32_t> syllable_node_;
  std::uint32_t trie_child(std::uint32_t node, unsigned char b) const;
  // Walks the trie from `pos`; at each node ending on a character boundary `pick(node)` chooses an entry or
  // nullptr, and the deepest choice wins (longest and longest_of differ only in how they pick).
  template <class Pick>
  const Entry* deepest(std::string_view text, std::size_t pos, Pick pick) const;
};

const Lexicon& lexicon();

}  // namespace yp::time::lex
