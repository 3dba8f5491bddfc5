// Tests for engine/text/clean.hpp: crawl furniture is blanked or marked in place, offsets unchanged,
// and real content (names, dates, sentences) is left alone.
#include "text/clean.hpp"

#include <catch2/catch.hpp>

#include <string>

using yp::text::clean_crawl;
using yp::text::SegmentKind;

namespace {
// The text of the first segment of kind k, from the original body.
std::string seg(const std::string& body, const yp::text::CleanText& c, SegmentKind k) {
  for (const auto& s : c.segments)
    if (s.kind == k) return body.substr(s.begin, s.end - s.begin);
  return "<none>";
}
std::string squeeze(std::string s) {  // blanked bytes become single spaces, for readable checks
  std::string out;
  for (char ch : s)
    if (!(ch == ' ' && !out.empty() && out.back() == ' ')) out += ch;
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}
}  // namespace

TEST_CASE("the cleaned text keeps every offset", "[clean]") {
  std::string body = "제목\n[서울=뉴시스] 김철수 기자 = 회사가 14일 계약을 맺었다. hong@example.com\n사진=연합뉴스";
  auto c = clean_crawl(body, "제목");
  REQUIRE(c.text.size() == body.size());
  CHECK(c.text.find("14일 계약을 맺었다.") == body.find("14일 계약을 맺었다."));
  for (std::size_t i = 0; i < body.size(); ++i)
    if (body[i] == '\n') CHECK(c.text[i] == '\n');
}

TEST_CASE("bylines and outlet tags are blanked, names in the text are not", "[clean][byline]") {
  std::string b1 = "[서울=뉴시스] 김철수 기자 = 회사가 계약을 맺었다.";
  auto c = clean_crawl(b1);
  CHECK(squeeze(c.text) == "회사가 계약을 맺었다.");
  CHECK(seg(b1, c, SegmentKind::Byline) == "[서울=뉴시스]");

  std::string b2 = "(뉴욕=연합뉴스) 이지헌 특파원 = 미국 기업들의 구인이 줄었다.";
  CHECK(squeeze(clean_crawl(b2).text) == "미국 기업들의 구인이 줄었다.");
  std::string b3 = "김승욱 박수윤 기자 = 북한이 미사일을 발사했다.";
  CHECK(squeeze(clean_crawl(b3).text) == "북한이 미사일을 발사했다.");
  std::string b4 = "[프라임경제] 강운태 시장은 26일 장관을 만났다.";
  CHECK(squeeze(clean_crawl(b4).text) == "강운태 시장은 26일 장관을 만났다.");
  std::string b5 = "【서울=뉴시스】(이름) 기자 = 두 장관이 만났다.";
  CHECK(squeeze(clean_crawl(b5).text) == "두 장관이 만났다.");

  // must not blank: a role word without '=', a name mid-sentence, a bracket that is content
  std::string n1 = "김철수 기자는 현장을 찾았다.";
  CHECK(clean_crawl(n1).text == n1);
  std::string n2 = "회사는 김철수 기자 = 인터뷰에서 밝혔다.";  // not at the start of the line
  CHECK(clean_crawl(n2).text == n2);
  std::string n3 = "삼성전자(005930)는 [단독] 계약을 맺었다.";
  CHECK(clean_crawl(n3).text == n3);
}

