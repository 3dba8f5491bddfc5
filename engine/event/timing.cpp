// Phase 5 of the extractor: the time that governs a trigger. In order: the nearest datable expression
// before the trigger inside its own clause; else the sentence's leading adverbial (a datable expression
// in the first clause, when the trigger sits in a later clause that is not reported content); else the
// publication date (time_source = publication). 당시/이날 come resolved from the normaliser (their anchor
// makes the source `anaphor`). Durations, sets and unresolved vague words (최근) never date an event.
// Covered by tests/event/timing_test.cpp.
#include "event/internal.hpp"

#include <algorithm>

namespace yp::event::detail {

bool can_date(const time::TimeExpr& e) {
  if (e.type == time::ExprType::Duration || e.type == time::ExprType::Set) return false;
  if (e.attributive) return false;  // 1973년생 코치는 … 선임됐다: a birth year dates no event
  if (!e.interval.from && !e.interval.to) return false;
  if (e.interval.empty()) return false;
  return true;
}

namespace {

// Where reported content starts inside a ~다고 clause: its own subject (the last 이/가 before `limit`),
// else the first topic or subject (the reporter's, shared with the content). Times before it belong to
// the report, times after it to the reported event.
std::optional<std::size_t> content_start(const std::vector<Token>& tokens, const Clause& c, std::size_t limit,
                                         bool* shared_topic = nullptr) {
  if (shared_topic) *shared_topic = false;
  std::optional<std::size_t> subject, topic;
  for (std::size_t i = c.first; i < limit && i <= c.last; ++i) {
    const Token& t = tokens[i];
    if (t.double_quoted || t.in_time) continue;
    const auto& p = t.morph.nominal;
    if (p.only(morph::Case::Subject)) subject = i;
    if (p.only(morph::Case::Topic) && !topic) topic = i;
  }
  if (subject) return subject;
  if (shared_topic) *shared_topic = topic.has_value();
  return topic;
}

// The index of the word that starts at or after byte offset `b`.
std::size_t token_at(const std::vector<Token>& tokens, std::size_t b) {
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].end > b) return i;
  return tokens.size();
}

// "지난 7월 맺은 계약을 해지했다": an expression followed by a relative-clause verb dates that verb.
bool dates_a_relative_clause(const time::TimeExpr& e, const std::vector<Token>& tokens, const Hit& hit) {
  std::size_t k = token_at(tokens, e.end);
  // The expression as the relative clause's subject ("설 연휴가 끝난 뒤인 2월 24일"): its word's tail
  bool subject = false;
  if (e.end > 0) {
    std::size_t own = token_at(tokens, e.end - 1);
    if (own < tokens.size()) {
      std::size_t off = e.end - tokens[own].word_begin;
      std::string_view tail = off < tokens[own].word.size() ? tokens[own].word.substr(off) : std::string_view{};
      subject = tail == "가" || tail == "이" || tail == "은" || tail == "는";
    }
  }
  while (k < tokens.size() && tokens[k].in_time) ++k;
  if (k >= tokens.size() || k >= hit.first_token) return false;
  // "이번 주 예정된 출장을 취소했다", "이달 말 열려던 회의를", "24일로 예정됐던 회의에 참석하지 않았다": the
  // time of a scheduled thing is what a cancellation (or an attendance) is about, so it is kept.
  std::string_view w = tokens[k].word;
  // "6일 먹는 비만 치료제의 판매를 승인했다": a relative clause with no event of its own dates nothing,
  // unless the time is that clause's subject
  if (!tokens[k].trigger && !subject) return false;
  if (hit.entry && (hit.entry->type == EventType::Cancellation || hit.entry->attend) &&
      (starts_with(w, "예정") || starts_with(w, "열리") || starts_with(w, "열릴") || starts_with(w, "열려") ||
       starts_with(w, "계획")))
    return false;
  // "오는 31일 열리는 단체전에 … 출전한다", "지난 20일 열린 주주총회에서 … 선임했다": what happens at a gathering
  // happens when it is held, unless another time stands before the trigger
  if (starts_with(w, "열린") || starts_with(w, "열리는") || starts_with(w, "열릴") || starts_with(w, "개최된") ||
      starts_with(w, "개최되는") || starts_with(w, "개최될")) {
    bool other_time = false;
    for (std::size_t i = k + 1; i < hit.first_token && i < tokens.size() && !other_time; ++i) other_time = tokens[i].in_time;
    if (!other_time) return false;
  }
  // "당시 그는 …": a pronoun with a topic particle only looks like a -는 modifier.
  const std::string_view stem = tokens[k].morph.nominal.stem;  // (the token's own analysis of w)
  for (std::string_view p : {"그", "그녀", "이", "이들", "그들", "저", "우리"})
    if (stem == p) return false;
  return modifier_word(tokens[k]);
}

