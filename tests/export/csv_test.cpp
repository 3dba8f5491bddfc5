// Tests for the CSV and TSV writers (engine/export/writer.cpp): RFC 4180 quoting of every special
// character, CRLF line ends, the BOM only when asked, the formula guard (on by default, text columns only),
// the header row and column order, TSV escapes, and the factory's error for unknown formats.
#include "export/writer.hpp"

#include "support/events.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace date::literals;
using yp::DayInterval;
using yp::event::Event;

namespace {

// The wafer contract with every CSV column filled but amount; two identical mentions.
Event sample() {
  Event e = yp::test::wafer_contract();
  e.id = 0x00c0ffee12345678ULL;
  e.location = "서울";
  e.object = "디램(DRAM) 웨이퍼 공급 계약";
  e.time_text = "당시";
  e.summary = "오픈AI, 삼성전자·SK하이닉스와 디램 웨이퍼 공급 계약";
  auto m = yp::test::mention("apec.txt", 10, 99, "오픈AI는 당시 삼성전자와 계약을 맺었다.");
  m.title = "알트먼, 경주 APEC 불참";
  m.outlet = "연표일보";
  e.mentions = {m, m};
  return e;
}

std::string write_csv(const std::vector<const Event*>& events, const yp::exporter::WriterOptions& o = {}) {
  auto w = yp::exporter::make_writer("csv", o);
  REQUIRE(w.ok());
  std::ostringstream out;
  w.value()->write(out, events);
  return out.str();
}

// A strict RFC 4180 reader: records end in CRLF; quoted fields may hold anything, "" is a quote.
std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  std::size_t i = 0;
  bool quoted = false, field_started = false;
  while (i < s.size()) {
    char c = s[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        ++i;
        continue;
      }
      field += c;
      ++i;
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
      ++i;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
      field_started = false;
      ++i;
    } else if (c == '\r') {
      REQUIRE(i + 1 < s.size());
      REQUIRE(s[i + 1] == '\n');  // a bare CR outside quotes is not allowed
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      field_started = false;
      i += 2;
    } else {
      REQUIRE(c != '\n');  // a bare LF outside quotes is not allowed
      REQUIRE(c != '"');   // a quote inside an unquoted field is not allowed
      field += c;
      field_started = true;
      ++i;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(field.empty());  // the last record ends in CRLF
  return rows;
}

}  // namespace

TEST_CASE("csv: header row with the required columns first, then the extra ones") {
  std::string out = write_csv({});
  CHECK(out ==
        "start,end,grain,type,actor,participants,location,polarity,modality,summary,article,"
        "id,mod,fuzzy,time_text,time_source,trigger,object,amount,mentions,title,outlet,sentence\r\n");
  CHECK(yp::exporter::csv_columns().size() == 23);
}

TEST_CASE("csv: one event, every column, UTF-8 without BOM, CRLF") {
  Event e = sample();
  std::string out = write_csv({&e});
  REQUIRE(out.size() > 3);
  CHECK(out.substr(0, 3) != "\xEF\xBB\xBF");
  auto rows = parse_csv(out);
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[1].size() == rows[0].size());
  std::vector<std::string> want = {"2025-10-01", "2025-10-01", "day", "contract", "오픈AI", "삼성전자; SK하이닉스",
                                   "서울", "positive", "actual",
                                   "오픈AI, 삼성전자·SK하이닉스와 디램 웨이퍼 공급 계약", "apec.txt",
                                   "00c0ffee12345678", "", "false", "당시", "anaphor", "체결",
                                   "디램(DRAM) 웨이퍼 공급 계약", "", "2", "알트먼, 경주 APEC 불참", "연표일보",
                                   "오픈AI는 당시 삼성전자와 계약을 맺었다."};
  CHECK(rows[1] == want);
  // The summary holds a comma, so it is quoted; the plain fields are not.
  CHECK(out.find(",\"오픈AI, 삼성전자·SK하이닉스와 디램 웨이퍼 공급 계약\",") != std::string::npos);
  CHECK(out.find(",오픈AI,") != std::string::npos);
}

TEST_CASE("csv: RFC 4180 quoting of comma, double quote, CR, LF and CRLF") {
  const std::vector<std::string> specials = {
      "a,b", "그는 \"불참\"한다", "줄\n바꿈", "캐리지\r리턴", "윈도\r\n줄", "\"", ",", "\"\"", "끝,\"\r\n",
      "plain", "", " 앞뒤 공백 ",
  };
  std::vector<Event> events;
  for (const auto& s : specials) {
    Event e = sample();
    e.summary = s;
    e.actor = s;
    events.push_back(e);
  }
  std::vector<const Event*> ptrs;
  for (const auto& e : events) ptrs.push_back(&e);
  std::string out = write_csv(ptrs);
  auto rows = parse_csv(out);
  REQUIRE(rows.size() == specials.size() + 1);
  for (std::size_t i = 0; i < specials.size(); ++i) {
    INFO("special field #" << i);
    CHECK(rows[i + 1][4] == specials[i]);  // actor
    CHECK(rows[i + 1][9] == specials[i]);  // summary
  }
  // Exact encodings.
  CHECK(out.find(",\"a,b\",") != std::string::npos);
  CHECK(out.find(",\"그는 \"\"불참\"\"한다\",") != std::string::npos);
  CHECK(out.find(",\"줄\n바꿈\",") != std::string::npos);
  CHECK(out.find(",\"캐리지\r리턴\",") != std::string::npos);
  CHECK(out.find(",\"\"\"\",") != std::string::npos);  // a lone quote
  CHECK(out.find(",plain,") != std::string::npos);     // nothing special: not quoted
  CHECK(out.find(", 앞뒤 공백 ,") != std::string::npos);  // spaces alone do not need quotes
}

