// Phase 4 of the extractor: polarity and modality of a trigger, read from its own ending and the rest of
// its clause. Negative: a negative trigger (불참, 무산, 불발), ~지 않다/않고/않는다, 못하다, 안/못 before it.
// Hypothetical: ~다면/~면 clauses and the clauses after them, ~ㄹ 경우, ~해야, ~거나, ~ㄹ 수 있다.
// Planned: ~기로/~키로, 예정, 계획, 방침, ~ㄹ 것, ~겠, and what an expectation frame (~ㄹ 것으로
// 관측/기대/전망했다) covers; a tenseless serial clause (방한해, 사퇴하지 않고) shares the plan of the clause it
// joins (…만날 예정이다, …다하겠다). Reported: a ~다고/~라고 clause, ~에 따르면, ~로 알려졌다/전해졌다/확인됐다.
// A modifier form (체결한 협약, 설립한 회사) is flagged: the extractor keeps it only when its clause carries
// its own time.
// The news present is read from the word's morphology (engine/morph). Covered by tests/event/polarity_test.cpp
// and tests/event/morph_port_test.cpp.
#include "event/internal.hpp"

#include <array>
#include <forward_list>

namespace yp::event::detail {

std::string plain_by_char(std::string_view w) {
  std::string out;
  for (char c : w)
    if (c != '\'' && c != '"') out.push_back(c);
  return out;
}

std::string plain(std::string_view w) {
  // no ' or ": the word as it is, in one copy (no_quote_bytes tests eight bytes at a time; a word it refuses for a
  // lead byte 0xE2 only goes through the byte loop, which gives the word back whole)
  if (!no_quote_bytes(w)) return plain_by_char(w);
  return std::string(w);
}

namespace {

// Words without their ASCII quote marks, as views: a word with no quote byte is its own plain form (no copy); the
// others are copied without their quotes into `store_`, a list, so the views of earlier copies stay valid.
class PlainWords {
 public:
  std::string_view operator()(std::string_view w) {
    if (no_quote_bytes(w)) return w;
    return store_.emplace_front(plain_by_char(w));
  }

