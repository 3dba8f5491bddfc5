// Tests for engine/event/arguments.cpp: actor, appositions, participants, location, object, amount.
#include "event/internal.hpp"
#include "event/aliases.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

using namespace yp::event;
using namespace yp::event::detail;

namespace {
// Arguments of the first firing trigger whose lemma is `lemma`.
Arguments args_of(std::string_view s, std::string_view lemma) {
  auto toks = tokenize(s);
  auto hits = Lexicon::builtin().find(s, toks);
  for (const auto& h : hits)
    for (std::size_t t = h.first_token; t <= h.token; ++t) toks[t].trigger = true;
  auto clauses = split_clauses(toks, hits);
  for (const auto& h : hits)
    if (h.entry->lemma == lemma) return find_arguments(s, toks, clauses, clause_of(clauses, h.token), h);
  FAIL("no trigger " << lemma);
  return {};
}
std::vector<std::string_view> w(std::initializer_list<std::string_view> l) { return l; }
}  // namespace

TEST_CASE("appositions and titles are taken apart", "[arguments]") {
  Entity a = entity_from_words(w({"샘", "알트먼", "오픈AI", "최고경영자(CEO)"}));
  CHECK(a.name == "샘 알트먼");
  CHECK(a.affiliation == "오픈AI");
  CHECK(a.role == "CEO");
  Entity b = entity_from_words(w({"오픈AI", "최고경영자(CEO)", "샘", "알트만"}));
  CHECK(b.name == "샘 알트먼");
  CHECK(b.affiliation == "오픈AI");
  Entity c = entity_from_words(w({"정신아", "카카오", "대표"}));
  CHECK(c.name == "정신아");
  CHECK(c.affiliation == "카카오");
  Entity d = entity_from_words(w({"이", "대통령"}));
  CHECK(d.name == "이 대통령");
  Entity e = entity_from_words(w({"최태원", "대한상의", "회장", "겸", "SK그룹", "회장"}));
  CHECK(e.name == "최태원");
  CHECK(e.affiliation == "대한상공회의소");
  Entity f = entity_from_words(w({"독일", "총리"}));
  CHECK(f.name == "독일 총리");
  Entity g = entity_from_words(w({"외교부", "장관"}));
  CHECK(g.name == "외교부");
  Entity h = entity_from_words(w({"오픈AI", "측", "관계자들"}));
  CHECK(h.name == "오픈AI");
  Entity i = entity_from_words(w({"전기차", "충전", "업체", "에버차지"}));
  CHECK(i.name == "에버차지");
  CHECK(entity_from_words(w({"그"})).pronoun);
  CHECK(entity_from_words(w({"대표"})).pronoun);
  CHECK(is_title("최고경영자(CEO)"));
  CHECK_FALSE(is_title("시장"));  // market, not mayor
}

TEST_CASE("actor: nearest subject in the clause, else a topic before", "[arguments]") {
  auto a = args_of("샘 알트먼 오픈AI 최고경영자(CEO)가 경북 경주에서 열리는 'APEC CEO 서밋 코리아 2025'에 불참한다.",
                   "불참");
  REQUIRE(a.actor);
  CHECK(a.actor->name == "샘 알트먼");
  CHECK(a.actor->affiliation == "오픈AI");
  CHECK(a.actor->role == "CEO");
  CHECK(a.location == "경북 경주");
  CHECK(a.object == "'APEC CEO 서밋 코리아 2025'");

  auto b = args_of("오픈AI는 공식 자료를 통해 알트먼 대표가 서밋에 참석하지 않는다고 24일 밝혔다.", "밝히다");
  REQUIRE(b.actor);
  CHECK(b.actor->name == "오픈AI");
  auto c = args_of("오픈AI는 공식 자료를 통해 알트먼 대표가 서밋에 참석하지 않는다고 24일 밝혔다.", "참석");
  REQUIRE(c.actor);
  CHECK(c.actor->name == "샘 알트먼");

  auto d = args_of("당시 오픈AI는 삼성전자와 계약을 체결했고, 과기정통부와 함께 합의했다.", "합의");
  REQUIRE(d.actor);
  CHECK(d.actor->name == "오픈AI");
  CHECK(d.participants == std::vector<std::string>{"과학기술정보통신부"});
}

