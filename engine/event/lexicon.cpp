// Phase 1 of the extractor: the trigger lexicon. Reads engine/event/data/triggers.tsv (type, lemma, form,
// flags, surfaces) and finds trigger words in a tokenized sentence: verb surfaces at the start of a word,
// verbal nouns at the start or the end of a compound (업무협약) followed by a verbal suffix (했다, 한, 해,
// 하기로, 키로, 됐다, 시켰다), an object/subject/dative particle, or nothing; a noun with 에 before a dative
// support verb (파업에 들어갔다, 투자에 나섰다) is a predicate. A noun never opens a compound:
// 발표자, 방문객, 투자자, 설립자 do not fire. Covered by tests/event/lexicon_test.cpp.
#include "event/internal.hpp"

#include "core/data.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace yp::event::detail {

namespace {

std::vector<std::string_view> split_on(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t p = 0;
  while (true) {
    std::size_t q = s.find(sep, p);
    std::string_view part = s.substr(p, q == std::string_view::npos ? std::string_view::npos : q - p);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.push_back(part);
    if (q == std::string_view::npos) break;
    p = q + 1;
  }
  return out;
}

// Verbal suffixes after a verbal noun: 하다/되다 and their forms, 키로 (하기로 contracted).
bool verbal_suffix(std::string_view rest) {
  // 시키다 (causative) fires like 하다: 출범시킬, 성사시켰다, 가동시킨다.
  static constexpr std::array<std::string_view, 22> starts{{"하", "한", "할", "함", "합", "했", "해", "되", "된", "될",
                                                            "됨", "됐", "돼", "키", "시키", "시킨", "시켰", "시켜",
                                                            "시킬", "시킴", "시킵", "받"}};
  for (auto s : starts)
    if (starts_with(rest, s)) return true;
  return false;
}

// Verbs that make a verbal noun with 에 their predicate: 투자에 나섰다, 발사에 성공했다, 개발에 착수했다,
// 파업에 돌입했다, 총파업에 들어가겠다, 협상에 들어갔다, 합의에 이르지 못했다. Only after a trigger noun: a place (회의실에
// 들어갔다) never reaches here, and other verbs (투자에 관심을 보였다) leave the noun dative (no event).
bool dative_support(std::string_view next) {
  static constexpr std::array<std::string_view, 16> verbs{{"나서", "나섰", "나선", "나설", "성공", "착수", "돌입",
                                                          "들어가", "들어갔", "들어간", "들어갈", "들어섰",
                                                          "이르렀", "이르지", "이른", "이르러"}};
  for (auto v : verbs)
    if (starts_with(next, v)) return true;
  return false;
}

std::optional<Use> noun_use(std::string_view rest) {
  if (rest.empty()) return Use::Bare;
  if (verbal_suffix(rest)) return Use::Predicate;
  if (rest == "을" || rest == "를" || rest == "도") return Use::Object;
  if (rest == "이" || rest == "가" || rest == "은" || rest == "는") return Use::Subject;
  if (rest == "에" || rest == "에는" || rest == "에도") return Use::Dative;  // 합의에는 이르지 못했다
  if (rest == "에서" || rest == "에서는" || rest == "에서도" || rest == "의") return Use::Oblique;  // 열린 총회에서
  return std::nullopt;
}

// The Hangul syllable of the three bytes at `p` when they are its well-formed UTF-8 (so that the bytes are
// the syllable's and no other's), else 0.
[[gnu::always_inline]] inline char32_t syllable_at(std::string_view s, std::size_t p) {
  if (p + 3 > s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[p]), b1 = static_cast<unsigned char>(s[p + 1]),
             b2 = static_cast<unsigned char>(s[p + 2]);
  if ((b0 >> 4) != 0xE || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
  const char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F);
  return is_hangul(c) ? c : 0;
}

}  // namespace

