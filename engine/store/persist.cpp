// Store persistence: our header (magic, format version, payload length, XXH3-64) in front of a
// Boost.Serialization binary archive; atomic save (temp file, fsync, rename, fsync dir); checked load.
// Covered by tests/store/persist_test.cpp. Byte layout documented in docs/formats.md.
#include "store/event_store.hpp"
#include "store/store_impl.hpp"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/serialization/version.hpp>
#include <boost/serialization/collection_size_type.hpp>
#include <boost/serialization/item_version_type.hpp>
#include <boost/serialization/library_version_type.hpp>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <cstdint>
#include <type_traits>
#include <cstdio>
#include <cstring>
#include <istream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>

namespace {

// Thrown by our serialize() functions when a loaded value is out of range; caught by load().
struct BadValue : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <class Enum>
void serialize_enum(Enum& v, int& raw, int max_value, bool loading) {
  if (loading) {
    if (raw < 0 || raw > max_value) throw BadValue(fmt::format("enum value {} out of range", raw));
    v = static_cast<Enum>(raw);
  }
}

// The fewest bytes one record takes in a binary archive (its fixed-size fields): a bound for counts.
constexpr std::size_t kMinMentionBytes = 4 * 8 + 4 + 2 * 8;       // 4 texts, a day, begin and end
constexpr std::size_t kMinEventBytes = 8 + 6 * 4 + 11 * 8 + 3 + 8;  // id, 6 enums, 11 texts, 3 flags, lists
constexpr std::size_t kMinArticleBytes = 8 + 8 + 8 + 8 + 1 + 4 + 4 + 8;

constexpr std::int32_t kNoDay = INT32_MIN;  // a year_month_day that is not a real day (e.g. default)
// Day numbers outside 0001-01-01 .. 10000-01-01 (the exclusive end of 9999-12-31) are no date the engine writes
// (time::find_time_expressions keeps every day printable as ISO; header years 1-9999 are accepted): refused,
// and date arithmetic stays far from overflow.
constexpr std::int32_t kMinDay = -719162, kMaxDay = 2932897;

// A read-only streambuf over bytes we already hold (no copy of the payload); knows how much is left, so
// that every count and size read from a file is checked against the bytes that could hold it *before*
// anything is allocated.
struct MemoryBuf : std::streambuf {
  MemoryBuf(const char* data, std::size_t size) {
    char* p = const_cast<char*>(data);
    setg(p, p, p + size);
  }
  std::size_t remaining() const { return static_cast<std::size_t>(egptr() - gptr()); }
};

// The buffer the current load reads from (set by load_payload); null while saving or dumping.
thread_local const MemoryBuf* tl_loading = nullptr;
std::size_t bytes_left() { return tl_loading ? tl_loading->remaining() : SIZE_MAX; }

template <class Ar>
constexpr bool kBinaryLoad = std::is_same_v<Ar, boost::archive::binary_iarchive>;

// A string: Boost's binary encoding (a 64-bit length, then the bytes), its length checked first.
template <class Ar>
void text_field(Ar& ar, std::string& s) {
  if constexpr (kBinaryLoad<Ar>) {
    std::uint64_t n = 0;
    ar.load_binary(&n, sizeof n);
    if (n > bytes_left()) throw BadValue(fmt::format("a text of {} bytes where only {} bytes are left", n, bytes_left()));
    s.resize(static_cast<std::size_t>(n));
    if (n) ar.load_binary(s.data(), static_cast<std::size_t>(n));
  } else {
    ar & s;
  }
}

// A bool: one byte that must be 0 or 1 (any other value would be undefined behaviour as a bool).
template <class Ar>
void flag_field(Ar& ar, bool& b) {
  if constexpr (kBinaryLoad<Ar>) {
    unsigned char c = 0;
    ar.load_binary(&c, 1);
    if (c > 1) throw BadValue(fmt::format("a yes/no field holds {}", static_cast<int>(c)));
    b = c == 1;
  } else {
    ar & b;
  }
}

// The items of a vector in Boost's collection encoding (count, item version, items); the count is checked
// against the bytes left (each item takes at least `min_item_bytes`) before anything is reserved. Called
// directly for vectors of strings (Boost writes no class information for those) and from the serialize()
// overloads below for vectors of our records (Boost writes their class information itself).
template <class Ar, class T>
void vector_field(Ar& ar, std::vector<T>& v, std::size_t min_item_bytes) {
  if constexpr (!Ar::is_loading::value) {
    const boost::serialization::collection_size_type count(v.size());
    ar << count;
    const boost::serialization::item_version_type item_version(boost::serialization::version<T>::value);
    ar << item_version;
    for (const auto& item : v) {
      if constexpr (std::is_same_v<T, std::string>) {
        std::string copy = item;  // Boost's string save through a non-const lvalue
        text_field(ar, copy);
      } else {
        ar << item;
      }
    }
  } else {
    boost::serialization::collection_size_type count;
    ar >> count;
    if (boost::serialization::library_version_type(3) < ar.get_library_version()) {
      boost::serialization::item_version_type item_version(0);
      ar >> item_version;
    }
    const std::size_t n = count;
    if (n > bytes_left() / min_item_bytes)
      throw BadValue(fmt::format("a list of {} items where only {} bytes are left", n, bytes_left()));
    v.clear();
    v.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      T item{};
      if constexpr (std::is_same_v<T, std::string>) text_field(ar, item);
      else ar >> item;
      v.push_back(std::move(item));
    }
  }
}

