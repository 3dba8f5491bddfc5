// Tests for the fast paths of the temporal normaliser against their reference paths, on the three corpora of
// tests/corpus, the articles of samples/ and made-up edge cases: the grammar's filter of first tokens
// (rules::parse_all against parse_all_every_token) and the scanner's table of what a word may begin
// (scan::scan against scan_every_word).
#include "text/fold.hpp"
#include "time/rules.hpp"
#include "time/scanner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace yp::time;

namespace {

// Whole lines of the corpora (tabs, dates, Korean, ASCII), each corpus also as one text, the sample articles,
// and edge cases.
std::vector<std::string> texts() {
  std::vector<std::string> out;
  for (const char* name : {"time_ko.tsv", "time_ko_negatives.tsv", "events_ko.tsv"}) {
    std::ifstream in(std::string(YP_CORPUS_DIR) + "/" + name);
    std::string line, all;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      out.push_back(line);
      all += line;
      all += out.size() % 3 ? " " : "\n";
    }
    out.push_back(all);
  }
  for (const auto& f : std::filesystem::directory_iterator(YP_SAMPLES_DIR)) {
    if (f.path().extension() != ".txt") continue;
    std::ifstream in(f.path());
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  for (const char* s : {"", " ", "\n", "년", "2025", "'25년", "‘25년 ’26년", "취임 이후", "취임이후", "취임 이후에",
                        "오는 28~31일", "9~10월", "오후 2~4시", "3~4시간", "(2006)", "김씨(1934~2019)", "2025. 9. 1.",
                        "10.24(금)", "최근 3년간", "매주 월요일", "몇 달 전", "이날 오후 3시", "정오", "설 연휴", "추석인 15일",
                        "A1 2025년", "1,000년", "COVID-19 2023-2025년", "공개했다.2일 발표", "초 말 중순 에 부터 까지"})
    out.emplace_back(s);
  return out;
}

}  // namespace

TEST_CASE("time fast paths: the grammar's first-token filter finds what every token finds", "[fast-paths]") {
  std::size_t parses = 0, differ = 0;
  for (const auto& t : texts()) {
    const auto f = yp::text::fold(t);
    const auto s = scan::scan(f.text);
    const auto fast = rules::parse_all(s, f.text);
    const auto ref = rules::parse_all_every_token(s, f.text);
    parses += ref.size();
    if (fast != ref) {
      ++differ;
      INFO("text: " << t.substr(0, 200));
      CHECK(fast.size() == ref.size());
    }
  }
  CHECK(differ == 0);
  CHECK(parses > 3000);
}

TEST_CASE("time fast paths: the scanner's syllable table gives the tokens of trying every matcher", "[fast-paths]") {
  std::size_t tokens = 0, holidays = 0, differ = 0;
  for (const auto& t : texts()) {
    const auto f = yp::text::fold(t);
    const auto fast = scan::scan(f.text);
    const auto ref = scan::scan_every_word(f.text);
    tokens += ref.tokens.size();
    holidays += ref.holidays.size();
    if (fast.tokens != ref.tokens || fast.holidays != ref.holidays) {
      ++differ;
      INFO("text: " << t.substr(0, 200));
      CHECK(fast.tokens.size() == ref.tokens.size());
    }
  }
  CHECK(differ == 0);
  CHECK(tokens > 100000);
  CHECK(holidays > 50);
}
