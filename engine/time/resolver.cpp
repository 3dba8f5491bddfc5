// Resolution: Parse (from rules.cpp) + publication date + governing tense + antecedent -> TimeExpr with an
// interval, grain, TIMEX3 value and mod. Implements the conventions of docs/expressions.md.
// Covered by tests/time/resolver_test.cpp and the corpus tests/corpus/time_ko.tsv.
#include "time/resolver.hpp"

#include "core/calendar.hpp"
#include "core/data.hpp"
#include "text/fold.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"
#include "time/holidays.hpp"
#include "time/lexicon.hpp"
#include "time/rules.hpp"
#include "time/scanner.hpp"
#include "time/tense.hpp"

#include <date/iso_week.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>

namespace yp::time {

namespace {

using date::days;
using date::months;
using date::sys_days;
using date::year_month_day;
using lex::Tense;
using rules::Parse;
using rules::Point;
using rules::Shape;

struct Res {
  bool ok = false;
  ExprType type = ExprType::Date;
  Grain grain = Grain::Day;
  Mod mod = Mod::None;
  DayInterval iv;
  std::string timex;
  std::string duration;
  bool fuzzy = false;
  double confidence = 1.0;
  AnchorKind anchor = AnchorKind::Publication;
  std::size_t anchor_offset = 0;
  std::optional<std::chrono::minutes> tod;
  std::string warning;
  bool era = false;  // 당시 of a named period of history (eras.tsv): background, it dates no event
};

struct Antecedent {
  Res r;
  std::size_t begin = 0;       // original offset
  std::size_t folded_end = 0;  // end in the folded text
  bool named_year = false;     // the expression names its year (2011년 12월 10일), not 올해 or a bare month
  // the day dates a modifier or an aside, not the narrative: "지난 21일 시작된 연합연습", "직전 소위(22일)"
  bool background = false;
};

std::string ymd_timex(year_month_day d) { return format_iso(d); }
// first/last of an interval ("../last" or "first/.." when a side is open)
std::string range_timex(const DayInterval& iv) {
  return (iv.from ? format_iso(*iv.from) : std::string("..")) + "/" + (iv.to ? format_iso(*iv.last_day()) : std::string(".."));
}
// r covers the bounded interval iv: one day is a date, more a range (timex first/last)
void set_days(Res& r, const DayInterval& iv) {
  r.iv = iv;
  if (iv.length_days() > 1) {
    r.type = ExprType::Range;
    r.timex = range_timex(iv);
  } else {
    r.timex = format_iso(*iv.from);
  }
}
std::string ym_timex(int y, unsigned m) { return fmt::format("{:04}-{:02}", y, m); }
std::string year_timex(int y) { return fmt::format("{:04}", y); }

std::optional<sys_days> make_day(int y, unsigned m, unsigned d) {
  year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

sys_days first_of(int y, unsigned m) { return sys_days{year_month_day{date::year{y}, date::month{m}, date::day{1}}}; }
sys_days last_of(int y, unsigned m) { return sys_days{last_day_of(date::year{y} / date::month{m})}; }

// ym + n months as (year, month)
std::pair<int, unsigned> shift_month(int y, unsigned m, int n) {
  int idx = y * 12 + static_cast<int>(m) - 1 + n;
  int ny = idx >= 0 ? idx / 12 : (idx - 11) / 12;
  return {ny, static_cast<unsigned>(idx - ny * 12 + 1)};
}

sys_days add_months_clamped(sys_days d, int n) {
  year_month_day ymd{d};
  auto [y, m] = shift_month(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), n);
  unsigned day = static_cast<unsigned>(ymd.day());
  auto last = static_cast<unsigned>(year_month_day{last_day_of(date::year{y} / date::month{m})}.day());
  return sys_days{year_month_day{date::year{y}, date::month{m}, date::day{std::min(day, last)}}};
}

unsigned iso_wd(sys_days d) { return date::weekday{d}.iso_encoding(); }

std::string week_timex(sys_days monday) {
  iso_week::year_weeknum_weekday w{monday};
  return fmt::format("{:04}-W{:02}", static_cast<int>(w.year()), static_cast<unsigned>(w.weeknum()));
}

// Meteorological seasons: 1 spring Mar-May, 2 summer Jun-Aug, 3 autumn Sep-Nov, 4 winter Dec-Feb (year = December's).
DayInterval season_interval(int y, unsigned s) {
  unsigned m0 = s == 1 ? 3 : s == 2 ? 6 : s == 3 ? 9 : 12;
  sys_days from = first_of(y, m0);
  auto [ey, em] = shift_month(y, m0, 2);
  return DayInterval::days(from, last_of(ey, em));
}
const char* season_code(unsigned s) { return s == 1 ? "SP" : s == 2 ? "SU" : s == 3 ? "FA" : "WI"; }

Mod part_mod(int part) {
  return part == lex::kPartStart ? Mod::Start : part == lex::kPartMid ? Mod::Mid : part == lex::kPartEnd ? Mod::End : Mod::None;
}

// The years [base, base + n) or, with a part (초/중/말), its first c1 years, the years c1..c2-1, or the rest (fuzzy).
void set_years(Res& r, int base, int n, int c1, int c2, int part) {
  int a = base, b = base + n - 1;
  if (part == lex::kPartStart) b = base + c1 - 1;
  else if (part == lex::kPartMid) a = base + c1, b = base + c2 - 1;
  else if (part == lex::kPartEnd) a = base + c2;
  if (part) r.mod = part_mod(part), r.fuzzy = true;
  r.iv = DayInterval::days(first_of(a, 1), last_of(b, 12));
}

std::string duration_code(std::int64_t n, int unit, bool unknown) {
  std::string c = unknown ? "X" : std::to_string(n);
  switch (unit) {
    case lex::kYear: return "P" + c + "Y";
    case lex::kMonth: return "P" + c + "M";
    case lex::kWeek: return "P" + c + "W";
    case lex::kDay: return "P" + c + "D";
    case lex::kHour: return "PT" + c + "H";
    case lex::kMinute: return "PT" + c + "M";
    default: return "P" + c;
  }
}

sys_days add_units(sys_days d, std::int64_t n, int unit) {
  switch (unit) {
    case lex::kYear: return add_months_clamped(d, static_cast<int>(12 * n));
    case lex::kMonth: return add_months_clamped(d, static_cast<int>(n));
    case lex::kWeek: return d + days{7 * n};
    default: return d + days{n};
  }
}

class Resolver {
 public:
  Resolver(std::string_view original, const ResolveOptions& opt)
      : original_(original), opt_(opt), pub_(sys_days{opt.publication_date}), pymd_(opt.publication_date),
        py_(static_cast<int>(opt.publication_date.year())), pm_(static_cast<unsigned>(opt.publication_date.month())) {}

  std::vector<TimeExpr> run();
  // 오늘/어제/내일 inside a quotation count from the day the words were said: an explicit single day outside the
  // quotes in the same sentence ("김 장관은 26일 \"오늘 …\"이라고 말했다"), else the story's day, else the
  // publication date.
  void quoted_deixis(std::vector<TimeExpr>& out, const std::vector<std::size_t>& folded_begin,
                     const std::vector<std::size_t>& deictic) const;
  // "전날인 8일", "사흘 전인 10일 밤", "닷새 뒤인 30일": a day named by its distance, then the same day by its
  // date: one expression, the date's (a distance counted from an event the resolver does not know would
  // otherwise be counted from the publication date). "같은 달 17일": the 17th of that month.
  void join_appositions(std::vector<TimeExpr>& out) const;
  // "닷새 뒤인 30일": out[i + 1] placed where out[i]'s distance from the story's latest past day lands, or nullopt
  std::optional<TimeExpr> counted_from_story(const std::vector<TimeExpr>& out, std::size_t i, const TimeExpr& b) const;
  // The text between a and b (b after a), trailing spaces dropped: "인" in "닷새 뒤인 30일", "" in "같은 해 10월".
  std::string_view between(const TimeExpr& a, const TimeExpr& b) const {
    std::string_view t = original_.substr(a.end, b.begin - a.end);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    return t;
  }
  // "14일부터 16일까지 3일간", "25∼27일 사흘간", "2015년부터 7년간", "20일부터 5~6일간", "28일까지 17일간": a
  // duration right after the period it measures covers that period (ANNOTATION.md: a duration the text anchors
  // has a start and an end). After a period open at one side ("X부터", "X까지" alone) the count of days, weeks,
  // months or years closes it (the larger count of 5~6일); after a period of several days it is that period,
  // whatever its unit ("13∼14일 약 5시간 동안"). It stays a duration: it never dates an event.
  void anchor_on_period(const TimeExpr& a, const Parse& q, TimeExpr& e) const {
    if (e.interval.from || e.interval.to || q.count <= 0) return;
    const bool calendar_unit =
        q.unit == lex::kYear || q.unit == lex::kMonth || q.unit == lex::kWeek || q.unit == lex::kDay;
    const std::string_view t = a.text;
    const bool two_sided = t.find("부터") != std::string_view::npos || t.find('~') != std::string_view::npos ||
                           t.find("∼") != std::string_view::npos || t.find("～") != std::string_view::npos;
    DayInterval iv;
    if (a.interval.from && !a.interval.to) {
      if (!calendar_unit) return;
      iv = DayInterval::days(*a.interval.from, add_units(*a.interval.from, q.count, q.unit) - days{1});
    } else if (a.interval.to && t.ends_with("까지") && !two_sided) {
      // "28일까지 17일간": the count runs back from the last day (a 까지 alone reads from today otherwise)
      if (!calendar_unit) return;
      iv = DayInterval{add_units(*a.interval.to, -q.count, q.unit), a.interval.to};
    } else if (a.interval.bounded() && a.interval.length_days() > 1 && a.type == ExprType::Range) {
      iv = a.interval;
    } else {
      return;
    }
    e.interval = iv;
    e.anchor = AnchorKind::Expression;
    e.anchor_offset = a.begin;
  }
  // "같은 해 10월", "이듬해 3월": a year counted from an antecedent, and right after it a month without its own year.
  static bool month_of_that_year(const TimeExpr& a, const TimeExpr& b) {
    return a.anchor == AnchorKind::Expression && a.grain == Grain::Year && a.interval.bounded() &&
           b.type == ExprType::Date && b.grain == Grain::Month && b.interval.bounded() &&
           b.text.find("년") == std::string::npos;
  }

 private:
  std::string_view original_;
  const ResolveOptions& opt_;
  sys_days pub_;
  year_month_day pymd_;
  int py_;
  unsigned pm_;
  yp::text::Folded folded_;
  scan::Scan scan_;
  std::vector<yp::text::SentenceSpan> sentences_;
  std::optional<Antecedent> antecedent_;
  std::optional<Antecedent> day_antecedent_;  // the nearest preceding explicit single day (이날/전날 count from it)
  std::optional<Antecedent> past_day_antecedent_;  // ... among those on or before the publication date
  std::optional<Antecedent> open_antecedent_;  // the nearest preceding range open after its start (1990년 이후)
  // the nearest preceding explicit date of a month or less (전월, 같은 달 count from it: "2020년=100 … 7월 생산은
  // 전월보다" is June, not a month before 2020)
  std::optional<Antecedent> month_antecedent_;
  // the nearest preceding explicit date finer than a year (지난해 같은 기간 takes its period)
  std::optional<Antecedent> sub_year_antecedent_;
  std::optional<Antecedent> lead_day_;  // the story's day: the first explicit single day, within a week before publication
  std::optional<Parse> prev_;  // the previous expression as its list read it (a list "지난 8일과 14일" shares its words)
  // The expression being resolved.
  const Parse* cur_ = nullptr;
  std::optional<Tense> tense_cache_;
  Tense report_tense_ = Tense::None;  // the reporting verb's tense when it differs from tense() (see tense.hpp)
  std::size_t next_begin_ = std::string_view::npos;  // folded begin of the next expression (its clause is not ours)