// A list of names (participants, sources). Boost writes std::vector<std::string> as a class (its class
// information once, then count, item version, strings); this wrapper is written and read with the same
// bytes, through vector_field, so that its count and every string length are bounded on load.
struct Names {
  std::vector<std::string>* names = nullptr;
  template <class Ar>
  void serialize(Ar& ar, const unsigned /*version*/) {
    vector_field(ar, *names, 8);
  }
};

std::int32_t checked_day(std::int32_t n) {
  if (n < kMinDay || n > kMaxDay) throw BadValue(fmt::format("day number {} is no plausible date", n));
  return n;
}

void check_version(unsigned version, unsigned newest, const char* type) {
  if (version > newest) throw BadValue(fmt::format("{} record of class version {} (this yeonpyo knows {})", type, version, newest));
}

}  // namespace

namespace boost::serialization {

// year_month_day: its day number (days since 1970-01-01), kNoDay when !ok().
template <class Ar>
void serialize(Ar& ar, date::year_month_day& d, const unsigned version) {
  check_version(version, 1, "date");
  std::int32_t n = d.ok() ? static_cast<std::int32_t>(date::sys_days{d}.time_since_epoch().count()) : kNoDay;
  ar & n;
  if (Ar::is_loading::value)
    d = n == kNoDay ? date::year_month_day{} : date::year_month_day{date::sys_days{date::days{checked_day(n)}}};
}

// DayInterval: presence flag and day number per side.
template <class Ar>
void serialize(Ar& ar, yp::DayInterval& iv, const unsigned version) {
  check_version(version, 1, "interval");
  bool has_from = iv.from.has_value(), has_to = iv.to.has_value();
  std::int32_t from = has_from ? static_cast<std::int32_t>(iv.from->time_since_epoch().count()) : 0;
  std::int32_t to = has_to ? static_cast<std::int32_t>(iv.to->time_since_epoch().count()) : 0;
  flag_field(ar, has_from);
  ar & from;
  flag_field(ar, has_to);
  ar & to;
  if (Ar::is_loading::value) {
    if (has_from) checked_day(from);
    if (has_to) checked_day(to);
    if (has_from && has_to && from >= to) throw BadValue(fmt::format("an interval ends ({}) before it starts ({})", to, from));
    iv.from = has_from ? std::optional<date::sys_days>(date::sys_days{date::days{from}}) : std::nullopt;
    iv.to = has_to ? std::optional<date::sys_days>(date::sys_days{date::days{to}}) : std::nullopt;
  }
}

template <class Ar>
void serialize(Ar& ar, yp::event::Mention& m, const unsigned version) {
  check_version(version, 3, "mention");
  std::uint64_t begin = m.begin, end = m.end;
  text_field(ar, m.article);
  ar & m.publication_date;
  text_field(ar, m.sentence);
  ar & begin & end;
  text_field(ar, m.trigger);
  if (version >= 2) {  // version 1 stores had neither
    text_field(ar, m.title);
    text_field(ar, m.outlet);
  }
  if (version >= 3) ar & m.article_key;       // versions 1-2: set from the article table on load
  if (Ar::is_loading::value) {
    m.begin = static_cast<std::size_t>(begin);
    m.end = static_cast<std::size_t>(end);
  }
}

template <class Ar>
void serialize(Ar& ar, yp::event::Event& e, const unsigned version) {
  using namespace yp;
  check_version(version, 1, "event");
  constexpr bool loading = Ar::is_loading::value;
  int type = static_cast<int>(e.type), polarity = static_cast<int>(e.polarity),
      modality = static_cast<int>(e.modality), grain = static_cast<int>(e.grain), mod = static_cast<int>(e.mod),
      source = static_cast<int>(e.time_source);
  ar & e.id & type;
  text_field(ar, e.actor);
  flag_field(ar, e.actor_inferred);
  text_field(ar, e.affiliation);
  text_field(ar, e.role);
  Names participants{&e.participants};
  ar & participants;
  text_field(ar, e.location);
  text_field(ar, e.object);
  text_field(ar, e.amount);
  text_field(ar, e.trigger);
  ar & polarity & modality;
  flag_field(ar, e.reported);
  ar & e.when & grain & mod;
  flag_field(ar, e.fuzzy);
  text_field(ar, e.timex);
  text_field(ar, e.time_text);
  ar & source;
  text_field(ar, e.summary);
  ar & e.mentions;
  serialize_enum(e.type, type, static_cast<int>(event::EventType::Other), loading);
  serialize_enum(e.polarity, polarity, static_cast<int>(event::Polarity::Negative), loading);
  serialize_enum(e.modality, modality, static_cast<int>(event::Modality::Hypothetical), loading);
  serialize_enum(e.grain, grain, static_cast<int>(time::Grain::Century), loading);
  serialize_enum(e.mod, mod, static_cast<int>(time::Mod::More), loading);
  serialize_enum(e.time_source, source, static_cast<int>(event::TimeSource::Publication), loading);
}

// Version 1 (store format 1): name, content hash of the bytes, date, ingest count; the loader turns it into
// a version 2 record (see legacy_key). Version 2: key, name, sources, title, date, event count.
template <class Ar>
void serialize(Ar& ar, yp::store::ArticleInfo& a, const unsigned version) {
  check_version(version, 2, "article");
  bool has_date = a.publication_date.has_value();
  date::year_month_day d = has_date ? *a.publication_date : date::year_month_day{};
  if (version < 2) {
    std::uint32_t ingest_count = 0;
    text_field(ar, a.name);
    ar & a.key;  // holds the old content hash until converted
    flag_field(ar, has_date);
    ar & d & ingest_count;
  } else {
    ar & a.key;
    text_field(ar, a.name);
    Names sources{&a.sources};
    ar & sources;
    text_field(ar, a.title);
    flag_field(ar, has_date);
    ar & d & a.event_count;
  }
  if (Ar::is_loading::value) a.publication_date = has_date ? std::optional(d) : std::nullopt;
}

template <class Ar>
void serialize(Ar& ar, yp::store::EventStore::Impl::ArticleRecord& r, const unsigned version) {
  check_version(version, 1, "article table");
  ar & r.info;
  ar & r.events;
}

template <class Ar>
void serialize(Ar& ar, yp::store::SegmentRef& r, const unsigned version) {
  check_version(version, 1, "segment reference");
  text_field(ar, r.name);
  text_field(ar, r.file);
  ar & r.count & r.bytes & r.checksum & r.archive_checksum & r.min_start & r.max_end;
}

template <class Ar>
void serialize(Ar& ar, yp::store::Manifest& m, const unsigned version) {
  check_version(version, 1, "manifest");
  ar & m.generation;
  flag_field(ar, m.has_last);
  ar & m.last_day & m.last_key;
  ar & m.segments;
}

}  // namespace boost::serialization

