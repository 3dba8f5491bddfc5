// Tests for the particle reading of engine/morph/analyse.cpp: (word, stem, chain, tags, cases) tables with
// must-match and must-not-match rows for every rule of engine/morph/data/particles.tsv.
#include "morph/morph.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace yp::morph;

namespace {
std::string tags_of(const Nominal& n) {
  std::string s;
  for (std::size_t i = 0; i < n.count; ++i) {
    if (i) s += "+";
    s += tag_name(n.parts[i].tag);
  }
  return s;
}
}  // namespace

TEST_CASE("particle chains: stem, chain, tags and case", "[morph][particles]") {
  struct Row {
    std::string_view word, stem, particle, tags;
    Case c;
  };
  const Row rows[] = {
      {"삼성전자와", "삼성전자", "와", "JC", Case::Comitative},
      {"회사는", "회사", "는", "JX", Case::Topic},
      {"알트먼은", "알트먼", "은", "JX", Case::Topic},
      {"서울에서는", "서울", "에서는", "JKB+JX", Case::Locative},
      {"경주에서", "경주", "에서", "JKB", Case::Locative},
      {"정부에게도", "정부에게", "도", "JX", Case::Also},  // 에게도 is no row: the longest row is 도
      {"협력사에게는", "협력사", "에게는", "JKB+JX", Case::Dative},
      {"정부과의", "정부과", "의", "JKG", Case::Genitive},  // 과의 needs a consonant before it
      {"미국과의", "미국", "과의", "JC+JKG", Case::Comitative},
      {"계약을", "계약", "을", "JKO", Case::Object},
      {"회의를", "회의", "를", "JKO", Case::Object},
      {"노조가", "노조", "가", "JKS", Case::Subject},
      {"정부가", "정부", "가", "JKS", Case::Subject},
      {"대통령께서", "대통령", "께서", "JKS", Case::Honorific},
      {"최고경영자(CEO)가", "최고경영자(CEO)", "가", "JKS", Case::Subject},
      {"'서밋'에", "'서밋'", "에", "JKB", Case::Locative},
      {"부산으로", "부산", "으로", "JKB", Case::Instrumental},
      {"서울로", "서울로", "", "", Case::Instrumental},  // 로 is listed after a vowel only (the rule kept from the event layer)
      {"대표로서", "대표", "로서", "JKB", Case::As},
      {"10일까지", "10일", "까지", "JX", Case::Until},
      {"내일부터는", "내일", "부터는", "JX+JX", Case::From},
      {"계약도", "계약", "도", "JX", Case::Also},
      {"철도도", "철도", "도", "JX", Case::Also},
      {"대전도", "대전", "도", "JX", Case::Also},
      {"한국만", "한국", "만", "JX", Case::Only},
      {"기업이나", "기업", "이나", "JC", Case::Or},
      {"'누리'라는", "'누리'", "라는", "JKQ", Case::Quotative},
      {"국가의", "국가", "의", "JKG", Case::Genitive},
  };
  for (const auto& r : rows) {
    INFO(r.word);
    Nominal n = analyse_nominal(r.word);
    CHECK(n.stem == r.stem);
    CHECK(n.particle == r.particle);
    CHECK(tags_of(n) == r.tags);
    if (!r.particle.empty()) CHECK(n.has(r.c));
  }
}

TEST_CASE("only() is one plain particle of the case", "[morph][particles]") {
  CHECK(analyse_nominal("회사는").only(Case::Topic));
  CHECK_FALSE(analyse_nominal("서울에서는").only(Case::Topic));
  CHECK(analyse_nominal("노조가").only(Case::Subject));
  CHECK_FALSE(analyse_nominal("대통령께서").only(Case::Subject));  // honorific
  CHECK(analyse_nominal("국가의").only(Case::Genitive));
  CHECK_FALSE(analyse_nominal("미국과의").only(Case::Genitive));
}

TEST_CASE("no particle where the word is a noun or the sound forbids it", "[morph][particles]") {
  for (std::string_view w : {"사과", "결과", "국가", "한국와", "어린이", "경기도", "서해철도", "충북도", "경남도",
                             "아이", "이", "는", "도", "사이", "CEO", "", "의"}) {
    INFO(std::string(w));
    Nominal n = analyse_nominal(w);
    CHECK(n.empty());
    CHECK(n.stem == w);
  }
  // the same nouns with a particle after them still split
  CHECK(analyse_nominal("어린이가").stem == "어린이");
  CHECK(analyse_nominal("어린이가").particle == "가");
  CHECK(analyse_nominal("경기도는").stem == "경기도");
  CHECK(analyse_nominal("결과를").particle == "를");
}

TEST_CASE("a particle after a parenthesis sounds with the word before it", "[morph][particles]") {
  // 국토교통부(장관)는: 는 follows 부, not 관 (before: no particle, and the word read as a verb's -는)
  CHECK(analyse_nominal("국토교통부(장관)는").stem == "국토교통부(장관)");
  CHECK(analyse_nominal("국토교통부(장관)는").particle == "는");
  CHECK_FALSE(analyse("국토교통부(장관)는").prefers_predicate());
  CHECK(analyse_nominal("한빛전자(대표)가").particle == "가");
  // a parenthesis opened in an earlier word ("(대표 서승환)는"): the word before it is out of sight, any sound goes
  CHECK(analyse_nominal("서승환)는").particle == "는");
  CHECK(analyse_nominal("(이름))는").particle == "는");  // "컴투스(대표 (이름))는": the outer one opened earlier
  CHECK(analyse_nominal("X(대표(이름))는").particle == "는");
  // must not: without a parenthesis the sound still decides (관 takes 은, not 는)
  CHECK(analyse_nominal("장관는").particle.empty());
  CHECK(analyse_nominal("국토교통부(장관)은").particle == "은");  // the word inside is accepted too
}

TEST_CASE("a known noun before a shorter particle wins over a longer particle", "[morph][particles]") {
  // 성과는 is 성과 + 는 (before: 성 + 과는, "with 성"); lexical.tsv `word` rows
  CHECK(analyse_nominal("성과는").stem == "성과");
  CHECK(analyse_nominal("성과는").particle == "는");
  CHECK(analyse_nominal("학과는").stem == "학과");
  CHECK(analyse_nominal("효과가").stem == "효과");
  // must not: a name before 과는 stays comitative + topic
  CHECK(analyse_nominal("미국과는").stem == "미국");
  CHECK(analyse_nominal("미국과는").particle == "과는");
}
