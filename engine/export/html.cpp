// The web-page writer: one self-contained HTML file (inline CSS and script, no network at view time, a
// font stack that renders Hangul) with the events by month, each drawn on its month's day track (a dot for
// one precise day, a bar for days, a soft-edged bar for a fuzzy period, hollow when planned, struck
// through when negative), filters by type and actor and a search box. Covered by
// tests/export/html_test.cpp (the markup) and tests/export/html_chromium.py (the page in headless Chromium).
#include "export/internal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

namespace yp::exporter {

namespace {

using date::year_month_day;
using detail::html_escape;
using event::Event;

constexpr std::string_view kStyle = R"CSS(
:root{--ink:#1d2330;--muted:#667085;--line:#e4e7ec;--bg:#fafbfc;--accent:#2f6fde;--neg:#c0392b}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--ink);line-height:1.5;
 font-family:"Noto Sans CJK KR","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic","맑은 고딕",
 "NanumGothic","Nanum Gothic","Noto Sans CJK JP","Source Han Sans K",sans-serif}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:12px 20px}
h1{font-size:20px;margin:0 0 6px}
#filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;font-size:14px}
#filters select,#filters input{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:4px;background:#fff}
#filters input{min-width:14em}
.count{color:var(--muted);font-size:13px}
.legend{color:var(--muted);font-size:12px;margin:6px 0 0}
.legend i{display:inline-block;vertical-align:middle;margin:0 3px 0 8px;background:var(--accent)}
.legend .l-dot{width:9px;height:9px;border-radius:50%}
.legend .l-bar{width:22px;height:7px;border-radius:4px}
.legend .l-fuzzy{width:22px;height:7px;background:linear-gradient(90deg,transparent,var(--accent) 30%,var(--accent) 70%,transparent)}
.legend .l-hollow{width:9px;height:9px;border-radius:50%;background:transparent;border:2px solid var(--accent)}
main{max-width:1080px;margin:0 auto;padding:8px 20px 40px}
section.month h2{font-size:16px;margin:22px 0 6px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
section.month h2 small{color:var(--muted);font-weight:normal;margin-left:6px}
ol{list-style:none;margin:0;padding:0}
li.ev{display:grid;grid-template-columns:15em 1fr;gap:4px 18px;padding:8px 0;border-bottom:1px solid var(--line)}
.when{font-size:13px;color:var(--muted)}
.track{position:relative;height:14px;margin-top:4px;background:#eef1f5;border-radius:7px}
.mark{position:absolute;top:3px;height:8px;min-width:6px;border-radius:4px;background:var(--accent)}
.point .mark{top:2px;width:10px;height:10px;margin-left:-5px;border-radius:50%}
.fuzzy .mark{min-width:18px;background:linear-gradient(90deg,transparent,var(--accent) 25%,var(--accent) 75%,transparent)}
.cont .mark{border-top-right-radius:0;border-bottom-right-radius:0}
.planned .mark,.hypothetical .mark{background:transparent;border:2px solid var(--accent)}
.planned.fuzzy .mark,.hypothetical.fuzzy .mark{border-style:dashed}
.neg .mark{--accent:var(--neg)}
h3{font-size:15px;margin:0;font-weight:600}
.type{display:inline-block;font-size:11px;font-weight:normal;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 4px;margin-right:4px}
.neg .headline{text-decoration:line-through;text-decoration-color:var(--neg);text-decoration-thickness:2px}
.marks{color:var(--muted);font-size:13px;font-weight:normal;margin-left:4px}
.planned .marks{color:#b7791f}
.neg .marks{color:var(--neg)}
.who{margin:2px 0;font-size:13px;color:var(--muted)}
blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid var(--line);font-size:14px}
.source{margin:0;font-size:12px;color:var(--muted)}
.source code{font-size:11px}
@media (max-width:720px){li.ev{grid-template-columns:1fr}}
)CSS";

constexpr std::string_view kScript = R"JS(
(function () {
  var events = Array.prototype.slice.call(document.querySelectorAll('li.ev'));
  var fType = document.getElementById('f-type'), fActor = document.getElementById('f-actor');
  var fQuery = document.getElementById('f-q'), shown = document.getElementById('shown');
  function apply() {
    var t = fType.value, a = fActor.value, q = fQuery.value.trim().toLowerCase(), n = 0;
    events.forEach(function (li) {
      var ok = (!t || li.dataset.type === t) &&
               (!a || li.dataset.actors.split('\n').indexOf(a) >= 0) &&
               (!q || li.textContent.toLowerCase().indexOf(q) >= 0);
      li.hidden = !ok;
      if (ok) n++;
    });
    document.querySelectorAll('section.month').forEach(function (s) {
      s.hidden = !s.querySelector('li.ev:not([hidden])');
    });
    shown.textContent = String(n);
  }
  // A link may preselect the filters: timeline.html#type=visit&actor=샘%20알트먼&q=경주
  var h = new URLSearchParams(location.hash.slice(1));
  if (h.get('type')) fType.value = h.get('type');
  if (h.get('actor')) fActor.value = h.get('actor');
  if (h.get('q')) fQuery.value = h.get('q');
  fType.addEventListener('change', apply);
  fActor.addEventListener('change', apply);
  fQuery.addEventListener('input', apply);
  apply();
})();
)JS";

int y_of(year_month_day d) { return static_cast<int>(d.year()); }
unsigned m_of(year_month_day d) { return static_cast<unsigned>(d.month()); }

// The month whose day track shows an event (its first day's, else its last day's); nullopt for no time.
std::optional<date::year_month> month_of(const Event& e) {
  auto d = e.when.first_day() ? e.when.first_day() : e.when.last_day();
  if (!d) return std::nullopt;
  year_month_day ymd{*d};
  return ymd.year() / ymd.month();
}

// The section an event is listed in: the month of its first day, "시작 미상" for an open start (they come
// first in timeline order), "시점 미상" for no time. {key, heading}.
std::pair<std::string, std::string> section_of(const Event& e) {
  if (auto f = e.when.first_day()) {
    year_month_day d{*f};
    return {fmt::format("{:04}-{:02}", y_of(d), m_of(d)), fmt::format("{}년 {}월", y_of(d), m_of(d))};
  }
  if (e.when.last_day()) return {"open-start", "시작 미상 (~까지)"};
  return {"unknown", "시점 미상"};
}

std::string pct(double x) { return fmt::format("{:.2f}%", std::clamp(x, 0.0, 100.0)); }

// The event's mark on the day track of month `ym`, and the classes that say how it is drawn.
struct Mark {
  std::string style;
  std::vector<std::string> classes;
};
Mark mark_of(const Event& e, std::optional<date::year_month> ym) {
  Mark m;
  if (!ym) {
    m.classes.push_back("unknown");
    return m;
  }
  const date::sys_days month_first{*ym / 1};
  const date::sys_days month_last{last_day_of(*ym)};
  const double days = static_cast<double>((month_last - month_first).count() + 1);
  auto first = e.when.first_day(), last = e.when.last_day();
  const bool precise_day = first && last && *first == *last && !e.fuzzy && e.mod != time::Mod::Approx;
  if (precise_day) {
    m.classes.push_back("point");
    m.style = "left:" + pct((static_cast<double>((*first - month_first).count()) + 0.5) / days * 100.0);
    return m;
  }
  date::sys_days from = first ? std::max(*first, month_first) : month_first;
  date::sys_days to = last ? std::min(*last, month_last) : month_last;
  if (to < from) to = from;
  m.classes.push_back("span");
  if (!first) m.classes.push_back("open-start");
  if (!last) m.classes.push_back("open-end");
  if (!last || *last > month_last) m.classes.push_back("cont");
  if (e.fuzzy || e.mod == time::Mod::Approx) m.classes.push_back("fuzzy");
  m.style = "left:" + pct(static_cast<double>((from - month_first).count()) / days * 100.0) +
            ";width:" + pct(static_cast<double>((to - from).count() + 1) / days * 100.0);
  return m;
}

std::vector<std::string> names_of(const Event& e) {
  std::vector<std::string> out;
  if (!e.actor.empty()) out.push_back(e.actor);
  for (const auto& p : e.participants)
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  return out;
}

void put_event(std::ostream& out, const Event& e, std::optional<date::year_month> ym) {
  Mark mark = mark_of(e, ym);
  std::vector<std::string> classes = {"ev"};
  if (e.polarity == event::Polarity::Negative) classes.push_back("neg");
  if (e.modality == event::Modality::Planned) classes.push_back("planned");
  if (e.modality == event::Modality::Hypothetical) classes.push_back("hypothetical");
  classes.insert(classes.end(), mark.classes.begin(), mark.classes.end());
  out << fmt::format(R"(<li class="{}" id="ev-{}" data-type="{}" data-actors="{}" data-start="{}" data-end="{}">)",
                     join(classes, " "), format_id(detail::id_of(e)), event::to_string(e.type),
                     html_escape(join(names_of(e), "\n")), detail::iso_or_empty(e.when.first_day()),
                     detail::iso_or_empty(e.when.last_day()))
      << '\n';
  std::string when = korean_when(e);
  if (e.time_source == event::TimeSource::Publication) when += " (보도일)";
  out << fmt::format(R"(<div><div class="when" title="{}">{}</div>)", html_escape(when_text(e)), html_escape(when));
  out << R"(<div class="track" aria-hidden="true">)";
  if (!mark.style.empty()) out << fmt::format(R"(<span class="mark" style="{}"></span>)", mark.style);
  out << "</div></div>\n<div>";
  std::string headline = e.summary.empty() ? std::string(event::to_string(e.type)) : e.summary;
  out << fmt::format(R"(<h3><span class="type">{}</span><span class="headline">{}</span>)", event::to_string(e.type),
                     html_escape(headline));
  if (auto marks = marks_of(e); !marks.empty()) out << fmt::format(R"(<span class="marks">{}</span>)", html_escape(marks));
  out << "</h3>\n";
  std::vector<std::string> who;
  if (!e.actor.empty()) who.push_back("주체 " + e.actor + (e.actor_inferred ? " (문맥에서 추정)" : ""));
  if (!e.participants.empty()) who.push_back("참여 " + join(e.participants, ", "));
  if (!e.location.empty()) who.push_back("장소 " + e.location);
  if (e.fuzzy) who.push_back("관례상 경계 " + when_text(e));
  if (!who.empty()) out << R"(<p class="who">)" << html_escape(join(who, " · ")) << "</p>\n";
  if (const event::Mention* m = detail::first_mention(e)) {
    if (!m->sentence.empty()) out << R"(<blockquote class="sentence">)" << html_escape(m->sentence) << "</blockquote>\n";
    out << R"(<p class="source">출처: )";
    std::string src = source_of(e);
    if (src != m->article) out << html_escape(src) << " ";
    out << "<code>" << html_escape(m->article) << "</code>";
    if (e.mentions.size() > 1) out << fmt::format(" 외 {}건", e.mentions.size() - 1);
    out << "</p>\n";
  }
  out << "</div></li>\n";
}

// <option>s for the names in `counts`, most frequent first.
void put_options(std::ostream& out, const std::map<std::string, std::size_t>& counts) {
  std::vector<std::pair<std::string, std::size_t>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [name, n] : v)
    out << fmt::format(R"(<option value="{}">{} ({})</option>)", html_escape(name), html_escape(name), n) << '\n';
}