// Vectors of our records: found by argument-dependent lookup (more specialised than Boost's own vector
// serialisation, same bytes), so that their counts are bounded on load.
namespace yp::event {
template <class Ar>
void serialize(Ar& ar, std::vector<Event>& v, const unsigned /*version*/) {
  vector_field(ar, v, kMinEventBytes);
}
template <class Ar>
void serialize(Ar& ar, std::vector<Mention>& v, const unsigned /*version*/) {
  vector_field(ar, v, kMinMentionBytes);
}
}  // namespace yp::event
namespace yp::store {
template <class Ar>
void serialize(Ar& ar, std::vector<ArticleInfo>& v, const unsigned /*version*/) {
  vector_field(ar, v, kMinArticleBytes);
}
template <class Ar>
void serialize(Ar& ar, std::vector<EventStore::Impl::ArticleRecord>& v, const unsigned /*version*/) {
  vector_field(ar, v, kMinArticleBytes);
}
template <class Ar>
void serialize(Ar& ar, std::vector<SegmentRef>& v, const unsigned /*version*/) {
  vector_field(ar, v, 2 * 8 + 6 * 8);
}
}  // namespace yp::store

// Bump a version when the serialize() function of that type changes; read old versions in serialize().
BOOST_CLASS_VERSION(date::year_month_day, 1)
BOOST_CLASS_VERSION(yp::DayInterval, 1)
BOOST_CLASS_VERSION(yp::event::Mention, 3)
BOOST_CLASS_VERSION(yp::event::Event, 1)
BOOST_CLASS_VERSION(yp::store::ArticleInfo, 2)
BOOST_CLASS_VERSION(yp::store::EventStore::Impl::ArticleRecord, 1)
BOOST_CLASS_VERSION(yp::store::SegmentRef, 1)
BOOST_CLASS_VERSION(yp::store::Manifest, 1)

