// Tests for engine/event/lexicon.cpp: the trigger table, surface forms, and what must not fire.
#include "event/internal.hpp"

#include "core/data.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

using namespace yp::event;
using namespace yp::event::detail;

namespace {
struct Found {
  std::string lemma;
  EventType type;
  Use use;
  std::string rest;
};
std::vector<Found> find(std::string_view s) {
  auto toks = tokenize(s);
  std::vector<Found> out;
  for (const auto& h : Lexicon::builtin().find(s, toks))
    out.push_back({h.entry->lemma, h.entry->type, h.use, std::string(h.rest)});
  return out;
}
bool fires(std::string_view s, std::string_view lemma, Use use = Use::Predicate) {
  for (const auto& f : find(s))
    if (f.lemma == lemma && f.use == use) return true;
  return false;
}
}  // namespace

TEST_CASE("the built-in trigger table parses", "[lexicon]") {
  auto tsv = yp::data::lookup("event/data/triggers.tsv");
  REQUIRE(tsv);
  auto lex = Lexicon::parse(*tsv, "triggers.tsv");
  INFO((lex ? std::string() : lex.error().what()));
  REQUIRE(lex.ok());
  CHECK(lex.value().entries().size() > 80);
  CHECK(Lexicon::builtin().entries().size() == lex.value().entries().size());
}

TEST_CASE("bad trigger tables fail with the line", "[lexicon]") {
  auto r = Lexicon::parse("visit\t방문\tnoun\t-\t방문\nvisiting\t찾다\tverb\t-\t찾았\n", "t.tsv");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().line == 2);
  CHECK(r.error().message.find("visiting") != std::string::npos);
  auto r2 = Lexicon::parse("visit\t방문\tadverb\t-\t방문\n", "t.tsv");
  REQUIRE_FALSE(r2.ok());
  auto r3 = Lexicon::parse("visit\t방문\tnoun\tloud\t방문\n", "t.tsv");
  REQUIRE_FALSE(r3.ok());
  auto r4 = Lexicon::parse("visit\t방문\tnoun\t-\n", "t.tsv");
  REQUIRE_FALSE(r4.ok());
}

TEST_CASE("verb surfaces and verbal nouns with their conjugations fire", "[lexicon]") {
  CHECK(fires("그는 한국을 방문했다.", "방문"));
  CHECK(fires("지난 2월 방한해 회장들을 만났다.", "방한"));
  CHECK(fires("한국을 찾아 장관을 만났다.", "찾다"));
  CHECK(fires("이미 두 번 한국을 찾았던 데다", "찾다"));
  CHECK(fires("장관을 만난 바 있다.", "만나다"));
  CHECK(fires("로켓 기업 측에 접촉했으며", "접촉"));
  CHECK(fires("서밋에 불참한다.", "불참"));
  CHECK(fires("투자하기로 약속했다.", "투자"));
  CHECK(find("양측은 협력키로 했다.").empty());
  CHECK(fires("경보를 발령했다.", "발령"));
  CHECK(fires("계획을 밝혔다.", "밝히다"));
  CHECK(fires("공급 계약을 맺고", "맺다"));
  CHECK(fires("한국 사무소를 개소했다.", "개소"));
  CHECK(fires("두 회사가 합병된다.", "합병"));
}

TEST_CASE("compounds: a trigger may close a compound but never opens one", "[lexicon]") {
  CHECK(fires("양측은 업무협약을 맺었다.", "협약", Use::Object));
  CHECK(fires("두 회사는 공급계약을 체결했다.", "계약", Use::Object));
  CHECK(fires("두 정상은 정상회담을 가졌다.", "회담", Use::Object));
  // 발표자, 방문객, 투자자, 설립자, 회의적인, 보도자료: not events
  CHECK(find("발표자는 준비를 마쳤다.").empty());
  CHECK(find("방문객이 늘었다.").empty());
  CHECK(find("투자자들이 몰렸다.").empty());
  CHECK(find("설립자의 회고록").empty());
  CHECK(find("시장은 회의적인 시각을 보였다.").empty());
  CHECK(find("보도자료를 냈다.").empty());
  CHECK(find("3개소를 운영한다.").empty());  // a counter, not 개소 (opening)
}