TEST_CASE("csv: open sides are empty cells, planned negative events say so") {
  Event e = sample();
  e.when = DayInterval{std::nullopt, date::sys_days{2025_y / 10 / 25}};
  e.polarity = yp::event::Polarity::Negative;
  e.modality = yp::event::Modality::Planned;
  e.participants.clear();
  e.mentions.clear();
  auto rows = parse_csv(write_csv({&e}));
  REQUIRE(rows.size() == 2);
  CHECK(rows[1][0] == "");
  CHECK(rows[1][1] == "2025-10-24");  // inclusive last day
  CHECK(rows[1][5] == "");
  CHECK(rows[1][7] == "negative");
  CHECK(rows[1][8] == "planned");
  CHECK(rows[1][10] == "");
  CHECK(rows[1][19] == "0");
}

TEST_CASE("make_writer: known names work, an unknown one is a BadArgument listing the choices") {
  for (auto name : yp::exporter::writer_names()) CHECK(yp::exporter::make_writer(name).ok());
  auto bad = yp::exporter::make_writer("xml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == yp::ErrorCode::BadArgument);
  CHECK(bad.error().message.find("xml") != std::string::npos);
  CHECK(bad.error().message.find("table, csv, tsv, json, jsonl, timelinejs, timelinejs-csv, html, ics") != std::string::npos);
  CHECK_FALSE(yp::exporter::make_writer("").ok());
  CHECK_FALSE(yp::exporter::make_writer("CSV ").ok());
}

TEST_CASE("csv: a UTF-8 BOM only when asked (the CLI asks for files)") {
  Event e = sample();
  yp::exporter::WriterOptions o;
  o.bom = true;
  std::string with = write_csv({&e}, o);
  REQUIRE(with.substr(0, 3) == "\xEF\xBB\xBF");
  CHECK(with.substr(3) == write_csv({&e}));  // the BOM is the only difference
  CHECK(yp::exporter::wants_bom_in_files("csv"));
  CHECK(yp::exporter::wants_bom_in_files("timelinejs-csv"));
  CHECK_FALSE(yp::exporter::wants_bom_in_files("tsv"));
  CHECK_FALSE(yp::exporter::wants_bom_in_files("json"));
}

TEST_CASE("csv: the formula guard neutralises = + - @ TAB CR at the start of text cells, and only there") {
  const std::vector<std::string> dangerous = {"=HYPERLINK(\"http://x\")", "+82 2", "-1", "@SUM(A1)", "\t=1", "\r=1"};
  const std::vector<std::string> harmless = {"a=b", "삼성=1", " =1", "1+1", "", "'=1"};
  std::vector<Event> events;
  for (const auto& s : dangerous) {
    Event e = sample();
    e.summary = e.actor = e.object = e.mentions.front().title = e.mentions.front().sentence = s;
    events.push_back(e);
  }
  for (const auto& s : harmless) {
    Event e = sample();
    e.summary = e.actor = s;
    events.push_back(e);
  }
  std::vector<const Event*> ptrs;
  for (const auto& e : events) ptrs.push_back(&e);
  auto rows = parse_csv(write_csv(ptrs));
  REQUIRE(rows.size() == events.size() + 1);
  const auto& head = rows[0];
  auto col = [&](std::string_view name) { return static_cast<std::size_t>(std::find(head.begin(), head.end(), name) - head.begin()); };
  for (std::size_t i = 0; i < dangerous.size(); ++i) {
    INFO("dangerous #" << i);
    for (auto name : {"actor", "summary", "object", "title", "sentence"}) CHECK(rows[i + 1][col(name)] == "'" + dangerous[i]);
    CHECK(rows[i + 1][col("mentions")] == "2");  // a count is never touched
    CHECK(rows[i + 1][col("start")] == "2025-10-01");
  }
  for (std::size_t i = 0; i < harmless.size(); ++i) {
    INFO("harmless #" << i);
    CHECK(rows[dangerous.size() + i + 1][col("actor")] == harmless[i]);
    CHECK(rows[dangerous.size() + i + 1][col("summary")] == harmless[i]);
  }
  // Turned off, every cell is written as it is.
  yp::exporter::WriterOptions off;
  off.formula_guard = false;
  auto raw = parse_csv(write_csv(ptrs, off));
  for (std::size_t i = 0; i < dangerous.size(); ++i) CHECK(raw[i + 1][col("summary")] == dangerous[i]);
  CHECK(yp::exporter::guard_formula("=1+2") == "'=1+2");
  CHECK(yp::exporter::guard_formula("") == "");
}

TEST_CASE("tsv: the CSV columns, one line per event, tabs and line breaks escaped, guard on") {
  Event e = sample();
  e.summary = "탭\t줄\n캐리지\r역\\슬래시";
  e.actor = "=1+1";
  auto w = yp::exporter::make_writer("tsv");
  REQUIRE(w.ok());
  std::ostringstream out;
  auto summary = w.value()->write(out, {&e});
  CHECK(summary.written == 1);
  std::string s = out.str();
  CHECK(s.find('\r') == std::string::npos);
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  REQUIRE(lines.size() == 2);
  auto split = [](const std::string& l) {
    std::vector<std::string> f;
    std::size_t b = 0;
    for (std::size_t i = 0; i <= l.size(); ++i)
      if (i == l.size() || l[i] == '\t') {
        f.push_back(l.substr(b, i - b));
        b = i + 1;
      }
    return f;
  };
  auto head = split(lines[0]);
  auto row = split(lines[1]);
  CHECK(head.size() == yp::exporter::csv_columns().size());
  REQUIRE(row.size() == head.size());
  CHECK(row[4] == "'=1+1");
  CHECK(row[9] == "탭\\t줄\\n캐리지\\r역\\\\슬래시");
}
