// Store persistence: our header (magic, format version, payload length, XXH3-64) in front of a
// Boost.Serialization binary archive; atomic save (temp file, fsync, rename, fsync dir); checked load.
// Covered by tests/store/persist_test.cpp. Byte layout documented in docs/formats.md.
#include "store/event_store.hpp"
#include "store/store_impl.hpp"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/serialization/version.hpp>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
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

constexpr std::int32_t kNoDay = INT32_MIN;  // a year_month_day that is not a real day (e.g. default)

}  // namespace

namespace boost::serialization {

// year_month_day: its day number (days since 1970-01-01), kNoDay when !ok().
template <class Ar>
void serialize(Ar& ar, date::year_month_day& d, const unsigned /*version*/) {
  std::int32_t n = d.ok() ? static_cast<std::int32_t>(date::sys_days{d}.time_since_epoch().count()) : kNoDay;
  ar & n;
  if (Ar::is_loading::value) d = n == kNoDay ? date::year_month_day{} : date::year_month_day{date::sys_days{date::days{n}}};
}

// DayInterval: presence flag and day number per side.
template <class Ar>
void serialize(Ar& ar, yp::DayInterval& iv, const unsigned /*version*/) {
  bool has_from = iv.from.has_value(), has_to = iv.to.has_value();
  std::int32_t from = has_from ? static_cast<std::int32_t>(iv.from->time_since_epoch().count()) : 0;
  std::int32_t to = has_to ? static_cast<std::int32_t>(iv.to->time_since_epoch().count()) : 0;
  ar & has_from & from & has_to & to;
  if (Ar::is_loading::value) {
    iv.from = has_from ? std::optional<date::sys_days>(date::sys_days{date::days{from}}) : std::nullopt;
    iv.to = has_to ? std::optional<date::sys_days>(date::sys_days{date::days{to}}) : std::nullopt;
  }
}

template <class Ar>
void serialize(Ar& ar, yp::event::Mention& m, const unsigned version) {
  std::uint64_t begin = m.begin, end = m.end;
  ar & m.article & m.publication_date & m.sentence & begin & end & m.trigger;
  if (version >= 2) ar & m.title & m.outlet;  // version 1 stores had neither
  if (version >= 3) ar & m.article_key;       // versions 1-2: set from the article table on load
  if (Ar::is_loading::value) {
    m.begin = static_cast<std::size_t>(begin);
    m.end = static_cast<std::size_t>(end);
  }
}

template <class Ar>
void serialize(Ar& ar, yp::event::Event& e, const unsigned /*version*/) {
  using namespace yp;
  constexpr bool loading = Ar::is_loading::value;
  int type = static_cast<int>(e.type), polarity = static_cast<int>(e.polarity),
      modality = static_cast<int>(e.modality), grain = static_cast<int>(e.grain), mod = static_cast<int>(e.mod),
      source = static_cast<int>(e.time_source);
  ar & e.id & type & e.actor & e.actor_inferred & e.affiliation & e.role & e.participants & e.location & e.object &
      e.amount & e.trigger & polarity & modality & e.reported;
  ar & e.when & grain & mod & e.fuzzy & e.timex & e.time_text & source;
  ar & e.summary & e.mentions;
  serialize_enum(e.type, type, static_cast<int>(event::EventType::Other), loading);
  serialize_enum(e.polarity, polarity, static_cast<int>(event::Polarity::Negative), loading);
  serialize_enum(e.modality, modality, static_cast<int>(event::Modality::Hypothetical), loading);
  serialize_enum(e.grain, grain, static_cast<int>(time::Grain::Vague), loading);
  serialize_enum(e.mod, mod, static_cast<int>(time::Mod::More), loading);
  serialize_enum(e.time_source, source, static_cast<int>(event::TimeSource::Publication), loading);
}

// Version 1 (store format 1): name, content hash of the bytes, date, ingest count; the loader turns it into
// a version 2 record (see legacy_key). Version 2: key, name, sources, title, date, event count.
template <class Ar>
void serialize(Ar& ar, yp::store::ArticleInfo& a, const unsigned version) {
  bool has_date = a.publication_date.has_value();
  date::year_month_day d = has_date ? *a.publication_date : date::year_month_day{};
  if (version < 2) {
    std::uint32_t ingest_count = 0;
    ar & a.name & a.key & has_date & d & ingest_count;  // `key` holds the old content hash until converted
  } else {
    ar & a.key & a.name & a.sources & a.title & has_date & d & a.event_count;
  }
  if (Ar::is_loading::value) a.publication_date = has_date ? std::optional(d) : std::nullopt;
}

template <class Ar>
void serialize(Ar& ar, yp::store::EventStore::Impl::ArticleRecord& r, const unsigned /*version*/) {
  ar & r.info & r.events;
}

}  // namespace boost::serialization

