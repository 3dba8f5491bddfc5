// iCalendar writer (RFC 5545): one all-day VEVENT per event with an exclusive DTEND, stable UIDs, the
// fuzziness of a conventional period stated in DESCRIPTION, lines folded at 75 octets without splitting
// a UTF-8 character. Covered by tests/export/ics_test.cpp and tests/export/ics_check.py (python3-icalendar).
#include "export/internal.hpp"

#include <fmt/format.h>

namespace yp::exporter {

namespace {

using event::Event;

constexpr std::size_t kMaxOctets = 75;

// Writes one content line, folded: at most 75 octets per physical line (CRLF not counted), each
// continuation starting with one space, never cutting inside a UTF-8 sequence.
void put_line(std::ostream& out, std::string_view line) {
  std::size_t budget = kMaxOctets;
  while (line.size() > budget) {
    std::size_t cut = budget;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    out << line.substr(0, cut) << "\r\n ";
    line.remove_prefix(cut);
    budget = kMaxOctets - 1;  // the leading space takes one octet
  }
  out << line << "\r\n";
}

// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newline; other controls become spaces.
std::string text_value(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        if (i + 1 < s.size() && s[i + 1] == '\n') break;  // CRLF is one newline
        out += "\\n";
        break;
      default:
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
    }
  }
  return out;
}

std::string ics_date(date::sys_days d) {
  date::year_month_day ymd{d};
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

std::string description(const Event& e) {
  std::vector<std::string> lines;
  lines.push_back("시점: " + korean_when(e) + " [" + when_text(e) + "]");
  if (e.fuzzy || e.mod == time::Mod::Approx)
    lines.push_back(fmt::format("흐린 기간: '{}'의 관례상 경계({} ~ {})를 달력에 옮긴 것으로, 정확한 날짜가 아님",
                                e.time_text.empty() ? korean_when(e) : e.time_text, detail::iso_or_empty(e.when.first_day()),
                                detail::iso_or_empty(e.when.last_day())));
  else if (e.time_source == event::TimeSource::Publication)
    lines.push_back("기사에 시점이 없어 보도일을 씀");
  std::string kind = std::string(event::to_string(e.type));
  if (auto m = marks_of(e); !m.empty()) kind += " " + m;
  lines.push_back("유형: " + kind);
  if (!e.actor.empty()) lines.push_back("주체: " + e.actor);
  if (!e.participants.empty()) lines.push_back("참여: " + join(e.participants, ", "));
  if (const event::Mention* m = detail::first_mention(e)) {
    if (!m->sentence.empty()) lines.push_back("문장: " + m->sentence);
    std::string src = source_of(e);
    lines.push_back("출처: " + src + (src != m->article ? " (" + m->article + ")" : ""));
  }
  return join(lines, "\n");
}

class IcsWriter : public Writer {
 public:
  explicit IcsWriter(const WriterOptions& o) : opt_(o) {}
  WriteSummary write(std::ostream& out, const std::vector<const Event*>& events) override {
    WriteSummary s;
    put_line(out, "BEGIN:VCALENDAR");
    put_line(out, "VERSION:2.0");
    put_line(out, "PRODID:-//yeonpyo//yeonpyo 0.1.0//KO");
    put_line(out, "CALSCALE:GREGORIAN");
    put_line(out, "X-WR-CALNAME:" + text_value(opt_.title));
    for (const Event* e : events) {
      if (!e->when.bounded() || e->when.empty()) {
        ++s.left_out;
        s.why_left_out = "an open or unknown time (이후, 까지, 시점 미상) has no calendar days";
        continue;
      }
      const event::Mention* m = detail::first_mention(*e);
      // DTSTAMP must be present; the first report's publication date keeps the file reproducible.
      std::string stamp = m && m->publication_date.ok() ? ics_date(date::sys_days{m->publication_date}) : "19700101";
      std::string summary = e->summary.empty() ? std::string(event::to_string(e->type)) : e->summary;
      if (auto marks = marks_of(*e); !marks.empty()) summary = marks + " " + summary;
      put_line(out, "BEGIN:VEVENT");
      put_line(out, "UID:" + format_id(detail::id_of(*e)) + "@yeonpyo");
      put_line(out, "DTSTAMP:" + stamp + "T000000Z");
      put_line(out, "DTSTART;VALUE=DATE:" + ics_date(*e->when.from));
      put_line(out, "DTEND;VALUE=DATE:" + ics_date(*e->when.to));  // exclusive: the day after the last
      put_line(out, "SUMMARY:" + text_value(summary));
      put_line(out, "DESCRIPTION:" + text_value(description(*e)));
      if (!e->location.empty()) put_line(out, "LOCATION:" + text_value(e->location));
      put_line(out, "CATEGORIES:" + text_value(event::to_string(e->type)));
      if (e->modality != event::Modality::Actual) put_line(out, "STATUS:TENTATIVE");
      put_line(out, "TRANSP:TRANSPARENT");
      if (e->fuzzy || e->mod == time::Mod::Approx) put_line(out, "X-YEONPYO-FUZZY:TRUE");
      put_line(out, "END:VEVENT");
      ++s.written;
    }
    put_line(out, "END:VCALENDAR");
    return s;
  }

 private:
  WriterOptions opt_;
};

}  // namespace

std::unique_ptr<Writer> make_ics_writer(const WriterOptions& o) { return std::make_unique<IcsWriter>(o); }

}  // namespace yp::exporter