TEST_CASE("participants: lists with 와/과, 및, 등, 측에, and the people met", "[arguments]") {
  auto a = args_of("당시 오픈AI는 삼성전자, SK하이닉스와 각각 디램(DRAM) 웨이퍼 공급 계약을 체결했다.", "체결");
  CHECK(a.participants == std::vector<std::string>{"삼성전자", "SK하이닉스"});
  CHECK(a.object == "디램(DRAM) 웨이퍼 공급 계약");

  auto b = args_of("또 지난 1일 한국을 찾아 이 대통령을 비롯해 배경훈 과학기술정보통신부 장관, 이재용 회장, 이준표 SBVA 대표 등을 만난 바 있다.",
                   "만나다");
  CHECK(b.participants == std::vector<std::string>{"이 대통령", "배경훈", "이재용", "이준표"});
  CHECK_FALSE(b.actor);  // dropped subject: the extractor carries the topic

  auto c = args_of("알트만은 올여름 로켓 제조업체인 스톡 스페이스(Stoke Space) 측에 접촉했다.", "접촉");
  CHECK(c.participants == std::vector<std::string>{"스톡 스페이스"});

  auto d = args_of("알트만은 9~10월 오라클, 엔비디아, AMD 등과 협력 계획을 발표했다.", "발표");
  CHECK(d.participants == std::vector<std::string>{"오라클", "엔비디아", "AMD"});
  CHECK(d.object == "협력 계획");

  // coordinated subjects: the first is the actor
  auto e = args_of("세진배터리와 전북도는 12일 업무협약을 맺었다.", "맺다");
  REQUIRE(e.actor);
  CHECK(e.actor->name == "세진배터리");
  CHECK(e.participants == std::vector<std::string>{"전북도"});

  // a description joined by 와 is not a participant
  auto f = args_of("오픈AI는 AI 데이터센터와 AI 솔루션 사업에 대한 협력을 논의했다.", "논의");
  CHECK(f.participants.empty());
}

TEST_CASE("object, quoted titles, investment targets and amounts", "[arguments]") {
  auto a = args_of("오픈AI는 지난 23일 '한국에서의 AI : 오픈AI의 경제 청사진' 보고서를 발표했다.", "발표");
  CHECK(a.object == "'한국에서의 AI : 오픈AI의 경제 청사진' 보고서");
  auto b = args_of("올해 초 오픈AI는 소프트뱅크와 함께 '스타게이트(Stargate)'라는 신규 데이터센터 회사에 180억 달러를 투자하기로 약속했다.",
                   "투자");
  CHECK(b.participants == std::vector<std::string>{"소프트뱅크", "스타게이트"});
  CHECK(b.amount == "180억 달러");
  CHECK(b.object.empty());  // the amount is not what was invested in
  auto c = args_of("지난 달에는 한국 사무소도 공식 개소했다.", "개소");
  CHECK(c.object == "한국 사무소");
  CHECK_FALSE(c.actor);
}

TEST_CASE("passive subjects are what happened, their owners act", "[arguments]") {
  auto a = args_of("미래은행과 새빛은행의 합병이 지난달 무산됐다.", "무산");
  REQUIRE(a.actor);
  CHECK(a.actor->name == "미래은행");
  CHECK(a.participants == std::vector<std::string>{"새빛은행"});
  auto b = args_of("경기가 태풍으로 취소됐다.", "취소");
  CHECK_FALSE(b.actor);
  CHECK(b.passive);
  CHECK(b.object == "경기");
  auto c = args_of("누리칩스는 2019년 판교에서 설립됐다.", "설립");
  REQUIRE(c.actor);
  CHECK(c.actor->name == "누리칩스");
}

