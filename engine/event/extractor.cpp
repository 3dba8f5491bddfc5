// Phase 6: the extractor wires the phases. The normaliser runs once over the whole body (anaphora such as
// 당시 need the text before); each sentence is tokenized, its triggers found, cut into clauses, and every
// firing trigger becomes an event with arguments, mood and governing time. Across sentences it carries the
// discourse topic for dropped subjects (actor_inferred), extends an event that "continued until autumn"
// (가을까지 이어졌다), and lets a later mention without a time inherit it from an earlier event of the same
// type with a similar object (the same D램 contract, the same APEC summit). Within a sentence, a chain of
// same-type clauses by one actor (만나 … 논의한) is one event.
// Modifiers (관형형: 체결한 협약, 설립한 회사) are events only when their clause carries its own time
// (이달 초 … 체결한 협약): they are mentions of earlier events, merged later by the store's coreference;
// without a time they are background and dropped.
//
// Structure: ArticleExtractor::run() reads each sentence into a Sentence (words, expressions, hits, clauses)
// and applies the phases in order, each a method of a few dozen lines: choose_candidates (which hits fire and
// with which type), name_gatherings, fire_predicates, add_generic (the generic layer, generic.cpp),
// build_events (mood, time, arguments; refer_back and choose_actor for the actor), then the sentence-level
// passes (reported_chains, merge_chains, failed_plans, inherit_object_time, reporter_of_passive,
// date_reported_content, narrative_time, modality_from_time, apply_continuations) and update_discourse.
// Covered by tests/event/extractor_test.cpp and the corpus tests/corpus/events_ko.tsv.
#include "event/extractor.hpp"

#include "text/clean.hpp"

#include "core/data.hpp"
#include "event/aliases.hpp"
#include "event/internal.hpp"
#include "event/names.hpp"
#include "text/sentences.hpp"
#include "time/resolver.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <set>

namespace yp::event {

namespace {

// 이들이, 그들은, 양사는, 두 사람은: a pronoun that stands for several parties.
// 회사는, 동사는, 이사회는: a bare word for "the company" (or its board) standing for an organisation.
bool org_anaphor(std::string_view w) {
  auto st = morph::analyse_nominal(w).stem;
  return st == "회사" || st == "동사" || st == "이사회" || st == "당";  // 당은: the party of the person before
}

// "시 관계자는", "사무총장은", "박물관은", "구단은", "이 회사는" after an organisation was the topic: an
// unnamed official, a bare title or a bare class noun of that organisation stands for it.
bool stands_for_org(std::string name, const detail::Entity& org) {
  static constexpr std::string_view classes[] = {"시", "도", "군", "구", "시청", "도청", "구청", "정부", "부", "처", "청",
                                                 "위원회", "은행", "그룹", "박물관", "미술관", "대학", "대학교", "학교",
                                                 "병원", "재단", "협회", "연구원", "연구소", "공사", "공단", "팀", "센터",
                                                 "법원", "검찰", "경찰", "노조", "조합", "기구", "연맹", "당", "의회",
                                                 "시의회", "도의회", "체육회", "협의회", "연합회"};
  if (org.name.empty() || !org.role.empty()) return false;
  // The topic must be an organisation: it ends like a body (경북도, 세계보건기구), or it is one word that is
  // no personal name (한빛전자); "샘 알트먼" and "정하윤" are people.
  bool body_suffix = false;
  for (auto c : classes) body_suffix = body_suffix || (detail::ends_with(org.name, c) && org.name.size() > c.size());
  bool orgish = body_suffix || (!detail::person_name(org.name) && org.name.find(' ') == std::string::npos);
  if (!orgish) return false;
  for (std::string_view det : {"이 ", "그 ", "해당 ", "같은 "})
    if (detail::starts_with(name, det)) name = name.substr(det.size());
  for (std::string_view tail : {" 관계자들", " 관계자", " 대변인", " 측"})
    if (detail::ends_with(name, tail)) {
      name.resize(name.size() - tail.size());
      break;
    }
  if (name.empty() || name == org.name || name.find(' ') != std::string::npos) return false;
  static constexpr std::string_view always[] = {"회사", "동사", "구단", "당국", "기관", "본사", "법인"};
  for (auto a : always)
    if (name == a) return true;
  for (auto c : classes)
    if (name == c && detail::ends_with(org.name, c)) return true;  // 공주시 ← 시, 국립중앙박물관 ← 박물관
  if (name == "노조" && detail::ends_with(org.name, "노동조합")) return true;  // 전국철도노동조합 ← 노조
  // a bare title of the organisation's head or spokesperson (사무총장은, 대변인은), not a person's name
  static constexpr std::string_view titles[] = {"사무총장", "대변인", "총재", "위원장", "이사장", "총장", "관계자",
                                                "관계자들", "사장", "회장", "대표", "대표이사", "원장", "청장", "단장"};
  for (auto t : titles)
    if (name == t) return true;
  return false;
}

// The organisation an actor stands in for (stands_for_org), if any: the sentence's own topic first ("경북도는 …
// 맺을 예정이라고 도 관계자가 전했다"), else the discourse topic.
const detail::Entity* stand_in_body(const std::optional<detail::Entity>& actor,
                                    const std::optional<detail::Entity>& own_topic,
                                    const std::optional<detail::Entity>& topic) {
  if (!actor || actor->pronoun) return nullptr;
  if (own_topic && own_topic->name != actor->name && stands_for_org(actor->name, *own_topic)) return &*own_topic;
  if (topic && stands_for_org(actor->name, *topic)) return &*topic;
  return nullptr;
}

// "두 장관은", "세 정상이", "양 기관은", "이들 기업은": a numbered group stands for several parties, like 두 사람은.
bool numeral_group(std::string_view name) {
  for (std::string_view n : {"두 ", "세 ", "네 ", "양 ", "이들 ", "그들 "})
    if (detail::starts_with(name, n) && name.size() > n.size() && name.find(' ', n.size()) == std::string_view::npos)
      return true;
  return false;
}

// A public body (regulator, ministry, city, court): "회사는" after it cannot mean it.
bool public_body(std::string_view name) {
  for (std::string_view e : {"처", "부", "청", "위원회", "원", "시", "도", "군", "구", "정부", "국회", "법원", "공단"})
    if (detail::ends_with(name, e) && name.size() > e.size()) return true;
  return false;
}

bool plural_word(std::string_view w) {
  for (std::string_view p : {"이들", "그들", "양사", "양측", "양국", "사람"})
    if (detail::starts_with(w, p) || (p == "사람" && w.find(p) != std::string_view::npos)) return true;
  return false;
}

using namespace detail;

// "저스틴 비버", "볼프강 쇼이블레": two Hangul words of two to five syllables each, neither a known name of an
// organisation nor a title, the first no Korean surname-and-name: a foreign person's name, so that a later "비버는"
// refers back to it.
bool foreign_name(std::string_view name) {
  std::size_t sp = name.find(' ');
  if (sp == std::string_view::npos || name.find(' ', sp + 1) != std::string_view::npos) return false;
  std::string_view a = name.substr(0, sp), b = name.substr(sp + 1);
  auto hangul_word = [](std::string_view w) {
    std::size_t n = hangul_syllables(w);
    return n >= 2 && n <= 5;
  };
  if (!hangul_word(a) || !hangul_word(b) || person_name(a) || is_title(a) || is_title(b)) return false;
  return !Aliases::builtin().known(a) && !Aliases::builtin().known(b);
}

// `from`'s time (interval, grain, mod, fuzziness, TIMEX and text), taken over as inherited.
void inherit_time(Event& to, const Event& from) {
  copy_time(to, from);
  to.time_source = TimeSource::Inherited;
}

// The datable expression over word `t` as the governor of an event named right after it (a modifier's or a
// noun's own time: "2021년 설립된", "지난 5월 방한 당시"); nullopt when none is there.
std::optional<Governor> governor_at(const Token& t, const std::vector<time::TimeExpr>& exprs) {
  for (const auto& e : exprs)
    if (can_date(e) && e.begin < t.word_begin + t.word.size() && e.end > t.word_begin)
      return Governor{&e, e.anchor == time::AnchorKind::Expression ? TimeSource::Anaphor : TimeSource::Sentence, true};
  return std::nullopt;
}

// "… 영상을 제작한 것으로 조사됐다", "… 원인인 것으로 분석된다": a passive predicate right after 것으로 is a finding
// frame around the clause before it (an unnamed source's finding, the reporter's analysis), not an event.
bool finding_frame(const Token& pred, const Token& before) {
  return pred.morph.predicate.passive && before.morph.nominal.stem == "것" && before.morph.nominal.particle == "으로";
}

// "예정이다", "계획이라고", "방침이며": a plan noun with the copula, ending a clause; the word before it, a future
// modifier, is the planned action (진행할 예정이다). Not 예정인 (a modifier itself) nor the bare noun.
bool plan_frame(const Token& t) {
  const std::size_t n = plan_noun_prefix(t.word);
  if (n == 0) return false;
  const std::string_view rest = t.word.substr(n);
  return starts_with(rest, "이") || starts_with(rest, "입니");
}

// Every byte `from` of s made `to`, found by memchr: line breaks are a few per paragraph, and std::replace
// compared every byte of the body twice.
void replace_byte(std::string& s, char from, char to) {
  char* p = s.data();
  char* const end = p + s.size();
  while (p < end && (p = static_cast<char*>(std::memchr(p, from, static_cast<std::size_t>(end - p))))) *p++ = to;
}

// A full name whose last syllable reads as a particle ("김정은", find_particle_names) is one bare name in these
// tokens: stem the whole word, no particle.
void reread_names(std::vector<Token>& tokens, const ArticleNames& names) {
  if (!names.has_particle_names()) return;
  for (auto& t : tokens)
    if (names.particle_name(t.word)) {
      t.morph.nominal = morph::Nominal{};
      t.morph.nominal.stem = t.word;
      t.reread = true;  // (answers memoised by the word alone, np_word, must not be shared with other articles)
    }
}

// Personal names standing before a title in the sentence ("윤석열 대통령은", "김영희 작가의") or with 씨 ("김영희씨를",
// "손명동 씨는"): a later "윤 대통령" or "김씨" refers back to them even when they were no event's actor.
void note_titled_people(const std::vector<Token>& tokens, ArticleNames& names) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].in_time) continue;
    // "김영희씨를", "손명동씨는", "손명동 씨": a full name with 씨, whatever its case
    std::string_view stem = tokens[i].morph.nominal.stem;
    constexpr std::string_view ssi = "씨";
    if (ends_with(stem, ssi) && person_name(stem.substr(0, stem.size() - ssi.size()))) {
      names.note_person(std::string(stem.substr(0, stem.size() - ssi.size())));
      continue;
    }
    // (a bare full name before a next word: then 씨 next, or a title; person_name asked once)
    if (i + 1 >= tokens.size() || !tokens[i].morph.nominal.particle.empty()) continue;
    std::string_view w = tokens[i].word;
    if (!person_name(w)) continue;
    if (tokens[i + 1].morph.nominal.stem == "씨") {
      names.note_person(std::string(w));
      continue;
    }
    // the title right after the name, or after 전/현 and up to two affiliation words ("임종석 전 청와대
    // 비서실장", "김영섭 KT 대표")
    bool titled = false;
    for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3 && !titled; ++j) {
      // (a word without a particle is its own stem: asked once)
      titled = is_title(tokens[j].morph.nominal.stem) ||
               (!same(tokens[j].morph.nominal.stem, tokens[j].word) && is_title(tokens[j].word));
      if (!titled && !tokens[j].morph.nominal.particle.empty()) break;  // the noun phrase ended
    }
    if (!titled) continue;
    names.note_person(std::string(w));
  }
}

