#!/usr/bin/env bash
# extract streams: peak memory does not grow with the input. Pipes a generated JSON Lines stream of ~1 MB and
# one of ~8 MB (short articles, tests/cli/gen_articles.py) through the real binary on stdin and compares the
# peak RSS of the two runs (GNU time, %M). Collecting every event before writing (as extract did until the
# pipeline branch) grows by ~70 MB between the two; a streaming run stays within a few MB.
# The growth allowed is 8 MiB, or 5% of the 1 MB run's peak if that is more (an ASan build, scripts/sanitize.sh,
# starts near 440 MB of shadow memory and quarantine, whose size wobbles by a few MB).
# Usage: bash tests/cli/stream_memory.sh <yeonpyo binary> <gen_articles.py> [margin KiB]
set -euo pipefail
YP=$1
GEN=$2
MARGIN_KB=${3:-8192}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
[ -x /usr/bin/time ] || { echo "FAIL: /usr/bin/time is missing (Debian package time, scripts/setup.sh)"; exit 1; }
# Under ASan (scripts/sanitize.sh) freed memory waits in a quarantine of up to 256 MB by default, which fills
# with the input and hides what the program itself keeps: measured 304 MB vs 409 MB for 1 and 8 MB of input.
# A small quarantine measures yeonpyo (45 MB vs 46 MB). Without ASan the variable is ignored.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=8"

peak() {  # bytes-of-input -> peak RSS in KiB; also checks that events came out
  local bytes=$1 out=$TMP/out-$1.jsonl
  python3 "$GEN" jsonl --bytes "$bytes" --seed "$bytes" |
    /usr/bin/time -f %M -o "$TMP/rss-$bytes" "$YP" extract --json --input-format jsonl - > "$out"
  local lines
  lines=$(wc -l < "$out")
  [ "$lines" -gt 0 ] || { echo "FAIL: no events for $bytes bytes"; exit 1; }
  echo "$bytes bytes in: $lines events out, peak RSS $(cat "$TMP/rss-$bytes") KiB" >&2
  cat "$TMP/rss-$bytes"
}

small=$(peak 1000000)
big=$(peak 8000000)
growth=$((big - small))
if [ $((small / 20)) -gt "$MARGIN_KB" ]; then MARGIN_KB=$((small / 20)); fi
echo "peak RSS: ${small} KiB for 1 MB, ${big} KiB for 8 MB: growth ${growth} KiB (allowed ${MARGIN_KB})"
if [ "$growth" -gt "$MARGIN_KB" ]; then
  echo "FAIL: peak memory grows with the input"
  exit 1
fi
echo "ok"
