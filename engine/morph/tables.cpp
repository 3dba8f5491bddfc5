// Reads engine/morph/data/{particles,endings,lexical}.tsv into rows and reversed-suffix tries, once.
// Covered by tests/morph/tables_test.cpp.
#include "morph/tables.hpp"

#include "core/data.hpp"

#include <algorithm>

namespace yp::morph::detail {

namespace {

std::u32string to_u32(std::string_view s, bool skip_plus) {
  std::u32string out;
  for (std::size_t p = 0; p < s.size();) {
    std::size_t n = 1;
    char32_t c = hangul::decode(s, p, &n);
    if (!(skip_plus && c == U'+')) out.push_back(c);
    p += n;
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  while (true) {
    std::size_t e = s.find(sep, b);
    if (e == std::string_view::npos) {
      out.push_back(s.substr(b));
      return out;
    }
    out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
}

bool parse_tag(std::string_view s, Tag* t) {
  static constexpr std::pair<std::string_view, Tag> kTags[] = {
      {"JKS", Tag::JKS}, {"JKC", Tag::JKC}, {"JKG", Tag::JKG}, {"JKO", Tag::JKO}, {"JKB", Tag::JKB},
      {"JKV", Tag::JKV}, {"JKQ", Tag::JKQ}, {"JX", Tag::JX},   {"JC", Tag::JC},   {"EP", Tag::EP},
      {"EF", Tag::EF},   {"EC", Tag::EC},   {"ETM", Tag::ETM}, {"ETN", Tag::ETN}, {"XSV", Tag::XSV},
      {"XSA", Tag::XSA}};
  for (auto& [name, tag] : kTags)
    if (s == name) {
      *t = tag;
      return true;
    }
  return false;
}

bool parse_case(std::string_view s, std::uint32_t* bits) {
  static constexpr std::pair<std::string_view, Case> kCases[] = {
      {"subject", Case::Subject},   {"topic", Case::Topic},         {"object", Case::Object},
      {"dative", Case::Dative},     {"locative", Case::Locative},   {"source", Case::Source},
      {"instrumental", Case::Instrumental}, {"comitative", Case::Comitative}, {"genitive", Case::Genitive},
      {"also", Case::Also},         {"only", Case::Only},           {"quotative", Case::Quotative},
      {"until", Case::Until},       {"from", Case::From},           {"as", Case::As},
      {"or", Case::Or},             {"honorific", Case::Honorific}};
  for (auto& [name, c] : kCases)
    if (s == name) {
      *bits |= static_cast<std::uint32_t>(c);
      return true;
    }
  return false;
}

bool parse_condition(std::string_view s, Condition* c) {
  if (s == "any") c->kind = Condition::Any;
  else if (s == "consonant") c->kind = Condition::Consonant;
  else if (s == "vowel") c->kind = Condition::Vowel;
  else if (s.substr(0, 4) == "set:" && s.size() > 4) {
    c->kind = Condition::Set;
    c->set = to_u32(s.substr(4), false);
  } else {
    return false;
  }
  return true;
}

// Fills a row's segments and tags; false when their counts differ or a tag is unknown.
template <std::size_t N>
bool parse_parts(std::string_view surface, std::string_view tags, std::array<Morph, N>* parts, std::uint8_t* count) {
  auto segs = split(surface, '+');
  auto ts = split(tags, '+');
  if (segs.size() != ts.size() || segs.size() > N) return false;
  for (std::size_t i = 0; i < segs.size(); ++i) {
    if (segs[i].empty() || !parse_tag(ts[i], &(*parts)[i].tag)) return false;
    (*parts)[i].surface = segs[i];
  }
  *count = static_cast<std::uint8_t>(segs.size());
  return true;
}

bool parse_features(std::string_view s, EndingRow* r) {
  if (s == "-" || s.empty()) return true;
  for (auto f : split(s, ',')) {
    auto eq = f.find('=');
    std::string_view key = f.substr(0, eq), val = eq == std::string_view::npos ? "" : f.substr(eq + 1);
    if (key == "tense") {
      if (val == "past") r->tense = Tense::Past;
      else if (val == "present") r->tense = Tense::Present;
      else if (val == "future") r->tense = Tense::Future;
      else return false;
    } else if (key == "mood") {
      if (val == "decl") r->mood = Mood::Declarative;
      else if (val == "inter") r->mood = Mood::Interrogative;
      else if (val == "imp") r->mood = Mood::Imperative;
      else if (val == "prop") r->mood = Mood::Propositive;
      else return false;
    } else if (key == "conn") {
      static constexpr std::pair<std::string_view, Connective> kConn[] = {
          {"and", Connective::And},       {"while", Connective::While},         {"contrast", Connective::Contrast},
          {"cond", Connective::Conditional}, {"cause", Connective::Cause},      {"or", Connective::Or},
          {"purpose", Connective::Purpose}, {"when", Connective::When},         {"serial", Connective::Serial},
          {"quote", Connective::Quote},   {"complement", Connective::Complement}, {"neg", Connective::Negative}};
      bool ok = false;
      for (auto& [name, c] : kConn)
        if (val == name) r->connective = c, ok = true;
      if (!ok) return false;
    } else if (key == "adn") {
      if (val == "past") r->adnominal = Adnominal::Past;
      else if (val == "present") r->adnominal = Adnominal::Present;
      else if (val == "future") r->adnominal = Adnominal::Future;
      else if (val == "retro") r->adnominal = Adnominal::Retrospective;
      else return false;
    } else if (key == "nominal") r->nominal = true;
    else if (key == "honorific") r->honorific = true;
    else if (key == "passive") r->passive = true;
    else if (key == "causative") r->causative = true;
    else if (key == "derived") r->derived = true;
    else return false;
  }
  return true;
}

bool ends_with(std::string_view s, std::string_view x) {
  return s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
}

}  // namespace

bool Condition::accepts_set(char32_t c) const {
  if (set.find(c) != std::u32string::npos) return true;
  char32_t j = hangul::final_jamo(c);
  return j != 0 && set.find(j) != std::u32string::npos;
}

void ReverseTrie::add(std::u32string_view surface, std::uint16_t row) {
  std::uint32_t n = 0;
  for (auto it = surface.rbegin(); it != surface.rend(); ++it) {
    auto& next = nodes_[n].next;
    // children sorted by character, so that step can search a wide node by halves
    auto f = std::lower_bound(next.begin(), next.end(), *it, [](const auto& e, char32_t c) { return e.first < c; });
    if (f != next.end() && f->first == *it) {
      n = f->second;
    } else {
      auto id = static_cast<std::uint32_t>(nodes_.size());
      next.emplace(f, *it, id);
      nodes_.emplace_back();
      if (nodes_[n].next.size() > 8) build_table(nodes_[n]);
      n = id;
    }
  }
  nodes_[n].rows.push_back(row);
}

void ReverseTrie::build_table(Node& n) {
  unsigned bits = 2;
  while ((std::size_t{1} << bits) < 4 * n.next.size()) ++bits;
  n.table.assign(std::size_t{1} << bits, {0, 0});
  n.shift = 32 - bits;
  const std::size_t mask = n.table.size() - 1;
  for (const auto& [c, id] : n.next) {
    std::size_t h = slot(c, n.shift);
    while (n.table[h].first != 0) h = (h + 1) & mask;
    n.table[h] = {c + 1, id};
  }
}


Tables parse_tables(std::string_view particles, std::string_view endings, std::string_view lexical) {
  Tables t;
  auto bad = [&](std::string_view file, std::size_t line, std::string_view why) {
    t.errors.push_back(std::string(file) + ":" + std::to_string(line) + ": " + std::string(why));
  };
  for (const auto& row : data::rows(particles)) {
    if (row.fields.size() < 4) {
      bad("particles.tsv", row.line, "expected 4 fields");
      continue;
    }
    ParticleRow p;
    p.line = row.line;
    p.surface = row.fields[0];
    if (!parse_parts(row.fields[0], row.fields[1], &p.parts, &p.count)) {
      bad("particles.tsv", row.line, "segments and tags do not match");
      continue;
    }
    bool ok = true;
    for (auto c : split(row.fields[2], '+')) ok = ok && parse_case(c, &p.cases);
    if (!ok || !parse_condition(row.fields[3], &p.after) || p.after.kind == Condition::Set) {
      bad("particles.tsv", row.line, "unknown case or condition");
      continue;
    }
    p.is_do = row.fields[0] == "도";
    t.particle_trie.add(to_u32(row.fields[0], true), static_cast<std::uint16_t>(t.particles.size()));
    t.particles.push_back(p);
  }
  for (const auto& row : data::rows(endings)) {
    if (row.fields.size() < 4) {
      bad("endings.tsv", row.line, "expected 4 fields");
      continue;
    }
    EndingRow e;
    e.line = row.line;
    if (!parse_parts(row.fields[0], row.fields[1], &e.parts, &e.count)) {
      bad("endings.tsv", row.line, "segments and tags do not match");
      continue;
    }
    if (!parse_features(row.fields[2], &e) || !parse_condition(row.fields[3], &e.after)) {
      bad("endings.tsv", row.line, "unknown feature or condition");
      continue;
    }
    Tag first = e.parts[0].tag;
    e.slot = first == Tag::EP ? Slot::PreFinal : (first == Tag::XSV || first == Tag::XSA) ? Slot::Deriving : Slot::Final;
    std::u32string key = to_u32(row.fields[0], true);
    e.leading_jamo = !key.empty() && key[0] >= 0x3131 && key[0] <= 0x318E;
    std::string_view s = row.fields[0];
    e.declarative_final = e.slot == Slot::Final && (ends_with(s, "다") || ends_with(s, "다고") || ends_with(s, "다며"));
    t.ending_trie.add(key, static_cast<std::uint16_t>(t.endings.size()));
    t.endings.push_back(e);
  }
  for (const auto& row : data::rows(lexical)) {
    if (row.fields.size() < 2) {
      bad("lexical.tsv", row.line, "expected surface and rule");
      continue;
    }
    std::string_view w = row.fields[0], rule = row.fields[1];
    if (rule == "word") t.words.insert(w);
    else if (rule == "noun") t.nouns.insert(w);
    else if (rule == "do-noun") t.do_nouns.push_back(w);
    else if (rule == "do-province") t.do_provinces.push_back(w);
    else if (rule == "neg-aux") t.neg_aux.insert(w);
    else if (rule == "postposition") t.postpositions.insert(w);
    else if (rule == "source") {
      t.postpositions.insert(w);
      t.sources.insert(w);
    }
    else if (rule == "ss-stem") {
      auto u = to_u32(w, false);
      if (u.size() != 1) bad("lexical.tsv", row.line, "an ss-stem is one syllable");
      else t.ss_stems += u;
    } else {
      bad("lexical.tsv", row.line, "unknown rule");
    }
  }
  return t;
}

const Tables& build_tables() {
  static const Tables t = parse_tables(data::lookup("morph/data/particles.tsv").value_or(""),
                                       data::lookup("morph/data/endings.tsv").value_or(""),
                                       data::lookup("morph/data/lexical.tsv").value_or(""));
  return t;
}

}  // namespace yp::morph::detail
