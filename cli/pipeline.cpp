// The article pipeline of `ingest` and `extract` (see pipeline.hpp): an input reader that yields one work
// unit per article (a text file, or one line of a JSON Lines file), the work on one unit (parse, extract,
// merge within the article), and the runner that hands results over in input order.
// Covered by tests/cli/pipeline_test.cpp and tests/cli/cli_test.cpp.
#include "pipeline.hpp"

#include "lines.hpp"
#include "text/jsonl.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <utility>

namespace fs = std::filesystem;

namespace yp::cli {

void add_input_format_option(CLI::App* sub, std::string& format) {
  sub->add_option("--input-format", format,
                  "auto: *.jsonl files are JSON Lines (one article per line), the rest one text article each; "
                  "text; jsonl (also for -, standard input)")
      ->type_name("auto|text|jsonl")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
}

void add_quiet_option(CLI::App* sub, bool& quiet) {
  sub->add_flag("--quiet,-q", quiet, "No progress line (it is shown only when stderr is a terminal)");
}

bool progress_wanted(bool quiet) { return !quiet && ::isatty(STDERR_FILENO) == 1; }

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

void add_jobs_option(CLI::App* sub, unsigned& jobs) {
  jobs = default_jobs();
  sub->add_option("--jobs,-j", jobs, "Articles extracted in parallel (default: every core); the output is the same for any N")
      ->type_name("N")
      ->check(CLI::Range(1u, 1024u));
}

InputFormat input_format_from(const std::string& s) {
  if (s == "text") return InputFormat::Text;
  if (s == "jsonl") return InputFormat::Jsonl;
  return InputFormat::Auto;
}

namespace {

bool is_blank_line(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t') return false;
  return true;
}

bool jsonl_name(const std::string& name) { return name.size() > 6 && name.ends_with(".jsonl"); }

}  // namespace

// One article to work on: a whole text file, or one line of a JSON Lines file, or a refusal found while
// reading (the reader keeps input order, so refusals are reported in order too).
struct WorkUnit {
  bool jsonl = false;
  std::string file;            // the input as given ("-" for stdin)
  std::size_t line = 0;        // JSON Lines: 1-based line
  std::string bytes;           // the file's or the line's bytes
  std::optional<Error> error;  // refused while reading
  std::uintmax_t consumed = 0; // input bytes this unit stands for (progress)
};

// What came of one unit.
struct WorkResult {
  std::optional<ExtractedArticle> article;
  std::optional<Error> error;
};

// Yields the work units of the inputs one at a time.
class InputReader {
 public:
  InputReader(const std::vector<std::string>& inputs, const PipelineOptions& opt) : inputs_(inputs), opt_(opt) {}
  ~InputReader() { close_current(); }
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  bool next(WorkUnit& u) {
    for (;;) {
      if (reader_) {
        if (next_line(u)) return true;
        continue;
      }
      if (index_ == inputs_.size()) return false;
      const std::string& name = inputs_[index_++];
      const bool as_jsonl = opt_.format == InputFormat::Jsonl || (opt_.format == InputFormat::Auto && jsonl_name(name));
      u = WorkUnit{};
      u.file = name;
      if (as_jsonl) {
        if (open_jsonl(name, u)) continue;
        return true;  // a refusal: the file could not be opened
      }
      read_text(name, u);
      return true;
    }
  }

 private:
  const std::vector<std::string>& inputs_;
  const PipelineOptions& opt_;
  std::size_t index_ = 0;
  // The JSON Lines file being read.
  int fd_ = -1;
  std::string file_;
  std::unique_ptr<LineReader> reader_;

  std::string display(const std::string& name) const { return name == "-" ? "<stdin>" : name; }

  void read_text(const std::string& name, WorkUnit& u) {
    const auto limit = opt_.limits.max_article_bytes;
    if (name != "-" && limit) {
      std::error_code ec;
      const auto size = fs::file_size(name, ec);
      if (!ec && size > limit) {
        u.error = too_large_article(name, size, limit);
        u.consumed = size;
        return;
      }
    }
    auto in = read_input(name);
    if (!in) {
      u.error = in.error();
      return;
    }
    u.bytes = std::move(in.value().bytes);
    u.consumed = u.bytes.size();
  }

  // Opens a JSON Lines input; false (with u.error) if it cannot be read.
  bool open_jsonl(const std::string& name, WorkUnit& u) {
    if (name == "-") {
      fd_ = STDIN_FILENO;
    } else {
      if (auto why = why_not_readable(name); !why.empty()) {
        u.error = Error{ErrorCode::IoError, why, name, 0, 0};
        return false;
      }
      fd_ = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd_ < 0) {
        u.error = Error{ErrorCode::IoError, std::string("cannot open: ") + std::strerror(errno), name, 0, 0};
        return false;
      }
    }
    file_ = name;
    reader_ = std::make_unique<LineReader>(fd_, static_cast<std::size_t>(opt_.limits.max_article_bytes));
    return true;
  }

  void close_current() {
    if (fd_ >= 0 && fd_ != STDIN_FILENO) ::close(fd_);
    fd_ = -1;
    reader_.reset();
  }

