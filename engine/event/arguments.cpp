// Phase 3 of the extractor: arguments of a trigger. Actor: the nearest X이/가 (or X은/는, X 측은) before
// the trigger in its clause, else a topic X은/는 of an earlier clause, else the subject of the preceding
// coordinated clause; appositions and titles are taken apart (샘 알트먼 오픈AI 최고경영자(CEO)가 -> actor
// 샘 알트먼, affiliation 오픈AI, role CEO). Participants: X와/과 lists (X, Y와 각각; X 및 Y; X 등과), X 측에,
// the people met (X를 만나, X을 비롯해 Y 등을 만난). Location: X에서. Object: the noun phrase marked 을/를
// (a quoted title is kept whole), else 에/도 for visits, cancellations and openings. Amount: 180억 달러.
// Covered by tests/event/arguments_test.cpp.
#include "event/internal.hpp"

#include "core/data.hpp"
#include "event/aliases.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>
#include <array>
#include <bitset>
#include <unordered_map>

namespace yp::event::detail {

namespace {

const std::unordered_map<std::string, std::string>& titles() {
  static const auto table = [] {
    std::unordered_map<std::string, std::string> t;
    if (auto tsv = data::lookup("event/data/titles.tsv"))
      for (const auto& row : data::rows(*tsv))
        if (row.fields.size() >= 2) t[std::string(row.fields[0])] = std::string(row.fields[1]);
    return t;
  }();
  return table;
}

// The word classes of event/data/word_classes.tsv (class<TAB>word), each in the order of the table.
struct WordClasses {
  // Determiners that make a topic phrase a non-entity (이 서밋은, 그 회사는, 해당 논의는).
  WordList determiners;
  // Words after an organisation that stand for it (X 측, X 관계자, X 이사회).
  WordList stand_ins;
  // Descriptors before a name (전기차 충전 업체 에버차지, 캐나다 부품사 마그나).
  WordList descriptor_ends;
  // Countries: "독일 총리" names an office holder; "외교부 장관" lets the ministry speak.
  WordList countries;
  // Words after a country that name its state, not an entity of it (미국 정부, 일본 당국 stay whole).
  WordList country_bodies;
  // Fields and occupations before a name (프로야구 한강 레이더스, 가수 윤서아, 팝스타 제나 로즈); …선수 too.
  WordList leading_descriptors;
  // What a person is to someone, before their name with 씨 (아내 정경심씨, 장녀인 임세령씨).
  WordList relations;
  // Province prefixes dropped before a place name (강원 강릉시 -> 강릉시).
  WordList provinces;
  // A phrase that is only one of these words is a pronoun, not a named entity (그, 양사, 회사).
  WordList pronouns;
  // Dependent nouns and other stems that are never actors (것은, 점은, 데는 …).
  WordList not_actors;
  // Dependent nouns that end a clause (…할 경우, …한 뒤, …할 때): never part of the noun phrase after them.
  WordList clause_nouns;
  // Information nouns: topic-marked (세부 조건은 공개하지 않았다) they are the topicalised object, not an actor.
  WordList info_nouns;
  // Generic sources (docs/events.md "Arguments"): actors of statements and reports only.
  WordList generic_sources;
  // Authorities that act on a passive subject when marked with 에/에게 (경찰에 붙잡혔다): a word ending in one.
  WordList passive_agents;
  // Lemmas of lexical passives (붙잡히다) besides the verbal noun + 되다 the trigger table marks.
  WordList passive_verbs;
  // Verbal nouns whose 에/에게 is the goal, not the agent, in the passive (검찰에 송치됐다, 경찰에 고소됐다).
  WordList goal_verbs;
  // What is disclosed, not launched, when 공개 takes it as object (보고서, 사진, 명단): an announcement.
  WordList disclosed;
  // Endings of an organisation's name (국토교통부, 우리은행, 한국전력공사, DB금융투자): org_like.
  WordList body_ends;
  // What happens, never who acts (사고, 사건): as the subject of the trigger's clause it leaves no actor.
  WordList event_subjects;
};

// A lemma without its verb-deriving suffix: 송치되다 -> 송치, 고소하다 -> 고소, 체포 -> 체포.
std::string_view verbal_base(std::string_view lemma) {
  for (std::string_view x : {std::string_view("되다"), std::string_view("하다"), std::string_view("시키다")})
    if (lemma.size() > x.size() && ends_with(lemma, x)) return lemma.substr(0, lemma.size() - x.size());
  return lemma;
}

// The table is read once, on first use (a thread-safe static), so no call reads it. A class missing from the table
// is a packaging error: the program stops.
const WordClasses& word_classes() {
  static const WordClasses classes = [] {
    std::unordered_map<std::string_view, std::vector<std::string_view>> words;  // views into the embedded table
    if (auto tsv = data::lookup("event/data/word_classes.tsv"))
      for (const auto& row : data::rows(*tsv))
        if (row.fields.size() >= 2) words[row.fields[0]].push_back(row.fields[1]);
    auto take = [&](std::string_view cls) {
      auto it = words.find(cls);
      if (it == words.end()) {
        std::fprintf(stderr, "yeonpyo: no word class '%.*s' in event/data/word_classes.tsv\n",
                     static_cast<int>(cls.size()), cls.data());
        std::abort();
      }
      return WordList(std::move(it->second));
    };
    return WordClasses{
        .determiners = take("determiner"),
        .stand_ins = take("stand-in"),
        .descriptor_ends = take("descriptor-end"),
        .countries = take("country"),
        .country_bodies = take("country-body"),
        .leading_descriptors = take("leading-descriptor"),
        .relations = take("relation"),
        .provinces = take("province"),
        .pronouns = take("pronoun"),
        .not_actors = take("not-actor"),
        .clause_nouns = take("clause-noun"),
        .info_nouns = take("info-noun"),
        .generic_sources = take("generic-source"),
        .passive_agents = take("passive-agent"),
        .passive_verbs = take("passive-verb"),
        .goal_verbs = take("goal-verb"),
        .disclosed = take("disclosed"),
        .body_ends = take("body-end"),
        .event_subjects = take("event-subject"),
    };
  }();
  return classes;
}

// Common Korean surnames: a 2–4 syllable Hangul word starting with one is taken for a person's name.
constexpr std::u32string_view kSurnames =
    U"김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉";

// The last word of a phrase is an information noun (발사체 점검 일정).
bool info_head(std::string_view phrase) {
  std::size_t sp = phrase.rfind(' ');
  return word_classes().info_nouns.contains(sp == std::string_view::npos ? phrase : phrase.substr(sp + 1));
}

// A building or plant (2공장, 신사옥, 선수촌): the object of 착공/준공 even when topic-marked.
bool facility(std::string_view w) {
  static const WordList ends{"공장", "사옥", "선수촌", "발전소", "플랜트", "단지", "터미널", "건물", "라인", "캠퍼스",
                             "물류센터", "데이터센터", "기지", "교량", "청사"};
  return ends.suffix_of(w);
}

template <class Range>
bool in(const Range& r, std::string_view w) {
  return std::find(std::begin(r), std::end(r), w) != std::end(r);
}
bool in(const WordList& r, std::string_view w) { return r.contains(w); }

}  // namespace

std::string strip_quotes_by_char(std::string_view w) {
  std::string out;
  for (std::size_t p = 0; p < w.size(); ++p) {
    unsigned char c = static_cast<unsigned char>(w[p]);
    if (c == '\'' || c == '"') continue;
    if (c == 0xE2 && p + 2 < w.size() && static_cast<unsigned char>(w[p + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(w[p + 2]);
      if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) {  // ‘ ’ “ ”
        p += 2;
        continue;
      }
    }
    out.push_back(w[p]);
  }
  return out;
}


std::string strip_quotes(std::string_view w) {
  // no quote mark in the word (no ' or ", no lead byte of ‘ ’ “ ”, tested eight bytes at a time): the word as it
  // is, in one copy
  if (!no_quote_bytes(w)) return strip_quotes_by_char(w);
  return std::string(w);
}

// Removes "(…)" groups; returns the text without them and the first group's content.
std::string strip_parens_by_char(std::string_view s, std::string* gloss) {
  std::string out;
  int depth = 0;
  std::string g;
  for (char c : s) {
    if (c == '(') {
      ++depth;
      continue;
    }
    if (c == ')') {
      if (depth > 0) --depth;
      continue;
    }
    if (depth > 0) {
      if (gloss && gloss->empty()) g.push_back(c);
      continue;
    }
    out.push_back(c);
  }
  if (gloss && gloss->empty()) *gloss = g;
  // Collapse spaces.
  std::string tidy;
  for (char c : out) {
    if (c == ' ' && (tidy.empty() || tidy.back() == ' ')) continue;
    tidy.push_back(c);
  }
  while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
  return tidy;
}

std::string strip_parens(std::string_view s, std::string* gloss) {
  // no bracket, and no space at either end or next to another: nothing to remove or collapse, no gloss to find
  // (the gloss stays as it was, as the loop leaves an empty one); the text as it is, in one copy
  bool plain = s.empty() || (s.front() != ' ' && s.back() != ' ');
  for (std::size_t i = 0; plain && i < s.size(); ++i) {
    const char c = s[i];
    if (c == '(' || c == ')' || (c == ' ' && s[i + 1] == ' ')) plain = false;  // (s.back() is no space)
  }
  if (!plain) return strip_parens_by_char(s, gloss);
  return std::string(s);
}

namespace {

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::size_t p = 0;
  while (p < s.size()) {
    std::size_t q = s.find(' ', p);
    if (q == std::string_view::npos) q = s.size();
    if (q > p) out.emplace_back(s.substr(p, q - p));
    p = q + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& w, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t i = b; i < e; ++i) {
    if (!out.empty()) out += ' ';
    out += w[i];
  }
  return out;
}

std::size_t syllables(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t p = 0; p < s.size(); ++p)
    if ((static_cast<unsigned char>(s[p]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

bool np_word_uncached(const Token& t, bool allow_quoted) {
  if (t.in_time || t.double_quoted) return false;
  if (t.quoted && !allow_quoted) return false;
  std::string w = strip_quotes(t.word);
  if (w.empty() || is_stop(w)) return false;
  if (Aliases::builtin().known(strip_parens(w))) return true;
  if (is_title(w)) return true;
  // 경우, 때, 뒤, 후 …: a dependent noun closes the clause before it, it never opens the next phrase
  // ("성공할 경우 전북도는" -> 전북도).
  if (in(word_classes().clause_nouns, w)) return false;
  // 방미 중인, 출시 예정인: a copula modifier ends a relative phrase ("방미 중인 이 대통령은" -> 이 대통령).
  static const WordList copula_modifiers{"중인", "예정인", "계획인", "방침인", "상태인"};
  if (copula_modifiers.suffix_of(w)) return false;
  // the token's analysis, unless quotes were stripped from the word
  const morph::Nominal sp = w == t.word ? t.morph.nominal : morph::analyse_nominal(w);
  // 제나 로즈, 안나 …: a one-syllable stem before 나 is a syllable of a foreign name, not "X or".
  if (sp.particle == "나" && syllables(sp.stem) == 1) return true;
  if (!sp.empty()) return false;
  // (the token's own predicate reading when no quote was stripped: w == t.word has no quote mark then)
  if (w == t.word ? clause_ending_of(w, t.morph.predicate, "") : clause_ending(w, "")) return false;
  if (w == t.word ? modifier_word(t) : modifier_word(w)) return false;
  // "로켓 제조업체인 스톡 스페이스": a copula apposition (…업체인, …회사인) describes the name after it
  static const WordList copula_heads{"업체인", "회사인", "기업인", "제조사인", "스타트업인", "자회사인", "계열사인", "기관인",
                                "단체인", "펀드인", "기구인", "조직인", "매체인", "은행인", "정당인", "연합인", "협회인",
                                "조합인", "노조인", "거래소인", "법인인", "그룹인", "방송인", "통신사인"};
  if (copula_heads.first_suffix_of(w, [&](std::string_view head) { return w.size() > head.size() || head != "기업인"; }))
    return false;
  // "전임 CEO인 제임스 오코너는", "예술감독인", "출신인": a title or origin with the copula describes the name after it
  if (ends_with(w, "인") && w.size() > 3) {
    std::string_view stem = std::string_view(w).substr(0, w.size() - 3);
    if (is_title(stem) || ends_with(w, "출신인") || ends_with(stem, "감독") || ends_with(stem, "대표") ||
        ends_with(stem, "회장") || ends_with(stem, "장관"))
      return false;
  }
  static const WordList modifier_ends{"한", "된", "던", "적인", "하는", "이다", "했다", "할", "될", "하게", "게", "른"};
  if (modifier_ends.proper_suffix_of(w)) return false;
  // 본사를 둔, 문을 연, 손을 뗀: a one-syllable verb in modifier form ends the phrase before the name
  static const WordList one_syllable_modifiers{"둔", "간", "온", "난", "낸", "선", "본", "준", "쓴",
                                                                "든", "판", "연", "뗀", "친", "찬", "진", "건", "된", "한"};
  if (in(one_syllable_modifiers, w)) return false;
  return true;
}

namespace {

struct Span {
  std::size_t first = 0, last = 0;  // token indices, inclusive
  std::string_view head_stem;        // the last word without its particle
};

// The noun phrase ending at token `end` (whose particle, if any, is cut), walking back no further than
// `min` and over at most `max_words` words. A single-quoted title is taken whole.
// An organisation or public body: a known alias that is not a person, or a word ending like one
// (외교부, 한국은행, 통계청, 금융위원회, 가람자동차 노조 is not).
bool org_like(std::string_view w) {
  auto& al = Aliases::builtin();
  if (al.known(w)) return !person_name(al.canonical(w));
  if (word_classes().body_ends.proper_suffix_of(w)) return true;
  return w == "청와대";
}

// "김영수 시장", "김영수 전 시장": 시장 is no title word (주식시장, 전통시장 are markets), but after a person's name
// (and 전/현) it is the mayor. `word(k)` gives the k-th word of the phrase; `at` is where 시장 stands. The index of
// the name, or npos.
template <class WordAt>
std::size_t name_before_mayor(std::size_t at, WordAt word) {
  if (at == 0) return std::string_view::npos;
  std::size_t k = at - 1;
  if (k > 0 && (word(k) == "전" || word(k) == "현")) --k;
  return person_name(word(k)) ? k : std::string_view::npos;
}

// A name of three or more syllables that ends like a body and in a trigger noun: "DB금융투자" (not 기부, 투자).
bool company_named_by_trigger(std::string_view w) { return syllables(w) >= 3 && org_like(w); }

Span np_ending_at(const std::vector<Token>& toks, std::size_t end, std::size_t min, std::size_t max_words,
                  std::string_view head_stem) {
  Span sp{end, end, head_stem};
  bool in_title = toks[end].quoted || toks[end].closes_quote;
  if (in_title) {
    std::size_t k = end;
    while (k > min && !toks[k].opens_quote) --k;
    if (toks[k].opens_quote) {
      sp.first = k;
      return sp;
    }
  }
  std::size_t n = 1;
  while (sp.first > min && n < max_words) {
    const Token& prev = toks[sp.first - 1];
    if (prev.closes_quote && !prev.double_quoted && !prev.comma_after) {
      // '한국에서의 AI : 오픈AI의 경제 청사진' 보고서: the quoted title belongs to the phrase
      std::size_t k = sp.first - 1;
      while (k > min && !toks[k].opens_quote) --k;
      if (toks[k].opens_quote) sp.first = k;
      break;
    }
    // "얀 드브와 부사장이": a name ending in 와/과 right before a title is no coordination
    // (the flags and the ending first: is_title, a memo lookup by hash, only for a word in 와/과)
    bool name_before_title = sp.first == end && !prev.comma_after && !prev.in_time && !prev.double_quoted &&
                             (ends_with(prev.word, "와") || ends_with(prev.word, "과")) && sp.first >= 2 &&
                             is_title(head_stem) && np_word(toks[sp.first - 2], false);
    if (!name_before_title && (prev.comma_after || !np_word(prev, false))) break;
    --sp.first;
    ++n;
  }
  return sp;
}

// Words of a span with the head's particle removed.
std::vector<std::string_view> span_words(const std::vector<Token>& toks, const Span& sp) {
  std::vector<std::string_view> out;
  for (std::size_t i = sp.first; i < sp.last; ++i) out.push_back(toks[i].word);
  out.push_back(sp.head_stem);
  return out;
}

// The span's text as written in the sentence (quotes kept), up to the head stem.
std::string span_text(std::string_view s, const std::vector<Token>& toks, const Span& sp) {
  std::size_t b = toks[sp.first].opens_quote ? toks[sp.first].begin : toks[sp.first].word_begin;
  std::size_t e = toks[sp.last].word_begin + sp.head_stem.size();
  std::string t(s.substr(b, e - b));
  // A quote that closes the title belongs to it: 'APEC … 2025'
  std::string_view w = toks[sp.last].word;
  if (sp.head_stem.size() < w.size() && w[sp.head_stem.size()] == '\'') t += '\'';
  if (sp.head_stem.size() + 3 <= w.size() && w.substr(sp.head_stem.size(), 3) == "\u2019") t += "\u2019";
  return t;
}

bool verbal_stem(std::string_view stem) {
  static constexpr std::u32string_view verbal = U"하되있없않끄르크많같높작좋받";
  // 접히(는), 막히, 닫히: passive stems in 히 (a name rarely ends so)
  if (ends_with(stem, "히") && syllables(stem) >= 2) return true;
  static const WordList verbs{"열리", "이어지", "알려지", "걸리", "이뤄지", "이루어지", "주어지",
                               "벌어지", "불리", "들리", "보이", "나타나", "키우", "세우", "늘리",
                               "올리", "내리", "이끌", "나서", "가지", "지니", "만들어지", "진행되"};
  if (Aliases::builtin().known(stem)) return false;
  if (verbs.suffix_of(stem)) return true;
  if (ends_with(stem, "로")) return true;  // 실제로는, 새로는: adverbs
  char32_t c = last_char(stem);
  // 한울테크, 팜링크, 카카오뱅크, 레고랜드르: a name of three or more syllables ending in 크/르 is a noun
  // (verb stems in 크/르 are short: 크, 다르, 모르).
  if ((c == U'크' || c == U'르') && syllables(stem) >= 3) return false;
  return verbal.find(c) != std::u32string_view::npos;
}

}  // namespace

// Words that end a noun phrase when walking back (adverbs, conjunctions, converbs used as postpositions):
// rows of event/data/stopwords.tsv.
bool is_stop(std::string_view w) {
  static const std::unordered_set<std::string_view> words = [] {
    const auto column = data::first_column("event/data/stopwords.tsv");  // views into the embedded table
    return std::unordered_set<std::string_view>(column.begin(), column.end());
  }();
  return words.count(w) != 0;
}

// "준비했다는 정보", "근무하다는", "인증한다는": a finite predicate with 는 is the quoting modifier -다는, never a
// topic or a subject. Only a marked form counts (past ㅆ, -는다, 하다/되다, -겠-): a bare stem + 다 or a fused
// -ㄴ다 may be a name (헝다, 로사다, 페르난다, 우간다).
// A bare stem + 다 counts when the stem is a dictionary verb or adjective (어렵다는, 흘러간다는: hunspell-ko) or a
// one-syllable predicate stem (있다는, 많다는: "할 수 있다는 판결", "돈이 많다는 소문").
bool finite_predicate(std::string_view w) {
  if (!ends_with(w, "다")) return false;
  const morph::Predicate p = morph::analyse_predicate(w);
  if (p.declarative_final && (p.tense == morph::Tense::Past || p.tense == morph::Tense::Future ||
                              (p.news_present && !p.fused) || p.derived))
    return true;
  const std::string_view stem = w.substr(0, w.size() - 3);
  return morph::verb_stem(stem) || (syllables(stem) == 1 && verbal_stem(stem));
}


namespace {

// The same verdict as kSurnames.find(c) != npos for a Hangul syllable, by one load.
bool surname_syllable(char32_t c) {
  static const std::vector<bool> table = [] {
    std::vector<bool> t(0xD7A4 - 0xAC00, false);
    for (char32_t s : kSurnames)
      if (is_hangul(s)) t[s - 0xAC00] = true;
    return t;
  }();
  return is_hangul(c) && table[c - 0xAC00];
}

// The name tests after the syllables are checked: the words that only look like names.
bool not_a_name(std::string_view w) {
  static const WordList not_names{"임직원", "전문가", "이사회", "한국은", "정보원", "조선소", "서울시",
                                   "신제품", "전기차", "반도체", "부회장", "대표단", "주주들", "관계자"};
  if (in(not_names, w)) return true;
  static const WordList ends{"시", "회", "청", "처", "부", "들", "소", "단", "품", "차", "당", "사"};
  return ends.suffix_of(w);
}

}  // namespace

bool surname_word(std::string_view w) {
  return w.size() == 3 && static_cast<unsigned char>(w[0]) >= 0x80 && surname_syllable(first_char(w));
}

bool person_name(std::string_view w) {
  // Three Hangul syllables are nine bytes: any other length fails the scan below (a shorter last step decodes a
  // single byte, never a syllable), so it is refused before decoding anything.
  if (w.size() != 9) return false;
  for (std::size_t p = 0; p < 9; p += 3) {
    if (static_cast<unsigned char>(w[p]) < 0x80) return false;
    const char32_t c = first_char(w.substr(p));
    if (!is_hangul(c)) return false;
    if (p == 0 && !surname_syllable(c)) return false;
  }
  return !not_a_name(w);
}

bool person_name_by_scan(std::string_view w) {
  std::size_t n = 0;
  for (std::size_t p = 0; p < w.size();) {
    unsigned char b = static_cast<unsigned char>(w[p]);
    if (b < 0x80) return false;
    char32_t c = first_char(w.substr(p));
    if (!is_hangul(c)) return false;
    if (n == 0 && kSurnames.find(c) == std::u32string_view::npos) return false;
    p += 3;
    ++n;
  }
  if (n != 3) return false;
  return !not_a_name(w);
}

namespace {
// `known`: the word's particle reading when the caller has it (a token's own analysis), else it is analysed here.
bool modifier_word_with(std::string_view w, const morph::Nominal* known) {
  if (w.empty() || syllables(w) < 2 || Aliases::builtin().known(w)) return false;
  // Adverbial nouns that only look like modifiers: "24일 자진 사퇴했다", "무기한 연기했다".
  static constexpr std::string_view adverbial_nouns[] = {"자진", "무기한", "최소한", "최대한", "전격", "긴급"};
  if (in(adverbial_nouns, w)) return false;
  // the quoting modifier -다는 (돈이 많다는 소문, 참석하겠다는 입장)
  if (ends_with(w, "다는") && finite_predicate(w.substr(0, w.size() - 3))) return true;
  if (ends_with(w, "던") || ends_with(w, "한") || ends_with(w, "된")) return true;  // 인수한, 발견된
  if (person_name(w)) return false;  // 이서진, 조현우
  // past/passive modifiers of 하다/되다 and common verbs: 체결한, 발견된, 만난, 이어진, 내린, 세운 …
  static constexpr std::u32string_view past = U"한된린낸운난진";
  if (past.find(last_char(w)) != std::u32string_view::npos && last_char(w) != U'\uC778') return true;
  // any other verb of the dictionary with the adnominal fused in: 마신, 보낸, 즐길 (hunspell-ko; not 이를 = 이 + 를)
  if (morph::dictionary_adnominal(w) != morph::Adnominal::None &&
      (known ? known->particle : morph::analyse_nominal(w).particle).empty())
    return true;
  if (ends_with(w, "는") && batchim(last_char(w.substr(0, w.size() - 3))) > 0) return true;  // 있는, 찾는
  if (ends_with(w, "는") && morph::verb_stem(w.substr(0, w.size() - 3))) return true;  // 흘러가는, 즐기는 (hunspell-ko)
  const morph::Nominal sp = known ? *known : morph::analyse_nominal(w);
  if (sp.particle == "은") return syllables(sp.stem) == 1;  // 맺은, 찾은, 받은
  if (sp.particle == "는") {
    static constexpr std::u32string_view verbal = U"하되리지있없이";
    return syllables(sp.stem) == 1 || verbal.find(last_char(sp.stem)) != std::u32string_view::npos;
  }
  return false;
}
}  // namespace

bool modifier_word(std::string_view w) { return modifier_word_with(w, nullptr); }
bool modifier_word(const Token& t) { return modifier_word_with(t.word, &t.morph.nominal); }

namespace {

// Parses "X 등과", "X 측에": returns the particle-like tail and whether the NP ends one word earlier.
struct Marker {
  std::string_view particle;
  bool np_before = false;  // the marker is its own word (등과, 측에): the NP ends at the previous word
};

// "알자지라는 29일 …": a name ending in 라 with the topic 는, not the quotative 라는 ('스타게이트'라는 회사),
// when a time or the end of the phrase follows.
bool topic_after_ra(const std::vector<Token>& toks, std::size_t i) {
  std::string_view w = toks[i].word;
  if (!ends_with(w, "라는") || w.size() < 9 || toks[i].quoted) return false;
  return i + 1 >= toks.size() || toks[i + 1].in_time || toks[i + 1].comma_after;
}

Marker marker_of(const Token& t) {
  std::string_view w = t.word;
  for (std::string_view lead : Words{"등", "측"}) {
    if (starts_with(w, lead)) {
      std::string_view rest = w.substr(lead.size());
      if (rest.empty() || rest == "과" || rest == "을" || rest == "이" || rest == "은" || rest == "에" ||
          rest == "의" || rest == "에서" || rest == "으로" || rest == "도" || rest == "과는")
        return {rest.empty() ? std::string_view("등") : rest, true};
    }
  }
  return {t.morph.nominal.particle, false};
}

// The marker of word i and the stem before it, reading "알자지라는 29일" as a topic (see topic_after_ra).
Marker marker_at(const std::vector<Token>& toks, std::size_t i, std::string_view* stem) {
  const Token& t = toks[i];
  Marker m = marker_of(t);
  *stem = t.morph.nominal.stem;
  if (topic_after_ra(toks, i)) {
    m.particle = "는";
    *stem = t.word.substr(0, t.word.size() - std::string_view("는").size());
  }
  return m;
}

std::string canonical_name(std::string_view raw) {
  std::string gloss;
  std::string base = strip_parens(strip_quotes(raw), &gloss);
  auto& al = Aliases::builtin();
  if (al.known(base)) return al.canonical(base);
  if (!gloss.empty() && al.known(gloss)) return al.canonical(gloss);
  return al.canonical(base);  // unknown: still without a legal form (㈜아이콘트롤스 -> 아이콘트롤스)
}

}  // namespace

namespace {
bool is_title_uncached(std::string_view word, std::string* role);
bool surely_no_title(std::string_view word);
Entity entity_from_words_uncached(const std::vector<std::string_view>& raw_words);

// Memo of a pure function of a word (or words) and the alias tables, per thread: the same noun phrases are
// rebuilt many times (topic, actor, lists, discourse) and the same titles tested for every phrase. Dropped
// when the aliases change (Aliases::generation) and when it grows large. Looked up by a view (a transparent
// hash): a hit builds no key string.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class V>
struct Memo {
  std::uint64_t generation = 0;
  std::unordered_map<std::string, V, ViewHash, std::equal_to<>> map;
  V* find(std::string_view key) {
    const std::uint64_t g = Aliases::generation();
    if (g != generation || map.size() > 50000) {
      map.clear();
      generation = g;
    }
    auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
  }
};

struct TitleAnswer {
  bool title = false;
  bool role_set = false;  // is_title wrote *role (it does so only when it answers true)
  std::string role;
};
}  // namespace

bool disclosed_object(std::string_view head) {
  for (std::string_view p : {"만", "도"})  // 실적 자료만 공개하기로
    if (head.size() > p.size() && head.substr(head.size() - p.size()) == p) head.remove_suffix(p.size());
  return word_classes().disclosed.suffix_of(head);
}

bool is_title(std::string_view word, std::string* role) {
  if (surely_no_title(word)) return false;
  thread_local Memo<TitleAnswer> memo;
  if (const TitleAnswer* a = memo.find(word)) {
    if (a->role_set && role) *role = a->role;
    return a->title;
  }
  // (a role the function cannot produce marks "not written")
  static const std::string kUnset("\x01unset");
  TitleAnswer a;
  std::string r = kUnset;
  a.title = is_title_uncached(word, &r);
  a.role_set = r != kUnset;
  if (a.role_set) a.role = r;
  if (a.role_set && role) *role = a.role;
  const bool title = a.title;
  memo.map.emplace(std::string(word), std::move(a));
  return title;
}

bool np_word(const Token& t, bool allow_quoted) {
  // (the flags first, as np_word_uncached tests them; past them the answer depends only on the word: a token's
  // analysis is morph::analyse of its word, unless it was read again as a name: t.reread)
  if (t.in_time || t.double_quoted) return false;
  if (t.quoted && !allow_quoted) return false;
  if (t.reread) return np_word_uncached(t, allow_quoted);  // its analysis is the article's, not the word's
  thread_local Memo<bool> memo;
  if (const bool* v = memo.find(t.word)) return *v;
  const bool v = np_word_uncached(t, allow_quoted);
  memo.map.emplace(std::string(t.word), v);
  return v;
}

Entity entity_from_words(const std::vector<std::string_view>& raw_words) {
  thread_local Memo<Entity> memo;
  std::string key;  // each word with its length in front: no two lists share a key
  for (auto w : raw_words) {
    const auto n = static_cast<std::uint32_t>(w.size());
    key.append(reinterpret_cast<const char*>(&n), sizeof n);
    key.append(w);
  }
  if (const Entity* e = memo.find(key)) return *e;
  Entity e = entity_from_words_uncached(raw_words);
  memo.map.emplace(std::move(key), e);
  return e;
}

namespace {
// The title words of is_title_uncached besides titles.tsv.
struct TitleLists {
  // 강릉시장, 새빛은행장, 전북도지사: an office of a place or body, written as one word.
  WordList office_suffixes{"시장", "은행장", "행장", "도지사", "구청장", "군수", "총재",
                           "지사", "장관", "협회장", "체육회장", "연맹회장"};  // 충북지사, 정무부지사, 국무장관, 대한축구협회장
  // 기획조정실장, 서울시립미술관장, 경찰청장, 편집국장: the head title of an office.
  WordList office_heads{"실장", "관장", "국장", "청장", "원장", "처장",
                        "총장", "단장", "부장", "본부장", "센터장"};
};
const TitleLists& title_lists() {
  static const TitleLists lists;
  return lists;
}

// The Hangul syllables a title can end in: the last syllable of every key of titles.tsv and of every word of
// the two lists above. is_title_uncached answers yes only when the word (without quotes, brackets and their
// gloss, and leading digits) is a key, or ends in a key or a listed word: so it ends in one of these
// syllables. `off` when some entry is shorter than three bytes (then nothing is ruled out this way).
struct TitleEnds {
  bool off = false;
  std::bitset<11172> syllable;  // U+AC00 + index
};
char32_t last_syllable(std::string_view w) {  // the last three bytes as a Hangul syllable, or 0
  if (w.size() < 3) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(w.data() + w.size() - 3);
  if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
  const char32_t c = (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | char32_t{p[2] & 0x3Fu};
  return c >= 0xAC00 && c <= 0xD7A3 ? c : 0;
}
const TitleEnds& title_ends() {
  static const TitleEnds ends = [] {
    TitleEnds e;
    auto note = [&e](std::string_view w) {
      if (w.size() < 3) e.off = true;
      if (const char32_t c = last_syllable(w)) e.syllable.set(c - 0xAC00);
    };
    for (const auto& [k, r] : titles()) note(k);
    for (std::string_view w : title_lists().office_suffixes.entries()) note(w);
    for (std::string_view w : title_lists().office_heads.entries()) note(w);
    return e;
  }();
  return ends;
}
// Surely no title (is_title_uncached would answer false and write no role): a word with no quote byte, bracket
// or space (its base is the word, or the word without leading digits) ending in a syllable no title ends in.
// (Asked before the memo: most words are no title, and a hash per word costs more than this.)
bool surely_no_title(std::string_view word) {
  const TitleEnds& te = title_ends();
  if (te.off) return false;
  const char32_t c = last_syllable(word);
  if (!c || te.syllable.test(c - 0xAC00)) return false;
  if (!no_quote_bytes(word)) return false;
  for (char ch : word)
    if (ch == '(' || ch == ')' || ch == ' ') return false;
  return true;
}

bool is_title_uncached(std::string_view word, std::string* role) {
  std::string gloss;
  std::string base = strip_parens(strip_quotes(word), &gloss);
  // 1차장, 2부속실장: an ordinal before the title
  while (!base.empty() && base[0] >= '0' && base[0] <= '9') base.erase(0, 1);
  if (base.empty()) return false;
  const auto& t = titles();
  auto it = t.find(base);
  if (it == t.end()) {
    // 강릉시장, 새빛은행장, 전북도지사: an office of a place or body, written as one word (office_suffixes).
    const WordList& office_suffixes = title_lists().office_suffixes;
    // 주식시장, 전통시장, 노동시장 are markets, not mayors.
    static const WordList market_words{
        "주식", "증권", "금융", "노동", "수산", "전통", "재래", "채권", "외환", "자본", "내수", "국내", "해외",
        "세계", "중고", "소비", "도매", "소매", "농산물", "부동산", "반도체", "자동차", "가상자산", "암호화폐",
        "신흥", "글로벌", "중국", "미국", "유럽", "아시아", "청년", "취업", "주택", "전력", "탄소", "선물", "현물"};
    if (ends_with(base, "시장") && in(market_words, std::string_view(base).substr(0, base.size() - 6))) return false;
    if (const std::string_view* suf = office_suffixes.first_suffix_of(
            base, [&](std::string_view x) { return syllables(base) > syllables(x) + 1; })) {
      if (role) *role = std::string(*suf);
      return true;
    }
    // 글로벌대외협력최고책임자: a compound ending in a title word of 2+ syllables (not a body's name that
    // ends like one: 한국천문연구원 is an institute, 연구원 after a name a researcher). (org_like, the alias
    // lookups, is asked only when one of the two tests below would answer yes: most words end in no title.)
    // titles of 3+ syllables, longest first: the longest title that is a proper suffix of the word. One hash
    // lookup per title length (a handful) instead of a suffix test per title; computed once.
    struct LongTitles {
      std::unordered_map<std::string_view, std::string_view> role;  // title -> role
      std::vector<std::size_t> lengths;                              // byte lengths present, longest first
    };
    static const LongTitles long_titles = [&t] {
      LongTitles x;
      for (const auto& [k, r] : t)
        if (syllables(k) >= 3) {
          x.role.emplace(k, r);
          if (std::find(x.lengths.begin(), x.lengths.end(), k.size()) == x.lengths.end()) x.lengths.push_back(k.size());
        }
      std::sort(x.lengths.rbegin(), x.lengths.rend());
      return x;
    }();
    const std::string_view* long_role = nullptr;
    for (std::size_t len : long_titles.lengths) {
      if (base.size() <= len) continue;
      auto found = long_titles.role.find(std::string_view(base).substr(base.size() - len));
      if (found != long_titles.role.end()) {
        long_role = &found->second;
        break;
      }
    }
    // 기획조정실장, 서울시립미술관장, 경찰청장, 편집국장: a body's name (2+ syllables) and the head title of
    // its office. Not 회장/사장, whose compounds are places (전시회장, 건설공사장).
    const WordList& office_heads = title_lists().office_heads;
    const std::string_view* k = nullptr;
    if (!long_role)
      k = office_heads.first_suffix_of(base, [&](std::string_view x) {
        return syllables(base) >= syllables(x) + 2 && t.count(std::string(x));
      });
    if (!long_role && !k) return false;
    if (org_like(base)) return false;
    if (long_role) {
      if (role) *role = std::string(*long_role);
      return true;
    }
    if (role) *role = t.at(std::string(*k));
    return true;
  }
  if (role) *role = (!gloss.empty() && t.count(gloss)) ? t.at(gloss) : it->second;
  return true;
}
}  // namespace

namespace {

// The body headed by a one-word office title (금융위원장 -> 금융위원회, 전북도지사 -> 전북도, 강릉시장 ->
// 강릉시, 경찰청장 -> 경찰청, 새빛은행장 -> 새빛은행); "" when the word is no such compound (사무총장, 대표).
std::string office_body(const std::string& w) {
  if (!is_title(w) || titles().count(w)) return "";
  auto strip = [&](std::string_view suf) { return w.substr(0, w.size() - suf.size()); };
  if (ends_with(w, "도지사") && syllables(w) >= 4) return strip("지사");
  if (ends_with(w, "위원장") && syllables(w) >= 4) return strip("장") + "회";
  if (ends_with(w, "군수") && syllables(w) >= 3) return strip("수");
  if (!ends_with(w, "장")) return "";
  std::string body = strip("장");
  static constexpr std::string_view body_ends[] = {"시", "도", "군", "구청", "청", "처", "원", "관", "실", "국",
                                                   "단", "본부", "센터", "은행", "부"};
  for (auto b : body_ends)
    if (ends_with(body, b) && syllables(body) > syllables(b)) return body;
  return "";
}

}  // namespace

namespace {
Entity entity_from_words_uncached(const std::vector<std::string_view>& raw_words) {
  Entity e;
  std::string joined;
  for (auto w : raw_words) {
    if (!joined.empty()) joined += ' ';
    joined += strip_quotes(w);
  }
  std::vector<std::string> words = words_of(joined);
  // Re-join words split inside brackets: "스페이스(Stoke", "Space)" -> one word.
  std::vector<std::string> merged;
  bool plural = false;  // 시중은행장들: a generic group of office holders, not one body
  int depth = 0;
  for (auto& w : words) {
    if (depth > 0 && !merged.empty()) merged.back() += " " + w;
    else merged.push_back(w);
    for (char c : w) depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (depth < 0) depth = 0;
  }
  words.clear();
  for (auto& w : merged) {
    // Markdown emphasis and the plural 들 (관계자들, 전문가들) do not change who it is.
    std::string x;
    if (w.find('*') == std::string::npos) x = w;  // (most words: in one copy)
    else
      for (char c : w)
        if (c != '*') x.push_back(c);
    if (ends_with(x, "들") && syllables(x) >= 3 && !Aliases::builtin().known(x)) {
      x.resize(x.size() - 3);
      plural = true;
    }
    if (!x.empty()) words.push_back(x);
  }
  // A person's name with a gloss in brackets or 씨 glued: 임종성(경기 광주시을), 장상돈(72), 김호중(33)씨, 김호중씨 ->
  // the name (and 씨 apart, dropped below)
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].find('(') == std::string::npos && !(words[i].size() == 12 && ends_with(words[i], "씨"))) continue;
    std::string bare = strip_parens(words[i]);
    constexpr std::string_view ssi = "씨";
    const bool with_ssi = ends_with(bare, ssi) && person_name(std::string_view(bare).substr(0, bare.size() - ssi.size()));
    if (with_ssi) {
      bare.resize(bare.size() - ssi.size());
      words[i] = bare;
      words.insert(words.begin() + static_cast<std::ptrdiff_t>(i + 1), std::string(ssi));
    } else if (person_name(bare)) {
      words[i] = bare;
    }
  }
  if (words.size() >= 2 && in(word_classes().provinces, words[0]) && !is_title(words[1])) words.erase(words.begin());
  // "구글 딥마인드 출신 마커스 펠 박사", "테니스 선수 이준서", "밴드 콜드스트림", "전북도 산하 전북개발공사":
  // where someone comes from, what they are, what they belong under says what, not who
  for (std::size_t i = words.size(); i-- > 0;)
    if ((words[i] == "출신" || ends_with(words[i], "출신") || words[i] == "선수" || words[i] == "밴드" ||
         words[i] == "산하") &&
        i + 1 < words.size()) {
      words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i + 1));
      break;
    }
  if (words.empty()) return e;
  auto& al = Aliases::builtin();
  if (words.size() == 1 && in(word_classes().pronouns, words[0])) {
    e.pronoun = true;
    return e;
  }
  // 일본 니혼게이자이신문, 미국 팝스타 …: a country before a name (not before an office: 미국 대통령, 일본
  // 총리, 독일 외교부 장관 keep it) only says where the name is from.
  // A country's own ministry or agency keeps it (필리핀 국방부, 미국 국무부, 일본 경제산업성).
  auto state_body = [](const std::string& x) {
    return syllables(x) >= 2 && (ends_with(x, "부") || ends_with(x, "성") || ends_with(x, "청") || ends_with(x, "처"));
  };
  if (words.size() >= 2 && in(word_classes().countries, words[0]) && !al.known(join(words, 0, words.size())) &&
      !in(word_classes().country_bodies, words[1]) && !state_body(words[1]) &&
      std::none_of(words.begin() + 1, words.end(), [](const std::string& x) { return is_title(x); }))
    words.erase(words.begin());
  // A field or occupation before a name (프로야구 한강 레이더스, 골프선수 이수아, 팝스타 제나 로즈) says what
  // it is, not who.
  while (words.size() >= 2 && !is_title(words[1]) &&
         (in(word_classes().leading_descriptors, words[0]) || (ends_with(words[0], "선수") && syllables(words[0]) >= 3)))
    words.erase(words.begin());
  // X 측, X 관계자, X 이사회: the organisation speaks (업계 관계자 stays as written).
  for (std::size_t i = 1; i < words.size(); ++i) {
    bool any_owner = words[i] == "측" || words[i] == "경영진" || words[i] == "임직원" || words[i] == "이사회" ||
                     words[i] == "지도부";
    if (!in(word_classes().stand_ins, words[i]) || !(any_owner || org_like(words[i - 1]))) continue;
    // a named person before the organisation speaks for themself: 정하윤 누리전자 대변인 -> 정하윤
    if (!any_owner && i == 2 && person_name(words[0])) {
      e.name = canonical_name(words[0]);
      e.affiliation = canonical_name(words[1]);
      return e;
    }
    // 마리야 자하로바 러시아 외무부 대변인: a foreign name, a country and its body: the person (read below)
    bool foreign_person = false;
    if (!any_owner && i >= 3 && in(word_classes().countries, words[i - 2])) {
      foreign_person = true;
      for (std::size_t k = 0; k + 2 < i && foreign_person; ++k)
        foreign_person = is_hangul(first_char(words[k])) && !in(word_classes().countries, words[k]) && !al.known(words[k]) &&
                         !org_like(words[k]) && !is_title(words[k]);
    }
    if (!foreign_person) {
      std::vector<std::string_view> before(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i));
      Entity org = entity_from_words(before);
      if (!org.name.empty()) return org;
    }
  }
  // The honorific 씨 after a person's name adds nothing (누리칩스 창업자 오태식 씨 -> … 오태식).
  bool honorific = false;  // 씨 followed a person's name
  if (words.size() >= 2 && words.back() == "씨" && person_name(words[words.size() - 2])) {
    words.pop_back();
    honorific = true;
  }
  // "주낙영 시장", "주낙영 전 시장": the mayor
  if (words.size() >= 2 && words.back() == "시장") {
    const std::size_t k = name_before_mayor(words.size() - 1, [&](std::size_t j) -> std::string_view { return words[j]; });
    if (k != std::string_view::npos) {
      e.name = canonical_name(words[k]);
      e.role = "시장";
      return e;
    }
  }
  // Title modifiers (신임 대표, 후임 사장, 전임 회장) say nothing about who.
  // Before a person's name they say the same (전임 오진우 관장 -> 오진우).
  static constexpr std::string_view title_modifiers[] = {"신임", "후임", "전임", "차기", "새", "현", "전"};
  static constexpr std::string_view name_modifiers[] = {"신임", "후임", "전임", "차기"};
  for (std::size_t i = 0; i + 1 < words.size();) {
    std::string r;
    if ((in(title_modifiers, words[i]) && is_title(words[i + 1], &r)) ||
        (in(name_modifiers, words[i]) && person_name(words[i + 1])))
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i));
    else ++i;
  }
  auto name_of = [&](std::size_t b, std::size_t end) { return canonical_name(join(words, b, end)); };
  std::size_t first_title = words.size();
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string role;
    if (is_title(words[i], &role)) {
      first_title = i;
      e.role = role;
      break;
    }
  }
  if (first_title == words.size()) {
    // No title: the whole phrase if known, else its known tail, else a name after a descriptor
    // (전기차 충전 업체 에버차지 -> 에버차지), else the phrase itself (≤ 3 words).
    std::string all = join(words, 0, words.size());
    // 아내 정경심씨, 후배 김영대씨 (씨 dropped above): the person named last, not what they are to someone
    auto relation = [](std::string_view w) {
      if (ends_with(w, "인") && w.size() > 3 && in(word_classes().relations, w.substr(0, w.size() - 3))) return true;
      return in(word_classes().relations, w) || in(word_classes().leading_descriptors, w);
    };
    if (honorific && words.size() >= 2 && relation(words[words.size() - 2]) && !al.known(strip_parens(all))) {
      e.name = canonical_name(words.back());
      return e;
    }
    if (al.known(strip_parens(all))) {
      e.name = canonical_name(all);
      return e;
    }
    for (std::size_t b = 1; b < words.size(); ++b) {
      std::string tail = join(words, b, words.size());
      if (al.known(strip_parens(tail))) {
        e.name = canonical_name(tail);
        return e;
      }
    }
    // The name after the last descriptor (전기차 충전 업체 에버차지 -> 에버차지, 버스 업체 경진여객 노조 ->
    // 경진여객 노조); a union or branch after a company's name is part of the name (서울교통공사 노조).
    static constexpr std::string_view name_tails[] = {"노조", "노동조합", "지부", "본부", "지회"};
    std::size_t tail_words = words.size() >= 2 && in(name_tails, words.back()) ? 2 : 1;
    for (std::size_t d = words.size() > tail_words ? words.size() - tail_words : 0; d-- > 0;) {
      bool descriptor = false;
      descriptor = word_classes().descriptor_ends.suffix_of(words[d]);
      if (!descriptor) continue;
      if (words.size() - (d + 1) == tail_words) {
        e.name = canonical_name(join(words, d + 1, words.size()));
        return e;
      }
      break;
    }
    std::size_t b = words.size() > 3 ? words.size() - 3 : 0;
    e.name = name_of(b, words.size());
    return e;
  }
  if (first_title + 1 < words.size() && !is_title(words.back())) {
    // [affiliation] [title] [name]: 오픈AI 최고경영자(CEO) 샘 알트만
    e.name = name_of(first_title + 1, words.size());
    if (first_title > 0) e.affiliation = name_of(0, first_title);
    return e;
  }
  std::size_t n = first_title;
  if (n == 0 && words.size() == 1 && !plural) {
    // 금융위원장, 전북도지사, 강릉시장, 경찰청장, 새빛은행장: the unnamed head of a body speaks for the body.
    std::string body = office_body(strip_parens(words[0]));
    if (!body.empty()) {
      e.name = canonical_name(body);
      return e;
    }
  }
  if (n == 0) {
    // A title alone: 대통령은 -> "대통령"; 대표가, 회장은 (a person named elsewhere) -> from the discourse.
    static constexpr std::string_view self_standing[] = {"대통령", "총리", "국무총리", "장관"};
    if (in(self_standing, strip_parens(words[0]))) e.name = strip_parens(words[0]);
    else e.pronoun = true;
    return e;
  }
  // [name…] [affiliation…] [title]: a known two-word name (샘 알트먼), else a person's name anywhere
  // before the title (가람자동차 강민호 회장, 정신아 카카오 대표), else a known organisation (엔비디아 CFO),
  // else the phrase with its title (독일 총리, 인도네시아 대통령).
  if (n >= 2 && al.known(strip_parens(join(words, 0, 2)))) {
    e.name = name_of(0, 2);
    if (n > 2) e.affiliation = name_of(2, n);
    return e;
  }
  // 리처드 콜먼 미국 국무부 부장관, 응우옌 반 탄 베트남 투자청장: a foreign name of 2–3 words, then a country
  // (and its body) before the title: the person, affiliated with the rest.
  for (std::size_t c = 2; c <= 3 && c < n; ++c) {
    if (!in(word_classes().countries, words[c])) continue;
    bool foreign_name = true;
    for (std::size_t k = 0; k < c && foreign_name; ++k) {
      const std::string& x = words[k];
      if (!is_hangul(first_char(x)) || in(word_classes().countries, x) || in(word_classes().determiners, x) || al.known(x) || org_like(x) ||
          is_title(x))
        foreign_name = false;
    }
    if (foreign_name) {
      e.name = name_of(0, c);
      e.affiliation = name_of(c, n);
      return e;
    }
  }
  // (the name nearest the title wins: 한결당 최영민 원내대표 -> 최영민, not the party)
  for (std::size_t i = n; i-- > 0;) {
    if (!person_name(words[i]) && !(al.known(words[i]) && person_name(al.canonical(words[i])))) continue;
    // "마커스 펠 박사": a one-syllable word after the 'name' is the rest of a foreign name, not an affiliation
    if (i + 1 < n && syllables(words[i + 1]) == 1 && !al.known(words[i + 1])) continue;
    e.name = canonical_name(words[i]);
    std::vector<std::string> rest;
    for (std::size_t k = 0; k < n; ++k)
      if (k != i) rest.push_back(words[k]);
    if (!rest.empty()) e.affiliation = canonical_name(join(rest, 0, rest.size()));
    return e;
  }
  std::string pre = join(words, 0, n);
  if (al.known(strip_parens(pre)) || (n == 1 && org_like(strip_parens(pre)))) {
    e.name = canonical_name(pre);  // 엔비디아 CFO: the organisation speaks; 알트먼 CEO: the person
    return e;
  }
  // A known organisation then an unknown name: 크리스 리헤인 | 오픈AI … 최고책임자
  for (std::size_t k = 1; k < n; ++k)
    if (al.known(strip_parens(words[k]))) {
      e.name = name_of(0, k);
      e.affiliation = name_of(k, n);
      return e;
    }
  // An unnamed officer of a company speaks for it (다온소프트 최고경영자 -> 다온소프트); a country's
  // office holder is named by the office (독일 총리).
  if (n == 1 && !in(word_classes().countries, words[0]) && syllables(words[0]) >= 2 && !person_name(words[0]) &&
      first_title + 1 == words.size()) {
    e.name = canonical_name(words[0]);
    return e;
  }
  if (n == 1 && !person_name(words[0]) && syllables(words[0]) > 1 && al.known(words[0])) {
    e.name = canonical_name(words[0]);
    return e;
  }
  // 마르쿠스 베버 회장, 제나 로즈 대표: a foreign name of 2–3 words before the title (no country, body,
  // descriptor or determiner among them) is the person.
  if (n >= 2 && n <= 3) {
    auto ascii = [](const std::string& x) {
      return std::any_of(x.begin(), x.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    };
    auto name_word = [&](const std::string& x) {
      if (ascii(x) || !is_hangul(first_char(x)) || in(word_classes().countries, x) || in(word_classes().provinces, x) || in(word_classes().determiners, x) ||
          in(word_classes().country_bodies, x) || al.known(x) || org_like(x) || is_title(x))
        return false;
      if (word_classes().descriptor_ends.suffix_of(x)) return false;
      return true;
    };
    bool foreign_name = true;
    for (std::size_t k = 0; k < n && foreign_name; ++k) foreign_name = name_word(words[k]);
    // 케이트 스티그먼 MSF 대변인, 존 리 KB증권 연구원: a Latin or known organisation after a two-word foreign name
    if (!foreign_name && n == 3 && name_word(words[0]) && name_word(words[1]) && !person_name(words[0]) &&
        hangul_syllables(words[0]) >= 2 && hangul_syllables(words[1]) >= 2 &&
        (ascii(words[2]) || al.known(words[2]) || org_like(words[2])) && !in(word_classes().countries, words[2])) {
      e.name = name_of(0, 2);
      e.affiliation = name_of(2, 3);
      return e;
    }
    // 로버트 클라인 베일리캐피털 회장, 에밀리 번스 국제박물관협의회(ICOM) 회장: a long last word (or one with a
    // gloss) after a two-word foreign name is the organisation
    if (foreign_name && n == 3 && (syllables(strip_parens(words[2])) >= 4 || words[2].find('(') != std::string::npos)) {
      e.name = name_of(0, 2);
      e.affiliation = name_of(2, 3);
      return e;
    }
    if (foreign_name) {
      e.name = pre;
      return e;
    }
  }
  // 중국 국방부장: a country's unnamed head of a body written as one word is that country's body.
  if (n == 1 && in(word_classes().countries, words[0]) && first_title + 1 == words.size()) {
    std::string body = office_body(strip_parens(words[first_title]));
    if (!body.empty()) {
      e.name = words[0] + " " + body;
      e.role.clear();
      return e;
    }
  }
  // 독일 총리, 프랑스 대통령, 이 대통령: the office holder, named by the phrase.
  e.name = pre + " " + strip_parens(words[first_title]);
  return e;
}
}  // namespace

