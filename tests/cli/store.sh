#!/usr/bin/env bash
# The event store through the real binary (ctest: "cli: store identity, locking, damage"): an article is its
# content (paths, order and repeats do not matter), concurrent ingests lose nothing, damaged stores are
# refused and left untouched. Usage: bash tests/cli/store.sh <yeonpyo binary> <samples dir>
set -euo pipefail

YP=$(realpath "${1:?usage: store.sh <yeonpyo binary> <samples dir>}")
SAMPLES=$(cd "${2:?usage: store.sh <yeonpyo binary> <samples dir>}" && pwd)
DATA=$(cd "$(dirname "$0")/../data" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/yeonpyo-store.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export YEONPYO_STORE="$TMP/default.yps" XDG_DATA_HOME="$TMP/xdg" HOME="$TMP/home"

checks=0
die() { echo "STORE FAIL: $*" >&2; exit 1; }
ok() { checks=$((checks + 1)); }
same() { cmp -s "$1" "$2" || die "$3: $1 and $2 differ: $(diff "$1" "$2" | head -5)"; ok; }
export_of() { "$YP" export --format json --store "$1" >"$2" || die "export of $1 failed"; }
# same_store A B WHAT: two store directories hold the same segments byte for byte (file names differ only
# in their generation number) and dump the same.
same_store() {
  local a=$1 b=$2 f n other
  [ "$(ls "$a"/*.seg | wc -l)" -eq "$(ls "$b"/*.seg | wc -l)" ] || die "$3: $a and $b have different segments"
  for f in "$a"/*.seg; do
    n=$(basename "$f"); n=${n%%.*}
    other=$(ls "$b/$n".*.seg 2>/dev/null | head -1)
    [ -n "$other" ] || die "$3: $b has no segment $n"
    cmp -s "$f" "$other" || die "$3: segment $n differs"
  done
  "$YP" store dump --store "$a" >"$TMP/a.dump" && "$YP" store dump --store "$b" >"$TMP/b.dump" || die "$3: dump failed"
  cmp -s "$TMP/a.dump" "$TMP/b.dump" || die "$3: the dumps differ"
  ok
}

cd "$TMP"
cp -r "$SAMPLES" "$TMP/samples"
mapfile -t files < <(ls samples/*.txt | sort)
[ "${#files[@]}" -ge 4 ] || die "need at least 4 sample articles"

# --- identity: one ingest of samples/ is the reference ---------------------------------------------
"$YP" ingest --store ref.yps samples/ 2>/dev/null
export_of ref.yps ref.jsonl
[ -s ref.jsonl ] || die "the reference store is empty"

# The same articles again under three other spellings of their paths, and on stdin: nothing changes.
cp -r ref.yps again.yps
"$YP" ingest --store again.yps "$TMP/samples" 2>/dev/null
"$YP" ingest --store again.yps ./samples/ 2>/dev/null
"$YP" ingest --store again.yps samples//"$(basename "${files[0]}")" 2>/dev/null
"$YP" ingest --store again.yps - <"${files[1]}" 2>err.txt
grep -qF "already stored" err.txt || die "stdin re-ingest: no 'already stored' line: $(cat err.txt)"
export_of again.yps again.jsonl
same ref.jsonl again.jsonl "re-ingest under other paths and stdin"

# The same files in reverse order, one call per file, and in a shuffled order in one call: same bytes.
for ((i = ${#files[@]} - 1; i >= 0; i--)); do "$YP" ingest --store rev.yps "${files[$i]}" 2>/dev/null; done
same_store ref.yps rev.yps "store bytes, reverse order one by one"
export_of rev.yps rev.jsonl
same ref.jsonl rev.jsonl "export, reverse order one by one"
for seed in 1 2 3; do
  mapfile -t shuffled < <(printf '%s\n' "${files[@]}" | shuf --random-source=<(yes "$seed"))
  "$YP" ingest --store "shuf$seed.yps" "${shuffled[@]}" 2>/dev/null
  same_store ref.yps "shuf$seed.yps" "store bytes, shuffled order $seed"
done

# --- locking: concurrent ingests of disjoint halves lose nothing ----------------------------------
# 2 and 4 writers at once, each with its own articles; the result must be the one-call reference store.
for writers in 2 4; do
  for trial in 1 2 3; do
    rm -rf "conc.yps" "conc.yps.lock"
    pids=()
    for ((w = 0; w < writers; w++)); do
      part=()
      for ((i = w; i < ${#files[@]}; i += writers)); do part+=("${files[$i]}"); done
      "$YP" ingest --store conc.yps "${part[@]}" 2>"conc$w.err" &
      pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || die "a concurrent ingest failed: $(cat conc*.err)"; done
    same_store ref.yps conc.yps "$writers concurrent ingests (trial $trial)"
  done
done

# A writer waits for the lock, says so, and gives up after --lock-timeout with a clear message.
cp -r ref.yps held.yps
flock held.yps.lock sleep 3 &
holder=$!
sleep 0.3
rc=0
"$YP" ingest --store held.yps --lock-timeout 0.5 samples/ 2>held.err || rc=$?
[ "$rc" -eq 4 ] || die "lock timeout: expected exit 4, got $rc: $(cat held.err)"
grep -qF "waiting for another yeonpyo" held.err || die "lock timeout: no waiting note: $(cat held.err)"
grep -qF "gave up after waiting 0.5 s" held.err || die "lock timeout: no clear message: $(cat held.err)"
ok
"$YP" ingest --store held.yps --lock-timeout 10 "${files[0]}" 2>held.err || die "a patient writer failed: $(cat held.err)"
grep -qF "waiting for another yeonpyo" held.err || die "a patient writer did not wait"
wait "$holder"
ok
same_store ref.yps held.yps "a timed-out writer and a repeated article leave the store as it was"

# --- queries: several types and actors, paging, open-ended events -------------------------------------
rows() { "$YP" between 2019-01-01 2027-12-31 --store ref.yps --format csv "$@" 2>/dev/null | tail -n +2; }
a=$(rows --type visit | wc -l); b=$(rows --type meeting | wc -l); ab=$(rows --type visit,meeting | wc -l)
[ "$a" -gt 0 ] && [ "$b" -gt 0 ] && [ "$ab" -eq $((a + b)) ] || die "--type visit,meeting: $ab rows, visit $a + meeting $b"
[ "$(rows --type visit --type meeting | wc -l)" -eq "$ab" ] || die "repeated --type differs from a list"
ok
all=$(rows | wc -l)
: >pages.csv
for off in 0 5 10 15 20 25 30 35 40 45 50 55 60 65 70 75 80; do rows --limit 5 --offset $off >>pages.csv; done
rows >whole.csv
cmp -s pages.csv whole.csv || die "pages of 5 do not add up to the whole result ($all rows)"
"$YP" between 2019-01-01 2027-12-31 --store ref.yps --limit 5 >/dev/null 2>page.err
grep -qF "events 1-5 of $all; next page: --offset 5" page.err || die "paging note: $(cat page.err)"
ok
none=$(rows --open none | wc -l); mixed=$(rows --open mixed | wc -l)
[ "$mixed" -eq "$all" ] && [ "$none" -lt "$all" ] || die "--open: all $all, mixed $mixed, none $none (samples have open-ended events)"
# With the default (last), no bounded event follows an open-ended one.
tr -d '\r' <whole.csv | awk -F, '{ open = ($1 == "" || $2 == ""); if (seen && !open) bad = 1; if (open) seen = 1 } END { exit bad }' \
  || die "between lists a bounded event after an open-ended one"
ok

# --- inspection and damage ------------------------------------------------------------------------
"$YP" store check --store ref.yps --deep >check.out || die "store check of a sound store failed"
grep -qF "ref.yps: ok: " check.out || die "store check: no summary: $(cat check.out)"
ok
"$YP" store dump --store ref.yps >dump.txt || die "store dump failed"
head -1 dump.txt | grep -qF "yeonpyo store dump, format" || die "store dump: no header line"
grep -qF "serialization::archive" dump.txt || die "store dump: not a Boost text archive"
ok
# A flipped byte in the middle of the largest event segment: check, timeline, export and ingest refuse it naming
# the store and the segment; nobody rewrites it.
cp -r ref.yps bad.yps
seg=$(ls -S bad.yps/ev-*.seg | head -1)
size=$(stat -c %s "$seg")
printf '\x5a' | dd of="$seg" bs=1 seek=$((size / 2)) conv=notrunc status=none
cp -r bad.yps bad.orig
for cmd in "store check" "timeline" "export --format csv" "ingest samples/"; do
  rc=0
  # shellcheck disable=SC2086
  "$YP" $cmd --store bad.yps >/dev/null 2>bad.err || rc=$?
  [ "$rc" -eq 5 ] || die "$cmd on a damaged store: expected exit 5, got $rc: $(cat bad.err)"
  grep -qF "bad.yps: store is truncated or corrupt" bad.err || die "$cmd: message does not name the store: $(cat bad.err)"
  grep -qF "$(basename "$seg")" bad.err || die "$cmd: message does not name the segment: $(cat bad.err)"
  diff -r bad.orig bad.yps >/dev/null || die "$cmd changed a damaged store"
  ok
done
# The format-1 store kept in tests/data reads and checks; an ingest turns a copy into a store directory.
"$YP" store check --deep --store "$DATA/format1.yps" >/dev/null || die "the format-1 store does not check"
cp "$DATA/format1.yps" old.yps
before=$("$YP" export --format csv --store old.yps | wc -l)
"$YP" ingest --store old.yps "${files[2]}" 2>/dev/null || die "ingest into a format-1 store failed"
[ -d old.yps ] && [ -f old.yps/MANIFEST ] || die "the format-1 store was not turned into a directory"
after=$("$YP" export --format csv --store old.yps | wc -l)
[ "$after" -gt "$before" ] || die "the format-1 store did not grow ($before -> $after rows)"
"$YP" store check --deep --store old.yps >/dev/null || die "the converted store does not check"
ok

echo "store.sh: $checks checks passed"