TEST_CASE("sentence topic: entities only", "[arguments]") {
  auto t1 = tokenize("하지만 알트먼 CEO는 한국 시장에 공을 들이고 있다.");
  auto a = sentence_topic("", t1);
  REQUIRE(a);
  CHECK(a->name == "샘 알트먼");
  auto t2 = tokenize("이 서밋은 아시아 최대 규모의 포럼이다.");
  CHECK_FALSE(sentence_topic("", t2));
  auto t3 = tokenize("경주에서 열리는 행사에 참석한다.");
  CHECK_FALSE(sentence_topic("", t3));
}

TEST_CASE("a copula apposition (…업체인 X) names X, known or not", "[arguments]") {
  // 최소 N곳의 X업체인 Y 측에: Y is the party, the description before it is not part of the name
  auto a = args_of("알트먼은 지난봄 최소 두 곳의 배터리 제조업체인 에버차지 측에 접촉했다.", "접촉");
  CHECK(a.participants == std::vector<std::string>{"에버차지"});
  auto b = args_of("김 대표는 올가을 반도체 설계 회사인 한빛칩스와 만났다.", "만나다");
  CHECK(b.participants == std::vector<std::string>{"한빛칩스"});
  // must not match: a bare 기업인 (businessperson) is not an apposition, and generic groups stay out
  auto c = args_of("알트먼은 지난봄 국내 기업인들과 만났다.", "만나다");
  CHECK(c.participants.empty());
}

TEST_CASE("titles 행장, 씨, 감독 and leading occupations are dropped from a person's name", "[arguments]") {
  CHECK(entity_from_words(w({"미래은행", "이서진", "행장"})).name == "이서진");
  CHECK(entity_from_words(w({"미래은행", "이서진", "행장"})).affiliation == "미래은행");
  CHECK(entity_from_words(w({"오태식", "씨"})).name == "오태식");
  CHECK(entity_from_words(w({"누리칩스", "창업자", "오태식", "씨"})).name == "오태식");
  CHECK(entity_from_words(w({"누리칩스", "창업자", "오태식", "씨"})).affiliation == "누리칩스");
  CHECK(entity_from_words(w({"김태호", "국가대표팀", "감독"})).name == "김태호");
  CHECK(entity_from_words(w({"가수", "윤서아", "씨"})).name == "윤서아");
  CHECK(entity_from_words(w({"프로축구", "서울FC"})).name == "서울FC");
  // must not match: a name that merely starts with a title or occupation word is kept whole
  CHECK(entity_from_words(w({"씨젠"})).name == "씨젠");
  CHECK(entity_from_words(w({"가수협회"})).name == "가수협회");
  CHECK(entity_from_words(w({"감독원"})).name == "감독원");
  CHECK(entity_from_words(w({"프로축구연맹"})).name == "프로축구연맹");
}

TEST_CASE("adverbial nouns (자진, 무기한) are not relative-clause verbs", "[arguments]") {
  CHECK_FALSE(modifier_word("자진"));
  CHECK_FALSE(modifier_word("무기한"));
  // must still match: real modifiers
  CHECK(modifier_word("체결한"));
  CHECK(modifier_word("발견된"));
  CHECK(modifier_word("세운"));
  CHECK(modifier_word("마신"));    // a hunspell-ko stem + fused ㄴ
  CHECK(modifier_word("있다는"));  // the quoting modifier -다는
  CHECK_FALSE(modifier_word("부친"));  // a noun spelled like 부치 + ㄴ
  CHECK_FALSE(modifier_word("바다는"));
}

TEST_CASE("a compound office title (기획조정실장, 미술관장) after a name is a title, and 전임/신임 before a name drop",
          "[arguments]") {
  std::string role;
  CHECK(is_title("기획조정실장", &role));
  CHECK(role == "실장");
  CHECK(is_title("서울시립미술관장"));
  CHECK(is_title("경찰청장"));
  CHECK(is_title("관장"));
  CHECK(is_title("차관보"));
  CHECK(entity_from_words(w({"정다은", "기획조정실장"})).name == "정다은");
  CHECK(entity_from_words(w({"한서윤", "전", "서울시립미술관장"})).name == "한서윤");
  Entity o = entity_from_words(w({"전임", "오진우", "관장"}));
  CHECK(o.name == "오진우");
  CHECK(o.affiliation.empty());
  // must not match: places that end like a title (exhibition hall, construction site, parking lot)
  CHECK_FALSE(is_title("전시회장"));
  CHECK_FALSE(is_title("건설공사장"));
  CHECK_FALSE(is_title("주차장"));
  CHECK_FALSE(is_title("공장"));
  CHECK(entity_from_words(w({"전임", "회장"})).pronoun);  // a title alone still refers back
}