Result<Lexicon> Lexicon::parse(std::string_view tsv, std::string_view file_name) {
  Lexicon lex;
  for (const auto& row : data::rows(tsv)) {
    auto fail = [&](std::string msg) {
      return Error{ErrorCode::BadArgument, std::move(msg), std::string(file_name), row.line, 0};
    };
    if (row.fields.size() < 5)
      return fail("expected 5 columns: type, lemma, form, flags, surfaces (got " +
                  std::to_string(row.fields.size()) + ")");
    auto type = event_type_from_string(row.fields[0]);
    if (!type) return fail("unknown event type '" + std::string(row.fields[0]) + "'");
    TriggerEntry base;
    base.type = *type;
    base.lemma = std::string(row.fields[1]);
    base.line = row.line;
    if (row.fields[2] == "noun") base.form = Form::Noun;
    else if (row.fields[2] == "verb") base.form = Form::Verb;
    else return fail("form must be 'noun' or 'verb', not '" + std::string(row.fields[2]) + "'");
    if (row.fields[3] != "-") {
      for (auto f : split_on(row.fields[3], ',')) {
        if (f == "neg") base.neg = true;
        else if (f == "report") base.report = true;
        else if (f == "support") base.support = true;
        else if (f == "light") base.light = true;
        else if (f == "attend") base.attend = true;
        else if (f == "cont") base.cont = true;
        else if (f == "subj") base.subj = true;
        else if (f == "venue") base.venue = true;
        else if (f == "postpone") base.postpone = true;
        else if (f == "after-quote") base.after_quote = true;
        else if (f == "occur") base.occur = true;
        else return fail("unknown flag '" + std::string(f) + "'");
      }
    }
    auto surfaces = split_on(row.fields[4], ',');
    if (surfaces.empty()) return fail("no surface forms");
    for (auto s : surfaces) {
      TriggerEntry e = base;
      e.surface = std::string(s);
      lex.entries_.push_back(std::move(e));
    }
  }
  // Longest surfaces first, so that 인수합병 wins over 인수 and 지분 인수 over 인수.
  std::stable_sort(lex.entries_.begin(), lex.entries_.end(),
                   [](const TriggerEntry& a, const TriggerEntry& b) { return a.surface.size() > b.surface.size(); });
  for (std::size_t i = 0; i < lex.entries_.size(); ++i) {
    const std::string& s = lex.entries_[i].surface;
    unsigned char b = static_cast<unsigned char>(s[0]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : 4;
    lex.by_first_[s.substr(0, std::min(n, s.size()))].push_back(i);
    Compact k;
    k.whole = ends_with(s, "=");
    k.verb = lex.entries_[i].form == Form::Verb;
    k.size = s.size() - (k.whole ? 1 : 0);
    k.mask8 = k.size >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * k.size)) - 1;
    std::memcpy(&k.prefix8, s.data(), std::min<std::size_t>(8, k.size));
    lex.compact_.push_back(k);
  }
  lex.by_syllable_.assign(0xD7A4 - 0xAC00, 0);
  for (const auto& [first, bucket] : lex.by_first_)
    if (first.size() == 3)
      if (const char32_t c = syllable_at(first, 0)) {
        lex.syllable_buckets_.push_back(bucket);
        lex.by_syllable_[c - 0xAC00] = static_cast<std::uint16_t>(lex.syllable_buckets_.size());
      }
  return lex;
}

const Lexicon& Lexicon::builtin() {
  static const Lexicon lex = [] {
    auto tsv = data::lookup("event/data/triggers.tsv");
    if (!tsv) return Lexicon{};
    auto r = parse(*tsv, "event/data/triggers.tsv");
    return r ? std::move(r).value() : Lexicon{};  // tests/event/lexicon_test.cpp checks that it parses
  }();
  return lex;
}

// The word closes a quotation: its predicate ends in -다고/-라고 (했다고, 이라고), or a closing quote mark stands
// right before its final 고 (…겠다”고, …'이라고).
static bool closes_a_quotation(const Token& t) {
  if (t.morph.predicate.connective == morph::Connective::Quote) return true;
  std::string_view w = t.word;
  if (!ends_with(w, "고")) return false;
  w.remove_suffix(std::string_view("고").size());
  return ends_with(w, "\u201D") || ends_with(w, "\"") || ends_with(w, "'") || ends_with(w, "\u2019") ||
         ends_with(w, "라") || ends_with(w, "다");
}

std::vector<Hit> Lexicon::find(std::string_view s, const std::vector<Token>& tokens) const {
  return find_impl<false>(s, tokens);
}

std::vector<Hit> Lexicon::find_by_hash(std::string_view s, const std::vector<Token>& tokens) const {
  return find_impl<true>(s, tokens);
}