namespace yp::store {

namespace {

// File header, all integers little-endian:
//   0  8  magic "YEONPYO\x1a"
//   8  4  format version (uint32)
//  12  8  payload length in bytes (uint64)
//  20  8  XXH3-64 of the payload (uint64)
//  28  …  payload: Boost.Serialization binary archive of (events, articles)
constexpr char kMagic[8] = {'Y', 'E', 'O', 'N', 'P', 'Y', 'O', '\x1a'};
constexpr std::size_t kHeaderSize = 28;

std::uint64_t get_le(const char* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

Error io_error(const std::string& path, const std::string& what, int err) {
  return Error{ErrorCode::IoError, fmt::format("{}: {}", what, std::strerror(err)), path};
}
Error corrupt(const std::string& path, std::string message) {
  return Error{ErrorCode::CorruptStore, std::move(message), path};
}



// Format 1 identified articles by name and kept no per-article events. Each article becomes a record
// whose key is derived from its old name and byte hash (so that it cannot collide with a content key of
// format 2: the content is unknown), whose name is its only source, and whose own events are the stored
// events first seen in it (with all their mentions). Mentions get the key of their article's name. The
// loader then recomputes the timeline from these records, so the store is consistent with format 2 from
// the start (`store check --deep` holds); event ids change once, because they hash the article key.
void convert_format1(EventStore::Impl& s, std::vector<ArticleInfo> old) {
  std::map<std::string, std::uint64_t> key_of;
  for (auto& a : old) {
    std::string buf = "yp-format1-article\n" + a.name + "\n" + fmt::format("{:016x}", a.key);
    std::uint64_t key = XXH3_64bits(buf.data(), buf.size());
    if (key == 0) key = 1;
    key_of[a.name] = key;
    EventStore::Impl::ArticleRecord rec;
    rec.info.key = key;
    rec.info.name = a.name;
    rec.info.sources = {a.name};
    rec.info.publication_date = a.publication_date;
    s.articles[key] = std::move(rec);
  }
  for (auto& e : s.events) {
    for (auto& m : e.mentions) {
      auto it = key_of.find(m.article);
      if (it != key_of.end()) m.article_key = it->second;
    }
    if (e.mentions.empty()) continue;
    auto it = s.articles.find(e.mentions.front().article_key);
    if (it == s.articles.end()) continue;
    it->second.events.push_back(e);
    ++it->second.info.event_count;
  }
}

}  // namespace

namespace {

template <class T>
std::string encode(const T& value) {
  std::ostringstream os(std::ios::binary);
  {
    boost::archive::binary_oarchive oa(os);
    oa << value;
  }
  return std::move(os).str();
}

// The bytes every Boost binary archive opens with (the length-prefixed "serialization::archive" signature),
// taken once from an archive we write ourselves. Boost reads that length before anything of ours runs and
// allocates it, so a payload must open with these bytes before it reaches binary_iarchive (a crafted
// payload's "signature length" of 2.3e18 was an allocation the sanitizer build aborts on).
bool opens_like_our_archive(std::string_view payload) {
  static const std::string prefix = [] {
    std::ostringstream os;
    { boost::archive::binary_oarchive oa(os); }
    std::string bytes = std::move(os).str();
    std::size_t at = bytes.find("serialization::archive");
    return at == std::string::npos ? std::string() : bytes.substr(0, at + std::string_view("serialization::archive").size());
  }();
  return !prefix.empty() && payload.substr(0, prefix.size()) == prefix;
}

template <class T>
bool decode(std::string_view payload, T& out, std::string& why) {
  if (!opens_like_our_archive(payload)) {
    why = "not a yeonpyo archive (no Boost archive signature)";
    return false;
  }
  try {
    MemoryBuf buf(payload.data(), payload.size());
    std::istream is(&buf);
    tl_loading = &buf;
    struct Reset {
      ~Reset() { tl_loading = nullptr; }
    } reset;
    boost::archive::binary_iarchive ia(is);
    ia >> out;
    if (buf.remaining() != 0) {
      why = fmt::format("{} bytes after the end of the records", buf.remaining());
      return false;
    }
    return true;
  } catch (const boost::archive::archive_exception& ex) {
    why = fmt::format("archive: {}", ex.what());
  } catch (const std::exception& ex) {
    why = ex.what();
  }
  return false;
}

}  // namespace

std::string encode_events(const std::vector<event::Event>& events) { return encode(events); }
std::string encode_articles(const std::vector<EventStore::Impl::ArticleRecord>& articles) { return encode(articles); }
std::string encode_manifest(const Manifest& m) { return encode(m); }
bool decode_events(std::string_view payload, std::vector<event::Event>& out, std::string& why) {
  return decode(payload, out, why);
}
bool decode_articles(std::string_view payload, std::vector<EventStore::Impl::ArticleRecord>& out, std::string& why) {
  return decode(payload, out, why);
}
bool decode_manifest(std::string_view payload, Manifest& out, std::string& why) { return decode(payload, out, why); }

Result<EventStore> load_single_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    int err = errno;
    if (err == ENOENT) return Error{ErrorCode::IoError, "store file does not exist", path};
    return io_error(path, "cannot read store", err);
  }
  if (S_ISDIR(st.st_mode)) return Error{ErrorCode::IoError, "is a directory, not a store file", path};