struct Candidate {
  const Hit* anchor = nullptr;            // the word that carries mood, time and arguments
  const TriggerEntry* entry = nullptr;    // the entry that gives type and lemma
  EventType type = EventType::Other;
  bool announced = false;                 // the object of a report verb: 누리칩스 인수를 발표했다
  bool refused = false;                   // 언급을 거부했다: a statement refused is a negative statement
  bool nominal = false;                   // 지난 5월 방한 당시: a noun naming a dated event (nominal_mentions)
  std::size_t time_token = 0;             // for a nominal mention: the word of the time that dates it
};

// mention_heads.tsv: the words after a trigger noun that make it a mention of a dated event, and whether the
// noun stands bare (방한 당시) or as an object (실적발표를 앞두고).
const std::vector<std::pair<std::string, bool>>& mention_heads() {
  static const std::vector<std::pair<std::string, bool>> heads = [] {
    std::vector<std::pair<std::string, bool>> out;
    if (auto tsv = data::lookup("event/data/mention_heads.tsv"))
      for (const auto& row : data::rows(*tsv))
        if (row.fields.size() >= 2) out.emplace_back(std::string(row.fields[0]), row.fields[1] == "object");
    return out;
  }();
  return heads;
}

std::string strip_marks(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '\'' && c != '"') out.push_back(c);
  return out;
}

// Determiners and deictics that do not tell two objects apart (이번 서밋 = 'APEC CEO 서밋').
bool filler_word(const std::string& w) {
  static const std::set<std::string> fillers{"이", "그", "이번", "해당", "올해", "당시", "국내", "신규"};
  return fillers.count(w) != 0;
}

std::set<std::string> object_words(std::string_view obj) {
  std::set<std::string> out;
  std::string cur;
  int depth = 0;
  for (char c : strip_marks(obj)) {
    if (c == '(') ++depth;
    else if (c == ')') depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0 && c == ' ') {
      if (!cur.empty()) out.insert(cur);
      cur.clear();
    } else if (depth == 0) cur.push_back(c);
  }
  if (!cur.empty()) out.insert(cur);
  for (auto it = out.begin(); it != out.end();) it = filler_word(*it) ? out.erase(it) : std::next(it);
  return out;
}

// A stake as the object: "젠셀의 지분 20%", "지분 51%", "시큐어랩 지분": 지분 is the last word or is followed
// only by a share (20%, 30퍼센트). The owner is the word before 지분 (its 의 dropped), if any.
bool stake_object(std::string_view obj, std::string* owner) {
  std::vector<std::string_view> words;
  for (std::size_t p = 0; p < obj.size();) {
    std::size_t q = obj.find(' ', p);
    if (q == std::string_view::npos) q = obj.size();
    if (q > p) words.push_back(obj.substr(p, q - p));
    p = q + 1;
  }
  if (words.empty()) return false;
  std::size_t i = words.size() - 1;
  auto share = [](std::string_view w) {
    for (std::string_view p : {"도", "를", "을", "만"})  // 지분 5%도 함께 인수했다
      if (ends_with(w, p) && w.size() > p.size() && (w[w.size() - p.size() - 1] == '%')) w.remove_suffix(p.size());
    return ends_with(w, "%") || ends_with(w, "퍼센트");
  };
  if (words[i] != "지분") {
    if (i == 0 || !share(words[i]) || words[i - 1] != "지분") return false;
    --i;
  }
  if (owner && i > 0) {
    std::string_view o = words[i - 1];
    if (ends_with(o, "의")) o.remove_suffix(std::string_view("의").size());
    *owner = std::string(o);
  }
  return true;
}

// Similar objects: one word set mostly covers the other (≥ 2 shared words, or one word that is the whole
// of the shorter object and at least 2 syllables long).
bool similar_objects(std::string_view a, std::string_view b) {
  auto wa = object_words(a), wb = object_words(b);
  if (wa.empty() || wb.empty()) return false;
  std::size_t shared = 0;
  std::size_t longest_shared = 0;
  for (auto& w : wa)
    if (wb.count(w)) {
      ++shared;
      longest_shared = std::max(longest_shared, w.size());
    }
  std::size_t smaller = std::min(wa.size(), wb.size());
  if (shared >= 2 && shared * 2 >= smaller) return true;
  return smaller == 1 && shared == 1 && longest_shared >= 6;  // 이번 서밋 ~ 'APEC CEO 서밋 코리아 2025'

}

std::string type_word(const Event& e) { return e.trigger.empty() ? std::string(to_string(e.type)) : e.trigger; }

std::string make_summary(const Event& e) {
  std::string s = e.actor.empty() ? std::string("(미상)") : e.actor;
  s += " " + type_word(e);
  if (e.polarity == Polarity::Negative && e.trigger != "불참" && e.trigger != "무산" && e.trigger != "불발")
    s += "(부정)";
  std::string obj = strip_marks(e.object);
  if (!obj.empty()) s += ": " + obj;
  if (!e.participants.empty()) {
    s += obj.empty() ? ": " : " ";
    s += "(";
    for (std::size_t i = 0; i < e.participants.size(); ++i) s += (i ? ", " : "") + e.participants[i];
    s += ")";
  }
  if (!e.amount.empty()) s += " " + e.amount;
  return s;
}

// Event types that the continuation verb (이어졌다, 계속됐다) can extend.
bool extendable(EventType t) {
  return t == EventType::Meeting || t == EventType::Visit || t == EventType::Other ||
         t == EventType::Cancellation || t == EventType::Investment;
}

}  // namespace

namespace {
Error too_large(const text::Article& article, std::size_t count, const char* what, std::size_t limit, const char* option) {
  Error e;
  e.code = ErrorCode::TooLarge;
  e.file = article.name;
  e.message = fmt::format(
      "more than {} {} in one article (stopped at {}): is it several articles in one file? split it, or raise {}",
      limit, what, count, option);
  return e;
}

// One sentence as the extractor reads it: its words, expressions, trigger hits and clauses, the candidates
// that fire, and the events they give (with, per event, its clause and whether it reports or is passive).
// Where an event's trigger stands in its sentence, read by the phases after the events are built.
struct EventSite {
  std::size_t clause = 0;  // the trigger's clause
  bool passive = false;    // the trigger was passive (불발됐다): its subject is what failed
  bool report = false;     // the trigger reports (밝혔다, 전했다)
  bool attend = false;     // the trigger is an attendance (참석, 참가), whatever type its gathering gave it
};

struct Sentence {
  text::SentenceSpan span;
  std::string_view sv;
  std::vector<Token> tokens;
  std::vector<time::TimeExpr> exprs;  // offsets relative to the sentence
  std::vector<Hit> hits;
  std::vector<Clause> clauses;
  bool own_initial = false;  // the sentence's 은/는 phrase opens it
  bool topic_stale = false;  // candidates marked more trigger words after own_topic was read
  std::optional<Entity> own_topic;
  std::vector<Candidate> cands;
  std::vector<const TriggerEntry*> typed_by;  // per hit: the trigger noun that types a support/light verb
  std::vector<std::size_t> continuations;     // hits that extend an earlier event (이어졌다)
  std::vector<TriggerEntry> generic_entries;  // the generic layer's entries and hits (stable: reserved)
  std::deque<TriggerEntry> gathering_entries;  // gatherings named by a noun of gathering_heads.tsv (stable)
  std::vector<Hit> generic_hits;
  std::vector<Event> evs;
  std::vector<EventSite> sites;  // per event of evs: where and how its trigger stands
};

// The extractor proper, as phases over each sentence and a discourse state carried across sentences.
// run() stops early with *stop set when a limit of `limits` is passed.
class ArticleExtractor {
 public:
  ArticleExtractor(const text::Article& article, const ExtractOptions& options, const ExtractLimits& limits,
                   std::optional<Error>* stop)
      : article(article), options(options), limits(limits), stop(stop),
        // Crawl furniture is blanked in place (offsets unchanged); captions and the headline give no events.
        clean(text::clean_crawl(article.body, article.title)), body(clean.text),
        lex(Lexicon::builtin()), pub(article.publication_date) {}

