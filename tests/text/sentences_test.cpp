// Tests for engine/text/sentences.hpp: splits Korean news prose, and the places it must not split.
#include "text/sentences.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {
std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (auto s : yp::text::split_sentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}
}  // namespace

TEST_CASE("splits at sentence-final punctuation followed by space", "[sentences]") {
  auto s = split("오픈AI는 24일 입장을 냈다. 알트먼은 오지 않는다? 정말이다! 끝");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "오픈AI는 24일 입장을 냈다.");
  CHECK(s[1] == "알트먼은 오지 않는다?");
  CHECK(s[2] == "정말이다!");
  CHECK(s[3] == "끝");
}

TEST_CASE("line breaks end sentences and blank lines make paragraphs", "[sentences]") {
  std::string text = "  첫 문장이다.\n둘째 줄 제목\n\n\n셋째 문단이다. 또 한 문장.  \n\n넷째.";
  auto spans = yp::text::split_sentences(text);
  REQUIRE(spans.size() == 5);
  CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "첫 문장이다.");
  CHECK(spans[0].begin == 2);
  CHECK(spans[0].paragraph == 0);
  CHECK(spans[1].paragraph == 0);
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "둘째 줄 제목");
  CHECK(spans[2].paragraph == 1);
  CHECK(spans[3].paragraph == 1);
  CHECK(text.substr(spans[3].begin, spans[3].end - spans[3].begin) == "또 한 문장.");
  CHECK(spans[4].paragraph == 2);
}

TEST_CASE("'다.' ends a sentence before a new line or directly before the next word", "[sentences]") {
  auto s = split("회의가 열렸다.\n다음 회의는 미정이다.그는 자리를 떴다.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "회의가 열렸다.");
  CHECK(s[1] == "다음 회의는 미정이다.");
  CHECK(s[2] == "그는 자리를 떴다.");
}

TEST_CASE("does not split inside numbers", "[sentences]") {
  CHECK(split("성장률은 1.5%로 낮아졌다.").size() == 1);
  CHECK(split("행사는 2025.10.24 열렸다.").size() == 1);
  CHECK(split("행사는 2025. 10. 24. 열렸다. 다음 문장.").size() == 2);
  CHECK(split("버전 3.0.1을 공개했다.").size() == 1);
  CHECK(split("매출은 10억 원이다. 2위는 5억 원이다.").size() == 2);
}

TEST_CASE("does not split inside quotes where the sentence continues", "[sentences]") {
  auto s = split("관계자는 \"우리는 준비가 됐다. 곧 발표한다.\"라며 \"기다려 달라\"고 말했다. 다음 문장이다.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "관계자는 \"우리는 준비가 됐다. 곧 발표한다.\"라며 \"기다려 달라\"고 말했다.");
  CHECK(s[1] == "다음 문장이다.");

  auto t = split("그는 “시장은 크다. 그러나 경쟁도 세다.”고 분석했다. 끝이다.");
  REQUIRE(t.size() == 2);

  auto u = split("회사는 '정말 그럴까? 아니다.'라는 반응을 보였다.");
  CHECK(u.size() == 1);

  auto v = split("(오픈AI 최고경영자 알트만. 자료사진) 본문이 이어진다.");
  CHECK(v.size() == 1);
}

TEST_CASE("a quote that ends a sentence splits after the quote", "[sentences]") {
  auto s = split("\"우리는 간다.\" 그가 말했다.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "\"우리는 간다.\"");
  CHECK(s[1] == "그가 말했다.");
}

TEST_CASE("does not split after abbreviations or initials", "[sentences]") {
  CHECK(split("애플 Inc. 관계자가 방한했다.").size() == 1);
  CHECK(split("삼성물산 Co. Ltd. 측이 밝혔다.").size() == 1);
  CHECK(split("J. 로버트 오펜하이머가 등장한다.").size() == 1);
  CHECK(split("Dr. 김이 발표했다.").size() == 1);
  // A normal Latin word before '.' does split.
  CHECK(split("회사 이름은 OpenAI. 본사는 미국이다.").size() == 2);
}

TEST_CASE("apostrophes and year abbreviations do not open quotes", "[sentences]") {
  auto s = split("'25년 실적이 좋았다. Altman's 계획도 있다. 다음.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "'25년 실적이 좋았다.");
}

TEST_CASE("an unclosed quote does not swallow the rest of the line", "[sentences]") {
  auto s = split("그는 \"이상한 인용을 했다. 다음 문장이다.");
  CHECK(s.size() == 2);
}

TEST_CASE("a list marker does not end a sentence", "[sentences]") {
  auto s = split("1. 첫째 과제는 인프라다. 2. 둘째는 인재다.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "1. 첫째 과제는 인프라다.");
  CHECK(s[1] == "2. 둘째는 인재다.");
  // But a sentence that ends in a number still ends.
  CHECK(split("올해 순위는 2위에서 1. 다음 해는 모른다.").size() == 2);
}

TEST_CASE("ellipsis and punctuation runs", "[sentences]") {
  auto s = split("설립 가능성 언급... 우주 데이터센터 구상도 나왔다?! 그렇다.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "설립 가능성 언급...");
  CHECK(s[1] == "우주 데이터센터 구상도 나왔다?!");
}

TEST_CASE("empty and whitespace-only text has no sentences and CRLF is handled", "[sentences]") {
  CHECK(split("").empty());
  CHECK(split("   \n\n \t ").empty());
  auto s = split("첫째다.\r\n둘째다.\r\n");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "첫째다.");
  CHECK(s[1] == "둘째다.");
}

TEST_CASE("crawl glue: a period after Hangul ends a sentence before a digit, Hangul or an opening quote", "[sentences][crawl]") {
  // must split
  auto s = split("삼성은 공급 계약을 맺었다.14일 업계에 따르면 규모는 크다.");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "14일 업계에 따르면 규모는 크다.");
  s = split("김포한강신도시 위치도. 자료는 국토해양부.16일 국토해양부에 따르면 입주가 시작된다.");
  REQUIRE(s.size() == 3);
  CHECK(s[2] == "16일 국토해양부에 따르면 입주가 시작된다.");
  s = split("참가자를 모집한다.'2019 피칭대전'은 시민 공모전이다.");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "'2019 피칭대전'은 시민 공모전이다.");
  // must not split: digits before the period, a closing quote after it, an ellipsis run
  CHECK(split("성장률은 1.5%로 낮아졌다.").size() == 1);
  CHECK(split("그는 \"준비가 됐다.\"라고 말했다.").size() == 1);
  CHECK(split("시장 점유율은 3.2배 늘었다.").size() == 1);
}

TEST_CASE("a stray quote in a one-line crawl does not hold the rest of the article together", "[sentences][crawl]") {
  // An unpaired " opens nothing when its closer is further than a quotation can be.
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += "회사는 새 공장을 지었다. ";
  std::string text = "대표는 \"좋다고 말했다. " + filler + "그는 \"끝\"이라고 했다.";
  auto s = split(text);
  CHECK(s.size() >= 40);
  // '2019 …' with four digits opens a quotation; '25년 with two is a year apostrophe
  CHECK(split("'2019 피칭대전'은 공모전이다. 다음 문장이다.").size() == 2);
  CHECK(split("'25년 목표를 세웠다. 다음 문장이다.").size() == 2);
}

TEST_CASE("a run of text longer than kMaxSentenceBytes is cut at a space, nothing lost", "[sentences]") {
  using yp::text::kMaxSentenceBytes;
  std::string text;
  while (text.size() < 5 * kMaxSentenceBytes) text += "한빛전자는 가온소프트를 인수하고 ";  // no sentence end
  text += "끝났다.";
  const auto spans = yp::text::split_sentences(text);
  REQUIRE(spans.size() >= 5);
  std::size_t covered = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    CHECK(spans[i].end - spans[i].begin <= kMaxSentenceBytes);
    CHECK(spans[i].begin < spans[i].end);
    if (i > 0) CHECK(text[spans[i].begin - 1] == ' ');  // cut where a space was, never inside a word
    covered += spans[i].end - spans[i].begin + 1;
  }
  CHECK(covered == text.size() + 1);  // every byte but the cut spaces is in a span
  CHECK(text.substr(spans.back().begin).find("끝났다.") != std::string::npos);

  // no space at all: cut at a code point boundary (Hangul is three bytes)
  std::string solid;
  while (solid.size() < 3 * kMaxSentenceBytes) solid += "가";
  for (auto s : yp::text::split_sentences(solid)) {
    CHECK(s.end - s.begin <= kMaxSentenceBytes);
    CHECK((s.end - s.begin) % 3 == 0);
  }
}

