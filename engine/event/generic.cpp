// The generic event layer: a clause whose own finite predicate is an action, and in which no word of the
// trigger lexicon stands, reports an event of type `other` (숨졌다, 검거했다, 선정됐다, 충돌하면서). Real news
// reports far more kinds of events than any typed lexicon names; the annotators type most of them `other`.
// Which predicates count is a table, engine/event/data/predicates.tsv:
//   - a verbal noun + 하다/되다/시키다 counts unless its noun is listed `not` (states, needs, statistics,
//     opinions, reporting: 필요하다, 증가했다, 전망했다);
//   - any other verb counts only when its stem is listed `event` (숨지다, 받다, 떠나다), because native
//     verbs and adjectives cannot be told apart without a dictionary (많았다, 높았다 are no events).
// Covered by tests/event/generic_test.cpp and the `other` rows of tests/corpus/events_ko.tsv.
#include "event/internal.hpp"

#include "core/data.hpp"

#include <unordered_map>
#include <unordered_set>

namespace yp::event::detail {

namespace {

struct PredicateTable {
  std::unordered_map<std::string, std::string> events;  // native stem (stem_text) -> lemma
  std::unordered_set<std::string> passive;              // native stems whose subject undergoes the event
  std::unordered_set<std::string> refused;              // verbal nouns that make no event
};

const PredicateTable& table() {
  static const PredicateTable t = [] {
    PredicateTable p;
    auto tsv = data::lookup("event/data/predicates.tsv");
    if (!tsv) return p;
    for (const auto& row : data::rows(*tsv)) {
      if (row.fields.size() < 2) continue;
      std::string stem(row.fields[1]);
      if ((row.fields[0] == "event" || row.fields[0] == "passive") && row.fields.size() >= 3) {
        p.events.emplace(stem, std::string(row.fields[2]));
        if (row.fields[0] == "passive") p.passive.insert(stem);
      }
      else if (row.fields[0] == "not") p.refused.insert(stem);
    }
    return p;
  }();
  return t;
}


}  // namespace

std::size_t hangul_syllables(std::string_view s) {
  std::size_t n = 0, pos = 0;
  while (pos < s.size()) {
    std::size_t len = 0;
    char32_t c = morph::hangul::decode(s, pos, &len);
    if (!morph::hangul::is_syllable(c)) return 0;
    ++n;
    pos += len ? len : 1;
  }
  return n;
}

namespace {
// The clause's last word ends as an action is reported there: a final past, news present or future (검거했다,
// 동결한다), a serial or contrastive connective (점검하고, 옮겨졌지만), or reported content (구금했다고).
bool reports_by_ending(const morph::Predicate& p, ClauseEnd end) {
  switch (end) {
    case ClauseEnd::Final:
      if (!p.declarative_final || p.connective == morph::Connective::Quote) return false;
      if (p.tense != morph::Tense::Past && !p.news_present && p.tense != morph::Tense::Future) return false;
      break;
    case ClauseEnd::Connective:
    case ClauseEnd::Contrast:
      switch (p.connective) {
        case morph::Connective::And:
        case morph::Connective::While:
        case morph::Connective::Serial:
        case morph::Connective::Contrast:
        case morph::Connective::When:
          break;
        default:
          return false;
      }
      break;
    case ClauseEnd::Quote:  // reported content: "노조원 3명을 구금했다고 밝혔다" reports the detention
      if (p.connective != morph::Connective::Quote) return false;
      if (p.tense != morph::Tense::Past && !p.news_present && p.tense != morph::Tense::Future) return false;
      break;
    default:  // conditions and -기로 complements are read by the predicate they depend on
      return false;
  }
  return true;
}
}  // namespace

std::optional<GenericPredicate> generic_predicate(const Token& t, ClauseEnd end, bool light_word, bool framed,
                                                  bool planned) {
  if (t.quoted || t.in_time || (t.trigger && !light_word)) return std::nullopt;
  const morph::Predicate& p = t.morph.predicate;
  if (p.empty() || !t.morph.prefers_predicate() || p.negation || p.nominaliser) return std::nullopt;
  // a framed modifier is a past one (제작한 것으로, not 제작할/제작하는), a planned one a future one (진행할 예정이다);
  // any other predicate has no adnominal ending
  const morph::Adnominal want = framed ? morph::Adnominal::Past : planned ? morph::Adnominal::Future : morph::Adnominal::None;
  if (p.adnominal != want) return std::nullopt;
  if (p.mood != morph::Mood::None && p.mood != morph::Mood::Declarative) return std::nullopt;
  // a framed or planned modifier reports as its frame does (the caller checked the frame's word); otherwise the
  // clause's ending decides
  if (!framed && !planned && !reports_by_ending(p, end)) return std::nullopt;
  const PredicateTable& tab = table();
  GenericPredicate g;
  if (p.derived) {
    std::string noun(p.stem);
    if (hangul_syllables(noun) < 2 || tab.refused.count(noun)) return std::nullopt;
    std::string_view x = p.count ? p.parts[0].surface : std::string_view();
    g.lemma = noun + (p.passive ? "되다" : starts_with(x, "시키") || starts_with(x, "시켜") ? "시키다" : "하다");
    g.surface = p.stem.size();
    g.form = Form::Noun;
    g.patient = p.passive;
    return g;
  }
  auto it = tab.events.find(p.stem_text());
  if (it == tab.events.end()) return std::nullopt;
  g.lemma = it->second;
  g.patient = tab.passive.count(it->first) > 0;
  g.surface = p.stem.size();
  g.form = Form::Verb;
  return g;
}

}  // namespace yp::event::detail