TEST_CASE("a foreign name of several words keeps all of them, and the title after it drops", "[arguments]") {
  CHECK(entity_from_words(w({"마르쿠스", "베버", "회장"})).name == "마르쿠스 베버");
  auto a = args_of("독일 화학기업 바스텍의 마르쿠스 베버 회장이 다음 달 방한해 개소식에 참석한다.", "방한");
  REQUIRE(a.actor);
  CHECK(a.actor->name == "마르쿠스 베버");
  auto b = args_of("미국 팝스타 제나 로즈가 서울에서 열 예정이던 공연을 건강 문제로 전격 취소했다.", "취소");
  REQUIRE(b.actor);
  CHECK(b.actor->name == "제나 로즈");
  // must not match: offices named by a country or body, descriptions, and "X나 Y" (X or Y)
  CHECK(entity_from_words(w({"독일", "총리"})).name == "독일 총리");
  CHECK(entity_from_words(w({"한국", "정부", "대변인"})).name == "한국 정부");  // the spokesperson speaks for it
  CHECK(entity_from_words(w({"국내", "기업", "대표"})).name != "국내 기업");
  auto c = args_of("카카오나 네이버가 내년 신제품을 출시한다.", "출시");
  REQUIRE(c.actor);
  CHECK(c.actor->name == "네이버");
}

TEST_CASE("a country, field or occupation before a name is descriptive, and offices keep the country",
          "[arguments]") {
  CHECK(entity_from_words(w({"일본", "니혼게이자이신문"})).name == "니혼게이자이신문");
  CHECK(entity_from_words(w({"미국", "팝스타", "제나", "로즈"})).name == "제나 로즈");
  CHECK(entity_from_words(w({"프로야구", "한강", "레이더스"})).name == "한강 레이더스");
  CHECK(entity_from_words(w({"골프선수", "이수아"})).name == "이수아");
  // must not match: heads of state by title, a country's government, one-word names
  CHECK(entity_from_words(w({"미국", "대통령"})).name == "미국 대통령");
  CHECK(entity_from_words(w({"일본", "총리"})).name == "일본 총리");
  CHECK(entity_from_words(w({"일본", "정부"})).name == "일본 정부");
  CHECK(entity_from_words(w({"선수협회"})).name == "선수협회");
  CHECK(entity_from_words(w({"프로야구선수협회"})).name == "프로야구선수협회");
}

TEST_CASE("an unnamed officer of an organisation (X의 CEO) is the organisation", "[arguments]") {
  auto a = args_of("로이터통신은 3일 미국 반도체 장비업체 에이팩스의 최고경영자(CEO)가 이달 말 사임할 것이라고 보도했다.",
                   "사임");
  REQUIRE(a.actor);
  CHECK(a.actor->name == "에이팩스");
  // must not match: the owner is itself a pronoun, or a named person's title
  auto b = args_of("회사의 대표가 지난달 사임했다.", "사임");
  CHECK((!b.actor || b.actor->pronoun));
  auto c = args_of("누리칩스의 오태식 대표가 지난달 사임했다.", "사임");
  REQUIRE(c.actor);
  CHECK(c.actor->name == "오태식");
}

