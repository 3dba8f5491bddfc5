#include "event/names.hpp"

#include "core/data.hpp"
#include "event/internal.hpp"
#include "morph/morph.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace yp::event::detail {

namespace {

// The code points of `s`, or empty when anything but Hangul syllables is in it.
std::u32string hangul_only(std::string_view s) {
  std::u32string out;
  for (std::size_t p = 0; p < s.size();) {
    char32_t c = text::decode_at(s, p);
    if (c < 0xAC00 || c > 0xD7A3) return {};
    out.push_back(c);
  }
  return out;
}

// `abbr`'s syllables appear in order in `name` (whose spaces are skipped), the first one first.
bool abbreviates(const std::u32string& abbr, std::string_view name) {
  std::u32string full;
  for (std::size_t p = 0; p < name.size();) {
    char32_t c = text::decode_at(name, p);
    if (c != ' ') full.push_back(c);
  }
  if (abbr.empty() || full.size() <= abbr.size() || full[0] != abbr[0]) return false;
  std::size_t i = 0;
  for (char32_t c : full)
    if (i < abbr.size() && c == abbr[i]) ++i;
  return i == abbr.size();
}

bool latin_abbreviation(std::string_view s) {
  std::size_t letters = 0;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
    else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '&' && c != '-') return false;
  }
  return letters >= 2 && s.size() <= 12;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Rows of event/data/name_prefixes.tsv: 전, 현, 고.
const std::vector<std::string_view>& name_prefixes() {
  static const std::vector<std::string_view> words = data::first_column("event/data/name_prefixes.tsv");
  return words;
}

const std::vector<std::string_view>& local_body_classes() {
  static const std::vector<std::string_view> words = data::first_column("event/data/local_bodies.tsv");
  return words;
}

// `w` without the quotes, brackets and other marks around it ("'김정은", "(고정은)" -> the name). A mark is an ASCII
// character other than a letter or digit: no other code point is one (a syllable is a letter, and any other code
// point, even a curly quote, is kept), and a byte of 0x80 or above never starts an ASCII character, so the bytes are
// tested directly instead of decoding the first and last code points.
std::string_view trim_marks(std::string_view w) {
  auto mark = [](unsigned char b) { return b < 0x80 && !std::isalnum(b); };
  while (!w.empty() && mark(static_cast<unsigned char>(w.front()))) w.remove_prefix(1);
  while (!w.empty()) {
    // (a three-byte character at the end, every Hangul syllable, is no mark: its first byte is read directly)
    if (w.size() >= 3 && (static_cast<unsigned char>(w[w.size() - 3]) >> 4) == 0xE &&
        (static_cast<unsigned char>(w[w.size() - 2]) & 0xC0) == 0x80 && (static_cast<unsigned char>(w.back()) & 0xC0) == 0x80)
      break;
    std::size_t p = w.size() - 1;
    while (p > 0 && (static_cast<unsigned char>(w[p]) & 0xC0) == 0x80) --p;  // the last code point's first byte
    if (!mark(static_cast<unsigned char>(w[p]))) break;
    w.remove_suffix(w.size() - p);
  }
  return w;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> find_abbreviations(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  constexpr std::size_t kMaxInside = 40;  // bytes between the parentheses
  constexpr std::size_t kMaxWords = 4;    // words of the full name
  constexpr std::size_t kMaxBefore = 160;  // bytes before the parenthesis they may take
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    if (open == 0 || text[open - 1] == ' ' || text[open - 1] == '\n') continue;  // 기획재정부(기재부): attached
    // (every search is bounded, so that a text of parentheses and no spaces stays linear)
    std::size_t close = text.substr(open + 1, kMaxInside + 1).find(')');
    if (close == std::string_view::npos) continue;
    std::string_view inside = text.substr(open + 1, close);
    if (inside.find('\n') != std::string_view::npos) continue;
    if (starts_with(inside, "이하 ")) inside.remove_prefix(std::string_view("이하 ").size());
    // the words before the parenthesis, on its line and within kMaxBefore bytes, nearest first
    const std::size_t lo = open > kMaxBefore ? open - kMaxBefore : 0;
    std::size_t line = text.substr(lo, open - lo).rfind('\n');
    line = line == std::string_view::npos ? lo : lo + line + 1;
    std::vector<std::string_view> words;
    for (std::size_t end = open; words.size() < kMaxWords && end > line;) {
      std::size_t sp = text.rfind(' ', end - 1);
      std::size_t b = sp == std::string_view::npos || sp < line ? line : sp + 1;
      if (b < end) words.push_back(text.substr(b, end - b));
      if (b == line) break;
      end = b - 1;
    }
    if (words.empty()) continue;
    std::string full;
    if (latin_abbreviation(inside)) {
      // 한국개발연구원(KDI): the Hangul word before, no title (최고경영자(CEO)); with the bare name words before
      // it (다미코 인터내셔널 쉬핑(DIS), 미국 지질조사국(USGS)) up to a particle, a stop word or a modifier
      auto bare = [](std::string_view w) {
        return hangul_syllables(w) >= 2 && morph::analyse_nominal(w).particle.empty() && !is_stop(w) &&
               !modifier_word(w) && !is_title(w) && !morph::analyse(w).prefers_predicate() &&
               !ends_with(w, "인");  // 해운선사인 X(DIS): the apposition "is a …" is no part of the name
      };
      if (hangul_syllables(words[0]) >= 2 && !is_title(words[0])) {
        full = std::string(words[0]);
        for (std::size_t k = 1; k < words.size() && bare(words[k]); ++k) full = std::string(words[k]) + " " + full;
      }
    } else if (auto abbr = hangul_only(inside); abbr.size() >= 2 && abbr.size() <= 6) {
      // the fewest words before the parenthesis that the abbreviation abbreviates
      std::string cand;
      for (std::size_t k = 0; k < words.size() && full.empty(); ++k) {
        cand = k == 0 ? std::string(words[0]) : std::string(words[k]) + " " + cand;
        if (abbreviates(abbr, cand)) full = cand;
      }
    }
    if (full.empty()) continue;
    std::string key = ascii_lower(inside);
    bool known = std::any_of(out.begin(), out.end(), [&](const auto& p) { return p.first == key; });
    if (!known) out.emplace_back(std::move(key), std::move(full));
  }
  return out;
}

