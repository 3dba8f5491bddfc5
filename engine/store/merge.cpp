// Event coreference (same_event), merging (merge_into, merge_coreferent) and stable ids (compute_id).
// Covered by tests/store/merge_test.cpp.
#include "store/merge.hpp"

#include "event/aliases.hpp"

#include <xxhash.h>

#include <algorithm>
#include <map>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace yp::store {

namespace {

using event::Event;
using event::Mention;

std::string canon(std::string_view name) {
  if (name.empty()) return {};
  return event::Aliases::builtin().canonical(name);
}

// The entities an event is about: canonical actor and participants, deduplicated, no empties.
std::vector<std::string> entities(const Event& e) {
  std::vector<std::string> out;
  auto add = [&](std::string_view n) {
    std::string c = canon(n);
    if (!c.empty() && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
  };
  add(e.actor);
  for (const auto& p : e.participants) add(p);
  return out;
}

// True if the two events name at least one common participant (canonical names).
bool share_participant(const Event& a, const Event& b) {
  for (const auto& pa : a.participants) {
    std::string ca = canon(pa);
    for (const auto& pb : b.participants)
      if (!ca.empty() && ca == canon(pb)) return true;
  }
  return false;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Generic nouns that say nothing about *which* contract/visit/announcement it is.
constexpr std::array<std::string_view, 28> kGenericWords = {
    "계약", "체결", "협약", "합의", "방문", "발표", "공개", "사업", "방안", "관련", "위한", "대한",
    "통해", "함께", "지원", "개발", "추진", "협력", "규모", "이상", "정도", "가능성", "the", "and",
    "of", "for", "with", "계획",
};

bool is_separator_byte(unsigned char c) {
  return c < 0x80 && !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

// Content words of an object phrase: split on ASCII spaces/punctuation and the middle dot; words of
// at least two code points that are not generic nouns. ASCII is lowercased.
std::vector<std::string> content_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (code_points(cur) >= 2 &&
        std::find(kGenericWords.begin(), kGenericWords.end(), std::string_view(cur)) == kGenericWords.end())
      out.push_back(cur);
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_separator_byte(c)) {
      flush();
      continue;
    }
    // U+00B7 middle dot (C2 B7) and U+2027/U+30FB separators used in Korean headlines.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xB7) {
      flush();
      ++i;
      continue;
    }
    cur.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  flush();
  return out;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Two words match when equal or when one is a prefix of the other (a particle attached: 웨이퍼 / 웨이퍼를).
bool words_match(std::string_view a, std::string_view b) {
  return a == b || (a.size() < b.size() ? starts_with(b, a) : starts_with(a, b));
}

bool objects_compatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == b) return true;
  if (a.find(b) != std::string_view::npos || b.find(a) != std::string_view::npos) return true;
  auto wa = content_words(a);
  auto wb = content_words(b);
  for (const auto& x : wa)
    for (const auto& y : wb)
      if (words_match(x, y)) return true;
  return false;
}

bool same_article(const Mention& a, const Mention& b) {
  return a.article_key == b.article_key && a.article == b.article;
}

bool same_place(const Mention& a, const Mention& b) { return same_article(a, b) && a.begin == b.begin && a.end == b.end; }

// Some mention of `a` and some mention of `b` satisfy `same`.
template <class Same>
bool any_mention_pair(const Event& a, const Event& b, Same same) {
  for (const auto& ma : a.mentions)
    for (const auto& mb : b.mentions)
      if (same(ma, mb)) return true;
  return false;
}

bool share_a_sentence(const Event& a, const Event& b) { return any_mention_pair(a, b, same_place); }
bool share_an_article(const Event& a, const Event& b) { return any_mention_pair(a, b, same_article); }

// How precise an event's time is; a larger key is more precise. Components, most significant first:
// a finding beats a fallback (sentence/anaphor > inherited > publication), bounded beats open,
// stated beats conventional (not fuzzy), a finer grain beats a coarser one, a shorter span beats a longer.
int grain_rank(const Event& e) {
  using time::Grain;
  Grain g = e.grain;
  if (g == Grain::Century) return static_cast<int>(Grain::Vague) - static_cast<int>(Grain::Decade) - 1;
  if (g == Grain::Range || g == Grain::Duration || g == Grain::Vague) {
    long long n = e.when.length_days();
    if (n < 0) return 0;
    if (n <= 1) g = Grain::Day;
    else if (n <= 7) g = Grain::Week;
    else if (n <= 11) g = Grain::MonthPart;
    else if (n <= 31) g = Grain::Month;
    else if (n <= 92) g = Grain::Quarter;
    else if (n <= 184) g = Grain::Half;
    else if (n <= 366) g = Grain::Year;
    else g = Grain::Decade;
  }
  return static_cast<int>(Grain::Vague) - static_cast<int>(g);
}