  std::vector<Event> run() {
    time::ResolveOptions ro;
    ro.publication_date = article.publication_date;
    ro.prefer = options.prefer;
    ro.no_antecedent = clean.asides();
    // Line breaks become spaces for the normaliser (same length, so offsets still match the body): a
    // paragraph break must not hide an expression that opens the next paragraph.
    std::string flat = body;
    replace_byte(flat, '\n', ' ');
    replace_byte(flat, '\r', ' ');
    all_exprs = time::find_time_expressions(flat, ro);
    names = ArticleNames(body);
    // The headline gives no events, but the people it names with their title ("… 김승훈 신부 20주기") are who a
    // later "김 신부" refers to.
    for (const auto& seg : clean.segments)
      if (seg.kind == text::SegmentKind::Headline && seg.end > seg.begin) {
        auto tokens = tokenize(std::string_view(body).substr(seg.begin, seg.end - seg.begin));
        reread_names(tokens, names);
        note_titled_people(tokens, names);
      }
    if (limits.max_expressions && all_exprs.size() > limits.max_expressions) {
      *stop = too_large(article, all_exprs.size(), "temporal expressions", limits.max_expressions, "--max-expressions");
      return {};
    }
    for (const auto& span : text::split_sentences(body)) {
      if (limits.max_events && out.size() > limits.max_events) {
        *stop = too_large(article, out.size(), "events", limits.max_events, "--max-events");
        return {};
      }
      if (clean.is_aside(span.begin, span.end)) continue;
      Sentence s;
      s.span = span;
      s.sv = std::string_view(body).substr(span.begin, span.end - span.begin);
      s.tokens = tokenize(s.sv);
      if (s.tokens.empty()) continue;
      reread_names(s.tokens, names);
      read(s);
      if (++lead_sentences == kLeadSentences) lead_end = span.end;
      if (lead_sentences == kOpeningSentences) opening_end = span.end;
      // which hits fire, and with which type
      choose_candidates(s);
      name_gatherings(s);
      unlisted_gatherings(s);
      fire_predicates(s);
      add_generic(s);
      nominal_mentions(s);
      std::sort(s.cands.begin(), s.cands.end(),
                [](const Candidate& a, const Candidate& b) { return a.anchor->begin < b.anchor->begin; });
      // the events of the sentence, then what the sentence as a whole says about them
      build_events(s);
      reported_chains(s);
      merge_chains(s);
      failed_plans(s);
      inherit_object_time(s);
      reporter_of_passive(s);
      date_reported_content(s);
      narrative_time(s);
      modality_from_time(s);
      apply_continuations(s);
      update_discourse(s);
    }
    if (limits.max_events && out.size() > limits.max_events) {
      *stop = too_large(article, out.size(), "events", limits.max_events, "--max-events");
      return {};
    }
    statements_on_the_story_day();
    opening_on_the_story_day();
    headline_mentions();
    return std::move(out);
  }

 private:
  // The sentence's words, temporal expressions, trigger hits, clauses and 은/는 phrase.
  void read(Sentence& s) {
    auto& span = s.span;
    auto& sv = s.sv;
    auto& tokens = s.tokens;
    auto& exprs = s.exprs;
    auto& hits = s.hits;
    auto& clauses = s.clauses;
    auto& own_initial = s.own_initial;
    auto& own_topic = s.own_topic;
    // The sentence's temporal expressions, with offsets relative to the sentence. all_exprs is in text
    // order and so are the sentences: `next_expr` only moves forward (a scan per sentence was quadratic).
    while (next_expr < all_exprs.size() && all_exprs[next_expr].begin < span.begin) ++next_expr;
    for (std::size_t k = next_expr; k < all_exprs.size() && all_exprs[k].begin < span.end; ++k) {
      const auto& e = all_exprs[k];
      if (e.end > span.end) continue;
      time::TimeExpr r = e;
      r.begin -= span.begin;
      r.end -= span.begin;
      exprs.push_back(std::move(r));
    }
    for (auto& t : tokens)
      for (const auto& e : exprs)
        if (e.begin < t.word_begin + t.word.size() && e.end > t.word_begin) t.in_time = true;

    hits = lex.find(sv, tokens);
    for (const auto& h : hits)
      if (!h.entry->venue)
        for (std::size_t t = h.first_token; t <= h.token; ++t) tokens[t].trigger = true;
    clauses = split_clauses(tokens, hits);

    // This sentence's 은/는 phrase, if any. The discourse topic below asks again only when the candidates marked
    // more trigger words in between (sentence_topic skips trigger words); otherwise the answer is the same.
    own_topic = sentence_topic(sv, tokens, &own_initial);
  }

  // Which hits fire, and with which type: trigger nouns typing the support, light or subj verbs near them.
  // The trigger noun at word `noun` (its entry `by`) types the verb hit `verb`: the noun is the event's word, no
  // argument ("주주총회는 … 열린다": the gathering is the event, not its actor).
  static void type_verb(Sentence& s, std::size_t verb, const TriggerEntry* by, std::size_t noun) {
    s.typed_by[verb] = by;
    s.topic_stale = s.topic_stale || !s.tokens[noun].trigger;
    s.tokens[noun].trigger = true;
  }

  void choose_candidates(Sentence& s) {
    auto& tokens = s.tokens;
    auto& hits = s.hits;
    auto& clauses = s.clauses;
    auto& cands = s.cands;
    auto& continuations = s.continuations;
    s.typed_by.assign(hits.size(), nullptr);
    for (std::size_t i = 0; i < hits.size(); ++i) {
      const Hit& h = hits[i];
      // Inside a quoted title nothing fires, except a gathering that is the title's head noun: "'제조업 AI
      // 전환 간담회'를 열었다" holds a meeting.
      bool title_head = h.entry->venue && tokens[h.token].closes_quote && !tokens[h.token].double_quoted;
      if ((tokens[h.first_token].quoted || tokens[h.token].quoted) && !title_head) continue;
      std::size_t ci = clause_of(clauses, h.token);
      // A trigger noun as the object/subject/bare companion of a support, light or subj verb nearby.
      std::size_t window = h.use == Use::Subject ? tokens.size() : 3;  // 주주총회는 … 본사에서 열린다
      auto verb_after = [&](auto accept) -> std::optional<std::size_t> {
        for (std::size_t j = i + 1; j < hits.size(); ++j) {
          if (clause_of(clauses, hits[j].token) != ci || hits[j].token > h.token + std::max<std::size_t>(window, 6))
            break;
          // only a postponement reaches past the window: it names its new date in between (발사를 다음 달
          // 중순으로 연기했다)
          if (hits[j].token > h.token + window && !hits[j].entry->postpone) continue;
          if (accept(*hits[j].entry) && (hits[j].use == Use::Predicate || hits[j].use == Use::Bare))
            return j;
          // "정상회의를 개최하는 방안을 검토하고": the noun is the object of the predicate right after it
          if (hits[j].use == Use::Predicate && hits[j].token == h.token + 1) break;
        }
        return std::nullopt;
      };
      if (h.entry->cont && h.use == Use::Predicate) {
        continuations.push_back(i);
        continue;
      }
      switch (h.use) {
        case Use::Object:
        case Use::Bare: {
          if (h.entry->light || h.entry->subj || h.entry->cont || h.entry->postpone) break;
          if (h.entry->support) {
            // "박람회 개최를 5월 8일로 연기했다": a holding (a support noun) postponed is that holding, at the new date
            if (h.use == Use::Object)
              if (auto j = verb_after([](const TriggerEntry& v) { return v.postpone; })) type_verb(s, *j, h.entry, h.token);
            break;
          }
          // "투자 협약도 맺을", "신제품 공개 행사를 연다": a noun before another trigger noun modifies it
          if (h.use == Use::Bare && i + 1 < hits.size() && hits[i + 1].first_token == h.token + 1 &&
              hits[i + 1].entry->form == Form::Noun)
            break;
          auto j = verb_after([](const TriggerEntry& v) { return v.support || v.light || v.postpone; });
          if (j) {
            type_verb(s, *j, h.entry, h.token);
          } else if (h.use == Use::Object && h.entry->lemma == "언급" && h.token + 1 < tokens.size() &&
                     clause_of(clauses, h.token + 1) == ci &&
                     (starts_with(tokens[h.token + 1].word, "거부") || starts_with(tokens[h.token + 1].word, "거절"))) {
            // "오픈AI는 이에 대해 언급을 거부했다": declining to comment is a statement, negative
            Candidate c{&h, h.entry, h.entry->type};
            c.refused = true;
            cands.push_back(c);
          } else if (h.use == Use::Object && !h.entry->venue && !h.entry->report &&
                     h.entry->type != EventType::Statement && i + 1 < hits.size() &&
                     hits[i + 1].entry->report && hits[i + 1].entry->type == EventType::Announcement &&
                     verb_after([](const TriggerEntry& v) { return v.report && v.type == EventType::Announcement; })) {
            // (the report verb must be the next trigger: "계약을 해지했다고 공시했다" announces the cancellation)
            // "누리칩스 인수를 공식 발표했다": what is announced is an event of its own (planned), besides the report
            cands.push_back({&h, h.entry, h.entry->type, true});
          } else if (h.use == Use::Object && h.token + 1 < tokens.size() &&
                     clause_of(clauses, h.token + 1) == ci &&
                     !h.entry->venue &&
                     (starts_with(tokens[h.token + 1].word, "했") || starts_with(tokens[h.token + 1].word, "한다") ||
                      starts_with(tokens[h.token + 1].word, "하기로") || starts_with(tokens[h.token + 1].word, "하지") ||
                      starts_with(tokens[h.token + 1].word, "하고") || tokens[h.token + 1].word == "해" ||
                      starts_with(tokens[h.token + 1].word, "해서") || starts_with(tokens[h.token + 1].word, "해야") ||
                      starts_with(tokens[h.token + 1].word, "해왔") || starts_with(tokens[h.token + 1].word, "해온") ||
                      starts_with(tokens[h.token + 1].word, "할"))) {  // not 해지했다 (계약을 해지했다)
            cands.push_back({&h, h.entry, h.entry->type});  // 투자를 했다
          } else if (h.use == Use::Bare && h.token + 1 == tokens.size() && !h.entry->venue) {
            cands.push_back({&h, h.entry, h.entry->type});  // a headline ending in a verbal noun: 불참
          }
          break;
        }
        case Use::Subject: {
          // 회담이 열렸다; 이 논의는 더 이상 진행되지 않고
          if (h.entry->support || h.entry->light || h.entry->subj || h.entry->cont || h.entry->postpone) break;
          auto j = verb_after([](const TriggerEntry& v) { return v.subj || v.light || v.postpone; });
          // "세계경제포럼은 … 열리는 연차총회에 불참한다고": a subj verb in modifier form describes the noun after
          // it, not a far topic (a venue word closing a name, 포럼)
          if (j && h.entry->venue && hits[*j].token > h.token + 1 && modifier_word(tokens[hits[*j].token])) j.reset();
          if (j) type_verb(s, *j, h.entry, h.token);
          break;
        }
        case Use::Dative:  // 파업에 들어갔다: the lexicon makes the noun a predicate before a dative support verb
        case Use::Predicate:
        case Use::Oblique:  // only through a modifying subj verb (below)
          break;
      }
    }
  }

