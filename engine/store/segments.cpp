// The store directory: a MANIFEST and segment files (events by month of start, articles by month of
// publication), each framed by our header; whole-store load and save, a query's partial load, and the
// incremental ingest that rewrites only the segments that change. Layout in docs/formats.md.
// Covered by tests/store/segments_test.cpp, tests/store/persist_test.cpp, tests/cli/store.sh and the crash
// test tests/cli/crash.sh.
#include "store/event_store.hpp"
#include "store/store_impl.hpp"

#include <date/date.h>
#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace yp::store {

namespace {

using event::Event;
using Record = EventStore::Impl::ArticleRecord;

// Every file of a store directory starts with this 48-byte header, integers little-endian:
//   0 8 magic "YEONPYO\x1a" | 8 4 format version (3) | 12 4 kind | 16 8 record count |
//  24 8 archive length (uncompressed) | 32 8 stored length | 40 8 XXH3-64 of the stored bytes |
//  48 … stored bytes: a zstd frame holding a Boost.Serialization binary archive
constexpr char kMagic[8] = {'Y', 'E', 'O', 'N', 'P', 'Y', 'O', '\x1a'};
constexpr std::size_t kFrameHeader = 48;
constexpr std::uint64_t kMaxArchiveBytes = 1ULL << 32;  // 4 GiB: no segment is larger; checked before allocating
constexpr int kZstdLevel = 3;
constexpr std::uint32_t kDirFormat = 3;
enum Kind : std::uint32_t { kManifestKind = 1, kEventsKind = 2, kArticlesKind = 3 };
constexpr const char* kManifestFile = "MANIFEST";

const char* kind_name(std::uint32_t kind) {
  switch (kind) {
    case kManifestKind: return "manifest";
    case kEventsKind: return "event segment";
    case kArticlesKind: return "article segment";
  }
  return "file";
}

void put_le(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
std::uint64_t get_le(const char* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

std::string join(const std::string& dir, const std::string& file) { return dir + "/" + file; }

Error io_error(const std::string& path, const std::string& what, int err) {
  return Error{ErrorCode::IoError, fmt::format("{}: {}", what, std::strerror(err)), path};
}
// A damaged file: the error names the file (its path) and which part of the store it is.
Error damaged(const std::string& dir, const std::string& file, std::uint32_t kind, const std::string& why) {
  return Error{ErrorCode::CorruptStore,
               fmt::format("store is truncated or corrupt ({} {}: {})", kind_name(kind), file, why), dir};
}

// The framed file for an archive (empty if zstd fails, which it does not for valid input sizes).
std::string frame(std::uint32_t kind, std::uint64_t count, const std::string& archive) {
  std::string stored(ZSTD_compressBound(archive.size()), '\0');
  const std::size_t n = ZSTD_compress(stored.data(), stored.size(), archive.data(), archive.size(), kZstdLevel);
  if (ZSTD_isError(n)) return {};
  stored.resize(n);
  std::string out(kMagic, sizeof kMagic);
  put_le(out, kDirFormat, 4);
  put_le(out, kind, 4);
  put_le(out, count, 8);
  put_le(out, archive.size(), 8);
  put_le(out, stored.size(), 8);
  put_le(out, XXH3_64bits(stored.data(), stored.size()), 8);
  out += stored;
  return out;
}

Result<std::string> read_whole(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(path, "cannot read store", errno);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return io_error(path, "cannot read store", err);
  }
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      return io_error(path, "cannot read store", err);
    }
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  bytes.resize(done);
  return bytes;
}

// Checks a framed file against its header and, when the manifest lists it, against the manifest, then
// decompresses it; returns the archive. The archive length is bounded and matched against the zstd frame
// before anything is allocated, and nothing is decoded before all of this holds.
Result<std::string> unframe(const std::string& dir, const std::string& file, const std::string& bytes,
                            std::uint32_t kind, const SegmentRef* expect) {
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return damaged(dir, file, kind, "not a yeonpyo file (wrong magic bytes)");
  if (bytes.size() < kFrameHeader)
    return damaged(dir, file, kind, fmt::format("only {} bytes, the header needs {}", bytes.size(), kFrameHeader));
  const auto version = static_cast<std::uint32_t>(get_le(bytes.data() + 8, 4));
  if (version > kDirFormat)
    return Error{ErrorCode::CorruptStore,
                 fmt::format("store format version {} is newer than this yeonpyo ({}); upgrade yeonpyo", version,
                             kDirFormat),
                 join(dir, file)};
  if (version != kDirFormat) return damaged(dir, file, kind, fmt::format("format version {}", version));
  const auto got_kind = static_cast<std::uint32_t>(get_le(bytes.data() + 12, 4));
  if (got_kind != kind) return damaged(dir, file, kind, fmt::format("holds a {}", kind_name(got_kind)));
  const std::uint64_t count = get_le(bytes.data() + 16, 8);
  const std::uint64_t archive_length = get_le(bytes.data() + 24, 8);
  const std::uint64_t length = get_le(bytes.data() + 32, 8);
  const std::uint64_t checksum = get_le(bytes.data() + 40, 8);
  if (length != bytes.size() - kFrameHeader)
    return damaged(dir, file, kind,
                   fmt::format("payload is {} bytes, the header says {}", bytes.size() - kFrameHeader, length));
  if (XXH3_64bits(bytes.data() + kFrameHeader, length) != checksum) return damaged(dir, file, kind, "checksum mismatch");
  if (expect && (expect->count != count || expect->bytes != length || expect->checksum != checksum))
    return damaged(dir, file, kind, "it is not the version the manifest lists");
  const char* stored = bytes.data() + kFrameHeader;
  const unsigned long long content = ZSTD_getFrameContentSize(stored, length);
  if (archive_length > kMaxArchiveBytes || content != archive_length)
    return damaged(dir, file, kind, fmt::format("an archive of {} bytes (the compressed frame says {})", archive_length,
                                                content));
  std::string archive(static_cast<std::size_t>(archive_length), '\0');
  const std::size_t n = ZSTD_decompress(archive.data(), archive.size(), stored, length);
  if (ZSTD_isError(n) || n != archive_length) return damaged(dir, file, kind, "the compressed payload does not decompress");
  return archive;
}

bool valid_segment_name(const std::string& name) {
  if (name.size() < 4 || name.size() > 32) return false;
  if (name.rfind("ev-", 0) != 0 && name.rfind("ar-", 0) != 0) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// The manifest of the store directory `dir`, or nullopt if it has none. A directory without a manifest
// that holds anything but our own leftovers is not a store: refused, so that yeonpyo never writes into a
// directory named by mistake.
Result<std::optional<Manifest>> read_manifest(const std::string& dir) {
  const std::string path = join(dir, kManifestFile);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return io_error(path, "cannot read store", errno);
    DIR* d = ::opendir(dir.c_str());
    if (!d) return io_error(dir, "cannot read store directory", errno);
    bool foreign = false, segments = false;
    while (auto* ent = ::readdir(d)) {
      std::string n = ent->d_name;
      if (n == "." || n == "..") continue;
      if (n.ends_with(".seg")) segments = true;
      else if (!n.ends_with(".tmp")) foreign = true;
    }
    ::closedir(d);
    // A store gets an empty MANIFEST when it is created, before any segment: segments without one mean the
    // manifest was lost, and nothing may be written (the segments would be removed as leftovers).
    if (segments && !foreign)
      return damaged(dir, kManifestFile, kManifestKind, "it is missing, but segment files are there");
    if (foreign)
      return Error{ErrorCode::CorruptStore,
                   "not a yeonpyo store (a directory without a MANIFEST that holds other files; is this the right "
                   "--store?)",
                   dir};
    return std::optional<Manifest>{};
  }
  auto bytes = read_whole(path);
  if (!bytes) return bytes.error();
  auto archive = unframe(dir, kManifestFile, bytes.value(), kManifestKind, nullptr);
  if (!archive) return archive.error();
  Manifest m;
  std::string why;
  if (!decode_manifest(archive.value(), m, why))
    return damaged(dir, kManifestFile, kManifestKind, why);
  if (get_le(bytes.value().data() + 16, 8) != m.segments.size())
    return damaged(dir, kManifestFile, kManifestKind, "lists another number of segments than its header");
  std::set<std::string> names;
  for (const auto& s : m.segments) {
    const std::string file_pattern = fmt::format("{}.", s.name);
    bool ok = valid_segment_name(s.name) && names.insert(s.name).second && s.file.rfind(file_pattern, 0) == 0 &&
              s.file.ends_with(".seg") && s.file.find('/') == std::string::npos && s.file.size() < 64;
    if (!ok) return damaged(dir, kManifestFile, kManifestKind, fmt::format("lists a bad segment '{}'", s.name));
  }
  return std::optional<Manifest>{std::move(m)};
}

std::string month_name(const char* prefix, date::sys_days d) {
  date::year_month_day ymd{d};
  return fmt::format("{}-{:04}-{:02}", prefix, static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
}
// Events longer than this many days, or open at the end, go to the long-event segment of their start year:
// a month segment then only holds events ending at most this long after the month, so an ingest or a query
// about a few days touches a few month segments, not every month since the first open-ended event.
constexpr std::int64_t kLongEventDays = 62;
std::string event_segment(const Event& e) {
  if (!e.when.from) return "ev-open";
  if (!e.when.to || (*e.when.to - *e.when.from).count() > kLongEventDays) {
    date::year_month_day ymd{*e.when.from};
    return fmt::format("ev-long-{:04}", static_cast<int>(ymd.year()));
  }
  return month_name("ev", *e.when.from);
}
std::string article_segment(const std::optional<date::year_month_day>& d) {
  return d && d->ok() ? month_name("ar", date::sys_days{*d}) : "ar-none";
}
bool is_event_segment(const SegmentRef& s) { return s.name.rfind("ev-", 0) == 0; }

std::int64_t start_day(const Event& e) { return e.when.from ? e.when.from->time_since_epoch().count() : kOpenStart; }
std::int64_t end_day(const Event& e) { return e.when.to ? e.when.to->time_since_epoch().count() : kOpenEnd; }

// Does event segment `s` possibly hold an event overlapping [lo, hi) (absent sides open)?
bool may_overlap(const SegmentRef& s, std::optional<std::int64_t> lo, std::optional<std::int64_t> hi) {
  return (!hi || s.min_start < *hi) && (!lo || s.max_end > *lo);
}

Result<std::vector<Event>> read_events(const std::string& dir, const SegmentRef& ref) {
  auto bytes = read_whole(join(dir, ref.file));
  if (!bytes) {
    Error e = bytes.error();
    e.message = fmt::format("store is incomplete: event segment {} is listed but cannot be read ({})", ref.file,
                            e.message);
    e.code = ErrorCode::CorruptStore;
    return e;
  }
  auto archive = unframe(dir, ref.file, bytes.value(), kEventsKind, &ref);
  if (!archive) return archive.error();
  std::vector<Event> out;
  std::string why;
  if (!decode_events(archive.value(), out, why))
    return damaged(dir, ref.file, kEventsKind, why);
  if (out.size() != ref.count) return damaged(dir, ref.file, kEventsKind, "holds another number of events than its header");
  for (const auto& e : out)
    if (event_segment(e) != ref.name)
      return damaged(dir, ref.file, kEventsKind, fmt::format("holds event {:016x} of another month", e.id));
  return out;
}

Result<std::vector<Record>> read_articles(const std::string& dir, const SegmentRef& ref) {
  auto bytes = read_whole(join(dir, ref.file));
  if (!bytes) {
    Error e = bytes.error();
    e.message = fmt::format("store is incomplete: article segment {} is listed but cannot be read ({})", ref.file,
                            e.message);
    e.code = ErrorCode::CorruptStore;
    return e;
  }
  auto archive = unframe(dir, ref.file, bytes.value(), kArticlesKind, &ref);
  if (!archive) return archive.error();
  std::vector<Record> out;
  std::string why;
  if (!decode_articles(archive.value(), out, why))
    return damaged(dir, ref.file, kArticlesKind, why);
  if (out.size() != ref.count) return damaged(dir, ref.file, kArticlesKind, "holds another number of articles than its header");
  return out;
}

// Event segments: the open-start segment first, then by name (long-event segments before month ones; the
// loader sorts the events into timeline order).
std::vector<const SegmentRef*> event_segments_in_order(const Manifest& m) {
  std::vector<const SegmentRef*> out;
  for (const auto& s : m.segments)
    if (is_event_segment(s)) out.push_back(&s);
  std::sort(out.begin(), out.end(), [](const SegmentRef* a, const SegmentRef* b) {
    const bool ao = a->name == "ev-open", bo = b->name == "ev-open";
    if (ao != bo) return ao;
    return a->name < b->name;
  });
  return out;
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

// Writes `bytes` to dir/<file>.tmp, fsyncs it and renames it to dir/<file>.
Result<Unit> write_durably(const std::string& dir, const std::string& file, const std::string& bytes) {
  const std::string tmp = join(dir, file + ".tmp"), final_path = join(dir, file);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(dir, fmt::format("cannot write store (creating {})", tmp), errno);
  auto fail = [&](const char* step) {
    int err = errno;
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    return io_error(dir, fmt::format("cannot write store ({} {})", step, tmp), err);
  };
  if (!write_all(fd, bytes.data(), bytes.size())) return fail("writing");
  if (::fsync(fd) != 0) return fail("syncing");
  int rc = ::close(fd);
  fd = -1;
  if (rc != 0) return fail("closing");
  if (::rename(tmp.c_str(), final_path.c_str()) != 0) return fail("renaming");
  return Unit{};
}

void sync_dir(const std::string& dir) {
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)::fsync(dfd);
    ::close(dfd);
  }
}

// Removes our files (*.seg, *.tmp) that the manifest does not name: what an interrupted run left behind,
// and the previous generation after a commit. Only a writer (holding the exclusive lock) calls this.
void remove_unreferenced(const std::string& dir, const Manifest& m) {
  std::set<std::string> keep;
  for (const auto& s : m.segments) keep.insert(s.file);
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  std::vector<std::string> doomed;
  while (auto* ent = ::readdir(d)) {
    std::string n = ent->d_name;
    if ((n.ends_with(".seg") || n.ends_with(".tmp")) && !keep.count(n)) doomed.push_back(n);
  }
  ::closedir(d);
  for (const auto& n : doomed) ::unlink(join(dir, n).c_str());
}

// A segment to (re)write: its name, kind and encoded records.
struct SegmentWrite {
  std::string name;
  std::uint32_t kind = 0;
  std::uint64_t count = 0;
  std::string payload;
  std::int64_t min_start = 0, max_end = 0;
};

SegmentWrite events_write(const std::string& name, const std::vector<Event>& events) {
  SegmentWrite w{name, kEventsKind, events.size(), encode_events(events), kOpenEnd, kOpenStart};
  for (const auto& e : events) {
    w.min_start = std::min(w.min_start, start_day(e));
    w.max_end = std::max(w.max_end, end_day(e));
  }
  return w;
}
SegmentWrite articles_write(const std::string& name, const std::vector<Record>& articles) {
  return SegmentWrite{name, kArticlesKind, articles.size(), encode_articles(articles), 0, 0};
}

// Is this write the same bytes as what the manifest lists under its name? (Then it need not be written.)
bool unchanged(const Manifest& m, const SegmentWrite& w) {
  for (const auto& s : m.segments)
    if (s.name == w.name)
      return s.count == w.count && s.archive_checksum == XXH3_64bits(w.payload.data(), w.payload.size());
  return false;
}

// Commits a new generation: the writes as new files, then the manifest (old segments minus the rewritten
// and the removed, plus the new), then removes what the new manifest does not name.
Result<std::size_t> commit(const std::string& dir, const Manifest& old, std::vector<SegmentWrite> writes,
                           const std::set<std::string>& removed, const std::optional<ArticleOrder>& last) {
  remove_unreferenced(dir, old);  // leftovers of an interrupted run (their names may be this generation's)
  Manifest next;
  next.generation = old.generation + 1;
  if (last) {
    next.has_last = true;
    next.last_day = last->first;
    next.last_key = last->second;
  }
  // A segment written again with the same bytes keeps its file; `removed` never removes a written name.
  std::set<std::string> replaced(removed.begin(), removed.end());
  for (const auto& w : writes) replaced.erase(w.name);
  std::erase_if(writes, [&](const SegmentWrite& w) { return unchanged(old, w); });
  for (const auto& w : writes) replaced.insert(w.name);
  for (const auto& s : old.segments)
    if (!replaced.count(s.name)) next.segments.push_back(s);
  for (const auto& w : writes) {
    SegmentRef ref;
    ref.name = w.name;
    ref.file = fmt::format("{}.{}.seg", w.name, next.generation);
    ref.count = w.count;
    ref.archive_checksum = XXH3_64bits(w.payload.data(), w.payload.size());
    ref.min_start = w.min_start;
    ref.max_end = w.max_end;
    const std::string framed = frame(w.kind, w.count, w.payload);
    if (framed.empty()) return Error{ErrorCode::Internal, fmt::format("cannot compress segment {}", w.name), dir};
    ref.bytes = framed.size() - kFrameHeader;
    ref.checksum = get_le(framed.data() + 40, 8);
    if (auto r = write_durably(dir, ref.file, framed); !r) return r.error();
    next.segments.push_back(std::move(ref));
  }
  std::sort(next.segments.begin(), next.segments.end(),
            [](const SegmentRef& a, const SegmentRef& b) { return a.name < b.name; });
  if (auto r = write_durably(dir, kManifestFile, frame(kManifestKind, next.segments.size(), encode_manifest(next))); !r)
    return r.error();
  sync_dir(dir);
  remove_unreferenced(dir, next);
  return writes.size();
}

enum class What { Everything, EventsInWindow };

// Loads a store directory: every segment, or only the event segments that may overlap [lo, hi).
Result<EventStore> load_dir(const std::string& dir, const Manifest& m, What what, std::optional<std::int64_t> lo = {},
                            std::optional<std::int64_t> hi = {}) {
  EventStore store;
  EventStore::Impl& s = store.impl();
  for (const SegmentRef* ref : event_segments_in_order(m)) {
    if (what == What::EventsInWindow && !may_overlap(*ref, lo, hi)) continue;
    auto evs = read_events(dir, *ref);
    if (!evs) return evs.error();
    s.events.insert(s.events.end(), std::make_move_iterator(evs.value().begin()),
                    std::make_move_iterator(evs.value().end()));
  }
  if (what == What::Everything) {
    for (const auto& ref : m.segments) {
      if (is_event_segment(ref)) continue;
      auto arts = read_articles(dir, ref);
      if (!arts) return arts.error();
      for (auto& a : arts.value()) {
        const std::uint64_t key = a.info.key;
        if (article_segment(a.info.publication_date) != ref.name)
          return damaged(dir, ref.file, kArticlesKind, fmt::format("holds article {:016x} of another month", key));
        if (!s.articles.emplace(key, std::move(a)).second)
          return damaged(dir, ref.file, kArticlesKind, fmt::format("article {:016x} is stored twice", key));
      }
    }
  }
  if (m.has_last) s.last_article = ArticleOrder{m.last_day, m.last_key};
  if (std::is_sorted(s.events.begin(), s.events.end(), timeline_less)) {
    s.rebuild_index();
    s.ids.clear();
    for (const auto& e : s.events) s.ids.insert(e.id);
  } else {
    s.reindex();
  }
  return store;
}

// The whole in-memory store as segment writes.
std::vector<SegmentWrite> all_segments(const EventStore::Impl& s) {
  std::map<std::string, std::vector<Event>> ev;
  for (const auto& e : s.events) ev[event_segment(e)].push_back(e);
  std::map<std::string, std::vector<Record>> ar;
  for (const auto& [key, rec] : s.articles) ar[article_segment(rec.info.publication_date)].push_back(rec);
  std::vector<SegmentWrite> out;
  for (const auto& [name, events] : ev) out.push_back(events_write(name, events));
  for (const auto& [name, recs] : ar) out.push_back(articles_write(name, recs));
  return out;
}

bool is_regular_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
bool exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// Creates a store directory with an empty manifest (generation 0), if `dir` does not exist.
Result<Unit> create_store_dir(const std::string& dir) {
  if (exists(dir)) return Unit{};
  if (::mkdir(dir.c_str(), 0755) != 0) return io_error(dir, "cannot create the store directory", errno);
  Manifest empty;
  if (auto r = write_durably(dir, kManifestFile, frame(kManifestKind, 0, encode_manifest(empty))); !r) return r.error();
  sync_dir(dir);
  return Unit{};
}

// Writes the whole store `s` into the directory `dir` (created if missing) as a new generation.
Result<std::size_t> save_dir(const std::string& dir, const EventStore::Impl& s) {
  if (auto r = create_store_dir(dir); !r) return r.error();
  auto old = read_manifest(dir);
  if (!old) return old.error();  // a damaged store is never overwritten
  Manifest base = old.value().value_or(Manifest{});
  std::set<std::string> removed;
  for (const auto& seg : base.segments) removed.insert(seg.name);
  return commit(dir, base, all_segments(s), removed, s.last_article);
}

}  // namespace

