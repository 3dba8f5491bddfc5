// Tests for the TimelineJS, iCalendar and HTML writers (engine/export/timelinejs.cpp, ics.cpp, html.cpp) on
// hand-made events: Korean display dates for fuzzy periods, events a format cannot place left out and
// counted, HTML escaping, RFC 5545 escaping and folding at 75 octets on character boundaries, DTEND
// exclusive. The files written from samples/ are read back by real parsers in tests/export/*.py.
#include "export/writer.hpp"

#include "support/events.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace date::literals;
using yp::DayInterval;
using yp::event::Event;
using yp::test::day;

namespace {

struct Written {
  std::string text;
  yp::exporter::WriteSummary summary;
};
Written write(std::string_view format, const std::vector<const Event*>& events) {
  auto w = yp::exporter::make_writer(format);
  REQUIRE(w.ok());
  std::ostringstream out;
  auto s = w.value()->write(out, events);
  return {out.str(), s};
}

// Four events: the APEC non-attendance (days), 이달 초 (fuzzy), 2027년 이후 (open end), no time.
std::vector<Event> fixture() {
  Event apec = yp::test::apec_cancellation();
  apec.summary = "샘 알트먼 불참: <script>alert(1)</script> & \"APEC\"";
  auto m = yp::test::mention("apec.txt", 0, 10, "알트먼은 28일부터 31일까지 열리는 서밋에 불참한다; 이유는, 일정\\충돌.");
  m.title = "알트먼, 경주 APEC 불참";
  m.outlet = "연표일보";
  apec.mentions = {m};
  Event early = yp::test::make_event(yp::event::EventType::Visit, "샘 알트먼",
                                     DayInterval::days(day(2025_y / 10 / 1), day(2025_y / 10 / 10)));
  early.grain = yp::time::Grain::MonthPart;
  early.mod = yp::time::Mod::Start;
  early.fuzzy = true;
  early.time_text = "이달 초";
  early.summary = "샘 알트먼 방한";
  early.mentions = {yp::test::mention("apec.txt", 20, 40, "가장 최근 방문이 이달 초였다.")};
  Event open = yp::test::make_event(yp::event::EventType::Opening, "한빛전자", DayInterval{day(2027_y / 1 / 1), std::nullopt});
  open.summary = "한빛전자 공장 가동";
  Event none = yp::test::make_event(yp::event::EventType::Statement, "관계자", DayInterval{});
  none.summary = "관계자 발언";
  return {apec, early, open, none};
}

std::vector<const Event*> ptrs(const std::vector<Event>& v) {
  std::vector<const Event*> p;
  for (const auto& e : v) p.push_back(&e);
  return p;
}

// Physical lines of an iCalendar text (split on CRLF; the last, empty piece dropped).
std::vector<std::string> ics_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (std::size_t i = s.find("\r\n"); i != std::string::npos; i = s.find("\r\n", b)) {
    out.push_back(s.substr(b, i - b));
    b = i + 2;
  }
  REQUIRE(b == s.size());  // ends in CRLF
  return out;
}

// True when `s` is a sequence of whole UTF-8 characters (no sequence cut at either end).
bool whole_characters(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

}  // namespace

TEST_CASE("timelinejs: slides with Korean display dates, an open end placed at its start, no time left out") {
  auto events = fixture();
  auto w = write("timelinejs", ptrs(events));
  CHECK(w.summary.written == 3);
  CHECK(w.summary.left_out == 1);
  CHECK(w.summary.why_left_out.find("시점 미상") != std::string::npos);
  auto doc = nlohmann::json::parse(w.text);
  CHECK(doc["title"]["text"]["headline"] == "연표");
  REQUIRE(doc["events"].size() == 3);
  const auto& apec = doc["events"][0];
  CHECK(apec["start_date"] == nlohmann::json({{"year", 2025}, {"month", 10}, {"day", 28}}));
  CHECK(apec["end_date"] == nlohmann::json({{"year", 2025}, {"month", 10}, {"day", 31}}));
  CHECK(apec["display_date"] == "2025년 10월 28일~31일");
  CHECK(apec["group"] == "cancellation");
  CHECK(apec["unique_id"].get<std::string>().rfind("yp-", 0) == 0);
  const std::string headline = apec["text"]["headline"];
  CHECK(headline.find("<script>") == std::string::npos);  // TimelineJS renders HTML: it is escaped
  CHECK(headline.find("&lt;script&gt;") != std::string::npos);
  CHECK(headline.rfind("✗ (예정) ", 0) == 0);
  const std::string text = apec["text"]["text"];
  CHECK(text.find("<blockquote>알트먼은 28일부터") != std::string::npos);
  CHECK(text.find("연표일보 「알트먼, 경주 APEC 불참」") != std::string::npos);
  const auto& early = doc["events"][1];
  CHECK(early["display_date"] == "2025년 10월 초");
  CHECK(early["text"]["text"].get<std::string>().find("정확한 날짜가 아님") != std::string::npos);
  const auto& open = doc["events"][2];
  CHECK(open["start_date"] == nlohmann::json({{"year", 2027}, {"month", 1}, {"day", 1}}));
  CHECK_FALSE(open.contains("end_date"));
  CHECK(open["display_date"] == "2027년 1월 1일 이후");
}