  Tense tense();
  Tense effective_tense(bool* guessed);
  // The expression is followed by an object particle (을/를).
  bool object_follows() const {
    std::string_view rest = std::string_view(folded_.text).substr(std::min(cur_->end, folded_.text.size()));
    return rest.starts_with("을") || rest.starts_with("를");
  }
  static long abs_days(days d) { return d.count() < 0 ? -d.count() : d.count(); }
  Parse inherit_from_list(const Parse& q) const;
  Parse inherit_year(const Parse& q) const;
  void since_interval(const Parse& q, Res& r) const;
  // "1월 4주", "12월 첫째 주", "3월 2주차": a week of the month, counted as Korean statistics count them: the
  // weeks (Monday to Sunday) whose Thursday falls in the month, the first of them week 1 (the week of 1 December
  // 2020, a Tuesday, is 첫째 주; "9월 5주" of 2022 is 26 September – 2 October). Rewrites r and returns the new
  // end, or q.end when no week follows.
  std::size_t week_of_month_end(const Parse& q, Res& r) const;
  // The expression at folded [b, e) stands in brackets ("(22일)"), or the next word is a past adnominal verb
  // ("지난 21일 시작된 연합연습", "10일 열린 회의"): it dates a modifier or an aside.
  bool dates_a_modifier(std::size_t b, std::size_t e) const {
    std::string_view t = folded_.text;
    if (b > 0 && t[b - 1] == '(' && e < t.size() && t[e] == ')') return true;
    std::size_t w = e;
    while (w < t.size() && t[w] == ' ') ++w;
    if (w == e && w < t.size() && t[w] != ' ') return false;  // a particle or suffix glued to it: no modifier
    std::size_t we = t.find(' ', w);
    if (we == std::string_view::npos) we = t.size();
    std::string_view word = t.substr(w, we - w);
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
    if (word.size() < 3) return false;
    std::size_t pos = word.size() - 3;
    char32_t last = yp::text::decode_at(word, pos);
    if (last < 0xAC00 || last > 0xD7A3 || (last - 0xAC00) % 28 != 4) return false;  // final ㄴ: 된, 린, 한
    if (last == U'인') return false;  // the copula (전날인 8일) names the same day
    // a verbal noun + 한 (지난 4월22일 발표한 전망치, 3일 출시한 제품): the past modifier of a 하다 verb
    if (last == U'한' && word.size() >= 9) return true;
    return word_tense(word, t.substr(we)) == lex::Tense::Past;
  }
  // The named period of history (time/data/eras.tsv) written right before folded byte `pos`, spaces ignored
  // and any middle dot a crawl carries read as ·, or nullopt.
  std::optional<DayInterval> era_before(std::size_t pos) const {
    struct Era {
      std::string name;  // without spaces
      DayInterval iv;
    };
    static const std::vector<Era> eras = [] {
      std::vector<Era> v;
      if (auto tsv = yp::data::lookup("time/data/eras.tsv"))
        for (const auto& row : yp::data::rows(*tsv)) {
          if (row.fields.size() < 3) continue;
          auto a = yp::parse_iso_date(row.fields[1]), b = yp::parse_iso_date(row.fields[2]);
          if (!a || !b) continue;
          std::string n;
          for (char c : row.fields[0])
            if (c != ' ') n += c;
          v.push_back({std::move(n), DayInterval::days(sys_days{*a}, sys_days{*b})});
        }
      return v;
    }();
    // the text before pos, back to a sentence mark, without spaces and with the dots made ·
    std::string_view t = std::string_view(folded_.text).substr(0, pos);
    std::string back;
    std::size_t from = t.size() > 48 ? t.size() - 48 : 0;
    while (from > 0 && from < t.size() && (static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) ++from;
    for (std::size_t i = from; i < t.size();) {
      std::size_t before = i;
      char32_t cp = yp::text::decode_at(t, i);
      if (i == before) break;
      if (cp == ' ') continue;
      if (yp::text::is_middle_dot(cp) || cp == U'.') back += "·";
      else back.append(t.substr(before, i - before));
    }
    const Era* best = nullptr;
    for (const auto& e : eras)
      if (back.ends_with(e.name) && (!best || e.name.size() > best->name.size())) best = &e;
    if (!best) return std::nullopt;
    // the name starts a word: 6·25 is no tail of 16·25
    const std::string_view head = std::string_view(back).substr(0, back.size() - best->name.size());
    if (!head.empty() && head.back() >= '0' && head.back() <= '9') return std::nullopt;
    return best->iv;
  }
  // The antecedent lies in the current expression's sentence or the one before it.
  // "지난해 같은 기간", "작년 동기", "전년 동기": the period the sentence is about (the nearest explicit date
  // finer than a year, in this sentence or the one before), that many years back. Rewrites r and returns the
  // expression's new end (past 같은 기간/동기), or q.end when the phrase is something else.
  std::size_t same_period_end(const Parse& q, Res& r) {
    const Point& p = q.p1;
    if (q.shape != Shape::Point || !(p.year_offset || p.anaphor_year) || p.month || p.day || p.quarter || p.half ||
        p.season || p.part)
      return q.end;
    std::string_view rest = std::string_view(folded_.text).substr(q.end);
    std::size_t sp = 0;
    while (sp < rest.size() && rest[sp] == ' ') ++sp;
    std::size_t len = 0;
    for (std::string_view w : {std::string_view("같은 기간"), std::string_view("동기간"), std::string_view("동기"),
                               std::string_view("동월"), std::string_view("같은 달")})
      if (rest.substr(sp).starts_with(w)) {
        len = w.size();
        break;
      }
    if (len == 0) return q.end;
    std::string_view after = rest.substr(sp + len);
    std::size_t pos = 0;
    char32_t next = after.empty() ? 0 : yp::text::decode_at(after, pos);
    bool word_goes_on = next >= 0xAC00 && next <= 0xD7A3 && !after.starts_with("대비") && !after.starts_with("보다") &&
                        !after.starts_with("에") && !after.starts_with("와") && !after.starts_with("과") &&
                        !after.starts_with("의") && !after.starts_with("比");
    if (word_goes_on) return q.end;  // 동기부여
    // (the period the sentence is about: a year named since does not replace it, "5월 … 2020년=100 … 지난해 같은 달")
    const Antecedent* a = sub_year_antecedent_ ? &*sub_year_antecedent_ : nullptr;
    if (!a || !near(*a) || !a->r.iv.bounded()) return q.end;
    const int years = p.year_offset ? *p.year_offset : *p.anaphor_year;
    if (years == 0) return q.end;
    auto shift = [&](sys_days d) { return add_units(d, years, lex::kYear); };  // 2-29 -> 2-28
    Res out = a->r;
    out.iv = DayInterval::days(shift(*a->r.iv.from), shift(*a->r.iv.to - days{1}));
    out.anchor = AnchorKind::Expression;
    out.anchor_offset = a->begin;
    const year_month_day first{*out.iv.from};
    const int fy = static_cast<int>(first.year());
    const unsigned fm = static_cast<unsigned>(first.month());
    if (out.grain == Grain::Month)
      out.timex = ym_timex(fy, fm);
    else if (out.grain == Grain::Quarter)
      out.timex = fmt::format("{:04}-Q{}", fy, (fm - 1) / 3 + 1);
    else if (out.grain == Grain::Half)
      out.timex = fmt::format("{:04}-H{}", fy, (fm - 1) / 6 + 1);
    else
      out.timex = format_iso(*out.iv.from) + "/" + format_iso(*out.iv.to - days{1});
    out.mod = Mod::None;
    r = out;
    return q.end + sp + len;
  }
  // A quotation opens in folded [b, e): what follows is someone's words, with days of their own.
  bool opens_quote(std::size_t b, std::size_t e) const {
    const std::string_view t = std::string_view(folded_.text).substr(b, e > b ? e - b : 0);
    for (std::string_view qm : {"'", "\"", "‘", "“"})
      if (t.find(qm) != std::string_view::npos) return true;
    return false;
  }
  // The last sentence that begins at or before folded offset `pos` (sentences are sorted and disjoint: binary
  // search), or nullptr when pos lies before the first.
  const yp::text::SentenceSpan* sentence_at(std::size_t pos) const {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), pos,
                               [](std::size_t p, const yp::text::SentenceSpan& s) { return p < s.begin; });
    return it == sentences_.begin() ? nullptr : &*std::prev(it);
  }
  // Folded offsets a <= b lie in one sentence.
  bool same_sentence(std::size_t a, std::size_t b) const {
    const auto* s = sentence_at(b);
    return s && a >= s->begin;
  }
  // `a` ends in the sentence that holds `pos`, before it.
  bool in_sentence_before(const Antecedent& a, std::size_t pos) const {
    const auto* s = sentence_at(pos);
    return s && a.folded_end > s->begin && a.folded_end <= pos;
  }
  bool antecedent_near() const { return near(*antecedent_); }
  // `a` ends in the sentence of the current expression or in the one before.
  // The antecedent ends in this sentence or one of the `back` sentences before it.
  bool near(const Antecedent& a, std::size_t back = 1) const {
    const auto* s = sentence_at(cur_->begin);
    if (!s) return true;
    const auto here = static_cast<std::size_t>(s - sentences_.data());
    std::size_t from = here < back ? 0 : sentences_[here - back].begin;
    return a.folded_end > from;
  }
  Res resolve_point(const Point& p);
  Res resolve_point_inner(const Point& p);
  Res resolve_range(const Parse& q);
  Res resolve(const Parse& q);
  Res day_res(sys_days d) const {
    Res r;
    r.ok = true;
    r.grain = Grain::Day;
    r.iv = DayInterval::day(d);
    r.timex = ymd_timex(year_month_day{d});
    return r;
  }
  // Day d of the month `off` months from publication, if it exists.
  std::optional<sys_days> day_in_month(int off, unsigned d) const {
    auto [y, m] = shift_month(py_, pm_, off);
    return make_day(y, m, d);
  }
  // The latest day d on or before publication (strict: before it): 지난 24일.
  std::optional<sys_days> latest_day(unsigned d, bool strict) const {
    for (int off = 0; off >= -13; --off)
      if (auto c = day_in_month(off, d); c && (strict ? *c < pub_ : *c <= pub_)) return c;
    return std::nullopt;
  }
  // The next day d on or after publication: 오는 24일.
  std::optional<sys_days> next_day(unsigned d) const {
    for (int off = 0; off <= 13; ++off)
      if (auto c = day_in_month(off, d); c && *c >= pub_) return c;
    return std::nullopt;
  }
  // "오는 13일부터 16일까지" published on the 14th: written before it began, the range under way (this month's
  // 13th), not next month's. Its start, or nullopt when q is no such range.
  std::optional<sys_days> ongoing_start(const Parse& q) const {
    const Point& a = q.p1;
    const Point& b = q.p2;
    if (q.shape != Shape::Range || !a.day || !a.has_rel || (a.rel != lex::kRelComing && a.rel != lex::kRelNext) ||
        a.month || a.month_offset || a.year || a.year_offset || !b.day || b.month || b.month_offset || b.year ||
        b.year_offset || b.has_rel || *b.day <= *a.day)
      return std::nullopt;
    auto first = day_in_month(0, *a.day), last = day_in_month(0, *b.day);
    if (first && last && *first < pub_ && pub_ <= *last) return first;
    return std::nullopt;
  }
  // "오는 30일부터 … 30일부터 운행한다고 밝혔다": a bare day whose number the article also writes with 지난/오는
  // is that same day (a reader does not move it a month by the reporting verb's tense). Per day number, the
  // one date the article's 지난 N일 / 오는 N일 give it; 0 where they disagree or none does.
  void collect_told_days(const std::vector<Parse>& parses);
  std::array<sys_days, 32> told_day_{};
  std::array<unsigned char, 32> told_state_{};  // 0 none, 1 one date, 2 disagreeing dates
  // q with its bare first day given the month and year the article tells for that day number (see above).
  Parse with_told_day(const Parse& q) const;
  // The first bare day of a number read in the article (24일 → 24 January) is what that number means later in it.
  void remember_bare_day(const Parse& q, const Res& r);
  Res month_res(int y, unsigned m, int part) const;
  Res year_res(int y, const Point& p) const;
  std::optional<std::pair<int, unsigned>> pick_month(const Point& p, bool* guessed);
};

Tense Resolver::tense() {
  if (tense_cache_) return *tense_cache_;
  // The sentence holding the expression.
  std::size_t end = folded_.text.size();
  if (const auto* s = sentence_at(cur_->begin); s && cur_->begin < s->end) end = s->end;
  // "추석인 15일 … 많겠다", "추석이자 목요일인 15일": an expression in apposition to the next one (a copula between
  // them) takes the tense of the sentence beyond it, not of the copula.
  std::size_t stop = next_begin_;
  if (next_begin_ != std::string_view::npos && next_begin_ > cur_->end && next_begin_ - cur_->end <= 24) {
    std::string_view gap = std::string_view(folded_.text).substr(cur_->end, next_begin_ - cur_->end);
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    if (gap.ends_with("인") || gap.ends_with("이자") || gap.ends_with("이던")) stop = std::string_view::npos;
  }
  tense_cache_ = governing_tense(folded_.text, cur_->end, end, stop, &report_tense_);
  return *tense_cache_;
}

Tense Resolver::effective_tense(bool* guessed) {
  Tense t = tense();
  if (t != Tense::None) {
    if (guessed) *guessed = false;
    return t;
  }
  if (guessed) *guessed = true;
  if (opt_.prefer == Prefer::Past) return Tense::Past;
  if (opt_.prefer == Prefer::Future) return Tense::Future;
  return Tense::None;
}

Res Resolver::month_res(int y, unsigned m, int part) const {
  Res r;
  r.ok = true;
  r.timex = ym_timex(y, m);
  if (part == lex::kPartStart || part == lex::kPartMid || part == lex::kPartEnd) {
    unsigned a = part == lex::kPartStart ? 1 : part == lex::kPartMid ? 11 : 21;
    sys_days from = *make_day(y, m, a);
    sys_days to = part == lex::kPartStart ? *make_day(y, m, 10) : part == lex::kPartMid ? *make_day(y, m, 20) : last_of(y, m);
    r.iv = DayInterval::days(from, to);
    r.grain = Grain::MonthPart;
    r.mod = part_mod(part);
    r.fuzzy = true;
    return r;
  }
  r.iv = DayInterval::month(date::year{y} / date::month{m});
  r.grain = Grain::Month;
  return r;
}

Res Resolver::year_res(int y, const Point& p) const {
  Res r;
  r.ok = true;
  if (p.half) {
    unsigned m0 = *p.half == 1 ? 1 : 7;
    r.iv = DayInterval::days(first_of(y, m0), last_of(y, m0 + 5));
    r.grain = Grain::Half;
    r.timex = fmt::format("{:04}-H{}", y, *p.half);
    return r;
  }
  if (p.quarter) {
    unsigned m0 = (*p.quarter - 1) * 3 + 1;
    r.iv = DayInterval::days(first_of(y, m0), last_of(y, m0 + 2));
    r.grain = Grain::Quarter;
    r.timex = fmt::format("{:04}-Q{}", y, *p.quarter);
    return r;
  }
  r.timex = year_timex(y);
  r.grain = Grain::Year;
  if (p.part == lex::kPartStart || p.part == lex::kPartMid || p.part == lex::kPartEnd) {
    unsigned a = p.part == lex::kPartStart ? 1 : p.part == lex::kPartMid ? 5 : 11;
    unsigned b = p.part == lex::kPartStart ? 2 : p.part == lex::kPartMid ? 8 : 12;
    r.iv = DayInterval::days(first_of(y, a), last_of(y, b));
    r.mod = part_mod(p.part);
    r.fuzzy = true;
    return r;
  }
  r.iv = DayInterval::year(date::year{y});
  return r;
}

// Year and month of a month reference without a day (지난 2월, 오는 3월, bare 2월, 이달, 2025년 10월).
std::optional<std::pair<int, unsigned>> Resolver::pick_month(const Point& p, bool* guessed) {
  if (p.month_offset) return shift_month(py_, pm_, *p.month_offset);
  if (!p.month) return std::nullopt;
  unsigned m = *p.month;
  if (p.year) return std::pair{*p.year, m};
  if (p.year_offset) return std::pair{py_ + *p.year_offset, m};
  if (p.has_rel) {
    switch (p.rel) {
      case lex::kRelPast: return std::pair{m < pm_ ? py_ : py_ - 1, m};
      case lex::kRelComing:
      case lex::kRelNext: return std::pair{m >= pm_ ? py_ : py_ + 1, m};
      default: return std::pair{py_, m};
    }
  }
  Tense t = effective_tense(guessed);
  // The verb's tense does not move the month next to the publication month a year: a past verb with the next
  // month dates a noun, not itself (3월 27일 "4월 금리를 동결했다", "2월 분양계획을 집계한", "3월 인도분"), and
  // a future verb with the month just ended speaks of its figures ("1월 수출은 늘어날 것", in February) —
  // unless the month ends a period (1월에 "12월까지 진행한다" is this December).
  const unsigned next_m = pm_ % 12 + 1, prev_m = pm_ == 1 ? 12 : pm_ - 1;
  if (t == Tense::Past && m == next_m) return std::pair{pm_ == 12 ? py_ + 1 : py_, m};
  if (t == Tense::Future && m == prev_m && cur_->shape != Shape::Until && cur_->shape != Shape::Range)
    return std::pair{pm_ == 1 ? py_ - 1 : py_, m};
  if (t == Tense::Future) return std::pair{m >= pm_ ? py_ : py_ + 1, m};
  // No verb to go by: the past, unless the month is at most three months ahead (a headline "…, 10월 컴백"
  // published in August is this October, not last year's; "1월 지급 검토" in December is next January).
  const unsigned ahead = (m + 12 - pm_) % 12;  // months from the publication month forward to m
  if (t == Tense::None && ahead >= 1 && ahead <= 3) return std::pair{m > pm_ ? py_ : py_ + 1, m};
  return std::pair{m <= pm_ ? py_ : py_ - 1, m};
}

Res Resolver::resolve_point(const Point& p) {
  Res r;
  if (!p.has_calendar() && p.minutes) {
    // 오후 3시: the day of the nearest preceding date (a day) on the same line, else the publication date.
    if (antecedent_ && antecedent_->r.iv.from && antecedent_->r.iv.length_days() == 1 &&
        (antecedent_->r.grain == Grain::Day || antecedent_->r.type == ExprType::Time) &&
        folded_.text.find('\n', antecedent_->folded_end) >= cur_->begin) {
      r = day_res(*antecedent_->r.iv.from);
      r.anchor = AnchorKind::Expression;
      r.anchor_offset = antecedent_->begin;
    } else {
      r = day_res(pub_);
    }
  } else {
    r = resolve_point_inner(p);
  }
  if (!r.ok) return r;
  if (p.weekday_check && r.iv.from && r.grain == Grain::Day) {
    unsigned wd = iso_wd(*r.iv.from);
    if (wd != *p.weekday_check) {
      static constexpr const char* kNames[] = {"", "월", "화", "수", "목", "금", "토", "일"};
      r.warning = fmt::format("{} is a {}요일, not {}요일", r.timex, kNames[wd], kNames[*p.weekday_check]);
      r.confidence = std::min(r.confidence, 0.6);
    }
  }
  if (p.minutes) {
    if (!r.iv.from) return Res{};
    r.type = ExprType::Time;
    r.grain = p.minute_said ? Grain::Minute : Grain::Hour;
    r.tod = std::chrono::minutes{*p.minutes};
    r.iv = DayInterval::day(*r.iv.from);
    r.timex = fmt::format("{}T{:02}:{:02}", format_iso(*r.iv.from), *p.minutes / 60, *p.minutes % 60);
  }
  return r;
}

Res Resolver::resolve_point_inner(const Point& given) {
  bool guessed = false;
  Res r;
  Point p = given;
  if (p.short_year && p.year) {
    // 지난 92년 (an article of 2008): the latest year ending in those two digits, not after publication
    int y = (py_ / 100) * 100 + *p.year;
    if (y > py_) y -= 100;
    p.year = y;
  }
  if (p.year_offset && *p.year_offset == lex::kNewYear) p.year_offset = pm_ >= 11 ? 1 : 0;  // 새해
  if (p.part && p.has_rel && !p.year && !p.year_offset && !p.month && !p.month_offset) {
    // 지난 연말: the latest such part of a year that ended before publication; 오는/이번 연초: the next one.
    Point probe = p;
    int y = py_;
    if (p.rel == lex::kRelPast || p.rel == lex::kRelPast2) {
      while (*year_res(y, probe).iv.to > pub_) --y;
    } else {
      while (*year_res(y, probe).iv.to <= pub_) ++y;
    }
    return year_res(y, probe);
  }
  if (p.anaphor && *p.anaphor == lex::kSame) {
    // "6·25전쟁 당시": 당시 right after a named period of history is that period (time/data/eras.tsv)
    if (auto era = era_before(cur_->begin)) {
      r.ok = true;
      r.grain = era->length_days() > 1 ? Grain::Range : Grain::Day;
      set_days(r, *era);
      r.anchor = AnchorKind::None;
      r.era = true;
      return r;
    }
  }
  if (p.anaphor && (*p.anaphor == lex::kFirstDay || *p.anaphor == lex::kLastDay)) {
    // 첫날, 마지막 날: a day of the period named just before (this sentence or the one before), else no date
    if (!antecedent_ || !near(*antecedent_) || !antecedent_->r.iv.bounded() || antecedent_->r.iv.length_days() < 2 ||
        antecedent_->r.iv.length_days() > 366)
      return Res{};
    r = day_res(*p.anaphor == lex::kFirstDay ? *antecedent_->r.iv.from : *antecedent_->r.iv.last_day());
    r.anchor = AnchorKind::Expression;
    r.anchor_offset = antecedent_->begin;
    r.ok = true;
    return r;
  }
  // 이날 전날 이튿날 count days from `from`; 전 거래일 goes back to the trading day before it
  auto count_from = [&](sys_days from) {
    if (*p.anaphor != lex::kPrevTradingDay) return from + days{*p.anaphor};
    sys_days d = from - days{1};
    for (int k = 0; k < 14 && !trading_day(d); ++k) d -= days{1};
    return d;
  };
  if (p.anaphor) {
    if (antecedent_) {
      const Res& a = antecedent_->r;
      if (*p.anaphor == lex::kSame) {
        r = a;
        r.tod.reset();
        r.warning.clear();
        if (r.type == ExprType::Time) r.type = ExprType::Date, r.grain = Grain::Day, r.timex = format_iso(*a.iv.from);
        r.mod = Mod::None;
      } else {
        // 이날, 전날, 이튿날 count days: from the nearest preceding single day ("16일 … 내년 정책을 확정했다.
        // 장관은 이날" is the 16th, not 1 January); with none, the publication day (below).
        // With no single day before it, a month or a year is no day to count from: 이날 is the publication day
        // ("지난해 11월에는 … 돌파했다. 그런데 이날 하한가로" is the article's day, not 1 November).
        if (!day_antecedent_ && antecedent_->r.iv.length_days() > 1) {
          r = day_res(count_from(pub_));
          r.ok = true;
          return r;
        }
        const Antecedent* d = day_antecedent_ ? &*day_antecedent_ : &*antecedent_;
        // A past sentence's 이날 is no day still ahead ("9월 4일 개막하는 대회 … 이날 응원한"): the latest
        // day on or before publication, else publication.
        if (*d->r.iv.from > pub_ && tense() == Tense::Past) {
          if (!past_day_antecedent_) {
            r = day_res(count_from(pub_));
            r.ok = true;
            return r;
          }
          d = &*past_day_antecedent_;
        }
        // A day named two sentences back or more, when the story has a day of its own (the lead's "31일"), is
        // background ("지난 2일 …" in a paragraph about the 31st): 이날 goes back to the story's day.
        if (*p.anaphor == 0 && lead_day_ && d->begin != lead_day_->begin && !near(*d)) d = &*lead_day_;
        // So is a day that dates a modifier or stands in brackets ("지난 21일 시작된 연합연습 … 특히 이날은",
        // "직전 소위(22일)에서 … 표결을 이날로 연기했다"): the story's day
        if (*p.anaphor == 0 && lead_day_ && d->begin != lead_day_->begin && d->background) d = &*lead_day_;
        r = day_res(count_from(*d->r.iv.from));
        r.anchor = AnchorKind::Expression;
        r.anchor_offset = d->begin;
        r.ok = true;
        return r;
      }
      r.anchor = AnchorKind::Expression;
      r.anchor_offset = antecedent_->begin;
      r.ok = true;
      return r;
    }
    if (*p.anaphor == lex::kSame) {
      // 당시 with nothing before it to point at: "at that time", a past the text never dates (ANNOTATION.md
      // leaves it undated) — a vague past, not the publication day
      r.ok = true;
      r.type = ExprType::Vague;
      r.grain = Grain::Vague;
      r.anchor = AnchorKind::Publication;
      r.timex = "PAST_REF";
      r.fuzzy = true;
      r.confidence = 0.5;
      return r;
    }
    r = day_res(count_from(pub_));
    return r;
  }
  if (p.anaphor_year || p.anaphor_month) {
    // 이듬해, 같은 해, 같은 달, 전년, 전월: the antecedent's year / month, shifted — an antecedent in this sentence
    // or the one before ("7월 수출은 … 전월 대비" is June); with none that near, the publication date's.
    // (a month counts from a month or a day, not from a year: "올해 첫 … 전월 대비" is the publication's month before)
    const Antecedent* a = p.anaphor_month ? (month_antecedent_ ? &*month_antecedent_ : nullptr)
                                          : (antecedent_ ? &*antecedent_ : nullptr);
    // (a statistics story keeps its reference month for a while: "7월 … 감소했다. 제조업(…)도 줄었다. 제조업 생산은
    // … 감소했다. 출하가 전월보다 줄면서" is still June: a month antecedent counts three sentences back)
    const bool near = a && this->near(*a, p.anaphor_month ? 3 : 1);
    year_month_day base = near ? year_month_day{*a->r.iv.from} : pymd_;
    int y = static_cast<int>(base.year());
    if (p.anaphor_year) {
      Point yp;
      r = year_res(y + *p.anaphor_year, yp);
    } else {
      auto [ny, nm] = shift_month(y, static_cast<unsigned>(base.month()), *p.anaphor_month);
      r = month_res(ny, nm, 0);
    }
    if (near) {
      r.anchor = AnchorKind::Expression;
      r.anchor_offset = a->begin;
    }
    return r;
  }
  if (p.quarter_offset) {
    auto [y, m] = shift_month(py_, (pm_ - 1) / 3 * 3 + 1, 3 * *p.quarter_offset);
    Point q;
    q.quarter = (m - 1) / 3 + 1;
    return year_res(y, q);
  }
  if (p.day_offset) return day_res(pub_ + days{*p.day_offset});
  if (p.week_offset) {
    sys_days monday = pub_ - days{iso_wd(pub_) - 1} + days{7 * *p.week_offset};
    if (p.weekday) return day_res(monday + days{*p.weekday - 1});
    if (p.weekend) {
      r = day_res(monday + days{5});
      r.iv = DayInterval::days(monday + days{5}, monday + days{6});
      r.timex = week_timex(monday) + "-WE";
      return r;
    }
    if (p.part == lex::kPartStart || p.part == lex::kPartMid || p.part == lex::kPartEnd) {
      // Week parts: 초 Mon-Tue (START), 중반 Wed-Thu (MID), 말 Fri-Sun (END); 주말 is Sat-Sun (above).
      int a = p.part == lex::kPartStart ? 0 : p.part == lex::kPartMid ? 2 : 4;
      int b = p.part == lex::kPartStart ? 1 : p.part == lex::kPartMid ? 3 : 6;
      r.ok = true;
      r.grain = Grain::Week;
      r.iv = DayInterval::days(monday + days{a}, monday + days{b});
      r.timex = week_timex(monday);
      r.mod = part_mod(p.part);
      r.fuzzy = true;
      return r;
    }
    r.ok = true;
    r.grain = Grain::Week;
    r.iv = DayInterval::days(monday, monday + days{6});
    r.timex = week_timex(monday);
    return r;
  }
  if (p.weekday && !p.day && !p.month) {
    unsigned pw = iso_wd(pub_);
    int diff_back = static_cast<int>((pw + 7 - *p.weekday) % 7);  // days back to the latest such weekday (0 = today)
    int diff_fwd = static_cast<int>((*p.weekday + 7 - pw) % 7);
    sys_days d;
    if (p.has_rel && p.rel == lex::kRelPast) d = pub_ - days{diff_back == 0 ? 7 : diff_back};
    else if (p.has_rel && (p.rel == lex::kRelComing || p.rel == lex::kRelNext)) d = pub_ + days{diff_fwd == 0 ? 7 : diff_fwd};
    else if (p.has_rel && p.rel == lex::kRelThis) d = pub_ - days{pw - 1} + days{*p.weekday - 1};
    else {
      Tense t = effective_tense(&guessed);
      d = t == Tense::Future ? pub_ + days{diff_fwd} : pub_ - days{diff_back};
    }
    r = day_res(d);
    if (guessed) r.confidence = 0.8;
    return r;
  }
  if (p.season) {
    unsigned s = *p.season;
    auto start_of = [&](int y) { return *season_interval(y, s).from; };
    int y = py_;
    if (p.year || p.year_offset) {
      y = p.year ? *p.year : py_ + *p.year_offset;
      // 올겨울 written in January or February means the winter under way.
      if (s == 4 && p.year_offset && *p.year_offset == 0 && pm_ <= 2) y -= 1;
    } else {
      // latest season whose start is <= limit
      auto latest_le = [&](sys_days limit) {
        int yy = py_ + 1;
        while (start_of(yy) > limit) --yy;
        return yy;
      };
      bool under_way_or_next = false;
      if (p.has_rel && p.rel == lex::kRelPast) y = latest_le(pub_ - days{1});
      else if (p.has_rel && p.rel == lex::kRelNext) {
        y = latest_le(pub_) + 1;
      } else if (p.has_rel && p.rel == lex::kRelThis) {
        y = (s == 4 && pm_ <= 2) ? py_ - 1 : py_;  // 이번 여름 = 올여름
      } else if (p.has_rel) under_way_or_next = true;
      else {
        Tense t = effective_tense(&guessed);
        if (t == Tense::Future) under_way_or_next = true;
        else y = latest_le(pub_);
        // A season about to begin (within a month) is that one whatever the verb: "봄 화보를 공개했다" on
        // 26 February, "가을 시즌 워터파크를 개장했다" on 29 August (last year's is nine months back).
        if (t != Tense::Future && start_of(y + 1) - pub_ <= days{31}) y += 1;
      }
      if (under_way_or_next) {
        y = latest_le(pub_);
        if (*season_interval(y, s).to <= pub_) ++y;  // ended: the next one
      }
    }
    r.ok = true;
    r.grain = Grain::Season;
    r.iv = season_interval(y, s);
    r.timex = fmt::format("{:04}-{}", y, season_code(s));
    if (guessed) r.confidence = 0.8;
    return r;
  }
  if (p.holiday >= 0) {
    const Holiday& h = scan_.holidays[static_cast<std::size_t>(p.holiday)];
    std::optional<DayInterval> iv;
    if (p.year || p.year_offset) {
      iv = holiday_interval(h, date::year{p.year ? *p.year : py_ + *p.year_offset});
    } else {
      auto occ = [&](int y) { return holiday_interval(h, date::year{y}); };
      bool past_side;
      bool strict = false;
      if (p.has_rel) {
        past_side = p.rel == lex::kRelPast;
        strict = past_side;
      } else {
        Tense t = effective_tense(&guessed);
        past_side = t != Tense::Future;
        // No verb to go by (a headline "'추석 대보름달'…제주도는 비소식" the day before it): a holiday at most
        // three months ahead is the coming one, as for a bare month.
        if (t == Tense::None)
          for (int y = py_; y <= py_ + 1 && past_side; ++y)
            if (auto o = occ(y); o && o->from && *o->from > pub_ && *o->from - pub_ <= days{92}) past_side = false;
      }
      if (past_side) {
        for (int y = py_ + 1; y >= py_ - 2 && !iv; --y) {
          auto o = occ(y);
          if (o && o->from && (strict ? *o->from < pub_ : *o->from <= pub_)) iv = o;
        }
      } else {
        for (int y = py_ - 1; y <= py_ + 2 && !iv; ++y) {
          auto o = occ(y);
          if (o && o->to && *o->to > pub_) iv = o;
        }
      }
    }
    if (!iv || !iv->bounded()) return Res{};
    r.ok = true;
    r.grain = Grain::Day;
    set_days(r, *iv);
    if (guessed) r.confidence = 0.8;
    return r;
  }
  // A century (17세기 = 1601-1700; 1600년대 before 2000 = 1600-1699, as Korean writes the 1600s) or a decade
  // (1980년대; 2000년대 is the decade). A part takes a third: 초 the first 34 years of a century, the first
  // four of a decade; 중 the middle; 말 the rest (fuzzy).
  if (p.century || (p.decade && *p.decade % 100 == 0 && *p.decade < 2000)) {
    const int base = p.century ? *p.century : *p.decade;
    r.ok = true;
    r.grain = Grain::Century;
    r.timex = fmt::format("{:02}", base / 100);
    set_years(r, base, 100, 34, 67, p.part);
    return r;
  }
  if (p.decade) {
    r.ok = true;
    r.grain = Grain::Decade;
    r.timex = fmt::format("{:03}", *p.decade / 10);
    set_years(r, *p.decade, 10, 4, 7, p.part);
    return r;
  }
  if ((p.month || p.month_offset) && p.day) {
    unsigned d = *p.day;
    if (p.month_offset || p.year || p.year_offset) {
      auto ym = p.month_offset ? shift_month(py_, pm_, *p.month_offset)
                               : std::pair{p.year ? *p.year : py_ + *p.year_offset, *p.month};
      auto day = make_day(ym.first, ym.second, d);
      if (!day) return Res{};
      return day_res(*day);
    }
    unsigned m = *p.month;
    auto cand = [&](int y) { return make_day(y, m, d); };
    std::optional<sys_days> day;
    if (p.has_rel && p.rel == lex::kRelPast) {
      for (int y = py_; y >= py_ - 4 && !day; --y)
        if (auto c = cand(y); c && *c < pub_) day = c;
    } else if (p.has_rel && (p.rel == lex::kRelComing || p.rel == lex::kRelNext)) {
      for (int y = py_; y <= py_ + 4 && !day; ++y)
        if (auto c = cand(y); c && *c >= pub_) day = c;
    } else if (p.named_day) {
      // "4·10 총선", "8.2 부동산 대책": the occurrence nearest the publication date, whatever the verb's tense
      // ("이번 4.15 총선에 출마했다" three days before it is this year's)
      for (int y : {py_ - 1, py_, py_ + 1})
        if (auto c = cand(y); c && (!day || abs_days(*c - pub_) < abs_days(*day - pub_))) day = c;
    } else {
      Tense t = effective_tense(&guessed);
      int y = py_;
      auto c = cand(y);
      if (c && t == Tense::Future && *c < pub_) y = py_ + 1;
      if (c && t == Tense::Past && *c > pub_) y = py_ - 1;
      day = cand(y);
    }
    if (!day) return Res{};
    r = day_res(*day);
    if (guessed) r.confidence = 0.9;
    return r;
  }
  if (p.month || p.month_offset) {
    auto ym = pick_month(p, &guessed);
    if (!ym) return Res{};
    r = month_res(ym->first, ym->second, p.part);
    if (guessed && !p.month_offset) r.confidence = 0.8;
    return r;
  }
  if (p.day) {
    unsigned d = *p.day;
    std::optional<sys_days> day;
    auto in_month = [&](int off) { return day_in_month(off, d); };
    auto latest = [&](bool strict) { return latest_day(d, strict); };
    auto next = [&]() { return next_day(d); };
    if (p.has_rel && p.rel == lex::kRelPast) day = latest(true);
    else if (p.has_rel && (p.rel == lex::kRelComing || p.rel == lex::kRelNext)) day = next();
    else if (p.has_rel && p.rel == lex::kRelThis) day = in_month(0);
    else if (object_follows()) {
      // "24일을 애도의 날로 선포했다": a day that is the verb's object is no time of the verb; the nearest one.
      day = in_month(0);
      for (int off : {-1, 1})
        if (auto c = in_month(off); c && (!day || abs_days(*c - pub_) < abs_days(*day - pub_))) day = c;
    } else {
      Tense t = effective_tense(&guessed);
      auto by_tense = [&](Tense tt) { return tt == Tense::Past ? latest(false) : tt == Tense::Future ? next() : in_month(0); };
      day = by_tense(t);
      if (t == Tense::Future && day && day != in_month(0)) {
        // "18일 … 방문한다" published on the 19th: a day of this month one or two days back is what the
        // writer meant (the article was written before it), not a day a month ahead
        if (auto c = in_month(0); c && *c < pub_ && pub_ - *c <= days{2}) day = c;
      }
      if (!guessed && report_tense_ != Tense::None && day && day != in_month(0)) {
        // "23일 X가 …할 것이라고 보도했다" vs "28일 주주총회가 열린다고 밝혔다": the content's verb and the
        // reporting verb disagree; news writes a bare day for the publication month, so take that reading.
        auto other = by_tense(report_tense_);
        if (other && other == in_month(0)) day = other;
      }
    }
    if (!day) return Res{};
    r = day_res(*day);
    if (guessed) r.confidence = 0.7;
    return r;
  }
  if (p.year || p.year_offset) return year_res(p.year ? *p.year : py_ + *p.year_offset, p);
  if (p.quarter && p.has_rel) {
    // 지난 2분기: the latest such quarter before the publication quarter; 오는 4분기: the next one on or after it.
    unsigned pq = (pm_ - 1) / 3 + 1;
    int y = p.rel == lex::kRelPast ? (*p.quarter < pq ? py_ : py_ - 1) : (*p.quarter >= pq ? py_ : py_ + 1);
    return year_res(y, p);
  }
  if (p.half || p.quarter) return year_res(py_, p);
  return Res{};
}

// p2 inherits what it does not say from p1's resolution: 28일부터 31일까지, 10월 1일~3일, 2월 말~3월 초.
Res Resolver::resolve_range(const Parse& q) {
  Res a;
  const Point& p1 = q.p1;
  if (p1.day && !p1.month && !p1.month_offset && !p1.year && !p1.year_offset && !p1.has_rel && !p1.anaphor &&
      q.p2.month_offset && *q.p2.month_offset > 0) {
    // "1일부터 내달 30일까지": the end names its month from publication, the bare start is in pub's month.
    if (auto d = make_day(py_, pm_, *p1.day)) a = day_res(*d);
  } else if (auto d = ongoing_start(q)) {
    a = day_res(*d);
  } else {
    a = resolve_point(q.p1);
  }
  if (!a.ok || !a.iv.from) return Res{};
  if (q.p1.minutes && !q.p2.has_calendar() && q.p2.minutes) {
    // A span of hours on a's day: 오전 9시~오후 6시, 오후 2시부터 4시까지.
    int m1 = *q.p1.minutes, m2 = *q.p2.minutes;
    if (!q.p2.daytime_said && m1 >= 12 * 60 && m2 < 12 * 60) m2 += 12 * 60;  // 오후 2시~4시
    if (m2 <= m1) return Res{};
    Res r = a;
    r.type = ExprType::Range;
    r.grain = q.p1.minute_said || q.p2.minute_said ? Grain::Minute : Grain::Hour;
    std::string day = format_iso(*a.iv.from);
    r.timex = fmt::format("{}T{:02}:{:02}/{}T{:02}:{:02}", day, m1 / 60, m1 % 60, day, m2 / 60, m2 % 60);
    return r;
  }
  if (q.count > 0 && q.unit && !q.p2.has_calendar()) {
    // 5일부터 사흘간: start .. start + N units - 1 day, closed.
    sys_days last = add_units(*a.iv.from, q.count, q.unit) - days{1};
    if (last < *a.iv.from) return Res{};
    Res r = a;
    r.type = ExprType::Range;
    r.mod = Mod::None;
    r.tod.reset();
    r.iv = DayInterval::days(*a.iv.from, last);
    r.grain = a.grain == Grain::Day ? Grain::Day : Grain::Range;
    r.timex = format_iso(*a.iv.from) + "/" + format_iso(last);
    r.duration = duration_code(q.count, q.unit, false);
    return r;
  }
  year_month_day s{*a.iv.from};
  Point p2 = q.p2;
  bool self_contained = p2.year || p2.year_offset || p2.month_offset || p2.day_offset || p2.week_offset || p2.has_rel ||
                        p2.decade || p2.anaphor;
  Res b;
  if (!self_contained) {
    int y = static_cast<int>(s.year());
    unsigned m = static_cast<unsigned>(s.month());
    if (p2.month) {
      p2.year = y;
      b = resolve_point(p2);
      if (b.ok && b.iv.to && *b.iv.to <= *a.iv.from) {
        p2.year = y + 1;
        b = resolve_point(p2);
      }
    } else if (p2.day) {
      auto day = make_day(y, m, *p2.day);
      if (day && *day < *a.iv.from) {
        auto [ny, nm] = shift_month(y, m, 1);
        day = make_day(ny, nm, *p2.day);
      }
      if (!day) return Res{};
      b = day_res(*day);
      if (p2.minutes) b = Res{};
    } else if (p2.season || p2.half || p2.quarter) {
      p2.year = y;
      b = resolve_point(p2);
      if (b.ok && b.iv.to && *b.iv.to <= *a.iv.from) {
        p2.year = y + 1;
        b = resolve_point(p2);
      }
    } else if (p2.weekday) {
      // 월요일부터 수요일까지: the weekday on or after the start
      sys_days d = *a.iv.from + days{(*p2.weekday + 7 - iso_wd(*a.iv.from)) % 7};
      b = day_res(d);
    } else {
      b = resolve_point(p2);
    }
  } else {
    b = resolve_point(p2);
  }
  if (!b.ok || !b.iv.to || *b.iv.to <= *a.iv.from) return Res{};
  Res r;
  r.ok = true;
  r.type = ExprType::Range;
  r.iv = DayInterval{a.iv.from, b.iv.to};
  r.grain = a.grain == b.grain ? a.grain : Grain::Range;
  if (a.grain == Grain::Day && b.grain == Grain::Day) r.timex = format_iso(*a.iv.from) + "/" + format_iso(*b.iv.last_day());
  else r.timex = a.timex + "/" + b.timex;
  r.fuzzy = a.fuzzy || b.fuzzy;
  r.confidence = std::min(a.confidence, b.confidence);
  r.anchor = a.anchor;
  r.anchor_offset = a.anchor_offset;
  return r;
}

Res Resolver::resolve(const Parse& q) {
  Res r;
  switch (q.shape) {
    case Shape::Point: {
      r = resolve_point(q.p1);
      if (r.ok && q.mod == lex::kApprox) {
        if (r.mod == Mod::None) r.mod = Mod::Approx;
        r.fuzzy = true;
      }
      return r;
    }
    case Shape::Range: return resolve_range(q);
    case Shape::From:
    case Shape::After:
    case Shape::Into: {
      Res a = resolve_point(q.p1);
      if (!a.ok || !a.iv.from) return Res{};
      bool part = a.fuzzy && (a.grain == Grain::MonthPart || a.grain == Grain::Year);
      bool to_pub = q.shape == Shape::Into || (part && q.shape != Shape::Into);
      r = a;
      r.type = ExprType::Range;
      r.mod = Mod::None;
      r.tod.reset();
      if (to_pub && *a.iv.from <= pub_) {
        r.iv = DayInterval::days(*a.iv.from, pub_);
        r.grain = Grain::Range;
        r.timex = range_timex(r.iv);
        return r;
      }
      if (q.shape == Shape::Into) return a;  // 내년 들어: the period itself
      r.iv = DayInterval{a.iv.from, std::nullopt};
      r.mod = q.shape == Shape::From ? Mod::OnOrAfter : Mod::After;
      r.timex = range_timex(r.iv);
      return r;
    }
    case Shape::Until: {
      Res a = resolve_point(q.p1);
      if (!a.ok || !a.iv.to) return Res{};
      r = a;
      r.type = ExprType::Range;
      r.grain = Grain::Range;
      r.mod = Mod::OnOrBefore;
      r.tod.reset();
      sys_days last = *a.iv.last_day();
      // 이달 말까지: from publication; 가을까지 said after autumn: open start.
      r.iv = last >= pub_ ? DayInterval::days(pub_, last) : DayInterval{std::nullopt, a.iv.to};
      r.timex = range_timex(r.iv);
      return r;
    }
    case Shape::Before: {
      Res a = resolve_point(q.p1);
      if (!a.ok || !a.iv.from) return Res{};
      r = a;
      r.type = ExprType::Range;
      r.mod = Mod::Before;
      r.tod.reset();
      r.iv = DayInterval{std::nullopt, a.iv.from};
      r.timex = range_timex(r.iv);
      return r;
    }
    case Shape::Within: {
      Point p = q.p1;
      if (p.part == lex::kPartWithin) p.part = 0;
      Res a = resolve_point(p);
      if (!a.ok || !a.iv.to) return Res{};
      if (*a.iv.last_day() < pub_) return a;
      r = a;
      r.type = ExprType::Range;
      r.grain = Grain::Range;
      r.mod = Mod::OnOrBefore;
      r.iv = DayInterval::days(std::max(pub_, *a.iv.from), *a.iv.last_day());
      r.timex = range_timex(r.iv);
      return r;
    }
    case Shape::Duration: {
      r.ok = true;
      r.type = ExprType::Duration;
      r.grain = Grain::Duration;
      r.anchor = AnchorKind::None;
      r.duration = duration_code(q.count, q.unit, q.count_unknown);
      if (q.count_low) r.duration = duration_code(q.count_low, q.unit, false) + "/" + r.duration;  // 3~4시간: PT3H/PT4H
      if (q.unit2) {
        // P1Y6M, PT1H30M
        r.duration += std::to_string(q.count2) + (q.unit2 == lex::kMonth ? "M" : "M");
      }
      r.timex = r.duration;
      r.mod = q.mod == lex::kMore ? Mod::More : q.mod == lex::kLess ? Mod::Less : q.mod == lex::kApprox ? Mod::Approx : Mod::None;
      if (q.since) since_interval(q, r);
      return r;
    }
    case Shape::Offset: {
      r.ok = true;
      r.duration = duration_code(q.count, q.unit, false);
      std::int64_t n = q.direction * q.count;
      if (q.unit == lex::kYear) {
        int y = py_ + static_cast<int>(n);
        r.iv = DayInterval::year(date::year{y});
        r.grain = Grain::Year;
        r.timex = year_timex(y);
        r.mod = Mod::Approx;
        r.fuzzy = true;
        return r;
      }
      sys_days d = add_units(pub_, n, q.unit);
      Res dr = day_res(d);
      dr.duration = r.duration;
      if (q.unit == lex::kMonth) {
        dr.mod = Mod::Approx;
        dr.fuzzy = true;
      }
      if (q.mod == lex::kApprox) dr.mod = Mod::Approx, dr.fuzzy = true;
      return dr;
    }
    case Shape::Window: {
      r.ok = true;
      r.type = ExprType::Range;
      r.grain = Grain::Range;
      r.duration = duration_code(q.count, q.unit, false);
      if (q.direction < 0) r.iv = DayInterval::days(add_units(pub_, -q.count, q.unit) + days{1}, pub_);
      else r.iv = DayInterval::days(pub_, add_units(pub_, q.count, q.unit) - days{1});
      r.timex = range_timex(r.iv);
      return r;
    }
    case Shape::Vague: {
      r.ok = true;
      r.type = ExprType::Vague;
      r.grain = Grain::Vague;
      r.anchor = AnchorKind::Publication;
      if (q.vague == lex::kVaguePresent) {
        r.timex = "PRESENT_REF";
        r.iv = DayInterval::day(pub_);
        r.fuzzy = true;
      } else {
        r.timex = q.vague == lex::kVagueFuture ? "FUTURE_REF" : "PAST_REF";
      }
      if (q.count_unknown) r.duration = duration_code(0, q.unit, true);
      return r;
    }
    case Shape::Set: {
      r.ok = true;
      r.type = ExprType::Set;
      r.anchor = AnchorKind::None;
      switch (q.set_unit) {
        case lex::kWeek:
          r.grain = q.p1.weekday ? Grain::Day : Grain::Week;
          r.timex = q.p1.weekday ? fmt::format("XXXX-WXX-{}", *q.p1.weekday) : "P1W";
          break;
        case lex::kMonth:
          r.grain = q.p1.day ? Grain::Day : Grain::Month;
          r.timex = q.p1.day ? fmt::format("XXXX-XX-{:02}", *q.p1.day) : "P1M";
          break;
        case lex::kYear: r.grain = Grain::Year; r.timex = "P1Y"; break;
        default: r.grain = Grain::Day; r.timex = "P1D"; break;
      }
      return r;
    }
  }
  return r;
}

// "3년 만에", "5개월 만의": the gap that ends at the time of the sentence (its nearest preceding date in the
// same sentence, else the publication date) and began N units before it — unless that preceding date lies
// about N units back, where the gap began ("1990년 이후 33년 만에": 1990-01-01 .. the publication date). The start is floored to the
// anchor's grain when that is coarser than a day ("7월 … 3년 만에" from July 2020), else to the unit's
// ("33년 만에" published 2023-08-29: 1990-01-01 .. 2023-08-29). Still a duration: it never dates an event.
void Resolver::since_interval(const Parse& q, Res& r) const {
  DayInterval anchor = DayInterval::day(pub_);
  Grain grain = Grain::Day;
  r.anchor = AnchorKind::Publication;
  auto in_sentence = [&](const std::optional<Antecedent>& a) { return a && in_sentence_before(*a, q.begin); };
  if (in_sentence(open_antecedent_) && *open_antecedent_->r.iv.from <= pub_ &&
      !(in_sentence(antecedent_) && antecedent_->folded_end > open_antecedent_->folded_end)) {
    // "2020년 7월 이후 3년 만에": the gap runs from the open range's start to the publication date
    r.anchor = AnchorKind::Expression;
    r.anchor_offset = open_antecedent_->begin;
    r.iv = DayInterval{open_antecedent_->r.iv.from, pub_ + days{1}};
    return;
  }
  if (in_sentence(antecedent_) && antecedent_->r.iv.bounded()) {
    anchor = antecedent_->r.iv;
    grain = antecedent_->r.grain;
    r.anchor = AnchorKind::Expression;
    r.anchor_offset = antecedent_->begin;
  }
  if (r.anchor == AnchorKind::Expression && anchor.to) {
    // "1990년 이후 33년 만에", "지난달 25일 … 약 36일 만에": when the date before lies about N units before the
    // publication date, it is where the gap began (the previous occurrence), and the gap runs up to the
    // publication date. A date near the publication date ("7월 기준 5개월 만에") is where it ended (below).
    auto approx_days = [](int unit) { return unit == lex::kYear ? 365 : unit == lex::kMonth ? 30 : unit == lex::kWeek ? 7 : 1; };
    std::int64_t len = q.count * approx_days(q.unit);
    if (q.unit2) len += q.count2 * approx_days(q.unit2);
    const sys_days pub{pub_};
    if (len > 0 && *anchor.to <= pub && (pub - *anchor.to).count() * 2 >= len) {
      r.iv = DayInterval{*anchor.from, pub + days{1}};
      return;
    }
  }
  year_month_day from{*anchor.from};
  int y = static_cast<int>(from.year());
  unsigned m = static_cast<unsigned>(from.month());
  unsigned d = static_cast<unsigned>(from.day());
  auto back = [&](std::int64_t n, int unit) {
    if (unit == lex::kYear) y -= static_cast<int>(n);
    else if (unit == lex::kMonth) std::tie(y, m) = shift_month(y, m, -static_cast<int>(n));
  };
  back(q.count, q.unit);
  if (q.unit2) back(q.count2, q.unit2);
  sys_days start;
  if (q.unit == lex::kDay || q.unit == lex::kWeek) {
    start = *anchor.from - days{q.count * (q.unit == lex::kWeek ? 7 : 1)};
  } else {
    int finest = q.unit2 ? q.unit2 : q.unit;
    bool to_month = grain == Grain::Month || (grain == Grain::Day && finest == lex::kMonth);
    bool to_year = grain == Grain::Year || (grain == Grain::Day && finest == lex::kYear);
    if (to_year) m = 1, d = 1;
    else if (to_month) d = 1;
    year_month_day s{date::year{y}, date::month{m}, date::day{d}};
    if (!s.ok()) s = year_month_day{date::year_month_day_last{date::year{y}, date::month_day_last{date::month{m}}}};  // 3월 31일 - 1개월
    start = sys_days{s};
  }
  if (start >= *anchor.to) return;
  r.iv = DayInterval{start, anchor.to};
}

// "2011년 12월 10일 결혼한 그는 그 해 시상식(12월 11일)에서", "2005년 5월 … 사들인 데 이어 6~8월": a month
// (with or without its day) that says nothing of its year takes the year of a date before it in the same
// sentence that names one, when it falls on or after that date in that year (a reader keeps the year the
// sentence set). Earlier months are left to the tense.
Parse Resolver::inherit_year(const Parse& q) const {
  Parse out = q;
  if (q.shape != Shape::Point && q.shape != Shape::Range) return out;
  if (!antecedent_ || !antecedent_->named_year || !antecedent_->r.iv.from || !in_sentence_before(*antecedent_, q.begin))
    return out;
  auto bare = [](const Point& p) {
    return (p.month || p.quarter || p.half) && !p.year && !p.year_offset && !p.month_offset && !p.quarter_offset &&
           !p.has_rel && !p.anaphor && !p.anaphor_year && !p.anaphor_month && !p.decade && !p.day_offset && !p.week_offset;
  };
  if (!bare(q.p1) || (q.shape == Shape::Range && (q.p2.year || q.p2.year_offset || q.p2.has_rel || q.p2.month_offset)))
    return out;
  const year_month_day a{*antecedent_->r.iv.from};
  const unsigned am = static_cast<unsigned>(a.month()), ad = static_cast<unsigned>(a.day());
  // a quarter or half starts at its first month ("2014년 … 1분기, 2분기")
  const unsigned m = q.p1.month ? *q.p1.month : q.p1.quarter ? (*q.p1.quarter - 1) * 3 + 1 : (*q.p1.half - 1) * 6 + 1;
  const unsigned d = q.p1.day ? static_cast<unsigned>(*q.p1.day) : 0;
  if (m < am || (m == am && d != 0 && d < ad)) return out;
  const int y = static_cast<int>(a.year());
  out.p1.year = y;
  if (q.shape == Shape::Range && (q.p2.month || q.p2.quarter || q.p2.half)) out.p2.year = y;
  return out;
}

void Resolver::collect_told_days(const std::vector<Parse>& parses) {
  for (const Parse& q : parses) {
    const Point& p = q.p1;
    if (!p.day || !p.has_rel || p.month || p.month_offset || p.year || p.year_offset || p.anaphor || *p.day > 31)
      continue;
    std::optional<sys_days> d;
    if (p.rel == lex::kRelPast) d = latest_day(*p.day, true);
    else if (p.rel == lex::kRelComing || p.rel == lex::kRelNext) {
      d = ongoing_start(q);
      if (!d) d = next_day(*p.day);
    }
    if (!d) continue;
    unsigned char& st = told_state_[*p.day];
    if (st == 0) {
      told_day_[*p.day] = *d;
      st = 1;
    } else if (told_day_[*p.day] != *d) {
      st = 2;
    }
  }
}

namespace {
// A day of the month said with nothing else (24일): no month, year, 지난/오는 or count of its own.
bool bare_day(const Point& p) {
  return p.day && !p.has_rel && !p.month && !p.month_offset && !p.year && !p.year_offset && !p.decade && !p.anaphor &&
         !p.anaphor_month && !p.day_offset && !p.named_day && *p.day <= 31;
}
}  // namespace

void Resolver::remember_bare_day(const Parse& q, const Res& r) {
  if (q.shape != Shape::Point || !bare_day(q.p1) || told_state_[*q.p1.day] != 0 || !r.ok || !r.iv.from ||
      r.iv.length_days() != 1)
    return;
  told_day_[*q.p1.day] = *r.iv.from;
  told_state_[*q.p1.day] = 1;
}

Parse Resolver::with_told_day(const Parse& q) const {
  const Point& p = q.p1;
  if (!bare_day(p) || told_state_[*p.day] != 1) return q;
  if (q.shape != Shape::Point && q.shape != Shape::Range && q.shape != Shape::From && q.shape != Shape::Until)
    return q;
  if (q.shape == Shape::Range && (q.p2.month || q.p2.year || q.p2.month_offset || q.count)) return q;
  Parse out = q;
  const year_month_day d{told_day_[*p.day]};
  out.p1.year = static_cast<int>(d.year());
  out.p1.month = static_cast<unsigned>(d.month());
  return out;
}

// "지난 8일과 14일", "3월 8일, 14일": a bare day listed right after a day takes that day's 지난/오는, month and
// year (ANNOTATION.md: the items of a list share what the first says). So does a later day of a list whose items
// carry words of their own, in the same sentence after a day that names its month ("지난해 11월 19일 1만 주를,
// 21일 1만3천 주를, 23일 2천 주를 매입했다": the 21st and the 23rd of that November); the items of such a list
// inherit in a chain.
Parse Resolver::inherit_from_list(const Parse& q) const {
  Parse out = q;
  Point& p = out.p1;
  if (!prev_ || q.shape != Shape::Point || prev_->shape != Shape::Point || !p.day || p.month || p.month_offset ||
      p.year || p.year_offset || p.has_rel || p.anaphor || !prev_->p1.day || prev_->end > q.begin)
    return out;
  const Point& f = prev_->p1;
  std::string_view gap = std::string_view(folded_.text).substr(prev_->end, q.begin - prev_->end);
  static constexpr std::string_view kJoins[] = {"과 ", "와 ", ", ", ",", "·", "과", "와", " 및 "};
  const bool joined = std::find(std::begin(kJoins), std::end(kJoins), gap) != std::end(kJoins);
  const bool listed = !joined && (f.month || f.month_offset) && !f.anaphor && *p.day > *f.day &&
                      gap.find(',') != std::string_view::npos && !opens_quote(prev_->end, q.begin) &&
                      same_sentence(prev_->end, q.begin);
  if (!joined && !listed) return out;
  p.has_rel = f.has_rel;
  p.rel = f.rel;
  p.month = f.month;
  p.month_offset = f.month_offset;
  p.year = f.year;
  p.year_offset = f.year_offset;
  return out;
}

// An interval whose known days fall in 0001-01-01 .. 9999-12-31, the days an ISO date can print. Near
// the edges (내년 at a publication date in 9999, 어제 on 0001-01-01) an expression may leave that range:
// it is then not reported, as if unresolved (the event falls back to the publication date).
bool on_printable_calendar(const DayInterval& iv) {
  static const sys_days first{date::year{1} / date::January / 1};
  static const sys_days after_last{date::year{10000} / date::January / 1};
  if (iv.from && (*iv.from < first || *iv.from >= after_last)) return false;
  if (iv.to && (*iv.to <= first || *iv.to > after_last)) return false;
  return true;
}

std::vector<TimeExpr> Resolver::run() {
  std::vector<TimeExpr> out;
  if (!pymd_.ok()) return out;
  folded_ = yp::text::fold(original_);
  scan_ = scan::scan(folded_.text);
  sentences_ = yp::text::split_sentences(folded_.text);
  auto parses = rules::parse_all(scan_, folded_.text);
  collect_told_days(parses);
  out.reserve(parses.size());
  std::vector<std::size_t> deictic;  // indices into out of 오늘/어제/내일 (a day counted from publication)
  std::vector<std::size_t> folded_begin;  // per expression of out, its begin in folded_
  std::size_t consumed = 0;  // an expression grown past its parse (1월 4주) took the parses up to here
  for (std::size_t qi = 0; qi < parses.size(); ++qi) {
    const Parse& q = parses[qi];
    if (q.begin < consumed) continue;
    cur_ = &q;
    next_begin_ = qi + 1 < parses.size() ? parses[qi + 1].begin : std::string_view::npos;
    tense_cache_.reset();
    const Parse inherited = inherit_year(inherit_from_list(q));
    const Parse listed = with_told_day(inherited);
    Res r = resolve(listed);
    remember_bare_day(listed, r);
    prev_ = inherited;
    if (!r.ok || !on_printable_calendar(r.iv)) continue;
    std::size_t q_end = same_period_end(q, r);
    const bool same_period = q_end != q.end;
    if (!same_period) q_end = week_of_month_end(q, r);
    if (q_end != q.end) consumed = q_end;
    TimeExpr e;
    e.begin = folded_.to_original(q.begin);
    e.end = folded_.to_original(q_end);
    e.text = std::string(original_.substr(e.begin, e.end - e.begin));
    e.type = r.type;
    e.grain = r.grain;
    e.mod = r.mod;
    e.interval = r.iv;
    e.time_of_day = r.tod;
    e.timex = r.timex;
    e.duration = r.duration;
    e.anchor = r.anchor;
    e.anchor_offset = r.anchor_offset;
    e.fuzzy = r.fuzzy;
    e.confidence = r.confidence;
    e.rule = q.rule;
    e.warning = r.warning;
    e.attributive = (q.shape == Shape::Point && q.p1.attributive) || r.era;
    if (!out.empty() && out.back().end <= e.begin) {
      // "닷새 뒤인 30일", "두 달 뒤인 6월": placed before it serves as an antecedent (같은 해 after it is that year)
      const std::string_view gap = between(out.back(), e);
      if (gap == "인")
        if (auto there = counted_from_story(out, out.size() - 1, e)) {
          e = std::move(*there);
          r.iv = e.interval;
          r.anchor = e.anchor;
        }
      // "이날(24일)", "전날(22일)": a day in brackets right after a day counted from an antecedent says which day
      // it is (the writer's gloss wins over the count)
      TimeExpr& glossed = out.back();
      if (gap == "(" && glossed.anchor == AnchorKind::Expression && glossed.grain == Grain::Day &&
          glossed.interval.bounded() && glossed.interval.length_days() == 1 && e.type == ExprType::Date &&
          e.grain == Grain::Day && e.interval.bounded() && e.interval.length_days() == 1 && !q.p1.anaphor) {
        glossed.interval = e.interval;
        glossed.timex = e.timex;
      }
      if (q.shape == Shape::Duration && !q.since && !q.count_unknown && !q.unit2) {
        std::string_view g = gap;
        while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
        if (g.empty() || g == "약" || g == "총") anchor_on_period(out.back(), q, e);
      }
      // "같은 해 10월", "이듬해 3월": the month of that year (joined into one expression below)
      const TimeExpr& a = out.back();
      if (gap.empty() && month_of_that_year(a, e)) {
        const int y = static_cast<int>(year_month_day{*a.interval.from}.year());
        const unsigned m = static_cast<unsigned>(year_month_day{*e.interval.from}.month());
        e.interval = r.iv = DayInterval::days(first_of(y, m), last_of(y, m));
        e.timex = r.timex = ym_timex(y, m);
        e.anchor = r.anchor = a.anchor;
        e.anchor_offset = r.anchor_offset = a.anchor_offset;
      }
    }
    // A standalone time of day takes the date of an antecedent in the same sentence, else publication.
    bool explicit_date = (q.shape == Shape::Point || q.shape == Shape::Range) && !q.p1.anaphor && !q.p1.anaphor_year &&
                         !q.p1.anaphor_month &&
                         (e.type == ExprType::Date || e.type == ExprType::Time || e.type == ExprType::Range) &&
                         r.iv.bounded();
    if (q.shape == Shape::Point && !q.p1.has_calendar() && q.p1.minutes) explicit_date = false;
    if (same_period) explicit_date = false;  // 지난해 같은 기간 points at the sentence's period: no antecedent
    for (const auto& [b, end] : opt_.no_antecedent)
      if (b <= e.begin && e.end <= end) explicit_date = false;
    // (a year said outright or counted from the publication date: 2018년 3월, 지난해 3월; 올해 is the default anyway)
    const bool named_year = q.p1.year.has_value() || inherited.p1.year.has_value() ||
                            (q.p1.year_offset && *q.p1.year_offset != 0 && *q.p1.year_offset != lex::kNewYear);
    // "여당 지도부가 24일 … 지난 22일 본회의에서 … 사과했다. 대표는 이날": a 지난 day after the sentence's own day
    // (a single day, no earlier) is background too; 이날 goes back to the story's day
    const bool behind_sentence_day = explicit_date && q.p1.has_rel && q.p1.rel == lex::kRelPast && r.iv.from &&
                                     r.iv.length_days() == 1 && day_antecedent_ && !day_antecedent_->background &&
                                     in_sentence_before(*day_antecedent_, q.begin) &&
                                     *day_antecedent_->r.iv.from > *r.iv.from &&
                                     !opens_quote(day_antecedent_->folded_end, q.begin);
    if (explicit_date)
      antecedent_ = Antecedent{r, e.begin, q.end, named_year, dates_a_modifier(q.begin, q_end) || behind_sentence_day};
    if (r.iv.from && !r.iv.to && e.type == ExprType::Range) open_antecedent_ = Antecedent{r, e.begin, q.end};
    if (explicit_date && r.iv.length_days() == 1) day_antecedent_ = antecedent_;
    if (explicit_date && r.iv.length_days() <= 31) month_antecedent_ = antecedent_;
    if (explicit_date && r.grain != Grain::Year && r.grain != Grain::Decade && r.iv.length_days() < 365)
      sub_year_antecedent_ = antecedent_;
    if (explicit_date && r.iv.length_days() == 1 && *r.iv.from <= pub_) past_day_antecedent_ = antecedent_;
    if (explicit_date && r.iv.length_days() == 1 && !lead_day_ && *r.iv.from <= pub_ && *r.iv.from + days{7} >= pub_)
      lead_day_ = antecedent_;
    if (q.since && r.anchor == AnchorKind::Expression && r.iv.to && *r.iv.to == pub_ + days{1} &&
        (opt_.no_antecedent.empty() || !std::any_of(opt_.no_antecedent.begin(), opt_.no_antecedent.end(),
                                                     [&](const auto& a) { return a.first <= e.begin && e.end <= a.second; }))) {
      // "지난달 25일 1차 기자회견 이후 약 36일 만에 … 민 대표는 이날": the day a gap began is no narrative time;
      // the story is at the gap's end, the publication date
      Res end = day_res(pub_);
      end.ok = true;
      day_antecedent_ = past_day_antecedent_ = Antecedent{end, e.begin, q.end, false};
    }
    const Point& p1 = q.p1;
    if (q.shape == Shape::Point && p1.day_offset && !p1.day && !p1.month && !p1.year && !p1.year_offset &&
        !p1.anaphor && r.grain == Grain::Day)
      deictic.push_back(out.size());
    folded_begin.push_back(q.begin);
    out.push_back(std::move(e));
  }
  if (!deictic.empty()) quoted_deixis(out, folded_begin, deictic);
  join_appositions(out);
  return out;
}

std::size_t Resolver::week_of_month_end(const Parse& q, Res& r) const {
  const Point& p = q.p1;
  if (q.shape != Shape::Point || !p.month || p.day || p.part || p.weekday || r.grain != Grain::Month || !r.iv.from)
    return q.end;
  struct WeekWords {
    std::vector<std::pair<std::string_view, int>> ordinals;  // 첫째 1 … 마지막 -1
    std::vector<std::string_view> not_week;                  // 간 (4주간), 년 (4주년) …
  };
  static const WeekWords words = [] {
    WeekWords w;
    if (auto tsv = yp::data::lookup("time/data/week_ordinals.tsv"))
      for (const auto& row : yp::data::rows(*tsv)) {
        if (row.fields[0] == "ordinal" && row.fields.size() >= 3)
          w.ordinals.emplace_back(row.fields[1], std::stoi(std::string(row.fields[2])));
        else if (row.fields[0] == "not-week" && row.fields.size() >= 2)
          w.not_week.push_back(row.fields[1]);
      }
    return w;
  }();
  std::string_view rest = std::string_view(folded_.text).substr(q.end);
  std::size_t at = 0;
  while (at < rest.size() && rest[at] == ' ') ++at;
  int n = 0;
  std::size_t len = 0;
  if (at < rest.size() && rest[at] >= '1' && rest[at] <= '5') {
    n = rest[at] - '0';
    len = 1;
  } else {
    for (const auto& [w, v] : words.ordinals)
      if (rest.substr(at).starts_with(w) && w.size() > len) n = v, len = w.size();
    if (len == 0) return q.end;
  }
  std::size_t k = at + len;
  if (n != 0 && len > 1 && k < rest.size() && rest[k] == ' ') ++k;  // 첫째 주 (a digit is glued: 4주)
  if (!rest.substr(k).starts_with("주")) return q.end;
  k += std::string_view("주").size();
  // not a length or another word: 4주간, 4주년, 4주기, 4주일
  for (std::string_view no : words.not_week)
    if (rest.substr(k).starts_with(no)) return q.end;
  if (rest.substr(k).starts_with("차")) k += std::string_view("차").size();
  // the weeks whose Thursday lies in the month
  const sys_days month_first = *r.iv.from;
  const sys_days month_last = *r.iv.to - days{1};
  sys_days thursday = month_first + days{(4 - static_cast<int>(iso_wd(month_first)) + 7) % 7};
  sys_days last_thursday = month_last - days{(static_cast<int>(iso_wd(month_last)) - 4 + 7) % 7};
  sys_days t = n > 0 ? thursday + days{7 * (n - 1)} : last_thursday;
  if (t > last_thursday) return q.end;  // no fifth week this month
  const sys_days monday = t - days{3};
  r.grain = Grain::Week;
  r.iv = DayInterval::days(monday, monday + days{6});
  r.timex = week_timex(monday);
  r.mod = Mod::None;
  r.fuzzy = false;
  return q.end + k;
}

namespace {
// A bare day of the month as written: "17일", "8일" (ASCII digits then 일), its number; 0 otherwise.
unsigned bare_day_number(std::string_view text) {
  std::size_t i = 0;
  unsigned n = 0;
  while (i < text.size() && i < 2 && text[i] >= '0' && text[i] <= '9') n = n * 10 + static_cast<unsigned>(text[i++] - '0');
  return i > 0 && text.substr(i) == "일" && n >= 1 && n <= 31 ? n : 0;
}
bool one_day(const TimeExpr& e) {
  return (e.grain == Grain::Day || e.grain == Grain::Hour || e.grain == Grain::Minute) && e.interval.bounded() &&
         e.interval.length_days() == 1;
}
}  // namespace

std::optional<TimeExpr> Resolver::counted_from_story(const std::vector<TimeExpr>& out, std::size_t i,
                                                     const TimeExpr& b) const {
  const TimeExpr& a = out[i];
  // a: a distance from the publication date (P5D, P2W, P2M, P16Y), written as a date ("닷새 뒤", "사흘 전")
  if (a.type != ExprType::Date || a.anchor != AnchorKind::Publication || a.duration.size() < 3 ||
      a.duration[0] != 'P' || !a.interval.from)
    return std::nullopt;
  const char unit = a.duration.back();
  int n = 0;
  for (std::size_t k = 1; k + 1 < a.duration.size(); ++k) {
    if (a.duration[k] < '0' || a.duration[k] > '9') return std::nullopt;
    n = n * 10 + (a.duration[k] - '0');
  }
  if (n <= 0 || (unit != 'D' && unit != 'W' && unit != 'M' && unit != 'Y')) return std::nullopt;
  const int sign = *a.interval.from >= pub_ ? 1 : -1;
  // the story's latest day before it: a one-day expression already past at publication
  const TimeExpr* from = nullptr;
  for (std::size_t j = i; j-- > 0;)
    if (one_day(out[j]) && *out[j].interval.from < pub_) {
      from = &out[j];
      break;
    }
  if (!from) return std::nullopt;
  const sys_days d0 = *from->interval.from;
  const sys_days at = unit == 'D'   ? d0 + days{sign * n}
                      : unit == 'W' ? d0 + days{7 * sign * n}
                      : add_months_clamped(d0, sign * n * (unit == 'Y' ? 12 : 1));
  const year_month_day t{at};
  TimeExpr there = b;
  if (const unsigned day = bare_day_number(b.text); day != 0 && one_day(b)) {
    if (static_cast<unsigned>(t.day()) != day) return std::nullopt;
    there.interval = DayInterval::day(at);
    there.timex = format_iso(at);
  } else if (b.grain == Grain::Month && b.interval.bounded() && b.text.find("년") == std::string::npos &&
             year_month_day{*b.interval.from}.month() == t.month()) {
    const int y = static_cast<int>(t.year());
    const unsigned m = static_cast<unsigned>(t.month());
    there.interval = DayInterval::days(first_of(y, m), last_of(y, m));
    there.timex = ym_timex(y, m);
  } else {
    return std::nullopt;
  }
  there.anchor = AnchorKind::Expression;
  there.anchor_offset = from->begin;
  return there;
}

void Resolver::join_appositions(std::vector<TimeExpr>& out) const {
  // out[i] becomes one expression from its begin to out[i + 1]'s end, resolved as `as`; out[i + 1] goes
  auto join = [&](std::size_t i, TimeExpr as) {
    as.begin = out[i].begin;
    as.text = std::string(original_.substr(as.begin, out[i + 1].end - as.begin));
    out[i] = std::move(as);
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(i + 1));
  };
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    const TimeExpr& a = out[i];
    const TimeExpr& b = out[i + 1];
    if (b.begin < a.end) continue;
    const std::string_view gap = between(a, b);
    if (gap == "인" && b.type == ExprType::Date) {
      // "닷새 뒤인 30일", "두 달 뒤인 6월": a distance counted from the story's latest day before it, in apposition
      // to a date; where that day plus the distance lands on the date, the date is there (not at the publication)
      if (auto there = counted_from_story(out, i, b)) {
        join(i, std::move(*there));
        continue;
      }
    }
    if (gap == "인" && a.type == ExprType::Date && b.type == ExprType::Date && one_day(a) && one_day(b) &&
        !(a.interval == b.interval)) {
      // (the date, not the distance: "사흘 전인 10일" counted from an event is the 10th; where both agree, as in
      // "추석인 15일", "목요일인 15일", each stays an expression of its own). A bare day is the day of that
      // number nearest the count: "지난해 11월 19일 …, 그 다음날인 21일" is 2007-11-21, not the 21st before
      // publication.
      TimeExpr day = b;
      if (const unsigned n = bare_day_number(b.text); n != 0 && a.anchor == AnchorKind::Expression) {
        const year_month_day c{*a.interval.from};
        std::optional<sys_days> best;
        for (int dm = -1; dm <= 1; ++dm) {
          const year_month_day m{add_months_clamped(sys_days{c.year() / c.month() / 1}, dm)};
          auto d = make_day(static_cast<int>(m.year()), static_cast<unsigned>(m.month()), n);
          if (d && (!best || abs((*d - *a.interval.from).count()) < abs((*best - *a.interval.from).count()))) best = d;
        }
        if (best) {
          day.interval = DayInterval::day(*best);
          day.timex = format_iso(*best);
          day.anchor = a.anchor;
          day.anchor_offset = a.anchor_offset;
        }
      }
      join(i, std::move(day));
      continue;
    }
    if (gap.empty() && b.anchor == AnchorKind::Expression && b.anchor_offset == a.begin &&
        (b.text.starts_with("첫") || b.text.starts_with("마지막"))) {
      // "설 연휴 첫날", "축제 마지막 날": one expression, the day of the period
      join(i, b);
      continue;
    }
    if (gap.empty() && month_of_that_year(a, b)) {
      // "같은 해 10월", "이듬해 3월": one expression, the month of that year (placed so in run())
      join(i, b);
      continue;
    }
    if (gap.empty() && a.anchor == AnchorKind::Expression && a.grain == Grain::Month && a.interval.bounded() &&
        b.type == ExprType::Date) {
      const unsigned n = bare_day_number(b.text);
      if (n == 0) continue;
      const year_month_day m{*a.interval.from};
      auto d = make_day(static_cast<int>(m.year()), static_cast<unsigned>(m.month()), n);
      if (!d) continue;
      TimeExpr day = b;
      day.interval = DayInterval::day(*d);
      day.timex = format_iso(*d);
      day.anchor = a.anchor;
      day.anchor_offset = a.anchor_offset;
      join(i, std::move(day));
    }
  }
  // A list of bare days after a day counted from the story ("지난해 11월 19일 …, 그 다음날인 21일 …, 23일 …를 비롯해
  // 26일과 27일"): each later day of the list is in the month of the day before it, as run() does for a list
  // after a month written out (inherit_from_list); a list item follows a comma, 과/와/및 or 비롯해, in one
  // sentence.
  for (std::size_t i = 1; i < out.size(); ++i) {
    const TimeExpr& a = out[i - 1];
    TimeExpr& b = out[i];
    const unsigned n = bare_day_number(b.text);
    if (n == 0 || !one_day(b) || !one_day(a) || a.anchor != AnchorKind::Expression || b.begin < a.end) continue;
    const std::string_view gap = between(a, b);
    if (b.begin - a.end > 120 || gap.find_first_of(".?!\n'\"") != std::string_view::npos ||
        gap.find("“") != std::string_view::npos || gap.find("‘") != std::string_view::npos)
      continue;
    const bool listed = gap.find(',') != std::string_view::npos || gap.ends_with("과") || gap.ends_with("와") ||
                        gap.ends_with("및") || gap.ends_with("비롯해");
    const year_month_day c{*a.interval.from};
    if (!listed || n <= static_cast<unsigned>(c.day())) continue;
    auto d = make_day(static_cast<int>(c.year()), static_cast<unsigned>(c.month()), n);
    if (!d || *d == *b.interval.from) continue;
    b.interval = DayInterval::day(*d);
    b.timex = format_iso(*d);
    b.anchor = a.anchor;
    b.anchor_offset = a.anchor_offset;
  }
}