TEST_CASE("how a noun trigger is used", "[lexicon]") {
  CHECK(fires("계약을 체결했다", "계약", Use::Object));
  CHECK(fires("회담이 열렸다", "회담", Use::Subject));
  CHECK(fires("투자에 관심을 보였다", "투자", Use::Dative));
  CHECK(fires("투자에 나섰다", "투자"));  // with a dative support verb the noun is the predicate
  CHECK(fires("공급 계약 체결", "체결", Use::Bare));
  // 에서/의 make an oblique use, which fires only when a subj verb right before names it (see extractor tests)
  CHECK(fires("발표에서 그는 말을 아꼈다.", "발표", Use::Oblique));
  CHECK(fires("논의의 초점", "논의", Use::Oblique));
  // other particles are no trigger use at all
  CHECK(find("논의로 시간을 보냈다.").empty());
}

TEST_CASE("longest surface wins and passives of reporting verbs do not fire", "[lexicon]") {
  auto f = find("두 은행의 인수합병이 마무리됐다.");
  REQUIRE(f.size() == 2);
  CHECK(f[0].lemma == "합병");
  CHECK(f[1].lemma == "교환");  // 마무리: a light verb
  auto g = find("오픈AI는 지분 인수를 검토했다.");
  REQUIRE(g.size() == 2);  // 지분 인수 + the light verb 검토
  CHECK(g[0].type == EventType::Investment);
  CHECK_FALSE(fires("그 사실이 밝혀졌다.", "밝히다"));
}

TEST_CASE("a statement noun with 받다 (평가받았다) is received, not stated", "[lexicon]") {
  CHECK_FALSE(fires("기업가치를 더 높게 평가받았을 것이다", "평가"));
  CHECK_FALSE(fires("안전 문제를 지적받았다", "지적"));
  // must still fire: the statement itself, and other nouns with 받다
  CHECK(fires("시장을 높게 평가했다", "평가"));
  CHECK(fires("정부의 승인받은 뒤", "승인"));
}

TEST_CASE("negotiations are meetings, ceremonies and sessions are venues", "[lexicon]") {
  CHECK(fires("동원팩 측과 협상을 벌여 왔다", "협상", Use::Object));
  CHECK(fires("노사는 임금 교섭을 진행했다", "협상", Use::Object));
  CHECK(fires("양측은 담판을 벌였다", "협상", Use::Object));
  CHECK(fires("구단은 입단식을 열 예정이다", "입단식", Use::Object));
  CHECK(fires("구단은 입단식을 열 예정이다", "열다"));
  CHECK(fires("시는 공청회를 개최한다", "공청회", Use::Object));
  CHECK(fires("대표는 취임식에서 말했다", "취임식", Use::Object) == false);
  // each gathering is its own row, typed as ANNOTATION.md types it: a press conference announces, a ceremony
  // or a fair is `other`, a hearing is a meeting
  CHECK(find("기자회견을 열었다").front().type == EventType::Announcement);
  CHECK(find("입단식을 열었다").front().type == EventType::Other);
  CHECK(find("공청회를 열었다").front().type == EventType::Meeting);
  // must not match: 열 as the start of another word (열차, 열흘, 열기), 협상력 (a compound opened by 협상)
  CHECK_FALSE(fires("입단식을 열흘 앞두고", "열다"));
  CHECK_FALSE(fires("열차를 탔다", "열다"));
  CHECK(find("협상력이 커졌다").empty());
  // the venue row wins over the trigger it contains: 취임식 is a ceremony, not an appointment
  CHECK_FALSE(fires("취임식을 열었다", "취임", Use::Object));
}

