// Tests for engine/text/fold.hpp: full-width ASCII, range marks, spaces, and the origin map.
#include "text/fold.hpp"

#include <catch2/catch.hpp>

using yp::text::fold;

TEST_CASE("full-width ASCII folds to ASCII", "[fold]") {
  auto f = fold("２０２５년 １０월 ２４일 ＡＰＥＣ！");
  CHECK(f.text == "2025년 10월 24일 APEC!");
  REQUIRE(f.origin.size() == f.text.size() + 1);
  CHECK(f.to_original(0) == 0);
  CHECK(f.to_original(1) == 3);  // each full-width digit is 3 bytes
  CHECK(f.to_original(4) == 12);  // '년' starts after four full-width digits
  CHECK(f.to_original(f.text.size()) == std::string("２０２５년 １０월 ２４일 ＡＰＥＣ！").size());
}

TEST_CASE("range marks fold to '~', ASCII hyphen stays", "[fold]") {
  CHECK(fold("9～10월").text == "9~10월");
  CHECK(fold("9∼10월").text == "9~10월");
  CHECK(fold("9〜10월").text == "9~10월");
  CHECK(fold("28–31일").text == "28~31일");
  CHECK(fold("28—31일").text == "28~31일");
  CHECK(fold("28‐31일").text == "28~31일");
  CHECK(fold("28‒31일").text == "28~31일");
  CHECK(fold("28~31일").text == "28~31일");
  CHECK(fold("2025-10-24").text == "2025-10-24");  // callers decide what '-' means
  CHECK(fold("\u22120.5%").text == "\u22120.5%");     // a minus sign is not a range mark
}

TEST_CASE("exotic spaces fold to ' ', other text untouched", "[fold]") {
  CHECK(fold("24일\u00A0밝혔다").text == "24일 밝혔다");
  CHECK(fold("24일\u3000밝혔다").text == "24일 밝혔다");
  CHECK(fold("a\u2009b\u202Fc\td").text == "a b c d");
  // Typographic quotes, Hangul and CJK punctuation are kept.
  CHECK(fold("“오픈AI” ‘가’ 。").text == "“오픈AI” ‘가’ 。");
  auto f = fold("");
  CHECK(f.text.empty());
  REQUIRE(f.origin.size() == 1);
  CHECK(f.to_original(0) == 0);
}

TEST_CASE("origin maps folded offsets back into the input", "[fold]") {
  std::string in = "오는 ２８일～３１일";
  auto f = fold(in);
  CHECK(f.text == "오는 28일~31일");
  auto at = f.text.find("31일");
  REQUIRE(at != std::string::npos);
  auto orig = f.to_original(at);
  CHECK(in.substr(orig, 6) == "３１");
  auto end_folded = at + std::string("31일").size();
  CHECK(f.to_original(end_folded) == in.size());
  // Kept multi-byte characters map byte by byte.
  CHECK(f.to_original(1) == 1);
  for (std::size_t i = 1; i < f.origin.size(); ++i) CHECK(f.origin[i] > f.origin[i - 1]);
}
