// Tests for engine/text/article.hpp: header forms, inline date, BOM/CRLF, NFC, and every error path.
#include "text/article.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace date::literals;
using yp::ErrorCode;
using yp::text::DateSource;
using yp::text::parse_article;

TEST_CASE("header lines up to a blank line", "[article]") {
  std::string f = "date: 2025-10-24\nTitle: 알트먼 불참\nsource: 예시 통신\nurl: http://x\n\n본문 첫 줄이다.\n둘째 줄.\n";
  auto r = parse_article(f, "a.txt", std::nullopt);
  REQUIRE(r);
  const auto& a = r.value();
  CHECK(a.name == "a.txt");
  CHECK(a.publication_date == 2025_y / 10 / 24);
  CHECK(a.date_source == DateSource::Header);
  CHECK(a.title == "알트먼 불참");
  CHECK(a.source == "예시 통신");
  CHECK(a.body == "본문 첫 줄이다.\n둘째 줄.\n");
  CHECK(a.body_first_line == 6);
  CHECK(f.substr(a.body_offset, 6) == "본문");
}

TEST_CASE("keys are case-insensitive and extra blank lines are skipped", "[article]") {
  auto spaced = parse_article("Date : 2025-12-04\n\n본문.", "b.txt", std::nullopt);
  REQUIRE(spaced);
  CHECK(spaced.value().publication_date == 2025_y / 12 / 4);
  auto r = parse_article("DATE: 2025.12.04\n\n\n\n오픈AI가 발표했다.", "b.txt", std::nullopt);
  REQUIRE(r);
  CHECK(r.value().publication_date == 2025_y / 12 / 4);
  CHECK(r.value().body_first_line == 5);
  CHECK(r.value().body == "오픈AI가 발표했다.");
}

TEST_CASE("a header date may carry a time of day", "[article]") {
  auto r = parse_article("date: 2025-10-24 09:30\n\n본문.", "t.txt", std::nullopt);
  REQUIRE(r);
  CHECK(r.value().publication_date == 2025_y / 10 / 24);
  auto s = parse_article("date: 2025-10-24T09:30:00+09:00\n\n본문.", "t.txt", std::nullopt);
  REQUIRE(s);
  CHECK(s.value().publication_date == 2025_y / 10 / 24);
  auto bad = parse_article("date: 2025-10-24xx\n\n본문.", "t.txt", std::nullopt);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == ErrorCode::BadDate);
}

TEST_CASE("inline 'date YYYY-MM-DD' first line", "[article]") {
  std::string f = " date 2025-10-24 샘 알트먼이 경주 행사에 가지 않는다.\n\n다음 문단.";
  auto r = parse_article(f, "raw.txt", std::nullopt);
  REQUIRE(r);
  const auto& a = r.value();
  CHECK(a.publication_date == 2025_y / 10 / 24);
  CHECK(a.date_source == DateSource::Inline);
  CHECK(a.body.rfind("샘 알트먼이", 0) == 0);
  CHECK(a.body_offset == 17);
  CHECK(a.body_first_line == 1);

  auto only = parse_article("date 2025-10-24\n본문은 다음 줄에 있다.", "x", std::nullopt);
  REQUIRE(only);
  CHECK(only.value().body == "본문은 다음 줄에 있다.");
  CHECK(only.value().body_first_line == 2);
}

TEST_CASE("no header: the whole file is the body", "[article]") {
  auto r = parse_article("오픈AI CEO, 로켓 회사 인수 검토\n\n본문이다.", "c.txt", 2025_y / 12 / 4);
  REQUIRE(r);
  CHECK(r.value().date_source == DateSource::Override);
  CHECK(r.value().body_offset == 0);
  CHECK(r.value().body.rfind("오픈AI CEO", 0) == 0);
  // A first line with a colon but an unknown key is body text, not a header.
  auto s = parse_article("속보: 회담이 열렸다.\n\n본문.", "d.txt", 2025_y / 1 / 2);
  REQUIRE(s);
  CHECK(s.value().body.rfind("속보:", 0) == 0);
  // "date" followed by words is body text too.
  auto t = parse_article("date night 행사가 열렸다.", "e.txt", 2025_y / 1 / 2);
  REQUIRE(t);
  CHECK(t.value().body.rfind("date night", 0) == 0);
}