class HtmlWriter : public Writer {
 public:
  explicit HtmlWriter(const WriterOptions& o) : opt_(o) {}
  WriteSummary write(std::ostream& out, const std::vector<const Event*>& events) override {
    std::map<std::string, std::size_t> types, actors;
    for (const Event* e : events) {
      ++types[std::string(event::to_string(e->type))];
      for (const auto& n : names_of(*e)) ++actors[n];
    }
    const std::string title = html_escape(opt_.title);
    out << "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "script-src 'unsafe-inline'\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"yeonpyo 0.1.0\">\n"
        << "<title>" << title << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<header>\n"
        << "<h1>" << title << "</h1>\n<form id=\"filters\" role=\"search\" onsubmit=\"return false\">\n"
        << "<label>유형 <select id=\"f-type\"><option value=\"\">전체</option>\n";
    put_options(out, types);
    out << "</select></label>\n<label>주체·참여 <select id=\"f-actor\"><option value=\"\">전체</option>\n";
    put_options(out, actors);
    out << "</select></label>\n<label>검색 <input type=\"search\" id=\"f-q\" placeholder=\"이름, 장소, 문장…\"></label>\n"
        << fmt::format("<span class=\"count\"><span id=\"shown\">{}</span> / {}개 사건</span>\n", events.size(),
                       events.size())
        << "</form>\n<p class=\"legend\">날짜 막대는 그 달의 1일~말일: <i class=\"l-dot\"></i>정확한 하루"
        << "<i class=\"l-bar\"></i>여러 날<i class=\"l-fuzzy\"></i>흐린 기간(이달 초 = 1~10일 같은 관례상 경계)"
        << "<i class=\"l-hollow\"></i>예정 · <s>취소선</s> 부정(불참, 무산)</p>\n</header>\n<main>\n";
    std::string current;
    auto close_section = [&] {
      if (!current.empty()) out << "</ol></section>\n";
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
      const Event& e = *events[i];
      auto [key, heading] = section_of(e);
      if (key != current) {
        close_section();
        current = key;
        std::size_t n = 0;
        for (std::size_t j = i; j < events.size() && section_of(*events[j]).first == key; ++j) ++n;
        out << fmt::format("<section class=\"month\" data-month=\"{}\"><h2>{}<small>{}건</small></h2><ol>\n", key,
                           heading, n);
      }
      put_event(out, e, month_of(e));
    }
    close_section();
    if (events.empty()) out << "<p>사건이 없습니다.</p>\n";
    out << "</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
    return WriteSummary{events.size(), 0, ""};
  }

 private:
  WriterOptions opt_;
};

}  // namespace

std::unique_ptr<Writer> make_html_writer(const WriterOptions& o) { return std::make_unique<HtmlWriter>(o); }

}  // namespace yp::exporter