  std::string bytes;
  {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return io_error(path, "cannot read store", errno);
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
    bool bad = std::ferror(f);
    int err = errno;
    std::fclose(f);
    if (bad) return io_error(path, "cannot read store", err);
  }

  if (bytes.empty()) return corrupt(path, "not a yeonpyo store (the file is empty)");
  const std::size_t magic_seen = std::min(bytes.size(), sizeof kMagic);
  if (std::memcmp(bytes.data(), kMagic, magic_seen) != 0)
    return corrupt(path, "not a yeonpyo store (wrong magic bytes; is this the right --store file?)");
  if (bytes.size() < kHeaderSize)
    return corrupt(path, fmt::format("store is truncated or corrupt (only {} bytes, header needs {})", bytes.size(),
                                     kHeaderSize));
  const auto version = static_cast<std::uint32_t>(get_le(bytes.data() + 8, 4));
  if (version > 2)
    return corrupt(path, fmt::format("store format version {} is newer than this yeonpyo reads in one file (2); "
                                     "upgrade yeonpyo", version));
  if (version == 0) return corrupt(path, "store is truncated or corrupt (format version 0)");
  const std::uint64_t length = get_le(bytes.data() + 12, 8);
  const std::uint64_t checksum = get_le(bytes.data() + 20, 8);
  if (length != bytes.size() - kHeaderSize)
    return corrupt(path, fmt::format("store is truncated or corrupt (payload is {} bytes, header says {})",
                                     bytes.size() - kHeaderSize, length));
  const char* payload = bytes.data() + kHeaderSize;
  if (XXH3_64bits(payload, length) != checksum)
    return corrupt(path, "store is truncated or corrupt (checksum mismatch)");