 private:
  std::forward_list<std::string> store_;
};

// Nouns after a modifier that make it a predicate (한 바 있다, 할 예정이다, 합의한 상태다, 찾는 만큼).
constexpr std::array<std::string_view, 33> kPredicateNouns{{
    "바", "것", "상태", "셈", "적", "중", "뒤", "후", "직후", "이후", "만큼", "가운데", "데", "지", "이래",
    "예정", "계획", "방침", "전망", "수", "데다", "뒤로", "끝에", "채", "듯", "때", "모습", "참", "터", "가능성",
    "방안", "여부", "경우",
}};

bool predicate_noun(std::string_view w, bool passive_modifier = false) {
  // "논의된 방안": options that were discussed are a thing, not an option being considered
  if (passive_modifier && (starts_with(w, "방안") || starts_with(w, "여부") || starts_with(w, "계획"))) return false;
  for (auto n : kPredicateNouns)
    if (starts_with(w, n)) {
      std::string_view rest = w.substr(n.size());
      if (rest.empty() || !morph::analyse_nominal(w).particle.empty() || starts_with(rest, "이") ||
          starts_with(rest, "으로") || starts_with(rest, "에") || starts_with(rest, "다") ||
          starts_with(rest, "을") || starts_with(rest, "를") || starts_with(rest, "은") || starts_with(rest, "도") ||
          rest == "인")  // 만날 예정인 (것으로 알려졌다); 예정인 + a noun is an embedded plan, below
        return true;
    }
  return false;
}

bool modifier_form(std::string_view w) {
  if (ends_with(w, "던")) return true;
  char32_t c = last_char(w);
  int b = batchim(c);
  return b == 4 || b == 8;  // ㄴ (한, 만난, 찾은, 하는) or ㄹ (할, 만날)
}

}  // namespace

Mood analyse_mood(const std::vector<Token>& tokens, const std::vector<Clause>& clauses, std::size_t ci,
                  const Hit& hit) {
  Mood m;
  const Clause& cl = clauses[ci];
  const TriggerEntry& e = *hit.entry;
  // The predicate word: the trigger's own word, or the dative support verb after a noun with 에
  // (총파업에 들어가겠다고, 발사에 성공한 것은), whose ending carries the mood.
  std::size_t pred = hit.token;
  if (hit.use == Use::Predicate && e.form == Form::Noun && (hit.rest == "에" || hit.rest == "에는" || hit.rest == "에도") && hit.token < cl.last) pred = hit.token + 1;
  PlainWords plain_words;
  const std::string_view word = plain_words(tokens[pred].word);
  const std::string_view rest = pred == hit.token ? plain_words(hit.rest) : word;
  std::vector<std::string_view> after;  // words after the predicate word, to the end of its clause
  for (std::size_t i = pred + 1; i <= cl.last && i < tokens.size(); ++i) after.push_back(plain_words(tokens[i].word));
  const std::string_view next = after.empty() ? std::string_view() : after[0];

  // ---- polarity
  bool negated = rest.find("않") != std::string::npos || rest.find("못") != std::string::npos;
  for (std::size_t i = 0; i < after.size() && i < 3; ++i)
    if (starts_with(after[i], "않") || starts_with(after[i], "못했") || starts_with(after[i], "못한") ||
        starts_with(after[i], "못하") || after[i] == "못")
      negated = true;
  if (hit.first_token > 0) {
    const std::string_view prev = plain_words(tokens[hit.first_token - 1].word);
    if (prev == "안" || prev == "못") negated = true;
  }
  // A light or support verb typed by a negative noun before it in its clause (행사 취소를 결정했다, 계약
  // 해지를 확정했다) stands for that cancellation: negative like the noun.
  bool neg = e.neg;
  if ((e.light || e.support) && !neg)
    for (std::size_t k = hit.first_token; k > cl.first && k + 3 > hit.first_token;) {
      --k;
      std::string_view w = tokens[k].word;
      auto wt = tokenize(w);
      for (const auto& h2 : Lexicon::builtin().find(w, wt))
        if (h2.entry->neg && (h2.use == Use::Object || h2.use == Use::Bare)) neg = true;
      if (neg) break;
    }
  if (neg) m.polarity = Polarity::Negative;
  if (negated) m.polarity = neg ? Polarity::Positive : Polarity::Negative;

  // ---- modality
  bool hypo = false, planned = false;
  if (rest.find("다면") != std::string::npos || cl.end == ClauseEnd::Conditional) hypo = true;
  // A clause after a conditional one (…않으면 총파업에 들어가겠다고, …성공할 경우 착공할 계획이다) is
  // hypothetical, through serial clauses joined to it; a quote or contrast ending stops the scope (the
  // reporting verb after …겠다고 is actual).
  for (std::size_t k = ci; k > 0; --k) {
    ClauseEnd pe = clauses[k - 1].end;
    if (pe == ClauseEnd::Conditional) hypo = true;
    if (pe != ClauseEnd::Connective) break;
  }
  if (ends_with(rest, "거나") || starts_with(rest, "해야") || starts_with(next, "해야") ||
      rest.find("야 하") != std::string::npos)
    hypo = true;
  if ((ends_with(word, "할") || ends_with(word, "될") || ends_with(word, "을")) &&
      (starts_with(next, "경우") || starts_with(next, "수")))
    hypo = true;
  if (rest.find("기로") != std::string::npos || rest.find("키로") != std::string::npos ||
      rest.find("겠") != std::string::npos || rest.find("려고") != std::string::npos ||
      cl.end == ClauseEnd::Complement)
    planned = true;
  // a verb surface may hold the -겠- itself (열겠, the lexicon's surface of 열다): the word carries it
  if (e.form == Form::Verb && pred == hit.token && word.find("겠") != std::string::npos) planned = true;
  for (std::size_t i = 0; i < after.size() && i < 3; ++i)
    for (std::string_view cue : {"예정", "계획", "방침", "전망"})
      if (starts_with(after[i], cue)) planned = true;
  // 물러나지 않겠다, 사퇴하지 않겠다고: the negation carries the -겠 of a (negative) plan
  for (std::size_t i = 0; i < after.size() && i < 2; ++i)
    if ((starts_with(after[i], "않") || starts_with(after[i], "못하")) && after[i].find("겠") != std::string::npos)
      planned = true;
  if (batchim(last_char(word)) == 8 && starts_with(next, "것")) planned = true;  // 할 것, 찾을 것
  // An expectation frame (…할 것으로 관측했다/기대했지만/전망된다) covers a non-past trigger before it in
  // its clause (찾는 만큼 … 합류할 것으로 관측했다) and a serial verb joined to the next clause
  // (만나 … 그려갈 것으로 기대했지만): what was expected is planned, not something that happened.
  {
    bool past = false;
    for (std::string_view pm : {"았", "었", "했", "였", "됐", "왔", "졌", "쳤"})
      if (word.find(pm) != std::string::npos) past = true;
    if (modifier_form(word) && !ends_with(word, "는") && !ends_with(word, "할") && !ends_with(word, "을") &&
        batchim(last_char(word)) != 8)
      past = true;  // 찾은, 만난: past modifiers
    std::vector<std::string_view> scope = after;
    if (cl.end == ClauseEnd::Connective && hit.token == cl.last && ci + 1 < clauses.size())
      for (std::size_t i = clauses[ci + 1].first; i <= clauses[ci + 1].last && i < tokens.size(); ++i)
        scope.push_back(plain_words(tokens[i].word));
    // A serial clause without a tense of its own (방한해, 열고, 사퇴하지 않고) takes the plan of the clause
    // it joins: 회장을 만날 예정이다, 책임을 다하겠다. Not a -기로 complement there (방문해 … 강화하기로 합의했다:
    // the visit happened), and not past (방한했고).
    bool serial = cl.end == ClauseEnd::Connective && ci + 1 < clauses.size() && !past;
    for (std::size_t i = 0; serial && i < after.size(); ++i)
      if (!starts_with(after[i], "않") && !starts_with(after[i], "못")) serial = false;  // 사퇴하지 않고
    if (serial) {
      const Clause& nx = clauses[ci + 1];
      const std::string_view last = plain_words(tokens[nx.last].word);
      if (nx.end != ClauseEnd::Complement && last.find("겠") != std::string::npos) planned = true;
      for (std::size_t i = nx.first + 1; i <= nx.last && i < tokens.size(); ++i) {
        const std::string_view w = plain_words(tokens[i].word), prev = plain_words(tokens[i - 1].word);
        if (batchim(last_char(prev)) == 8 && plan_noun_prefix(w) > 0) planned = true;
      }
    }
    for (std::size_t i = 0; !past && i + 1 < scope.size(); ++i) {
      if (!(batchim(last_char(scope[i])) == 8 && starts_with(scope[i + 1], "것으로"))) continue;
      for (std::size_t k = i + 2; k < scope.size() && k <= i + 4; ++k)
        for (std::string_view cue : {"관측", "기대", "전망", "예상", "점쳐", "내다", "예측"})
          if (starts_with(scope[k], cue)) planned = true;
    }
  }
  // 인수를 검토했다 (검토 typed by its object): an option under consideration
  if ((e.light || e.support) && starts_with(word, "검토")) hypo = true;
  // 인수하는 방안을 검토, 퇴진할 가능성: an option under consideration
  for (std::size_t i = 0; i < after.size() && i < 2; ++i)
    for (std::string_view cue : {"방안", "가능성", "여부", "검토"})
      if (starts_with(after[i], cue) && !(ends_with(word, "된") && cue != "가능성")) hypo = true;
  m.planned_cue = planned;
  // News present (-ㄴ다/-는다, also before 고/며) is the scheduled future: 불참한다, 참석하지 않는다고, 열린다.
  {
    std::vector<std::string_view> chain{word};
    for (std::size_t i = 0; i < after.size() && i < 2; ++i) chain.push_back(after[i]);
    // the first word of the chain that ends in -다 (-다고, -다며) decides: 는다, 한다/된다/연다 are the present.
    // (chain[k] is tokens[pred + k].word without ASCII quotes: the token's own analysis when nothing was dropped)
    for (std::size_t k = 0; k < chain.size(); ++k) {
      const std::string_view w = chain[k];
      const Token& tk = tokens[pred + k];
      const morph::Predicate p = w == tk.word ? tk.morph.predicate : morph::analyse_predicate(w);
      if (!p.declarative_final) continue;
      if (p.news_present) m.nonpast = true;
      break;
    }
    if (m.nonpast && !hypo) planned = true;
  }
  m.modality = hypo ? Modality::Hypothetical : planned ? Modality::Planned : Modality::Actual;

  // ---- modifier (관형형) before a content noun
  bool passive_mod = ends_with(word, "된") || ends_with(word, "되는") || ends_with(word, "됐던");
  if (hit.use == Use::Predicate && !next.empty() && pred < cl.last && modifier_form(word) &&
      !predicate_noun(next, passive_mod))
    m.modifier = true;
  // "방문할 예정이던 회장의 일정", "만나는 것은": a plan that itself modifies a noun, or a nominalised
  // subject, is a mention inside another predicate, not a predicate of its own.
  if (hit.use == Use::Predicate && after.size() >= 2 && pred + 1 < cl.last &&
      (starts_with(next, "예정") || starts_with(next, "계획")) &&
      (ends_with(next, "던") || ends_with(next, "인") || ends_with(next, "된")) &&
      // "만날 예정인 것으로 알려졌다": a plan known by hearsay is still a plan, not a modifier
      !(ends_with(next, "인") && after.size() >= 2 && starts_with(after[1], "것으로"))) {
    m.modifier = true;
    m.embedded_plan = true;
  }
  // "발사에 성공한 것은 이번이 처음이다", "계약을 체결한 것도": a clause nominalised by 것 as the subject of
  // an evaluation is a background mention (not 것으로 알려졌다, 할 것이다)
  if (hit.use == Use::Predicate && modifier_form(word) && (next == "것은" || next == "것도" || next == "것이"))
    m.modifier = true;

  // ---- reported speech
  if (cl.end == ClauseEnd::Quote && !e.report) m.reported = true;
  for (std::size_t i = 0; i < hit.first_token; ++i) {
    // (a word without a quote byte is its own plain form: no copy)
    const std::string_view w = tokens[i].quote_free ? tokens[i].word : plain_words(tokens[i].word);
    if (starts_with(w, "따르면") || w == "따르면,") m.reported = true;
  }
  for (std::string_view w : after) {
    if (starts_with(w, "알려졌") || starts_with(w, "전해졌") || starts_with(w, "알려진") ||
        starts_with(w, "확인됐") || starts_with(w, "관측된") || starts_with(w, "풀이된"))
      m.reported = true;
  }
  return m;
}

}  // namespace yp::event::detail