std::vector<std::string> find_particle_names(std::string_view text) {
  // the words of the text, split at spaces and line breaks, without the quotes and brackets around them
  std::vector<std::string_view> words;
  for (std::size_t p = 0; p < text.size();) {
    while (p < text.size() && is_space_byte(text[p])) ++p;
    const std::size_t e = word_end(text, p);
    if (e > p) words.push_back(trim_marks(text.substr(p, e - p)));
    p = e;
  }
  auto stem_of = [](std::string_view w) { return morph::analyse_nominal(w).stem; };
  // the short forms: a lone surname syllable and the stem of the word after it ("김 위원장의" -> 김, 위원장)
  std::vector<std::pair<std::string_view, std::string_view>> short_forms;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (!surname_word(words[i])) continue;
    std::string_view next = stem_of(words[i + 1]);
    // "김 전 위원장": the title after 전/현/고
    if (i + 2 < words.size() && std::find(name_prefixes().begin(), name_prefixes().end(), next) != name_prefixes().end())
      next = stem_of(words[i + 2]);
    short_forms.emplace_back(words[i], next);
  }
  std::vector<std::string> out;
  if (short_forms.empty()) return out;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    std::string_view w = words[i];
    if (w.size() != 9 || !(ends_with(w, "은") || ends_with(w, "이")) || !person_name(w)) continue;
    // the title right after the name, or after one affiliation word without a particle
    const morph::Nominal next = morph::analyse_nominal(words[i + 1]);
    const std::string_view after = next.stem;  // the word right after the name, for the short form "고 과장보"
    bool titled = is_title(after);
    if (!titled && i + 2 < words.size() && next.particle.empty()) titled = is_title(stem_of(words[i + 2]));
    const std::string_view surname = w.substr(0, 3);
    bool confirmed = std::any_of(short_forms.begin(), short_forms.end(), [&](const auto& f) {
      return f.first == surname && (f.second == after || (titled && is_title(f.second)));
    });
    if (confirmed && std::find(out.begin(), out.end(), w) == out.end()) out.emplace_back(w);
  }
  return out;
}

