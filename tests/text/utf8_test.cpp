// Tests for engine/text/utf8.hpp: validation of every malformed kind, decoding, encoding, NFC of Hangul.
#include "text/utf8.hpp"

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using yp::text::find_invalid_utf8;

TEST_CASE("valid UTF-8 passes", "[utf8]") {
  CHECK_FALSE(find_invalid_utf8("").has_value());
  CHECK_FALSE(find_invalid_utf8("plain ascii\nline two").has_value());
  CHECK_FALSE(find_invalid_utf8("오픈AI가 28일 발표했다. ～ 😀 \xC2\xA0").has_value());
  CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF").has_value());  // U+10FFFF, the last code point
  CHECK_FALSE(find_invalid_utf8("\xED\x9F\xBF").has_value());      // U+D7FF, just below the surrogates
}

TEST_CASE("malformed UTF-8 of every kind is found with position and byte", "[utf8]") {
  SECTION("stray continuation byte") {
    auto p = find_invalid_utf8("ab\x80");
    REQUIRE(p);
    CHECK(p->offset == 2);
    CHECK(p->line == 1);
    CHECK(p->column == 3);
    CHECK(p->message.find("0x80") != std::string::npos);
  }
  SECTION("bad continuation names the byte") {
    auto p = find_invalid_utf8("x\n가\xEC\x41z");
    REQUIRE(p);
    CHECK(p->offset == 5);
    CHECK(p->line == 2);
    CHECK(p->column == 2);
    CHECK(p->message.find("continuation byte 0x41") != std::string::npos);
  }
  SECTION("overlong two-byte lead") {
    auto p = find_invalid_utf8("\xC0\xAF");
    REQUIRE(p);
    CHECK(p->offset == 0);
    CHECK(p->message.find("overlong") != std::string::npos);
  }
  SECTION("overlong three-byte encoding") {
    auto p = find_invalid_utf8("ok \xE0\x80\xAF");
    REQUIRE(p);
    CHECK(p->offset == 3);
    CHECK(p->message.find("overlong") != std::string::npos);
  }
  SECTION("overlong four-byte encoding") {
    auto p = find_invalid_utf8("\xF0\x8F\xBF\xBF");
    REQUIRE(p);
    CHECK(p->message.find("overlong") != std::string::npos);
  }
  SECTION("encoded surrogate") {
    auto p = find_invalid_utf8("\xED\xA0\x80");
    REQUIRE(p);
    CHECK(p->message.find("surrogate") != std::string::npos);
  }
  SECTION("above U+10FFFF") {
    auto p = find_invalid_utf8("\xF4\x90\x80\x80");
    REQUIRE(p);
    CHECK(p->message.find("10FFFF") != std::string::npos);
    auto q = find_invalid_utf8("\xF5\x80\x80\x80");
    REQUIRE(q);
    CHECK(q->message.find("0xF5") != std::string::npos);
    CHECK(find_invalid_utf8("\xFF").has_value());
    CHECK(find_invalid_utf8("\xFE").has_value());
  }
  SECTION("truncated sequence at the end") {
    auto p = find_invalid_utf8("가\xEA\xB0");
    REQUIRE(p);
    CHECK(p->offset == 3);
    CHECK(p->message.find("truncated") != std::string::npos);
  }
  SECTION("truncated sequence followed by ASCII") {
    auto p = find_invalid_utf8("\xEA\xB0 ");
    REQUIRE(p);
    CHECK(p->offset == 0);
    CHECK(p->message.find("0x20") != std::string::npos);
  }
}

TEST_CASE("decode_at and append_utf8 round-trip", "[utf8]") {
  std::string s = "A가～😀";
  std::size_t pos = 0;
  CHECK(yp::text::decode_at(s, pos) == U'A');
  CHECK(pos == 1);
  CHECK(yp::text::decode_at(s, pos) == U'가');
  CHECK(pos == 4);
  CHECK(yp::text::decode_at(s, pos) == U'～');
  CHECK(yp::text::decode_at(s, pos) == char32_t{0x1F600});
  CHECK(pos == s.size());
  CHECK(yp::text::decode_at(s, pos) == char32_t{0xFFFD});  // past the end

  std::string bad = "\x80z";
  pos = 0;
  CHECK(yp::text::decode_at(bad, pos) == char32_t{0xFFFD});
  CHECK(pos == 1);

  std::string out;
  for (char32_t cp : {U'A', U'가', U'～', char32_t{0x1F600}}) yp::text::append_utf8(out, cp);
  CHECK(out == s);
}

