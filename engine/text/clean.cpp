// Crawl cleaning (see clean.hpp). One pass per kind of furniture over the body, each blanking or marking
// spans in place; the words come from engine/text/data/crawl.tsv. Covered by tests/text/clean_test.cpp.
#include "text/clean.hpp"

#include "core/bytes.hpp"
#include "core/data.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>

namespace yp::text {

namespace {

struct Words {
  std::vector<std::string> outlet, role, credit, credit_end, boilerplate, transcript, bullet, glued_opener;
  // The last bytes of the outlets (every byte when an outlet is empty): a line whose last byte is none of them ends
  // in no outlet, and the caption test asks no outlet (most lines end in '.').
  std::array<bool, 256> outlet_last{};
  // The bullets' first two bytes (every bullet in this crawl.tsv has two or more), as pairs and as the distinct
  // first bytes: a line without such a pair holds no bullet, and the twelve bullet searches are skipped.
  bool bullet_filter = true;  // false when some bullet is a single byte
  std::vector<char> bullet_firsts;
  std::vector<bool> bullet_pairs = std::vector<bool>(256 * 256);

  static const Words& get() {
    static const Words w = [] {
      Words w;
      auto tsv = data::lookup("text/data/crawl.tsv");
      if (!tsv) return w;
      for (const auto& row : data::rows(*tsv)) {
        if (row.fields.size() < 2) continue;
        std::string_view k = row.fields[0];
        std::string v(row.fields[1]);
        if (k == "outlet") w.outlet.push_back(v);
        else if (k == "role") w.role.push_back(v);
        else if (k == "credit") w.credit.push_back(v);
        else if (k == "credit-end") w.credit_end.push_back(v);
        else if (k == "boilerplate") w.boilerplate.push_back(v);
        else if (k == "transcript") w.transcript.push_back(v);
        else if (k == "bullet") w.bullet.push_back(v);
        else if (k == "glued-opener") w.glued_opener.push_back(v);
      }
      // Longest first, so that 연합뉴스TV wins over 연합뉴스 and 사진제공= over 사진=.
      for (auto* v : {&w.outlet, &w.role, &w.credit, &w.credit_end, &w.boilerplate, &w.transcript})
        std::sort(v->begin(), v->end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
      for (const auto& b : w.bullet) {
        if (b.size() < 2) {
          w.bullet_filter = false;
          continue;
        }
        const auto b0 = static_cast<unsigned char>(b[0]), b1 = static_cast<unsigned char>(b[1]);
        w.bullet_pairs[b0 * 256 + b1] = true;
        if (std::find(w.bullet_firsts.begin(), w.bullet_firsts.end(), b[0]) == w.bullet_firsts.end())
          w.bullet_firsts.push_back(b[0]);
      }
      for (const auto& o : w.outlet) {
        if (o.empty()) w.outlet_last.fill(true);
        else w.outlet_last[static_cast<unsigned char>(o.back())] = true;
      }
      return w;
    }();
    return w;
  }
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\n')) s.remove_suffix(1);
  // U+00A0 and U+3000 are spaces too
  for (std::string_view sp : {std::string_view("\xC2\xA0"), std::string_view("\xE3\x80\x80")}) {
    while (s.starts_with(sp)) s.remove_prefix(sp.size());
    while (s.ends_with(sp)) s.remove_suffix(sp.size());
  }
  return s;
}

bool is_one_of(std::string_view s, const std::vector<std::string>& words) {
  return std::find(words.begin(), words.end(), s) != words.end();
}

bool contains_any(std::string_view s, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

bool ends_with_any(std::string_view s, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (s.ends_with(w)) return true;
  return false;
}

bool starts_with_any(std::string_view s, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (s.starts_with(w)) return true;
  return false;
}

bool hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

// Brackets that may hold a byline, credit or marker, with their closers.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kBrackets{{
    {"[", "]"}, {"(", ")"}, {"\xE3\x80\x90", "\xE3\x80\x91"} /* 【 】 */, {"<", ">"},
    {"\xE2\x97\x80", "\xE2\x96\xB6"} /* ◀ ▶ */, {"\xEF\xBC\x88", "\xEF\xBC\x89"} /* （ ） */}};

// The first bytes of the openers of kBrackets.
constexpr std::array<bool, 256> kOpenerLead = [] {
  std::array<bool, 256> a{};
  for (const auto& [open, close] : kBrackets) a[static_cast<unsigned char>(open[0])] = true;
  return a;
}();

class Cleaner {
 public:
  Cleaner(std::string_view body, std::string_view title) : in_(body), w_(Words::get()) {
    out_.text.assign(body);
    headline(title);
    for (std::size_t ls = 0; ls < in_.size();) {
      std::size_t le = in_.find('\n', ls);
      if (le == std::string_view::npos) le = in_.size();
      line(ls, le);
      ls = le + 1;
    }
    std::sort(out_.segments.begin(), out_.segments.end(),
              [](const Segment& a, const Segment& b) { return a.begin < b.begin; });
    unicode_spaces();
  }
  CleanText take() { return std::move(out_); }