  // "추도식이 23일 봉하마을에서 열렸다", "음악회를 열었다": 열리다 with a subject (열다 with an object) that names a
  // gathering by its end (gathering_heads.tsv) but has no trigger row is an event of type other named by the noun.
  void unlisted_gatherings(Sentence& s) {
    static const std::vector<std::string_view> heads = data::first_column("event/data/gathering_heads.tsv");
    auto& tokens = s.tokens;
    for (std::size_t i = 0; i < s.hits.size(); ++i) {
      const Hit& h = s.hits[i];
      if (s.typed_by[i] || h.use != Use::Predicate || !(h.entry->subj || h.entry->light) || tokens[h.token].quoted)
        continue;
      if (!starts_with(h.entry->lemma, "열")) continue;  // 열리다, 열다: not 진행, 가졌다, 이뤄졌다
      const morph::Case want = h.entry->subj ? morph::Case::Subject : morph::Case::Object;
      const std::size_t ci = clause_of(s.clauses, h.token);
      for (std::size_t k = h.first_token; k-- > s.clauses[ci].first;) {
        const Token& t = tokens[k];
        if (t.in_time || t.trigger || t.quoted) continue;
        const auto& n = t.morph.nominal;
        if (!n.only(want) && !(h.entry->subj && n.only(morph::Case::Topic))) continue;
        std::string_view stem = n.stem;
        bool gathering = hangul_syllables(stem) >= 2 && std::any_of(heads.begin(), heads.end(), [&](std::string_view x) {
          return ends_with(stem, x);
        });
        if (gathering) {
          TriggerEntry e;
          e.type = EventType::Other;
          e.lemma = std::string(stem);
          e.form = Form::Noun;
          s.gathering_entries.push_back(std::move(e));
          type_verb(s, i, &s.gathering_entries.back(), k);
        }
        break;  // the nearest subject (object) only
      }
    }
  }

  // "지난 20일 열린 임시주주총회에서", "28일 개최되는 포럼": a subj verb modifying the gathering or event noun right
  // after it names that event (its type; planned when the verb is future), dated by the time before the verb.
  void name_gatherings(Sentence& s) {
    auto& tokens = s.tokens;
    auto& exprs = s.exprs;
    auto& hits = s.hits;
    auto& clauses = s.clauses;
    auto& typed_by = s.typed_by;
    for (std::size_t i = 0; i + 1 < hits.size(); ++i) {
      const Hit& h = hits[i];
      const Hit& n = hits[i + 1];
      if (h.entry->subj && h.use == Use::Predicate && !typed_by[i] && n.first_token == h.token + 1 &&
          n.entry->form == Form::Noun && !n.entry->support && !n.entry->light && !n.entry->subj &&
          !n.entry->postpone && !n.entry->cont && clause_of(clauses, n.token) == clause_of(clauses, h.token) &&
          modifier_word(tokens[h.token]) && std::any_of(exprs.begin(), exprs.end(), [&](const time::TimeExpr& e) {
            return e.end <= tokens[h.token].begin && e.end + 2 >= tokens[h.token].begin;  // the time right before
          }))
        typed_by[i] = n.entry;
    }
  }

  // "정상회의에 참석했다", "준공식에는 … 임직원이 참석했다": the gathering an attendance is about (a trigger noun
  // marked 에 earlier in the verb's clause), whose type the attendance takes; the verb stays the event's word
  // and the gathering its object ('APEC CEO 서밋'에 불참한다).
  static const TriggerEntry* attended_gathering(const Sentence& s, std::size_t i) {
    const Hit& h = s.hits[i];
    std::size_t ci = clause_of(s.clauses, h.token);
    for (std::size_t k = i; k-- > 0;) {
      const Hit& n = s.hits[k];
      if (clause_of(s.clauses, n.token) != ci) break;
      if (n.use == Use::Dative && n.entry->form == Form::Noun && !n.entry->support && !n.entry->light &&
          !n.entry->subj && !n.entry->cont && !n.entry->postpone)
        return n.entry;
    }
    return nullptr;
  }

  // Predicates (and support nouns closing a headline) fire, typed by the noun that governs them.
  void fire_predicates(Sentence& s) {
    auto& tokens = s.tokens;
    auto& hits = s.hits;
    auto& cands = s.cands;
    auto& typed_by = s.typed_by;
    for (std::size_t i = 0; i < hits.size(); ++i) {
      const Hit& h = hits[i];
      // Inside a single-quoted title nothing fires; inside speech only plans do (checked below).
      bool in_title = tokens[h.token].quoted && !tokens[h.token].double_quoted;
      if (in_title || h.entry->cont) continue;
      bool fires = h.use == Use::Predicate && !h.entry->venue;
      // "… 공급 계약 체결" (a support noun ending a headline or typed by the noun before it)
      if (h.use == Use::Bare && h.entry->support && (typed_by[i] || h.token + 1 == tokens.size())) fires = true;
      if (!fires) continue;
      // "이달 초 … 체결한 협약": a support verb modifying a trigger noun takes the noun's type.
      if (!typed_by[i] && h.entry->support && i + 1 < hits.size() && hits[i + 1].first_token == h.token + 1 &&
          hits[i + 1].entry->form == Form::Noun && !hits[i + 1].entry->support && !hits[i + 1].entry->light)
        typed_by[i] = hits[i + 1].entry;
      if (typed_by[i]) cands.push_back({&h, typed_by[i], typed_by[i]->type});
      else if (const TriggerEntry* g = h.entry->attend ? attended_gathering(s, i) : nullptr)
        cands.push_back({&h, h.entry, g->type});
      else if (!h.entry->light && !h.entry->subj && !h.entry->postpone) cands.push_back({&h, h.entry, h.entry->type});
    }
  }

  // the generic layer (generic.cpp): a clause without any lexicon word whose own predicate is an action
  // reports an event of type other (검거했다, 숨졌다, 선정됐다)
  void add_generic(Sentence& s) {
    auto& sv = s.sv;
    auto& tokens = s.tokens;
    auto& clauses = s.clauses;
    auto& cands = s.cands;
    auto& generic_entries = s.generic_entries;
    auto& generic_hits = s.generic_hits;
    generic_entries.reserve(clauses.size());
    generic_hits.reserve(clauses.size());
    for (const Clause& cl : clauses) {
      auto in_clause = [&](const Hit& h) { return h.token >= cl.first && h.first_token <= cl.last; };
      // a clause whose lexicon word fires is that word's event; one that only holds a lexicon word that does
      // not fire ("입원을 거절했다", "개막행사를 관람했다") still reports its own predicate's action
      // (a lexicon word in a past modifier well before the clause's end names another event: "지난해 8월 착공한
      // 사업을 올 10월에 완료했다" reports the completion too)
      if (std::any_of(cands.begin(), cands.end(), [&](const Candidate& c) {
            const Token& w = tokens[c.anchor->token];
            return in_clause(*c.anchor) && !(c.anchor->token + 1 < cl.last && w.morph.prefers_predicate() &&
                                             w.morph.predicate.adnominal == morph::Adnominal::Past);
          }))
        continue;
      // "… 영상을 제작한 것으로 조사됐다": behind a passive finding frame (dropped in build_events) the action is
      // the past modifier before 것으로
      const bool framed = cl.last >= cl.first + 2 && finding_frame(tokens[cl.last], tokens[cl.last - 1]);
      // "… 공모를 진행할 예정이다", "… 집중 점검할 계획이다": a plan frame; the action is the future modifier before it
      const bool planned = !framed && cl.last >= cl.first + 1 && plan_frame(tokens[cl.last]) &&
                           (cl.end == ClauseEnd::Final || cl.end == ClauseEnd::Quote || cl.end == ClauseEnd::Connective);
      const std::size_t last = framed ? cl.last - 2 : planned ? cl.last - 1 : cl.last;
      const Token& t = tokens[last];
      // a light verb of doing (진행, 실시, 단행, 추진) that did not fire, in the active voice, still reports an
      // action (컨설팅을 진행했다: 컨설팅 is no trigger); a decision (결정했다, 확정했다) is read with what it decides
      // (not a plan: "개발을 추진하겠다고 합의했다" is what was agreed)
      bool light_word = !framed && t.trigger && !t.morph.predicate.passive &&
                        (t.morph.predicate.tense != morph::Tense::Future || planned) &&
                        std::all_of(s.hits.begin(), s.hits.end(), [&](const Hit& h) {
                          return h.token != last || (h.entry && h.entry->light &&
                                                         (h.entry->lemma == "진행" || h.entry->lemma == "갖다" ||
                                                          h.entry->lemma == "열다"));
                        });
      auto g = generic_predicate(t, cl.end, light_word, framed, planned);
      if (!g) continue;
      // a native verb's event depends on its object (상을 받았다, but 호평을 받았다): beside a lexicon word it is
      // read as that word's support (연기는 … 호평을 받았다), not as an event of its own
      if (g->form == Form::Verb && std::any_of(s.hits.begin(), s.hits.end(), [&](const Hit& h) {
            return in_clause(h) && !(light_word && h.token == last);  // (the light verb itself does not count)
          }))
        continue;
      TriggerEntry e;
      e.type = EventType::Other;
      e.lemma = g->lemma;
      e.form = g->form;
      e.patient = g->patient;
      generic_entries.push_back(std::move(e));
      Hit h;
      h.token = h.first_token = last;
      h.begin = t.word_begin;
      h.end = t.word_begin + g->surface;
      h.rest = sv.substr(h.end, t.word_begin + t.word.size() - h.end);
      h.use = Use::Predicate;
      generic_hits.push_back(h);
    }
    for (std::size_t i = 0; i < generic_hits.size(); ++i) {
      generic_hits[i].entry = &generic_entries[i];
      cands.push_back({&generic_hits[i], &generic_entries[i], EventType::Other});
    }
    std::sort(cands.begin(), cands.end(),
              [](const Candidate& a, const Candidate& b) { return a.anchor->begin < b.anchor->begin; });
  }