TEST_CASE("Hangul syllable range", "[utf8]") {
  CHECK(yp::text::is_hangul_syllable(U'가'));
  CHECK(yp::text::is_hangul_syllable(U'힣'));
  CHECK_FALSE(yp::text::is_hangul_syllable(char32_t{0x1100}));  // a conjoining jamo
  CHECK_FALSE(yp::text::is_hangul_syllable(U'A'));
  CHECK_FALSE(yp::text::is_hangul_syllable(U'漢'));
}

TEST_CASE("NFC composes decomposed Hangul", "[utf8]") {
  // 한국 written as conjoining jamo (NFD).
  std::string nfd = "\u1112\u1161\u11AB\u1100\u116E\u11A8 AI";
  std::string nfc = yp::text::to_nfc(nfd);
  CHECK(nfc == "한국 AI");
  CHECK(yp::text::to_nfc("이미 NFC") == "이미 NFC");
  CHECK(yp::text::to_nfc("") == "");
  CHECK(yp::text::to_nfc("e\u0301") == "\u00E9");
  // Compatibility characters are not folded by NFC (that is fold()'s job).
  CHECK(yp::text::to_nfc("２０２５") == "２０２５");
}

namespace {
// NFC through utf8proc, without the quick check (the reference).
std::string nfc_by_utf8proc(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                          &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::string r = len < 0 ? std::string("<error>") : std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(len));
  std::free(out);
  return r;
}
}  // namespace

TEST_CASE("NFC quick check: every code point it passes is left alone by utf8proc, around Hangul and Latin", "[utf8][nfc]") {
  std::size_t inert = 0, wrong = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (!yp::text::nfc_inert(cp)) continue;
    ++inert;
    std::string s = "가";
    yp::text::append_utf8(s, cp);
    s += "A";
    yp::text::append_utf8(s, cp);
    yp::text::append_utf8(s, cp);
    if (nfc_by_utf8proc(s) != s) {
      ++wrong;
      if (wrong < 5) FAIL_CHECK("U+" << std::hex << static_cast<unsigned>(cp) << " changes under NFC");
    }
  }
  CHECK(wrong == 0);
  CHECK(inert > 1000000);  // nearly everything, so that the fast path is taken on news text
}

TEST_CASE("NFC quick check: refuses what NFC changes, passes news text", "[utf8][nfc]") {
  using yp::text::is_nfc_quick;
  using yp::text::to_nfc;
  CHECK(is_nfc_quick(""));
  CHECK(is_nfc_quick("오픈AI가 28일 발표했다. ‘APEC’ “서밋” … ·△▲ ⓒ 연합뉴스 café 3·1절"));
  CHECK_FALSE(is_nfc_quick("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"));  // 한 as conjoining jamo (NFD)
  CHECK_FALSE(is_nfc_quick("가\xE1\x86\xA8"));                         // 가 + final jamo ㄱ = 각
  CHECK_FALSE(is_nfc_quick("cafe\xCC\x81"));                           // e + U+0301
  CHECK_FALSE(is_nfc_quick("\xE2\x80\x80"));                           // U+2000 (canonically U+2002)
  CHECK_FALSE(is_nfc_quick("\xE0\xAD\x87\xE0\xAC\xBE"));               // U+0B47 U+0B3E compose
  CHECK(yp::text::nfc_inert(U'가'));
  CHECK_FALSE(yp::text::nfc_inert(0x1161));
  // to_nfc takes the slow path for these and composes them as before
  CHECK(to_nfc("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB") == "한");
  CHECK(to_nfc("가\xE1\x86\xA8") == "각");
  CHECK(to_nfc("cafe\xCC\x81") == "caf\xC3\xA9");
  CHECK(to_nfc("\xE2\x80\x80") == "\xE2\x80\x82");
  for (std::string s : {"오픈AI가 28일 발표했다.", "café ‘인용’ … ⓒ", "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB 가\xE1\x86\xA8"})
    CHECK(to_nfc(s) == nfc_by_utf8proc(s));
}