TEST_CASE("photo credits are blanked and their captions marked, not blanked", "[clean][caption]") {
  std::string body = "익명의 기부자가 두고 간 상자. /연합뉴스\n\n현금이 담긴 상자가 발견됐다.";
  auto c = clean_crawl(body);
  CHECK(seg(body, c, SegmentKind::Credit) == "/연합뉴스");
  CHECK(seg(body, c, SegmentKind::Caption) == "익명의 기부자가 두고 간 상자. ");
  CHECK(c.text.find("익명의 기부자가") == 0);  // captions keep their text (their dates are real)
  CHECK(c.is_aside(0, body.find(" /")));
  CHECK_FALSE(c.is_aside(body.find("현금"), body.size()));

  std::string glued = "선수들이 기념촬영을 하고 있다. ⓒ 서산시 시에 따르면 대회가 열렸다.";
  auto g = clean_crawl(glued);
  CHECK(seg(glued, g, SegmentKind::Credit) == "ⓒ 서산시");
  CHECK(seg(glued, g, SegmentKind::Caption) == "선수들이 기념촬영을 하고 있다.");
  // the next sentence's first word glued to the credited name (crawl.tsv glued-opener) stays in the body
  std::string opener = "제막식 모습. ⓒ 전남도청이날 제막식에는 지사가 참석했다.";
  auto op = clean_crawl(opener);
  CHECK(seg(opener, op, SegmentKind::Credit) == "ⓒ 전남도청");
  CHECK(squeeze(op.text) == "제막식 모습. 이날 제막식에는 지사가 참석했다.");
  std::string since = "진수식 모습. ⓒ 현대중공업지난 5일 진수식이 열렸다.";
  CHECK(seg(since, clean_crawl(since), SegmentKind::Credit) == "ⓒ 현대중공업");
  // must not: a credited name of one syllable before the word, or a name that only contains it
  std::string short_name = "행사 모습. ⓒ 김이날 행사가 열렸다.";
  CHECK(seg(short_name, clean_crawl(short_name), SegmentKind::Credit) == "ⓒ 김이날");
  // a digit after two or more syllables of the credited name opens the next sentence
  std::string digit = "잠수함 모습. ⓒ율곡통일리더스쿨1996년 남파된 잠수함이다.";
  CHECK(seg(digit, clean_crawl(digit), SegmentKind::Credit) == "ⓒ율곡통일리더스쿨");
  std::string inside = "행사 모습. ⓒ 한편의시 행사가 열렸다.";
  CHECK(seg(inside, clean_crawl(inside), SegmentKind::Credit) == "ⓒ 한편의시");

  std::string agency = "31일 잠실에서 열린 경기. 박해민이 환호하고 있다. 2023.8.31 [LG 트윈스 제공. 재판매 및 DB금지]";
  auto a = clean_crawl(agency);
  CHECK(seg(agency, a, SegmentKind::Credit) == "[LG 트윈스 제공. 재판매 및 DB금지]");
  CHECK(a.is_aside(0, 10));

  std::string bracket = "60대 노인에게 투자를 받았다.[사진= 롯데그룹 신격호 회장]일류 회사원의 월급은 적었다.";
  CHECK(squeeze(clean_crawl(bracket).text) == "60대 노인에게 투자를 받았다. 일류 회사원의 월급은 적었다.");

  // a photographer's credit after a caption, glued to the next sentence (no '=' after the role)
  std::string photog = "추도식이 열렸다.노무현 전 대통령 묘. = 윤요섭 기자이날 정부 대표가 참석했다.";
  auto ph = clean_crawl(photog);
  CHECK(seg(photog, ph, SegmentKind::Credit) == "= 윤요섭 기자");
  CHECK(seg(photog, ph, SegmentKind::Caption) == "노무현 전 대통령 묘.");
  CHECK(squeeze(ph.text) == "추도식이 열렸다.노무현 전 대통령 묘. 이날 정부 대표가 참석했다.");
  // a short line whose last word after a full stop is an outlet: a caption with its credit
  std::string outlet_line = "본문 첫 문장이다.\n지난달 25일 열린 1차 기자회견. 뉴시스\n한편 이날 회견이 열렸다.";
  auto ol = clean_crawl(outlet_line);
  CHECK(seg(outlet_line, ol, SegmentKind::Credit) == "뉴시스");
  CHECK(seg(outlet_line, ol, SegmentKind::Caption).find("1차 기자회견.") != std::string::npos);
  CHECK_FALSE(ol.is_aside(outlet_line.find("한편"), outlet_line.size()));
  // must not: an outlet named inside a sentence, or a long paragraph
  CHECK(clean_crawl("이 소식은 뉴시스").segments.empty());
  std::string para = "첫 문장이다. 둘째 문장이다. 셋째 문장이다. 연합뉴스";
  CHECK(clean_crawl(para).segments.empty());

  // must not: a byline (its '=' follows the role), an equation, a name that is no name
  CHECK(seg("김철수 기자 = 회사는 밝혔다.", clean_crawl("김철수 기자 = 회사는 밝혔다."), SegmentKind::Credit) == "<none>");
  CHECK(clean_crawl("환율은 x = 1,380원 수준이다.").segments.empty());
  CHECK(clean_crawl("점수는 = 회사는 기자회견에서 밝혔다.").segments.empty());

  // must not: a slash inside a sentence, a long paragraph ending in a parenthesis that is content
  std::string s1 = "매출은 1/4 수준으로 줄었다.";
  CHECK(clean_crawl(s1).segments.empty());
  std::string s2 = "회사는 신제품을 공개했다(현지시간).";
  CHECK(clean_crawl(s2).segments.empty());
}

TEST_CASE("footers, e-mail addresses and transcript markers are blanked", "[clean]") {
  std::string f = "회의가 열렸다.<저작권자 © 뉴스1코리아, 무단전재 및 재배포 금지>";
  CHECK(squeeze(clean_crawl(f).text) == "회의가 열렸다.");
  std::string e = "문의는 홍길동(hong.gd@example.co.kr) 씨에게 하면 된다.";
  CHECK(clean_crawl(e).text.find("example") == std::string::npos);
  CHECK(clean_crawl(e).text.find("홍길동(") != std::string::npos);
  std::string t = "[앵커] 오늘 회의가 열렸습니다.";
  CHECK(squeeze(clean_crawl(t).text) == "오늘 회의가 열렸습니다.");
  std::string not_email = "점수는 3@5로 끝났다.";  // no domain
  CHECK(clean_crawl(not_email).text == not_email);
}

