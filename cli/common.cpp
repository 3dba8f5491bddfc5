// Shared CLI pieces: store path, IsoDate validator, input expansion, atomic writes, the one exit path.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#include "common.hpp"

#include "core/calendar.hpp"
#include "event/aliases.hpp"
#include "event/extractor.hpp"
#include "export/writer.hpp"
#include "store/merge.hpp"
#include "text/utf8.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <new>
#include <stdexcept>
#include <sstream>
#include <system_error>

namespace fs = std::filesystem;

namespace yp::cli {

// ---- errors ---------------------------------------------------------------------------------------

void report(const Error& e) { std::cerr << "yeonpyo: " << e.what() << '\n'; }

int fail(const Error& e) {
  report(e);
  return exit_code(e.code);
}

namespace {
// Thrown by finish() to carry a subcommand's status out of CLI11's callback machinery.
struct Finished {
  int status;
};
}  // namespace

void finish(int status) {
  if (status != 0) throw Finished{status};
}

int run_app(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
    return 0;
  } catch (const Finished& f) {
    return f.status;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);  // help, version
    // One line: the problem, then where the usage is.
    std::string help = "yeonpyo --help";
    for (const auto* sub : app.get_subcommands()) help = "yeonpyo " + sub->get_name() + " --help";
    std::cerr << "yeonpyo: " << e.what() << " (see '" << help << "')\n";
    return exit_code(ErrorCode::BadArgument);
  } catch (const std::bad_alloc&) {
    return fail(Error{ErrorCode::Internal, "out of memory: the inputs are too large for this machine", "", 0, 0});
  } catch (const std::length_error&) {  // what() would only name a library function (basic_string::_M_…)
    return fail(Error{ErrorCode::Internal, "out of memory: the inputs are too large for this machine", "", 0, 0});
  } catch (const std::exception& e) {
    return fail(Error{ErrorCode::Internal, std::string("internal error: ") + e.what(), "", 0, 0});
  } catch (...) {
    return fail(Error{ErrorCode::Internal, "internal error: unknown exception", "", 0, 0});
  }
}

// ---- validators -----------------------------------------------------------------------------------

std::optional<date::year_month_day> parse_date(std::string_view s) {
  // Only the canonical form on the command line: exactly YYYY-MM-DD.
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  return parse_iso_date(s);
}

std::optional<DateTime> parse_date_time(std::string_view s) {
  if (s.size() == 10) {
    auto d = parse_date(s);
    if (!d) return std::nullopt;
    return DateTime{*d, std::nullopt};
  }
  // YYYY-MM-DDTHH:MM
  if (s.size() != 16 || (s[10] != 'T' && s[10] != ' ') || s[13] != ':') return std::nullopt;
  auto d = parse_date(s.substr(0, 10));
  if (!d) return std::nullopt;
  auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  if (!digit(11) || !digit(12) || !digit(14) || !digit(15)) return std::nullopt;
  int h = (s[11] - '0') * 10 + (s[12] - '0');
  int m = (s[14] - '0') * 10 + (s[15] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return DateTime{*d, h * 60 + m};
}

const CLI::Validator IsoDate(
    [](std::string& s) -> std::string {
      if (parse_date(s)) return "";
      if (s.size() == 10 && s[4] == '-' && s[7] == '-')
        return s + " is not a real calendar day (expected YYYY-MM-DD, e.g. 2025-10-24)";
      return s + " is not a date (expected YYYY-MM-DD, e.g. 2025-10-24)";
    },
    "", "IsoDate");

const CLI::Validator IsoDateTime(
    [](std::string& s) -> std::string {
      if (parse_date_time(s)) return "";
      return s + " is not a real date or date and time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2025-10-24T09:30)";
    },
    "", "IsoDateTime");

std::vector<std::string> event_type_names() {
  using event::EventType;
  std::vector<std::string> out;
  for (int t = static_cast<int>(EventType::Visit); t <= static_cast<int>(EventType::Other); ++t)
    out.emplace_back(event::to_string(static_cast<EventType>(t)));
  return out;
}

std::vector<std::string> table_format_names() {
  std::vector<std::string> out;
  for (auto n : exporter::writer_names()) out.emplace_back(n);
  return out;
}

void add_output_options(CLI::App* sub, OutputOptions& o) {
  sub->add_option("--color", o.color, "Colours in the table: auto (when standard output is a terminal and NO_COLOR is unset), always, never")
      ->type_name("WHEN")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "always", "never"}));
  auto* bom = sub->add_flag("--bom", o.bom, "Begin csv/timelinejs-csv with a UTF-8 BOM (the default when writing to a file, for Excel)");
  auto* no_bom = sub->add_flag("--no-bom", o.no_bom, "No BOM (the default on standard output)");
  bom->excludes(no_bom);
  sub->add_flag("--no-formula-guard", o.no_formula_guard,
                "Keep text cells beginning with = + - @ TAB CR as they are (by default they get a leading ' so that spreadsheets do not run them)");
  sub->add_option("--title", o.title, "Title of the timelinejs, html and ics output")->capture_default_str();
}

