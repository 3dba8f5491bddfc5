// The terminal table writer, human rendering of event times (when_text) and East Asian display
// width (utf8proc). Covered by tests/export/table_test.cpp.
#include "export/writer.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>

namespace yp::exporter {

namespace {

using date::sys_days;
using date::year_month_day;
using event::Event;

std::string md(year_month_day d) {
  return fmt::format("{:02}-{:02}", static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}
std::string ym(year_month_day d) {
  return fmt::format("{:04}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()));
}
std::string yr(year_month_day d) { return fmt::format("{:04}", static_cast<int>(d.year())); }

bool is_month_start(year_month_day d) { return d.day() == date::day{1}; }
bool is_month_end(year_month_day d) { return d == last_day_of(d.year() / d.month()); }

// "(10-01~10-10)", or with years when the span crosses a year boundary.
std::string span_in_parens(year_month_day a, year_month_day b) {
  if (a.year() == b.year()) return fmt::format("({}~{})", md(a), md(b));
  return fmt::format("({}~{})", format_iso(a), format_iso(b));
}

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

std::string bounded_when(const Event& e, year_month_day a, year_month_day b) {
  using time::Grain;
  const bool approx = e.mod == time::Mod::Approx;
  if (a == b) return e.fuzzy || approx ? format_iso(a) + " 경" : format_iso(a);

  const bool whole_months = is_month_start(a) && is_month_end(b);
  const bool one_month = whole_months && a.year() == b.year() && a.month() == b.month();
  const bool whole_year = one_month ? false
                                    : (whole_months && a.year() == b.year() && a.month() == date::January &&
                                       b.month() == date::December);
  if (one_month) return approx ? ym(a) + " 경" : ym(a);
  if (whole_year) return approx ? yr(a) + " 경" : yr(a);

  if (auto s = season_word(a, b); !s.empty() && e.grain == Grain::Season)
    return fmt::format("{} {} {}", yr(a), s, span_in_parens(a, b));
  if (e.grain == Grain::Half && whole_months && a.year() == b.year()) {
    if (a.month() == date::January && b.month() == date::June)
      return fmt::format("{} 상반기 {}", yr(a), span_in_parens(a, b));
    if (a.month() == date::July && b.month() == date::December)
      return fmt::format("{} 하반기 {}", yr(a), span_in_parens(a, b));
  }
  if (e.grain == Grain::Quarter && whole_months && a.year() == b.year()) {
    unsigned q = (static_cast<unsigned>(a.month()) - 1) / 3 + 1;
    return fmt::format("{} {}분기 {}", yr(a), q, span_in_parens(a, b));
  }
  if (e.grain == Grain::Week && e.timex.size() >= 8 && e.timex[4] == '-' && e.timex[5] == 'W')
    return fmt::format("{} {}", e.timex, span_in_parens(a, b));

  // A part of one month: 이달 초 -> "2025-10 초 (10-01~10-10)".
  const bool same_month = a.year() == b.year() && a.month() == b.month();
  if (same_month) {
    auto w = part_word(e.mod, false);
    if (!w.empty()) return fmt::format("{} {} {}", ym(a), w, span_in_parens(a, b));
    if (e.fuzzy || e.grain == Grain::MonthPart) return fmt::format("{} 중 {}", ym(a), span_in_parens(a, b));
  }
  // A part of one year: 올해 초 -> "2025 초 (01-01~02-28)".
  if (a.year() == b.year() && !same_month) {
    auto w = part_word(e.mod, true);
    if (!w.empty()) return fmt::format("{} {} {}", yr(a), w, span_in_parens(a, b));
  }
  // Seasons by span, whatever grain the extractor set (a fuzzy season is never a bare day range).
  if (auto s = season_word(a, b); !s.empty() && e.fuzzy) return fmt::format("{} {} {}", yr(a), s, span_in_parens(a, b));

  std::string out;
  if (whole_months) {
    bool whole_years = a.month() == date::January && b.month() == date::December;
    out = whole_years ? fmt::format("{} ~ {}", yr(a), yr(b)) : fmt::format("{} ~ {}", ym(a), ym(b));
  } else {
    out = fmt::format("{} ~ {}", format_iso(a), format_iso(b));
  }
  if (e.fuzzy || approx) out += " 경";
  return out;
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

// A table cell is one line: CR, LF, tab and other ASCII controls become spaces.
std::string one_line(std::string s) {
  for (auto& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  return s;
}

void pad(std::string& s, std::size_t width) {
  std::size_t w = display_width(s);
  if (w < width) s.append(width - w, ' ');
}

class TableWriter : public Writer {
 public:
  void write(std::ostream& out, const std::vector<const Event*>& events) override {
    static constexpr std::size_t kColumns = 6;
    static constexpr std::array<std::size_t, kColumns> kMaxWidth = {36, 13, 20, 30, 16, 60};
    std::vector<std::array<std::string, kColumns>> rows;
    rows.push_back({"시점", "유형", "주체", "참여", "표시", "요약"});
    bool any_publication = false;
    for (const Event* e : events) {
      std::string when = when_text(*e);
      if (e->time_source == event::TimeSource::Publication) {
        when += '*';
        any_publication = true;
      }
      std::string actor = e->actor.empty() ? "-" : e->actor;
      if (e->actor_inferred && !e->actor.empty()) actor += "?";
      rows.push_back({when, std::string(event::to_string(e->type)), actor,
                      e->participants.empty() ? std::string("-") : join(e->participants, ", "), marks_of(*e),
                      e->summary});
    }
    std::array<std::size_t, kColumns> width{};
    for (auto& r : rows)
      for (std::size_t c = 0; c < kColumns; ++c) {
        r[c] = truncate_to_width(one_line(std::move(r[c])), kMaxWidth[c]);
        width[c] = std::max(width[c], display_width(r[c]));
      }
    auto print = [&](std::array<std::string, kColumns> r) {
      std::string line;
      for (std::size_t c = 0; c < kColumns; ++c) {
        if (c) line += "  ";
        if (c + 1 < kColumns) pad(r[c], width[c]);
        line += r[c];
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out << line << '\n';
    };
    print(rows.front());
    std::array<std::string, kColumns> rule;
    for (std::size_t c = 0; c < kColumns; ++c) rule[c] = std::string(width[c], '-');
    print(rule);
    for (std::size_t i = 1; i < rows.size(); ++i) print(rows[i]);
    if (events.empty()) out << "(no events)\n";
    if (any_publication) out << "* no time stated: the article's publication date (보도일 기준)\n";
  }
};

}  // namespace

std::unique_ptr<Writer> make_table_writer() { return std::make_unique<TableWriter>(); }

std::string when_text(const Event& e) {
  auto first = e.when.first_day();
  auto last = e.when.last_day();
  if (!first && !last) return "(시점 미상)";
  if (!first) return "~ " + format_iso(*last);
  if (!last) return format_iso(*first) + " ~";
  if (*last < *first) return format_iso(*first) + " (빈 구간)";
  return bounded_when(e, year_month_day{*first}, year_month_day{*last});
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
