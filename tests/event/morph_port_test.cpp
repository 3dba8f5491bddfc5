// Cross-check of the morph port (engine/morph) against the surface rules it replaced in engine/event: the old
// split_particle, clause_ending and news-present test, kept here verbatim as a naive reference, must agree with
// the ported code on every word of the event corpora and samples/. Used only by this test.
#include "event/internal.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace ref {
using namespace yp::event::detail;

struct Split {
  std::string_view stem;
  std::string_view particle;
};

namespace {
char32_t decode(std::string_view s, std::size_t pos, std::size_t* len) { return yp::morph::hangul::decode(s, pos, len); }
std::size_t syllables_of(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}
std::size_t char_len_at(std::string_view s, std::size_t pos) {
  std::size_t n = 1;
  decode(s, pos, &n);
  return n;
}
bool is_double_quote(char32_t c) { return c == U'"' || c == U'\u201C' || c == U'\u201D'; }
bool is_single_quote(char32_t c) { return c == U'\'' || c == U'\u2018' || c == U'\u2019'; }
}  // namespace

namespace {

struct Particle {
  std::string_view text;
  int needs;  // 0: any, 1: after a final consonant, 2: after a vowel
};

// Longest first. "에서/에게/까지/부터/의/도/만" attach to anything.
constexpr std::array<Particle, 45> kParticles{{
    {"에서부터", 0}, {"에서는", 0}, {"에서도", 0}, {"에서의", 0}, {"에게서", 0}, {"에게는", 0},
    {"으로서", 1},   {"으로는", 1}, {"으로도", 1}, {"까지는", 0}, {"부터는", 0}, {"에서", 0},
    {"에게", 0},     {"에는", 0},   {"에도", 0},   {"에선", 0},   {"와는", 2},   {"과는", 1},
    {"와의", 2},     {"과의", 1},   {"와도", 2},   {"과도", 1},   {"으로", 1},   {"로서", 2},
    {"로는", 2},     {"까지", 0},   {"부터", 0},   {"께서", 0},   {"이라는", 1}, {"라는", 2},
    {"이나", 1},     {"로", 2},     {"와", 2},     {"과", 1},     {"은", 1},     {"는", 2},
    {"이", 1},       {"가", 2},     {"을", 1},     {"를", 2},     {"의", 0},     {"에", 0},
    {"도", 0},       {"만", 0},       {"나", 2},
}};

// Nouns that merely end like a particle (결과, 국가, 아이 …) are not split.
constexpr std::array<std::string_view, 44> kNotParticle{{
    "결과", "효과", "성과", "사과", "초과", "통과", "학과", "부과", "경과", "국가",   "평가",  "전문가",
    "투자가", "증가", "추가", "주가", "대가", "작가", "사업가", "기업가", "정치가", "분석가", "원가", "물가",
    "시가", "같이", "아이", "차이", "사이", "나이", "높이", "깊이", "많이", "이", "가", "도", "만", "의",
    "는", "은", "어린이", "놀이", "길이", "넓이",
}};

// Nouns ending in the syllable 도 (so that 서해철도 노조 is not "서해철 + also"); a word ending in one of them
// is not split, while the particle after them still is (철도도 -> 철도 + 도).
bool noun_in_do(std::string_view word) {
  static constexpr std::string_view nouns[] = {"철도", "제도", "정도", "속도", "태도", "인도", "지도", "의도", "한도",
                                               "용도", "반도", "온도", "밀도", "각도", "고도", "수도", "강도", "빈도",
                                               "시도", "경기도", "강원도", "제주도", "독도", "울릉도", "충청도", "전라도",
                                               "경상도", "황해도", "평안도", "함경도", "보도", "매도", "신도", "영도"};
  for (auto n : nouns)
    if (ends_with(word, n)) return true;
  // 충북도, 경남도: a province's short name with 도
  static constexpr std::string_view provinces[] = {"강원", "경북", "경남", "전북", "전남", "충북", "충남", "경기", "제주"};
  for (auto p : provinces)
    if (word.size() == p.size() + 3 && starts_with(word, p)) return true;
  return false;
}

bool vowel_final(char32_t c) { return batchim(c) == 0; }
bool consonant_final(char32_t c) { return batchim(c) > 0; }

}  // namespace

