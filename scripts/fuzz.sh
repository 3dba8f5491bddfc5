#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time on ONE core: one process, no -jobs/-fork (docs/robustness.md).
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    (default 60 s; targets: article normalize
#   extract cli_date store_load jsonl). Builds build-fuzz/ with clang (-DYP_FUZZ=ON), writes seed corpora
#   from samples/, tests/corpus/ and tests/fuzz-regressions/ into build-fuzz/corpus/<target>/ (kept
#   between runs, so minutes add up), and keeps any crash, leak, timeout or OOM input in
#   build-fuzz/findings/<target>/. A finding, once fixed, is copied to tests/fuzz-regressions/<target>/
#   where ctest replays it in the normal build. Exit 1 if any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(article normalize extract cli_date store_load jsonl)
B=${FUZZ_BUILD_DIR:-build-fuzz}

bash scripts/setup.sh
CXX=${FUZZ_CXX:-clang++-14} cmake -S . -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DYP_FUZZ=ON \
  -DYP_BUILD_BENCH=OFF >/dev/null
cmake --build "$B" -j "${JOBS:-2}" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

# A 4-byte date prefix as tests/fuzz/fuzz_check.hpp take_date reads it.
date_prefix() {  # YYYY-MM-DD
  local y=$((10#${1:0:4})) m=$((10#${1:5:2})) d=$((10#${1:8:2})) raw
  if [ "$y" -eq 1 ]; then raw=0; elif [ "$y" -eq 9999 ]; then raw=1; else raw=$(( ((y - 1) << 2) | 2 )); fi
  printf "\\x$(printf %02x $((raw >> 8)))\\x$(printf %02x $((raw & 255)))\\x$(printf %02x $((m - 1)))\\x$(printf %02x $((d - 1)))"
}

seed() {  # target dir
  local t=$1 dir=$2 n=0
  mkdir -p "$dir"
  if [ -d "tests/fuzz-regressions/$t" ]; then cp -n "tests/fuzz-regressions/$t"/* "$dir"/ 2>/dev/null || true; fi
  case $t in
    article)
      cp -n samples/*.txt "$dir"/ ;;
    normalize)
      grep -v '^#' tests/corpus/time_ko.tsv | cut -f2,3 | while IFS=$'\t' read -r ref phrase; do
        [ -n "$phrase" ] || continue
        n=$((n + 1))
        { date_prefix "${ref:0:10}"; printf '\x00%s' "$phrase"; } > "$dir/seed-$n"
        if [ $((n % 10)) -eq 0 ]; then { date_prefix 9999-12-31; printf '\x00%s' "$phrase"; } > "$dir/seed-$n-9999"; fi
        if [ $((n % 10)) -eq 5 ]; then { date_prefix 0001-01-01; printf '\x00%s' "$phrase"; } > "$dir/seed-$n-0001"; fi
      done ;;
    extract)
      awk -F'\t' '/^S/ { print $2 "\t" $3 }' tests/corpus/events_ko.tsv | while IFS=$'\t' read -r ref snippet; do
        n=$((n + 1))
        { date_prefix "$ref"; printf '%s' "$snippet"; } > "$dir/seed-$n"
      done
      for f in samples/*.txt; do { date_prefix 2025-10-24; sed '1,/^$/d' "$f"; } > "$dir/sample-$(basename "$f")"; done ;;
    cli_date)
      for s in 2025-10-24 2025-02-29 2024-02-29 2025-13-01 0000-01-01 0001-01-01 9999-12-31 2025-10-24T09:30 \
               '2025-10-24 23:59' 2025-10-1 2025/10/24 2025.10.24 +2025-10-24 ' 2025-10-24'; do
        n=$((n + 1)); printf '%s' "$s" > "$dir/seed-$n"
      done ;;
    jsonl)  # generated JSON lines (one per seed file) and the samples as lines
      python3 tests/cli/gen_articles.py jsonl --count 40 --seed 5 | while IFS= read -r line; do
        n=$((n + 1)); printf '%s' "$line" > "$dir/gen-$n"
      done
      for f in samples/*.txt; do
        python3 -c 'import json,sys; t=open(sys.argv[1],encoding="utf-8").read(); h,_,b=t.partition("\n\n"); d=dict(l.split(": ",1) for l in h.splitlines() if ": " in l); sys.stdout.write(json.dumps({"id":sys.argv[1],"date":d.get("date","2025-10-24"),"title":d.get("title",""),"body":b},ensure_ascii=False))' "$f" > "$dir/sample-$(basename "$f" .txt)"
      done ;;
    store_load)
      local tmp; tmp=$(mktemp -d)
      "$B/yeonpyo" ingest --store "$tmp/s.yps" samples/ 2>/dev/null || true
      "$B/yeonpyo" ingest --store "$tmp/one.yps" samples/2025-10-24-altman-apec.txt 2>/dev/null || true
      for s in s one; do  # the target's first byte: 0 = the file as is, 1 = a payload given a correct header
        if [ -f "$tmp/$s.yps" ]; then
          { printf '\x00'; cat "$tmp/$s.yps"; } > "$dir/$s-file"
          { printf '\x01'; tail -c +29 "$tmp/$s.yps"; } > "$dir/$s-payload"
        fi
      done
      rm -rf "$tmp" ;;
  esac
}

status=0
for t in "${TARGETS[@]}"; do
  corpus="$B/corpus/$t"
  findings="$B/findings/$t"
  mkdir -p "$findings"
  if [ "$t" = store_load ]; then cmake --build "$B" -j "${JOBS:-2}" --target yeonpyo >/dev/null; fi
  seed "$t" "$corpus"
  dict=()
  if [ -f "tests/fuzz/$t.dict" ]; then dict=(-dict="tests/fuzz/$t.dict"); fi
  # FUZZ_KEEP_GOING=1: fork mode with one worker (still one core), collecting every finding instead of
  # stopping at the first (used for store_load, whose findings are open for the store branch).
  if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then dict+=(-fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1); fi
  echo "fuzz: $t for ${SECONDS_PER_TARGET}s ($(ls "$corpus" | wc -l) corpus inputs)"
  start=$(date +%s)
  if ! "$B/tests/fuzz/fuzz_$t" "$corpus" "${dict[@]}" -max_total_time="$SECONDS_PER_TARGET" -timeout=20 -rss_limit_mb=2048 \
       -malloc_limit_mb=1024 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$findings/" > "$B/findings/$t.log" 2>&1; then
    status=1
    echo "fuzz: $t FOUND something after $(( $(date +%s) - start ))s: see $B/findings/$t.log and $findings/"
  else
    # one process: the final stats; fork mode (FUZZ_KEEP_GOING=1): the last progress line, whose
    # oom/timeout/crash counters must be 0/0/0 (fork mode exits 0 even when it kept findings)
    # (|| true: a pattern that does not occur is no error; set -e and pipefail would end the script here)
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$B/findings/$t.log" | tail -1 | cut -d' ' -f2 || true)
    last=$(grep -o '^#[0-9]*: cov.*oom/timeout/crash: [0-9]*/[0-9]*/[0-9]*' "$B/findings/$t.log" | tail -1 || true)
    [ -n "$runs" ] || runs=$(printf '%s' "$last" | sed -n 's/^#\([0-9]*\):.*/\1/p')
    counters=$(printf '%s' "$last" | grep -o '[0-9]*/[0-9]*/[0-9]*$' || true)
    if [ -n "$(ls -A "$findings")" ] || { [ -n "$counters" ] && [ "$counters" != 0/0/0 ]; }; then
      status=1
      echo "fuzz: $t kept findings (oom/timeout/crash ${counters:-?}) after $(( $(date +%s) - start ))s: see $findings/"
    else
      echo "fuzz: $t ran $(( $(date +%s) - start ))s, nothing found (${runs:-?} runs)"
    fi
  fi
done
exit $status
