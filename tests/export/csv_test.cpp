// Tests for the CSV writer (engine/export/writer.cpp): RFC 4180 quoting of every special character,
// CRLF line ends, no BOM, the header row and column order, and the factory's error for unknown formats.
#include "export/writer.hpp"

#include "support/events.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>

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
  const auto m = yp::test::mention("apec.txt", 10, 99);
  e.mentions = {m, m};
  return e;
}

std::string write_csv(const std::vector<const Event*>& events) {
  auto w = yp::exporter::make_writer("csv");
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
        "id,mod,fuzzy,time_text,time_source,trigger,object,amount,mentions\r\n");
  CHECK(yp::exporter::csv_columns().size() == 20);
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
                                   "디램(DRAM) 웨이퍼 공급 계약", "", "2"};
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
  CHECK(bad.error().message.find("table, csv, json, jsonl") != std::string::npos);
  CHECK_FALSE(yp::exporter::make_writer("").ok());
  CHECK_FALSE(yp::exporter::make_writer("CSV ").ok());
}