TEST_CASE("is_valid_utf8 gives the verdict of find_invalid_utf8", "[utf8]") {
  std::vector<std::string> cases = {"", "ascii", "한국어 문장", "\xC2\xA0", "\xF4\x8F\xBF\xBF", "\xED\x9F\xBF",
                                    "\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xE0\x9F\xBF", "\xED\xA0\x80",
                                    "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                                    "\xE2\x82", "\xE2\x82\x28", "가\xFF", std::string("nul\0byte", 8)};
  // every one- and two-byte string, and pseudo-random byte strings built from UTF-8-ish pieces
  for (int a = 0; a < 256; ++a) {
    cases.push_back(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; b += 3) cases.push_back(std::string{static_cast<char>(a), static_cast<char>(b)});
  }
  std::uint32_t x = 12345;
  const unsigned char pieces[] = {0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xEA, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (int len = 0; len < 1 + k % 7; ++len) {
      x = x * 1664525u + 1013904223u;
      s.push_back(static_cast<char>(pieces[(x >> 16) % sizeof pieces]));
    }
    cases.push_back(s);
  }
  for (const auto& s : cases) {
    INFO(s);
    const auto located = yp::text::locate_invalid_utf8(s);
    CHECK(yp::text::is_valid_utf8(s) == !located.has_value());
    const auto found = find_invalid_utf8(s);
    REQUIRE(found.has_value() == located.has_value());
    if (found) {
      CHECK(found->offset == located->offset);
      CHECK(found->line == located->line);
      CHECK(found->column == located->column);
      CHECK(found->message == located->message);
    }
  }
}

TEST_CASE("NFC by stretches: to_nfc equals utf8proc over the whole text", "[utf8][nfc]") {
  using yp::text::to_nfc;
  // every code point the quick check refuses, between and next to inert ones (Hangul, Latin, a Hangul syllable
  // that a final jamo extends), in chunks
  std::size_t refused = 0, wrong = 0;
  std::string chunk;
  auto flush = [&] {
    if (to_nfc(chunk) != nfc_by_utf8proc(chunk) || to_nfc(chunk) != yp::text::to_nfc_whole(chunk)) ++wrong;
    chunk.clear();
  };
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || yp::text::nfc_inert(cp)) continue;
    ++refused;
    chunk += "가";
    yp::text::append_utf8(chunk, cp);
    chunk += "e";
    yp::text::append_utf8(chunk, cp);
    yp::text::append_utf8(chunk, cp);
    chunk += " ";
    if (refused % 64 == 0) flush();
  }
  flush();
  CHECK(wrong == 0);
  CHECK(refused > 1000);
  // random mixtures of starters, combining marks of several classes, conjoining jamo, syllables, singletons,
  // second characters of compositions and plain text
  static const char32_t kPieces[] = {U'가', U'각', U'한', 0x1100, 0x1112, 0x1161, 0x1175, 0x11A8, 0x11AB, U'e',
                                     U'a', U'A', U' ', U'.', 0x0301, 0x0300, 0x0316, 0x0345, 0x05B0, 0x0B47, 0x0B3E,
                                     0x0B57, 0x212B, 0x2000, 0x00C5, 0x1E0A, 0x0323, 0x0307, 0x3099, 0x304B, 0xFF76,
                                     0x1F600, U'‘', U'·'};
  std::uint32_t x = 777;
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (int len = 0; len < 1 + k % 13; ++len) {
      x = x * 1664525u + 1013904223u;
      yp::text::append_utf8(s, kPieces[(x >> 16) % (sizeof kPieces / sizeof kPieces[0])]);
    }
    if (to_nfc(s) != nfc_by_utf8proc(s)) {
      ++wrong;
      FAIL_CHECK("differs on " << s);
      break;
    }
  }
  CHECK(wrong == 0);
  for (const char* name : {"time_ko.tsv", "time_ko_negatives.tsv", "events_ko.tsv"}) {
    std::ifstream in(std::string(YP_CORPUS_DIR) + "/" + name);
    std::stringstream all;
    all << in.rdbuf();
    const std::string text = all.str() + "cafe\xCC\x81 가\xE1\x86\xA8";
    CHECK(to_nfc(text) == nfc_by_utf8proc(text));
  }
}