TEST_CASE("a modifier phrase (방미 중인) or a clause noun (경우, 뒤) is not part of the next noun phrase",
          "[arguments]") {
  auto a = args_of("방미 중인 이 대통령은 25일 워싱턴에서 미국 대통령과 정상회담을 열고 협력 기금을 조성하기로 합의했다.",
                   "회담");
  REQUIRE(a.actor);
  CHECK(a.actor->name == "이 대통령");
  auto b = args_of("2036년 하계올림픽 유치에 성공할 경우 전북도는 2030년 전주에 선수촌을 착공할 계획이다.", "착공");
  REQUIRE(b.actor);
  CHECK(b.actor->name == "전북도");
  // must not match: words that only start like a clause noun stay in the phrase
  auto c = args_of("이 회사는 뒤셀도르프 사무소를 지난달 개소했다.", "개소");
  CHECK(c.object == "뒤셀도르프 사무소");
}

TEST_CASE("a topic-marked information noun (세부 조건은) is the object, not the actor", "[arguments]") {
  auto a = args_of("계약 기간은 3년이며 연봉 등 세부 조건은 공개하지 않았다.", "공개");
  CHECK_FALSE(a.actor);
  CHECK(a.object_head == "조건");
  // must not match: an organisation as topic stays the actor; an object with 을/를 stays the object
  auto b = args_of("한강 레이더스는 세부 조건을 공개하지 않았다.", "공개");
  REQUIRE(b.actor);
  CHECK(b.actor->name == "한강 레이더스");
  CHECK(b.object == "세부 조건");
  auto t = tokenize("세부 조건은 구단이 밝히지 않았다.");
  CHECK_FALSE(sentence_topic("", t));  // no entity is the sentence's topic
  auto t2 = tokenize("가격은 한빛전자는 공개하지 않았다.");
  REQUIRE(sentence_topic("", t2));
  CHECK(sentence_topic("", t2)->name == "한빛전자");
  // an information noun subject of a connective clause does not act in the next one
  auto c = args_of("천문연구원은 점검 일정이 늦어지면서 협약을 다음 달로 미뤘다.", "협약");
  CHECK((!c.actor || c.actor->name == "천문연구원"));
  auto d = args_of("오픈AI는 정신아 대표가 김 회장을 만나 협력을 논의했다고 밝혔다.", "논의");
  REQUIRE(d.actor);
  CHECK(d.actor->name == "정신아");
}

TEST_CASE("a passive cancellation shares the subject of its connective clause (A와 B의 협상이 … 무산됐다)",
          "[arguments]") {
  auto a = args_of("신성제지와 동원팩의 합병 협상이 지난 13일 이견을 좁히지 못해 끝내 무산됐다.", "무산");
  REQUIRE(a.actor);
  CHECK(a.actor->name == "신성제지");
  CHECK(a.participants == std::vector<std::string>{"동원팩"});
  // must not match: a subject that is no event noun names no owner
  auto b = args_of("비가 많이 내려 행사가 결국 취소됐다.", "취소");
  CHECK_FALSE(b.actor);
}

TEST_CASE("an unnamed head of a body written as one word (금융위원장, 전북도지사) is the body", "[arguments]") {
  CHECK(entity_from_words(w({"금융위원장"})).name == "금융위원회");
  CHECK(entity_from_words(w({"전북도지사"})).name == "전북도");
  CHECK(entity_from_words(w({"강릉시장"})).name == "강릉시");
  CHECK(entity_from_words(w({"경찰청장"})).name == "경찰청");
  CHECK(entity_from_words(w({"새빛은행장"})).name == "새빛은행");
  CHECK(entity_from_words(w({"서울시립미술관장"})).name == "서울시립미술관");
  auto a = args_of("이날 준공식에는 전북도지사와 세진배터리 임직원 300여 명이 참석했다.", "참석");
  REQUIRE(a.actor);
  CHECK(a.actor->name == "전북도");
  // must not match: a named holder is the person; plain titles refer back; a plural is a generic group;
  // 사무총장 heads no body called 사무총
  CHECK(entity_from_words(w({"김도현", "강릉시장"})).name == "김도현");
  CHECK(entity_from_words(w({"회장"})).pronoun);
  CHECK(entity_from_words(w({"원장"})).pronoun);
  CHECK(entity_from_words(w({"사무총장"})).name != "사무총");
  CHECK(entity_from_words(w({"시중은행장들"})).name != "시중은행");
  CHECK_FALSE(is_title("주식시장"));  // markets, not mayors
  CHECK_FALSE(is_title("전통시장"));
  CHECK(entity_from_words(w({"주식시장"})).name == "주식시장");
}