  // The next non-blank line of the current JSON Lines input as a unit; false at its end.
  bool next_line(WorkUnit& u) {
    for (;;) {
      u = WorkUnit{};
      u.jsonl = true;
      u.file = file_;
      std::uintmax_t length = 0;
      const auto got = reader_->next(u.bytes, u.line, length);
      u.consumed = length + 1;
      switch (got) {
        case LineReader::Got::End: close_current(); return false;
        case LineReader::Got::Error:
          u.error = Error{ErrorCode::IoError, std::string("read error: ") + std::strerror(reader_->error()), display(file_), 0, 0};
          close_current();
          return true;
        case LineReader::Got::TooLong:
          u.error = too_large_article(display(file_), length, opt_.limits.max_article_bytes, u.line);
          return true;
        case LineReader::Got::Line:
          if (is_blank_line(u.bytes)) continue;  // blank lines (a trailing one, separators) are no articles
          return true;
      }
    }
  }
};

namespace {

WorkResult work_on(WorkUnit& u, const PipelineOptions& opt) {
  WorkResult r;
  if (u.error) {
    r.error = std::move(u.error);
    return r;
  }
  Result<ExtractedArticle> ex = Error{};
  if (u.jsonl) {
    const std::string file = u.file == "-" ? "<stdin>" : u.file;
    auto art = text::parse_jsonl_article(u.bytes, file, u.line, opt.pub);
    if (!art) {
      r.error = art.error();
      return r;
    }
    ex = extract_article(std::move(art.value()), content_hash(u.bytes), opt.limits);
  } else {
    ex = extract_text_article(InputFile{u.file, std::move(u.bytes)}, opt.pub, opt.limits);
  }
  if (!ex) {
    r.error = ex.error();
    return r;
  }
  if (opt.prepare) opt.prepare(ex.value());
  r.article = std::move(ex.value());
  return r;
}

}  // namespace

std::string PipelineStats::refused_text() const {
  auto n = [](std::size_t k, const char* what) { return std::to_string(k) + " " + what + (k == 1 ? "" : "s"); };
  if (refused_files && refused_lines) return n(refused_files, "file") + " and " + n(refused_lines, "line") + " refused";
  if (refused_files) return n(refused_files, "file") + " refused";
  if (refused_lines) return n(refused_lines, "line") + " refused";
  return "";
}