// "지난 23일 … 훈련을 받다가 쓰러진 훈련병 1명이 치료 중 이틀 만인 지난 25일 숨졌다": an expression whose
// words run into a verb's modifier that heads the subject (or topic) of the trigger's clause dates that relative
// clause when the subject is followed by a time of its own before the trigger; that later time dates the event.
// Only a modifier of the subject: "23일 열린 회의에서 X가 말했다" (the meeting's day is the statement's) and a
// lone leading time ("지난 5월 23일 밤 … 배달을 하던 최 씨가 택시와 충돌했다") keep it.
bool dates_the_subjects_modifier(const time::TimeExpr& e, const std::vector<time::TimeExpr>& exprs,
                                 const std::vector<Token>& tokens, const Hit& hit) {
  std::size_t k = token_at(tokens, e.end);
  while (k < hit.first_token && (tokens[k].in_time || tokens[k].double_quoted || !modifier_word(tokens[k]))) {
    // a subject or topic of its own before any modifier: the expression belongs to the clause it opens
    if (!tokens[k].in_time && !tokens[k].morph.prefers_predicate() &&
        (tokens[k].morph.nominal.only(morph::Case::Subject) || tokens[k].morph.nominal.only(morph::Case::Topic)))
      return false;
    ++k;
  }
  if (k >= hit.first_token) return false;
  for (std::size_t j = k + 1; j < hit.first_token && j <= k + 3; ++j) {
    const Token& t = tokens[j];
    if (t.in_time || t.trigger || t.double_quoted) return false;
    const auto& n = t.morph.nominal;
    if (n.only(morph::Case::Subject) || n.only(morph::Case::Topic))
      return std::any_of(exprs.begin(), exprs.end(), [&](const time::TimeExpr& f) {
        return can_date(f) && f.begin >= t.end && f.begin < hit.begin;
      });
    if (!n.empty() || t.comma_after) return false;  // the head ended with another case (회의에서, 사고로)
  }
  return false;
}