Result<Unit> EventStore::save(const std::string& path) const {
  if (!is_regular_file(path)) {
    auto r = save_dir(path, *impl_);
    if (!r) return r.error();
    return Unit{};
  }
  // A single-file store of an earlier format: write the directory beside it, then swap the two atomically.
  const std::string tmp = fmt::format("{}.new-{}", path, static_cast<long>(::getpid()));
  if (auto r = save_dir(tmp, *impl_); !r) return r.error();
  if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) != 0) {
    int err = errno;
    Manifest none;
    remove_unreferenced(tmp, none);
    ::unlink(join(tmp, kManifestFile).c_str());
    ::rmdir(tmp.c_str());
    return io_error(path, "cannot replace the single-file store by a store directory (renameat2)", err);
  }
  ::unlink(tmp.c_str());  // the old single file, now under the temporary name
  sync_dir(path.find('/') == std::string::npos ? "." : path.substr(0, path.find_last_of('/')));
  return Unit{};
}

Result<EventStore> EventStore::load(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Error{ErrorCode::IoError, "store does not exist", path};
    return io_error(path, "cannot read store", errno);
  }
  if (!S_ISDIR(st.st_mode)) return load_single_file(path);
  auto m = read_manifest(path);
  if (!m) return m.error();
  if (!m.value()) return EventStore{};
  return load_dir(path, *m.value(), What::Everything);
}