TEST_CASE("find_bytes finds what string_view::find finds: crawl words and pieces of the corpora, random bytes",
          "[utf8]") {
  using yp::text::find_bytes;
  std::vector<std::string> texts, needles = {"", "a", "기자", "무단전재", "=", "@", "\xEA", "\xB0\x80", "▲", "ⓒ",
                                            "\xC2\xA9", "·", "“", "\xE2", "\xE2\x96", "\xF0\x9F\x98\x80"};
  for (const char* name : {"time_ko.tsv", "events_ko.tsv"}) {
    std::ifstream in(std::string(YP_CORPUS_DIR) + "/" + name);
    for (std::string line; std::getline(in, line);) texts.push_back(line);
  }
  {
    std::ifstream in(std::string(YP_TESTS_DIR) + "/../engine/text/data/crawl.tsv");
    for (std::string line; std::getline(in, line);)
      if (auto tab = line.find('\t'); !line.empty() && line[0] != '#' && tab != std::string::npos)
        needles.push_back(line.substr(tab + 1));
  }
  REQUIRE(needles.size() > 50);
  std::uint32_t x = 99;
  auto next = [&] { return x = x * 1664525u + 1013904223u; };
  std::size_t compared = 0, found = 0, differ = 0;
  auto check = [&](std::string_view s, std::string_view w) {
    const auto a = find_bytes(s, w);
    ++compared;
    if (a != std::string_view::npos) ++found;
    if (a != s.find(w)) ++differ;
  };
  for (std::size_t t = 0; t < texts.size(); t += 7) {
    const std::string& s = texts[t];
    for (const auto& w : needles) check(s, w);
    for (int k = 0; k < 20 && !s.empty(); ++k) {  // pieces of the text itself, and of other lines
      const auto b = (next() >> 8) % s.size();
      check(s, std::string_view(s).substr(b, 1 + (next() >> 8) % 9));
      const std::string& o = texts[(next() >> 8) % texts.size()];
      if (!o.empty()) check(s, std::string_view(o).substr((next() >> 8) % o.size(), 2 + (next() >> 8) % 6));
    }
  }
  for (int k = 0; k < 20000; ++k) {  // a two-letter alphabet: overlapping and partial matches everywhere
    std::string s, w;
    for (std::uint32_t n = (next() >> 8) % 40; n > 0; --n) s += "ab"[(next() >> 8) % 2];
    for (std::uint32_t n = (next() >> 8) % 5; n > 0; --n) w += "ab"[(next() >> 8) % 2];
    check(s, w);
  }
  // the same with a byte that leads a non-Hangul character (the needle is then keyed on its first byte)
  for (const char* alphabet : {"\xE2" "a", "\xC2\x96", "\xEA\xE2", "\xF0\xE2"})
    for (int k = 0; k < 20000; ++k) {
      std::string s, w;
      for (std::uint32_t n = (next() >> 8) % 40; n > 0; --n) s += alphabet[(next() >> 8) % 2];
      for (std::uint32_t n = (next() >> 8) % 5; n > 0; --n) w += alphabet[(next() >> 8) % 2];
      check(s, w);
    }
  CHECK(differ == 0);
  CHECK(compared > 50000);
  CHECK(found > 10000);
}

TEST_CASE("normalise_newlines (runs between carriage returns copied whole) agrees with the byte loop", "[utf8]") {
  // every string of up to six bytes over CR, LF, 'a' and a Hangul lead byte
  const char alphabet[] = {'\r', '\n', 'a', '\xEA'};
  std::size_t checked = 0, differ = 0;
  for (std::size_t len = 0; len <= 6; ++len) {
    std::size_t total = 1;
    for (std::size_t k = 0; k < len; ++k) total *= 4;
    for (std::size_t code = 0; code < total; ++code) {
      std::string s;
      for (std::size_t k = 0, c = code; k < len; ++k, c /= 4) s += alphabet[c % 4];
      if (yp::text::normalise_newlines(s) != yp::text::normalise_newlines_by_char(s)) ++differ;
      ++checked;
    }
  }
  const std::string article = "date: 2025-10-24\r\n\r\n첫 문단.\r둘째 문단.\n\r\n끝\r";
  CHECK(yp::text::normalise_newlines(article) == yp::text::normalise_newlines_by_char(article));
  CHECK(differ == 0);
  CHECK(checked > 5000);
}