TEST_CASE("split_sentences takes runs of letters as the code-point loop splits: corpora, samples, random text",
          "[sentences]") {
  using yp::text::split_sentences;
  using yp::text::split_sentences_by_code_point;
  std::vector<std::string> texts;
  for (const char* name : {"time_ko.tsv", "time_ko_negatives.tsv", "events_ko.tsv", "events_samples.tsv"}) {
    std::ifstream in(std::string(YP_CORPUS_DIR) + "/" + name);
    std::stringstream all;
    all << in.rdbuf();
    texts.push_back(all.str());
    for (std::string line; std::getline(all, line);) texts.push_back(line);
  }
  for (const auto& f : std::filesystem::directory_iterator(YP_SAMPLES_DIR)) {
    std::ifstream in(f.path());
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  // random texts of the pieces the rules look at: marks, quotes, brackets, digits, initials, abbreviations,
  // spaces of several kinds, line breaks, Hangul and CJK letters, and bytes that are not UTF-8
  static const char* kPieces[] = {"가", "했다", "다", "A", "J", "Inc", "1", "25", "2025", ".", ". ", "?", "!", "…", "。",
                                  "．", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "」", "「", " ", "  ", "\n",
                                  "\n\n", "\t", "\u00A0", "\u3000", "\xEA", "\xEA\xB0", "\xED\xA0\x80", "\x80",
                                  "ꀀ", "a", "z", "0"};
  std::uint32_t x = 4242;
  for (int k = 0; k < 30000; ++k) {
    std::string t;
    for (int len = 0; len < 1 + k % 40; ++len) {
      x = x * 1664525u + 1013904223u;
      t += kPieces[(x >> 16) % (sizeof kPieces / sizeof kPieces[0])];
    }
    texts.push_back(t);
  }
  texts.push_back(std::string(5000, 'a'));  // longer than kMaxSentenceBytes, one run
  std::size_t spans = 0, differ = 0;
  for (const auto& t : texts) {
    const auto a = split_sentences(t);
    spans += a.size();
    if (a != split_sentences_by_code_point(t)) {
      ++differ;
      if (differ < 3) FAIL_CHECK("differs on: " << t.substr(0, 300));
    }
  }
  CHECK(differ == 0);
  CHECK(spans > 50000);
}