TEST_CASE("a bare 시는/군은 is a topic, and a generic source (업계) acts only in statements and reports",
          "[arguments]") {
  auto a = args_of("태풍이 북상하자 시는 전날 긴급 회의를 열고 행사 취소를 결정했다.", "열다");
  REQUIRE(a.actor);
  CHECK(a.actor->name == "시");  // the extractor resolves it to the city named before
  auto b = args_of("업계는 이번 인수가 성사되면 업계 재편이 빨라질 것으로 보고 있다.", "인수");
  CHECK((!b.actor || b.actor->name != "업계"));
  // must not match: a verb's modifier 도는 is no topic; 업계 still reports and states
  auto c = args_of("궤도를 도는 위성이 지난달 발사됐다.", "발사");
  CHECK((!c.actor || c.actor->name != "도"));
  auto d = args_of("업계는 이번 인수가 시장을 바꿀 것이라고 분석했다.", "분석");
  REQUIRE(d.actor);
  CHECK(d.actor->name == "업계");
}

TEST_CASE("a topic-marked building (2공장은) is what 착공/준공 builds, not the builder", "[arguments]") {
  auto a = args_of("2공장은 내년 하반기 착공한다.", "착공");
  CHECK_FALSE(a.actor);
  CHECK(a.object == "2공장");
  // must not match: a company as topic builds; a building as topic of other predicates is kept
  auto b = args_of("세진배터리는 내년 하반기 2공장을 착공한다.", "착공");
  REQUIRE(b.actor);
  CHECK(b.actor->name == "세진배터리");
  auto c = args_of("한빛물류센터는 지난달 세진배터리와 계약을 맺었다.", "계약");
  REQUIRE(c.actor);
  CHECK(c.actor->name == "한빛물류센터");
}

TEST_CASE("researchers, funds and the current holder of a title (batch 7-8 misses)", "[arguments]") {
  Entity a = entity_from_words(w({"김하늘", "한결증권", "연구원"}));
  CHECK(a.name == "김하늘");
  CHECK(a.affiliation == "한결증권");
  // must not match: an institute whose name ends like the title stays an organisation
  Entity b = entity_from_words(w({"한국천문연구원"}));
  CHECK(b.name == "한국천문연구원");
  CHECK(b.role.empty());
  Entity c = entity_from_words(w({"홍콩계", "사모펀드", "하버라인캐피탈"}));
  CHECK(c.name == "하버라인캐피탈");
  Entity d = entity_from_words(w({"임동수", "현", "회장"}));
  CHECK(d.name == "임동수");
}

TEST_CASE("entity_from_words and is_title are memoised and forget what they knew when the aliases change", "[arguments]") {
  // A made-up name: not in the built-in table until this test adds an alias for it.
  const std::vector<std::string_view> words = {"메모리테스트상사"};
  Entity before = entity_from_words(words);
  CHECK(before.name == "메모리테스트상사");
  CHECK(entity_from_words(words).name == before.name);  // from the memo
  std::string role;
  CHECK(is_title("회장", &role));
  std::string again;
  CHECK(is_title("회장", &again));  // from the memo: the role is written too
  CHECK(again == role);
  std::string untouched = "x";
  CHECK_FALSE(is_title("메모리테스트상사", &untouched));
  CHECK(untouched == "x");
  const auto g = Aliases::generation();
  REQUIRE(Aliases::builtin().add_tsv("메모리시험그룹\t메모리테스트상사\n", "memo-test.tsv").ok());
  CHECK(Aliases::generation() != g);
  CHECK(entity_from_words(words).name == "메모리시험그룹");  // recomputed with the new alias
}

