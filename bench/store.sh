#!/usr/bin/env bash
# Store benchmark: N generated events (default 1,000,000) ingested in daily batches, then the numbers issue
# #10 asks for, printed as a table with the targets. Not a test: run it by hand, on a quiet machine.
# Usage: bash bench/store.sh [EVENTS] [BUILD_DIR]      (the store goes to a temp dir, removed at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-1000000}
BUILD_DIR=${2:-${BUILD_DIR:-build}}
cmake --build "$BUILD_DIR" --target yp_store_bench yeonpyo >/dev/null
BENCH="$BUILD_DIR/bench/yp_store_bench"
YP="$BUILD_DIR/yeonpyo"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/yeonpyo-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
STORE="$TMP/events.yps"
val() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }

"$BENCH" ingest "$STORE" "$EVENTS" >"$TMP/ingest.txt"
events=$(val events "$TMP/ingest.txt")
secs=$(val seconds "$TMP/ingest.txt")
bytes=$(du -sb "$STORE" | cut -f1)
segments=$(ls "$STORE" | grep -c '\.seg$')
ev_bytes=$(cat "$STORE"/ev-*.seg | wc -c)

# Cold CLI: a new process for one month (load the segments, query, print the table), 5 runs, median.
cold=()
for month in 2022-03 2023-01 2023-08 2024-05 2025-11; do
  last=$(date -u -d "$month-01 + 1 month - 1 day" +%F)
  /usr/bin/time -f "%e %M" -o "$TMP/time.txt" "$YP" between "$month-01" "$last" --store "$STORE" >"$TMP/out.txt" 2>/dev/null
  read -r s kib <"$TMP/time.txt"
  cold+=("$s $kib $(wc -l <"$TMP/out.txt")")
done
cold_med=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)

"$BENCH" query "$STORE" 10000 >"$TMP/query.txt"
"$BENCH" add-one "$STORE" 20 >"$TMP/add.txt"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", a / b }'; }
echo "| measure | result | target |"
echo "|---|---:|---:|"
echo "| events stored (generated: $(val articles "$TMP/ingest.txt") articles × 10 events, 4 years, daily batches) | $events | 1,000,000 |"
echo "| ingest throughput (ingest_into, persistence included, no extractor) | $(ratio "$events" "$secs") events/s ($secs s) | – |"
echo "| peak memory during ingest | $(($(val peak_rss_kib "$TMP/ingest.txt") / 1024)) MiB | < 1024 MiB |"
echo "| bytes per event on disk (whole store: $segments segments) | $(ratio "$bytes" "$events") | < 200 |"
echo "| … of which event segments only | $(ratio "$ev_bytes" "$events") | – |"
echo "| cold CLI \`between\` one month (median of 5: s, peak KiB, lines) | $cold_med | < 0.3 s |"
echo "| warm in-process one-month query p50 / p99 (10,000 queries, avg $(val rows_avg "$TMP/query.txt") rows) | $(val p50_us "$TMP/query.txt") µs / $(val p99_us "$TMP/query.txt") µs | p99 < 1 ms |"
echo "| … loading all event segments for it (once) | $(val load_seconds "$TMP/query.txt") s, $(($(val peak_rss_kib "$TMP/query.txt") / 1024)) MiB | – |"
echo "| add one article to the store (median / max of 20; segments written) | $(val median_ms "$TMP/add.txt") ms / $(val max_ms "$TMP/add.txt") ms; $(val segments_written "$TMP/add.txt") | < 100 ms |"