Result<EventStore> EventStore::load_or_empty(const std::string& path) {
  if (!exists(path)) return EventStore{};
  return load(path);
}

Result<EventStore> EventStore::load_for_query(const std::string& path, std::optional<date::sys_days> from,
                                              std::optional<date::sys_days> to) {
  if (!exists(path)) return EventStore{};
  if (is_regular_file(path)) return load_single_file(path);
  auto m = read_manifest(path);
  if (!m) return m.error();
  if (!m.value()) return EventStore{};
  std::optional<std::int64_t> lo, hi;
  if (from) lo = from->time_since_epoch().count();
  if (to) hi = (*to + date::days{1}).time_since_epoch().count();
  return load_dir(path, *m.value(), What::EventsInWindow, lo, hi);
}

Result<IngestResult> ingest_into(const std::string& path, std::vector<ArticleInput> batch) {
  IngestResult result;
  // A single-file store of an earlier format: load it whole, ingest, and write it as a directory.
  if (is_regular_file(path)) {
    auto st = load_single_file(path);
    if (!st) return st.error();
    result.reports = st.value().ingest(std::move(batch));
    if (auto r = st.value().save(path); !r) return r.error();
    result.events = st.value().size();
    result.recomputed = true;
    return result;
  }
  if (auto r = create_store_dir(path); !r) return r.error();
  auto read = read_manifest(path);
  if (!read) return read.error();
  const Manifest m = read.value().value_or(Manifest{});
  remove_unreferenced(path, m);
  std::map<std::string, const SegmentRef*> by_name;
  for (const auto& s : m.segments) by_name[s.name] = &s;

  EventStore store;
  EventStore::Impl& s = store.impl();
  if (m.has_last) s.last_article = ArticleOrder{m.last_day, m.last_key};

  // 1. The article segments of the batch's months: whether an article is known is decided there (its key
  // includes its date, so it can only be in its own month's segment).
  std::set<std::string> article_months;
  for (const auto& a : batch) article_months.insert(article_segment(publication_date_of(a)));
  for (const auto& name : article_months) {
    auto it = by_name.find(name);
    if (it == by_name.end()) continue;
    auto arts = read_articles(path, *it->second);
    if (!arts) return arts.error();
    for (auto& a : arts.value()) s.articles.emplace(a.info.key, std::move(a));
  }

  // 2. An article before the last stored one (canonical order): recompute the whole store.
  bool out_of_order = false;
  for (const auto& a : batch) {
    if (s.articles.count(a.key)) continue;
    ArticleInfo info;
    info.key = a.key;
    info.publication_date = publication_date_of(a);
    if (s.last_article && article_order(info) < *s.last_article) out_of_order = true;
  }
  if (out_of_order) {
    auto all = load_dir(path, m, What::Everything);
    if (!all) return all.error();
    result.reports = all.value().ingest(std::move(batch));
    std::set<std::string> removed;
    for (const auto& seg : m.segments) removed.insert(seg.name);
    auto written = commit(path, m, all_segments(all.value().impl()), removed, all.value().impl().last_article);
    if (!written) return written.error();
    result.events = all.value().size();
    result.recomputed = true;
    result.segments_written = written.value();
    return result;
  }

  // 3. The event segments that may hold an event overlapping one of the batch's events.
  std::set<std::string> loaded;
  auto load_segment = [&](const SegmentRef& ref) -> Result<Unit> {
    auto evs = read_events(path, ref);
    if (!evs) return evs.error();
    s.events.insert(s.events.end(), std::make_move_iterator(evs.value().begin()),
                    std::make_move_iterator(evs.value().end()));
    loaded.insert(ref.name);
    return Unit{};
  };
  for (const SegmentRef* ref : event_segments_in_order(m)) {
    bool wanted = false;
    for (const auto& a : batch) {
      for (const auto& e : a.events) {
        std::optional<std::int64_t> lo, hi;
        if (e.when.from) lo = e.when.from->time_since_epoch().count();
        if (e.when.to) hi = e.when.to->time_since_epoch().count();
        if (may_overlap(*ref, lo, hi)) wanted = true;
        if (wanted) break;
      }
      if (wanted) break;
    }
    if (wanted)
      if (auto r = load_segment(*ref); !r) return r.error();
  }
  s.reindex();
  result.reports = store.ingest(std::move(batch));

  // 4. Segments to write: every loaded one (unchanged ones are skipped by commit), and those that receive
  // an event; a listed segment that receives one but was not loaded is loaded and merged first.
  std::map<std::string, std::vector<Event>> groups;
  for (auto& e : s.events) groups[event_segment(e)].push_back(std::move(e));
  for (auto& [name, events] : groups) {
    auto it = by_name.find(name);
    if (it == by_name.end() || loaded.count(name)) continue;
    auto more = read_events(path, *it->second);
    if (!more) return more.error();
    events.insert(events.end(), std::make_move_iterator(more.value().begin()),
                  std::make_move_iterator(more.value().end()));
    std::sort(events.begin(), events.end(), timeline_less);
  }
  std::vector<SegmentWrite> writes;
  std::set<std::string> removed;
  for (const auto& name : loaded)
    if (!groups.count(name)) removed.insert(name);
  for (const auto& [name, events] : groups) writes.push_back(events_write(name, events));
  std::map<std::string, std::vector<Record>> arts;
  for (auto& [key, rec] : s.articles) arts[article_segment(rec.info.publication_date)].push_back(std::move(rec));
  for (const auto& [name, recs] : arts) writes.push_back(articles_write(name, recs));

  auto written = commit(path, m, std::move(writes), removed, s.last_article);
  if (!written) return written.error();
  result.segments_written = written.value();
  // Events in the store: the manifest's counts, updated by what was written.
  std::size_t total = 0;
  auto after = read_manifest(path);
  if (!after) return after.error();
  for (const auto& seg : after.value()->segments)
    if (is_event_segment(seg)) total += seg.count;
  result.events = total;
  return result;
}

}  // namespace yp::store
