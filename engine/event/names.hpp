// Who a short name in an article stands for: the article's own register of names, so that an actor written
// the short way comes out under the fullest name the article gives (ANNOTATION.md: "by the fullest name").
//   - abbreviations the article defines: "기획재정부(기재부)", "다미코 인터내셔널 쉬핑(DIS)",
//     "한국타이어앤테크놀로지(이하 한국타이어)" make a later 기재부 / DIS / 한국타이어 the full name;
//   - people named earlier (in the body, or with a title in the headline): "정 대표", "김 전 위원" (a surname, 전/현/고 and a title), "김씨", "성혁씨" (씨 after a
//     surname or a given name), "헤일리 국무장관", "나롱삭 주지사" (one word of a foreign name and a title);
//   - local governments named earlier: "군은", "시는" after "인제군은", "광주시" (local_bodies.tsv);
//   - full names whose last syllable reads as a particle ("김정은 국무위원장", "고정은 과장보는"): a word that
//     looks like a name and 은/이 before a title is the bare name when the article also writes the short form
//     ("김 위원장", "고 과장보"); the tokens of such a word are read again as one name (reread).
// The words that may stand between a surname and its title (전, 현, 고) are engine/event/data/name_prefixes.tsv.
// Covered by tests/event/names_test.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yp::event::detail {

// The abbreviations `text` defines, in text order: (abbreviation, full name). A Hangul abbreviation counts when
// its syllables appear in order in the name before the parenthesis and it starts with the name's first syllable
// (기재부 ⊂ 기획재정부, 아친연대 ⊂ 아카데미의 친구들 범시민연대; not 서유리(왼쪽), 미쉐린(미슐랭)); a Latin one
// (KDI, WTO) names the one Hangul word before it. "이하" may open the parenthesis. The first definition of an
// abbreviation wins.
std::vector<std::pair<std::string, std::string>> find_abbreviations(std::string_view text);

// The words of `text` that are a full name though their last syllable reads as a particle: three Hangul
// syllables with a surname first and 은 or 이 last ("김정은", "허준이"), right before a title (or before one word and
// a title: "현정은 현대그룹 회장"), and confirmed by the short form elsewhere in the text: the surname alone before
// a title or before the same word ("김 위원장", "고 과장보는"). Without that confirmation "이상은 회장" stays 이상 + 은.
std::vector<std::string> find_particle_names(std::string_view text);

class ArticleNames {
 public:
  ArticleNames() = default;
  explicit ArticleNames(std::string_view body)
      : abbreviations_(find_abbreviations(body)), particle_names_(find_particle_names(body)) {}

  // "김정은", "고정은" when the article confirmed them as full names (find_particle_names): such a word is one
  // name, not 김정 + the topic particle.
  bool particle_name(std::string_view word) const;
  bool has_particle_names() const { return !particle_names_.empty(); }

  // Notes a personal name (정하윤, 샘 알트먼) a later short form may refer back to.
  void note_person(const std::string& name);
  const std::vector<std::string>& people() const { return people_; }

  // Notes an organisation's name; one ending in a local government's class noun (광주시, 인제군, 성동구,
  // event/data/local_bodies.tsv) is what a later bare 시, 군, 구 refers to.
  void note_body(std::string_view name);
  // "시는", "군은": the latest noted body ending in that class noun, or nullopt.
  std::optional<std::string> body_for(std::string_view bare) const;

  // The full name of an abbreviation the article defined (ASCII case ignored), or nullopt.
  std::optional<std::string> expand(std::string_view name) const;
  // "정 대표", "김 전 위원": the latest person noted with that surname.
  std::optional<std::string> by_surname(std::string_view name) const;
  // "김씨", "김 씨", "성혁씨": the latest person noted whose surname or given name it is.
  std::optional<std::string> with_ssi(std::string_view name) const;
  // "헤일리 미국 국무장관": a multi-word person noted whose last word it is; "나롱삭 주지사" (a word and a
  // title): also one whose first word it is.
  // `*title_dropped` is set when words after the name (affiliation, title) were dropped.
  std::optional<std::string> foreign(std::string_view name, bool* title_dropped = nullptr) const;

 private:
  std::vector<std::pair<std::string, std::string>> abbreviations_;
  std::vector<std::string> particle_names_;
  std::vector<std::string> people_;  // in the order first seen
  std::vector<std::string> bodies_;  // local governments, latest last
};

}  // namespace yp::event::detail