 private:
  void mark(std::size_t b, std::size_t e, SegmentKind k) {
    if (e <= b) return;
    out_.segments.push_back({b, e, k});
    if (k == SegmentKind::Caption || k == SegmentKind::Headline) return;
    for (std::size_t i = b; i < e; ++i)
      if (out_.text[i] != '\n') out_.text[i] = ' ';
  }
  bool blanked(std::size_t p) const { return out_.text[p] == ' ' && in_[p] != ' '; }
  // `what` in [from, le), or npos: every search stays inside its line (no pass over the rest of the body).
  std::size_t find_in(std::string_view what, std::size_t from, std::size_t le) const {
    if (from >= le) return std::string_view::npos;
    std::size_t at = find_bytes(in_.substr(from, le - from), what);
    return at == std::string_view::npos ? at : from + at;
  }

  // "펀딩포유가\u00A0 한국…": a no-break, ideographic, typographic or zero-width space (in a seventh of the crawled
  // articles) becomes as many ASCII spaces as it has bytes, so that words end there and offsets stay.
  // Eight bytes with none of the spaces' lead bytes (C2, E2, E3) are stepped over at once: in Hangul text most
  // bytes are syllables' lead (EA..ED) and continuation bytes, which the byte loop compared one by one.
  static bool may_hold_space_lead(const char* p) {
    const std::uint64_t x = bytes::load8(p);
    return bytes::any_equal(x, 0xC2) || bytes::any_equal(x, 0xE2) || bytes::any_equal(x, 0xE3);
  }

  void unicode_spaces() {
    std::string& t = out_.text;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
      if (i + 8 <= t.size() && !may_hold_space_lead(t.data() + i)) {
        i += 7;  // (and the loop's ++i)
        continue;
      }
      const auto b0 = static_cast<unsigned char>(t[i]);
      if (b0 < 0xC2) continue;
      const auto b1 = static_cast<unsigned char>(t[i + 1]);
      std::size_t n = 0;
      if (b0 == 0xC2 && b1 == 0xA0) n = 2;  // U+00A0
      else if (i + 2 < t.size()) {
        const auto b2 = static_cast<unsigned char>(t[i + 2]);
        if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) n = 3;                 // U+3000
        else if (b0 == 0xE2 && b1 == 0x80 && (b2 <= 0x8B || b2 == 0xAF)) n = 3;  // U+2000..U+200B, U+202F
      }
      for (std::size_t k = 0; k < n; ++k) t[i + k] = ' ';
      if (n) i += n - 1;
    }
  }

  void headline(std::string_view title) {
    std::size_t le = in_.find('\n');
    if (le == std::string_view::npos) return;  // a one-line body has no separate headline
    std::string_view first = trim(in_.substr(0, le));
    if (first.empty()) return;
    std::string_view t = trim(title);
    bool is_title = !t.empty() && first == t;
    if (is_title) mark(0, le, SegmentKind::Headline);
  }

  void line(std::size_t ls, std::size_t le) {
    std::string_view l = in_.substr(ls, le - ls);
    if (trim(l).empty()) return;
    boilerplate(ls, le);
    emails(ls, le);
    brackets(ls, le);
    bylines(ls, le);
    slash_credit(ls, le);
    copyright_sign(ls, le);
    photo_credit(ls, le);
    bullets(ls, le);
    caption_line(ls, le);
  }