std::optional<Entity> sentence_topic(std::string_view s, const std::vector<Token>& toks, bool* initial) {
  (void)s;
  if (initial) *initial = false;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.double_quoted || t.in_time || t.trigger) continue;
    std::string_view stem;
    Marker m = marker_at(toks, i, &stem);
    if (!same(m.particle, "은") && !same(m.particle, "는")) continue;
    std::size_t end = i;
    if (m.np_before) {
      if (i == 0) continue;
      end = i - 1;
      stem = toks[end].word;
    }
    std::string st = strip_quotes(stem);
    if (verbal_stem(st) || is_stop(st) || in(word_classes().not_actors, st) || finite_predicate(st)) return std::nullopt;
    if (in(word_classes().info_nouns, st)) continue;  // 세부 조건은: a topicalised object, the topic may follow
    Span sp = np_ending_at(toks, end, 0, 5, stem);
    if (in(word_classes().determiners, toks[sp.first].word)) return std::nullopt;  // 이 서밋은: not an entity
    if (sp.first > 0 && modifier_word(toks[sp.first - 1])) return std::nullopt;  // 예정됐던 국회 연설은
    Entity e = entity_from_words(span_words(toks, sp));
    if (e.pronoun || e.name.empty()) return std::nullopt;
    if (initial) {
      *initial = true;
      for (std::size_t k = 0; k < sp.first; ++k)
        if (!toks[k].in_time && !is_stop(strip_quotes(toks[k].word))) *initial = false;
    }
    return e;
  }
  return std::nullopt;
}

