// Phase 5 of the extractor: the time that governs a trigger. In order: the nearest datable expression
// before the trigger inside its own clause; else the sentence's leading adverbial (a datable expression
// in the first clause, when the trigger sits in a later clause that is not reported content); else the
// publication date (time_source = publication). 당시/이날 come resolved from the normaliser (their anchor
// makes the source `anaphor`). Durations, sets and unresolved vague words (최근) never date an event.
// Covered by tests/event/timing_test.cpp.
#include "event/internal.hpp"

namespace yp::event::detail {

bool can_date(const time::TimeExpr& e) {
  if (e.type == time::ExprType::Duration || e.type == time::ExprType::Set) return false;
  if (!e.interval.from && !e.interval.to) return false;
  if (e.interval.empty()) return false;
  return true;
}

namespace {

// Where reported content starts inside a ~다고 clause: its own subject (the last 이/가 before `limit`),
// else the first topic or subject (the reporter's, shared with the content). Times before it belong to
// the report, times after it to the reported event.
std::optional<std::size_t> content_start(const std::vector<Token>& tokens, const Clause& c, std::size_t limit) {
  std::optional<std::size_t> subject, topic;
  for (std::size_t i = c.first; i < limit && i <= c.last; ++i) {
    const Token& t = tokens[i];
    if (t.double_quoted || t.in_time) continue;
    auto p = split_particle(t.word).particle;
    if (p == "이" || p == "가") subject = i;
    if ((p == "은" || p == "는") && !topic) topic = i;
  }
  if (subject) return subject;
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
  while (k < tokens.size() && tokens[k].in_time) ++k;
  if (k >= tokens.size() || k >= hit.first_token) return false;
  // "이번 주 예정된 출장을 취소했다", "이달 말 열려던 회의를": the time of a scheduled thing is what a
  // cancellation is about, so it is kept.
  std::string_view w = tokens[k].word;
  if (hit.entry && hit.entry->type == EventType::Cancellation &&
      (starts_with(w, "예정") || starts_with(w, "열리") || starts_with(w, "열릴") || starts_with(w, "열려") ||
       starts_with(w, "계획")))
    return false;
  return modifier_word(w);
}

// "내년 예산안을 논의했다", "올해 투자 계획을 발표했다": a bare expression (no particle of its own) that opens
// an object or subject noun phrase about a period (예산, 실적, 계획 …) dates that noun, not the event.
// A cancellation keeps it ("다음 달 일정을 취소했다" cancels what was due next month).
bool dates_an_object_noun(const time::TimeExpr& e, const std::vector<Token>& tokens,
                          const Hit& hit) {
  if (hit.entry && hit.entry->type == EventType::Cancellation) return false;
  if (e.end == 0) return false;
  std::size_t k = token_at(tokens, e.end - 1);
  if (k >= tokens.size() || tokens[k].word_begin + tokens[k].word.size() != e.end) return false;  // 내년에, 13일부터
  ++k;
  static constexpr std::string_view period_nouns[] = {
      "예산", "실적", "계획", "목표", "전망", "매출", "영업이익", "순이익", "사업계획", "경영계획", "업무계획",
      "성장률", "임금", "정책", "업무보고", "경영전략", "전략", "사업", "판매", "수출", "생산", "채용", "일정"};
  bool period = false;
  for (std::size_t n = 0; k < tokens.size() && k < hit.first_token && n < 3; ++k, ++n) {
    auto sp = split_particle(tokens[k].word);
    for (auto p : period_nouns)
      if (starts_with(sp.stem, p)) period = true;
    if (!sp.particle.empty() || tokens[k].comma_after)
      return period && (sp.particle == "을" || sp.particle == "를" || sp.particle == "의" || sp.particle == "이" ||
                        sp.particle == "가");
  }
  return false;
}

}  // namespace

Governor governing_time(const std::vector<time::TimeExpr>& exprs, const std::vector<Token>& tokens,
                        const std::vector<Clause>& clauses, std::size_t ci, const Hit& hit) {
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
  auto pick = [&](std::size_t lo, std::size_t hi) -> const time::TimeExpr* {
    for (const auto& e : exprs) {
      if (!can_date(e) || !in_clause(e, cl) || e.begin >= hi || e.begin < lo) continue;
      if (dates_a_relative_clause(e, tokens, hit)) continue;
      if (dates_an_object_noun(e, tokens, hit)) continue;
      return &e;
    }
    return nullptr;
  };
  std::size_t lower = tokens[cl.first].begin;
  if (cl.end == ClauseEnd::Quote) {
    if (auto s = content_start(tokens, cl, hit.first_token)) {
      g.expr = pick(tokens[*s].begin, hit.begin);
      if (!g.expr) g.expr = pick(lower, tokens[*s].begin);
    }
  }
  if (!g.expr) g.expr = pick(lower, hit.begin);
  if (g.expr) {
    g.source = source_of(*g.expr);
    g.in_clause = true;
    return g;
  }
  bool reporting = hit.entry && hit.entry->report && ci > 0 && clauses[ci - 1].end == ClauseEnd::Quote;
  // 2. A reporting verb after its reported clause: the time stated before the reported content or the
  //    quotation ("블룸버그는 2일 X가 …했다고 보도했다", "그는 지난 6월 팟캐스트에서 \"…\"라고 말했다").
  if (reporting) {
    const Clause& q = clauses[ci - 1];
    std::size_t limit = q.first;  // nothing, unless a content start or a quotation bounds it
    for (std::size_t i = q.first; i <= q.last; ++i)
      if (tokens[i].double_quoted || tokens[i].quoted) {
        limit = i;
        break;
      }
    if (auto s = content_start(tokens, q, q.last + 1)) limit = std::max(limit, *s);
    std::size_t upper = tokens[limit].begin;
    for (const auto& e : exprs) {
      if (!can_date(e) || !in_clause(e, q) || e.begin >= upper) continue;
      g.expr = &e;
      g.source = source_of(e);
      return g;
    }
    return g;
  }
  // 3. The sentence's leading adverbial: in a first clause coordinated with the trigger's
  //    ("지난 2월 방한해 … 만나 … 논의한 바 있다"); not across a complement or a reported clause.
  if (ci > 0 && (clauses[0].end == ClauseEnd::Connective || clauses[0].end == ClauseEnd::Contrast)) {
    for (const auto& e : exprs) {
      if (!can_date(e) || !in_clause(e, clauses[0])) continue;
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