TEST_CASE("a finite predicate before 는 is the quoting modifier -다는, no topic or subject", "[arguments]") {
  // must not: the -다는 form of a verb (past, -는다, 하다/되다, -겠-)
  // (and a dictionary stem + 다, or a one-syllable predicate stem + 다: 어렵다는, 있다는, 많다는)
  for (std::string_view word : {"준비했다", "근무하다", "인증한다", "삼는다", "막겠다", "송금한다", "어렵다", "있다",
                                "많다"}) {
    INFO(word);
    CHECK(finite_predicate(word));
  }
  // must: names that end like 다 (a bare stem + 다, a fused -ㄴ다), and nouns
  for (std::string_view word : {"헝다", "로사다", "페르난다", "우간다", "기획재정부", "바다"}) {
    INFO(word);
    CHECK_FALSE(finite_predicate(word));
  }
  Arguments a = args_of("푸틴 대통령은 일부 사람들이 준비했다는 정보도 입수했다고 밝혔다.", "밝히다");
  REQUIRE(a.actor);
  CHECK(a.actor->name == "푸틴");
  CHECK(a.actor->role == "대통령");
}

TEST_CASE("person_name by length and a surname table says what the scan of every syllable said", "[arguments]") {
  std::size_t words = 0, names = 0, differ = 0;
  auto compare = [&](std::string_view w) {
    ++words;
    const bool fast = person_name(w);
    names += fast;
    if (fast != person_name_by_scan(w)) {
      ++differ;
      UNSCOPED_INFO(w);
    }
  };
  // every word (and every stem) of the events corpus, and the words that must not be names
  std::ifstream in(std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::ios::binary);
  for (std::string l; std::getline(in, l);)
    for (const auto& t : tokenize(l)) {
      compare(t.word);
      compare(t.morph.nominal.stem);
    }
  for (std::string_view w : {"", "김", "김철", "김철수", "김철수씨", "정신아", "이준표", "임직원", "서울시", "관계자",
                             "박물관", "최고경영", "가나다", "Kim", "김a수", "김철\xec\x88", "\xea\xb9\x80\xec\x9d\xb4\xff"})
    compare(w);
  // random nine-byte and shorter strings of syllables, surname or not, and bytes that decode oddly (overlong
  // four-byte leads, stray continuation bytes, truncated syllables)
  std::uint64_t state = 0x2545F4914F6CDD1DULL;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const std::string pieces[] = {"김", "이", "박", "정", "철", "수", "시", "회", "가", "힣", "a", "\xf0\x8a\xb0\x80",
                                "\x80", "\xea\xb0", "\xc3\xa9", "\xe4\xb8\xad"};
  for (int n = 0; n < 50000; ++n) {
    std::string w;
    const auto len = next() % 4 + 1;
    for (std::size_t k = 0; k < len; ++k) w += pieces[next() % std::size(pieces)];
    compare(w);
  }
  CHECK(differ == 0);
  CHECK(words > 60000);
  CHECK(names > 500);
}

TEST_CASE("modifier_word and the clause ending of a token, from its own analysis, answer what its word answers", "[arguments]") {
  std::size_t tokens = 0, modifiers = 0, endings = 0, differ = 0;
  auto compare_line = [&](const std::string& l) {
    for (const Token& t : tokenize(l)) {
      ++tokens;
      const bool m = modifier_word(t);
      modifiers += m;
      if (m != modifier_word(t.word)) {
        ++differ;
        UNSCOPED_INFO("modifier_word: " << t.word);
      }
      if (!no_quote_bytes(t.word)) continue;  // (np_word reads the token's ending only for a word without quotes)
      const auto e = clause_ending_of(t.word, t.morph.predicate, "");
      endings += e.has_value();
      if (e != clause_ending(t.word, "")) {
        ++differ;
        UNSCOPED_INFO("clause ending: " << t.word);
      }
    }
  };
  for (const std::string& path : {std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::string(YP_CORPUS_DIR) + "/time_ko.tsv",
                                 std::string(YP_SAMPLES_DIR) + "/2025-10-24-altman-apec.txt",
                                 std::string(YP_SAMPLES_DIR) + "/2026-03-03-ceo-appointment.txt"}) {
    std::ifstream in(path, std::ios::binary);
    for (std::string l; std::getline(in, l);) compare_line(l);
  }
  CHECK(differ == 0);
  CHECK(tokens > 10000);
  CHECK(modifiers > 100);
  CHECK(endings > 100);
}

