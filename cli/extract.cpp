// `yeonpyo extract`: parse and extract each article, merge within it, print the events; nothing is stored.
// Covered by tests/cli/cli_test.cpp and tests/cli/smoke.sh.
#include "extract.hpp"

#include "common.hpp"
#include "event/extractor.hpp"
#include "export/writer.hpp"
#include "events_input.hpp"
#include "pipeline.hpp"
#include "store/merge.hpp"
#include "text/article.hpp"

#include <iostream>
#include <memory>

namespace yp::cli {

void setup_extract(CLI::App& app) {
  auto opt = std::make_shared<ExtractOptions>();
  auto* sub = app.add_subcommand("extract", "Print the events of articles without storing them (for pipelines)");
  add_article_options(sub, opt->pub_date, opt->aliases, opt->paths);
  sub->add_flag("--json", opt->json, "JSON Lines: one event object per line");
  add_limit_options(sub, opt->limits);
  add_input_format_option(sub, opt->input_format);
  add_jobs_option(sub, opt->jobs);
  add_quiet_option(sub, opt->quiet);
  sub->footer(
      "Examples:\n"
      "  yeonpyo extract --json samples/\n"
      "  yeonpyo extract --pub-date 2025-12-04 --json - < article.txt\n"
      "  yeonpyo extract --json crawl.jsonl > events.jsonl     # JSON Lines: one article per line\n"
      "  zcat crawl.jsonl.gz | yeonpyo extract --input-format jsonl --json --jobs 4 - | jq .summary\n"
      "--json writes each article's events as soon as they are ready (in input order, whatever --jobs);\n"
      "'yeonpyo ingest --events' stores them later. A progress line is shown when stderr is a terminal\n"
      "(--quiet: none). Exit 3 if any file or line was refused (the others are still printed).");
  sub->callback([opt] { finish(run_extract(*opt)); });
}

int run_extract(const ExtractOptions& opt) {
  std::optional<date::year_month_day> pub;
  if (!opt.pub_date.empty()) pub = parse_date(opt.pub_date);
  if (auto al = load_aliases(opt.aliases); !al) return fail(al.error());
  auto files = expand_inputs(opt.paths);
  if (!files) return fail(files.error());
  auto writer = exporter::make_writer(opt.json ? "json" : "table");
  if (!writer) return fail(writer.error());

  PipelineOptions po = pipeline_options(opt, pub);
  // JSON Lines are written article by article as soon as each is extracted (and flushed, so that a consumer
  // downstream in a pipe sees them), keeping memory flat whatever the input. The table cannot stream: its
  // column widths depend on every row, so it keeps the events and writes once at the end.
  const bool stream = opt.json;
  std::vector<event::Event> all;
  // Ids and (with --json) the lines themselves are made on the worker threads; the calling thread only writes.
  po.prepare = [stream](ExtractedArticle& ex) {
    for (auto& e : ex.events)
      if (e.id == 0) e.id = store::compute_id(e);
    if (!stream) return;
    // The event schema of formats.md plus what `ingest --events` needs to store the events as they are:
    // the article's content key and each mention's trigger word (exporter::append_extract_json_line).
    const auto key = store::article_key(ex.article.body, ex.article.publication_date, ex.article.title);
    for (const auto& e : ex.events) {
      exporter::append_extract_json_line(ex.output, e, key);
      ex.output += '\n';
    }
  };
  const auto stats = run_pipeline(files.value(), po, [&](ExtractedArticle&& ex) {
    if (stream) {
      std::cout << ex.output;
      std::cout.flush();
      return;
    }
    for (auto& e : ex.events) all.push_back(std::move(e));
  });
  const std::size_t refused = stats.refused;
  if (!stream) {
    // Article order, then the extractor's order within an article (no re-sorting: this is not the timeline).
    std::vector<const event::Event*> rows;
    rows.reserve(all.size());
    for (const auto& e : all) rows.push_back(&e);
    writer.value()->write(std::cout, rows);
    std::cout.flush();
  }
  if (!std::cout) return fail(Error{ErrorCode::IoError, "cannot write to standard output", "", 0, 0});
  return refused ? exit_code(ErrorCode::MissingDate) : 0;
}

}  // namespace yp::cli