struct Precision {
  int source = 0;
  int bounded = 0;
  int stated = 0;
  int grain = 0;
  long long shortness = 0;
  auto operator<=>(const Precision&) const = default;
};

Precision precision(const Event& e) {
  Precision p;
  switch (e.time_source) {
    case event::TimeSource::Sentence:
    case event::TimeSource::Anaphor: p.source = 2; break;
    case event::TimeSource::Inherited: p.source = 1; break;
    case event::TimeSource::Publication: p.source = 0; break;
  }
  p.bounded = (e.when.from ? 1 : 0) + (e.when.to ? 1 : 0);
  p.stated = e.fuzzy ? 0 : 1;
  p.grain = grain_rank(e);
  long long n = e.when.length_days();
  p.shortness = n < 0 ? -(1LL << 40) : -n;
  return p;
}


// Appends the field values to the hash input, each prefixed by its length so that fields cannot run together.
void put(std::string& buf, std::string_view s) {
  std::uint64_t n = s.size();
  buf.append(reinterpret_cast<const char*>(&n), sizeof n);
  buf.append(s);
}
void put_int(std::string& buf, std::int64_t v) { buf.append(reinterpret_cast<const char*>(&v), sizeof v); }

}  // namespace

bool same_event(const Event& a, const Event& b) {
  if (a.type != b.type) return false;
  // `other` is no kind of event: two of them are the same only when their predicates are (검거 and 송치 differ)
  if (a.type == event::EventType::Other && a.trigger != b.trigger) return false;
  if (a.polarity != b.polarity) return false;
  if (!a.when.overlaps(b.when)) return false;
  if (share_a_sentence(a, b)) return false;  // two events of one sentence are two events
  // Both name their partners and none is common: the same actor meeting X and meeting Y in overlapping
  // months are two meetings (the summer talks with 스톡 스페이스 are not the October talks in Seoul).
  if (!a.participants.empty() && !b.participants.empty() && !share_participant(a, b)) return false;
  bool shared = false;
  std::string actor_a = canon(a.actor), actor_b = canon(b.actor);
  if (!actor_a.empty() && actor_a == actor_b) {
    shared = true;
  } else {
    auto ea = entities(a);
    auto eb = entities(b);
    for (const auto& x : ea)
      if (std::find(eb.begin(), eb.end(), x) != eb.end()) {
        shared = true;
        break;
      }
  }
  if (!shared) {
    // A record with no entity at all (the extractor found no subject) joins a record that has one only on
    // strong other evidence: both objects stated and compatible, and both times taken from the text.
    const bool one_side_anonymous = entities(a).empty() != entities(b).empty();
    const bool both_text_times = a.time_source != event::TimeSource::Publication &&
                                 b.time_source != event::TimeSource::Publication;
    return one_side_anonymous && both_text_times && !a.object.empty() && !b.object.empty() &&
           objects_compatible(a.object, b.object);
  }
  // One speaker's statements of one day in one article are one statement: the quotes of one speech or
  // interview, which a reader (and ANNOTATION.md's grouping) counts once.
  // (Not announcements: one company announcing two products on one day made two announcements.)
  if (a.type == event::EventType::Statement && a.when == b.when && share_an_article(a, b)) return true;
  // A publication-date fallback is not evidence that two mentions share a time: then the objects must
  // positively agree (both stated and compatible), or two different remarks of one day would merge.
  if (a.time_source == event::TimeSource::Publication || b.time_source == event::TimeSource::Publication)
    return !a.object.empty() && !b.object.empty() && objects_compatible(a.object, b.object);
  return objects_compatible(a.object, b.object);
}

