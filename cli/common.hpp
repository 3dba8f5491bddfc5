// Shared pieces of the yeonpyo command line: the default store path, the IsoDate validator, reading
// input files/directories/stdin, opening and saving the store, and the ONE exit path for errors.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh (they run the real binary).
//
// Usage (inside a subcommand's run_X):
//   auto path = yp::cli::store_path(opt.store);            // --store, else the default (see below)
//   if (!path) return yp::cli::fail(path.error());         // prints "yeonpyo: <error>", returns exit code
#pragma once

#include "core/error.hpp"
#include "event/event.hpp"
#include "export/writer.hpp"
#include "store/event_store.hpp"
#include "store/lock.hpp"
#include "text/article.hpp"

#include <CLI/CLI.hpp>
#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace yp::cli {

// ---- errors: the one exit path -------------------------------------------------------------------

// Prints "yeonpyo: <e.what()>" to stderr and returns yp::exit_code(e.code).
int fail(const Error& e);
// Prints "yeonpyo: <e.what()>" to stderr without deciding the exit status (per-file refusals).
void report(const Error& e);
// Parses argv with `app` and runs the chosen subcommand's callback; maps every outcome to an exit
// status: help/version -> 0 (stdout), a bad argument -> "yeonpyo: ..." and 2, a subcommand's own status,
// an unexpected exception -> "yeonpyo: internal error: ..." and 70. Never lets an exception escape.
int run_app(CLI::App& app, int argc, char** argv);
// Used by subcommand callbacks: turns run_X's status into the value run_app returns.
void finish(int status);

// ---- validators and choices ----------------------------------------------------------------------

// CLI11 validator: a real calendar day "YYYY-MM-DD" ("2025-02-30" -> "2025-02-30 is not a real calendar day ...").
extern const CLI::Validator IsoDate;
// CLI11 validator: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (normalize --ref).
extern const CLI::Validator IsoDateTime;
// Parses what IsoDate accepted (nullopt for anything else).
std::optional<date::year_month_day> parse_date(std::string_view s);
// Parses what IsoDateTime accepted: the day and, if given, minutes after midnight.
struct DateTime {
  date::year_month_day day;
  std::optional<int> minutes;
};
std::optional<DateTime> parse_date_time(std::string_view s);

// The event type names (to_string(EventType)) for CLI::IsMember.
std::vector<std::string> event_type_names();
// Output formats of timeline/between and export: every exporter::writer_names() (table, csv, tsv, json,
// jsonl, timelinejs, timelinejs-csv, html, ics).
std::vector<std::string> table_format_names();

// How output is rendered, shared by timeline, between and export (--color, --bom/--no-bom,
// --no-formula-guard, --title).
struct OutputOptions {
  std::string color = "auto";     // --color auto|always|never (table)
  bool bom = false;               // --bom: force a UTF-8 BOM (csv, timelinejs-csv)
  bool no_bom = false;            // --no-bom: never one (the default for standard output)
  bool no_formula_guard = false;  // --no-formula-guard: write cells beginning with = + - @ as they are
  std::string title = "연표";     // --title (timelinejs, html, ics)
};
void add_output_options(CLI::App* sub, OutputOptions& o);
// The writer options for `format` written to a file (to_file) or to standard output: a BOM by default
// only for a csv/timelinejs-csv file; for the table the terminal's width ($COLUMNS, else the terminal's,
// else no limit) and colours (--color auto: stdout is a terminal, NO_COLOR unset or empty, TERM not dumb).
exporter::WriterOptions writer_options(const OutputOptions& o, std::string_view format, bool to_file);
// Says on stderr what a writer left out ("yeonpyo: note: 2 events left out of ics: …").
void report_left_out(const exporter::WriteSummary& s, std::string_view format);

// ---- the store -----------------------------------------------------------------------------------

// $YEONPYO_STORE, else $XDG_DATA_HOME/yeonpyo/events.yps, else $HOME/.local/share/yeonpyo/events.yps.
Result<std::string> default_store_path();
// `given` if non-empty, else default_store_path().
Result<std::string> store_path(const std::string& given);
// Loads the store at `path`; a missing file is an empty store (missing_hint says so on stderr when
// set). A corrupt or truncated file -> CorruptStore "<path>: store is truncated or corrupt ...".
// With read_lock, a shared lock (store::StoreLock) is held while reading, so that a concurrent ingest is
// never seen half-way; a writer that already holds the exclusive lock passes false.
Result<store::EventStore> open_store(const std::string& path, bool missing_hint = false, bool read_lock = true);
// How long a command waits for another yeonpyo that holds the store's lock (ingest: --lock-timeout).
inline constexpr int kDefaultLockTimeoutSeconds = 30;
// Takes the store's lock, telling the user on stderr if it has to wait.
Result<store::StoreLock> lock_store(const std::string& path, store::StoreLock::Mode mode, double timeout_seconds);
// Loads only the events a query over [from, to] needs (the segments that can hold them; no article table),
// under a shared lock; a missing store is empty (with the note on stderr).
Result<store::EventStore> open_events(const std::string& path, std::optional<date::sys_days> from,
                                      std::optional<date::sys_days> to);
// store::ingest_into with the CLI's wording of a damaged store. The caller holds the exclusive lock.
Result<store::IngestResult> ingest_store(const std::string& path, std::vector<store::ArticleInput> batch);