// "내년 예산안을 논의했다", "올해 투자 계획을 발표했다": a bare expression (no particle of its own) that opens
// an object or subject noun phrase about a period (예산, 실적, 계획 …) dates that noun, not the event.
// A cancellation keeps it ("다음 달 일정을 취소했다" cancels what was due next month).
bool dates_an_object_noun(const time::TimeExpr& e, const std::vector<Token>& tokens,
                          const Hit& hit) {
  if (hit.entry && hit.entry->type == EventType::Cancellation) return false;
  // a day is when something happened ("12일 임금 협상을 벌였다", "11일 실적을 발표했다"), never a period's label
  if (e.grain == time::Grain::Day || e.end == 0) return false;
  std::size_t k = token_at(tokens, e.end - 1);
  if (k >= tokens.size()) return false;
  std::string_view tail = tokens[k].word.substr(std::min(tokens[k].word.size(), e.end - tokens[k].word_begin));
  if (!tail.empty() && tail != "도") return false;  // 내년에, 13일부터 (but 2026년도 예산안)
  ++k;
  static constexpr std::string_view period_nouns[] = {
      "예산", "실적", "계획", "목표", "전망", "매출", "영업이익", "순이익", "사업계획", "경영계획", "업무계획",
      "성장률", "정책", "업무보고", "경영전략", "전략", "사업", "판매", "수출", "생산", "채용", "일정"};
  bool period = false;
  for (std::size_t n = 0; k < tokens.size() && k < hit.first_token && n < 3; ++k, ++n) {
    const auto& sp = tokens[k].morph.nominal;
    for (auto p : period_nouns)
      if (starts_with(sp.stem, p)) period = true;
    if (!sp.particle.empty() || tokens[k].comma_after)
      // the trigger's own object or subject, right before it ("오는 12월 … 정책을 총괄할 연구원을 설립한다":
      // 정책 is another verb's object, and 12월 still dates the founding)
      return period && k + 2 >= hit.first_token &&
             (sp.particle == "을" || sp.particle == "를" || sp.particle == "의" || sp.particle == "이" ||
              sp.particle == "가");
  }
  return false;
}

// "12일 NHK 등에 따르면 지난 1일 … 지진이 일어났다": an expression that opens a source phrase (the time, the
// source noun phrase, then 에 따르면 / 에 의하면, morph/data/lexical.tsv `source`) dates the report, not the
// reported event after it; so does one dating the source ("12일 발표된 보고서에 따르면").
bool dates_the_source(const time::TimeExpr& e, const std::vector<Token>& tokens, const Hit& hit) {
  if (e.end == 0) return false;
  std::size_t k = token_at(tokens, e.end - 1);
  if (k >= tokens.size()) return false;
  // the source phrase is short: the time, a few nouns naming the source, the postposition
  constexpr std::size_t kMaxSourceWords = 6;
  for (std::size_t i = k + 1; i < tokens.size() && i < hit.first_token && i <= k + kMaxSourceWords; ++i) {
    if (tokens[i].in_time) return false;
    if (morph::is_lexical(tokens[i].word, morph::Lexical::Source)) return true;
  }
  return false;
}

}  // namespace

// "추석 연휴 직전인 9월 21일": an expression followed by a copula modifier (직전인, 기념일인) and another
// expression describes that one; the later expression is the date.
static bool describes_a_later_time(const time::TimeExpr& e, const std::vector<time::TimeExpr>& exprs,
                            const std::vector<Token>& tokens) {
  std::size_t k = token_at(tokens, e.end - 1);
  if (k + 2 >= tokens.size()) return false;
  const Token& mod = tokens[k + 1];
  if (mod.in_time || mod.comma_after || mod.morph.predicate.adnominal == morph::Adnominal::None) return false;
  if (mod.word_begin < e.end) return false;  // the modifier word must follow the expression
  const Token& next = tokens[k + 2];
  return std::any_of(exprs.begin(), exprs.end(), [&](const time::TimeExpr& f) {
    return &f != &e && can_date(f) && f.begin >= next.word_begin && f.begin < next.word_begin + next.word.size();
  });
}

