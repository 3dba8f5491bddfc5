// Build tool: derives morph/data/verb_stems.tsv from Debian's hunspell-ko dictionary (ko.dic, package
// hunspell-ko, installed by scripts/setup.sh). A stem is the headword of a verb or adjective entry (ending in 다)
// without its 다, of two or more syllables, that the dictionary does not also list as a noun: "흘러가는",
// "즐기는", "기리는" are then known to be a stem and the adnominal -는, not a noun and the topic particle 는
// (흘러가 is no noun; 정부 and 바다 are). For a stem ending in ㄹ the form without it is listed too (만들 ->
// 만드, as in 만드는). The dictionary is stored decomposed (NFD); entries are normalised to NFC.
//
// It also writes NOUN_FORMS_TSV: the words that read as such a stem with the adnominal ㄴ or ㄹ fused into its last
// syllable but that the dictionary lists as nouns (부치 + ㄴ = 부친 "father", 자시 + ㄴ = 자신 "oneself", 달이 + ㄴ =
// 달인): morph::dictionary_adnominal reads 마신, 보낸, 즐길 as verb modifiers and not these.
//
// Usage: yp_gen_verb_stems KO_DIC OUT_TSV NOUN_FORMS_TSV
#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string nfc(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                          static_cast<utf8proc_ssize_t>(s.size()), &out,
                                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return {};
  std::string r(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return r;
}

// Code points of a UTF-8 string (the input is valid after utf8proc_map).
std::u32string decode(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i), static_cast<utf8proc_ssize_t>(s.size() - i), &c);
    if (n <= 0) return {};
    out.push_back(static_cast<char32_t>(c));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) {
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  return out;
}

bool all_syllables(const std::u32string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; });
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: yp_gen_verb_stems KO_DIC OUT_TSV NOUN_FORMS_TSV\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "yp_gen_verb_stems: cannot read " << argv[1] << " (Debian package hunspell-ko; run scripts/setup.sh)\n";
    return 1;
  }
  std::set<std::string> nouns, stems;
  std::string line;
  std::getline(in, line);  // the entry count
  // Flags 10 and 25 mark noun entries (the dictionary's affix classes for nouns).
  auto has_noun_flag = [](const std::string& flags) {
    std::stringstream ss(flags);
    std::string f;
    while (std::getline(ss, f, ',')) if (f == "10" || f == "25") return true;
    return false;
  };
  std::vector<std::pair<std::string, std::string>> entries;
  while (std::getline(in, line)) {
    const auto slash = line.find('/');
    if (slash == std::string::npos) continue;
    std::string word = nfc(line.substr(0, slash));
    std::string flags = line.substr(slash + 1);
    if (word.empty()) continue;
    if (has_noun_flag(flags)) nouns.insert(word);
    entries.emplace_back(std::move(word), std::move(flags));
  }
  for (const auto& [word, flags] : entries) {
    if (has_noun_flag(flags)) continue;
    std::u32string w = decode(word);
    if (w.size() < 3 || w.back() != U'다') continue;
    w.pop_back();
    if (!all_syllables(w)) continue;
    const std::string stem = encode(w);
    if (!nouns.count(stem)) stems.insert(stem);
    // ㄹ-final stem: the form without ㄹ (만들 -> 만드) before -는, -니, -ㅂ니다
    const char32_t last = w.back();
    if ((last - 0xAC00) % 28 == 8) {
      w.back() = last - 8;
      const std::string dropped = encode(w);
      if (!nouns.count(dropped)) stems.insert(dropped);
    }
  }
  // Adnominal forms of the open-final stems (마시 -> 마신, 마실) that are nouns in their own right.
  std::set<std::string> noun_forms;
  for (const auto& stem : stems) {
    std::u32string w = decode(stem);
    const char32_t last = w.back();
    if ((last - 0xAC00) % 28 != 0) continue;
    for (char32_t final : {char32_t{4}, char32_t{8}}) {  // ㄴ, ㄹ
      w.back() = last + final;
      const std::string form = encode(w);
      if (nouns.count(form)) noun_forms.insert(form);
    }
  }
  auto write = [](const std::string& path, const std::string& header, const std::set<std::string>& rows) {
    const std::string tmp = path + ".tmp";
    {
      std::ofstream out(tmp);
      out << header;
      for (const auto& s : rows) out << s << '\n';
      if (!out) {
        std::cerr << "yp_gen_verb_stems: cannot write " << tmp << '\n';
        return false;
      }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
      std::cerr << "yp_gen_verb_stems: cannot write " << path << '\n';
      return false;
    }
    return true;
  };
  if (!write(argv[2],
             "# GENERATED at build time by engine/morph/gen/verb_stems.cpp from Debian's hunspell-ko (ko.dic) — do not\n"
             "# edit. Verb and adjective stems of two or more syllables that the dictionary does not list as nouns (and\n"
             "# the ㄹ-less form of a ㄹ-final stem), one per line. Read by engine/morph/analyse.cpp (morph::verb_stem).\n",
             stems) ||
      !write(argv[3],
             "# GENERATED at build time by engine/morph/gen/verb_stems.cpp from Debian's hunspell-ko (ko.dic) — do not\n"
             "# edit. Words that read as a stem of verb_stems.tsv with the adnominal ㄴ/ㄹ fused in (부치 + ㄴ) but that the\n"
             "# dictionary lists as nouns (부친, 자신). Read by engine/morph/analyse.cpp (morph::dictionary_adnominal).\n",
             noun_forms))
    return 1;
  std::cout << "yp_gen_verb_stems: " << stems.size() << " stems, " << noun_forms.size() << " noun forms, from "
            << entries.size() << " entries\n";
  return 0;
}