  // A footer: the <…> unit holding a footer word, else from the footer's sentence to the end of the line.
  void boilerplate(std::size_t ls, std::size_t le) {
    std::string_view l = in_.substr(ls, le - ls);
    std::size_t at = std::string_view::npos;
    for (const auto& b : w_.boilerplate) at = std::min(at, find_bytes(l, b));
    if (at == std::string_view::npos) return;
    std::size_t open = l.rfind('<', at);
    std::size_t from = open;
    if (open == std::string_view::npos) {
      // back to the start of the footer's sentence (after ". " or at the line start)
      std::size_t dot = l.rfind(". ", at);
      from = dot == std::string_view::npos ? 0 : dot + 2;
      for (std::string_view sign : {std::string_view("\xE2\x93\x92"), std::string_view("\xC2\xA9")}) {  // ⓒ ©
        std::size_t s = l.rfind(sign, at);
        if (s != std::string_view::npos && s >= from) from = s;
      }
    }
    std::size_t close = open == std::string_view::npos ? std::string_view::npos : l.find('>', at);
    std::size_t to = close == std::string_view::npos ? l.size() : close + 1;
    mark(ls + from, ls + to, SegmentKind::Boilerplate);
  }

  void emails(std::size_t ls, std::size_t le) {
    auto local = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    };
    auto domain = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'; };
    for (std::size_t p = find_in("@", ls, le); p != std::string_view::npos; p = find_in("@", p + 1, le)) {
      std::size_t b = p;
      while (b > ls && local(in_[b - 1]) && static_cast<unsigned char>(in_[b - 1]) < 0x80) --b;
      std::size_t e = p + 1;
      while (e < le && domain(in_[e])) ++e;
      while (e > p + 1 && in_[e - 1] == '.') --e;
      std::string_view dom = in_.substr(p + 1, e - p - 1);
      if (b == p || dom.find('.') == std::string_view::npos) continue;
      mark(b, e, SegmentKind::Email);
    }
  }

  // Bracketed bylines, outlet tags, credits and transcript markers.
  void brackets(std::size_t ls, std::size_t le) {
    for (std::size_t p = ls; p < le;) {
      std::size_t adv = 1;
      if (!kOpenerLead[static_cast<unsigned char>(in_[p])]) {  // no opener starts here
        ++p;
        continue;
      }
      for (const auto& [open, close] : kBrackets) {
        if (in_.compare(p, open.size(), open) != 0) continue;
        std::size_t c = find_in(close, p + open.size(), le);
        if (c == std::string_view::npos || c >= le || c - p > 120) break;
        std::string_view inner = trim(in_.substr(p + open.size(), c - p - open.size()));
        std::size_t e = c + close.size();
        if (auto k = bracket_kind(inner)) {
          mark(p, e, *k);
          adv = e - p;
        }
        break;
      }
      p += adv;
    }
  }

  std::optional<SegmentKind> bracket_kind(std::string_view inner) const {
    if (inner.empty()) return std::nullopt;
    if (is_one_of(inner, w_.outlet)) return SegmentKind::Byline;                 // [프라임경제]
    std::size_t eq = inner.find('=');
    if (eq != std::string_view::npos) {
      std::string_view before = trim(inner.substr(0, eq)), after = trim(inner.substr(eq + 1));
      if (is_one_of(after, w_.outlet) && before.size() <= 30) return SegmentKind::Byline;  // (서울=연합뉴스)
      if (starts_with_any(inner, w_.credit)) return SegmentKind::Credit;             // [사진=…]
    }
    if (is_one_of(inner, w_.transcript)) return SegmentKind::Transcript;            // [앵커]
    if (starts_with_any(inner, w_.credit)) return SegmentKind::Credit;              // (ⓒ 연합뉴스)
    if (ends_with_any(inner, w_.credit_end) || contains_any(inner, {std::string("재판매")}))
      return SegmentKind::Credit;                                                    // [산업부 제공]
    return std::nullopt;
  }

  // "김철수 기자 =", "김승욱 박수윤 기자 =", "(이름) 기자 =", after the line start or blanked furniture.
  void bylines(std::size_t ls, std::size_t le) {
    // a byline ends in '=' after its role word: a line without one has none (the role words are not searched)
    if (std::memchr(in_.data() + ls, '=', le - ls) == nullptr) return;
    for (const auto& role : w_.role) {
      for (std::size_t at = find_in(role, ls, le); at != std::string_view::npos;
           at = find_in(role, at + role.size(), le)) {
        std::size_t e = at + role.size();
        while (e < le && is_space(in_[e])) ++e;
        if (e >= le || in_[e] != '=') continue;
        ++e;
        while (e < le && is_space(in_[e])) ++e;
        // up to eight names (Hangul words of 2-4 syllables, or "(이름)", or earlier reporters) before the role
        std::size_t b = at;
        int names = 0;
        while (names < 8) {
          std::size_t q = b;
          while (q > ls && is_space(in_[q - 1])) --q;
          std::size_t wb = q;
          while (wb > ls && !is_space(in_[wb - 1]) && !blanked(wb - 1)) --wb;
          std::string_view word = in_.substr(wb, q - wb);
          if (!name_word(word)) {
            // "(이름) 기자,(이름) 기자 =", "김철수 기자, 박영희 기자 =": earlier reporters, each a name and a role,
            // joined by commas (the walk goes on over them)
            const std::size_t comma = word.find(',');
            const bool chained = comma != std::string_view::npos && is_one_of(word.substr(0, comma), w_.role) &&
                                 (comma + 1 == word.size() || name_word(word.substr(comma + 1)));
            if (!chained) break;
          }
          b = wb;
          ++names;
        }
        std::size_t q = b;
        while (q > ls && is_space(in_[q - 1])) --q;
        if (names == 0 || !(q == ls || blanked(q - 1))) continue;
        mark(b, e, SegmentKind::Byline);
      }
    }
  }

  // A personal name in a byline: 2-4 Hangul syllables, not ending in a case particle that names never end in
  // ("회사는 김철수 기자 =" is no byline).
  static bool name_word(std::string_view w) {
    if (w == "(이름)") return true;
    for (std::string_view particle : {"는", "를", "을", "에", "서", "께", "로"})
      if (w.ends_with(particle)) return false;
    std::size_t n = 0, p = 0;
    while (p < w.size()) {
      char32_t cp = decode_at(w, p);
      if (!hangul_syllable(cp)) return false;
      ++n;
    }
    return n >= 2 && n <= 4;
  }

  // "… 모습. /뉴스1" or "/독자제공" at the end of a line: a credit, and the line is its caption.
  void slash_credit(std::size_t ls, std::size_t le) {
    std::string_view l = in_.substr(ls, le - ls);
    std::string_view t = trim(l);
    std::size_t slash = t.rfind('/');
    if (slash == std::string_view::npos || slash == 0) return;
    std::string_view credit = trim(t.substr(slash + 1));
    if (credit.empty() || credit.size() > 40) return;
    bool known = is_one_of(credit, w_.outlet) || ends_with_any(credit, w_.credit_end) ||
                 starts_with_any(credit, w_.credit) || credit.find(' ') == std::string_view::npos;
    if (!known || t[slash - 1] != ' ' ) return;
    std::size_t b = ls + static_cast<std::size_t>(t.data() - l.data()) + slash;
    mark(b, ls + static_cast<std::size_t>(t.data() - l.data()) + t.size(), SegmentKind::Credit);
    mark(ls, b, SegmentKind::Caption);
  }

  // ⓒ / © outside brackets: the sign (and an outlet or a credit ending right after it) is a credit, and the
  // text back to the previous sentence end is the photo's caption (crawls glue both into the body).
  void copyright_sign(std::size_t ls, std::size_t le) {
    for (std::string_view sign : {std::string_view("\xE2\x93\x92"), std::string_view("\xC2\xA9")}) {
      for (std::size_t at = find_in(sign, ls, le); at != std::string_view::npos;
           at = find_in(sign, at + sign.size(), le)) {
        if (blanked(at)) continue;
        std::size_t e = at + sign.size();
        std::size_t q = e;
        while (q < le && is_space(in_[q])) ++q;
        std::string_view rest = in_.substr(q, std::min<std::size_t>(le - q, 40));
        std::size_t end_at = std::string_view::npos;
        for (const auto& ce : w_.credit_end) {
          std::size_t f = rest.find(ce);
          if (f != std::string_view::npos) end_at = std::min(end_at, f + ce.size());
        }
        if (end_at != std::string_view::npos) {
          e = q + end_at;
        } else {
          // the credited name: the word after the sign, up to a space or a quote/bracket glued to it
          // ("ⓒ 대전시'2019 …'은", "ⓒ 서산시 "), at most 8 syllables
          std::size_t p = 0, syllables = 0;
          // ("ⓒ율곡통일리더스쿨1996년 남파된": a digit after two or more syllables opens the body's next sentence)
          while (p < rest.size() && !is_space(rest[p]) && rest[p] != '\'' && rest[p] != '"' && rest[p] != '(' &&
                 rest[p] != '[' && syllables <= 8 && !(syllables >= 2 && rest[p] >= '0' && rest[p] <= '9')) {
            std::size_t before = p;
            char32_t cp = decode_at(rest, p);
            if (p == before) break;
            if (cp == 0x201C || cp == 0x2018) {  // “ ‘
              p = before;
              break;
            }
            ++syllables;
          }
          // "ⓒ 프라임경제이날 행사는", "ⓒ 보령시이번": the next sentence's first word glued to the credited name
          // (crawl.tsv glued-opener) stays in the body
          for (const auto& o : w_.glued_opener)
            if (p >= o.size() + 6 && rest.substr(0, p).ends_with(o)) {
              p -= o.size();
              --syllables;
              break;
            }
          if (syllables > 0 && syllables <= 8) e = q + p;
        }
        mark(at, e, SegmentKind::Credit);
        caption_before(ls, at);
      }
    }
  }

  // The caption of a credit at `at` glued into the body: back to the end of the previous sentence ("다. ") or
  // the line start, when that is short enough to be a caption.
  void caption_before(std::size_t ls, std::size_t at) {
    std::size_t cb = at;
    while (cb > ls && is_space(in_[cb - 1])) --cb;
    std::string_view before = in_.substr(ls, cb - ls);
    std::size_t prev = before.size() >= 2 ? before.rfind(".", before.size() - 2) : std::string_view::npos;
    std::size_t from = prev == std::string_view::npos ? ls : ls + prev + 1;
    if (cb > from && cb - from < 300) mark(from, cb, SegmentKind::Caption);
  }

  // "… 추도식 모습. = 윤요섭 기자이날 정부 …": a photographer's credit after a caption, glued to the next
  // sentence (no '=' after the role, unlike a byline). The credit is blanked, the caption marked.
  void photo_credit(std::size_t ls, std::size_t le) {
    for (std::size_t at = find_in("=", ls, le); at != std::string_view::npos; at = find_in("=", at + 1, le)) {
      if (blanked(at)) continue;
      std::size_t p = at + 1;
      while (p < le && is_space(in_[p])) ++p;
      int names = 0;
      std::size_t role_end = std::string_view::npos;
      while (names <= 3 && p < le) {
        std::size_t we = p;
        while (we < le && !is_space(in_[we])) ++we;
        std::string_view word = in_.substr(p, we - p);
        if (names > 0) {
          for (const auto& role : w_.role)
            if (word.starts_with(role)) {
              role_end = p + role.size();
              break;
            }
          if (role_end != std::string_view::npos) break;
        }
        if (!name_word(word)) break;
        ++names;
        p = we;
        while (p < le && is_space(in_[p])) ++p;
      }
      if (role_end == std::string_view::npos) continue;
      std::size_t after = role_end;
      while (after < le && is_space(in_[after])) ++after;
      if (after < le && in_[after] == '=') continue;  // "김철수 기자 =": a byline (bylines() reads it)
      mark(at, role_end, SegmentKind::Credit);
      caption_before(ls, at);
    }
  }

  // Whether [ls, le) holds the first two bytes of some bullet (always true when the filter is off).
  bool may_hold_bullet(std::size_t ls, std::size_t le) const {
    if (!w_.bullet_filter) return true;
    for (char first : w_.bullet_firsts)
      for (const char* p = static_cast<const char*>(std::memchr(in_.data() + ls, first, le - ls));
           p != nullptr && p + 1 < in_.data() + le;
           p = static_cast<const char*>(std::memchr(p + 1, first, static_cast<std::size_t>(in_.data() + le - (p + 1))))) {
        if (w_.bullet_pairs[static_cast<unsigned char>(p[0]) * 256 + static_cast<unsigned char>(p[1])]) return true;
      }
    return false;
  }

  void bullets(std::size_t ls, std::size_t le) {
    if (!may_hold_bullet(ls, le)) return;
    for (const auto& b : w_.bullet)
      for (std::size_t at = find_in(b, ls, le); at != std::string_view::npos; at = find_in(b, at + b.size(), le)) {
        if (trim(in_.substr(ls, at - ls)).empty()) {  // a bullet opening its line only blanks
          mark(at, at + b.size(), SegmentKind::Bullet);
          continue;
        }
        mark(at, at + b.size(), SegmentKind::Bullet);
        out_.text[at] = '\n';  // a new unit: the sentence splitter breaks here
      }
  }

  // A short line (at most two sentences) that ends in a credit is a photo caption; so is a line that is
  // nothing but a credit phrase ("사진 JTBC '사건반장' 캡처").
  void caption_line(std::size_t ls, std::size_t le) {
    std::size_t cb = 0, ce = 0;  // the last credit on the line
    for (const auto& s : out_.segments)
      if (s.kind == SegmentKind::Credit && s.begin >= ls && s.end <= le && s.begin >= cb) cb = s.begin, ce = s.end;
    if (ce > 0 && trim(in_.substr(ce, le - ce)).empty()) {
      std::string_view before = trim(in_.substr(ls, cb - ls));
      if (before.empty() || already_marked(ls)) return;
      if (inner_full_stops(before) <= 2 && before.size() < 500) mark(ls, cb, SegmentKind::Caption);
      return;
    }
    std::string_view l = trim(in_.substr(ls, le - ls));
    if (l.size() < 100 && (l.starts_with("사진") || l.starts_with("자료")) && ends_with_any(l, w_.credit_end))
      mark(ls, le, SegmentKind::Credit);
    // "… 1차 기자회견. 뉴시스", "… 들어서고 있다. 연합뉴스": a short line whose last word, after a full stop, is
    // an outlet is a caption with its credit
    if (l.empty() || !w_.outlet_last[static_cast<unsigned char>(l.back())]) return;  // (the loop below would find none)
    for (const auto& outlet : w_.outlet) {
      if (!l.ends_with(outlet) || l.size() <= outlet.size() + 2) continue;
      std::string_view head = l.substr(0, l.size() - outlet.size());
      if (!head.ends_with(". ") && !head.ends_with(".")) continue;
      std::size_t credit_at = static_cast<std::size_t>(l.data() - in_.data()) + head.size();
      std::string_view cap = trim(head);
      if (inner_full_stops(cap) > 1 || cap.size() >= 400 || already_marked(ls)) return;
      mark(credit_at, credit_at + outlet.size(), SegmentKind::Credit);
      mark(ls, credit_at, SegmentKind::Caption);
      return;
    }
  }

  // Full stops followed by a space inside `s`: the sentences of a caption line, less one.
  static std::size_t inner_full_stops(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t p = s.find(". "); p != std::string_view::npos; p = s.find(". ", p + 1)) ++n;
    return n;
  }

  bool already_marked(std::size_t ls) const {
    for (const auto& s : out_.segments)
      if (s.kind == SegmentKind::Caption && s.begin <= ls && ls < s.end) return true;
    return false;
  }

  std::string_view in_;
  const Words& w_;
  CleanText out_;
};

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> CleanText::asides() const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& s : segments)
    if (s.kind == SegmentKind::Caption || s.kind == SegmentKind::Headline) out.emplace_back(s.begin, s.end);
  return out;
}

bool CleanText::is_aside(std::size_t begin, std::size_t end) const {
  for (const auto& [b, e] : asides())
    if (b <= begin && end <= e) return true;
  return false;
}

std::string_view to_string(SegmentKind k) {
  switch (k) {
    case SegmentKind::Headline: return "headline";
    case SegmentKind::Byline: return "byline";
    case SegmentKind::Credit: return "credit";
    case SegmentKind::Caption: return "caption";
    case SegmentKind::Boilerplate: return "boilerplate";
    case SegmentKind::Email: return "email";
    case SegmentKind::Transcript: return "transcript";
    case SegmentKind::Bullet: return "bullet";
  }
  return "?";
}

CleanText clean_crawl(std::string_view body, std::string_view title) { return Cleaner(body, title).take(); }

}  // namespace yp::text
