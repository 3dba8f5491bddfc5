// Crawl cleaning: marks the furniture that crawlers glue into a news body — bylines and outlet tags,
// photo captions and credits, footers, e-mail addresses, broadcast transcript markers, list bullets and
// the headline — without moving a byte. Covered by tests/text/clean_test.cpp.
//
// Usage:
//   yp::text::CleanText c = yp::text::clean_crawl(article.body, article.title);
//   // c.text has the same length as the body: bylines, credits, footers, e-mails and transcript markers
//   // are blanked (spaces, line breaks kept), a bullet becomes a line break, so every offset into
//   // c.text is an offset into the body. c.segments says what each marked span was; a Caption or
//   // Headline keeps its text (its dates are real) but is no sentence to take events or antecedents from.
//
// The words that mark furniture (outlets, reporter roles, credit and footer words, transcript markers,
// bullets) are rows of engine/text/data/crawl.tsv.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yp::text {

enum class SegmentKind {
  Headline,     // the first line, when it is the article's title (or reads as one)
  Byline,       // [서울=뉴시스] 김철수 기자 =, (뉴욕=연합뉴스) 이지헌 특파원 =, [프라임경제]   (blanked)
  Credit,       // 사진=연합뉴스, /뉴스1, [산업부 제공. 재판매 및 DB금지], ⓒ 화면 캡처     (blanked)
  Caption,      // the photo caption a credit belongs to                                   (kept)
  Boilerplate,  // <저작권자 ⓒ … 무단전재 및 재배포 금지>                                   (blanked)
  Email,        // hong@example.com                                                         (blanked)
  Transcript,   // [앵커], [기자], ◀ 앵커 ▶                                                  (blanked)
  Bullet,       // ▲ △ ■ ◆ …: a line break, so each item is its own sentence               (blanked)
};

struct Segment {
  std::size_t begin = 0;  // byte offsets in the body, [begin, end)
  std::size_t end = 0;
  SegmentKind kind = SegmentKind::Caption;
};

struct CleanText {
  std::string text;               // same length as the input; blanked furniture
  std::vector<Segment> segments;  // in order of begin

  // True when [begin, end) lies inside a segment that must give no events and no antecedents
  // (a caption or the headline).
  bool is_aside(std::size_t begin, std::size_t end) const;
  // The caption and headline spans, for time::ResolveOptions::no_antecedent.
  std::vector<std::pair<std::size_t, std::size_t>> asides() const;
};

std::string_view to_string(SegmentKind k);  // "headline", "byline", ...

// `title` (may be empty) is the article's title header: a first line equal to it is the headline.
CleanText clean_crawl(std::string_view body, std::string_view title = {});

}  // namespace yp::text