  EventStore store;
  EventStore::Impl& impl = store.impl();
  const char* section = "in the archive header";
  if (!opens_like_our_archive(std::string_view(payload, static_cast<std::size_t>(length))))
    return corrupt(path, "store is truncated or corrupt (not a yeonpyo archive: no Boost archive signature)");
  try {
    MemoryBuf buf(payload, static_cast<std::size_t>(length));
    std::istream is(&buf);
    tl_loading = &buf;
    struct Reset {
      ~Reset() { tl_loading = nullptr; }
    } reset;
    boost::archive::binary_iarchive ia(is);
    section = "in the event list";
    ia >> impl.events;
    section = "in the article table";
    if (version == 1) {
      std::vector<ArticleInfo> articles;
      ia >> articles;
      convert_format1(impl, std::move(articles));
      impl.reindex();
      store.rebuild();  // the timeline as this format computes it (ids follow the new article keys)
    } else {
      std::vector<EventStore::Impl::ArticleRecord> articles;
      ia >> articles;
      for (auto& a : articles) {
        const std::uint64_t key = a.info.key;
        if (!impl.articles.emplace(key, std::move(a)).second)
          return corrupt(path, fmt::format("store is truncated or corrupt (article {:016x} is listed twice)", key));
      }
    }
  } catch (const boost::archive::archive_exception& ex) {
    return corrupt(path, fmt::format("store is truncated or corrupt ({}: archive: {})", section, ex.what()));
  } catch (const std::exception& ex) {
    return corrupt(path, fmt::format("store is truncated or corrupt ({}: {})", section, ex.what()));
  }
  impl.reindex();
  for (const auto& [key, rec] : impl.articles)
    if (!impl.last_article || article_order(rec.info) > *impl.last_article) impl.last_article = article_order(rec.info);
  return store;
}

Result<Unit> EventStore::dump(std::ostream& out) const {
  try {
    out << "yeonpyo store dump, format " << kFormatVersion << "\n";
    boost::archive::text_oarchive oa(out);
    std::vector<Impl::ArticleRecord> articles;
    articles.reserve(impl_->articles.size());
    for (const auto& [key, rec] : impl_->articles) articles.push_back(rec);
    oa << impl_->events << articles;
  } catch (const std::exception& ex) {
    return Error{ErrorCode::Internal, fmt::format("cannot dump the store: {}", ex.what()), ""};
  }
  out << '\n';
  if (!out) return Error{ErrorCode::IoError, "cannot write the dump", ""};
  return Unit{};
}

}  // namespace yp::store
