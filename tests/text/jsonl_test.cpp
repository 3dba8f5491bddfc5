// Tests for engine/text/jsonl.hpp: the KST date of a "date" value and every path of parse_jsonl_article.
#include "text/jsonl.hpp"

#include "text/article.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace date::literals;
using yp::ErrorCode;
using yp::text::kst_date;
using yp::text::parse_jsonl_article;

TEST_CASE("jsonl: a date is a day, a datetime without offset is read as KST, one with an offset is converted", "[jsonl][date]") {
  CHECK(kst_date("2025-10-24") == 2025_y / 10 / 24);
  CHECK(kst_date("2025.10.24") == 2025_y / 10 / 24);  // as a text header accepts it
  CHECK(kst_date("2025-10-24T23:59") == 2025_y / 10 / 24);
  CHECK(kst_date("2025-10-24 23:59:59.123") == 2025_y / 10 / 24);
  CHECK(kst_date("2025-10-24T09:30:00+09:00") == 2025_y / 10 / 24);
  CHECK(kst_date("2025-10-23T15:00:00Z") == 2025_y / 10 / 24);    // 00:00 KST
  CHECK(kst_date("2025-10-23T14:59:59Z") == 2025_y / 10 / 23);    // 23:59 KST
  CHECK(kst_date("2025-10-23T20:00:00-05:00") == 2025_y / 10 / 24);  // 01:00 UTC on the 24th, 10:00 KST
  CHECK(kst_date("2025-10-24T02:00:00+1400") == 2025_y / 10 / 23);   // 12:00 UTC on the 23rd, 21:00 KST
  CHECK(kst_date("2025-12-31T16:00:00Z") == 2026_y / 1 / 1);      // the year turns in Korea
  CHECK(kst_date("2024-02-28T23:00:00+00") == 2024_y / 2 / 29);   // leap day
  // Not dates.
  for (const char* bad : {"", "2025-10", "2025-02-30", "2025-10-24T", "2025-10-24T24:00", "2025-10-24T09:60",
                          "2025-10-24T09:30+9", "2025-10-24T09:30:00+09:00junk", "2025-10-24X09:30", "24.10.2025",
                          "2025-10-24T09:30:00.", "0000-01-01", "9999-12-31T20:00:00Z", "0001-01-01T00:00:00+14:00"})
    CHECK_FALSE(kst_date(bad));
}

TEST_CASE("jsonl: an object with id, date, title and body is an article, extra fields ignored", "[jsonl]") {
  auto r = parse_jsonl_article(
      R"({"id":"kr-001","date":"2025-10-24","title":"알트먼 불참","source":"예시 통신","url":"http://x","tags":[1,2],"body":"본문 첫 줄이다.\r\n둘째 줄."})",
      "crawl.jsonl", 7, std::nullopt);
  REQUIRE(r);
  const auto& a = r.value();
  CHECK(a.name == "kr-001");
  CHECK(a.publication_date == 2025_y / 10 / 24);
  CHECK(a.title == "알트먼 불참");
  CHECK(a.source == "예시 통신");
  CHECK(a.body == "본문 첫 줄이다.\n둘째 줄.");
  CHECK(a.body_offset == 0);

  auto numeric = parse_jsonl_article(R"({"id":42,"date":"2025-10-24","body":"본문."})", "c.jsonl", 1, std::nullopt);
  REQUIRE(numeric);
  CHECK(numeric.value().name == "42");
  auto unnamed = parse_jsonl_article(R"({"date":"2025-10-24","body":"본문.","id":null})", "c.jsonl", 3, std::nullopt);
  REQUIRE(unnamed);
  CHECK(unnamed.value().name == "c.jsonl:3");
}

TEST_CASE("jsonl: the body is NFC like a text article's, and --pub-date overrides the field", "[jsonl]") {
  // 한 as decomposed jamo (U+1112 U+1161 U+11AB) becomes the syllable U+D55C.
  auto r = parse_jsonl_article(R"({"date":"2025-10-24","body":"\u1112\u1161\u11ab빛"})", "n.jsonl", 1, 2025_y / 12 / 4);
  REQUIRE(r);
  CHECK(r.value().body == "한빛");
  CHECK(r.value().publication_date == 2025_y / 12 / 4);
  CHECK(r.value().date_source == yp::text::DateSource::Override);
  // A bad date field does not matter when the date is given on the command line (as for a text header).
  CHECK(parse_jsonl_article(R"({"date":"2025-02-30","body":"본문."})", "n.jsonl", 1, 2025_y / 12 / 4));
}