namespace {
// $COLUMNS when it is a positive number, else the terminal's width when stdout is one, else 0 (no limit).
std::size_t terminal_width() {
  if (const char* c = std::getenv("COLUMNS"); c && *c) {
    char* end = nullptr;
    long v = std::strtol(c, &end, 10);
    if (end && *end == '\0' && v > 0 && v < 100000) return static_cast<std::size_t>(v);
  }
  struct winsize ws {};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
}
}  // namespace

exporter::WriterOptions writer_options(const OutputOptions& o, std::string_view format, bool to_file) {
  exporter::WriterOptions w;
  w.bom = o.bom || (to_file && !o.no_bom && exporter::wants_bom_in_files(format));
  w.formula_guard = !o.no_formula_guard;
  w.title = o.title;
  if (format == "table") {
    w.width = to_file ? 0 : terminal_width();
    if (o.color == "always") {
      w.color = true;
    } else if (o.color == "auto" && !to_file) {
      const char* no_color = std::getenv("NO_COLOR");
      const char* term = std::getenv("TERM");
      w.color = ::isatty(STDOUT_FILENO) && !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
    }
  }
  return w;
}

void report_left_out(const exporter::WriteSummary& s, std::string_view format) {
  if (s.left_out == 0) return;
  std::cerr << "yeonpyo: note: " << s.left_out << (s.left_out == 1 ? " event" : " events") << " left out of " << format
            << ": " << s.why_left_out << '\n';
}

// ---- the store ------------------------------------------------------------------------------------

Result<std::string> default_store_path() {
  auto env = [](const char* name) -> std::string {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
  };
  if (auto p = env("YEONPYO_STORE"); !p.empty()) return p;
  if (auto x = env("XDG_DATA_HOME"); !x.empty()) return (fs::path(x) / "yeonpyo" / "events.yps").string();
  if (auto h = env("HOME"); !h.empty())
    return (fs::path(h) / ".local" / "share" / "yeonpyo" / "events.yps").string();
  return Error{ErrorCode::BadArgument,
               "no store location: set YEONPYO_STORE, XDG_DATA_HOME or HOME, or pass --store FILE", "", 0, 0};
}

Result<std::string> store_path(const std::string& given) {
  if (!given.empty()) return given;
  return default_store_path();
}

Result<store::StoreLock> lock_store(const std::string& path, store::StoreLock::Mode mode, double timeout_seconds) {
  const auto timeout = std::chrono::milliseconds(static_cast<long long>(timeout_seconds * 1000));
  return store::StoreLock::acquire(path, mode, timeout, [&] {
    std::cerr << "yeonpyo: " << path << ": waiting for another yeonpyo "
              << (mode == store::StoreLock::Mode::Exclusive ? "using" : "writing") << " this store (up to "
              << timeout_seconds << " s)\n";
  });
}