void merge_into(Event& keep, const Event& other) {
  for (const auto& m : other.mentions) {
    bool dup = std::any_of(keep.mentions.begin(), keep.mentions.end(),
                           [&](const Mention& k) { return same_place(k, m); });
    if (!dup) keep.mentions.push_back(m);
  }

  // An explicit subject beats an inferred or missing one.
  if (!other.actor.empty() && (keep.actor.empty() || (keep.actor_inferred && !other.actor_inferred))) {
    keep.actor = other.actor;
    keep.actor_inferred = other.actor_inferred;
    if (!other.affiliation.empty()) keep.affiliation = other.affiliation;
    if (!other.role.empty()) keep.role = other.role;
  }
  if (keep.affiliation.empty()) keep.affiliation = other.affiliation;
  if (keep.role.empty()) keep.role = other.role;

  // Participants: union by canonical name, keep's order first; never the actor itself.
  std::vector<std::string> seen;
  std::string actor_c = canon(keep.actor);
  std::vector<std::string> merged;
  auto add = [&](const std::string& p) {
    std::string c = canon(p);
    if (c.empty() || c == actor_c || std::find(seen.begin(), seen.end(), c) != seen.end()) return;
    seen.push_back(c);
    merged.push_back(p);
  };
  for (const auto& p : keep.participants) add(p);
  for (const auto& p : other.participants) add(p);
  keep.participants = std::move(merged);

  if (precision(other) > precision(keep)) event::copy_time(keep, other);

  if (code_points(other.object) > code_points(keep.object)) keep.object = other.object;
  if (keep.location.empty()) keep.location = other.location;
  if (keep.amount.empty()) keep.amount = other.amount;
  if (keep.trigger.empty()) keep.trigger = other.trigger;
  if (keep.summary.empty()) keep.summary = other.summary;
  // Attested directly by any mention -> not merely reported.
  keep.reported = keep.reported && other.reported;
  // An actual mention outranks a plan, a plan outranks a hypothesis.
  if (static_cast<int>(other.modality) < static_cast<int>(keep.modality)) keep.modality = other.modality;
}

void merge_coreferent(std::vector<Event>& events) {
  std::vector<Event> out;
  out.reserve(events.size());
  // same_event needs the same type and polarity, and merge_into changes neither: each event is compared only
  // with the kept events of its (type, polarity) bucket, in the order they were kept, so the first match is the
  // one a scan of all kept events would find. (A long article no longer compares every pair of events.)
  std::map<std::pair<int, int>, std::vector<std::size_t>> buckets;
  for (auto& e : events) {
    auto& bucket = buckets[{static_cast<int>(e.type), static_cast<int>(e.polarity)}];
    auto it = std::find_if(bucket.begin(), bucket.end(), [&](std::size_t k) { return same_event(out[k], e); });
    if (it != bucket.end()) {
      merge_into(out[*it], e);
    } else {
      bucket.push_back(out.size());
      out.push_back(std::move(e));
    }
  }
  events = std::move(out);
}

// Identity fields, hashed with XXH3-64 (length-prefixed, in this order): format tag "yp-event-id/1",
// type, canonical actor, canonical participants sorted, start and end day numbers (or an open marker),
// object, and the first mention's article key (its content identity, store::article_key) and sentence
// begin offset. Everything hashed is a pure function of the article's content and the extractor, never of
// the path it was read from; the store applies articles in canonical order, so the first mention (and the
// id) does not depend on arrival order either. Merging later mentions into an event does not change its id.
event::EventId compute_id(const Event& e) {
  std::string buf;
  buf.reserve(256);
  put(buf, "yp-event-id/2");
  put_int(buf, static_cast<std::int64_t>(e.type));
  put(buf, canon(e.actor));
  std::vector<std::string> ps;
  for (const auto& p : e.participants) ps.push_back(canon(p));
  std::sort(ps.begin(), ps.end());
  put_int(buf, static_cast<std::int64_t>(ps.size()));
  for (const auto& p : ps) put(buf, p);
  constexpr std::int64_t kOpen = INT64_MIN;
  put_int(buf, e.when.from ? e.when.from->time_since_epoch().count() : kOpen);
  put_int(buf, e.when.to ? e.when.to->time_since_epoch().count() : kOpen);
  put(buf, e.object);
  if (!e.mentions.empty()) {
    put_int(buf, static_cast<std::int64_t>(e.mentions.front().article_key));
    put_int(buf, static_cast<std::int64_t>(e.mentions.front().begin));
  } else {
    put_int(buf, 0);
    put_int(buf, -1);
  }
  return XXH3_64bits(buf.data(), buf.size());
}

}  // namespace yp::store