Split split_particle(std::string_view word) {
  for (const auto& p : kParticles) {
    if (!ends_with(word, p.text) || word.size() == p.text.size()) continue;
    std::string_view stem = word.substr(0, word.size() - p.text.size());
    if (std::find(kNotParticle.begin(), kNotParticle.end(), word) != kNotParticle.end()) continue;
    if (p.text == "도" && noun_in_do(word)) continue;  // 서해철도, 경기도: the noun itself ends in 도
    // Strip a quote or bracket that closes the stem for the vowel/consonant test.
    std::string_view core = stem;
    while (!core.empty() && (core.back() == '\'' || core.back() == '"' || core.back() == ')'))
      core.remove_suffix(1);
    if (ends_with(core, "\u2019") || ends_with(core, "\u201D")) core.remove_suffix(3);
    char32_t c = last_char(core);
    auto fits = [&](char32_t ch) {
      return !(p.needs == 1 && is_hangul(ch) && !consonant_final(ch)) && !(p.needs == 2 && is_hangul(ch) && !vowel_final(ch));
    };
    // (2026-12-07, both sides: after a parenthesis the word before it decides, 국토교통부(장관)는; one opened in
    // an earlier word, 서승환)는, accepts any sound)
    bool paren = false;
    if (!stem.empty() && stem.back() == ')') {
      int depth = 0;
      paren = true;  // opened in an earlier word unless matched below
      for (std::size_t k = stem.size(); k-- > 0;) {
        if (stem[k] == ')') ++depth;
        else if (stem[k] == '(' && --depth == 0) {
          paren = k > 0 && fits(last_char(stem.substr(0, k)));
          break;
        }
      }
    }
    if (!fits(c) && !paren) continue;
    return {stem, p.text};
  }
  return {word, {}};
}

namespace {

std::string without_quotes(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (std::size_t p = 0; p < w.size();) {
    std::size_t n = char_len_at(w, p);
    char32_t c = decode(w, p, nullptr);
    if (!is_double_quote(c) && !is_single_quote(c)) out.append(w.substr(p, n));
    p += n;
  }
  return out;
}

// Converbs that act as postpositions (을 비롯해, 를 통해, 을 위해): they do not end a clause.
constexpr std::array<std::string_view, 24> kPostpositionConverbs{{
    "비롯해", "통해", "위해", "대해", "관해", "의해", "인해", "향해", "비해", "대비해", "더해",
    "위하여", "통하여", "대하여", "관하여", "의하여", "인하여", "비롯한", "위해서", "통해서", "포함해", "힘입어",
    "따르면", "의하면",  // WSJ에 따르면: a source, not a condition
}};

bool auxiliary_follows(std::string_view next) {
  static constexpr std::array<std::string_view, 12> prefixes{
      {"있", "왔", "줬", "놓", "버리", "버렸", "두고", "냈", "보였", "달라", "주겠", "주기"}};
  static constexpr std::array<std::string_view, 16> words{{"온", "오던", "온다", "오고", "오며", "와",
                                                           "준", "주고", "줄", "본", "보고", "봤다",
                                                           "낸", "내고", "가고", "갔다"}};
  for (auto p : prefixes)
    if (starts_with(next, p)) return true;
  for (auto w : words)
    if (next == w) return true;
  return false;
}

// Syllables before -고 that make it a verbal ending (하고, 되고, 맺고 …); ㅆ (했고, 있었고) always does.
bool verbal_before_go(char32_t c) {
  static constexpr std::u32string_view stems =
      U"하되않있없맺받찾주두오가지리우추내키르끌열알살들놓넣낮높밝늘줄잡쥐세갖맡치";
  return batchim(c) == 20 || stems.find(c) != std::u32string_view::npos;
}

}  // namespace