TEST_CASE("jsonl: refusals name the file and the line", "[jsonl][errors]") {
  struct Case {
    const char* line;
    ErrorCode code;
    const char* says;
  };
  const Case cases[] = {
      {"not json", ErrorCode::BadArgument, "invalid JSON"},
      {R"({"date":"2025-10-24","body":"a")", ErrorCode::BadArgument, "invalid JSON"},
      {R"(["date","body"])", ErrorCode::BadArgument, "expected a JSON object"},
      {R"({"date":"2025-10-24"})", ErrorCode::BadArgument, "no \"body\" field"},
      {R"({"date":"2025-10-24","body":null})", ErrorCode::BadArgument, "no \"body\" field"},
      {R"({"date":"2025-10-24","body":12})", ErrorCode::BadArgument, "\"body\" must be a string"},
      {R"({"date":"2025-10-24","body":" \n\t"})", ErrorCode::BadArgument, "empty article"},
      {R"({"date":"2025-10-24","body":"a\u0000b"})", ErrorCode::InvalidUtf8, "NUL"},
      {R"({"date":"2025-10-24","body":"ok","title":["x"]})", ErrorCode::BadArgument, "\"title\" must be a string"},
      {R"({"date":"2025-10-24","body":"ok","id":1.5})", ErrorCode::BadArgument, "\"id\" must be a string or an integer"},
      {R"({"date":"2025-02-30","body":"ok"})", ErrorCode::BadDate, "bad publication date '2025-02-30'"},
      {R"({"date":20251024,"body":"ok"})", ErrorCode::BadArgument, "\"date\" must be a string"},
      {R"({"body":"ok"})", ErrorCode::MissingDate, "no publication date"},
      {"{\"date\":\"2025-10-24\",\"body\":\"\xFF\"}", ErrorCode::BadArgument, "invalid JSON"},  // invalid UTF-8
      {R"({"date":"2025-10-24","body":"\ud800"})", ErrorCode::BadArgument, "invalid JSON"},    // a lone surrogate
  };
  for (const auto& c : cases) {
    INFO(c.line);
    auto r = parse_jsonl_article(c.line, "in.jsonl", 12, std::nullopt);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == c.code);
    CHECK(r.error().file == "in.jsonl");
    CHECK(r.error().line == 12);
    CHECK(r.error().what().find(c.says) != std::string::npos);
    CHECK(r.error().what().starts_with("in.jsonl:12: "));
  }
}

TEST_CASE("jsonl: a message quoting a value stays on one line, an id with a control character is refused", "[jsonl][errors]") {
  auto r = parse_jsonl_article(R"({"date":"2025\nb","body":"ok"})", "in.jsonl", 3, std::nullopt);
  REQUIRE_FALSE(r);
  CHECK(r.error().message.find('\n') == std::string::npos);
  CHECK(r.error().message.find(R"('2025\nb')") != std::string::npos);
  auto id = parse_jsonl_article(R"({"id":"a\u001b[2Jb","date":"2025-10-24","body":"ok"})", "in.jsonl", 4, std::nullopt);
  REQUIRE_FALSE(id);
  CHECK(id.error().message.find("control character") != std::string::npos);
  CHECK(yp::text::quoted("가나다라", 7) == "'가나…'");  // cut at a character boundary
  CHECK(yp::text::quoted("a\tb\x7f") == "'a\\tb\\x7f'");
}

TEST_CASE("jsonl: a number too large for a double is invalid JSON, not an exception", "[jsonl][errors]") {
  auto r = parse_jsonl_article(R"({"date":"2025-10-24","body":"ok","score":1e999})", "in.jsonl", 5, std::nullopt);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ErrorCode::BadArgument);
  CHECK(r.error().what() == "in.jsonl:5: invalid JSON: number overflow parsing '1e999'");
}