TEST_CASE("BOM, CRLF and NFC", "[article]") {
  std::string f = "\xEF\xBB\xBF" "date: 2025-10-24\r\ntitle: 제목\r\n\r\n\u1112\u1161\u11AB\u1100\u116E\u11A8 시장이다.\r\n끝.\r\n";
  auto r = parse_article(f, "bom.txt", std::nullopt);
  REQUIRE(r);
  CHECK(r.value().title == "제목");
  CHECK(r.value().body == "한국 시장이다.\n끝.\n");
  CHECK(r.value().body_first_line == 4);
}

TEST_CASE("the override wins over the header date", "[article]") {
  auto r = parse_article("date: 2025-10-24\n\n본문.", "a", 2025_y / 12 / 4);
  REQUIRE(r);
  CHECK(r.value().publication_date == 2025_y / 12 / 4);
  CHECK(r.value().date_source == DateSource::Override);
}

TEST_CASE("errors a user can act on", "[article]") {
  SECTION("invalid UTF-8 names file, line and offset") {
    std::string f = "date: 2025-10-24\n\n좋은 줄\n나쁜 \xEC\x41 줄\n";
    auto r = parse_article(f, "bad.txt", std::nullopt);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidUtf8);
    CHECK(r.error().file == "bad.txt");
    CHECK(r.error().line == 4);
    CHECK(r.error().offset == f.find("\xEC\x41"));
    CHECK(r.error().what().rfind("bad.txt:4: ", 0) == 0);
    CHECK(r.error().message.find("0x41") != std::string::npos);
  }
  SECTION("a NUL byte: not a text file, named with line and offset") {
    std::string f = "date: 2025-10-24\n\n첫 줄\n둘째";
    f += '\0';
    f += " 줄\n";
    auto r = parse_article(f, "nul.txt", std::nullopt);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidUtf8);
    CHECK(r.error().line == 4);
    CHECK(r.error().offset == f.find('\0'));
    CHECK(r.error().message.find("NUL byte") != std::string::npos);
  }
  SECTION("EUC-KR bytes: invalid UTF-8 with a hint to convert") {
    // "한글" in EUC-KR is C7 D1 B1 DB
    auto r = parse_article("date: 2025-10-24\n\n\xC7\xD1\xB1\xDB 기사\n", "euc.txt", std::nullopt);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidUtf8);
    CHECK(r.error().line == 3);
    CHECK(r.error().message.find("iconv -f CP949") != std::string::npos);
    auto plain = parse_article("date: 2025-10-24\n\n\xEC\x41\n", "x.txt", std::nullopt);
    REQUIRE_FALSE(plain);
    CHECK(plain.error().message.find("EUC-KR") == std::string::npos);
  }
  SECTION("header year 0 is no ISO day; years 1 and 9999 are") {
    auto zero = parse_article("date: 0000-01-01\n\n본문.", "y0.txt", std::nullopt);
    REQUIRE_FALSE(zero);
    CHECK(zero.error().code == ErrorCode::BadDate);
    CHECK(parse_article("date: 0001-01-01\n\n본문.", "y1.txt", std::nullopt).ok());
    CHECK(parse_article("date: 9999-12-31\n\n본문.", "y9999.txt", std::nullopt).ok());
  }
  SECTION("an impossible header date") {
    auto r = parse_article("title: t\ndate: 2025-02-30\n\n본문.", "feb.txt", std::nullopt);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::BadDate);
    CHECK(r.error().file == "feb.txt");
    CHECK(r.error().line == 2);
    CHECK(r.error().message.find("2025-02-30") != std::string::npos);
  }
  SECTION("an impossible inline date") {
    auto r = parse_article("date 2025-13-01 본문.", "i.txt", std::nullopt);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::BadDate);
    CHECK(r.error().line == 1);
  }
  SECTION("a malformed header date") {
    auto r = parse_article("date: 어제\n\n본문.", "m.txt", std::nullopt);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::BadDate);
  }
  SECTION("no date") {
    auto r = parse_article("본문만 있다.", "nodate.txt", std::nullopt);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::MissingDate);
    CHECK(r.error().file == "nodate.txt");
    CHECK(r.error().message ==
          "no publication date: add a 'date: YYYY-MM-DD' header line or pass --pub-date YYYY-MM-DD");
  }
  SECTION("empty body") {
    for (std::string f : {"", "date: 2025-10-24\n", "date: 2025-10-24\n\n  \n\t\n", "\xEF\xBB\xBF  "}) {
      auto r = parse_article(f, "empty.txt", 2025_y / 1 / 1);
      REQUIRE_FALSE(r);
      CHECK(r.error().code == ErrorCode::BadArgument);
      CHECK(r.error().message.find("empty article") != std::string::npos);
    }
  }
}