std::optional<ClauseEnd> clause_ending(std::string_view raw, std::string_view next_raw) {
  std::string w = without_quotes(raw);
  std::string next = without_quotes(next_raw);
  if (w.empty()) return std::nullopt;
  for (auto p : kPostpositionConverbs)
    if (w == p) return std::nullopt;
  for (std::string_view q : {"다고", "라고", "자고", "냐고", "다며", "라며", "다면서", "라면서"})
    if (ends_with(w, q)) return ClauseEnd::Quote;
  if (ends_with(w, "다면") || ends_with(w, "라면")) return ClauseEnd::Conditional;
  // -ㄹ/-ㄴ 경우 (성공할 경우 전북도는 …), also 이 경우, 최악의 경우: a condition. Not 경우에 따라, 경우가 많다.
  for (std::string_view n : {"경우", "경우에는", "경우엔", "경우에도"})
    if (w == n) return ClauseEnd::Conditional;
  if (ends_with(w, "면서")) return ClauseEnd::Connective;
  // 침수됨에 따라, 확대함에 따라: a nominalised clause of cause
  if (next == "따라" && ends_with(w, "에") && w.size() >= 9 && batchim(last_char(std::string_view(w).substr(0, w.size() - 3))) == 16)
    return ClauseEnd::Connective;
  if (ends_with(w, "기로") || ends_with(w, "키로")) {
    // 하기로 했다/합의했다/결정했다, 맺기로 뜻을 모았다: a decision follows. A noun in 기 with 로 (전기로 공장을,
    // 위기로, 계기로) is no complement.
    const std::string& n = next;
    static constexpr std::string_view deciders[] = {"했", "하", "한", "합의", "결정", "약속", "뜻", "의견", "방침",
                                                    "결의", "협의", "계약", "확정", "잠정", "최종", "내부"};
    bool decision = n.empty();
    for (auto d : deciders) decision = decision || starts_with(n, d);
    if (decision) return ClauseEnd::Complement;
  }
  if (ends_with(w, "면") && w.size() >= 6) {
    char32_t c = last_char(std::string_view(w).substr(0, w.size() - 3));
    static constexpr std::u32string_view cond = U"하되으다라나오가지리이르";
    if (cond.find(c) != std::u32string_view::npos) return ClauseEnd::Conditional;
  }
  if (ends_with(w, "지만") || ends_with(w, "는데") || ends_with(w, "은데") || ends_with(w, "인데") ||
      ends_with(w, "으나") || ends_with(w, "였으나"))
    return ClauseEnd::Contrast;
  if (ends_with(w, "거나")) return ClauseEnd::Connective;
  // -자 (when/as soon as): 예보되자, 발표하자, 커지자, 나오자 — three syllables or more, and not a noun in
  // 자 (투자, 관리자, 기자 end otherwise; 지지자 is excluded)
  for (std::string_view ja : {"되자", "하자", "지자", "오자", "나자", "서자", "히자", "르자"})
    if (ends_with(w, ja) && syllables_of(w) >= 3 && !ends_with(w, "지지자")) return ClauseEnd::Connective;
  if (w == "않자" || w == "없자" || w == "못하자") return ClauseEnd::Connective;  // 좁혀지지 않자: negated -자
  if (ends_with(w, "며") && w.size() >= 6) return ClauseEnd::Connective;
  if (ends_with(w, "고") && w.size() >= 6) {
    char32_t c = last_char(std::string_view(w).substr(0, w.size() - 3));
    if (verbal_before_go(c) && !starts_with(next, "있") && !starts_with(next, "싶") &&
        w != "최고" && w != "이라고")
      return ClauseEnd::Connective;
  }
  // 올해, 지난해, 새해, 이듬해: years, not the converb -해
  for (std::string_view year : {"올해", "지난해", "새해", "이듬해", "같은해", "한해", "전해", "첫해", "그해", "매해"})
    if (w == year || (ends_with(w, year) && syllables_of(w) == syllables_of(year) + 1 && year.size() > 3 &&
                      (year == "올해" || year == "지난해")))
      return std::nullopt;
  for (std::string_view v : {"해", "해서", "하여", "돼", "되어", "돼서", "되어서"}) {
    if (ends_with(w, v) && w.size() > v.size()) {
      if (auxiliary_follows(next) || starts_with(next, "야")) return std::nullopt;
      return ClauseEnd::Connective;
    }
  }
  return std::nullopt;
}


// polarity.cpp's news-present test on one word
bool nonpast(std::string w) {
  for (std::string_view tail : {"고", "며"})
    if (ends_with(w, std::string("다") + std::string(tail))) w.resize(w.size() - tail.size());
  if (!ends_with(w, "다")) return false;
  std::string_view stem = std::string_view(w).substr(0, w.size() - 3);
  char32_t c = last_char(stem);
  return c == U'\uB294' || batchim(c) == 4;
}
bool declarative_final(std::string w) {
  for (std::string_view tail : {"고", "며"})
    if (ends_with(w, std::string("다") + std::string(tail))) w.resize(w.size() - tail.size());
  return ends_with(w, "다");
}
}  // namespace ref

namespace {
std::vector<std::string> corpus_sentences() {
  std::vector<std::string> out;
  for (std::string f : {std::string(YP_CORPUS_DIR) + "/events_ko.tsv"}) {
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line))
      if (line.rfind("S\t", 0) == 0) out.push_back(line.substr(line.find('\t', 2) + 1));
  }
  for (const auto& e : std::filesystem::directory_iterator(YP_SAMPLES_DIR)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    std::string line;
    while (std::getline(in, line)) out.push_back(line);
  }
  return out;
}
}  // namespace

TEST_CASE("the morph port agrees with the surface rules it replaced on every corpus word", "[morph-port]") {
  using namespace yp::event::detail;
  std::size_t words = 0, particle_diff = 0, clause_diff = 0, present_diff = 0;
  for (const auto& s : corpus_sentences()) {
    auto toks = tokenize(s);
    for (std::size_t i = 0; i < toks.size(); ++i) {
      ++words;
      const auto& t = toks[i];
      auto old = ref::split_particle(t.word);
      if (old.stem != t.morph.nominal.stem || old.particle != t.morph.nominal.particle) {
        ++particle_diff;
        UNSCOPED_INFO("particle: " << std::string(t.word));
      }
      std::string_view next = i + 1 < toks.size() ? toks[i + 1].word : std::string_view();
      if (ref::clause_ending(t.word, next) != clause_ending(t.word, next)) {
        ++clause_diff;
        UNSCOPED_INFO("clause ending: " << std::string(t.word) << " / " << std::string(next));
      }
      std::string plain;
      for (char c : t.word)
        if (c != '\'' && c != '"') plain.push_back(c);
      auto p = yp::morph::analyse_predicate(plain);
      if (ref::nonpast(plain) != p.news_present || ref::declarative_final(plain) != p.declarative_final) {
        ++present_diff;
        UNSCOPED_INFO("present: " << plain);
      }
    }
  }
  CHECK(words > 15000);
  CHECK(particle_diff == 0);
  CHECK(clause_diff == 0);
  CHECK(present_diff == 0);
}
