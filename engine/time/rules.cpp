// The normaliser's grammar: named rules (pattern over scanner tokens + production that may reject) that turn
// tokens into unresolved Parses; the longest match wins at each position. Covered by tests/time/rules_test.cpp
// and the corpus tests/corpus/time_ko.tsv.
#include "time/rules.hpp"

#include "core/data.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <functional>

namespace yp::time::rules {

namespace {

using lex::Kind;
using scan::TokKind;
using scan::Token;

struct PM {  // a point match
  Point p;
  std::size_t next = 0;  // first token after it
  const char* rule = "point";
};

// The text starts with a noun of time/data/date_names.tsv ("총선", "부동산 대책").
bool names_a_date(std::string_view rest) {
  static const std::vector<std::string_view> words = yp::data::first_column("time/data/date_names.tsv");
  for (std::string_view w : words)
    if (rest.starts_with(w)) return true;
  return false;
}

class Grammar {
 public:
  Grammar(const scan::Scan& s, std::string_view text, bool every_token)
      : s_(s), toks_(s.tokens), text_(text), every_token_(every_token) {}

  std::vector<Parse> run();

 private:
  const scan::Scan& s_;
  const std::vector<Token>& toks_;
  std::string_view text_;
  bool every_token_ = false;  // try the rules at every token (the reference of may_start)
  std::size_t start_ = 0;  // first token of the expression being tried
  mutable bool attached_ = false;  // time_of_day is called right after a date

