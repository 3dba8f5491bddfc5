// Tests for engine/event/aliases.cpp: the built-in table and user rows (errors name the line).
#include "event/aliases.hpp"

#include "core/data.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>

using yp::event::Aliases;

TEST_CASE("built-in aliases map to one canonical name", "[aliases]") {
  auto& a = Aliases::builtin();
  CHECK(a.canonical("알트만") == "샘 알트먼");
  CHECK(a.canonical("알트먼") == "샘 알트먼");
  CHECK(a.canonical("Sam Altman") == "샘 알트먼");
  CHECK(a.canonical("샘 알트만") == "샘 알트먼");
  CHECK(a.canonical("OpenAI") == "오픈AI");
  CHECK(a.canonical("오픈에이아이") == "오픈AI");
  CHECK(a.canonical("과기정통부") == "과학기술정보통신부");
  CHECK(a.canonical("과기부") == "과학기술정보통신부");
  CHECK(a.canonical("기재부") == "기획재정부");
  CHECK(a.canonical("금감원") == "금융감독원");
  CHECK(a.canonical("민주당") == "민주당");  // not always 더불어민주당: left as written
  CHECK(a.canonical("삼성") == "삼성전자");
  CHECK(a.canonical("하이닉스") == "SK하이닉스");
  CHECK(a.canonical("대한상의") == "대한상공회의소");
  CHECK(a.canonical("WSJ") == "월스트리트저널");
  CHECK(a.canonical("Stoke Space") == "스톡 스페이스");
  CHECK(a.canonical("스톡") == "스톡 스페이스");
  CHECK(a.canonical("Nvidia") == "엔비디아");
  CHECK(a.canonical("방심위") == "방송통신심의위원회");
  CHECK(a.canonical("충남도") == "충청남도");
  CHECK(a.canonical("충남") == "충남");  // the region before a city (충남 천안): left as written
  CHECK(a.canonical("의협") == "대한의사협회");
  CHECK(a.canonical("기아차") == "기아");
  CHECK(a.canonical("기아자동차") == "기아");
}

TEST_CASE("SK (the group) and SK하이닉스 stay apart", "[aliases]") {
  auto& a = Aliases::builtin();
  CHECK(a.canonical("SK") == "SK그룹");
  CHECK(a.canonical("SK하이닉스") == "SK하이닉스");
  CHECK(a.canonical("SK") != a.canonical("SK하이닉스"));
}

TEST_CASE("lookups ignore ASCII case and repeated spaces, unknown names pass through", "[aliases]") {
  auto& a = Aliases::builtin();
  CHECK(a.canonical("openai") == "오픈AI");
  CHECK(a.canonical("  샘   알트만 ") == "샘 알트먼");
  CHECK(a.known("nvidia"));
  CHECK_FALSE(a.known("가람자동차"));
  CHECK(a.canonical("가람자동차") == "가람자동차");
}

TEST_CASE("the built-in table file parses without conflicts", "[aliases]") {
  auto tsv = yp::data::lookup("event/data/aliases.tsv");
  REQUIRE(tsv);
  Aliases fresh;
  auto r = fresh.add_tsv(*tsv, "aliases.tsv");
  INFO((r ? std::string() : r.error().what()));
  CHECK(r.ok());
}

TEST_CASE("user alias files add rows, bad rows fail with their line and add nothing", "[aliases]") {
  Aliases a;
  auto ok = a.add_tsv("# my aliases\n가람자동차\t가람차\tGaram Motors\n", "mine.tsv");
  REQUIRE(ok.ok());
  CHECK(a.canonical("가람차") == "가람자동차");
  CHECK(a.canonical("garam motors") == "가람자동차");

  Aliases b;
  auto bad = b.add_tsv("한빛전자\t한빛\n누리칩스\n", "bad.tsv");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line == 2);
  CHECK(bad.error().file == "bad.tsv");
  CHECK(bad.error().what().find("bad.tsv:2") != std::string::npos);
  CHECK_FALSE(b.known("한빛"));  // nothing added from a failing file

  Aliases c;
  REQUIRE(c.add_tsv("오픈AI\tOpenAI\n", "x.tsv").ok());
  auto clash = c.add_tsv("\n\n앤트로픽\tOpenAI\n", "y.tsv");
  REQUIRE_FALSE(clash.ok());
  CHECK(clash.error().line == 3);
  CHECK(c.canonical("OpenAI") == "오픈AI");
}

TEST_CASE("a company's legal form is no part of its name", "[aliases]") {
  const auto& a = yp::event::Aliases::builtin();
  CHECK(a.canonical("㈜아이콘트롤스") == "아이콘트롤스");
  CHECK(a.canonical("아이콘트롤스(주)") == "아이콘트롤스");
  CHECK(a.canonical("주식회사 카카오") == "카카오");
  CHECK(a.canonical("(주)삼성") == "삼성전자");  // then the alias table applies
  // must not: a name that is only the form, or a form inside a name
  CHECK(a.canonical("㈜") == "㈜");
  CHECK(a.canonical("한국주식회사협회") == "한국주식회사협회");
}

TEST_CASE("a name that is its own key is looked up as it is: the same answers as a key built for every name", "[aliases]") {
  const auto& al = yp::event::Aliases::builtin();
  std::size_t names = 0, known = 0, differ = 0;
  auto compare = [&](std::string_view n) {
    ++names;
    known += al.known(n);
    if (al.known(n) != al.known_by_key(n) || al.canonical(n) != al.canonical_by_key(n)) {
      ++differ;
      UNSCOPED_INFO(n);
    }
  };
  // every name of the table, as it is, in capitals, with spaces and tabs around and inside, with legal forms
  auto tsv = yp::data::lookup("event/data/aliases.tsv");
  REQUIRE(tsv);
  for (const auto& row : yp::data::rows(*tsv))
    for (std::string_view f : row.fields) {
      std::string n(f), upper(f);
      for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      for (const std::string& v : {n, upper, " " + n, n + "\t", "  " + n + "  ", "㈜" + n, n + "(주)", "주식회사 " + n,
                                   n + "의", n.substr(0, n.size() / 2)})
        compare(v);
      std::string spaced;
      for (char c : n) spaced += c == ' ' ? std::string("  \t ") : std::string(1, c);
      compare(spaced);
    }
  // and every word and stem of the events corpus
  std::ifstream in(std::string(YP_CORPUS_DIR) + "/events_ko.tsv", std::ios::binary);
  for (std::string l; std::getline(in, l);) {
    std::size_t p = 0;
    while (p < l.size()) {
      const std::size_t q = std::min(l.find_first_of(" \t", p), l.size());
      compare(std::string_view(l).substr(p, q - p));
      p = q + 1;
    }
  }
  for (std::string_view n : {"", " ", "\t", "SK", "sk", "Sk", "SK하이닉스", "OPENAI", "openai", "Open AI", "open  ai", "\xff\xfe"})
    compare(n);
  CHECK(differ == 0);
  CHECK(names > 10000);
  CHECK(known > 500);
}
