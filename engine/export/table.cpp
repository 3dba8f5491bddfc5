// The terminal table writer (fits a width, groups by month, optional colours), the human renderings of
// event times (when_text, korean_when, both from one classification) and East Asian display width
// (utf8proc). Covered by tests/export/table_test.cpp.
#include "export/internal.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>

namespace yp::exporter {

namespace detail {

namespace {

using date::sys_days;
using date::year_month_day;
using event::Event;

bool is_month_start(year_month_day d) { return d.day() == date::day{1}; }
bool is_month_end(year_month_day d) { return d == last_day_of(d.year() / d.month()); }

std::string_view part_word(time::Mod m, bool of_year) {
  switch (m) {
    case time::Mod::Start: return "초";
    case time::Mod::Mid: return of_year ? "중" : "중순";
    case time::Mod::End: return "말";
    default: return "";
  }
}

// Meteorological season starting in month m (3, 6, 9, 12) and ending at the end of month m+2.
std::string_view season_word(year_month_day a, year_month_day b) {
  if (!is_month_start(a) || !is_month_end(b)) return "";
  unsigned m = static_cast<unsigned>(a.month());
  sys_days expected_end = sys_days{last_day_of((a.year() / a.month()) + date::months{2})};
  if (sys_days{b} != expected_end) return "";
  switch (m) {
    case 3: return "봄";
    case 6: return "여름";
    case 9: return "가을";
    case 12: return "겨울";
    default: return "";
  }
}

}  // namespace

Period classify(const Event& e, year_month_day a, year_month_day b) {
  using time::Grain;
  using K = Period::Kind;
  Period p;
  p.a = a;
  p.b = b;
  const bool approx = e.mod == time::Mod::Approx;
  auto make = [&](K kind, std::string word = {}, bool approx_mark = false) {
    p.kind = kind;
    p.word = std::move(word);
    p.approx = approx_mark;
    return p;
  };
  if (a == b) return make(K::Day, {}, e.fuzzy || approx);

  const bool whole_months = is_month_start(a) && is_month_end(b);
  const bool one_month = whole_months && a.year() == b.year() && a.month() == b.month();
  const bool whole_year = !one_month && whole_months && a.year() == b.year() && a.month() == date::January &&
                          b.month() == date::December;
  if (one_month) return make(K::Month, {}, approx);
  if (whole_year) return make(K::Year, {}, approx);

  if (auto s = season_word(a, b); !s.empty() && e.grain == Grain::Season) return make(K::Season, std::string(s));
  if (e.grain == Grain::Half && whole_months && a.year() == b.year()) {
    if (a.month() == date::January && b.month() == date::June) return make(K::Half, "상반기");
    if (a.month() == date::July && b.month() == date::December) return make(K::Half, "하반기");
  }
  if (e.grain == Grain::Quarter && whole_months && a.year() == b.year()) {
    make(K::Quarter);
    p.number = (static_cast<unsigned>(a.month()) - 1) / 3 + 1;
    return p;
  }
  if (e.grain == Grain::Week && e.timex.size() >= 8 && e.timex[4] == '-' && e.timex[5] == 'W')
    return make(K::Week, e.timex);

  // A part of one month: 이달 초 -> "2025-10 초 (10-01~10-10)".
  const bool same_month = a.year() == b.year() && a.month() == b.month();
  if (same_month) {
    auto w = part_word(e.mod, false);
    if (!w.empty()) return make(K::MonthPart, std::string(w));
    if (e.fuzzy || e.grain == Grain::MonthPart) return make(K::MonthPart);
  }
  // A part of one year: 올해 초 -> "2025 초 (01-01~02-28)".
  if (a.year() == b.year() && !same_month) {
    auto w = part_word(e.mod, true);
    if (!w.empty()) return make(K::YearPart, std::string(w));
  }
  // Seasons by span, whatever grain the extractor set (a fuzzy season is never a bare day range).
  if (auto s = season_word(a, b); !s.empty() && e.fuzzy) return make(K::Season, std::string(s));

  if (whole_months) {
    bool whole_years = a.month() == date::January && b.month() == date::December;
    return make(whole_years ? K::Years : K::Months, {}, e.fuzzy || approx);
  }
  return make(K::Days, {}, e.fuzzy || approx);
}

}  // namespace detail

namespace {

using date::year_month_day;
using detail::Period;
using event::Event;

std::string md(year_month_day d) {
  return fmt::format("{:02}-{:02}", static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}
std::string ym(year_month_day d) {
  return fmt::format("{:04}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()));
}
std::string yr(year_month_day d) { return fmt::format("{:04}", static_cast<int>(d.year())); }

// "(10-01~10-10)", or with years when the span crosses a year boundary.
std::string span_in_parens(year_month_day a, year_month_day b) {
  if (a.year() == b.year()) return fmt::format("({}~{})", md(a), md(b));
  return fmt::format("({}~{})", format_iso(a), format_iso(b));
}

std::string iso_when(const Period& p) {
  using K = Period::Kind;
  const std::string approx = p.approx ? " 경" : "";
  switch (p.kind) {
    case K::Day: return format_iso(p.a) + approx;
    case K::Days: return fmt::format("{} ~ {}{}", format_iso(p.a), format_iso(p.b), approx);
    case K::Month: return ym(p.a) + approx;
    case K::Months: return fmt::format("{} ~ {}{}", ym(p.a), ym(p.b), approx);
    case K::Year: return yr(p.a) + approx;
    case K::Years: return fmt::format("{} ~ {}{}", yr(p.a), yr(p.b), approx);
    case K::MonthPart: return fmt::format("{} {} {}", ym(p.a), p.word.empty() ? "중" : p.word, span_in_parens(p.a, p.b));
    case K::YearPart:
    case K::Season:
    case K::Half: return fmt::format("{} {} {}", yr(p.a), p.word, span_in_parens(p.a, p.b));
    case K::Quarter: return fmt::format("{} {}분기 {}", yr(p.a), p.number, span_in_parens(p.a, p.b));
    case K::Week: return fmt::format("{} {}", p.word, span_in_parens(p.a, p.b));
  }
  return format_iso(p.a);
}

int y_of(year_month_day d) { return static_cast<int>(d.year()); }
unsigned m_of(year_month_day d) { return static_cast<unsigned>(d.month()); }
unsigned d_of(year_month_day d) { return static_cast<unsigned>(d.day()); }
std::string ko_day(year_month_day d) { return fmt::format("{}년 {}월 {}일", y_of(d), m_of(d), d_of(d)); }
// "2025년 10월 28일~31일", "2025년 10월 28일~11월 2일", "2025년 12월 30일~2026년 1월 2일".
std::string ko_days(year_month_day a, year_month_day b) {
  if (a.year() != b.year()) return ko_day(a) + "~" + ko_day(b);
  if (a.month() != b.month()) return fmt::format("{}~{}월 {}일", ko_day(a), m_of(b), d_of(b));
  return fmt::format("{}~{}일", ko_day(a), d_of(b));
}

std::string ko_when(const Period& p) {
  using K = Period::Kind;
  const std::string approx = p.approx ? "경" : "";
  switch (p.kind) {
    case K::Day: return ko_day(p.a) + approx;
    case K::Days: return ko_days(p.a, p.b) + approx;
    case K::Month: return fmt::format("{}년 {}월{}", y_of(p.a), m_of(p.a), approx);
    case K::Months:
      if (p.a.year() == p.b.year()) return fmt::format("{}년 {}월~{}월{}", y_of(p.a), m_of(p.a), m_of(p.b), approx);
      return fmt::format("{}년 {}월~{}년 {}월{}", y_of(p.a), m_of(p.a), y_of(p.b), m_of(p.b), approx);
    case K::Year: return fmt::format("{}년{}", y_of(p.a), approx);
    case K::Years: return fmt::format("{}년~{}년{}", y_of(p.a), y_of(p.b), approx);
    case K::MonthPart:
      if (p.word.empty()) return ko_days(p.a, p.b) + "경";
      return fmt::format("{}년 {}월 {}", y_of(p.a), m_of(p.a), p.word);
    case K::YearPart:
    case K::Season:
    case K::Half: return fmt::format("{}년 {}", y_of(p.a), p.word);
    case K::Quarter: return fmt::format("{}년 {}분기", y_of(p.a), p.number);
    case K::Week: return fmt::format("{} 주({})", ko_days(p.a, p.b), p.word);
  }
  return ko_day(p.a);
}

// A table cell is one line: CR, LF, tab and other ASCII controls become spaces.
std::string one_line(std::string s) {
  for (auto& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  return s;
}

// ANSI SGR sequences (only written when WriterOptions::color is set).
namespace sgr {
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kYellow = "\x1b[33m";
constexpr std::string_view kCyan = "\x1b[36m";
}  // namespace sgr

// The heading of the month group an event belongs to: its first day's month; "시작 미상" for an open
// start, "시점 미상" for no time at all.
std::string month_heading(const Event& e) {
  if (auto f = e.when.first_day()) {
    year_month_day d{*f};
    return fmt::format("{}년 {}월", y_of(d), m_of(d));
  }
  return e.when.last_day() ? "시작 미상" : "시점 미상";
}

// One event's cells: 시점 유형 주체 참여 표시 요약 출처.
constexpr std::size_t kColumns = 7;
using Row = std::array<std::string, kColumns>;
enum Col { kWhen, kType, kActor, kParticipants, kMarks, kSummary, kSource };
constexpr std::array<std::size_t, kColumns> kMaxWidth = {36, 13, 20, 30, 16, 60, 24};
// How far each column may shrink when the terminal is narrow, and the order in which they shrink (the
// summary last: it says what happened).
constexpr std::array<std::size_t, kColumns> kMinWidth = {36, 12, 10, 6, 4, 20, 8};
constexpr std::array<Col, 6> kShrinkOrder = {kSource, kParticipants, kActor, kType, kMarks, kSummary};

class TableWriter : public Writer {
 public:
  explicit TableWriter(const WriterOptions& o) : opt_(o) {}

  WriteSummary write(std::ostream& out, const std::vector<const Event*>& events) override {
    bool any_publication = false;
    std::vector<Row> rows;
    rows.push_back({"시점", "유형", "주체", "참여", "표시", "요약", "출처"});
    for (const Event* e : events) {
      std::string when = when_text(*e);
      if (e->time_source == event::TimeSource::Publication) {
        when += '*';
        any_publication = true;
      }
      std::string actor = e->actor.empty() ? "-" : e->actor;
      if (e->actor_inferred && !e->actor.empty()) actor += "?";
      std::string source = source_of(*e);
      rows.push_back({when, std::string(event::to_string(e->type)), actor,
                      e->participants.empty() ? std::string("-") : join(e->participants, ", "), marks_of(*e),
                      e->summary, source.empty() ? std::string("-") : source});
    }
    for (auto& r : rows)
      for (auto& c : r) c = one_line(std::move(c));

    std::array<std::size_t, kColumns> width{};
    for (const auto& r : rows)
      for (std::size_t c = 0; c < kColumns; ++c) width[c] = std::max(width[c], std::min(display_width(r[c]), kMaxWidth[c]));
    if (opt_.width != 0 && !fit(width, opt_.width)) {
      write_compact(out, events, rows);
    } else {
      write_columns(out, events, rows, width);
    }
    if (events.empty()) out << "(no events)\n";
    if (any_publication) out << paint(sgr::kDim, "* no time stated: the article's publication date (보도일 기준)") << '\n';
    return WriteSummary{events.size(), 0, ""};
  }

 private:
  WriterOptions opt_;

  std::string paint(std::string_view code, std::string_view text) const {
    if (!opt_.color || text.empty()) return std::string(text);
    return fmt::format("{}{}{}", code, text, sgr::kReset);
  }

  static std::size_t total(const std::array<std::size_t, kColumns>& w) {
    std::size_t t = 2 * (kColumns - 1);
    for (auto x : w) t += x;
    return t;
  }
  // Shrinks columns (summary first) until the table fits `limit` columns; false if it cannot.
  static bool fit(std::array<std::size_t, kColumns>& w, std::size_t limit) {
    for (Col c : kShrinkOrder) {
      if (total(w) <= limit) return true;
      std::size_t over = total(w) - limit;
      std::size_t room = w[c] > kMinWidth[c] ? w[c] - kMinWidth[c] : 0;
      w[c] -= std::min(over, room);
    }
    return total(w) <= limit;
  }

  std::string heading_line(const std::string& heading) const { return paint(sgr::kBold, "■ " + heading); }

  std::string_view colour_of(const Event& e, std::size_t column) const {
    switch (column) {
      case kWhen: return sgr::kCyan;
      case kMarks: return e.polarity == event::Polarity::Negative ? sgr::kRed : sgr::kYellow;
      case kSource: return sgr::kDim;
      default: return "";
    }
  }

  void write_columns(std::ostream& out, const std::vector<const Event*>& events, std::vector<Row>& rows,
                     const std::array<std::size_t, kColumns>& width) const {
    auto print = [&](Row r, const Event* e) {
      std::string line;
      for (std::size_t c = 0; c < kColumns; ++c) {
        if (c) line += "  ";
        std::string cell = truncate_to_width(r[c], width[c]);
        std::size_t w = display_width(cell);
        std::string_view code = e ? colour_of(*e, c) : sgr::kBold;
        line += code.empty() ? cell : paint(code, cell);
        if (c + 1 < kColumns && w < width[c]) line.append(width[c] - w, ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out << line << '\n';
    };
    print(rows.front(), nullptr);
    std::string rule;
    for (std::size_t c = 0; c < kColumns; ++c) {
      if (c) rule += "  ";
      rule += std::string(width[c], '-');
    }
    out << paint(sgr::kDim, rule) << '\n';
    std::string heading;
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (auto h = month_heading(*events[i]); h != heading) {
        heading = h;
        out << heading_line(heading) << '\n';
      }
      print(rows[i + 1], events[i]);
    }
  }

  // One line per event for a narrow terminal: when, marks, summary, source, cut to the width.
  void write_compact(std::ostream& out, const std::vector<const Event*>& events, const std::vector<Row>& rows) const {
    const std::size_t width = opt_.width;
    std::size_t when_width = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) when_width = std::max(when_width, display_width(rows[i][kWhen]));
    when_width = std::min<std::size_t>(when_width, std::max<std::size_t>(width / 2, 10));
    std::string heading;
    for (std::size_t i = 0; i < events.size(); ++i) {
      const Event& e = *events[i];
      const Row& r = rows[i + 1];
      if (auto h = month_heading(e); h != heading) {
        heading = h;
        out << paint(sgr::kBold, truncate_to_width("■ " + heading, width)) << '\n';
      }
      if (width <= when_width + 1) {  // room for the time only
        out << paint(sgr::kCyan, truncate_to_width(r[kWhen], width)) << '\n';
        continue;
      }
      // Plain parts first (widths are measured on them), colours after cutting.
      std::string when = truncate_to_width(r[kWhen], when_width);
      std::string gap(when_width - display_width(when) + 1, ' ');
      std::string marks = r[kMarks].empty() ? "" : r[kMarks] + " ";
      std::string rest = r[kSummary] + (r[kSource] == "-" ? "" : " · " + r[kSource]);
      std::string tail = truncate_to_width(marks + rest, width - when_width - 1);
      std::string line = paint(sgr::kCyan, when) + gap;
      if (!marks.empty() && tail.compare(0, marks.size(), marks) == 0) {
        line += paint(e.polarity == event::Polarity::Negative ? sgr::kRed : sgr::kYellow, marks.substr(0, marks.size() - 1));
        line += ' ';
        line += tail.substr(marks.size());
      } else {
        line += tail;
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out << line << '\n';
    }
  }
};

}  // namespace

std::unique_ptr<Writer> make_table_writer(const WriterOptions& o) { return std::make_unique<TableWriter>(o); }

std::string when_text(const Event& e) {
  auto first = e.when.first_day();
  auto last = e.when.last_day();
  if (!first && !last) return "(시점 미상)";
  if (!first) return "~ " + format_iso(*last);
  if (!last) return format_iso(*first) + " ~";
  if (*last < *first) return format_iso(*first) + " (빈 구간)";
  return iso_when(detail::classify(e, year_month_day{*first}, year_month_day{*last}));
}

std::string korean_when(const Event& e) {
  auto first = e.when.first_day();
  auto last = e.when.last_day();
  if (!first && !last) return "시점 미상";
  if (!first) return ko_day(year_month_day{*last}) + "까지";
  if (!last) return ko_day(year_month_day{*first}) + " 이후";
  if (*last < *first) return ko_day(year_month_day{*first}) + " (빈 구간)";
  return ko_when(detail::classify(e, year_month_day{*first}, year_month_day{*last}));
}

std::string marks_of(const Event& e) {
  std::string out;
  auto add = [&](std::string_view m) {
    if (!out.empty()) out += ' ';
    out += m;
  };
  if (e.polarity == event::Polarity::Negative) add("✗");
  if (e.modality == event::Modality::Planned) add("(예정)");
  if (e.modality == event::Modality::Hypothetical) add("(가정)");
  if (e.reported) add("(전언)");
  return out;
}

std::string source_of(const Event& e) {
  const event::Mention* m = detail::first_mention(e);
  if (!m) return "";
  if (!m->outlet.empty() && !m->title.empty()) return m->outlet + " 「" + m->title + "」";
  if (!m->outlet.empty()) return m->outlet;
  if (!m->title.empty()) return "「" + m->title + "」";
  return m->article;
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: count it as one column, skip it
      ++w;
      ++p;
      --left;
      continue;
    }
    int cw = utf8proc_charwidth(cp);
    if (cw > 0) w += static_cast<std::size_t>(cw);
    p += n;
    left -= n;
  }
  return w;
}

std::string truncate_to_width(std::string_view s, std::size_t width) {
  if (display_width(s) <= width) return std::string(s);
  if (width == 0) return {};
  const std::size_t budget = width - 1;  // room for "…"
  std::string out;
  std::size_t w = 0, i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    std::size_t len = n > 0 ? static_cast<std::size_t>(n) : 1;
    std::size_t cw = n > 0 ? static_cast<std::size_t>(std::max(0, utf8proc_charwidth(cp))) : 1;
    if (w + cw > budget) break;
    out.append(s.substr(i, len));
    w += cw;
    i += len;
  }
  out += "…";
  return out;
}

}  // namespace yp::exporter