// Bump a version when the serialize() function of that type changes; read old versions in serialize().
BOOST_CLASS_VERSION(date::year_month_day, 1)
BOOST_CLASS_VERSION(yp::DayInterval, 1)
BOOST_CLASS_VERSION(yp::event::Mention, 3)
BOOST_CLASS_VERSION(yp::event::Event, 1)
BOOST_CLASS_VERSION(yp::store::ArticleInfo, 2)
BOOST_CLASS_VERSION(yp::store::EventStore::Impl::ArticleRecord, 1)

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

void put_le(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
std::uint64_t get_le(const char* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

// A read-only streambuf over bytes we already hold (no copy of the payload).
struct MemoryBuf : std::streambuf {
  MemoryBuf(const char* data, std::size_t size) {
    char* p = const_cast<char*>(data);
    setg(p, p, p + size);
  }
};

Error io_error(const std::string& path, const std::string& what, int err) {
  return Error{ErrorCode::IoError, fmt::format("{}: {}", what, std::strerror(err)), path};
}
Error corrupt(const std::string& path, std::string message) {
  return Error{ErrorCode::CorruptStore, std::move(message), path};
}

std::string directory_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// Format 1 identified articles by name and kept no per-article events. Each article becomes a record
// whose key is derived from its old name and byte hash (so that it cannot collide with a content key of
// format 2: the content is unknown), whose name is its only source, and whose own events are the stored
// events first seen in it (with all their mentions). Mentions get the key of their article's name.
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

Result<Unit> EventStore::save(const std::string& path) const {
  std::string payload;
  try {
    std::ostringstream os(std::ios::binary);
    {
      boost::archive::binary_oarchive oa(os);
      // Articles in canonical order (the map is by key, the same order on every run).
      std::vector<Impl::ArticleRecord> articles;
      articles.reserve(impl_->articles.size());
      for (const auto& [key, rec] : impl_->articles) articles.push_back(rec);
      oa << impl_->events << articles;
    }
    payload = std::move(os).str();
  } catch (const std::exception& ex) {
    return Error{ErrorCode::Internal, fmt::format("cannot serialise the store: {}", ex.what()), path};
  }

  std::string header(kMagic, sizeof kMagic);
  put_le(header, kFormatVersion, 4);
  put_le(header, payload.size(), 8);
  put_le(header, XXH3_64bits(payload.data(), payload.size()), 8);

  const std::string tmp = fmt::format("{}.tmp.{}", path, static_cast<long>(::getpid()));
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(path, fmt::format("cannot write store (creating {})", tmp), errno);
  auto fail = [&](const char* step) {
    int err = errno;
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    return io_error(path, fmt::format("cannot write store ({} {})", step, tmp), err);
  };
  if (!write_all(fd, header.data(), header.size()) || !write_all(fd, payload.data(), payload.size()))
    return fail("writing");
  if (::fsync(fd) != 0) return fail("syncing");
  int rc = ::close(fd);
  fd = -1;
  if (rc != 0) return fail("closing");
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return io_error(path, fmt::format("cannot write store (renaming {} over it)", tmp), err);
  }
  // Make the rename itself durable. Best effort: the new file is already in place.
  int dfd = ::open(directory_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)::fsync(dfd);
    ::close(dfd);
  }
  return Unit{};
}

Result<EventStore> EventStore::load(const std::string& path) {
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
  if (version > kFormatVersion)
    return corrupt(path, fmt::format("store format version {} is newer than this yeonpyo ({}); upgrade yeonpyo",
                                     version, kFormatVersion));
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
  try {
    MemoryBuf buf(payload, static_cast<std::size_t>(length));
    std::istream is(&buf);
    boost::archive::binary_iarchive ia(is);
    if (version == 1) {
      std::vector<ArticleInfo> articles;
      ia >> store.impl_->events >> articles;
      convert_format1(*store.impl_, std::move(articles));
    } else {
      std::vector<Impl::ArticleRecord> articles;
      ia >> store.impl_->events >> articles;
      for (auto& a : articles) {
        const std::uint64_t key = a.info.key;
        if (!store.impl_->articles.emplace(key, std::move(a)).second)
          return corrupt(path, fmt::format("store is truncated or corrupt (article {:016x} is listed twice)", key));
      }
    }
  } catch (const boost::archive::archive_exception& ex) {
    return corrupt(path, fmt::format("store is truncated or corrupt (archive: {})", ex.what()));
  } catch (const std::exception& ex) {
    return corrupt(path, fmt::format("store is truncated or corrupt ({})", ex.what()));
  }
  store.impl_->reindex();
  return store;
}

Result<EventStore> EventStore::load_or_empty(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 && errno == ENOENT) return EventStore{};
  return load(path);
}

}  // namespace yp::store
