// Tests for engine/text/fold.hpp: full-width ASCII, range marks, spaces, and the origin map.
#include "text/fold.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

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

TEST_CASE("the date units 年 月 日 after a digit fold to 년 월 일, byte for byte", "[fold]") {
  auto f = fold("８月３０日、2023年");
  CHECK(f.text == "8월30일、2023년");
  REQUIRE(f.origin.size() == f.text.size() + 1);
  CHECK(f.to_original(1) == 3);      // 월 starts where 月 does
  CHECK(f.to_original(2) == 4);      // and each of its bytes maps to the same byte of 月
  CHECK(f.to_original(6) == 12);     // 일 after two full-width digits
  CHECK(fold("3月 1日").text == "3월 1일");
  CHECK(fold("日本 政府 年末 この日").text == "日本 政府 年末 この日");  // no digit before: kept
  CHECK(fold("3 日").text == "3 日");                                  // (a space between: kept)
  CHECK(fold("曜").text == "曜");                                      // other Chinese characters are kept
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

TEST_CASE("fold copies runs as fold_by_code_point folds each code point: every code point, random bytes, corpora",
          "[fold]") {
  auto same = [](const std::string& s) {
    const auto a = yp::text::fold(s);
    const auto b = yp::text::fold_by_code_point(s);
    return a.text == b.text && a.origin == b.origin;
  };
  // Every code point (surrogates too, as the three bytes an encoder would write), between ASCII and Hangul,
  // in chunks of 512 code points.
  std::size_t differ = 0;
  for (char32_t base = 0; base < 0x110000; base += 512) {
    std::string s;
    for (char32_t cp = base; cp < base + 512 && cp < 0x110000; ++cp) {
      s += (cp & 1) ? "a" : "가";
      if (cp < 0x80) s += static_cast<char>(cp);
      else if (cp < 0x800) s += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
      else if (cp < 0x10000)
        s += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
              static_cast<char>(0x80 | (cp & 0x3F))};
      else
        s += {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
              static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    }
    if (!same(s)) ++differ;
  }
  CHECK(differ == 0);
  // Random bytes, biased towards lead bytes, continuation bytes and the folded spaces (invalid UTF-8 included:
  // overlong forms such as E0 82 A0 decode to folded code points).
  std::uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  static constexpr unsigned char kBytes[] = {0x09, 0x0B, 0x0C, ' ', 'a', '1', 0x80, 0x82, 0x89, 0xA0, 0xBC, 0xBF,
                                             0xC2, 0xCB, 0xE0, 0xE2, 0xE3, 0xEA, 0xED, 0xEF, 0xF0, 0xF4, 0xFF};
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const auto len = next() >> 27;
    for (std::uint32_t k = 0; k < len; ++k) s += static_cast<char>(kBytes[(next() >> 16) % sizeof kBytes]);
    if (!same(s)) {
      ++differ;
      break;
    }
  }
  CHECK(differ == 0);
  for (const char* name : {"time_ko.tsv", "time_ko_negatives.tsv", "events_ko.tsv"}) {
    std::ifstream in(std::string(YP_CORPUS_DIR) + "/" + name);
    std::stringstream all;
    all << in.rdbuf();
    CHECK(same(all.str()));
  }
  CHECK(same(""));
  CHECK(same("２０２５년　１０월～１１월\t\u00A0\u2009–—"));
}