  // One event per candidate: mood, governing time, arguments, actor from the discourse, object.
  // "지난 5월 방한 당시", "2020년 출시 이후", "29일 실적발표를 앞두고": a trigger noun with a time right before
  // it and a mention head after it (mention_heads.tsv) names a dated event of its own.
  void nominal_mentions(Sentence& s) {
    const auto& tokens = s.tokens;
    for (const Hit& h : s.hits) {
      const TriggerEntry& e = *h.entry;
      if (e.form != Form::Noun || e.support || e.light || e.subj || e.venue || e.cont || e.postpone)
        continue;
      if (h.first_token == 0 || h.token + 1 >= tokens.size()) continue;
      if (tokens[h.token].quoted || tokens[h.token].trigger == false) continue;
      if (std::any_of(s.cands.begin(), s.cands.end(), [&](const Candidate& c) { return c.anchor == &h; })) continue;
      // the time: right before the noun, or before up to three words of the same noun phrase (no particle in
      // between: "2019년 4월 러시아 블라디보스토크 북러 정상회담")
      std::size_t t = h.first_token;
      std::size_t between = 0;
      while (t > 0 && !tokens[t - 1].in_time && between < 3 && tokens[t - 1].morph.nominal.particle.empty() &&
             !tokens[t - 1].comma_after && !tokens[t - 1].trigger)
        --t, ++between;
      if (t == 0 || !tokens[t - 1].in_time) continue;
      std::string_view next = tokens[h.token + 1].word;
      bool fits = false;
      if (between == 0)
        for (const auto& [word, object] : mention_heads())
          if (next == word && (object ? h.use == Use::Object : (h.use == Use::Bare && h.rest.empty()))) fits = true;
      // a gathering in a list of dated ones: "2019년 4월 … 정상회담, 작년 9월 … 정상회담" (not "3일 정례회의에서
      // 승인했다": the session where the act happened is no event of its own in the annotations)
      bool gathering = e.type == EventType::Meeting || e.type == EventType::Visit;
      if (gathering && h.use == Use::Bare && h.rest.empty() && tokens[h.token].comma_after &&
          tokens[h.token + 1].in_time)
        fits = true;
      if (!fits) continue;
      Candidate c{&h, h.entry, h.entry->type};
      c.nominal = true;
      c.time_token = t - 1;
      s.cands.push_back(c);
    }
  }

  void build_events(Sentence& s) {
    auto& span = s.span;
    auto& sv = s.sv;
    auto& tokens = s.tokens;
    auto& exprs = s.exprs;
    auto& clauses = s.clauses;
    auto& cands = s.cands;
    auto& evs = s.evs;
    auto& sites = s.sites;
    for (const auto& c : cands) {
      const Hit& h = *c.anchor;
      std::size_t ci = clause_of(clauses, h.token);
      Mood mood = analyse_mood(tokens, clauses, ci, h);
      if (tokens[h.token].double_quoted) {
        // Speech: "내년 상반기 중 설계센터를 설립할 것"이라고 — a stated plan is an event (reported);
        // opinions and descriptions inside quotes are not.
        if (mood.modality == Modality::Actual || h.entry->report) continue;
        mood.reported = true;
      }
      // a finding frame is no event (development gold: 1 of 7 such frames with no actor matched an event, and
      // that one by its clause); add_generic reads the action before it
      if (h.first_token > 0 && finding_frame(tokens[h.token], tokens[h.first_token - 1])) continue;
      Governor gov = governing_time(exprs, tokens, clauses, ci, h, pub);
      if (c.nominal) {
        // a named event: dated by the time right before the noun, as it happened (or, ahead, as planned below)
        mood = Mood{};
        gov = governor_at(tokens[c.time_token], exprs).value_or(Governor{});
        // "이날 회담 직후": a time that points back (이날, 당시) names an event already reported, no new one
        if (!gov.expr || gov.source == TimeSource::Anaphor) continue;
      }
      if (h.entry->postpone) {
        // "출시를 하반기로 미뤘다": the postponed event at its new date (X로), planned; no new date, no event.
        gov = Governor{};
        for (const auto& e : exprs) {
          if (!can_date(e) || e.begin < tokens[clauses[ci].first].begin || e.end > h.begin) continue;
          std::string_view after = sv.substr(e.end);
          if (starts_with(after, "로") || starts_with(after, "으로")) gov = Governor{&e, TimeSource::Sentence, true};
        }
        if (!gov.expr) continue;
        if (!(gov.expr->interval.to && *gov.expr->interval.to <= pub)) mood.modality = Modality::Planned;
      }
      if (mood.modifier && h.first_token > 0 && tokens[h.first_token - 1].in_time) {
        // "14일 … 2021년 설립된 딥실드에": a modifier's own time stands right before it
        if (auto own = governor_at(tokens[h.first_token - 1], exprs)) gov = *own;
      }
      // background (설립한 회사): no event — except an announcement whose maker is its subject right before it
      // ("국제투명성기구가 발표한 부패인식지수", "서울시가 발표한 사업"): the development annotators mark it
      if (mood.modifier && !gov.in_clause &&
          !(h.entry->type == EventType::Announcement && h.first_token > 0 && !tokens[h.token].morph.predicate.passive &&
            tokens[h.first_token - 1].morph.nominal.only(morph::Case::Subject)))
        continue;
      if (mood.embedded_plan) continue;               // 방문할 예정이던 회장의 일정을 취소: the cancellation says it
      Arguments args = find_arguments(sv, tokens, clauses, ci, h);

      if (c.refused) {
        mood.polarity = Polarity::Negative;
        mood.modality = Modality::Actual;
      }
      if (c.announced && mood.polarity == Polarity::Positive && c.type != EventType::Cancellation &&
          c.type != EventType::Resignation && mood.modality == Modality::Actual)
        mood.modality = Modality::Planned;  // 인수를 발표했다: announced, still to be carried out
      Event ev;
      ev.type = c.type;
      ev.trigger = c.entry->lemma;
      if (c.entry->attend && mood.polarity == Polarity::Negative) {
        ev.type = EventType::Cancellation;  // 참석하지 않는다: non-attendance
        ev.trigger = "불참";
      }
      refer_back(args);
      choose_actor(s, args, ev);
      for (auto& p : args.participants)
        if (p != ev.actor) ev.participants.push_back(p);
      ev.location = args.location;
      ev.object = args.object;
      if (ev.type == EventType::Acquisition) {
        // 지분을 인수, X의 지분 20%를 인수: buying a stake is an investment in X
        std::string owner;
        bool stake = stake_object(args.object, &owner);
        if (stake || ends_with(args.object_head, "지분")) {
          ev.type = EventType::Investment;
          if (owner.empty() && !args.object.empty()) {
            // "젠셀의 지분 20%를": the owner is the genitive word just before the object phrase
            std::size_t at = sv.find(args.object);
            std::string_view gen = "의 ";
            if (at != std::string_view::npos && at > gen.size() && sv.substr(at - gen.size(), gen.size()) == gen) {
              std::size_t b = sv.rfind(' ', at - gen.size() - 1);
              b = b == std::string_view::npos ? 0 : b + 1;
              owner = std::string(sv.substr(b, at - gen.size() - b));
            }
          }
          if (!owner.empty()) {
            Entity x = entity_from_words({std::string_view(owner)});
            if (!x.name.empty() && x.name != ev.actor &&
                std::find(ev.participants.begin(), ev.participants.end(), x.name) == ev.participants.end())
              ev.participants.push_back(x.name);
          }
        }
      }
      if (ev.type == EventType::Acquisition && ev.participants.empty() && !ev.object.empty()) {
        // 에버차지를 인수했다: the company bought takes part
        Entity bought = entity_from_words({std::string_view(ev.object)});
        if (!bought.name.empty() && bought.name.find(' ') == std::string::npos && bought.name != ev.actor)
          ev.participants.push_back(bought.name);
      }
      if (ev.type == EventType::Launch && c.entry->lemma == "공개") {
        // 보고서를 공개: publishing a document is an announcement; a product is a launch
        if (disclosed_object(args.object_head)) ev.type = EventType::Announcement;
      }
      if (mood.modifier && ev.object.empty()) {
        // "지난해 인수한 게임사 블루문게임즈는": the modified noun phrase is what was acted on.
        std::size_t k = h.token + 1;
        std::vector<std::string_view> words;
        while (k < tokens.size() && words.size() < 4) {
          const auto& sp = tokens[k].morph.nominal;
          words.push_back(sp.particle.empty() ? tokens[k].word : sp.stem);
          if (!sp.particle.empty() || tokens[k].comma_after) break;
          ++k;
        }
        Entity x = entity_from_words(words);
        bool passive = h.entry->form == Form::Noun && (starts_with(h.rest, "된") || starts_with(h.rest, "됐던"));
        if (passive && !x.name.empty() && x.name.find(' ') == std::string::npos) {
          // "2015년 설립된 핀테크 기업 페이온은", "… 2021년 설립된 스타트업 딥실드에 투자했다": the modified noun
          // is the passive's subject, whoever acts in the main clause
          ev.actor = x.name;
          ev.affiliation = x.affiliation;
          ev.role = x.role;
          ev.actor_inferred = false;
          ev.participants.clear();
          words.clear();
        }
        ev.object = words.empty() ? std::string() : x.name;
        // "유튜브 채널이 공개한 영상에 따르면": what the modifier disclosed is the noun it modifies
        if (ev.type == EventType::Launch && c.entry->lemma == "공개" && !words.empty() && disclosed_object(words.back()))
          ev.type = EventType::Announcement;
        if (!words.empty() && (Aliases::builtin().known(x.name) || ev.type == EventType::Acquisition ||
                               ev.type == EventType::Investment))
          if (!x.name.empty() && x.name.find(' ') == std::string::npos && x.name != ev.actor)
            ev.participants.push_back(x.name);
      }
      if (c.entry->patient && !ev.actor.empty()) {
        // "롯데면세점이 사업자로 선정됐다", "일당이 붙잡혔다": the subject underwent it; who acted is not said here
        if (ev.object.empty()) ev.object = ev.actor;
        ev.actor.clear();
        ev.affiliation.clear();
        ev.role.clear();
        ev.actor_inferred = false;
        if (topic && topic->name != ev.object) {
          // who did it is whom the discourse is about ("인천국제공항공사는 … 심사했다. 롯데면세점이 선정됐다")
          ev.actor = topic->name;
          ev.affiliation = topic->affiliation;
          ev.role = topic->role;
          ev.actor_inferred = true;
        }
      }
      ev.amount = args.amount;
      ev.polarity = mood.polarity;
      ev.modality = mood.modality;
      ev.reported = mood.reported;
      apply_time(ev, gov, article.publication_date);
      Mention m;
      m.article = article.name;
      m.title = article.title;
      m.outlet = article.source;
      m.publication_date = article.publication_date;
      m.sentence = std::string(sv);
      m.begin = span.begin;
      m.end = span.end;
      m.trigger = std::string(sv.substr(h.begin, h.end - h.begin)) + std::string(h.rest);
      ev.mentions.push_back(std::move(m));
      evs.push_back(std::move(ev));
      EventSite site;
      site.clause = ci;
      site.report = c.entry->report || h.entry->report;
      site.passive = h.entry->form == Form::Noun && (starts_with(h.rest, "됐") || starts_with(h.rest, "되") ||
                                                     starts_with(h.rest, "된") || starts_with(h.rest, "돼"));
      site.attend = h.entry->attend;
      sites.push_back(site);
    }
  }