Arguments find_arguments(std::string_view s, const std::vector<Token>& toks,
                         const std::vector<Clause>& clauses, std::size_t ci, const Hit& hit) {
  Arguments a;
  const Clause& cl = clauses[ci];
  std::size_t trig = hit.first_token;
  std::string_view rest = hit.rest;
  a.passive = hit.entry->form == Form::Noun &&
              (starts_with(rest, "되") || starts_with(rest, "됐") || starts_with(rest, "된") ||
               starts_with(rest, "돼") || starts_with(rest, "될") || starts_with(rest, "됨"));

  // Collects a list "A, B와" / "A 및 B와" / "A을 비롯해 B, C 등을" whose last item ends at `end`.
  auto collect_list = [&](std::size_t end, std::string_view stem, std::size_t min) {
    std::vector<Entity> items;
    std::size_t e = end;
    std::string_view st = stem;
    for (int guard = 0; guard < 16; ++guard) {
      Span sp = np_ending_at(toks, e, min, 5, st);
      items.push_back(entity_from_words(span_words(toks, sp)));
      if (sp.first <= min) break;
      std::size_t k = sp.first - 1;
      const Token& prev = toks[k];
      if (prev.in_time || prev.double_quoted || prev.trigger) break;
      if (prev.comma_after && (np_word(prev, true) || is_title(prev.word))) {
        e = k;
        st = prev.word;
        continue;
      }
      Marker m = marker_of(prev);
      if ((same(m.particle, "과") || same(m.particle, "와")) && !(m.np_before && k == 0)) {
        e = m.np_before ? k - 1 : k;
        st = m.np_before ? toks[e].word : prev.morph.nominal.stem;
        continue;
      }
      if (prev.word == "및" && k > min) {
        e = k - 1;
        st = toks[e].word;
        continue;
      }
      if ((prev.word == "비롯해" || prev.word == "비롯한" || prev.word == "포함해") && k > min) {
        std::size_t j = k - 1;
        if (toks[j].morph.nominal.only(morph::Case::Object)) {
          e = j;
          st = toks[j].morph.nominal.stem;
          continue;
        }
      }
      break;
    }
    std::reverse(items.begin(), items.end());
    return items;
  };

  // ---- actor
  struct Found {
    Entity entity;
    std::size_t token;      // the marked word
    std::size_t np_first;   // first word of its noun phrase
    bool topic;
  };
  bool speech = toks[hit.token].double_quoted;  // a plan stated inside quotes: its own subject may be quoted
  // The first topic-marked word of the sentence before the trigger (the sentence's topic, when sentence_topic
  // finds one; trig when none): "법원은 그가 … 마감할 수 있다는 판결을 선고했다" — a subject after it that a
  // modifier follows belongs to that relative clause, and the topic acts. Asked only for such a subject, once.
  std::optional<std::size_t> topic_memo;
  auto topic_token = [&]() {
    if (!topic_memo) {
      topic_memo = trig;
      if (sentence_topic(s, toks, nullptr))
        for (std::size_t k = 0; k < trig; ++k)
          if (!toks[k].in_time && !toks[k].double_quoted && toks[k].morph.nominal.only(morph::Case::Topic)) {
            topic_memo = k;
            break;
          }
    }
    return *topic_memo;
  };
  auto actor_at = [&](std::size_t i) -> std::optional<Found> {
    const Token& t = toks[i];
    if ((t.double_quoted && !speech) || t.in_time) return std::nullopt;
    // a trigger word is an event, not who acts ("투자 계획은") — unless it is a company whose name ends in a trigger
    // noun ("DB금융투자는")
    if (t.trigger && !company_named_by_trigger(strip_quotes(t.morph.nominal.stem))) return std::nullopt;
    std::string_view stem;
    Marker m = marker_at(toks, i, &stem);
    bool subj = same(m.particle, "이") || same(m.particle, "가") || same(m.particle, "께서");
    bool top = same(m.particle, "은") || same(m.particle, "는");
    if (!subj && !top) return std::nullopt;
    std::size_t end = i;
    if (m.np_before) {
      if (i == 0 || toks[i - 1].double_quoted) return std::nullopt;
      end = i - 1;
      stem = toks[end].word;
    }
    std::string st = strip_quotes(stem);
    // "김영수 시장은": after a person's name (and 전/현) 시장 is the mayor, not the market
    const bool mayor = st == "시장" &&
                       name_before_mayor(end, [&](std::size_t j) { return toks[j].word; }) != std::string_view::npos;
    if ((in(word_classes().not_actors, st) && !mayor) || verbal_stem(st) || is_stop(st) || finite_predicate(st))
      return std::nullopt;
    if (top && in(word_classes().info_nouns, st)) return std::nullopt;  // 세부 조건은 (공개하지 않았다): the object
    // 흘러가는 경우, 즐기는 고객: a verb stem (hunspell-ko) before 는 carries the adnominal ending, no topic
    if (top && !m.np_before && morph::verb_stem(st)) return std::nullopt;  // (넘겨받은 자료: -은 likewise)
    // "2공장은 내년 하반기 착공한다": a building is what is built, not who builds it.
    if (top && (hit.entry->lemma == "착공" || hit.entry->lemma == "준공") && facility(st)) return std::nullopt;
    // 중저가 스마트폰, 고가 제품: a noun that ends in 가 is not X + the subject particle 가
    static constexpr std::string_view ga_nouns[] = {"중저가", "저가", "고가", "중가", "초고가", "반값", "원가",
                                                    "단가", "정가", "특가", "시가", "유가", "호가", "염가"};
    if (subj && same(m.particle, "가") && in(ga_nouns, strip_quotes(t.word))) return std::nullopt;
    if (t.quoted && !t.closes_quote && !(speech && t.double_quoted)) return std::nullopt;
    // Only the first modifier after the subject counts, with a word of its clause between them ("그가 생을 마감할":
    // the right-adjacent modifier is the rule above; "X가 중요한 결정을" is an adjective of the object), and not
    // one before a clause noun ("한국이 강점을 지닌 만큼 … 전환점을 맞이했다고": 한국 is the subject of both).
    if (subj)
      for (std::size_t k = i + 1; k < trig; ++k) {
        if (toks[k].in_time || toks[k].double_quoted || toks[k].trigger || !modifier_word(toks[k])) continue;
        if (k >= i + 2 && !(k + 1 < toks.size() && in(word_classes().clause_nouns, toks[k + 1].morph.nominal.stem)) &&
            topic_token() < i)
          return std::nullopt;
        break;
      }
    // 실은, 받은, 찾는: a one-syllable stem before 은/는 is a verb's modifier form, not a topic.
    // (but "오태식 씨는", "김 씨는", "A 씨는": the honorific 씨 after a name, a surname or an anonymising capital
    // letter closes a person's name)
    auto named_by = [](std::string_view w) {
      return person_name(w) || (syllables(w) == 1 && surname_syllable(last_char(w))) ||
             (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z');
    };
    bool honorific = st == "씨" && end > 0 && named_by(toks[end - 1].word);
    // "시는 전날 긴급 회의를 열고": a bare 시/군/구 (the city named before) is a topic; 도는 only where no
    // verb's modifier can stand (after a time word or a comma, or opening the sentence: not "궤도를 도는").
    bool body_word = st == "시" || st == "군" || st == "구" ||
                     (st == "도" && (end == 0 || toks[end - 1].in_time || toks[end - 1].comma_after));
    if (top && !honorific && !body_word && syllables(st) == 1 && !in(word_classes().pronouns, st) &&
        !Aliases::builtin().known(st))
      return std::nullopt;
    // "X가 기반이 된다": the second 이/가 is the complement of 되다/아니다, not a subject
    if (subj && i + 1 < toks.size() &&
        (starts_with(toks[i + 1].word, "된") || starts_with(toks[i + 1].word, "되") ||
         starts_with(toks[i + 1].word, "돼") || starts_with(toks[i + 1].word, "됐") ||
         starts_with(toks[i + 1].word, "아니")))
      return std::nullopt;
    // "결함이 발견된 전기차를 리콜한다": the subject of a relative clause is not the trigger's actor, nor that of
    // a copula modifier ("사태 수습이 먼저인 만큼 물러나지 않겠다"); not a quotation's first word ("김 씨가 "좋은
    // 것"이라고 밝혔다": the speaker's words follow their subject)
    if (subj && i + 2 < trig && !toks[i + 1].in_time && !toks[i + 1].double_quoted &&
        (modifier_word(toks[i + 1]) || (ends_with(toks[i + 1].word, "인") && syllables(toks[i + 1].word) >= 2 &&
                                             !is_title(toks[i + 1].word))))
      return std::nullopt;
    // (also one bare word further: "선수들이 훈련 중인 운동장을 방문했다", "기업들이 많이 참여한 행사를"; a word
    // in 인 there is a modifier only as 중인: "그룹이 국내 온라인 증권사를" is no relative clause)
    if (subj && i + 3 < trig && !toks[i + 1].in_time && !toks[i + 1].trigger && !toks[i + 1].double_quoted &&
        toks[i + 1].morph.nominal.particle.empty() && !toks[i + 1].comma_after &&
        !toks[i + 1].morph.prefers_predicate() && !toks[i + 2].in_time && !toks[i + 2].trigger &&
        (modifier_word(toks[i + 2]) || toks[i + 2].word == "중인"))
      return std::nullopt;
    Span sp = np_ending_at(toks, end, 0, 5, stem);
    for (std::size_t k = sp.first; k <= end; ++k)
      if (toks[k].trigger && !(k < end && is_title(toks[k].word)) &&
          !(k == end && company_named_by_trigger(strip_quotes(toks[k].morph.nominal.stem))))
        return std::nullopt;  // "투자 계획은": an event noun, not an actor (but "주장 이강호는": a title, and
                              // "DB금융투자는": a company whose name ends in a trigger noun)
    Entity e = entity_from_words(span_words(toks, sp));
    if (e.pronoun && !e.role.empty() && sp.first > 0 && !toks[sp.first - 1].in_time &&
        !toks[sp.first - 1].double_quoted && toks[sp.first - 1].morph.nominal.only(morph::Case::Genitive)) {
      // "에이팩스의 최고경영자(CEO)가": an unnamed officer of an organisation speaks for it.
      Span os = np_ending_at(toks, sp.first - 1, 0, 5, toks[sp.first - 1].morph.nominal.stem);
      Entity owner = entity_from_words(span_words(toks, os));
      if (!owner.name.empty() && !owner.pronoun && owner.role.empty() && !person_name(owner.name)) {
        e = owner;
        return Found{e, i, os.first, top};
      }
    }
    if (e.name.empty() && !e.pronoun) return std::nullopt;
    // "업계는 이번 인수가 성사되면 …": a generic source speaks; it does not buy, meet or sign.
    if (in(word_classes().generic_sources, e.name) && hit.entry->type != EventType::Statement &&
        hit.entry->type != EventType::Announcement)
      return std::nullopt;
    return Found{e, i, sp.first, top};
  };
  std::optional<Found> found;
  // "… 숨지는 사고가 발생했다": what happened is the clause's subject; no one acts (nor a subject further back)
  bool event_subject = false;
  for (std::size_t i = trig; i-- > cl.first && !found;) {
    const auto& n = toks[i].morph.nominal;
    if (!toks[i].in_time && (n.only(morph::Case::Subject) || n.only(morph::Case::Topic)) &&
        (in(word_classes().event_subjects, n.stem) || (hit.entry->occur && n.only(morph::Case::Subject)))) {
      event_subject = true;
      break;
    }
    found = actor_at(i);
  }
  a.event_subject = event_subject;
  bool own_clause = found.has_value();
  if (!found && cl.first > 0 && !event_subject) {
    // Earlier clauses: the subject of a directly preceding coordinated clause (-고/-며/-해) shares its
    // predicate chain ("정신아 대표가 … 만나 … 논의했다고"); otherwise the nearest topic (은/는), else the
    // nearest subject.
    if (clauses[ci - 1].end == ClauseEnd::Connective) {
      for (std::size_t i = cl.first; i-- > clauses[ci - 1].first && !found;) {
        auto r = actor_at(i);
        // "점검 일정이 늦어지면서 … 연기했다": an information noun is the subject of its own clause only
        if (r && !r->topic && info_head(r->entity.name)) continue;
        if (r && !r->topic) {
          // "한결자동차 노조는 노사 간 이견이 좁혀지지 않자 … 파업을 벌이기로 했다": a subject after the
          // sentence's topic belongs to its own subordinate clause; the topic acts in the main one.
          // Only after a subordinate ending (-자, -면서, -니, -는데): a serial -고/-해 clause shares its subject,
          // and reported content ("교도통신은 8일 일본 총리가 … 방한해") has its own.
          std::string_view last = toks[clauses[ci - 1].last].word;
          bool subordinate = (ends_with(last, "자") && !ends_with(last, "관계자") && !ends_with(last, "투자")) ||
                             ends_with(last, "면서") || ends_with(last, "으니") || ends_with(last, "는데") ||
                             last == "않아" || last == "않아서" || last == "못해" || last == "못해서";
          bool topic_before = false;
          for (std::size_t k = 0; subordinate && k < r->np_first && !topic_before; ++k) {
            auto t = actor_at(k);
            topic_before = t && t->topic && !t->entity.pronoun;
          }
          if (!topic_before) found = r;
          break;
        }
      }
    }
    for (std::size_t i = cl.first; i-- > 0 && !found;) {
      auto r = actor_at(i);
      if (r && r->topic) found = r;
    }
    // "서울시가 … 유해물질이 검출됐다고 13일 밝혔다": the subject that opens the sentence reports; the subjects
    // after it belong to what it reports
    if (!found && hit.entry->report)
      for (std::size_t i = 0; i < cl.first; ++i) {
        if (toks[i].in_time) continue;
        auto r = actor_at(i);
        if (!r) {
          if (toks[i].morph.nominal.particle.empty() && !toks[i].comma_after && !toks[i].double_quoted) continue;
          break;  // a marked word that is no subject: the sentence opens otherwise
        }
        bool opens = true;
        for (std::size_t k = 0; k < r->np_first; ++k) opens = opens && toks[k].in_time;
        if (opens && !r->entity.pronoun) found = r;
        break;
      }
    for (std::size_t i = cl.first; i-- > 0 && !found;) {
      auto r = actor_at(i);
      // A long description (책임 있는 데이터 거버넌스 체계 구축이) inside reported content is not the reporter.
      if (r && hit.entry->report && r->entity.role.empty() && !Aliases::builtin().known(r->entity.name) &&
          (std::count(r->entity.name.begin(), r->entity.name.end(), ' ') >= 1 || in(word_classes().countries, r->entity.name)))
        continue;
      found = r;
    }
  }
  if (!found && !event_subject && cl.end == ClauseEnd::Conditional && ci + 1 < clauses.size()) {
    // "인수가 성사되면 한빛전자는 …": the topic of the consequence acts in the condition too
    for (std::size_t i = clauses[ci + 1].first; i <= clauses[ci + 1].last && !found; ++i) {
      auto r = actor_at(i);
      if (r && r->topic) found = r;
    }
  }
  std::vector<std::string> parts;
  auto add_part = [&](const Entity& e) {
    if (e.name.empty() || e.pronoun) return;
    if (a.actor && e.name == a.actor->name) return;
    // A multi-word phrase that names no known entity and no person is a description, not a participant
    // (국내 기업, AI 데이터센터) — unless it ends in a body's name (사우디 디지털청, 베트남 전력공사).
    if (e.role.empty() && e.name.find(' ') != std::string::npos && !Aliases::builtin().known(e.name) &&
        !org_like(e.name.substr(e.name.rfind(' ') + 1)))
      return;
    if (std::find(parts.begin(), parts.end(), e.name) == parts.end()) parts.push_back(e.name);
  };
  // "X와 Y의 합병이", "미래은행의 일본 법인 출범은": the owners before a phrase are who acted.
  auto owners_before = [&](std::size_t np_first) -> std::vector<Entity> {
    std::size_t k = np_first;
    std::size_t lo = np_first < cl.first ? clauses[clause_of(clauses, np_first)].first : cl.first;
    while (k > lo && np_word(toks[k - 1], false)) --k;
    if (k == 0) return {};
    const auto& sp = toks[k - 1].morph.nominal;
    if (!sp.only(morph::Case::Genitive) || toks[k - 1].in_time) return {};
    std::vector<Entity> owners;
    Span os = np_ending_at(toks, k - 1, 0, 3, sp.stem);
    // "테라웨이브와 일본 도쿄정밀의 합병": the word before the owner's phrase may coordinate another owner
    if (os.first >= 1) {
      Marker m2 = marker_of(toks[os.first - 1]);
      if ((same(m2.particle, "와") || same(m2.particle, "과")) && !m2.np_before)
        owners = collect_list(os.first - 1, toks[os.first - 1].morph.nominal.stem, 0);
    }
    owners.push_back(entity_from_words(span_words(toks, os)));
    // "2천400억 원 규모의 계약": a size, an amount or a non-actor noun owns nothing
    const std::string& last = owners.back().name;
    if (in(word_classes().not_actors, strip_quotes(sp.stem)) || std::any_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; }))
      owners.pop_back();
    if (owners.empty() || owners.front().name.empty() || owners.front().pronoun) return {};
    return owners;
  };
  // A passive predicate with no subject of its own shares the subject of the clauses joined to it by a
  // connective ("합병 협상이 … 이견을 좁히지 못해 끝내 무산됐다").
  std::size_t subj_from = cl.first;
  if (!found && a.passive)
    while (subj_from > 0 && clause_of(clauses, subj_from - 1) + 1 == clause_of(clauses, subj_from) &&
           clauses[clause_of(clauses, subj_from - 1)].end == ClauseEnd::Connective)
      subj_from = clauses[clause_of(clauses, subj_from - 1)].first;
  // "니혼게이자이신문은 23일 A와 B의 합병이 무산됐다고": a subject-marked trigger noun after the found topic
  // is the clause's own subject (the topic is the reporter's).
  bool subject_after_topic = false;
  if (found && found->topic && own_clause)
    for (std::size_t i = found->token + 1; i < trig; ++i) {
      const auto& p = toks[i].morph.nominal;
      if (toks[i].trigger && !toks[i].double_quoted && p.only(morph::Case::Subject)) subject_after_topic = true;
    }
  if (subject_after_topic) subj_from = found->token + 1;
  if (!found || !own_clause || subject_after_topic) {
    // A trigger noun that is itself the subject ("… 출범은 이뤄지지 않았다"): its owner acts.
    for (std::size_t i = trig; i-- > subj_from;) {
      if (!toks[i].trigger || toks[i].double_quoted) continue;
      const auto& p = toks[i].morph.nominal;
      if (!p.only(morph::Case::Subject) && !p.only(morph::Case::Topic)) continue;
      auto owners = owners_before(i);
      if (!owners.empty()) {
        a.actor = owners.front();
        for (std::size_t k = 1; k < owners.size(); ++k) add_part(owners[k]);
        own_clause = false;
        found.reset();
      }
      break;
    }
  }
  // (and a report in the passive: "비가 예보됐다", "실적이 발표됐다" — the subject is what was reported)
  bool patient_subject = a.passive && (hit.entry->type == EventType::Cancellation || hit.entry->report);
  if (found) {
    Entity actor = found->entity;
    std::vector<Entity> coordinated;
    auto owners = own_clause && a.passive ? owners_before(found->np_first) : std::vector<Entity>{};
    if (!owners.empty()) {
      // "한빛전자와 누리칩스의 공동 개발 프로젝트는 중단됐다"
      a.object = actor.name;
      a.actor = owners.front();
      for (std::size_t k = 1; k < owners.size(); ++k) add_part(owners[k]);
    } else if (patient_subject && own_clause) {
      // "축제가 취소됐다": what was cancelled; who cancelled comes from the discourse, if anywhere.
      a.object = actor.name;
    } else {
      // "X와 Y는 …": coordinated subjects; the first is the actor, the others participants.
      std::size_t s0 = found->np_first;
      if (s0 > 0 && !toks[s0 - 1].in_time && !toks[s0 - 1].trigger) {
        Marker m2 = marker_of(toks[s0 - 1]);
        if ((same(m2.particle, "와") || same(m2.particle, "과")) && !m2.np_before)
          coordinated = collect_list(s0 - 1, toks[s0 - 1].morph.nominal.stem, 0);
      }
      if (!coordinated.empty() && !coordinated.front().name.empty() && !coordinated.front().pronoun) {
        a.actor = coordinated.front();
        for (std::size_t k = 1; k < coordinated.size(); ++k) add_part(coordinated[k]);
        add_part(actor);
      } else {
        a.actor = actor;
      }
      a.actor_is_topic = found->topic;
      a.actor_token = found->token;
    }
  }
  a.passive = patient_subject && !a.actor;

  // "A씨는 출동한 경찰에 의해 붙잡혔다", "경찰관에게 체포됐다", "총수의 친형이 검찰에 적발됐다": the agent of a
  // passive trigger does it (ANNOTATION.md: the actor is who does it); the one it happened to takes part. The
  // agent: "X에 의해" (any named entity), or an authority of word class passive-agent with 에 / 에게 / 에게서.
  // (a.passive here is patient_subject && !a.actor: patient_subject covers it)
  const bool passive_trigger = patient_subject || starts_with(rest, "되") || starts_with(rest, "됐") ||
                               starts_with(rest, "된") || starts_with(rest, "돼") ||
                               in(word_classes().passive_verbs, std::string_view(hit.entry->lemma));
  if (passive_trigger) {
    for (std::size_t i = std::max(cl.first, subj_from); i < trig && i <= cl.last; ++i) {
      const Token& t = toks[i];
      if (t.double_quoted || t.in_time || t.trigger) continue;
      const auto& sp = t.morph.nominal;
      const std::string_view p = sp.particle;
      const bool by =
          same(p, "에") && i + 1 < trig && (same(toks[i + 1].word, "의해") || same(toks[i + 1].word, "의해서"));
      if (!by && !same(p, "에") && !same(p, "에게") && !same(p, "에게서")) continue;
      const std::string stem = strip_quotes(sp.stem);
      if (!by && !word_classes().passive_agents.suffix_of(stem)) continue;
      // "검찰에 송치됐다", "경찰에 고소됐다": 에 marks where it was sent, not who acted
      if (!by && in(word_classes().goal_verbs, verbal_base(hit.entry->lemma))) break;
      Span ag = np_ending_at(toks, i, cl.first, 3, sp.stem);
      // (a predicate before it ends the phrase: "달아나다 경찰에 붙잡혔다" -> 경찰)
      for (std::size_t k = i; k-- > ag.first;)
        if (toks[k].morph.prefers_predicate() || ends_with(toks[k].word, "다")) {
          ag.first = k + 1;
          break;
        }
      Entity agent = entity_from_words(span_words(toks, ag));
      if (agent.name.empty() || agent.pronoun) continue;
      const std::optional<Entity> patient = a.actor;
      a.actor = agent;
      if (patient && !patient->name.empty()) add_part(*patient);
      a.actor_is_topic = false;
      a.actor_token = i;
      break;
    }
  }

  // ---- participants, object, location: inside the clause, after the actor and before the trigger
  std::size_t from = cl.first;
  if (own_clause && found->token >= cl.first) from = found->token + 1;
  static constexpr std::string_view people_lemmas[] = {"만나다", "회동", "면담", "회담", "선임", "임명", "내정"};
  bool people_object = in(people_lemmas, hit.entry->lemma);
  bool dative_object = hit.entry->type == EventType::Visit || hit.entry->type == EventType::Cancellation ||
                       hit.entry->attend;
  std::optional<Span> object_span;
  std::optional<Span> dative_span, also_span;
  auto scan = [&](std::size_t b, std::size_t e, bool comitative_only) {
    for (std::size_t i = b; i < e; ++i) {
      const Token& t = toks[i];
      if (t.double_quoted || t.in_time) continue;
      Marker m = marker_of(t);
      const auto& sp = t.morph.nominal;
      // A trigger word can be an object (계약을 체결) but not a participant or a place.
      if (t.trigger && !same(m.particle, "을") && !same(m.particle, "를")) continue;
      if (m.np_before && i == 0) continue;
      std::string_view stem = m.np_before ? toks[i - 1].word : sp.stem;
      std::size_t end = m.np_before ? i - 1 : i;
      std::string_view p = m.particle;
      if (same(p, "의") && hit.entry->type == EventType::Appointment && !comitative_only) {
        // "가온모바일의 신임 대표로 선임됐다": the organisation appointing
        Entity org = entity_from_words({stem});
        if (org_like(org.name) || Aliases::builtin().known(org.name)) add_part(org);
        continue;
      }
      if (same(p, "와의") || same(p, "과의")) {
        Entity x = entity_from_words({stem});
        if (org_like(x.name) || Aliases::builtin().known(x.name)) add_part(x);
        continue;
      }
      if (same(p, "와") || same(p, "과") || same(p, "와는") || same(p, "과는") || same(p, "와도") ||
          same(p, "과도")) {
        // "X와 함께", "X와 각각"; not "X와의" (a modifier) nor nouns joined inside an object ("A와 B에 대한")
        // "머스크의 뉴럴링크와 경쟁하는 기업을 설립": the partner of a relative clause, not of the trigger
        if (i + 1 < e && !toks[i + 1].trigger && modifier_word(toks[i + 1])) continue;
        // "미국과 유럽에는": two places joined, not a partner
        if (i + 1 < e) {
          auto np = toks[i + 1].morph.nominal.particle;
          if (same(np, "에") || same(np, "에는") || same(np, "에서") || same(np, "에서는") || same(np, "에도") ||
              same(np, "으로") || same(np, "로"))
            continue;
        }
        if (i + 1 < toks.size()) {
          if (!toks[i + 1].comma_after && np_word(toks[i + 1], false) && i + 2 < e &&
              (starts_with(toks[i + 2].word, "대한") || starts_with(toks[i + 2].word, "관련")))
            continue;
        }
        for (auto& x : collect_list(end, stem, b)) add_part(x);
      } else if (comitative_only) {
        continue;
      } else if (same(p, "을") || same(p, "를")) {
        if (t.quoted && !t.closes_quote) continue;
        object_span = np_ending_at(toks, end, b, 5, stem);
        if (people_object)
          for (auto& x : collect_list(end, stem, b)) add_part(x);
      } else if (same(p, "에") && m.np_before && starts_with(t.word, "측")) {
        for (auto& x : collect_list(end, stem, b)) add_part(x);
      } else if (same(p, "에")) {
        dative_span = np_ending_at(toks, end, b, 6, stem);
        if (hit.entry->type == EventType::Investment) {
          // '스타게이트'라는 신규 회사에 -> 스타게이트
          std::size_t k = dative_span->last + 1;
          std::string name;
          for (std::size_t j = k; j-- > b && j + 6 > k;) {
            std::string w = strip_quotes(toks[j].word);
            if (ends_with(w, "라는")) {
              name = w.substr(0, w.size() - (ends_with(w, "이라는") ? 9 : 6));
              break;
            }
          }
          if (!name.empty()) add_part(Entity{canonical_name(name), "", "", false});
          else {
            Entity target = entity_from_words(span_words(toks, *dative_span));
            if (Aliases::builtin().known(target.name)) add_part(target);
          }
        }
      } else if (same(p, "에서") || same(p, "에서는") || same(p, "에서도")) {
        Span ls = np_ending_at(toks, end, b, 3, stem);
        a.location = strip_parens(span_text(s, toks, ls));
      } else if (same(p, "도")) {
        also_span = np_ending_at(toks, end, b, 4, stem);
      }
    }
  };
  // "X와 … 하기로 합의했다": the partner sits in the complement clause of a non-reporting trigger.
  if (ci > 0 && !hit.entry->report &&
      (clauses[ci - 1].end == ClauseEnd::Complement || clauses[ci - 1].end == ClauseEnd::Quote))
    scan(clauses[ci - 1].first, clauses[ci - 1].last + 1, true);
  scan(from, std::min(trig, cl.last + 1), false);
  if (!object_span) {
    // "연봉 등 세부 조건은 공개하지 않았다": a topic-marked information noun is the topicalised object.
    for (std::size_t i = cl.first; i < trig && i <= cl.last; ++i) {
      const Token& t = toks[i];
      const auto& sp = t.morph.nominal;
      if (t.in_time || t.double_quoted || t.trigger || !sp.only(morph::Case::Topic)) continue;
      bool built = (hit.entry->lemma == "착공" || hit.entry->lemma == "준공") && facility(strip_quotes(sp.stem));
      if (in(word_classes().info_nouns, strip_quotes(sp.stem)) || built) object_span = np_ending_at(toks, i, cl.first, 3, sp.stem);
    }
  }
  a.participants = parts;
  auto set_object = [&](const Span& sp) {
    std::string text = span_text(s, toks, sp);
    std::string plain;
    for (char c : text)
      if (c != '*') plain.push_back(c);
    a.object = plain;
    a.object_head = std::string(sp.head_stem);
    // "티저 사진 2장을": a count closes the phrase; the noun before it is the head
    if (!a.object_head.empty() && a.object_head[0] >= '0' && a.object_head[0] <= '9' && sp.first == sp.last &&
        sp.first > 0 && toks[sp.first - 1].morph.nominal.particle.empty() && !toks[sp.first - 1].in_time)
      a.object_head = std::string(toks[sp.first - 1].word);
  };
  auto is_amount = [](const Span& sp) {
    std::string_view h = sp.head_stem;
    return ends_with(h, "달러") || ends_with(h, "원") || ends_with(h, "엔") || ends_with(h, "유로");
  };
  if (object_span && is_amount(*object_span)) object_span.reset();
  if (!a.object.empty()) {
    // a passive subject already gave the object
  } else if (object_span && !people_object) set_object(*object_span);
  else if (dative_object && dative_span) set_object(*dative_span);
  else if (also_span && (hit.entry->type == EventType::Opening || hit.entry->type == EventType::Launch ||
                         hit.entry->type == EventType::Founding))
    set_object(*also_span);
  else if (object_span && people_object && a.participants.empty())
    set_object(*object_span);

  // ---- amount: a number with 억/조/만/천 and a currency, before the trigger in the clause
  for (std::size_t i = cl.first; i < trig && i <= cl.last; ++i) {
    std::string w = strip_parens(strip_quotes(toks[i].word));
    bool numeric = !w.empty() && ((w[0] >= '0' && w[0] <= '9') || starts_with(w, "수십") ||
                                  starts_with(w, "수백") || starts_with(w, "수천") || starts_with(w, "수조"));
    if (!numeric) continue;
    bool big = w.find("억") != std::string::npos || w.find("조") != std::string::npos ||
               w.find("만") != std::string::npos || w.find("천") != std::string::npos;
    static constexpr std::string_view cur[] = {"달러", "원", "엔", "유로", "위안", "파운드"};
    std::string amount;
    for (auto c : cur) {
      std::size_t at = w.find(c);
      if (at != std::string::npos && at > 0) {
        amount = w.substr(0, at + c.size());
        break;
      }
    }
    if (amount.empty() && big && i + 1 < toks.size()) {
      std::string n = strip_parens(strip_quotes(toks[i + 1].word));
      for (auto c : cur)
        if (starts_with(n, c)) {
          amount = w + " " + std::string(c);
          break;
        }
    }
    if (!amount.empty()) {
      a.amount = amount;
      break;
    }
  }
  return a;
}

}  // namespace yp::event::detail