namespace {

WorkResult work_guarded(WorkUnit& u, const PipelineOptions& opt) {
  const std::string file = u.file == "-" ? "<stdin>" : u.file;
  const std::size_t line = u.line;
  try {
    return work_on(u, opt);
  } catch (const std::bad_alloc&) {
    WorkResult r;
    r.error = Error{ErrorCode::TooLarge, "out of memory while reading this article: split it, or lower --max-article-bytes",
                    file, line, 0};
    return r;
  } catch (const std::exception& e) {
    WorkResult r;
    r.error = Error{ErrorCode::Internal, std::string("internal error: ") + e.what(), file, line, 0};
    return r;
  }
}

// The progress line on stderr: articles done, MB read, MB/s, and an ETA when the total size is known
// (every input a regular file). Redrawn at most 4 times a second in place ("\r", erase line), erased before
// any other stderr line and at the end.
class Progress {
 public:
  Progress(bool on, const std::vector<std::string>& inputs) : on_(on), start_(Clock::now()) {
    if (!on_) return;
    for (const auto& name : inputs) {
      std::error_code ec;
      const auto size = name == "-" ? static_cast<std::uintmax_t>(-1) : fs::file_size(name, ec);
      if (name == "-" || ec) {
        total_ = 0;
        return;
      }
      total_ += size;
    }
  }
  ~Progress() { clear(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void advance(std::uintmax_t bytes) {
    ++articles_;
    bytes_ += bytes;
    if (!on_) return;
    const auto now = Clock::now();
    if (shown_ && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    draw(now);
  }
  void clear() {
    if (!on_ || !shown_) return;
    std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool on_;
  Clock::time_point start_, last_;
  std::uintmax_t total_ = 0, bytes_ = 0;
  std::size_t articles_ = 0;
  bool shown_ = false;

  void draw(Clock::time_point now) {
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(bytes_) / 1e6;
    const double rate = secs > 0 ? mb / secs : 0;
    std::string line = std::to_string(articles_) + (articles_ == 1 ? " article" : " articles");
    char buf[128];
    if (total_) {
      std::snprintf(buf, sizeof buf, ", %.1f of %.1f MB (%.0f%%)", mb, static_cast<double>(total_) / 1e6,
                    100.0 * static_cast<double>(bytes_) / static_cast<double>(total_));
    } else {
      std::snprintf(buf, sizeof buf, ", %.1f MB", mb);
    }
    line += buf;
    std::snprintf(buf, sizeof buf, ", %.2f MB/s", rate);
    line += buf;
    if (total_ && rate > 0 && bytes_ <= total_) {
      const auto eta = static_cast<long>(static_cast<double>(total_ - bytes_) / 1e6 / rate + 0.5);
      std::snprintf(buf, sizeof buf, ", ETA %ld:%02ld", eta / 60, eta % 60);
      line += buf;
    }
    std::cerr << "\r\033[K" << line << std::flush;
    shown_ = true;
  }
};

// Hands results to the caller in input order.
struct Deliver {
  PipelineStats& stats;
  const std::function<void(ExtractedArticle&&)>& on_article;
  Progress& progress;
  void operator()(bool jsonl, std::uintmax_t consumed, WorkResult&& r) {
    progress.advance(consumed);
    if (r.error) {
      progress.clear();
      report(*r.error);
      ++stats.refused;
      ++(jsonl ? stats.refused_lines : stats.refused_files);
    } else {
      ++stats.articles;
      on_article(std::move(*r.article));
    }
  }
};

// The parallel runner: one reader thread, `jobs` workers, the calling thread delivers in order.
class Parallel {
 public:
  Parallel(InputReader& reader, const PipelineOptions& opt, Deliver deliver)
      : reader_(reader), opt_(opt), deliver_(deliver), window_(2 * static_cast<std::size_t>(opt.jobs) + 2) {}

  void run() {
    std::thread producer([this] { produce(); });
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < opt_.jobs; ++i) workers.emplace_back([this] { work(); });
    std::exception_ptr failure;
    try {
      consume();
    } catch (...) {
      failure = std::current_exception();
      std::lock_guard lock(m_);
      stop_ = true;
    }
    space_.notify_all();
    todo_cv_.notify_all();
    producer.join();
    for (auto& t : workers) t.join();
    if (failure) std::rethrow_exception(failure);
    if (read_failure_) std::rethrow_exception(read_failure_);
  }

 private:
  struct Done {
    bool jsonl = false;
    std::uintmax_t consumed = 0;
    WorkResult result;
  };
  InputReader& reader_;
  const PipelineOptions& opt_;
  Deliver deliver_;
  const std::size_t window_;

  std::mutex m_;
  std::condition_variable space_, todo_cv_, done_cv_;
  std::deque<std::pair<std::size_t, WorkUnit>> todo_;
  std::map<std::size_t, Done> done_;
  std::size_t in_flight_ = 0;  // read and not yet delivered
  std::size_t produced_ = 0;
  bool reading_over_ = false, stop_ = false;
  std::exception_ptr read_failure_;

  void produce() {
    try {
      for (;;) {
        {
          std::unique_lock lock(m_);
          space_.wait(lock, [&] { return stop_ || in_flight_ < window_; });
          if (stop_) break;
        }
        WorkUnit u;  // read outside the lock: reading is the slow part of a big file
        if (!reader_.next(u)) break;
        std::lock_guard lock(m_);
        todo_.emplace_back(produced_++, std::move(u));
        ++in_flight_;
        todo_cv_.notify_one();
      }
    } catch (...) {
      std::lock_guard lock(m_);
      read_failure_ = std::current_exception();
    }
    std::lock_guard lock(m_);
    reading_over_ = true;
    todo_cv_.notify_all();
    done_cv_.notify_all();
  }

  void work() {
    for (;;) {
      std::pair<std::size_t, WorkUnit> job;
      {
        std::unique_lock lock(m_);
        todo_cv_.wait(lock, [&] { return stop_ || !todo_.empty() || reading_over_; });
        if (stop_ || todo_.empty()) return;
        job = std::move(todo_.front());
        todo_.pop_front();
      }
      const bool jsonl = job.second.jsonl;
      const std::uintmax_t consumed = job.second.consumed;
      WorkResult r = work_guarded(job.second, opt_);
      job.second = WorkUnit{};  // free the article's bytes before waiting for the lock
      std::lock_guard lock(m_);
      done_.emplace(job.first, Done{jsonl, consumed, std::move(r)});
      done_cv_.notify_all();
    }
  }

  void consume() {
    for (std::size_t next = 0;; ++next) {
      Done d;
      {
        std::unique_lock lock(m_);
        done_cv_.wait(lock, [&] { return done_.count(next) != 0 || (reading_over_ && next == produced_); });
        auto it = done_.find(next);
        if (it == done_.end()) return;  // everything read was delivered
        d = std::move(it->second);
        done_.erase(it);
        --in_flight_;
        space_.notify_one();
      }
      deliver_(d.jsonl, d.consumed, std::move(d.result));
    }
  }
};

}  // namespace

PipelineStats run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& opt,
                           const std::function<void(ExtractedArticle&&)>& on_article) {
  PipelineStats stats;
  InputReader reader(inputs, opt);
  Progress progress(opt.progress, inputs);
  Deliver deliver{stats, on_article, progress};
  if (opt.jobs > 1) {
    Parallel(reader, opt, deliver).run();
    return stats;
  }
  WorkUnit u;
  while (reader.next(u)) {
    const bool jsonl = u.jsonl;
    const std::uintmax_t consumed = u.consumed;
    deliver(jsonl, consumed, work_guarded(u, opt));
  }
  return stats;
}

}  // namespace yp::cli