// Runs `q` against the store at `store_arg` (or the default store) and writes the rows to stdout in
// `format` (table|csv|json). Shared by timeline and between. Returns the exit status.
// With --limit/--offset, a note on stderr says which rows were shown and how to get the next page.
int query_and_print(const std::string& store_arg, const store::Query& q, const std::string& format,
                    const std::string& aliases_file = "", const OutputOptions& output = {});
// Adds --store (the default store is named in its help) to a subcommand.
void add_store_option(CLI::App* sub, std::string& store);
// Adds --pub-date, --aliases and the required PATH... of the article-reading subcommands (ingest, extract).
void add_article_options(CLI::App* sub, std::string& pub_date, std::string& aliases, std::vector<std::string>& paths);
// The options timeline and between share.
struct QueryOptions {
  std::string store;                // --store FILE ("" = the default store)
  std::vector<std::string> types;   // --type T (repeatable, or T1,T2)
  std::vector<std::string> actors;  // --actor NAME (repeatable)
  bool actor_prefix = false;        // --actor-prefix: NAME may be the start of a name
  std::string aliases;              // --aliases FILE (extra aliases for --actor)
  std::string format = "table";     // --format table|csv|json
  std::string open;                 // --open mixed|last|none ("" = the command's default)
  std::size_t offset = 0;           // --offset N
  std::size_t limit = 0;            // --limit N (0 = all)
};
// Adds --store, --type, --actor, --actor-prefix, --aliases, --format, --open, --offset, --limit.
void add_query_options(CLI::App* sub, QueryOptions& opt, const std::string& open_default);
// Builds the filter, placement and paging part of a query from the options.
store::Query make_query(const QueryOptions& opt, store::OpenSides open_default);

// Adds the rows of a user alias file (--aliases FILE: "canonical<TAB>alias<TAB>…") to the built-in
// table for this run; errors name FILE:LINE. "" does nothing.
Result<Unit> load_aliases(const std::string& file);

// ---- inputs --------------------------------------------------------------------------------------

// Resource limits per article (docs/robustness.md): an article past one is refused with a message naming
// the limit and its option, and the run goes on with the other inputs. 0 = no limit.
struct ArticleLimits {
  std::uintmax_t max_article_bytes = 8u << 20;  // --max-article-bytes (8 MiB; a news article is < 100 KB)
  std::size_t max_expressions = 20000;          // --max-expressions (temporal expressions in one article)
  std::size_t max_events = 5000;                // --max-events (events found in one article)
};
// Adds --max-article-bytes, --max-expressions and --max-events (defaults shown in --help).
void add_limit_options(CLI::App* sub, ArticleLimits& limits);

struct InputFile {
  std::string name;   // the path as given ("samples/a.txt"), or "-" for stdin
  std::string bytes;  // the file's content
};
// Expands PATH... into files: "-" is stdin, a regular file is itself, a directory contributes its
// *.txt and *.jsonl regular files recursively (hidden entries skipped), sorted by path. A path that does not exist
// or cannot be read -> IoError naming it (nothing is returned then: no partial work).
Result<std::vector<std::string>> expand_inputs(const std::vector<std::string>& paths);
// Reads one expanded input ("-" = stdin).
Result<InputFile> read_input(const std::string& name);
// The article name an input is stored under: its path as given, or for stdin "stdin:<content hash>" so
// that different articles piped in one after another do not replace each other in the store.
std::string article_name(const InputFile& in);
// Reads all of stdin.
std::string read_stdin();
// xxhash (XXH3, 64 bits) of the bytes: the article's content hash in the store.
std::uint64_t content_hash(std::string_view bytes);
// One input read, parsed (pub supplies or overrides the date) and run through the extractor, with the
// coreferent events of the article already merged: the shared first half of `ingest` and `extract`.
struct ExtractedArticle {
  std::string name;        // the article name it is stored under (article_name)
  std::uint64_t hash = 0;  // content_hash of its bytes
  text::Article article;
  std::vector<event::Event> events;
  std::string output;      // what the command prints for it, if rendered on a worker (PipelineOptions::prepare)
};
// Runs the extractor over a parsed article (`hash`: content_hash of the bytes it came from) and merges the
// article's coreferent events. An article past `limits`, or too big for memory, is an Error naming it
// (TooLarge): the caller reports it, counts it and goes on with the other inputs.
Result<ExtractedArticle> extract_article(text::Article article, std::uint64_t hash, const ArticleLimits& limits);
// A text article file read by read_input: the size limit, text::parse_article (pub supplies or overrides
// the date), then extract_article. Errors name the file (and line for invalid UTF-8).
Result<ExtractedArticle> extract_text_article(const InputFile& in, std::optional<date::year_month_day> pub,
                                              const ArticleLimits& limits);
// "article is N bytes (… MiB), more than the limit of …: split it, or raise --max-article-bytes" naming
// `name` (and `line` for one line of a JSON Lines file, where the message says "line").
Error too_large_article(const std::string& name, std::uintmax_t size, std::uintmax_t limit, std::size_t line = 0);
// Why `name` cannot be read as an input without opening it (a FIFO would block, a dangling link …), or ""
// for a regular file or a link to one.
std::string why_not_readable(const std::string& name);
// Writes `content` to `path` atomically: a temp file in the same directory, fsync, rename.
Result<Unit> write_file_atomic(const std::string& path, std::string_view content);

// ---- display -------------------------------------------------------------------------------------

// `s` padded with spaces to `width` display columns.
std::string pad(std::string_view s, std::size_t width);
// Prints rows as aligned columns separated by two spaces (the first row is the header).
void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows);

}  // namespace yp::cli