  // A name that refers back: a bare title to the topic ("대통령은"), "정 대표"/"윤 대통령" and "김씨" to a person
  // named earlier, a foreign family name to the full name.
  void refer_back(Arguments& args) {
    if (args.actor && topic && !topic->role.empty() && args.actor->name == topic->role &&
        args.actor->affiliation.empty()) {
      // "인도네시아 대통령이 … 방한했다. 대통령은 …": the bare title refers back to the topic
      args.actor = *topic;
    }
    if (args.actor && !args.actor->name.empty()) {
      // "기재부는" after "기획재정부(기재부)": an abbreviation the article defined stands for the full name
      if (auto full = names.expand(args.actor->name)) args.actor->name = *full;
    }
    if (args.actor) {
      // "정 대표는", "김 전 위원은": a surname and a title refer back to a person named earlier
      if (auto full = names.by_surname(args.actor->name)) args.actor->name = *full;
    }
    if (args.actor && !args.actor->name.empty()) {
      // "김씨는", "성혁씨는", "김 씨는": a surname or a given name with 씨 refers back to a person named earlier
      if (auto full = names.with_ssi(args.actor->name)) {
        args.actor->name = *full;
        args.actor->role.clear();
      }
    }
    if (args.actor && !args.actor->name.empty()) {
      // "마크 헤일리 … 헤일리 미국 국무장관은", "나롱삭 주지사": a word of a foreign name refers back to the full name
      bool dropped = false;
      if (auto full = names.foreign(args.actor->name, &dropped)) {
        args.actor->name = *full;
        // the rest (미국 국무장관) is affiliation and title, not part of the name
        if (dropped) args.actor->affiliation.clear();
      }
    }
    if (args.actor && args.actor->role.empty() && args.actor->affiliation.empty()) {
      // "군은", "시는": the local government named earlier (강원 인제군은 … 군은)
      if (auto body = names.body_for(args.actor->name)) {
        args.actor->name = *body;
        args.actor->pronoun = false;
      }
    }
    for (auto& p : args.participants)
      if (auto full = names.expand(p)) p = *full;
  }

  // The event's actor: the subject found, a body standing in for it, or the discourse topic for a dropped
  // subject (a pronoun such as 회사는 resolved to the organisation it stands for).
  void choose_actor(const Sentence& s, const Arguments& args, Event& ev) {
    const auto& tokens = s.tokens;
    const auto& own_topic = s.own_topic;
    if (args.actor && numeral_group(args.actor->name)) {
      // a group: no single actor, and not the topic either
    } else if (const Entity* body = stand_in_body(args.actor, own_topic, topic)) {
      ev.actor = body->name;
      ev.actor_inferred = true;
    } else if (args.actor && !args.actor->pronoun && !args.actor->name.empty()) {
      ev.actor = args.actor->name;
      ev.affiliation = args.actor->affiliation;
      ev.role = args.actor->role;
    } else if (topic && !args.passive && !args.event_subject &&
               !(args.actor && args.actor->pronoun && plural_word(tokens[args.actor_token].word))) {
      // (이들이 만나 …: a plural pronoun is a group, not the single topic, and stays unnamed)
      ev.actor = topic->name;
      ev.affiliation = topic->affiliation;
      ev.role = args.actor && !args.actor->role.empty() ? args.actor->role : topic->role;
      ev.actor_inferred = true;
      if (args.actor && args.actor->pronoun && org_anaphor(tokens[args.actor_token].word) &&
          (person_name(topic->name) || !topic->role.empty()) && !topic->affiliation.empty()) {
        // "솔빛제약 윤지아 대표는 … 사임했다. 회사는/이사회는 …": the person's organisation acts
        ev.actor = topic->affiliation;
        ev.affiliation.clear();
        ev.role.clear();
      } else if (args.actor && args.actor->pronoun && org_anaphor(tokens[args.actor_token].word) &&
                 !topic->role.empty() && topic->affiliation.empty() && !last_owner.empty()) {
        // "토이랜드의 마크 헤이든 CEO가 … 물러났다. 이사회는 …": the company named with 의 before the person
        ev.actor = last_owner;
        ev.affiliation.clear();
        ev.role.clear();
      } else if (args.actor && args.actor->pronoun && !last_owner.empty() && public_body(topic->name) &&
                 (tokens[args.actor_token].morph.nominal.stem == "회사" ||
                  tokens[args.actor_token].morph.nominal.stem == "동사")) {
        // "식품의약품안전처는 … 한결바이오의 치료제를 승인했다. 회사는 …": a regulator is no company; the
        // company whose product it acted on is
        ev.actor = last_owner;
        ev.affiliation.clear();
        ev.role.clear();
      }
    }
  }

  // "A는 X에 접촉했으며, 이 논의는 … 이어졌다고 관계자들이 밝혔다": connective clauses that lead into
  // the reported clause are part of what was reported when someone else reports it.
  void reported_chains(Sentence& s) {
    auto& clauses = s.clauses;
    auto& evs = s.evs;
    auto& sites = s.sites;
    for (std::size_t i = 0; i < evs.size(); ++i) {
      if (evs[i].reported || sites[i].report || clauses[sites[i].clause].end != ClauseEnd::Connective) continue;
      std::size_t q = sites[i].clause + 1;
      while (q < clauses.size() && clauses[q].end == ClauseEnd::Connective) ++q;
      if (q >= clauses.size() || clauses[q].end != ClauseEnd::Quote) continue;
      for (std::size_t j = i + 1; j < evs.size(); ++j)
        if (sites[j].report && sites[j].clause > q) {
          if (!evs[j].actor.empty() && !evs[j].actor_inferred && evs[j].actor != evs[i].actor)
            evs[i].reported = true;
          break;
        }
    }

  }

  // a chain of same-type clauses by one actor is one event (만나 … 논의한 바 있다)
  void merge_chains(Sentence& s) {
    auto& clauses = s.clauses;
    auto& evs = s.evs;
    auto& sites = s.sites;
    for (std::size_t i = 1; i < evs.size();) {
      Event& a = evs[i - 1];
      Event& b = evs[i];
      bool adjacent = sites[i].clause == sites[i - 1].clause + 1 &&
                      clauses[sites[i - 1].clause].end == ClauseEnd::Connective;
      bool same_time = b.time_source == TimeSource::Publication || a.when == b.when;
      // (two different actions of type other are two events: 붙잡혀 조사받았다)
      bool same_kind = a.type != EventType::Other || a.trigger == b.trigger;
      if (adjacent && a.type == b.type && same_kind && a.actor == b.actor && a.polarity == b.polarity && same_time) {
        for (auto& p : b.participants)
          if (std::find(a.participants.begin(), a.participants.end(), p) == a.participants.end())
            a.participants.push_back(p);
        if (a.object.empty()) a.object = b.object;
        if (a.location.empty()) a.location = b.location;
        evs.erase(evs.begin() + static_cast<std::ptrdiff_t>(i));
        sites.erase(sites.begin() + static_cast<std::ptrdiff_t>(i));
        continue;
      }
      ++i;
    }

  }