bool ArticleNames::particle_name(std::string_view word) const {
  for (const auto& n : particle_names_)
    if (n == word) return true;
  return false;
}

void ArticleNames::note_person(const std::string& name) {
  if (std::find(people_.begin(), people_.end(), name) == people_.end()) people_.push_back(name);
}

void ArticleNames::note_body(std::string_view name) {
  // the last word (강원 인제군 -> 인제군) of at least two syllables, ending in a class noun (not 군 itself)
  if (auto sp = name.rfind(' '); sp != std::string_view::npos) name.remove_prefix(sp + 1);
  if (name.empty()) return;
  for (std::string_view c : local_body_classes())
    if (name.size() > c.size() && ends_with(name, c) && hangul_syllables(name) >= 2) {
      auto it = std::find(bodies_.begin(), bodies_.end(), name);
      if (it != bodies_.end()) bodies_.erase(it);
      bodies_.emplace_back(name);
      return;
    }
}

std::optional<std::string> ArticleNames::body_for(std::string_view bare) const {
  if (std::find(local_body_classes().begin(), local_body_classes().end(), bare) == local_body_classes().end())
    return std::nullopt;
  for (auto it = bodies_.rbegin(); it != bodies_.rend(); ++it)
    if (ends_with(*it, bare)) return *it;
  return std::nullopt;
}

std::optional<std::string> ArticleNames::expand(std::string_view name) const {
  if (abbreviations_.empty() || name.empty()) return std::nullopt;
  const std::string key = ascii_lower(name);
  for (const auto& [abbr, full] : abbreviations_)
    if (abbr == key) return full;
  return std::nullopt;
}

std::optional<std::string> ArticleNames::by_surname(std::string_view name) const {
  if (name.size() <= 3 || name[3] != ' ') return std::nullopt;
  std::string_view title = name.substr(4);
  if (!is_title(title)) {
    // "김 전 위원", "고 정 명예회장" is not this form, but "박 현 회장" is
    bool prefixed = false;
    for (std::string_view p : name_prefixes())
      if (starts_with(title, p) && title.size() > p.size() && title[p.size()] == ' ') {
        title.remove_prefix(p.size() + 1);
        prefixed = true;
        break;
      }
    if (!prefixed || !is_title(title)) return std::nullopt;
  }
  std::string_view surname = name.substr(0, 3);
  for (auto it = people_.rbegin(); it != people_.rend(); ++it)
    if (starts_with(*it, surname)) return *it;
  return std::nullopt;
}

std::optional<std::string> ArticleNames::with_ssi(std::string_view name) const {
  std::string_view n = name;
  if (!ends_with(n, "씨")) return std::nullopt;
  n.remove_suffix(std::string_view("씨").size());
  while (!n.empty() && n.back() == ' ') n.remove_suffix(1);
  if (n.size() != 3 && n.size() != 6) return std::nullopt;  // one or two Hangul syllables
  for (auto it = people_.rbegin(); it != people_.rend(); ++it) {
    if (it->size() != 9 || *it == name) continue;
    if (n.size() == 3 ? starts_with(*it, n) : ends_with(*it, n)) return *it;
  }
  return std::nullopt;
}

std::optional<std::string> ArticleNames::foreign(std::string_view name, bool* title_dropped) const {
  std::string_view first = name.substr(0, name.find(' '));
  const std::string last = " " + std::string(first);
  const std::string opening = std::string(first) + " ";
  // (a given name or a middle word of a foreign name needs two syllables: "조" or "데" name no one)
  // "나롱삭 주지사": a given name counts only with a title after it ("조국" alone is no "조국 …")
  const std::size_t sp = name.rfind(' ');
  const bool titled = sp != std::string_view::npos && is_title(name.substr(sp + 1));
  const bool given = titled && hangul_syllables(first) >= 2;
  for (auto it = people_.rbegin(); it != people_.rend(); ++it) {
    if (it->find(' ') == std::string::npos || *it == name) continue;
    bool match = ends_with(*it, last) || (given && starts_with(*it, opening));
    if (!match) continue;
    if (title_dropped) *title_dropped = name.size() > first.size();
    return *it;
  }
  return std::nullopt;
}

}  // namespace yp::event::detail