  const Token* at(std::size_t i) const { return i < toks_.size() ? &toks_[i] : nullptr; }
  // Token i continues the expression (same line; adjacent or after spaces); the first token may start a line.
  bool joined(std::size_t i) const { return i < toks_.size() && (i == start_ || !toks_[i].newline_before); }
  bool lexeme(std::size_t i, Kind k) const { return joined(i) && toks_[i].is(k); }
  bool unit(std::size_t i, int u) const { return lexeme(i, Kind::Unit) && toks_[i].lex->value == u; }
  bool suffix(std::size_t i, int v) const { return joined(i) && toks_[i].is(Kind::Suffix, v) && clean_end(i + 1); }
  std::string_view text_of(std::size_t i) const { return text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin); }
  // Token i is a word of time/data/english.tsv (it starts with a Latin letter).
  bool english(std::size_t i) const {
    const char c = text_[toks_[i].begin];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  // A number usable as a calendar field: plain digits (not 1,000, not glued to letters) or a Hangul numeral.
  bool number(std::size_t i) const {
    if (!joined(i) || toks_[i].kind != TokKind::Number) return false;
    const auto& t = toks_[i];
    if (t.glued_latin || t.digits < 0) return false;
    if (i > 0 && t.adjacent() && toks_[i - 1].kind == TokKind::Punct &&
        (toks_[i - 1].cp == '.' || toks_[i - 1].cp == ',' || toks_[i - 1].cp == '-' || toks_[i - 1].cp == '/')) {
      // 2023-2025년: a hyphen between two numbers is a range mark; COVID-19, 1.5, 3/4 are not.
      bool number_range = toks_[i - 1].cp == '-' && i > 1 && toks_[i - 1].adjacent() &&
                          toks_[i - 2].kind == TokKind::Number && !toks_[i - 2].glued_latin;
      // "공개했다.2일 …", "대어..12월31일": periods glued between a Hangul word and the number are a crawl-glued
      // sentence end (an ellipsis of two or three periods too)
      std::size_t dot = i - 1;
      while (dot > 1 && toks_[dot].cp == '.' && toks_[dot].adjacent() && toks_[dot - 1].kind == TokKind::Punct &&
             toks_[dot - 1].cp == '.' && i - dot < 3)
        --dot;
      bool glued_sentence = toks_[dot].cp == '.' && dot > 0 && toks_[dot].adjacent() &&
                            toks_[dot - 1].kind == TokKind::Hangul;
      if (!number_range && !glued_sentence) return false;
    }
    return true;
  }
  // The expression may end before token i: i is not glued to more word (3월호, 여름철, 말했다, A).
  bool clean_end(std::size_t i) const {
    if (i >= toks_.size() || !toks_[i].adjacent()) return true;
    auto k = toks_[i].kind;
    if (k == TokKind::Lexeme && (toks_[i].lex->kind == Kind::Unit || toks_[i].lex->kind == Kind::FuzzyCount))
      return false;  // 경주, 경수: the unit letter is part of a longer word
    return k != TokKind::Hangul && k != TokKind::Latin;
  }
  // Token i, glued to a year, is a noun of time/data/year_tails.tsv (생, 산, 작), alone or with a case particle or
  // an ending of that table: 1991년생, 1942년생으로, 1990년생인 (not 2024년생산량: 산량 is no particle).
  // With `named`, the word beginning at token i is instead a noun that a bare four-digit year names (2019시즌,
  // 2019 시즌: kind noun), whatever tokens the scanner cut it into (시 of 시즌 is the unit hour).
  bool year_tail(std::size_t i, bool named = false) const {
    if (i >= toks_.size() || (!named && toks_[i].kind != TokKind::Hangul)) return false;
    struct Table {
      std::vector<std::string> tails, endings, nouns;
    };
    static const Table table = [] {
      Table t;
      if (auto tsv = yp::data::lookup("time/data/year_tails.tsv"))
        for (const auto& row : yp::data::rows(*tsv)) {
          if (row.fields.size() < 2) continue;
          (row.fields[1] == "tail" ? t.tails : row.fields[1] == "noun" ? t.nouns : t.endings).emplace_back(row.fields[0]);
        }
      return t;
    }();
    std::string_view w = text_of(i);
    if (named) {  // the whole word: up to the next token that is not glued to it
      std::size_t e = i;
      while (e + 1 < toks_.size() && toks_[e + 1].adjacent() && toks_[e + 1].kind != TokKind::Punct) ++e;
      w = text_.substr(toks_[i].begin, toks_[e].end - toks_[i].begin);
    }
    for (const auto& tail : named ? table.nouns : table.tails) {
      if (w.substr(0, tail.size()) != tail) continue;
      std::string_view rest = w.substr(tail.size());
      if (rest.empty()) return true;
      if (std::find(table.endings.begin(), table.endings.end(), rest) != table.endings.end()) return true;
      const auto* e = lex::lexicon().longest(text_, toks_[i].begin + tail.size());
      return e && e->kind == Kind::Particle && e->surface.size() == rest.size();
    }
    return false;
  }
  // 3년 만에, 5개월 만의, 3일 만인, 37일 만이다, 99일 만 (a headline): the gap since something (만 + 의 may come as two
  // tokens); not 3일만 (glued 만 alone: "only").
  bool since_follows(std::size_t k) const {
    if (k >= toks_.size() || !joined(k)) return false;
    std::string_view w = text_of(k);
    if (w == "만에" || w == "만의" || w == "만인") return true;
    return w == "만" && (!toks_[k].adjacent() || (k + 1 < toks_.size() && toks_[k + 1].adjacent() && text_of(k + 1) == "의"));
  }
  // A word of time/data/term_words.tsv comes right before token k (징역 1년 6월, 금고 2년 6월): the years and
  // months after it are a length (a prison term), no date.
  bool sentence_term_before(std::size_t k) const {
    if (k == 0) return false;
    static const std::vector<std::string_view> words = yp::data::first_column("time/data/term_words.tsv");
    return std::find(words.begin(), words.end(), text_of(k - 1)) != words.end();
  }
  // After N년 (or another unit): what makes it a length, not a date (간, 동안, 전, 후, 이상, 넘게, 째, 만에 …, 새, 사이).
  bool length_follows(std::size_t k) const {
    if (k >= toks_.size() || !joined(k)) return false;
    if (since_follows(k) || counter_follows(k)) return true;
    for (int v : {lex::kSpan, lex::kAgo, lex::kLater, lex::kMore, lex::kLess, lex::kWithin, lex::kApprox})
      if (toks_[k].is(Kind::Suffix, v)) return true;
    std::string_view w = text_of(k);
    return w == "새" || w == "사이" || w == "가까이" || w == "여간";
  }
  // A number + 일 that is a count, not a date: 3일 연속, 1일 평균, 3일째.
  // One-syllable counters (회, 차, 당) only when glued: 2회, 3일째 — not 회의, 차례 after a space.
  bool counter_follows(std::size_t i) const {
    if (since_follows(i)) return true;
    if (!suffix(i, lex::kCounter)) return false;
    if (toks_[i].end - toks_[i].begin > 3 || toks_[i].adjacent()) return true;
    return i + 1 >= toks_.size() || !toks_[i + 1].adjacent();  // 2일 차 경기: the counter is a whole word
  }

  bool may_start(std::size_t i) const;
  std::optional<PM> point(std::size_t i) const;
  std::optional<PM> year_head(std::size_t i) const;
  std::optional<PM> month_head(std::size_t i) const;
  std::optional<PM> day_point(std::size_t i) const;
  std::optional<PM> week_point(std::size_t i) const;
  std::optional<PM> misc_point(std::size_t i) const;
  std::optional<PM> digit_date(std::size_t i) const;
  std::size_t month_tail(Point& p, std::size_t j) const;  // [N일 | 초/중순/말] after a month
  std::size_t time_of_day(Point& p, std::size_t j, bool need_daytime) const;
  std::size_t weekday_check(Point& p, std::size_t j) const;

  std::optional<Parse> expression(std::size_t i) const;
  std::optional<Parse> duration(std::size_t i) const;
  std::optional<Parse> vague(std::size_t i) const;
  std::optional<Parse> event_after(std::size_t i) const;
  std::optional<Parse> set(std::size_t i) const;
  std::optional<Parse> bare_range(std::size_t i) const;
  std::optional<Parse> paren_year(std::size_t i) const;

  Parse make(Shape shape, std::size_t first, std::size_t next, const char* rule) const {
    Parse p;
    p.shape = shape;
    p.begin = toks_[first].begin;
    p.end = toks_[next - 1].end;
    p.next_token = next;
    p.rule = rule;
    return p;
  }
  // A range p1..p2 over tokens [first, next), absorbing a 까지 glued to the second end.
  Parse make_range(std::size_t first, std::size_t next, const char* rule, const Point& p1, const Point& p2) const {
    Parse r = make(Shape::Range, first, next, rule);
    r.p1 = p1;
    r.p2 = p2;
    if (suffix(next, lex::kUntil)) {
      r.next_token = next + 1;
      r.end = toks_[next].end;
    }
    return r;
  }
};

// Hour on the 24-hour clock for an hour written after 오전/오후/밤/새벽/낮 (0 = none said).
int apply_daytime(int dt, int h) {
  switch (dt) {
    case lex::kPm:
    case lex::kEvening:
      if (h < 12) h += 12;
      break;
    case lex::kNight:
      if (h >= 6 && h < 12) h += 12;
      else if (h == 12) h = 0;
      break;
    case lex::kDaytime:
      if (h < 6) h += 12;
      break;
    case lex::kAm:
    case lex::kDawn:
    case lex::kMorning:
      if (h == 12) h = 0;
      break;
    default: break;
  }
  return h == 24 ? 0 : h;
}

bool valid_day(std::int64_t v) { return v >= 1 && v <= 31; }
constexpr std::size_t kReject = static_cast<std::size_t>(-1);  // month_tail: the whole point is not a date
bool valid_month(std::int64_t v) { return v >= 1 && v <= 12; }

// ---- calendar points -------------------------------------------------------------------------------------

std::size_t Grammar::month_tail(Point& p, std::size_t j) const {
  if (number(j) && valid_day(toks_[j].value) && unit(j + 1, lex::kDay) && toks_[j].digits <= 2) {
    if (!counter_follows(j + 2) && clean_end(j + 2)) {
      p.day = static_cast<unsigned>(toks_[j].value);
      return j + 2;
    }
    // 1월 1일생, 10월 3일째: the day is part of another word, and so is the month.
    if (!clean_end(j + 2)) return kReject;
  }
  if (lexeme(j, Kind::Part) && toks_[j].lex->value != lex::kPartWithin && clean_end(j + 1)) {
    p.part = toks_[j].lex->value;
    return j + 1;
  }
  return j;
}

std::optional<PM> Grammar::year_head(std::size_t i) const {
  Point p;
  std::size_t j = i;
  bool bare_ol = false;
  // 지난 2019년, 오는 2026년: the direction word is part of the surface; the year says it all.
  if (lexeme(j, Kind::Rel) && number(j + 1) && toks_[j + 1].digits == 4 && unit(j + 2, lex::kYear)) ++j;
  // 지난 92년, 지난 74년 사들였다 (older news): two digits after 지난 name a year, unless a length follows (지난 10년간,
  // 지난 50년 동안, 지난 10년 새, 지난 20년 전: the past N years)
  if (lexeme(j, Kind::Rel) && toks_[j].lex->value == lex::kRelPast && number(j + 1) && toks_[j + 1].digits == 2 &&
      unit(j + 2, lex::kYear) && toks_[j + 2].adjacent() && !length_follows(j + 3)) {
    p.year = static_cast<int>(toks_[j + 1].value);
    p.short_year = true;
    j += 3;
    if (!clean_end(j)) return std::nullopt;
    return PM{p, j};
  }
  // A part after a decade or a century: 2000년대 초반, 1980년대말, 19세기 말.
  auto with_part = [&](std::size_t k) -> std::optional<PM> {
    if (!clean_end(k)) return std::nullopt;
    if (lexeme(k, Kind::Part) && toks_[k].lex->value != lex::kPartWithin && clean_end(k + 1)) p.part = toks_[k++].lex->value;
    return PM{p, k};
  };
  // 2019시즌, 2019 시즌: a four-digit year without 년 naming a noun of time/data/year_tails.tsv (kind noun)
  if (number(j) && toks_[j].digits == 4 && toks_[j].value >= 1900 && toks_[j].value <= 2099 && j + 1 < toks_.size() &&
      !toks_[j + 1].newline_before && year_tail(j + 1, true)) {
    p.year = static_cast<int>(toks_[j].value);
    // the surface is the year alone (as for 1991년생), but a season's year dates its events: not attributive
    return PM{p, j + 1};
  }
  // 17세기: the century, by its first year (1601)
  if (number(j) && unit(j + 1, lex::kCentury) && toks_[j + 1].adjacent() && toks_[j].digits <= 2 &&
      toks_[j].value >= 1 && toks_[j].value <= 21) {
    p.century = static_cast<int>(toks_[j].value - 1) * 100 + 1;
    return with_part(j + 2);
  }
  if (number(j) && (unit(j + 1, lex::kYear) || unit(j + 1, lex::kDecade)) && toks_[j + 1].adjacent()) {
    auto v = toks_[j].value;
    bool decade = unit(j + 1, lex::kDecade);
    if (decade && (toks_[j].digits == 2 || toks_[j].digits == 4)) {
      p.decade = static_cast<int>(toks_[j].digits == 2 ? (v >= 30 ? 1900 + v : 2000 + v) : v);
      if (*p.decade % 10 != 0) return std::nullopt;
      return with_part(j + 2);
    }
    // 91년 4월, 99년 3월 (older news): two digits and a month name a year, the latest such (not 징역 1년 6월, a
    // sentence of a year and six months)
    const bool short_with_month = !decade && toks_[j].digits == 2 && clean_end(j + 2) && number(j + 2) &&
                                  toks_[j + 2].digits <= 2 && valid_month(toks_[j + 2].value) &&
                                  unit(j + 3, lex::kMonth) && toks_[j + 3].adjacent() && !sentence_term_before(j);
    if (short_with_month) {
      p.year = static_cast<int>(v);
      p.short_year = true;
    } else {
      if (decade || v < 1000 || v > 2999) return std::nullopt;
      p.year = static_cast<int>(v);
    }
    j += 2;
  } else if (at(j) && toks_[j].kind == TokKind::Punct && (toks_[j].cp == '\'' || toks_[j].cp == U'‘' || toks_[j].cp == U'’') &&
             number(j + 1) && toks_[j + 1].adjacent() && toks_[j + 1].digits == 2 && unit(j + 2, lex::kYear) &&
             toks_[j + 2].adjacent()) {
    auto v = toks_[j + 1].value;
    p.year = static_cast<int>(v <= 69 ? 2000 + v : 1900 + v);
    j += 3;
  } else if (lexeme(j, Kind::Year)) {
    p.year_offset = toks_[j].lex->value;  // lex::kNewYear is settled by the resolver
    bare_ol = text_of(j) == "올";
    j += 1;
  } else {
    return std::nullopt;
  }
  if (!clean_end(j) && !bare_ol) {
    // 1991년생으로, 2000년산, 2011년작: the year of a birth, a vintage, a work (time/data/year_tails.tsv)
    if (p.year && year_tail(j)) {
      p.attributive = true;
      return PM{p, j};
    }
    return std::nullopt;
  }
  std::size_t k = j;
  // 2025년 10월 [24일 | 초]
  if (number(k) && valid_month(toks_[k].value) && unit(k + 1, lex::kMonth) && toks_[k].digits <= 2 && clean_end(k + 2)) {
    p.month = static_cast<unsigned>(toks_[k].value);
    k = month_tail(p, k + 2);
    if (k == kReject) return std::nullopt;
  } else if (lexeme(k, Kind::MonthName) && clean_end(k + 1)) {
    p.month = static_cast<unsigned>(toks_[k].lex->value);
    k = month_tail(p, k + 1);
    if (k == kReject) return std::nullopt;
  } else if (lexeme(k, Kind::Part) && toks_[k].lex->value != lex::kPartWithin && clean_end(k + 1)) {
    p.part = toks_[k].lex->value;  // 올해 초, 작년 말
    ++k;
  } else if (lexeme(k, Kind::Half) && clean_end(k + 1)) {
    p.half = static_cast<unsigned>(toks_[k].lex->value);
    ++k;
  } else if (number(k) && unit(k + 1, lex::kQuarter) && toks_[k].value >= 1 && toks_[k].value <= 4 && clean_end(k + 2) &&
             !counter_follows(k + 2)) {
    p.quarter = static_cast<unsigned>(toks_[k].value);
    k += 2;
  } else if (lexeme(k, Kind::Season) && clean_end(k + 1)) {
    p.season = static_cast<unsigned>(toks_[k].lex->value);
    ++k;
  } else if (joined(k) && toks_[k].kind == TokKind::Holiday) {
    p.holiday = toks_[k].holiday;
    ++k;
  } else if (lexeme(k, Kind::YearPart) && toks_[k].lex->value != lex::kPartWithin && clean_end(k + 1)) {
    p.part = toks_[k].lex->value;  // 내년 연말
    ++k;
  }
  if (k == j && bare_ol) {
    // 올 alone: a year before a noun (올 들어, 올 성장률), not the verb 오다 (올 것, 올 수, 올 때); glued only to
    // 들어 (올들어, as crawled text writes it: 올라, 올림픽 are other words)
    if (!joined(j) || (toks_[j].adjacent() && !suffix(j, lex::kInto))) return std::nullopt;
    auto w = text_.substr(toks_[j].begin, 3);
    if (w == "것" || w == "수" || w == "때" || w == "지" || w == "듯" || w == "거") return std::nullopt;
  }
  return PM{p, k};
}

std::optional<PM> Grammar::month_head(std::size_t i) const {
  Point p;
  std::size_t j = i;
  if (lexeme(j, Kind::Month)) {
    p.month_offset = toks_[j].lex->value;
    if (!clean_end(j + 1)) return std::nullopt;
    std::size_t next = month_tail(p, j + 1);
    if (next == kReject) return std::nullopt;
    return PM{p, next};
  }
  if (lexeme(j, Kind::Rel)) {
    int r = toks_[j].lex->value;
    if (r == lex::kRelBack || r == lex::kRelPast2) return std::nullopt;
    p.rel = r;
    p.has_rel = true;
    ++j;
  }
  if (number(j) && valid_month(toks_[j].value) && toks_[j].digits <= 2 && unit(j + 1, lex::kMonth) &&
      toks_[j + 1].adjacent() && clean_end(j + 2)) {
    // 징역 1년 6월: the months of a prison term, no month of the calendar
    if (j >= 2 && number(j - 2) && unit(j - 1, lex::kYear) && sentence_term_before(j - 2)) return std::nullopt;
    p.month = static_cast<unsigned>(toks_[j].value);
    std::size_t next = month_tail(p, j + 2);
    if (next == kReject) return std::nullopt;
    return PM{p, next};
  }
  if (lexeme(j, Kind::MonthName) && english(j)) {
    // Aug. 29, Aug. 29, 2023 (time/data/english.tsv): a date only with its day (alone, May may be a name)
    if (p.has_rel || !number(j + 1) || toks_[j + 1].adjacent() || toks_[j + 1].digits > 2 ||
        !valid_day(toks_[j + 1].value))
      return std::nullopt;
    p.month = static_cast<unsigned>(toks_[j].lex->value);
    p.day = static_cast<unsigned>(toks_[j + 1].value);
    std::size_t next = j + 2;
    if (next + 1 < toks_.size() && toks_[next].is_punct(',') && toks_[next].adjacent() && number(next + 1) &&
        toks_[next + 1].digits == 4) {
      p.year = static_cast<int>(toks_[next + 1].value);
      next += 2;
    }
    return PM{p, next};
  }
  if (lexeme(j, Kind::MonthName) && clean_end(j + 1)) {
    p.month = static_cast<unsigned>(toks_[j].lex->value);
    std::size_t next = month_tail(p, j + 1);
    if (next == kReject) return std::nullopt;
    return PM{p, next};
  }
  return std::nullopt;
}

std::optional<PM> Grammar::day_point(std::size_t i) const {
  Point p;
  std::size_t j = i;
  if (lexeme(j, Kind::Rel)) {
    int r = toks_[j].lex->value;
    if (r == lex::kRelBack || r == lex::kRelPast2) return std::nullopt;
    p.rel = r;
    p.has_rel = true;
    ++j;
  }
  if (!number(j) || !valid_day(toks_[j].value) || toks_[j].digits > 2 || !unit(j + 1, lex::kDay) ||
      !toks_[j + 1].adjacent())
    return std::nullopt;
  // 하루 1일, 제3일: not a date.
  if (j > 0 && toks_[j].adjacent() && toks_[j - 1].kind == TokKind::Hangul) return std::nullopt;
  if (j > 0 && toks_[j - 1].is(Kind::Count)) return std::nullopt;
  if (counter_follows(j + 2) || !clean_end(j + 2)) return std::nullopt;
  // 1일 2회 (a dosage: once a day is 1일): a count follows. 15일 2차 회의 is the 15th.
  if (toks_[j].value == 1 && number(j + 2) && !toks_[j + 2].adjacent() && counter_follows(j + 3)) return std::nullopt;
  // 3일 전, 3일 동안 belong to the duration rule.
  if (suffix(j + 2, lex::kAgo) || suffix(j + 2, lex::kLater) || suffix(j + 2, lex::kSpan) ||
      suffix(j + 2, lex::kMore) || suffix(j + 2, lex::kLess))
    return std::nullopt;
  p.day = static_cast<unsigned>(toks_[j].value);
  return PM{p, j + 2};
}

std::optional<PM> Grammar::week_point(std::size_t i) const {
  Point p;
  std::size_t j = i;
  if (lexeme(j, Kind::Week)) {
    p.week_offset = toks_[j].lex->value;
    ++j;
    if (lexeme(j, Kind::Weekday) && clean_end(j + 1)) {
      p.weekday = static_cast<unsigned>(toks_[j].lex->value);
      ++j;
    } else if (lexeme(j, Kind::Part) && toks_[j].lex->value != lex::kPartWithin && clean_end(j + 1)) {
      p.part = toks_[j].lex->value;  // 이번 주 초, 다음 주 중반, 지난주 말
      ++j;
    } else if (!clean_end(j)) {
      return std::nullopt;
    }
    return PM{p, j};
  }
  if (lexeme(j, Kind::Weekend)) {
    p.week_offset = toks_[j].lex->value;
    p.weekend = true;
    return clean_end(j + 1) ? std::optional<PM>(PM{p, j + 1}) : std::nullopt;
  }
  if (lexeme(j, Kind::Rel)) {
    int r = toks_[j].lex->value;
    if (r == lex::kRelBack || r == lex::kRelPast2) return std::nullopt;
    p.rel = r;
    p.has_rel = true;
    ++j;
  }
  if (lexeme(j, Kind::Weekday) && clean_end(j + 1)) {
    p.weekday = static_cast<unsigned>(toks_[j].lex->value);
    return PM{p, j + 1};
  }
  if (p.has_rel && lexeme(j, Kind::Season) && clean_end(j + 1)) {
    p.season = static_cast<unsigned>(toks_[j].lex->value);  // 지난 겨울, 이번 가을
    return PM{p, j + 1};
  }
  if (p.has_rel && number(j) && unit(j + 1, lex::kQuarter) && toks_[j + 1].adjacent() && toks_[j].value >= 1 &&
      toks_[j].value <= 4 && clean_end(j + 2) && !counter_follows(j + 2)) {
    p.quarter = static_cast<unsigned>(toks_[j].value);  // 지난 2분기
    return PM{p, j + 2};
  }
  if (p.has_rel && lexeme(j, Kind::YearPart) && toks_[j].lex->value != lex::kPartWithin && clean_end(j + 1)) {
    p.part = toks_[j].lex->value;  // 지난 연말, 오는 연초: the year is chosen by direction
    return PM{p, j + 1};
  }
  if (p.has_rel && joined(j) && toks_[j].kind == TokKind::Holiday) {
    p.holiday = toks_[j].holiday;  // 지난 추석
    return PM{p, j + 1};
  }
  return std::nullopt;
}

std::optional<PM> Grammar::misc_point(std::size_t i) const {
  Point p;
  if (!joined(i)) return std::nullopt;
  const Token& t = toks_[i];
  if (t.kind == TokKind::Holiday) {
    p.holiday = t.holiday;
    return PM{p, i + 1};
  }
  if (number(i) && unit(i + 1, lex::kQuarter) && toks_[i + 1].adjacent() && t.value >= 1 && t.value <= 4 &&
      clean_end(i + 2)) {
    if (counter_follows(i + 2)) return std::nullopt;  // 2분기 연속
    p.quarter = static_cast<unsigned>(t.value);  // 3분기
    return PM{p, i + 2};
  }
  if (t.kind != TokKind::Lexeme || !clean_end(i + 1)) return std::nullopt;
  switch (t.lex->kind) {
    case Kind::Deictic: p.day_offset = t.lex->value; break;
    case Kind::Anaphor: p.anaphor = t.lex->value; break;
    case Kind::AnaphorYear: p.anaphor_year = t.lex->value; break;
    case Kind::Quarter: p.quarter_offset = t.lex->value; break;
    case Kind::AnaphorMonth: p.anaphor_month = t.lex->value; break;
    case Kind::Season: p.season = static_cast<unsigned>(t.lex->value); break;
    case Kind::Weekday: p.weekday = static_cast<unsigned>(t.lex->value); break;
    case Kind::Half:
      p.half = static_cast<unsigned>(t.lex->value);
      break;
    case Kind::YearPart:
      p.year_offset = 0;
      p.part = t.lex->value;
      break;
    case Kind::MonthPart:
      p.month_offset = 0;
      p.part = t.lex->value;
      break;
    default: return std::nullopt;
  }
  return PM{p, i + 1};
}

// 2025.10.24, 2025-10-24, 2025/10/24, 10.24 (month.day of the current year)
std::optional<PM> Grammar::digit_date(std::size_t i) const {
  if (!number(i)) return std::nullopt;
  const Token& a = toks_[i];
  auto sep_at = [&](std::size_t k, char32_t c) {
    return k < toks_.size() && toks_[k].adjacent() && toks_[k].is_punct(c);
  };
  auto num_at = [&](std::size_t k, int min_digits, int max_digits) {
    return k < toks_.size() && toks_[k].adjacent() && toks_[k].kind == TokKind::Number && toks_[k].digits >= min_digits &&
           toks_[k].digits <= max_digits;
  };
  Point p;
  // 2025. 9. 1. (official style: dots followed by spaces)
  auto spaced_num = [&](std::size_t k) {
    return k < toks_.size() && !toks_[k].newline_before && toks_[k].kind == TokKind::Number && toks_[k].digits >= 1 &&
           toks_[k].digits <= 2;
  };
  if (a.digits == 4 && sep_at(i + 1, U'.') && spaced_num(i + 2) && toks_[i + 2].space_before && sep_at(i + 3, U'.') &&
      spaced_num(i + 4)) {
    auto m = toks_[i + 2].value, d = toks_[i + 4].value;
    if (!valid_month(m) || !valid_day(d)) return std::nullopt;
    std::size_t k = i + 5;
    if (sep_at(k, U'.')) ++k;
    p.year = static_cast<int>(a.value);
    p.month = static_cast<unsigned>(m);
    p.day = static_cast<unsigned>(d);
    return PM{p, k};
  }
  if (a.digits == 4) {
    for (char32_t sep : {U'.', U'-', U'/'}) {
      if (sep_at(i + 1, sep) && num_at(i + 2, 1, 2) && sep_at(i + 3, sep) && num_at(i + 4, 1, 2)) {
        auto y = static_cast<int>(a.value);
        auto m = toks_[i + 2].value, d = toks_[i + 4].value;
        if (!valid_month(m) || !valid_day(d) || y < 1000) return std::nullopt;
        std::size_t k = i + 5;
        if (sep == U'.' && sep_at(k, U'.')) ++k;  // 2025.10.24.
        if (k < toks_.size() && toks_[k].adjacent() && (toks_[k].kind == TokKind::Number || toks_[k].kind == TokKind::Latin))
          return std::nullopt;
        p.year = y;
        p.month = static_cast<unsigned>(m);
        p.day = static_cast<unsigned>(d);
        return PM{p, k};
      }
    }
    return std::nullopt;
  }
  // M·D or M.D naming an election or a policy measure (time/data/date_names.tsv): "4·10 총선", "8.2 부동산 대책",
  // "8.29부동산대책" — a one-digit day too; the dot may be any of the middle dots crawls carry (·, ㆍ, ‧, ∙, ・).
  if (a.digits >= 1 && a.digits <= 2 &&
      (sep_at(i + 1, U'.') || (i + 1 < toks_.size() && toks_[i + 1].adjacent() && toks_[i + 1].kind == TokKind::Punct &&
                               yp::text::is_middle_dot(toks_[i + 1].cp))) &&
      num_at(i + 2, 1, 2) && i + 3 < toks_.size() && !toks_[i + 3].newline_before && toks_[i + 3].kind == TokKind::Hangul) {
    auto m = a.value, d = toks_[i + 2].value;
    std::string_view rest = text_.substr(toks_[i + 3].begin);
    if (valid_month(m) && valid_day(d) && names_a_date(rest)) {
      p.month = static_cast<unsigned>(m);
      p.day = static_cast<unsigned>(d);
      p.rel = 0;
      p.named_day = true;
      return PM{p, i + 3};
    }
  }
  // M.D: 10.24 — day written with two digits, nothing glued after (1.5배, 3.14%, 2.35 are not dates).
  if (a.digits >= 1 && a.digits <= 2 && sep_at(i + 1, U'.') && num_at(i + 2, 2, 2)) {
    auto m = a.value, d = toks_[i + 2].value;
    if (!valid_month(m) || !valid_day(d)) return std::nullopt;
    std::size_t k = i + 3;
    if (k < toks_.size() && toks_[k].adjacent()) {
      const Token& n = toks_[k];
      bool ok = (n.kind == TokKind::Punct && (n.cp == '(' || n.cp == '~' || n.cp == ',')) ||
                (n.kind == TokKind::Lexeme && (n.lex->kind == Kind::Particle || n.lex->kind == Kind::Suffix));
      if (!ok) return std::nullopt;
    }
    p.month = static_cast<unsigned>(m);
    p.day = static_cast<unsigned>(d);
    p.rel = 0;
    return PM{p, k};
  }
  return std::nullopt;
}

std::size_t Grammar::time_of_day(Point& p, std::size_t j, bool need_daytime) const {
  int dt = 0;
  std::size_t k = j;
  if (lexeme(k, Kind::DayTime)) {
    dt = toks_[k].lex->value;
    if (dt == lex::kNoon || dt == lex::kMidnight) {
      if (!clean_end(k + 1)) return j;
      p.minutes = dt == lex::kNoon ? 12 * 60 : 0;
      return k + 1;
    }
    if (dt == lex::kHalfHour) return j;
    ++k;
  }
  if (need_daytime && dt == 0) return j;
  if (!number(k) || toks_[k].value > 24 || !unit(k + 1, lex::kHour) ||
      !(toks_[k + 1].adjacent() || toks_[k].hangul_number)) {
    // 이날 오후, 내일 새벽: a part of the day without an hour keeps the date only.
    return j;
  }
  if (toks_[k].digits > 2 && !toks_[k].hangul_number) return j;
  int h = static_cast<int>(toks_[k].value);
  std::size_t e = k + 2;
  int minute = 0;
  bool minute_said = false;
  if (number(e) && toks_[e].value < 60 && unit(e + 1, lex::kMinute) && toks_[e + 1].adjacent()) {
    minute = static_cast<int>(toks_[e].value);
    minute_said = true;
    e += 2;
  } else if (lexeme(e, Kind::DayTime) && toks_[e].lex->value == lex::kHalfHour && clean_end(e + 1)) {
    minute = 30;
    minute_said = true;
    e += 1;
  }
  if (!clean_end(e)) return j;
  if (dt == 0 && !minute_said && !attached_) {
    // A bare 3시 alone must end its phrase (3시에, 3시부터, 3시.) — 3시 방향, 24시 편의점 are not times.
    bool ends = e >= toks_.size() || toks_[e].newline_before ||
                (toks_[e].kind == TokKind::Punct && toks_[e].cp != '(') ||
                (toks_[e].adjacent() && toks_[e].kind == TokKind::Lexeme &&
                 (toks_[e].lex->kind == Kind::Particle || toks_[e].lex->kind == Kind::Suffix));
    if (!ends || h > 24) return j;
  }
  p.minutes = apply_daytime(dt, h) * 60 + minute;
  p.minute_said = minute_said;
  p.daytime_said = dt != 0;
  return e;
}

std::size_t Grammar::weekday_check(Point& p, std::size_t j) const {
  // 10월 24일(금), 24일(금요일)
  if (j + 2 < toks_.size() && toks_[j].adjacent() && toks_[j].is_punct('(') && toks_[j + 1].adjacent() &&
      toks_[j + 2].adjacent() && toks_[j + 2].is_punct(')')) {
    std::string_view w = text_of(j + 1);
    int wd = lex::lexicon().weekday_abbr(w);
    if (!wd && toks_[j + 1].is(Kind::Weekday)) wd = toks_[j + 1].lex->value;
    if (wd) {
      p.weekday_check = static_cast<unsigned>(wd);
      return j + 3;
    }
  }
  return j;
}

std::optional<PM> Grammar::point(std::size_t i) const {
  std::optional<PM> best;
  auto consider = [&](std::optional<PM> c, const char* rule) {
    if (c && c->next > i && (!best || c->next > best->next)) {
      best = std::move(c);
      best->rule = rule;
    }
  };
  consider(digit_date(i), "digit-date");
  consider(year_head(i), "year");
  consider(month_head(i), "month");
  consider(day_point(i), "day-of-month");
  consider(week_point(i), "week-weekday");
  consider(misc_point(i), "word");
  if (!best) {
    // A time of day alone: 오후 3시 30분, 정오.
    Point p;
    std::size_t e = time_of_day(p, i, false);
    if (e > i && !(number(i) && toks_[i].digits < 0)) best = PM{p, e};
    return best;
  }
  Point& p = best->p;
  bool day_level = p.day || p.day_offset || p.anaphor || p.weekday || p.holiday >= 0;
  if (day_level) {
    best->next = weekday_check(p, best->next);
    // 24일 금요일: a weekday word right after a dated day checks it, like (금).
    if ((p.day || p.holiday >= 0) && !p.weekday && !p.weekday_check && lexeme(best->next, Kind::Weekday) &&
        !toks_[best->next].adjacent() && clean_end(best->next + 1)) {
      p.weekday_check = static_cast<unsigned>(toks_[best->next].lex->value);
      ++best->next;
    }
    attached_ = true;
    best->next = time_of_day(p, best->next, false);
    attached_ = false;
  }
  return best;
}

// ---- expressions -------------------------------------------------------------------------------------------

// A year alone in brackets, as news writes after a film, a book or a person: '괴물'(2006), 김씨(1934∼2019).
// Only four digits from 1800 to 2100 with the brackets glued on both sides; (2006년) is the ordinary rule's.
std::optional<Parse> Grammar::paren_year(std::size_t i) const {
  auto year_at = [&](std::size_t k) {
    return number(k) && toks_[k].digits == 4 && toks_[k].value >= 1800 && toks_[k].value <= 2100;
  };
  if (i == 0 || !toks_[i].adjacent() || !toks_[i - 1].is_punct('(') || !year_at(i)) return std::nullopt;
  Point a;
  a.year = static_cast<int>(toks_[i].value);
  if (i + 1 < toks_.size() && toks_[i + 1].adjacent() && toks_[i + 1].is_punct(')')) {
    Parse q = make(Shape::Point, i, i + 1, "paren-year");
    q.p1 = a;
    return q;
  }
  if (i + 3 < toks_.size() && toks_[i + 1].adjacent() && toks_[i + 1].is_punct('~') && toks_[i + 2].adjacent() &&
      year_at(i + 2) && toks_[i + 3].adjacent() && toks_[i + 3].is_punct(')') && toks_[i + 2].value > toks_[i].value) {
    Point b;
    b.year = static_cast<int>(toks_[i + 2].value);
    return make_range(i, i + 3, "paren-year-range", a, b);
  }
  return std::nullopt;
}

std::optional<Parse> Grammar::bare_range(std::size_t i) const {
  // 9~10월, 28~31일, 2023~2025년, 오는 28~31일
  std::size_t j = i;
  Point rel;
  if (lexeme(j, Kind::Rel)) {
    rel.rel = toks_[j].lex->value;
    rel.has_rel = true;
    ++j;
  }
  // 오후 2~4시
  int dt = 0;
  if (!rel.has_rel && lexeme(j, Kind::DayTime) && toks_[j].lex->value <= lex::kDaytime) {
    dt = toks_[j].lex->value;
    ++j;
  }
  if (number(j) && toks_[j].value <= 24 && j + 1 < toks_.size() && toks_[j + 1].is_punct('~') && joined(j + 2) &&
      toks_[j + 1].adjacent()) {
    Point p2;
    attached_ = true;
    std::size_t e = time_of_day(p2, j + 2, false);
    attached_ = false;
    if (e > j + 2 && p2.minutes && !p2.daytime_said) {
      Point p1;
      p1.minutes = apply_daytime(dt, static_cast<int>(toks_[j].value)) * 60;
      p1.daytime_said = dt != 0;
      p2.minutes = apply_daytime(dt, *p2.minutes / 60) * 60 + *p2.minutes % 60;
      p2.daytime_said = dt != 0;
      std::size_t end = suffix(e, lex::kUntil) ? e + 1 : e;
      Parse r = make(Shape::Range, i, end, "time-range-bare");
      r.p1 = p1;
      r.p2 = p2;
      return r;
    }
  }
  if (dt) return std::nullopt;
  if (!number(j) || !(j + 1 < toks_.size()) || toks_[j + 1].newline_before ||
      !(toks_[j + 1].is_punct('~') || (toks_[j + 1].is_punct('-') && toks_[j + 1].adjacent() && j + 2 < toks_.size() &&
                                       toks_[j + 2].adjacent())))
    return std::nullopt;
  auto p2 = point(j + 2);
  if (!p2 || !joined(j + 2)) return std::nullopt;
  Point p1 = p2->p;
  auto v = toks_[j].value;
  p1.has_rel = rel.has_rel;
  p1.rel = rel.rel;
  p1.minutes.reset();
  p1.weekday_check.reset();
  if (p2->p.day && !p2->p.month && !p2->p.year) {
    if (!valid_day(v)) return std::nullopt;
    p1.day = static_cast<unsigned>(v);
  } else if (p2->p.month && !p2->p.day && !p2->p.year) {
    if (!valid_month(v)) return std::nullopt;
    p1.month = static_cast<unsigned>(v);
    p1.part = 0;
  } else if (p2->p.quarter && !p2->p.year && !p2->p.year_offset) {
    if (v < 1 || v > 4) return std::nullopt;
    p1.quarter = static_cast<unsigned>(v);
  } else if (p2->p.year && !p2->p.month) {
    if (v < 1000 || v > 2999) return std::nullopt;
    p1.year = static_cast<int>(v);
  } else {
    return std::nullopt;
  }
  return make_range(i, p2->next, "range-bare-number", p1, p2->p);
}

std::optional<Parse> Grammar::expression(std::size_t i) const {
  auto pm = point(i);
  if (!pm) return std::nullopt;
  const Point& p1 = pm->p;
  std::size_t k = pm->next;
  Parse r = make(Shape::Point, i, k, pm->rule);
  r.p1 = p1;
  if (!p1.has_calendar() && !p1.minutes) return std::nullopt;
  if (p1.minutes) {
    // 오전 9시~오후 6시, 24일 오후 2시부터 4시까지: a span of hours within the day.
    bool tilde = k < toks_.size() && toks_[k].is_punct('~') && !toks_[k].newline_before;
    bool from = suffix(k, lex::kFrom);
    if (tilde || from) {
      Point p2;
      attached_ = true;
      std::size_t e = joined(k + 1) ? time_of_day(p2, k + 1, false) : k + 1;
      attached_ = false;
      bool until = suffix(e, lex::kUntil);
      if (e > k + 1 && p2.minutes && (tilde || until)) {
        Parse q = make(Shape::Range, i, until ? e + 1 : e, "time-range");
        q.p1 = p1;
        q.p2 = p2;
        return q;
      }
    }
  }
  if (!p1.has_calendar()) {
    r.rule = "time-of-day";
    if (suffix(k, lex::kApprox) && (text_of(k) == "경" || text_of(k) == "쯤" || text_of(k) == "께")) {
      r = make(Shape::Point, i, k + 1, "time-of-day-approx");
      r.p1 = p1;
      r.mod = lex::kApprox;
    }
    return r;
  }
  // 2025년 10월 28~31일, 2025년 9~10월, 9월 28~10월 1일: p1's fields, then a bare number ~ p2.
  if (number(k) && k + 1 < toks_.size() && toks_[k + 1].is_punct('~') && !toks_[k + 1].newline_before &&
      !p1.day && !p1.minutes) {
    if (auto p2 = point(k + 2); p2 && joined(k + 2)) {
      Point a = p1;
      Point b = p1;
      auto v = toks_[k].value;
      bool ok = false;
      if (p2->p.day && !p2->p.month && !p2->p.year && valid_day(v) && (p1.month || p1.month_offset)) {
        a.day = static_cast<unsigned>(v);
        b.day = p2->p.day;
        ok = true;
      } else if (p2->p.day && p2->p.month && !p2->p.year && valid_day(v) && p1.month && !p1.part &&
                 p2->p.month > p1.month) {
        // across a month's end: the second side names its month (9월 28~10월 1일, ９月２８～１０月１日); across a
        // year's end (12월 28~1월 3일) each side is read alone
        a.day = static_cast<unsigned>(v);
        b.month = p2->p.month;
        b.day = p2->p.day;
        ok = true;
      } else if (p2->p.quarter && !p2->p.year && v >= 1 && v <= 4 && (p1.year || p1.year_offset) && !p1.month) {
        a.quarter = static_cast<unsigned>(v);
        b.quarter = p2->p.quarter;
        ok = true;
      } else if (p2->p.month && !p2->p.day && !p2->p.year && valid_month(v) && (p1.year || p1.year_offset) && !p1.month) {
        a.month = static_cast<unsigned>(v);
        b.month = p2->p.month;
        b.part = p2->p.part;
        ok = true;
      }
      if (ok) {
        return make_range(i, p2->next, "range-number-tail", a, b);
      }
    }
  }
  // The second side of a range: after a two-digit year (지난 75년부터 78년까지, 지난 73~75년) a two-digit year too
  auto second = [&](std::size_t at) -> std::optional<PM> {
    if (p1.short_year && number(at) && toks_[at].digits == 2 && unit(at + 1, lex::kYear) && toks_[at + 1].adjacent() &&
        clean_end(at + 2)) {
      Point b;
      b.year = static_cast<int>(toks_[at].value);
      b.short_year = true;
      return PM{b, at + 2};
    }
    return point(at);
  };
  // Range: p1 ~ p2, p1 부터 p2 까지
  if (k < toks_.size() && toks_[k].is_punct('~') && !toks_[k].newline_before) {
    if (auto p2 = second(k + 1); p2 && joined(k + 1)) {
      return make_range(i, p2->next, "range-tilde", p1, p2->p);
    }
  }
  if (suffix(k, lex::kFrom)) {
    if (auto p2 = second(k + 1); p2 && joined(k + 1) && suffix(p2->next, lex::kUntil)) {
      Parse q = make(Shape::Range, i, p2->next + 1, "range-buteo-kkaji");
      q.p1 = p1;
      q.p2 = p2->p;
      return q;
    }
    // 5일부터 사흘간, 오는 5일부터 사흘 동안, 다음 달 1일부터 일주일간: a closed span of that length, when the start is
    // a day (2018년부터 8년간 stays an open range and a duration).
    bool day_start = (p1.day || p1.day_offset || p1.weekday || (p1.anaphor && *p1.anaphor != lex::kSame)) &&
                     !p1.part && !p1.minutes;
    if (auto d = day_start ? duration(k + 1) : std::nullopt; d && d->shape == Shape::Duration && !d->count_unknown && d->count > 0 && !d->unit2 &&
                                  d->count_low == 0 &&
                                  d->mod == 0 &&
                                  (d->unit == lex::kDay || d->unit == lex::kWeek || d->unit == lex::kMonth ||
                                   d->unit == lex::kYear)) {
      Parse q = make(Shape::Range, i, d->next_token, "range-buteo-span");
      q.p1 = p1;
      q.count = d->count;
      q.unit = d->unit;
      return q;
    }
    Parse q = make(Shape::From, i, k + 1, "open-from");
    q.p1 = p1;
    return q;
  }
  auto with = [&](Shape s, const char* rule) {
    Parse q = make(s, i, k + 1, rule);
    q.p1 = p1;
    return q;
  };
  if (suffix(k, lex::kUntil)) return with(Shape::Until, "open-until");
  if (suffix(k, lex::kAfter)) return with(Shape::After, "open-after");
  if (suffix(k, lex::kBefore)) return with(Shape::Before, "open-before");
  if (suffix(k, lex::kInto)) return with(Shape::Into, "era-into");
  if (suffix(k, lex::kWithin)) {
    bool year_level = (p1.year || p1.year_offset) && !p1.month && !p1.season && !p1.half && !p1.quarter && !p1.part;
    bool month_level = (p1.month || p1.month_offset) && !p1.day && !p1.part;
    if (year_level || month_level) return with(Shape::Within, "within");
  }
  if (suffix(k, lex::kDuring)) {
    bool year_level = (p1.year || p1.year_offset) && !p1.month && !p1.season && !p1.half && !p1.quarter && !p1.part &&
                      p1.holiday < 0;
    if (year_level) return with(Shape::Within, "within-jung");
    if (p1.half || p1.quarter) return with(Shape::Point, "point-jung");
  }
  if (suffix(k, lex::kApprox)) {
    auto w = text_of(k);
    if (w == "경" || w == "쯤" || w == "께" || w == "무렵" || w == "전후") {
      Parse q = with(Shape::Point, "point-approx");
      q.mod = lex::kApprox;
      return q;
    }
  }
  if (p1.part == lex::kPartWithin && !p1.month) {
    r.shape = Shape::Within;  // 연내
    r.rule = "within-yeonnae";
  }
  return r;
}

std::optional<Parse> Grammar::duration(std::size_t i) const {
  std::size_t j = i;
  int direction = 0;
  bool prefix_past_rel = false;
  if (lexeme(j, Kind::Rel) && (toks_[j].lex->value == lex::kRelPast || toks_[j].lex->value == lex::kRelBack)) {
    direction = -1;
    prefix_past_rel = toks_[j].lex->value == lex::kRelPast;
    ++j;
  } else if (lexeme(j, Kind::Vague)) {
    int v = toks_[j].lex->value;
    auto w = text_of(j);
    if (v == lex::kVaguePast && w == "최근") direction = -1;
    else if (v == lex::kVagueFuture && (w == "향후" || w == "앞으로")) direction = 1;
    else return std::nullopt;
    ++j;
  }
  Parse r;
  int u = 0;
  bool span = false;
  bool said_count_word = false;
  // 1박 2일, 2박3일: a stay of N nights and M days is a duration of M days, not the 2nd of a month.
  if (direction == 0 && number(j) && toks_[j].digits >= 1 && toks_[j].digits <= 2 && j + 3 < toks_.size() &&
      toks_[j + 1].adjacent() && toks_[j + 1].kind == TokKind::Hangul && text_of(j + 1) == "박" &&
      toks_[j + 2].kind == TokKind::Number && toks_[j + 2].digits >= 1 && toks_[j + 2].digits <= 2 &&
      !toks_[j + 2].newline_before && unit(j + 3, lex::kDay) && toks_[j + 3].adjacent()) {
    j += 2;
    span = true;  // a length even without 간 or 동안
  }
  if (lexeme(j, Kind::Count)) {
    r.count = toks_[j].lex->value;
    r.count_unknown = r.count == 0;  // 며칠
    u = toks_[j].lex->count_unit;
    said_count_word = true;
    ++j;
  } else {
    if (lexeme(j, Kind::FuzzyCount)) {
      r.count_unknown = true;
      ++j;
    } else if (number(j) && toks_[j].digits >= 0 && toks_[j].digits <= 6 && toks_[j].value > 0) {
      r.count = toks_[j].value;
      ++j;
      // 3~4시간, 2~3개월: a span of lengths (the upper count last).
      if (j + 1 < toks_.size() && toks_[j].is_punct('~') && toks_[j].adjacent() && toks_[j + 1].adjacent() &&
          number(j + 1) && toks_[j + 1].digits >= 1 && toks_[j + 1].digits <= 6 && toks_[j + 1].value > r.count) {
        r.count_low = r.count;
        r.count = toks_[j + 1].value;
        j += 2;
      }
      if (suffix(j, lex::kApprox) && text_of(j) == "여" && toks_[j].adjacent()) {
        r.mod = lex::kApprox;  // 10여 년
        ++j;
      }
    } else {
      return std::nullopt;
    }
    if (!lexeme(j, Kind::Unit)) return std::nullopt;
    if (!toks_[j].adjacent() && !(toks_[j - 1].hangul_number || toks_[j - 1].is(Kind::FuzzyCount) ||
                                  toks_[j - 1].is(Kind::Suffix)))
      return std::nullopt;
    u = toks_[j].lex->value;
    ++j;
    if (suffix(j, lex::kApprox) && text_of(j) == "여" && toks_[j].adjacent()) {
      r.mod = lex::kApprox;  // 1년여
      ++j;
    }
  }
  switch (u) {
    case lex::kYearSpan: u = lex::kYear; span = true; break;
    case lex::kDaySpan: u = lex::kDay; span = true; break;
    case lex::kWeekSpan: u = lex::kWeek; span = true; break;
    case lex::kMonthsSpan: u = lex::kMonth; span = true; break;
    case lex::kYearNative: u = lex::kYear; break;
    case lex::kMonths:
    case lex::kMonthNative: u = lex::kMonth; break;
    case lex::kWeeks: u = lex::kWeek; break;
    case lex::kHours: u = lex::kHour; break;
    case lex::kYear:
    case lex::kDay:
    case lex::kWeek:
    case lex::kMinute:
    case lex::kMonth: break;
    default: return std::nullopt;
  }
  if (u == lex::kMonth && lexeme(j - 1, Kind::Unit) && toks_[j - 1].lex->value == lex::kMonth) return std::nullopt;  // 3월
  if (u == lex::kYear && !r.count_unknown && r.count >= 1000) return std::nullopt;               // 2025년
  if (u == lex::kMinute && i > 0 && lexeme(i - 1, Kind::Unit)) return std::nullopt;
  auto since_at = [&](std::size_t k) { return since_follows(k); };
  if (counter_follows(j) && !since_at(j)) return std::nullopt;
  // 1시간 30분, 1년 6개월: a finer second part
  if (!r.count_unknown && number(j) && toks_[j].digits >= 1 && toks_[j].digits <= 2 && lexeme(j + 1, Kind::Unit) &&
      toks_[j + 1].adjacent()) {
    int u2 = toks_[j + 1].lex->value;
    if ((u == lex::kHour && u2 == lex::kMinute) || (u == lex::kYear && u2 == lex::kMonths)) {
      r.count2 = toks_[j].value;
      r.unit2 = u2 == lex::kMonths ? lex::kMonth : lex::kMinute;
      j += 2;
    } else if (u == lex::kYear && u2 == lex::kMonthsSpan) {
      r.count2 = toks_[j].value;
      r.unit2 = lex::kMonth;
      span = true;
      j += 2;
    }
  }
  if (!clean_end(j)) return std::nullopt;
  if (suffix(j, lex::kSpan)) {
    span = true;
    ++j;
  }
  if (suffix(j, lex::kMore) || suffix(j, lex::kLess)) {
    r.mod = toks_[j].lex->value;
    ++j;
  } else if (suffix(j, lex::kApprox) && (text_of(j) == "가량" || text_of(j) == "정도" || text_of(j) == "쯤")) {
    r.mod = lex::kApprox;
    ++j;
  }
  bool ago = false, later = false;
  if (!span && (u == lex::kYear || u == lex::kMonth || u == lex::kWeek || u == lex::kDay)) {
    if (suffix(j, lex::kAgo)) ago = true;
    else if (suffix(j, lex::kLater)) later = true;
    if (ago || later) ++j;
  }
  if (!clean_end(j)) return std::nullopt;
  r.unit = u;
  if (r.count_low && (ago || later || direction != 0 || r.unit2 || r.mod)) return std::nullopt;
  if (ago || later) {
    if (direction != 0 || r.unit2) return std::nullopt;
    r.direction = ago ? -1 : 1;
    Parse q = make(r.count_unknown ? Shape::Vague : Shape::Offset, i, j, r.count_unknown ? "vague-offset" : "offset");
    q.count = r.count;
    q.count_unknown = r.count_unknown;
    q.unit = u;
    q.direction = r.direction;
    q.mod = r.mod;
    q.vague = ago ? lex::kVaguePast : lex::kVagueFuture;
    return q;
  }
  if (direction != 0) {
    // 지난 23일 is a day, not a window; 지난 3일간 is a window.
    if (prefix_past_rel && u == lex::kDay && !span && !said_count_word) return std::nullopt;
    if (u == lex::kHour || u == lex::kMinute) return std::nullopt;
    if (r.unit2) return std::nullopt;
    Parse q = make(r.count_unknown ? Shape::Vague : Shape::Window, i, j, r.count_unknown ? "vague-window" : "window");
    q.count = r.count;
    q.count_unknown = r.count_unknown;
    q.unit = u;
    q.direction = direction;
    q.vague = direction < 0 ? lex::kVaguePast : lex::kVagueFuture;
    return q;
  }
  // 24일 is a date; 3일 만에 is a length; 취임 100일 is neither.
  if (u == lex::kDay && !span && !r.mod && !said_count_word && !since_at(j)) return std::nullopt;
  Parse q = make(Shape::Duration, i, j, "duration");
  q.since = since_at(j) && !span && !r.count_unknown && !r.count_low &&
            (u == lex::kYear || u == lex::kMonth || u == lex::kWeek || u == lex::kDay);
  q.count2 = r.count2;
  q.unit2 = r.unit2;
  q.count = r.count;
  q.count_low = r.count_low;
  q.count_unknown = r.count_unknown;
  q.unit = u;
  q.mod = r.mod;
  return q;
}

std::optional<Parse> Grammar::vague(std::size_t i) const {
  if (!lexeme(i, Kind::Vague) || !clean_end(i + 1)) return std::nullopt;
  std::size_t j = i + 1;
  if (suffix(j, lex::kInto)) ++j;  // 최근 들어
  Parse q = make(Shape::Vague, i, j, "vague");
  q.vague = toks_[i].lex->value;
  return q;
}

std::optional<Parse> Grammar::event_after(std::size_t i) const {
  // 취임 이후, 출범 이래: an event noun + 이후 -> PAST_REF
  if (!joined(i) || toks_[i].kind != TokKind::Hangul) return std::nullopt;
  if (i + 1 >= toks_.size() || toks_[i + 1].adjacent() || !suffix(i + 1, lex::kAfter)) return std::nullopt;
  if (!clean_end(i + 2)) return std::nullopt;
  Parse q = make(Shape::Vague, i, i + 2, "event-after");
  q.vague = lex::kVaguePast;
  return q;
}

std::optional<Parse> Grammar::set(std::size_t i) const {
  if (!lexeme(i, Kind::Set) || !clean_end(i + 1)) return std::nullopt;
  std::size_t j = i + 1;
  Parse q;
  q.set_unit = toks_[i].lex->value;
  if (lexeme(j, Kind::Weekday) && clean_end(j + 1)) {
    q.p1.weekday = static_cast<unsigned>(toks_[j].lex->value);
    ++j;
  } else if (number(j) && valid_day(toks_[j].value) && unit(j + 1, lex::kDay) && clean_end(j + 2)) {
    q.p1.day = static_cast<unsigned>(toks_[j].value);
    j += 2;
  }
  Parse r = make(Shape::Set, i, j, "set");
  r.set_unit = q.set_unit;
  r.p1 = q.p1;
  return r;
}

// Lexeme kinds that the first token of some rule may have (see may_start).
constexpr std::array<bool, static_cast<std::size_t>(Kind::Particle) + 1> kStartKinds = [] {
  std::array<bool, static_cast<std::size_t>(Kind::Particle) + 1> a{};
  for (Kind k : {Kind::Rel,                                   // year_head, month_head, day_point, week_point, bare_range, duration
                 Kind::Year,                                  // year_head
                 Kind::Month, Kind::MonthName,                // month_head
                 Kind::Week, Kind::Weekend, Kind::Weekday,    // week_point (Weekday also misc_point)
                 Kind::Deictic, Kind::Anaphor, Kind::AnaphorYear, Kind::AnaphorMonth, Kind::Quarter, Kind::Season,
                 Kind::Half, Kind::YearPart, Kind::MonthPart,  // misc_point
                 Kind::DayTime,                               // time_of_day (a time alone), bare_range
                 Kind::Vague,                                 // vague, duration (최근 3년간)
                 Kind::Count, Kind::FuzzyCount,               // duration
                 Kind::Set})                                  // set
    a[static_cast<std::size_t>(k)] = true;
  return a;
}();

// Whether any rule of run() can match at token i: its first token is of a kind some rule starts with (every
// rule tests its first token's kind before anything else). Units, suffixes, particles, part words (초, 말),
// Latin words and most punctuation start nothing; a Hangul word starts only event_after, which needs a
// 이후-type suffix next. tests/time/fast_paths_test.cpp compares run() with and without this filter.
bool Grammar::may_start(std::size_t i) const {
  const Token& t = toks_[i];
  switch (t.kind) {
    case TokKind::Number:
    case TokKind::Holiday: return true;
    case TokKind::Lexeme: return kStartKinds[static_cast<std::size_t>(t.lex->kind)];
    case TokKind::Punct: return t.cp == '\'' || t.cp == U'‘' || t.cp == U'’';  // year_head: '25년
    case TokKind::Hangul: return i + 1 < toks_.size() && toks_[i + 1].is(Kind::Suffix, lex::kAfter);  // event_after
    case TokKind::Latin: return false;
  }
  return true;
}

std::vector<Parse> Grammar::run() {
  std::vector<Parse> out;
  std::size_t i = 0;
  while (i < toks_.size()) {
    const Token& t = toks_[i];
    bool can_start = i == 0 || !t.adjacent() || toks_[i - 1].kind == TokKind::Punct;
    if (!can_start || t.kind == TokKind::Latin || (!every_token_ && !may_start(i))) {
      ++i;
      continue;
    }
    start_ = i;
    std::optional<Parse> best;
    auto consider = [&](std::optional<Parse> c) {
      if (c && c->next_token > i && (!best || c->next_token > best->next_token)) best = std::move(c);
    };
    consider(expression(i));
    consider(bare_range(i));
    consider(paren_year(i));
    consider(duration(i));
    consider(vague(i));
    consider(event_after(i));
    consider(set(i));
    if (best && best->next_token == i + 1) {
      // A lone word that is also another word: 전주 (Jeonju), 금주 (abstinence), 설 (서다).
      std::size_t f = toks_[i].end;
      while (f < text_.size() && text_[f] == ' ') ++f;
      if (lex::lexicon().ambiguous_rejects(text_of(i), text_.substr(f))) best.reset();
    }
    if (best) {
      i = best->next_token;
      out.push_back(std::move(*best));
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace

std::vector<Parse> parse_all(const scan::Scan& s, std::string_view folded) {
  Grammar g(s, folded, false);
  return g.run();
}

std::vector<Parse> parse_all_every_token(const scan::Scan& s, std::string_view folded) {
  Grammar g(s, folded, true);
  return g.run();
}

}  // namespace yp::time::rules