  // "…만날 것으로 기대했지만 이는 불발됐다": a failed plan cancels the planned event before it
  void failed_plans(Sentence& s) {
    auto& evs = s.evs;
    auto& sites = s.sites;
    for (std::size_t i = 1; i < evs.size(); ++i) {
      Event& c = evs[i];
      if (c.type != EventType::Cancellation || !c.participants.empty()) continue;
      if (!(c.actor.empty() || (sites[i].passive && c.object.empty()))) continue;
      if (!c.object.empty()) continue;
      Event& p = evs[i - 1];
      if (p.modality == Modality::Actual || p.type == EventType::Cancellation) continue;
      c.actor = p.actor;
      c.actor_inferred = p.actor_inferred;
      c.participants = p.participants;
      c.object = p.object;
      c.modality = p.modality;
      evs.erase(evs.begin() + static_cast<std::ptrdiff_t>(i - 1));
      sites.erase(sites.begin() + static_cast<std::ptrdiff_t>(i - 1));
      break;
    }

  }

  // a later mention without a time inherits it from an earlier event with a similar object
  // (only the earlier events of its type with a time of their own can give one: `timed_by_type` lists them in
  // the order of `out`, so the scan from the latest finds the same event as a scan of all of `out` would)
  void inherit_object_time(Sentence& s) {
    auto& evs = s.evs;
    for (auto& ev : evs) {
      if (ev.time_source != TimeSource::Publication || ev.object.empty()) continue;
      const auto timed = timed_by_type.find(ev.type);
      if (timed == timed_by_type.end()) continue;
      for (auto k = timed->second.rbegin(); k != timed->second.rend(); ++k) {
        const Event* it = &out[*k];
        if (it->type != ev.type || it->time_source == TimeSource::Publication) continue;
        if (!similar_objects(it->object, ev.object)) continue;
        inherit_time(ev, *it);
        break;
      }
    }

  }

  // "다온소프트는 … 합병 협상이 무산됐다고 밝혔다", "서울시가 … 유해물질이 검출됐다고 밝혔다": a passive event with
  // no actor, in the reporter's own statement (밝히다, 발표, 공시 — not media 보도/전하다), is the reporter's.
  void reporter_of_passive(Sentence& s) {
    auto& clauses = s.clauses;
    auto& evs = s.evs;
    auto& sites = s.sites;
    for (std::size_t i = 0; i < evs.size() && i < sites.size(); ++i) {
      if (!evs[i].actor.empty() || !sites[i].passive) continue;
      if (clauses[sites[i].clause].end != ClauseEnd::Quote || !ends_with(evs[i].mentions.front().trigger, "다고")) continue;
      for (std::size_t j = i + 1; j < evs.size() && j < sites.size(); ++j) {
        if (!sites[j].report || sites[j].clause <= sites[i].clause) continue;
        const Event& r = evs[j];
        const std::string& trig = r.mentions.front().trigger;
        bool media = starts_with(trig, "보도") || starts_with(trig, "전했") || starts_with(trig, "전한");
        if (r.type == EventType::Announcement && !media && !r.actor.empty() && !r.actor_inferred) {
          evs[i].actor = r.actor;
          evs[i].actor_inferred = true;
        }
        break;
      }
    }

  }

  // reported content without a time of its own (nor an earlier mention) takes the report's time:
  // "마르셀로와 계약을 맺었다고 16일 발표했다" -> the contract is dated 16일, not the publication date.
  void date_reported_content(Sentence& s) {
    auto& clauses = s.clauses;
    auto& evs = s.evs;
    auto& sites = s.sites;
    for (std::size_t i = 0; i < evs.size() && i < sites.size(); ++i) {
      if (evs[i].time_source != TimeSource::Publication || sites[i].report) continue;
      // (the trigger's clause is a ~다고 clause, or a chain of -기로/-고 clauses leading into one:
      // "인수하기로 했다고 6일 공시했다")
      std::size_t q = sites[i].clause;
      while (q < clauses.size() &&
             (clauses[q].end == ClauseEnd::Complement || clauses[q].end == ClauseEnd::Connective))
        ++q;
      bool into_quote = q < clauses.size() && clauses[q].end == ClauseEnd::Quote;
      if (!(evs[i].reported || into_quote)) continue;
      for (std::size_t j = i + 1; j < evs.size() && j < sites.size(); ++j) {
        if (!sites[j].report || sites[j].clause <= sites[i].clause) continue;
        const Event& r = evs[j];
        if (r.time_source != TimeSource::Publication) inherit_time(evs[i], r);
        break;
      }
    }

  }

  // a narrative goes on at the time the previous sentence named: an actual event of an action with no
  // time of its own, right after a sentence dated in the past, happened then (not on the publication date)
  void narrative_time(Sentence& s) {
    auto& evs = s.evs;
    auto& sites = s.sites;
    ++sentence_no;
    if (last_dated && sentence_no - last_dated_no <= kNarrativeReach)
      for (std::size_t i = 0; i < evs.size() && i < sites.size(); ++i) {
        Event& ev = evs[i];
        // an action of type other; or what the same speaker goes on to say ("아탈 장관은 28일 기자회견을 열어 …
        // 밝혔다. 아탈 장관은 "…"고 강조했다" is the 28th too)
        bool same_speaker = sites[i].report && !ev.actor.empty() && ev.actor == last_dated->actor && last_dated->actor_inferred == false;
        if (ev.time_source != TimeSource::Publication || ev.reported || ev.modality != Modality::Actual ||
            !(same_speaker || (!sites[i].report && (ev.type == EventType::Other || sites[i].attend))))
          continue;
        inherit_time(ev, *last_dated);
      }
    for (const auto& ev : evs)
      if ((ev.time_source == TimeSource::Sentence || ev.time_source == TimeSource::Anaphor) &&
          ev.modality == Modality::Actual && ev.when.to && *ev.when.to <= pub + date::days{1} &&
          (ev.grain == time::Grain::Day || ev.grain == time::Grain::Hour || ev.grain == time::Grain::Minute)) {
        Event dated;  // only what the carry reads (its time and who acted), not the mentions and sentences
        inherit_time(dated, ev);
        dated.actor = ev.actor;
        dated.actor_inferred = ev.actor_inferred;
        last_dated = std::move(dated);
        last_dated_no = sentence_no;
      }

  }

  // An article published the day after its story ("28일(현지시간) 기자회견을 열어 …" in a paper of the 29th):
  // what people said about it, with no time of its own, was said on the story's day, not on the publication
  // date. The story's day is the first of the lead's events dated by its own sentence to a single day in the
  // week before publication. (Development articles: of the statements and announcements this moves, the
  // annotators dated 44 on the story's day, 4 on the publication date, and gave 14 no time.)
  void statements_on_the_story_day() {
    const Event* story = nullptr;
    for (std::size_t i = 0; i < out.size(); ++i) {
      const Event& e = out[i];
      const bool in_lead = !e.mentions.empty() && e.mentions[0].begin < lead_end;
      if (e.time_source != TimeSource::Sentence || !e.when.from || !e.when.to) continue;
      bool one_day = *e.when.to == *e.when.from + date::days{1} &&
                     (e.grain == time::Grain::Day || e.grain == time::Grain::Hour || e.grain == time::Grain::Minute);
      if (!one_day) continue;
      // the story reaches the publication day ("2일 이사회를 열고 … 선임했다고 3일 밝혔다" in a paper of the 3rd;
      // "9일 오전 정상회담을 열고"): what is said may be said that day
      if (*e.when.from == pub && e.modality == Modality::Actual) return;
      // (reported content is dated by its report: the report decides)
      if (!story && in_lead && !e.reported && *e.when.from < pub && *e.when.from >= pub - date::days{kStoryWeek}) {
        // an outlet's report is no story's day: "WSJ가 3일 보도했다" dates the report, and its sources spoke before
        if (e.trigger == "보도") return;
        story = &e;
      }
    }
    if (!story) return;
    const Event day = *story;  // (a copy: `out` is written below)
    // (hearsay keeps the publication date: "WSJ에 따르면 … 관계자들이 전했다" is said in the outlet's report)
    for (auto& e : out)
      if (e.time_source == TimeSource::Publication && e.modality == Modality::Actual && !e.reported &&
          (e.type == EventType::Statement || e.type == EventType::Announcement))
        inherit_time(e, day);
  }

  // "태영호 의원이 … 찾아가 축하인사를 건넨 사실이 알려졌다. 윤건영 의원은 지난 11일 페이스북을 통해 …",
  // "… 언쟁을 벌였다. 15일 방송된 CBS 라디오에는 …" in a paper of the 12th / 16th: a story that opens without a
  // time names its day in the next sentences. The events before that day's first mention, undated and
  // actual, happened on it (ANNOTATION.md: an event is dated through the article's context), not on the day
  // the paper came out. The day: the first single day of the opening (kOpeningSentences), outside captions and
  // the headline, within a week before publication.
  void opening_on_the_story_day() {
    const time::TimeExpr* day = nullptr;
    for (const auto& x : all_exprs) {
      if (x.begin >= opening_end) break;
      if (clean.is_aside(x.begin, x.end) || x.attributive) continue;
      if (!x.interval.from || !x.interval.to || *x.interval.to != *x.interval.from + date::days{1} ||
          x.grain != time::Grain::Day)
        continue;
      if (*x.interval.from < pub && *x.interval.from >= pub - date::days{kStoryWeek}) day = &x;
      break;  // only the opening's first day names the story's day
    }
    if (!day) return;
    for (auto& e : out) {
      if (e.mentions.empty() || e.mentions[0].begin >= day->begin) continue;
      if (e.time_source != TimeSource::Publication || e.modality != Modality::Actual || e.reported) continue;
      apply_time(e, Governor{day, TimeSource::Inherited, false}, article.publication_date);
    }
  }