TEST_CASE("a verbal noun with 시키다 fires like 하다", "[lexicon]") {
  CHECK(fires("통합 자치단체를 출범시킬 계획이다", "출범"));
  CHECK(fires("공장을 준공시킨 뒤", "준공"));
  // must not match: 시 as a separate word or another noun (출범 시, 출범시기)
  CHECK_FALSE(fires("출범 시 혜택", "출범"));
  CHECK_FALSE(fires("출범시기를 정했다", "출범"));
}

TEST_CASE("a verbal noun with 에 and a dative support verb is a predicate", "[lexicon]") {
  CHECK(fires("오는 24일 총파업에 들어가겠다고 밝혔다", "파업"));
  CHECK(fires("두 회사는 협상에 들어갔다", "협상"));
  CHECK(fires("투자에 나섰다", "투자"));
  CHECK(fires("발사에 성공했다", "발사"));
  // must not match: other verbs after 에 keep the noun dative (no event), a place with 들어가 has no trigger
  CHECK(fires("투자에 관심을 보였다", "투자", Use::Dative));
  CHECK_FALSE(fires("투자에 관심을 보였다", "투자"));
  CHECK(find("회의실에 들어갔다").empty());
}

TEST_CASE("light verbs of completion, consideration and change take a trigger object", "[lexicon]") {
  CHECK(fires("흡수합병을 마무리할 계획이다", "교환"));
  CHECK(fires("스톡 스페이스 인수를 검토했다", "교환"));
  CHECK(fires("투자를 늘릴 것이라고", "늘리다"));
  CHECK(fires("투자를 앞당길 계획이다", "늘리다"));
  CHECK(fires("무역 협상에서 끝내 합의에 이르지 못했다", "합의"));
  // must not match: other words that start alike, and 에 before a non-support use of 이르다
  CHECK_FALSE(fires("늘상 그렇다", "늘리다"));
  CHECK_FALSE(fires("투자에 이르기까지 모든 단계", "투자"));
  CHECK_FALSE(fires("마무리투수가 나왔다", "교환"));
}

TEST_CASE("거래 is a contract only as a gathering-like companion of a subj or light verb (거래가 성사됐다)", "[lexicon]") {
  CHECK(fires("스톡과의 거래가 성사됐다면", "거래", Use::Subject));
  for (const auto& e : Lexicon::builtin().entries())
    if (e.lemma == "거래") CHECK(e.venue);  // 주식을 거래했다 (trading) does not fire on its own
  // must not match: compounds opened by 거래 (거래소, 거래량, 거래대금)
  CHECK(find("한국거래소는 일정을 발표했다").size() == 1);  // only 발표
  CHECK(find("거래량이 줄었다").empty());
  CHECK(find("1일 평균 거래대금은 12조 원 수준이다").empty());
}

TEST_CASE("after-quote: 하다 reports only right after a quotation", "[lexicon]") {
  CHECK(fires("김 장관은 “최선의 노력을 다하겠다”고 했다.", "말하다"));
  CHECK(fires("그는 \"기쁜 일\"이라고 했다.", "말하다"));
  CHECK(fires("회장은 상황이 어렵다고 했다.", "말하다"));
  // must not: 하다 after anything else, or inside a longer word
  CHECK_FALSE(fires("회사는 조사를 했다.", "말하다"));
  CHECK_FALSE(fires("그는 “기쁜 일”이라며 웃었다. 이어 산책을 했다.", "말하다"));
  CHECK_FALSE(fires("양측은 “협력하겠다”고 합의했다.", "말하다"));
}

TEST_CASE("reporting nouns and verbs of real news fire as statements", "[lexicon]") {
  CHECK(fires("시민단체는 정부에 대책 마련을 촉구했다.", "촉구"));
  CHECK(fires("장관은 철저한 점검을 지시했다.", "지시"));
  CHECK(fires("야당은 이번 결정을 강하게 비판했다.", "비판"));
  CHECK(fires("그는 곧바로 맞받았다.", "맞받다"));
  // must not: a noun that opens a compound, or the noun as a subject
  CHECK_FALSE(fires("기원전 3세기의 유물이다.", "기원"));
  CHECK_FALSE(fires("비판적 시각이 많다.", "비판"));
}