namespace {
// One line naming the file, what is wrong, and what to do. The store's own wording is kept.
Error polish_store_error(Error e, const std::string& path) {
  if (e.code == ErrorCode::CorruptStore) {
    const std::string hint = "; the store was left untouched: restore a backup, or delete it and ingest again";
    if (e.message.find("truncated or corrupt") != std::string::npos || e.message.find("incomplete") != std::string::npos)
      e.message += hint;
    else if (e.message.rfind("not a yeonpyo store", 0) == 0) e.message = "store is truncated or corrupt: " + e.message + hint;
    if (e.file.empty()) e.file = path;
    e.line = 0;
  } else if (e.file.empty()) {
    e.file = path;
  }
  return e;
}

Result<store::EventStore> open_with(const std::string& path, bool missing_hint, bool read_lock,
                                    const std::function<Result<store::EventStore>()>& load) {
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  std::optional<store::StoreLock> lock;
  if (read_lock && exists) {
    auto l = lock_store(path, store::StoreLock::Mode::Shared, kDefaultLockTimeoutSeconds);
    if (!l) return l.error();
    lock.emplace(std::move(l.value()));
  }
  if (!exists && missing_hint)
    std::cerr << "yeonpyo: note: " << path << " does not exist yet: no events (run 'yeonpyo ingest PATH...' first)\n";
  auto r = load();
  if (r) return r;
  return polish_store_error(r.error(), path);
}
}  // namespace

Result<store::EventStore> open_store(const std::string& path, bool missing_hint, bool read_lock) {
  return open_with(path, missing_hint, read_lock, [&] { return store::EventStore::load_or_empty(path); });
}

Result<store::EventStore> open_events(const std::string& path, std::optional<date::sys_days> from,
                                      std::optional<date::sys_days> to) {
  return open_with(path, /*missing_hint=*/true, /*read_lock=*/true,
                   [&] { return store::EventStore::load_for_query(path, from, to); });
}

Result<store::IngestResult> ingest_store(const std::string& path, std::vector<store::ArticleInput> batch) {
  auto r = store::ingest_into(path, std::move(batch));
  if (r) return r;
  return polish_store_error(r.error(), path);
}

Result<Unit> load_aliases(const std::string& file) {
  if (file.empty()) return Unit{};
  auto in = read_input(file);
  if (!in) return in.error();
  return event::Aliases::builtin().add_tsv(in.value().bytes, file);
}

int query_and_print(const std::string& store_arg, const store::Query& q, const std::string& format,
                    const std::string& aliases_file, const OutputOptions& output) {
  auto writer = exporter::make_writer(format, writer_options(output, format, /*to_file=*/false));
  if (!writer) return fail(writer.error());
  if (auto al = load_aliases(aliases_file); !al) return fail(al.error());
  auto path = store_path(store_arg);
  if (!path) return fail(path.error());
  auto st = open_events(path.value(), q.from, q.to);  // only the segments that can answer
  if (!st) return fail(st.error());
  auto rows = st.value().query(q);
  if (q.limit || q.offset) {
    const std::size_t total = st.value().count(q);
    if (rows.empty())
      std::cerr << "yeonpyo: no events after the first " << q.offset << " (of " << total << ")\n";
    else
      std::cerr << "yeonpyo: events " << q.offset + 1 << "-" << q.offset + rows.size() << " of " << total
                << (q.offset + rows.size() < total ? "; next page: --offset " + std::to_string(q.offset + rows.size())
                                                   : std::string())
                << '\n';
  }
  auto summary = writer.value()->write(std::cout, rows);
  std::cout.flush();
  report_left_out(summary, format);
  if (!std::cout) return fail(Error{ErrorCode::IoError, "cannot write to standard output", "", 0, 0});
  return 0;
}

void add_store_option(CLI::App* sub, std::string& store) {
  sub->add_option("--store", store, "Event store file (default: $YEONPYO_STORE, else $XDG_DATA_HOME/yeonpyo/events.yps, else ~/.local/share/yeonpyo/events.yps)")
      ->type_name("FILE");
}