TEST_CASE("bullets become line breaks so that each item is its own sentence", "[clean]") {
  std::string b = "배치는 6회였다. ▲폭격기 전개(1월) ▲잠수함 기항(7월)";
  auto c = clean_crawl(b);
  CHECK(c.text.find('\n') != std::string::npos);
  CHECK(c.text.size() == b.size());
  CHECK(c.text.find("폭격기 전개(1월)") == b.find("폭격기 전개(1월)"));
}

TEST_CASE("every bullet is found behind the line filter: after quotes and other E2 characters, at the line's end",
          "[clean]") {
  // the filter skips a line without a bullet's first two bytes; “ ” … share the first byte with every bullet
  for (const char* bullet : {"▲", "△", "■", "□", "◆", "◇", "●", "○", "▶", "▷", "☞", "◎"}) {
    const std::string line = std::string("“인용”과 … 다음 ") + bullet + "항목\n둘째 줄 " + bullet;
    const auto c = clean_crawl(line);
    std::size_t bullets = 0;
    for (const auto& s : c.segments)
      if (s.kind == SegmentKind::Bullet) {
        CHECK(line.substr(s.begin, s.end - s.begin) == bullet);
        ++bullets;
      }
    CHECK(bullets == 2);
  }
  const std::string none = "“인용”과 … 그리고 ‘작은따옴표’ — 줄표";
  for (const auto& s : clean_crawl(none).segments) CHECK(s.kind != SegmentKind::Bullet);
  // the caption test's outlet filter: a line ending in '.' asks no outlet, one ending in an outlet still does
  CHECK(clean_crawl("이 소식은 뉴시스.").segments.empty());
  const std::string cap = "행사장에 들어서고 있다. 연합뉴스";
  CHECK(seg(cap, clean_crawl(cap), SegmentKind::Credit) == "연합뉴스");
}

TEST_CASE("the headline is the first line when it is the article's title", "[clean]") {
  std::string body = "오픈AI, 로켓 회사 인수 검토\n오픈AI가 로켓 회사 인수를 검토했다.";
  auto c = clean_crawl(body, "오픈AI, 로켓 회사 인수 검토");
  CHECK(seg(body, c, SegmentKind::Headline) == "오픈AI, 로켓 회사 인수 검토");
  CHECK(c.is_aside(0, 5));
  // no title, or a different first line: no headline
  CHECK(clean_crawl(body).segments.empty());
  CHECK(clean_crawl(body, "다른 제목").segments.empty());
}

TEST_CASE("no-break, ideographic and zero-width spaces become ASCII spaces, offsets kept", "[clean]") {
  const std::string body = "펀딩포유가\xC2\xA0 설명회를 연다고 18일 밝혔다.\xE3\x80\x80이어\xE2\x80\x8B생중계한다. 가격은 5\xE2\x80\xAF" "000원.";
  auto c = clean_crawl(body);
  REQUIRE(c.text.size() == body.size());
  CHECK(squeeze(c.text) == "펀딩포유가 설명회를 연다고 18일 밝혔다. 이어 생중계한다. 가격은 5 000원.");
  CHECK(c.text.find("설명회") == body.find("설명회"));
  // other characters of the same lead bytes stay: · (C2 B7), 〈 (E3 80 88), – (E2 80 93)
  const std::string kept = "한·미 〈보고서〉 2023–2024";
  CHECK(clean_crawl(kept).text == kept);
}

TEST_CASE("a byline of several reporters joined by commas is blanked whole", "[clean][byline]") {
  auto c = clean_crawl("제목\n(서울=뉴스1) (이름) 기자,(이름) 기자,(이름) 기자 = 정부가 현금을 지급한다.", "제목");
  CHECK(squeeze(c.text.substr(c.text.find('\n') + 1)) == "정부가 현금을 지급한다.");
  auto d = clean_crawl("제목\n김철수 기자, 박영희 기자 = 정부가 현금을 지급한다.", "제목");
  CHECK(squeeze(d.text.substr(d.text.find('\n') + 1)) == "정부가 현금을 지급한다.");
  // must not: a comma after a word that is no role word ends the byline there
  auto e = clean_crawl("제목\n회사는 상품을, 김철수 기자 = 정부가 지급한다.", "제목");
  CHECK(squeeze(e.text.substr(e.text.find('\n') + 1)).starts_with("회사는 상품을,"));
}