Governor governing_time(const std::vector<time::TimeExpr>& exprs, const std::vector<Token>& tokens,
                        const std::vector<Clause>& clauses, std::size_t ci, const Hit& hit,
                        std::optional<date::sys_days> publication) {
  Governor g;
  if (tokens.empty() || clauses.empty()) return g;
  auto in_clause = [&](const time::TimeExpr& e, const Clause& c) {
    return e.begin >= tokens[c.first].begin && e.begin < tokens[c.last].end;
  };
  auto source_of = [](const time::TimeExpr& e) {
    return e.anchor == time::AnchorKind::Expression ? TimeSource::Anaphor : TimeSource::Sentence;
  };
  const Clause& cl = clauses[ci];
  // 1. Own clause, before the trigger: the leftmost (news puts the time adverbial first: "통계청은 11일
  //    2월 고용동향을 발표했다"), skipping one that dates a relative clause. In reported content
  //    ("로이터는 3일 X가 지난주 사임했다고"), what follows the content's start wins; failing that, what
  //    precedes it ("엔비디아 CFO는 이번 주 … 계약이 확정되지 않았다고").
  auto pick_in = [&](const Clause& c, std::size_t lo, std::size_t hi) -> const time::TimeExpr* {
    for (const auto& e : exprs) {
      if (!can_date(e) || !in_clause(e, c) || e.begin >= hi || e.begin < lo) continue;
      if (dates_a_relative_clause(e, tokens, hit)) continue;
      if (dates_the_subjects_modifier(e, exprs, tokens, hit)) continue;
      if (dates_an_object_noun(e, tokens, hit)) continue;
      if (describes_a_later_time(e, exprs, tokens)) continue;
      if (dates_the_source(e, tokens, hit)) continue;
      return &e;
    }
    return nullptr;
  };
  auto pick = [&](std::size_t lo, std::size_t hi) { return pick_in(cl, lo, hi); };
  // The first clause of a connective chain ending at clause c (c itself when none leads into it).
  auto chain_first = [&](std::size_t c) {
    while (c > 0 && clauses[c - 1].end == ClauseEnd::Connective) --c;
    return c;
  };
  // Reported content: the trigger's clause is a ~다고 clause, or a connective chain leading into one
  // ("교도통신은 8일 일본 총리가 이달 하순 방한해 … 가질 예정이라고 보도했다": 방한 is reported too).
  bool reported = false;
  {
    std::size_t q = ci;
    while (q < clauses.size() && clauses[q].end == ClauseEnd::Connective) ++q;
    reported = q < clauses.size() && clauses[q].end == ClauseEnd::Quote;
  }
  std::size_t region_first = reported ? chain_first(ci) : ci;
  std::optional<std::size_t> cstart;
  bool shared_topic = false;  // the content starts at the reporter's own topic (no subject of its own)
  if (reported)
    cstart = content_start(tokens, Clause{clauses[region_first].first, cl.last, cl.end}, hit.first_token, &shared_topic);
  std::size_t lower = tokens[cl.first].begin;
  if (tokens[hit.token].double_quoted) {
    // A plan inside a quotation is dated inside it: "… 14일 간담회에서 \"내년 1분기 … 출시해 …\"고 말했다"
    for (const auto& e : exprs) {
      std::size_t k = token_at(tokens, e.begin);
      if (k >= tokens.size() || !tokens[k].double_quoted || !can_date(e) || e.begin >= hit.begin) continue;
      // the same quotation: no closing mark between the expression and the trigger (words point into the
      // sentence, so its text is recovered from the first word)
      const char* text = tokens[0].word.data() - (tokens[0].word_begin);
      std::string_view between(text + e.end, hit.begin - e.end);
      bool same_quote = between.find('"') == std::string_view::npos && between.find("\u201D") == std::string_view::npos;
      if (same_quote) g.expr = &e;  // the nearest before the trigger
    }
    if (g.expr) {
      g.source = source_of(*g.expr);
      g.in_clause = true;
      return g;
    }
  }
  if (cstart && *cstart >= cl.first) {
    g.expr = pick(tokens[*cstart].begin, hit.begin);
    // "마이크로소프트는 14일 한국에 향후 4년간 50억 달러를 투자해 … 짓겠다고 발표했다": when the content
    // shares the reporter's topic, a day standing right after the topic is the report's (rule 2); a later
    // time before the trigger is the content's own.
    if (g.expr && shared_topic && *cstart + 1 < tokens.size() && g.expr->begin >= tokens[*cstart + 1].word_begin &&
        g.expr->begin < tokens[*cstart + 1].end && g.expr->grain == time::Grain::Day)
      if (const auto* later = pick(g.expr->end, hit.begin)) g.expr = later;
    if (!g.expr) g.expr = pick(lower, tokens[*cstart].begin);
  }
  if (!g.expr) {
    g.expr = pick(lower, hit.begin);
    // "누리모빌리티는 18일 … 내년 상반기 합작법인을 설립하기로 합의했다": in a -기로 complement the lead day
    // right after the topic dates the decision; a later time before the trigger is the decided event's.
    if (g.expr && cl.end == ClauseEnd::Complement && g.expr->grain == time::Grain::Day) {
      std::size_t k = token_at(tokens, g.expr->begin);
      if (k > 0 && k < tokens.size()) {
        if (tokens[k - 1].morph.nominal.only(morph::Case::Topic))
          if (const auto* later = pick(g.expr->end, hit.begin)) g.expr = later;
      }
    }
  }
  if (g.expr) {
    g.source = source_of(*g.expr);
    g.in_clause = true;
    return g;
  }
  // 1b. Reported content whose start lies in an earlier clause of the chain: a time after that start.
  if (cstart && *cstart < cl.first) {
    for (std::size_t c = region_first; c < ci && !g.expr; ++c)
      g.expr = pick_in(clauses[c], tokens[*cstart].begin, tokens[clauses[c].last].end);
    if (g.expr) {
      g.source = source_of(*g.expr);
      return g;
    }
  }
  bool reporting = hit.entry && hit.entry->report && ci > 0 && clauses[ci - 1].end == ClauseEnd::Quote;
  // 2. A reporting verb after its reported clause (or chain of clauses): the time stated before the
  //    reported content or the quotation ("블룸버그는 2일 X가 …했다고 보도했다", "그는 지난 6월 팟캐스트에서
  //    \"…\"라고 말했다", "장관은 17일 국회에서 \"사퇴하지 않고 … 다하겠다\"고 말했다").
  if (reporting) {
    // the reported chain may hold several quotations of one report: "X는 17일 회견에서 \"…\"이라며 \"…\"고
    // 전했다" (a -라며 clause is reported content too)
    std::size_t qfirst = chain_first(ci - 1);
    while (qfirst > 0 && clauses[qfirst - 1].end == ClauseEnd::Quote) qfirst = chain_first(qfirst - 1);
    const Clause q{clauses[qfirst].first, clauses[ci - 1].last, ClauseEnd::Quote};
    std::size_t limit = q.first;  // nothing, unless a content start or a quotation bounds it
    bool quotation = false;
    for (std::size_t i = q.first; i <= q.last; ++i)
      if (tokens[i].double_quoted || tokens[i].quoted) {
        limit = i;
        quotation = true;
        break;
      }
    bool shared = false;
    auto s2 = content_start(tokens, q, q.last + 1, &shared);
    if (s2) limit = std::max(limit, *s2);
    std::size_t upper = tokens[limit].begin;
    for (const auto& e : exprs) {
      if (!can_date(e) || !in_clause(e, q) || e.begin >= upper) continue;
      // "헝다는 올해 상반기 순손실이 … 줄었다고 밝혔다": before indirect content with a subject of its own, a
      // period longer than a week is the content's (the half-year of the figures), not the day of the report
      // (but "그는 지난 6월 팟캐스트에서 \"…\"라고 말했다": before a quotation the month is the report's)
      if (!quotation && s2 && !shared && e.interval.bounded() && e.interval.length_days() > 7) continue;
      g.expr = &e;
      g.source = source_of(e);
      return g;
    }
    // "공정거래위원회는 6일 이 기업결합을 승인했다고 밝혔다": the reporter is the content's topic and a day
    // follows it at once: that day is the report's too (the usual lead: who, the day, what was said).
    if (shared && publication && s2 && *s2 + 1 <= q.last && tokens[*s2 + 1].in_time) {
      for (const auto& e : exprs)
        if (can_date(e) && e.grain == time::Grain::Day && e.interval.length_days() == 1 &&
            *e.interval.from <= *publication && *e.interval.from + date::days{7} >= *publication &&
            e.begin >= tokens[*s2 + 1].word_begin && e.begin < tokens[*s2 + 1].end) {
          g.expr = &e;
          g.source = source_of(e);
          return g;
        }
    }
    return g;
  }
  // 3. The sentence's leading adverbial: in a first clause coordinated with the trigger's
  //    ("지난 2월 방한해 … 만나 … 논의한 바 있다"); not across a complement or a reported clause.
  // (also across a -기로 complement: "A와 B는 17일 … 개발하기로 합의하고" — the decision is dated 17일)
  // Also across a quotation that gives the act's reason or words (-며, -라며): "법원은 이달 7일 \"도망의 우려가
  // 있다\"며 영장을 발부했다" — a time before the quotation is the act's.
  std::size_t first_upper = tokens[clauses[0].last].end;
  bool first_ok = clauses[0].end == ClauseEnd::Connective || clauses[0].end == ClauseEnd::Contrast ||
                  clauses[0].end == ClauseEnd::Complement;
  if (ci > 0 && clauses[0].end == ClauseEnd::Quote && !(hit.entry && hit.entry->report)) {
    // (a direct quotation only: in indirect content, "의협은 내달 1일부터 휴진에 들어가겠다고 선언했다", the time
    // after the topic may be the content's)
    std::size_t limit = clauses[0].first;
    for (std::size_t i = clauses[0].first; i <= clauses[0].last; ++i)
      if (tokens[i].double_quoted) {
        limit = i;
        break;
      }
    first_upper = tokens[limit].begin;
    first_ok = limit > clauses[0].first;
  }
  if (ci > 0 && first_ok) {
    for (const auto& e : exprs) {
      if (!can_date(e) || !in_clause(e, clauses[0]) || e.begin >= first_upper) continue;
      if (dates_a_relative_clause(e, tokens, hit) || dates_an_object_noun(e, tokens, hit)) continue;  // 1998년 설립된 X는
      if (dates_the_subjects_modifier(e, exprs, tokens, hit)) continue;
      if (dates_the_source(e, tokens, hit)) continue;
      // a decision is not dated by the future it decides ("2027년 … 발사하기로 합의했다", "연말까지 …
      // 설립하기로 합의했다"): only a time over by publication crosses a -기로 complement
      if (clauses[0].end == ClauseEnd::Complement &&
          !(publication && e.interval.to && *e.interval.to <= *publication + date::days{1}))
        continue;
      g.expr = &e;
      g.source = source_of(e);
      return g;
    }
  }
  return g;
}

void apply_time(Event& ev, const Governor& g, date::year_month_day publication_date) {
  if (g.expr) {
    const auto& e = *g.expr;
    ev.when = e.interval;
    ev.grain = e.grain;
    ev.mod = e.mod;
    ev.fuzzy = e.fuzzy;
    ev.timex = e.timex;
    ev.time_text = e.text;
    ev.time_source = g.source;
    if (e.interval.from && !e.interval.to && (e.grain == time::Grain::Hour || e.grain == time::Grain::Minute)) {
      // "1일 오후 5시부터 개통한다", "12일 오전 10시부터 열린다": an event from a clock time is on that day
      ev.when = DayInterval::day(*e.interval.from);
      ev.mod = time::Mod::None;
      ev.timex = format_iso(*e.interval.from);
    }
    return;
  }
  ev.when = DayInterval::day(date::sys_days(publication_date));
  ev.grain = time::Grain::Day;
  ev.mod = time::Mod::None;
  ev.fuzzy = false;
  ev.timex = format_iso(publication_date);
  ev.time_text.clear();
  ev.time_source = TimeSource::Publication;
}

}  // namespace yp::event::detail