void add_article_options(CLI::App* sub, std::string& pub_date, std::string& aliases, std::vector<std::string>& paths) {
  sub->add_option("--pub-date", pub_date, "Publication date for every article: supplies a missing date, overrides a header date")
      ->type_name("YYYY-MM-DD")
      ->check(IsoDate);
  sub->add_option("--aliases", aliases, "Extra entity aliases: TSV lines 'canonical<TAB>alias<TAB>…'")
      ->type_name("FILE")
      ->check(CLI::ExistingFile.description(""));  // the type name already says FILE (not "FILE:FILE")
  sub->add_option("PATH", paths, "Article files, directories (their *.txt and *.jsonl files, recursively), or - for stdin")
      ->required();
}

void add_query_options(CLI::App* sub, QueryOptions& opt, const std::string& open_default) {
  add_store_option(sub, opt.store);
  sub->add_option("--type", opt.types, "Only events of these types (repeat --type, or TYPE1,TYPE2)")
      ->type_name("TYPE")
      ->delimiter(',')
      ->check(CLI::IsMember(event_type_names()));
  sub->add_option("--actor", opt.actors,
                  "Only events whose actor or a participant is one of these entities (repeatable; aliases count: "
                  "알트만 = 샘 알트먼)")
      ->type_name("NAME");
  sub->add_flag("--actor-prefix", opt.actor_prefix,
                "--actor also matches names that start with NAME (삼성 finds 삼성전자, 삼성중공업, 삼성SDI)");
  sub->add_option("--aliases", opt.aliases, "Extra entity aliases for --actor: TSV lines 'canonical<TAB>alias<TAB>…'")
      ->type_name("FILE")
      ->check(CLI::ExistingFile.description(""));  // the type name already says FILE (not "FILE:FILE")
  sub->add_option("--format", opt.format, "Output format: table, csv, tsv, json/jsonl (JSON Lines), timelinejs, timelinejs-csv, html, ics")
      ->type_name("FORMAT")
      ->capture_default_str()
      ->check(CLI::IsMember(table_format_names()));
  sub->add_option("--open", opt.open,
                  "Events with an open side (~ 2025-10-24, 2027-01-01 ~): mixed into the timeline, last after the "
                  "others, or none (default: " + open_default + ")")
      ->type_name("mixed|last|none")
      ->check(CLI::IsMember({"mixed", "last", "none"}));
  sub->add_option("--limit", opt.limit, "Print at most N events (with --offset: one page)")->type_name("N");
  sub->add_option("--offset", opt.offset, "Skip the first N events")->type_name("N");
}

store::Query make_query(const QueryOptions& opt, store::OpenSides open_default) {
  store::Query q;
  for (const auto& t : opt.types)
    if (auto type = event::event_type_from_string(t)) q.types.push_back(*type);
  for (const auto& a : opt.actors)
    if (!a.empty()) q.actors.push_back(a);
  q.actor_prefix = opt.actor_prefix;
  q.open = opt.open == "mixed" ? store::OpenSides::Mixed
           : opt.open == "last" ? store::OpenSides::Last
           : opt.open == "none" ? store::OpenSides::Exclude
                                : open_default;
  q.offset = opt.offset;
  q.limit = opt.limit;
  return q;
}

// ---- inputs ---------------------------------------------------------------------------------------

namespace {
bool hidden(const fs::path& p) {
  auto n = p.filename().string();
  return !n.empty() && n[0] == '.';
}
}  // namespace