void Resolver::quoted_deixis(std::vector<TimeExpr>& out, const std::vector<std::size_t>& folded_begin,
                             const std::vector<std::size_t>& deictic) const {
  // One pass over the text: per expression, its sentence and whether it stands inside a quotation (", “…”, and
  // the ' crawls quote with as often).
  const std::string_view t = folded_.text;
  std::vector<std::size_t> sentence(out.size());
  std::vector<char> inside(out.size());
  std::size_t si = 0, pos = 0;
  int ascii = 0, single = 0, open = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    const std::size_t target = folded_begin[k];
    for (; pos < target && pos < t.size(); ++pos) {
      while (si + 1 < sentences_.size() && sentences_[si + 1].begin <= pos) {
        ++si;
        ascii = single = open = 0;  // a quotation never runs on into the next sentence
      }
      if (t[pos] == '"') ++ascii;
      if (t[pos] == '\'') ++single;
      if (static_cast<unsigned char>(t[pos]) == 0xE2) {  // (the lead byte of both curly quotes: compared only there)
        if (t.compare(pos, 3, "\u201c") == 0) ++open;
        if (t.compare(pos, 3, "\u201d") == 0 && open > 0) --open;
      }
    }
    while (si + 1 < sentences_.size() && sentences_[si + 1].begin <= target) {
      ++si;
      ascii = single = open = 0;
    }
    sentence[k] = si;
    inside[k] = ascii % 2 == 1 || single % 2 == 1 || open > 0;
  }
  constexpr std::size_t kReach = 32;  // expressions looked at either side (a bound for one endless sentence)
  for (std::size_t d : deictic) {
    if (!inside[d]) continue;
    // the said day: the nearest explicit single day of the sentence outside the quotes, before or after
    auto usable = [&](std::size_t j) {
      const TimeExpr& f = out[j];
      return sentence[j] == sentence[d] && !inside[j] && f.type == ExprType::Date && f.grain == Grain::Day &&
             f.interval.length_days() == 1 && std::find(deictic.begin(), deictic.end(), j) == deictic.end();
    };
    const TimeExpr* said = nullptr;
    std::size_t best = std::string_view::npos;
    for (std::size_t j = d; j > 0 && d - j < kReach && sentence[j - 1] == sentence[d];) {
      --j;
      if (usable(j)) {
        best = folded_begin[d] - folded_begin[j];
        said = &out[j];
        break;
      }
    }
    for (std::size_t j = d + 1; j < out.size() && j - d <= kReach && sentence[j] == sentence[d]; ++j)
      if (usable(j)) {
        if (folded_begin[j] - folded_begin[d] < best) said = &out[j];
        break;
      }
    // with no day in the sentence, the story's day (the words were said the day the article is about)
    sys_days base = pub_;
    std::size_t anchor = 0;
    if (said) {
      base = *said->interval.from;
      anchor = said->begin;
    } else if (lead_day_) {
      base = *lead_day_->r.iv.from;
      anchor = lead_day_->begin;
    }
    if (base == pub_) continue;
    TimeExpr& e = out[d];
    const sys_days day = *e.interval.from - pub_ + base;
    e.interval = DayInterval::day(day);
    e.timex = ymd_timex(year_month_day{day});
    e.anchor = AnchorKind::Expression;
    e.anchor_offset = anchor;
  }
}

}  // namespace

std::vector<TimeExpr> find_time_expressions(std::string_view text, const ResolveOptions& options) {
  Resolver r(text, options);
  return r.run();
}

}  // namespace yp::time