TEST_CASE("timelinejs-csv: the template's columns, a title row, one row per placed event") {
  auto events = fixture();
  auto w = write("timelinejs-csv", ptrs(events));
  CHECK(w.summary.written == 3);
  CHECK(w.summary.left_out == 1);
  CHECK(w.text.rfind("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                     "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n",
                     0) == 0);
  CHECK(yp::exporter::timelinejs_csv_columns().size() == 18);
  CHECK(w.text.find(",,,,,,,,,연표,") != std::string::npos);  // the title row: Headline only, Type "title"
  CHECK(w.text.find("2025,10,1,,2025,10,10,,2025년 10월 초,샘 알트먼 방한,") != std::string::npos);
}

TEST_CASE("ics: all-day events, DTEND exclusive, RFC 5545 escapes, open or unknown times left out") {
  auto events = fixture();
  auto w = write("ics", ptrs(events));
  CHECK(w.summary.written == 2);
  CHECK(w.summary.left_out == 2);
  // Unfold, then look at content lines.
  std::string unfolded;
  for (const auto& l : ics_lines(w.text)) {
    if (!l.empty() && l[0] == ' ') unfolded += l.substr(1);
    else unfolded += (unfolded.empty() ? "" : "\n") + l;
  }
  CHECK(unfolded.rfind("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:", 0) == 0);
  CHECK(unfolded.find("\nDTSTART;VALUE=DATE:20251028\nDTEND;VALUE=DATE:20251101\n") != std::string::npos);
  CHECK(unfolded.find("\nDTSTART;VALUE=DATE:20251001\nDTEND;VALUE=DATE:20251011\n") != std::string::npos);
  CHECK(unfolded.find("SUMMARY:✗ (예정) 샘 알트먼 불참: <script>alert(1)</script> & \"APEC\"") != std::string::npos);
  CHECK(unfolded.find("불참한다\\; 이유는\\, 일정\\\\충돌.") != std::string::npos);
  CHECK(unfolded.find("흐린 기간: '이달 초'의 관례상 경계(2025-10-01 ~ 2025-10-10)") != std::string::npos);
  CHECK(unfolded.find("X-YEONPYO-FUZZY:TRUE") != std::string::npos);
  CHECK(unfolded.find("2027") == std::string::npos);  // the open-ended event is not on the calendar
  CHECK(unfolded.find("관계자 발언") == std::string::npos);
  CHECK(unfolded.rfind("END:VCALENDAR") == unfolded.size() - 13);
}

TEST_CASE("ics: lines are folded at 75 octets and never inside a UTF-8 character") {
  for (std::size_t n : {1u, 20u, 24u, 25u, 26u, 70u, 200u}) {
    Event e = fixture()[0];
    e.summary.clear();
    for (std::size_t i = 0; i < n; ++i) e.summary += (i % 3 == 0) ? "가" : (i % 3 == 1 ? "a" : "😀");
    auto w = write("ics", {&e});
    std::string unfolded;
    for (const auto& l : ics_lines(w.text)) {
      INFO("summary of " << n << ": " << l);
      CHECK(l.size() <= 75);
      REQUIRE_FALSE(l.empty());
      CHECK(whole_characters(l));
      if (l[0] == ' ') unfolded += l.substr(1);
      else unfolded += "\n" + l;
    }
    CHECK(unfolded.find("SUMMARY:✗ (예정) " + e.summary + "\n") != std::string::npos);
  }
}

TEST_CASE("html: one self-contained page, escaped text, events by month with their classes") {
  auto events = fixture();
  auto w = write("html", ptrs(events));
  CHECK(w.summary.written == 4);
  const std::string& page = w.text;
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<html lang=\"ko\">") != std::string::npos);
  CHECK(page.find("default-src 'none'") != std::string::npos);  // the browser may fetch nothing
  for (std::string_view remote : {"http://", "https://", " src=", "<link", "@import", "url("}) {
    INFO(remote);
    CHECK(page.find(remote) == std::string::npos);
  }
  CHECK(page.find("Noto Sans CJK KR") != std::string::npos);
  CHECK(page.find("Malgun Gothic") != std::string::npos);
  CHECK(page.find("<script>alert(1)") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;APEC&quot;") != std::string::npos);
  CHECK(page.find("data-month=\"2025-10\"><h2>2025년 10월<small>2건</small>") != std::string::npos);
  CHECK(page.find("data-month=\"2027-01\"") != std::string::npos);
  CHECK(page.find("data-month=\"unknown\"><h2>시점 미상") != std::string::npos);
  CHECK(page.find("class=\"ev neg planned span\"") != std::string::npos);
  CHECK(page.find("class=\"ev span fuzzy\"") != std::string::npos);
  CHECK(page.find("class=\"ev span open-end cont\"") != std::string::npos);
  CHECK(page.find("<option value=\"cancellation\">cancellation (1)</option>") != std::string::npos);
  CHECK(page.find("<option value=\"샘 알트먼\">샘 알트먼 (2)</option>") != std::string::npos);
  CHECK(page.find("<blockquote class=\"sentence\">가장 최근 방문이 이달 초였다.</blockquote>") != std::string::npos);
  CHECK(page.find("<span id=\"shown\">4</span> / 4개 사건") != std::string::npos);
}
