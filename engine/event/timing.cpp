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
  // 1. Own clause, before the trigger: the nearest.
  for (const auto& e : exprs) {
    if (!can_date(e) || !in_clause(e, cl) || e.begin >= hit.begin) continue;
    g.expr = &e;
  }
  if (g.expr) {
    g.source = source_of(*g.expr);
    g.in_clause = true;
    return g;
  }
  // 2. The sentence's leading adverbial: in the first clause, governing the coordinated clauses after it.
  // Reported content (a ~다고 clause) does not lend its time to the reporting verb and vice versa.
  bool reporting = hit.entry && hit.entry->report && clauses[ci - (ci > 0 ? 1 : 0)].end == ClauseEnd::Quote;
  if (ci > 0 && clauses[0].end != ClauseEnd::Quote && !reporting) {
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