TEST_CASE("an apology is a reported act, the fruit is not", "[lexicon]") {
  CHECK(fires("그는 팬들에게 공개 사과했다", "사과"));
  // must not: 사과 the fruit, a bare noun that no 하다 follows
  CHECK_FALSE(fires("사과 가격이 올랐다", "사과"));
  CHECK_FALSE(fires("사과 가격이 올랐다", "사과", Use::Object));
}

TEST_CASE("speech acts are statements", "[lexicon]") {
  CHECK(fires("그는 정부의 대응을 비난했다", "비난"));
  CHECK(fires("전문가들은 회복이 늦을 것으로 내다봤다", "내다보다"));
  CHECK(fires("의원은 예산 낭비를 꼬집었다", "꼬집다"));
  // must not: an ongoing demand and a diagnosis are left out (요구하고 있다, 진단을 받았다)
  CHECK(find("노조는 임금 인상을 요구하고 있다").empty());
}

namespace {
bool same_hits(const std::vector<Hit>& a, const std::vector<Hit>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].token != b[i].token || a[i].first_token != b[i].first_token || a[i].begin != b[i].begin ||
        a[i].end != b[i].end || a[i].rest != b[i].rest || a[i].rest.data() != b[i].rest.data() ||
        a[i].entry != b[i].entry || a[i].use != b[i].use)
      return false;
  return true;
}
}  // namespace

TEST_CASE("the per-syllable trigger table finds what the hash map of first characters found", "[lexicon]") {
  const Lexicon& lex = Lexicon::builtin();
  std::size_t lines = 0, hits = 0, differ = 0;
  auto compare = [&](std::string_view s) {
    const auto toks = tokenize(s);
    const auto fast = lex.find(s, toks);
    const auto ref = lex.find_by_hash(s, toks);
    ++lines;
    hits += fast.size();
    if (!same_hits(fast, ref)) {
      ++differ;
      UNSCOPED_INFO(s);
    }
  };
  // every line of the corpora (event snippets, time sentences and negatives) and of samples/
  for (const std::string& path : {std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::string(YP_CORPUS_DIR) + "/time_ko.tsv",
                                 std::string(YP_CORPUS_DIR) + "/time_ko_negatives.tsv",
                                 std::string(YP_CORPUS_DIR) + "/events_samples.tsv",
                                 std::string(YP_SAMPLES_DIR) + "/2025-10-24-altman-apec.txt",
                                 std::string(YP_SAMPLES_DIR) + "/2026-01-15-hanbit-merger.txt",
                                 std::string(YP_SAMPLES_DIR) + "/2026-08-20-festival-cancelled.txt"}) {
    std::ifstream in(path, std::ios::binary);
    for (std::string l; std::getline(in, l);) compare(l);
  }
  // every surface glued after Hangul, Latin, digits, other scripts and stray bytes, with endings and particles:
  // compounds that may and may not open there, whole-word surfaces, characters outside the syllable table
  const std::string before[] = {"", "공동", "AI", "3차", "中", "é", "·", "(", "\xe1\x84\x80", "\xea\xb0", "\xff", "가"};
  const std::string after[] = {"", "했다", "을", "이", "에", "에서", "한", "하기로", "됐다", "졌다", "(MOU)을", "'를", "자", "받았다"};
  std::size_t k = 0;
  for (const auto& e : lex.entries()) {
    const std::string& b = before[k % std::size(before)];
    const std::string& a = after[(k / std::size(before)) % std::size(after)];
    ++k;
    std::string surf = e.surface;
    if (!surf.empty() && surf.back() == '=') surf.pop_back();
    compare(b + surf + a + " " + surf + " 나섰다");
    compare("\"" + surf + a + "\" " + b + surf);
  }
  CHECK(differ == 0);
  CHECK(lines > 2000);
  CHECK(hits > 1000);
}
