// Property tests over generated inputs for the text module: UTF-8 validation against a naive reference
// (Unicode Table 3-7), and invariants of sentence spans, numerals, folding and article parsing.
#include "text/article.hpp"
#include "text/fold.hpp"
#include "text/numerals.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

namespace {

// Offset of the first ill-formed byte per Unicode Table 3-7 (well-formed UTF-8 byte sequences), or npos.
std::size_t naive_first_invalid(const std::string& s) {
  struct Range {
    unsigned char lo, hi;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    std::vector<Range> seq;
    if (b <= 0x7F) seq = {};
    else if (b >= 0xC2 && b <= 0xDF) seq = {{0x80, 0xBF}};
    else if (b == 0xE0) seq = {{0xA0, 0xBF}, {0x80, 0xBF}};
    else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) seq = {{0x80, 0xBF}, {0x80, 0xBF}};
    else if (b == 0xED) seq = {{0x80, 0x9F}, {0x80, 0xBF}};
    else if (b == 0xF0) seq = {{0x90, 0xBF}, {0x80, 0xBF}, {0x80, 0xBF}};
    else if (b >= 0xF1 && b <= 0xF3) seq = {{0x80, 0xBF}, {0x80, 0xBF}, {0x80, 0xBF}};
    else if (b == 0xF4) seq = {{0x80, 0x8F}, {0x80, 0xBF}, {0x80, 0xBF}};
    else return i;
    for (std::size_t k = 0; k < seq.size(); ++k) {
      if (i + 1 + k >= s.size()) return i;
      auto c = static_cast<unsigned char>(s[i + 1 + k]);
      if (c < seq[k].lo || c > seq[k].hi) return i;
    }
    i += 1 + seq.size();
  }
  return std::string::npos;
}

const std::vector<std::string> kPieces = {
    "다.", "다", ". ", "? ", "!", "...", "…", "\"", "'", "“", "”", "(", ")", "「", "」", "1", "2025", ".", " ",
    "\n", "\n\n", "\r\n", "라며 ", "고 ", "Inc.", "J.", "오픈AI", "가", "의", "\u3000", "\u00A0", "～", "–", "천",
    "만", "억", "이십", "한 ", "열", ",000", "25", "'25년", "  ", "\t", "ᄒ", "ᅡ", "ᆫ"};

std::string random_text(std::mt19937& rng, int pieces) {
  std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
  std::string out;
  for (int i = 0; i < pieces; ++i) out += kPieces[pick(rng)];
  return out;
}

bool is_space_byte_seq(const std::string& s, std::size_t b) {
  char c = s[b];
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

TEST_CASE("find_invalid_utf8 agrees with the Table 3-7 reference on random bytes", "[properties]") {
  std::mt19937 rng(20251024);
  std::uniform_int_distribution<int> len(0, 12);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> biased(0x7F, 0xF5);
  for (int round = 0; round < 200000; ++round) {
    std::string s;
    int n = len(rng);
    for (int i = 0; i < n; ++i) s.push_back(static_cast<char>(round % 2 ? byte(rng) : biased(rng)));
    auto ours = yp::text::find_invalid_utf8(s);
    auto ref = naive_first_invalid(s);
    if (ref == std::string::npos) {
      if (ours) FAIL("flagged valid input at " << ours->offset << ": " << ours->message);
    } else {
      if (!ours || ours->offset != ref) FAIL("missed invalid byte at " << ref);
    }
  }
}

TEST_CASE("sentence spans are ordered, trimmed and cover every non-space byte", "[properties]") {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> len(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string text = random_text(rng, len(rng));
    auto spans = yp::text::split_sentences(text);
    std::vector<bool> covered(text.size(), false);
    std::size_t prev_end = 0, prev_par = 0;
    for (const auto& sp : spans) {
      REQUIRE(sp.begin < sp.end);
      REQUIRE(sp.end <= text.size());
      REQUIRE(sp.begin >= prev_end);
      REQUIRE(sp.paragraph >= prev_par);
      REQUIRE_FALSE(is_space_byte_seq(text, sp.begin));
      REQUIRE_FALSE(is_space_byte_seq(text, sp.end - 1));
      for (std::size_t k = sp.begin; k < sp.end; ++k) covered[k] = true;
      prev_end = sp.end;
      prev_par = sp.paragraph;
    }
    for (std::size_t k = 0; k < text.size(); ++k) {
      if (!covered[k] && !is_space_byte_seq(text, k)) {
        // Only multi-byte spaces (NBSP, ideographic space) may be left out.
        std::size_t b = k;
        while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0u) == 0x80u) --b;
        std::size_t p = b;
        char32_t cp = yp::text::decode_at(text, p);
        if (cp != 0x00A0 && cp != 0x3000) FAIL("byte " << k << " not in any sentence: " << text);
      }
    }
  }
}

TEST_CASE("numerals, folding and articles never misbehave on generated text", "[properties]") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> len(0, 30);
  for (int round = 0; round < 5000; ++round) {
    std::string text = yp::text::to_nfc(random_text(rng, len(rng)));
    REQUIRE_FALSE(yp::text::find_invalid_utf8(text));
    for (std::size_t pos = 0; pos <= text.size(); ++pos) {
      if (auto n = yp::text::parse_number_at(text, pos)) {
        REQUIRE(n->begin == pos);
        REQUIRE(n->end > pos);
        REQUIRE(n->end <= text.size());
        REQUIRE(n->value >= 0);
      }
    }
    auto f = yp::text::fold(text);
    REQUIRE(f.origin.size() == f.text.size() + 1);
    REQUIRE_FALSE(yp::text::find_invalid_utf8(f.text));
    for (std::size_t i = 1; i < f.origin.size(); ++i) REQUIRE(f.origin[i] > f.origin[i - 1]);
    REQUIRE(f.origin.back() == text.size());
    auto a = yp::text::parse_article(text, "gen.txt", date::year_month_day{date::year{2025}, date::month{1}, date::day{1}});
    if (a) {
      REQUIRE_FALSE(a.value().body.empty());
      REQUIRE(a.value().body_offset <= text.size());
    } else {
      REQUIRE(a.error().code == yp::ErrorCode::BadArgument);  // only "empty article" is possible here
    }
  }
}