template <bool by_hash>
std::vector<Hit> Lexicon::find_impl(std::string_view s, const std::vector<Token>& tokens) const {
  std::vector<Hit> out;
  Hit best;  // the hit at the current position (when `found`: set anew there)
  for (std::size_t ti = 0; ti < tokens.size(); ++ti) {
    const Token& t = tokens[ti];
    std::size_t word_end = t.word_begin + t.word.size();
    std::size_t pos = t.word_begin;
    // the character before `pos` is known to be a Hangul syllable (its three bytes were one, and pos stepped over
    // them): the compound test needs no look back then
    bool after_syllable = false;
    while (pos < word_end) {
      bool at_start = pos == t.word_begin;
      char32_t syllable_here = 0;
      bool found = false;
      // (a Hangul syllable is three bytes: the length from the lead byte only for any other character)
      if constexpr (!by_hash) syllable_here = syllable_at(s, pos);
      std::size_t clen = 3;
      if (!syllable_here) {
        const auto lead = static_cast<unsigned char>(s[pos]);
        clen = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
      }
      // (the bucket is looked up only where a surface may start: at the word's start, or inside a compound after
      // a Hangul syllable)
      const std::vector<std::size_t>* bucket = nullptr;
      if constexpr (by_hash) {
        bool compound_inside = !at_start && is_hangul(last_char(s.substr(t.word_begin, pos - t.word_begin)));
        auto it = (at_start || compound_inside) ? by_first_.find(std::string(s.substr(pos, clen))) : by_first_.end();
        if (it != by_first_.end()) bucket = &it->second;
      } else {
        // the syllable's bucket by one load, any other character's from the map; then the compound test, only
        // where some surface starts with this character
        if (const char32_t c = syllable_here) {
          if (const auto k = by_syllable_[c - 0xAC00]) bucket = &syllable_buckets_[k - 1];
        } else {
          auto it = by_first_.find(std::string(s.substr(pos, clen)));
          if (it != by_first_.end()) bucket = &it->second;
        }
        if (bucket && !at_start && !after_syllable && !is_hangul(last_char(s.substr(t.word_begin, pos - t.word_begin))))
          bucket = nullptr;
      }
      if (bucket) {
        const std::size_t left = s.size() - pos;
        std::uint64_t text8 = 0;  // the text's next 8 bytes (fewer at its end, zeros after), as parse packs prefix8
        if (left >= 8) std::memcpy(&text8, s.data() + pos, 8);  // (a fixed size is one load, not a call)
        else std::memcpy(&text8, s.data() + pos, left);
        for (std::size_t idx : *bucket) {
          const TriggerEntry& e = entries_[idx];
          bool whole = false;
          std::size_t end = 0;
          if constexpr (by_hash) {
            if (!at_start && e.form == Form::Verb) continue;
            // "열=": a verb surface that must be the whole word (열 예정이다, not 열차, 열흘)
            whole = ends_with(e.surface, "=");
            std::string_view surf = std::string_view(e.surface).substr(0, e.surface.size() - (whole ? 1 : 0));
            if (s.compare(pos, surf.size(), surf) != 0) continue;
            end = pos + surf.size();
          } else {
            const Compact& k = compact_[idx];
            if (!at_start && k.verb) continue;
            // the surface's first 8 bytes against the text's by one comparison, the rest (if any) by memcmp
            if (k.size > left) continue;
            if ((text8 & k.mask8) != k.prefix8) continue;
            if (k.size > 8 && std::memcmp(s.data() + pos + 8, e.surface.data() + 8, k.size - 8) != 0) continue;
            whole = k.whole;
            end = pos + k.size;
          }
          if (whole && end != word_end) continue;
          // The word where the surface ends (a surface with a space spans two words).
          std::size_t ei = ti;
          while (ei < tokens.size() && end > tokens[ei].word_begin + tokens[ei].word.size()) ++ei;
          if (ei >= tokens.size() || end < tokens[ei].word_begin) continue;
          std::size_t ewe = tokens[ei].word_begin + tokens[ei].word.size();
          std::string_view rest = s.substr(end, ewe - end);
          // "…하겠다”고 했다", "…라고 했다": a verb that only reports right after a quotation
          if (e.after_quote && !(ti > 0 && closes_a_quotation(tokens[ti - 1]))) continue;
          Hit h;
          h.token = ei;
          h.first_token = ti;
          h.begin = pos;
          h.end = end;
          h.entry = &e;
          if (e.form == Form::Verb) {
            if (starts_with(rest, "졌") || starts_with(rest, "진다") || starts_with(rest, "지고"))
              continue;  // passive: 밝혀졌다 (it was revealed) is not somebody announcing
            h.rest = rest;
            h.use = Use::Predicate;
          } else {
            // '제조업 AI 전환 간담회'를: a closing quote between the noun and its particle.
            for (std::string_view q : {"'", "\u2019", "\""})
              if (starts_with(rest, q)) rest = rest.substr(q.size());
            // 업무협약(MOU)을: skip a parenthetical gloss between the noun and its suffix.
            if (starts_with(rest, "(")) {
              std::size_t close = rest.find(')');
              if (close == std::string_view::npos) continue;
              rest = rest.substr(close + 1);
            }
            auto use = noun_use(rest);
            if (!use) continue;
            // 미래에셋벤처투자는, 한빛종합건설은: a long name that merely ends in a trigger noun, as a topic or
            // subject, is an organisation, not an event (공동투자는 still fires)
            if (!at_start && (*use == Use::Subject) && pos - t.word_begin >= 12 && !e.venue) continue;
            // 평가받았다, 지적받았다: receiving an opinion is not stating one (투자받다, 승인받다 still fire)
            if (e.type == EventType::Statement && starts_with(rest, "받")) continue;
            h.rest = rest;
            h.use = *use;
            // 파업에 들어갔다: the noun with 에 and a dative support verb is the predicate
            if (h.use == Use::Dative && ei + 1 < tokens.size() && dative_support(tokens[ei + 1].word))
              h.use = Use::Predicate;
          }
          best = h;
          found = true;
          break;  // entries are longest first
        }
      }
      if (found) {
        out.push_back(best);
        if (best.token != ti) break;  // the surface spilled into the next word
        pos = word_end;                 // one trigger per word
        break;
      }
      // Next syllable (the length of the character at pos was read above).
      pos += clen;
      after_syllable = syllable_here != 0;
    }
    if (!out.empty() && out.back().token > ti) ti = out.back().token;
  }
  return out;
}

}  // namespace yp::event::detail
