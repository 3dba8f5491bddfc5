#!/usr/bin/env bash
# Crash safety of the store (ctest: "cli: store survives SIGKILL during ingest"): builds a store of a few
# hundred articles, then kills `yeonpyo ingest` with SIGKILL at random moments, KILLS times (default 200),
# alternating an article that appends (newest date) and one that forces a recomputation (oldest date, every
# segment rewritten). After every kill the store must pass `store check`, export exactly the old or the new
# state, and the next ingest must finish the job and leave no leftover file.
# Usage: bash tests/cli/crash.sh <yeonpyo binary> <samples dir> [KILLS]
set -euo pipefail

YP=$(realpath "${1:?usage: crash.sh <yeonpyo binary> <samples dir> [kills]}")
SAMPLES=$(cd "${2:?usage: crash.sh <yeonpyo binary> <samples dir> [kills]}" && pwd)
KILLS=${3:-200}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/yeonpyo-crash.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export YEONPYO_STORE="$TMP/default.yps" XDG_DATA_HOME="$TMP/xdg" HOME="$TMP/home"
die() { echo "CRASH FAIL: $*" >&2; exit 1; }
cd "$TMP"

# Articles: the header-form samples re-dated over two years, each with its own title (so its own content).
mkdir gen
n=0
for ((i = 0; i < 40; i++)); do
  for f in "$SAMPLES"/*.txt; do
    head -1 "$f" | grep -q '^date: ' || continue
    d=$(date -u -d "2024-01-01 + $((i * 17 + n % 7)) days" +%F)
    sed -e "1s/^date: .*/date: $d/" -e "2s/\$/ (${i}-${n})/" "$f" >"gen/a$(printf %04d $n).txt"
    n=$((n + 1))
  done
done
sed -e "1s/^date: .*/date: 2027-06-30/" -e "2s/\$/ (newest)/" "$SAMPLES/2025-10-24-altman-apec.txt" >newest.txt
sed -e "1s/^date: .*/date: 2023-06-01/" -e "2s/\$/ (oldest)/" "$SAMPLES/2025-12-04-openai-rocket.txt" >oldest.txt
"$YP" ingest --store base.yps gen/ 2>/dev/null || die "building the base store failed"
events=$("$YP" export --format csv --store base.yps | tail -n +2 | wc -l)
[ "$events" -ge 1000 ] || die "the base store is too small ($events events)"
"$YP" export --format json --store base.yps >old.jsonl

# The two new states, and how long an uncrashed ingest takes (kills are spread over that time).
declare -A new ms
for which in newest oldest; do
  rm -rf ref.yps && cp -r base.yps ref.yps
  t0=$(date +%s%N)
  "$YP" ingest --store ref.yps "$which.txt" 2>/dev/null || die "uncrashed ingest of $which failed"
  ms[$which]=$((($(date +%s%N) - t0) / 1000000 + 1))
  "$YP" export --format json --store ref.yps >"new-$which.jsonl"
  ls ref.yps/*.seg | sed 's|.*/||; s|\..*||' | sort >"names-$which.txt"
  cmp -s old.jsonl "new-$which.jsonl" && die "ingesting $which changed nothing"
done

declare -A seen=([old]=0 [new]=0)
for ((k = 0; k < KILLS; k++)); do
  which=$([ $((k % 2)) -eq 0 ] && echo newest || echo oldest)
  rm -rf work.yps work.yps.lock && cp -r base.yps work.yps
  span=$((ms[$which] + ms[$which] / 5 + 1))
  delay=$((RANDOM % span))
  "$YP" ingest --store work.yps "$which.txt" 2>/dev/null &
  pid=$!
  sleep "$((delay / 1000)).$(printf %03d $((delay % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  "$YP" store check --store work.yps >/dev/null 2>check.err || die "kill $k ($which after ${delay} ms): store check failed: $(cat check.err)"
  "$YP" export --format json --store work.yps >now.jsonl || die "kill $k: export failed"
  if cmp -s now.jsonl old.jsonl; then
    seen[old]=$((seen[old] + 1))
  elif cmp -s now.jsonl "new-$which.jsonl"; then
    seen[new]=$((seen[new] + 1))
  else
    die "kill $k ($which after ${delay} ms): the store is neither the old nor the new state"
  fi
  # The next run finishes the job and removes whatever the killed one left.
  "$YP" ingest --store work.yps "$which.txt" 2>/dev/null || die "kill $k: the next ingest failed"
  "$YP" export --format json --store work.yps >now.jsonl
  cmp -s now.jsonl "new-$which.jsonl" || die "kill $k: the next ingest did not reach the new state"
  ls work.yps | grep -q '\.tmp$' && die "kill $k: a temp file was left: $(ls work.yps)"
  ls work.yps/*.seg | sed 's|.*/||; s|\..*||' | sort >names.txt
  cmp -s names.txt "names-$which.txt" || die "kill $k: leftover or missing segments: $(ls work.yps)"
done
[ "${seen[old]}" -gt 0 ] && [ "${seen[new]}" -gt 0 ] || die "the kills never landed on both sides (old ${seen[old]}, new ${seen[new]})"
echo "crash.sh: $KILLS kills on a store of $events events (ingest ${ms[newest]} ms appending, ${ms[oldest]} ms recomputing): ${seen[old]} left the old state, ${seen[new]} the new one; every store checked, the next run cleaned up"
