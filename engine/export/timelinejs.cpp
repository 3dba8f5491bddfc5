// TimelineJS3 (Knight Lab) writers: the JSON a TimelineJS page loads, and the rows of its Google Sheets
// template. Covered by tests/export/timelinejs_test.cpp.
//
// Every event gets a display_date in Korean ("2025년 10월 초"), which TimelineJS shows instead of its own
// rendering of start_date/end_date, so a fuzzy period is never shown as a precise day. start_date and
// end_date are the inclusive first and last day; an event with an open side is placed at its known day
// (display_date says "이후"/"까지"); an event with no day at all cannot be placed and is left out.
#include "export/internal.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>

namespace yp::exporter {

namespace {

using detail::html_escape;
using event::Event;
using nlohmann::ordered_json;

constexpr std::string_view kNoDay = "no day at all (시점 미상): TimelineJS needs one";

// The day TimelineJS places an event at, and its last day when it spans several.
struct Placement {
  date::year_month_day start;
  std::optional<date::year_month_day> end;
};
std::optional<Placement> place(const Event& e) {
  auto first = e.when.first_day();
  auto last = e.when.last_day();
  if (first && last && *last > *first) return Placement{date::year_month_day{*first}, date::year_month_day{*last}};
  if (first) return Placement{date::year_month_day{*first}, std::nullopt};
  if (last) return Placement{date::year_month_day{*last}, std::nullopt};
  return std::nullopt;
}

std::string headline(const Event& e) {
  std::string marks = marks_of(e);
  std::string text = e.summary.empty() ? std::string(event::to_string(e.type)) : e.summary;
  return html_escape(marks.empty() ? text : marks + " " + text);
}

// The slide's text (HTML): the time in words (and its conventional bounds when fuzzy), who, the sentence
// and the article it came from.
std::string slide_text(const Event& e) {
  std::string out = "<p>" + html_escape(korean_when(e));
  if (e.fuzzy || e.mod == time::Mod::Approx)
    out += html_escape(fmt::format(" (관례상 경계 {}, 정확한 날짜가 아님)", when_text(e)));
  else if (e.time_source == event::TimeSource::Publication)
    out += " (기사에 시점이 없어 보도일을 씀)";
  out += " · " + html_escape(event::to_string(e.type)) + "</p>";
  std::vector<std::string> who;
  if (!e.actor.empty()) who.push_back("주체 " + e.actor);
  if (!e.participants.empty()) who.push_back("참여 " + join(e.participants, ", "));
  if (!e.location.empty()) who.push_back("장소 " + e.location);
  if (!who.empty()) out += "<p>" + html_escape(join(who, " · ")) + "</p>";
  if (const event::Mention* m = detail::first_mention(e)) {
    if (!m->sentence.empty()) out += "<blockquote>" + html_escape(m->sentence) + "</blockquote>";
    out += "<p>출처: " + html_escape(source_of(e));
    if (source_of(e) != m->article) out += " (" + html_escape(m->article) + ")";
    out += "</p>";
  }
  return out;
}

ordered_json date_json(date::year_month_day d) {
  ordered_json j;
  j["year"] = static_cast<int>(d.year());
  j["month"] = static_cast<unsigned>(d.month());
  j["day"] = static_cast<unsigned>(d.day());
  return j;
}

std::string span_text(const std::vector<const Event*>& events) {
  std::optional<date::sys_days> lo, hi;
  for (const Event* e : events) {
    for (auto d : {e->when.first_day(), e->when.last_day()}) {
      if (!d) continue;
      if (!lo || *d < *lo) lo = *d;
      if (!hi || *d > *hi) hi = *d;
    }
  }
  std::string out = fmt::format("사건 {}개", events.size());
  if (lo && hi) out += fmt::format(", {} ~ {}", format_iso(*lo), format_iso(*hi));
  return out + " · yeonpyo";
}

class TimelineJsWriter : public Writer {
 public:
  explicit TimelineJsWriter(const WriterOptions& o) : opt_(o) {}
  WriteSummary write(std::ostream& out, const std::vector<const Event*>& events) override {
    WriteSummary s;
    ordered_json doc;
    doc["title"]["text"]["headline"] = html_escape(opt_.title);
    doc["title"]["text"]["text"] = html_escape(span_text(events));
    ordered_json list = ordered_json::array();
    for (const Event* e : events) {
      auto p = place(*e);
      if (!p) {
        ++s.left_out;
        s.why_left_out = kNoDay;
        continue;
      }
      ordered_json j;
      j["start_date"] = date_json(p->start);
      if (p->end) j["end_date"] = date_json(*p->end);
      j["display_date"] = korean_when(*e);
      j["text"]["headline"] = headline(*e);
      j["text"]["text"] = slide_text(*e);
      j["group"] = event::to_string(e->type);
      j["unique_id"] = "yp-" + format_id(detail::id_of(*e));
      list.push_back(std::move(j));
      ++s.written;
    }
    doc["events"] = std::move(list);
    out << doc.dump(1, ' ', false, ordered_json::error_handler_t::replace) << '\n';
    return s;
  }

 private:
  WriterOptions opt_;
};

constexpr std::array<std::string_view, 18> kTemplateColumns = {
    "Year",     "Month",   "Day",        "Time",          "End Year",      "End Month",
    "End Day",  "End Time", "Display Date", "Headline",   "Text",          "Media",
    "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
};

class TimelineJsCsvWriter : public Writer {
 public:
  explicit TimelineJsCsvWriter(const WriterOptions& o) : opt_(o) {}
  WriteSummary write(std::ostream& out, const std::vector<const Event*>& events) override {
    WriteSummary s;
    if (opt_.bom) out << detail::kBom;
    detail::put_csv_record(out, {kTemplateColumns.begin(), kTemplateColumns.end()});
    auto text = [&](std::string cell) { return opt_.formula_guard ? guard_formula(cell) : cell; };
    // The title slide: a row of Type "title".
    std::vector<std::string> title(kTemplateColumns.size());
    title[9] = text(html_escape(opt_.title));
    title[10] = text(html_escape(span_text(events)));
    title[15] = "title";
    detail::put_csv_record(out, title);
    for (const Event* e : events) {
      auto p = place(*e);
      if (!p) {
        ++s.left_out;
        s.why_left_out = kNoDay;
        continue;
      }
      std::vector<std::string> row(kTemplateColumns.size());
      row[0] = std::to_string(static_cast<int>(p->start.year()));
      row[1] = std::to_string(static_cast<unsigned>(p->start.month()));
      row[2] = std::to_string(static_cast<unsigned>(p->start.day()));
      if (p->end) {
        row[4] = std::to_string(static_cast<int>(p->end->year()));
        row[5] = std::to_string(static_cast<unsigned>(p->end->month()));
        row[6] = std::to_string(static_cast<unsigned>(p->end->day()));
      }
      row[8] = text(korean_when(*e));
      row[9] = text(headline(*e));
      row[10] = text(slide_text(*e));
      row[16] = std::string(event::to_string(e->type));
      detail::put_csv_record(out, row);
      ++s.written;
    }
    return s;
  }

 private:
  WriterOptions opt_;
};

}  // namespace

std::vector<std::string_view> timelinejs_csv_columns() { return {kTemplateColumns.begin(), kTemplateColumns.end()}; }

std::unique_ptr<Writer> make_timelinejs_writer(const WriterOptions& o) { return std::make_unique<TimelineJsWriter>(o); }
std::unique_ptr<Writer> make_timelinejs_csv_writer(const WriterOptions& o) {
  return std::make_unique<TimelineJsCsvWriter>(o);
}

}  // namespace yp::exporter