TEST_CASE("np_word memoised by the word answers what np_word_uncached answers, flags included", "[arguments]") {
  std::size_t tokens = 0, yes = 0, differ = 0;
  auto compare_line = [&](const std::string& l) {
    auto toks = tokenize(l);
    // the extractor marks words inside temporal expressions and the trigger words; vary the flags too
    for (std::size_t i = 0; i < toks.size(); ++i) {
      Token t = toks[i];
      for (int flags = 0; flags < 8; ++flags) {
        t.in_time = flags & 1;
        t.quoted = (flags & 2) ? !toks[i].quoted : toks[i].quoted;
        t.double_quoted = (flags & 4) ? !toks[i].double_quoted : toks[i].double_quoted;
        for (bool allow : {false, true}) {
          ++tokens;
          const bool a = np_word(t, allow);
          yes += a;
          // twice: the second answer comes from the memo
          if (a != np_word_uncached(t, allow) || np_word(t, allow) != a) {
            ++differ;
            UNSCOPED_INFO(t.word);
          }
        }
      }
    }
  };
  for (const std::string& path : {std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::string(YP_CORPUS_DIR) + "/time_ko.tsv",
                                 std::string(YP_SAMPLES_DIR) + "/2025-10-24-altman-apec.txt",
                                 std::string(YP_SAMPLES_DIR) + "/2026-03-03-ceo-appointment.txt"}) {
    std::ifstream in(path, std::ios::binary);
    for (std::string l; std::getline(in, l);) compare_line(l);
  }
  // after the aliases change, the memo does not answer from before: a new alias is a noun-phrase word
  Token t = tokenize("가나다라마바사하는")[0];
  const bool before = np_word(t, false);
  auto& al = yp::event::Aliases::builtin();
  REQUIRE(al.add_tsv("가나다라마바사하는 주식회사\t가나다라마바사하는\n", "test.tsv").ok());
  CHECK(np_word(t, false) == np_word_uncached(t, false));
  CHECK(np_word_uncached(t, false));
  CHECK_FALSE(before);
  CHECK(differ == 0);
  CHECK(tokens > 100000);
  CHECK(yes > 10000);
}

TEST_CASE("strip_quotes, strip_parens and plain copy a word with nothing to remove whole: the same as by character", "[arguments]") {
  std::vector<std::string> words = {"", " ", "a", "'", "\"", "(", ")", "()", "a b", " a ", "a  b", "(주)삼성", "삼성전자(주)",
                                    "최고경영자(CEO)", "((a)b)c", "a)b(c", "‘인용’", "“따옴표”", "\xe2\x80", "\xe2\x80\x98",
                                    "\xe2\x82\xac", "…", "it's", "“APEC 2025”에", "한국 (서울) 지사", "x(y", "a b ", " a b", "가 나  다", "가 나 다"};
  std::ifstream in(std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::ios::binary);
  for (std::string l; std::getline(in, l);) {
    words.push_back(l.substr(0, 60));
    for (const auto& t : tokenize(l)) words.emplace_back(std::string_view(l).substr(t.begin, t.end - t.begin));
  }
  std::size_t differ = 0, whole = 0;
  for (const auto& w : words) {
    if (strip_quotes(w) != strip_quotes_by_char(w) || plain(w) != plain_by_char(w)) ++differ;
    for (const std::string& start : {std::string(), std::string("앞의 풀이")}) {
      std::string g1 = start, g2 = start;
      if (strip_parens(w, &g1) != strip_parens_by_char(w, &g2) || g1 != g2) ++differ;
    }
    if (strip_parens(w) != strip_parens_by_char(w)) ++differ;
    whole += strip_parens(w) == w;
  }
  CHECK(differ == 0);
  CHECK(words.size() > 10000);
  CHECK(whole > 5000);
}