Result<std::vector<std::string>> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  if (paths.empty())
    return Error{ErrorCode::BadArgument, "no input: give one or more files, directories, or - for stdin", "", 0, 0};
  for (const auto& given : paths) {
    if (given == "-") {
      out.push_back(given);
      continue;
    }
    std::error_code ec;
    auto st = fs::status(given, ec);
    if (ec || !fs::exists(st))
      return Error{ErrorCode::IoError, "no such file or directory", given, 0, 0};
    if (fs::is_regular_file(st)) {
      out.push_back(given);
      continue;
    }
    if (!fs::is_directory(st))
      return Error{ErrorCode::IoError, "not a regular file or directory", given, 0, 0};
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(given, fs::directory_options::none, ec), end;
    if (ec) return Error{ErrorCode::IoError, "cannot read directory: " + ec.message(), given, 0, 0};
    for (; it != end; it.increment(ec)) {
      if (ec) return Error{ErrorCode::IoError, "cannot read directory: " + ec.message(), given, 0, 0};
      const auto& entry = *it;
      if (hidden(entry.path())) {
        if (entry.is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      // Every *.txt or *.jsonl entry that is not a directory: a regular file is read; a FIFO, socket, device or
      // dangling symbolic link is refused by read_input with a line naming it (never silently skipped).
      const auto ext = entry.path().extension();
      if ((ext == ".txt" || ext == ".jsonl") && !entry.is_directory(ec))
        found.push_back(entry.path().generic_string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

std::string read_stdin() {
  // In blocks: std::cin's buffer, synchronised with stdio, hands over one character per call.
  std::string out;
  char buf[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) out.append(buf, n);
  return out;
}

namespace {
// Why `name` cannot be read as an article without opening it (opening a FIFO would wait for a writer),
// or "" for a regular file (or a link to one).
std::string not_a_regular_file(const std::string& name) {
  std::error_code ec;
  const auto st = fs::status(name, ec);
  if (fs::is_regular_file(st)) return "";
  const auto link = fs::symlink_status(name, ec);
  if (fs::is_symlink(link) && !fs::exists(st)) {
    auto target = fs::read_symlink(name, ec);
    return "dangling symbolic link (its target " + (ec ? std::string("?") : target.string()) + " does not exist): skipped";
  }
  switch (st.type()) {
    case fs::file_type::fifo: return "a FIFO (named pipe), not a regular file: skipped";
    case fs::file_type::socket: return "a socket, not a regular file: skipped";
    case fs::file_type::block:
    case fs::file_type::character: return "a device, not a regular file: skipped";
    case fs::file_type::directory: return "a directory, not a file";
    case fs::file_type::not_found: return "no such file";
    default: return "not a regular file: skipped";
  }
}

std::string mib(std::uintmax_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

}  // namespace

Error too_large_article(const std::string& name, std::uintmax_t size, std::uintmax_t limit, std::size_t line) {
  return Error{ErrorCode::TooLarge,
               std::string(line ? "line" : "article") + " is " + std::to_string(size) + " bytes (" + mib(size) +
                   "), more than the limit of " + std::to_string(limit) + " (" + mib(limit) +
                   "): split it, or raise --max-article-bytes",
               name, line, 0};
}

std::string why_not_readable(const std::string& name) { return not_a_regular_file(name); }

void add_limit_options(CLI::App* sub, ArticleLimits& limits) {
  sub->add_option("--max-article-bytes", limits.max_article_bytes,
                  "Refuse an article file larger than this many bytes (0 = no limit)")
      ->type_name("N")
      ->capture_default_str();
  sub->add_option("--max-expressions", limits.max_expressions,
                  "Refuse an article with more temporal expressions than this (0 = no limit)")
      ->type_name("N")
      ->capture_default_str();
  sub->add_option("--max-events", limits.max_events, "Refuse an article with more events than this (0 = no limit)")
      ->type_name("N")
      ->capture_default_str();
}

Result<InputFile> read_input(const std::string& name) {
  if (name == "-") return InputFile{name, read_stdin()};
  if (auto why = not_a_regular_file(name); !why.empty()) return Error{ErrorCode::IoError, why, name, 0, 0};
  std::ifstream in(name, std::ios::binary);
  if (!in) return Error{ErrorCode::IoError, std::string("cannot open: ") + std::strerror(errno), name, 0, 0};
  // in blocks (an istreambuf_iterator hands over one character per call)
  std::string bytes;
  char block[1 << 16];
  for (;;) {
    in.read(block, sizeof block);
    bytes.append(block, static_cast<std::size_t>(in.gcount()));
    if (!in) break;
  }
  if (in.bad()) return Error{ErrorCode::IoError, "read error", name, 0, 0};
  return InputFile{name, std::move(bytes)};
}

std::uint64_t content_hash(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::string article_name(const InputFile& in) {
  if (in.name != "-") return in.name;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(content_hash(in.bytes)));
  return std::string("stdin:") + hex;
}

Result<ExtractedArticle> extract_article(text::Article article, std::uint64_t hash, const ArticleLimits& limits) {
  ExtractedArticle out;
  out.name = article.name;
  out.hash = hash;
  try {
    out.article = std::move(article);
    auto events = event::extract_events(out.article, event::ExtractLimits{limits.max_expressions, limits.max_events});
    if (!events) {
      Error e = events.error();
      if (e.file.empty()) e.file = out.name;
      return e;
    }
    out.events = std::move(events.value());
    store::merge_coreferent(out.events);
  } catch (const std::bad_alloc&) {
    // One article too big for this machine's memory must not end the run: refuse it, go on.
    return Error{ErrorCode::TooLarge, "out of memory while reading this article: split it, or lower --max-article-bytes",
                 out.name, 0, 0};
  } catch (const std::length_error&) {
    return Error{ErrorCode::TooLarge, "out of memory while reading this article: split it, or lower --max-article-bytes",
                 out.name, 0, 0};
  }
  return out;
}

Result<ExtractedArticle> extract_text_article(const InputFile& in, std::optional<date::year_month_day> pub,
                                              const ArticleLimits& limits) {
  const std::string name = article_name(in);
  if (limits.max_article_bytes && in.bytes.size() > limits.max_article_bytes)
    return too_large_article(in.name == "-" ? "<stdin>" : in.name, in.bytes.size(), limits.max_article_bytes);
  Result<text::Article> art = Error{};
  try {
    art = text::parse_article(in.bytes, name, pub);
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::TooLarge, "out of memory while reading this article: split it, or lower --max-article-bytes",
                 name, 0, 0};
  }
  if (!art) {
    Error e = art.error();
    if (e.file.empty()) e.file = name;
    return e;
  }
  return extract_article(std::move(art.value()), content_hash(in.bytes), limits);
}

Result<Unit> write_file_atomic(const std::string& path, std::string_view content) {
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmpXXXXXX")).string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  int fd = ::mkstemp(buf.data());
  if (fd < 0) return Error{ErrorCode::IoError, std::string("cannot create a file here: ") + std::strerror(errno), path, 0, 0};
  std::string tmp(buf.data());
  auto fail_io = [&](const char* what) -> Result<Unit> {
    int err = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    return Error{ErrorCode::IoError, std::string(what) + ": " + std::strerror(err), path, 0, 0};
  };
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail_io("write failed");
    }
    done += static_cast<std::size_t>(n);
  }
  const mode_t mask = ::umask(0);  // mkstemp made it 0600; give it the mode a plain create would
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) return fail_io("chmod failed");
  if (::fsync(fd) != 0) return fail_io("fsync failed");
  if (::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return Error{ErrorCode::IoError, std::string("close failed: ") + std::strerror(err), path, 0, 0};
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return Error{ErrorCode::IoError, std::string("cannot replace the file: ") + std::strerror(err), path, 0, 0};
  }
  return Unit{};
}

// ---- display --------------------------------------------------------------------------------------

std::string pad(std::string_view s, std::size_t width) {
  std::string out(s);
  std::size_t w = exporter::display_width(s);
  if (w < width) out.append(width - w, ' ');
  return out;
}

void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], exporter::display_width(r[i]));
    }
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (i + 1 == r.size()) line += r[i];
      else line += pad(r[i], widths[i]) + "  ";
    }
    out << line << '\n';
  }
}

}  // namespace yp::cli