  // The headline gives no events of its own (its verbal nouns are undated and often elliptical: "… 개막 선언",
  // "… 육성과정 성료"), but where it names an event the body reports (same type and lemma), the headline is
  // another mention of that event, so that a reader of the timeline finds the story by its headline.
  void headline_mentions() {
    for (const auto& seg : clean.segments) {
      if (seg.kind != text::SegmentKind::Headline || seg.end <= seg.begin || out.empty()) continue;
      text::Article line;
      line.name = article.name;
      line.publication_date = article.publication_date;
      line.body = article.body.substr(seg.begin, seg.end - seg.begin);
      std::optional<Error> unused;
      std::vector<Event> named = ArticleExtractor(line, options, ExtractLimits{}, &unused).run();
      for (const Event& h : named) {
        if (h.mentions.empty()) continue;
        auto same = std::find_if(out.begin(), out.end(), [&](const Event& e) {
          return e.type == h.type && e.trigger == h.trigger && e.polarity == h.polarity;
        });
        if (same == out.end()) continue;
        Mention m = same->mentions.front();
        m.sentence = h.mentions.front().sentence;
        m.begin = seg.begin + h.mentions.front().begin;
        m.end = seg.begin + h.mentions.front().end;
        m.trigger = h.mentions.front().trigger;
        if (std::none_of(same->mentions.begin(), same->mentions.end(),
                         [&](const Mention& x) { return x.begin == m.begin; }))
          same->mentions.push_back(std::move(m));
      }
    }
  }

  // modality from time: an actual-looking event that starts after publication is planned
  void modality_from_time(Sentence& s) {
    auto& evs = s.evs;
    for (auto& ev : evs) {
      if (ev.modality == Modality::Actual && ev.time_source != TimeSource::Publication && ev.when.from &&
          *ev.when.from > pub)
        ev.modality = Modality::Planned;
    }

  }

  // continuation: "이 논의는 가을까지 이어졌다" extends the latest extendable event
  void apply_continuations(Sentence& s) {
    auto& span = s.span;
    auto& tokens = s.tokens;
    auto& exprs = s.exprs;
    auto& hits = s.hits;
    auto& clauses = s.clauses;
    auto& continuations = s.continuations;
    auto& evs = s.evs;
    for (std::size_t ci_hit : continuations) {
      const Hit& h = hits[ci_hit];
      std::size_t ci = clause_of(clauses, h.token);
      Governor gov = governing_time(exprs, tokens, clauses, ci, h);
      if (!gov.expr || !gov.in_clause || !gov.expr->interval.to) continue;
      Event* target = nullptr;
      for (auto it = evs.rbegin(); it != evs.rend() && !target; ++it)
        if (extendable(it->type) && it->mentions.front().begin == span.begin) target = &*it;
      for (auto it = out.rbegin(); it != out.rend() && !target; ++it)
        if (extendable(it->type)) target = &*it;
      if (!target || !target->when.to || *gov.expr->interval.to <= *target->when.to) continue;
      target->when.to = gov.expr->interval.to;
      target->grain = time::Grain::Range;
      if (target->when.from)
        target->timex = format_iso(*target->when.from) + "/" + format_iso(*target->when.to - date::days{1});
      target->time_text += " ~ " + gov.expr->text;
    }

  }

  // The discourse after this sentence: people named, the topic for dropped subjects, the owner named with 의;
  // the sentence's events go to the article's list.
  void update_discourse(Sentence& s) {
    auto& sv = s.sv;
    auto& tokens = s.tokens;
    auto& own_initial = s.own_initial;
    auto& topic_stale = s.topic_stale;
    auto& own_topic = s.own_topic;
    auto& evs = s.evs;
    auto& sites = s.sites;
    note_titled_people(tokens, names);

    // ---- discourse topic for the next sentences
    bool initial_topic = own_initial;
    std::optional<Entity> st = topic_stale ? sentence_topic(sv, tokens, &initial_topic) : own_topic;
    if (st && !initial_topic && !Aliases::builtin().known(st->name) && st->role.empty()) {
      // An unknown topic phrase inside the sentence (… 국회 연설은) becomes the discourse topic only if it
      // acted here; one that opens the sentence (누리바이오는 …) always does.
      bool acted = false;
      for (const auto& ev : evs) acted = acted || (ev.actor == st->name && !ev.actor_inferred);
      if (!acted) st.reset();
    }
    bool sentence_reports = std::any_of(sites.begin(), sites.end(), [](const EventSite& x) { return x.report; });
    if (!st) {
      // No topic phrase: the explicit actor of the sentence's last event that is not reported content.
      for (auto it = evs.rbegin(); it != evs.rend(); ++it)
        // ("…사임한 것으로 알려졌다" has no reporter: its content's actor is the topic all the same)
        if (!it->actor.empty() && !it->actor_inferred && (!it->reported || !sentence_reports)) {
          auto& al = Aliases::builtin();
          // a known name, a titled person, a personal name, or a one-word name that is no person (다솜전자)
          if (al.known(it->actor) || !it->role.empty() || person_name(it->actor) ||
              (it->actor.find(' ') == std::string::npos && it->actor.size() >= 6 && !public_body(it->actor)))
            st = Entity{it->actor, it->affiliation, it->role, false};
          break;
        }
    }
    for (auto& ev : evs) {
      ev.summary = make_summary(ev);
      // people: Korean names, and foreign names of two or three Hangul words given with a title
      bool foreign_person = ev.actor.find(' ') != std::string::npos && !public_body(ev.actor) &&
                            (!ev.role.empty() ? std::count(ev.actor.begin(), ev.actor.end(), ' ') <= 2
                                              : foreign_name(ev.actor));
      if (person_name(ev.actor) || foreign_person) names.note_person(ev.actor);
      names.note_body(ev.actor);
      for (auto& p : ev.participants) {
        if (person_name(p)) names.note_person(p);
        names.note_body(p);
      }
      if (ev.time_source != TimeSource::Publication) timed_by_type[ev.type].push_back(out.size());
      out.push_back(std::move(ev));
    }
    if (st) {
      // "윤 대통령은 …", "김씨는 …" as the topic: the person named earlier, as for an actor
      if (auto full = names.expand(st->name)) st->name = *full;
      else if (auto full = names.by_surname(st->name)) st->name = *full;
      else if (auto ssi = names.with_ssi(st->name)) st->name = *ssi;
    }
    if (st) {
      names.note_body(st->name);
      topic = st;
    }
    // The first company named with 의 in this sentence (한결바이오의 비만 치료제), for a later 회사는.
    last_owner.clear();
    for (const auto& t : tokens) {
      if (t.in_time || t.quoted || t.double_quoted || t.trigger) continue;
      const auto& sp = t.morph.nominal;
      if (!sp.only(morph::Case::Genitive) || sp.stem.size() < 6) continue;
      Entity x = entity_from_words({sp.stem});
      if (x.name.empty() || x.pronoun || person_name(x.name) || public_body(x.name) || x.name.find(' ') != std::string::npos)
        continue;
      last_owner = x.name;
      break;
    }
  }

  const text::Article& article;
  const ExtractOptions& options;
  const ExtractLimits& limits;
  std::optional<Error>* stop;
  const text::CleanText clean;
  const std::string& body;
  const Lexicon& lex;
  const date::sys_days pub;
  std::vector<time::TimeExpr> all_exprs;
  std::vector<Event> out;
  // discourse
  std::optional<Entity> topic;       // the discourse topic for dropped subjects
  ArticleNames names;                // people named so far, abbreviations defined ("정 대표" is 정하윤)
  std::string last_owner;            // a company named with 의 in the previous sentence
  // Indices into `out` of the events with a time from the text, by type (for the inheritance below). Later
  // steps change an event's `when`, never its type or time_source, once it is in `out`.
  std::map<EventType, std::vector<std::size_t>> timed_by_type;
  std::size_t next_expr = 0;  // the first expression that may lie in the current sentence
  // The last event dated by its own sentence, and the number of the sentence it was in: a narrative goes on
  // at the time it named ("지난 4일 … 덮쳤다. 간호사들이 뛰어들었다.").
  std::optional<Event> last_dated;
  std::size_t sentence_no = 0, last_dated_no = 0;
  // How many sentences after the dated one a narrative keeps its time (dev-01..05, F1: 1 -> 0.249, 2 -> 0.251,
  // 3 -> 0.248, 5 -> 0.240).
  static constexpr std::size_t kNarrativeReach = 2;
  // The lead: the body's first sentences (not the headline, a caption or a byline), which name the story's day.
  static constexpr std::size_t kLeadSentences = 2;
  // How far before publication a story's day may lie (the lead's day, the opening's day).
  static constexpr int kStoryWeek = 7;
  // The opening: the body's first sentences, where a story whose first sentence gives no time names its day.
  static constexpr std::size_t kOpeningSentences = 4;
  std::size_t opening_end = std::numeric_limits<std::size_t>::max();
  std::size_t lead_sentences = 0;
  std::size_t lead_end = std::numeric_limits<std::size_t>::max();
};

// The extractor proper; stops early with *stop set when a limit of `limits` is passed.
std::vector<Event> extract_within(const text::Article& article, const ExtractOptions& options,
                                  const ExtractLimits& limits, std::optional<Error>* stop) {
  return ArticleExtractor(article, options, limits, stop).run();
}
}  // namespace

std::vector<Event> extract_events(const text::Article& article, const ExtractOptions& options) {
  std::optional<Error> unused;
  return extract_within(article, options, ExtractLimits{}, &unused);
}

Result<std::vector<Event>> extract_events(const text::Article& article, const ExtractLimits& limits,
                                          const ExtractOptions& options) {
  std::optional<Error> stop;
  auto events = extract_within(article, options, limits, &stop);
  if (stop) return *stop;
  return events;
}

}  // namespace yp::event
