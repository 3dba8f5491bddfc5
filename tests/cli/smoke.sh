#!/usr/bin/env bash
# End-to-end smoke test of the yeonpyo binary on samples/ plus fixtures written here (ctest: "cli: smoke on samples").
# Usage: bash tests/cli/smoke.sh <yeonpyo binary> <samples dir>
set -euo pipefail

YP=${1:?usage: smoke.sh <yeonpyo binary> <samples dir>}
SAMPLES=${2:?usage: smoke.sh <yeonpyo binary> <samples dir>}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/yeonpyo-smoke.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# Never touch the user's real store: every default-store path points into $TMP.
export YEONPYO_STORE="$TMP/default.yps" XDG_DATA_HOME="$TMP/xdg" HOME="$TMP/home"
# The table fits $COLUMNS and NO_COLOR turns colours off: the caller's values must not change what is checked.
unset COLUMNS NO_COLOR

checks=0
die() { echo "SMOKE FAIL: $*" >&2; exit 1; }
ok() { checks=$((checks + 1)); }
# run CMD... : runs it with stdout -> $TMP/out, stderr -> $TMP/err, exit status -> $rc (never aborts).
run() { rc=0; "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?; }
expect_rc() { [ "$rc" -eq "$1" ] || die "$2: expected exit $1, got $rc; stderr: $(head -c 600 "$TMP/err")"; ok; }
expect_err() { grep -qF -- "$1" "$TMP/err" || die "$2: stderr lacks '$1'; stderr: $(head -c 600 "$TMP/err")"; ok; }
expect_out() { grep -qF -- "$1" "$TMP/out" || die "$2: stdout lacks '$1'; stdout: $(head -c 600 "$TMP/out")"; ok; }
# data rows (lines starting with a date) of a CSV on stdin, CR stripped
csv_rows() { tr -d '\r' | grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2},' || true; }

[ -x "$YP" ] || die "no executable at $YP"
[ -d "$SAMPLES" ] || die "no samples directory at $SAMPLES"
ls "$SAMPLES"/*.txt >/dev/null 2>&1 || die "no *.txt articles in $SAMPLES"

# --- help: to stdout, exit 0, every command shows an example --------------------------------------
run "$YP" --help
expect_rc 0 "yeonpyo --help"
expect_out "Examples:" "yeonpyo --help"
for cmd in ingest timeline between export normalize extract; do
  run "$YP" "$cmd" --help
  expect_rc 0 "yeonpyo $cmd --help"
  expect_out "Examples:" "yeonpyo $cmd --help"
  expect_out "yeonpyo $cmd" "yeonpyo $cmd --help (example names the command)"
  grep -q 'FILE:FILE' "$TMP/out" && die "yeonpyo $cmd --help shows the confusing FILE:FILE"; ok
done

# --- ingest samples/ into a temp store ------------------------------------------------------------
STORE="$TMP/s/events.yps"   # its directory does not exist yet: ingest must create it
run "$YP" ingest --store "$STORE" "$SAMPLES"
expect_rc 0 "ingest samples"
expect_err "ingested " "ingest samples reports per file"
nfiles=$(find "$SAMPLES" -name '*.txt' -type f | wc -l)
nrep=$(grep -c '^ingested ' "$TMP/err" || true)
[ "$nrep" -eq "$nfiles" ] || die "ingest samples: $nfiles *.txt files but $nrep 'ingested' lines"; ok
[ -s "$STORE" ] || die "ingest samples: store $STORE was not written"; ok
grep -E '^ingested .*: [0-9]+ events? \([0-9]+ new, [0-9]+ merged' "$TMP/err" >/dev/null \
  || die "ingest report format: $(head -3 "$TMP/err")"; ok

# --- timeline: rows, sorted -------------------------------------------------------------------------
run "$YP" timeline --store "$STORE"
expect_rc 0 "timeline (table)"
[ "$(wc -l <"$TMP/out")" -ge 2 ] || die "timeline (table) printed fewer than 2 lines: $(cat "$TMP/out")"; ok
run "$YP" timeline --store "$STORE" --format csv
expect_rc 0 "timeline --format csv"
head -1 "$TMP/out" | tr -d '\r' | grep -q '^start,end,grain,type,actor,participants,location,polarity,modality,summary,article' \
  || die "timeline csv header: $(head -1 "$TMP/out")"; ok
# The reference facts restated in samples/ survive the store's merging as separate events: the summer-to-autumn
# talks with 스톡 스페이스 must not fold into the 1 October meetings in Seoul (same actor, overlapping time).
csv_rows <"$TMP/out" | grep -q '^2025-06-01,2025-11-30,.*,meeting,샘 알트먼,스톡 스페이스' \
  || die "timeline: the 2025-06..2025-11 meeting with 스톡 스페이스 is missing"; ok
csv_rows <"$TMP/out" | grep -q '^2025-10-01,2025-10-01,day,meeting,샘 알트먼,' \
  || die "timeline: the 2025-10-01 meeting of 샘 알트먼 is missing"; ok
csv_rows <"$TMP/out" | grep -q '^2025-10-28,2025-10-31,day,cancellation,샘 알트먼,.*,negative,planned,' \
  || die "timeline: the APEC non-attendance (negative, planned) is missing"; ok
csv_rows <"$TMP/out" | cut -d, -f1 >"$TMP/starts"
nrows=$(wc -l <"$TMP/starts")
[ "$nrows" -ge 5 ] || die "timeline csv: only $nrows dated events from samples/"; ok
sort -c "$TMP/starts" 2>/dev/null || die "timeline is not in date order: $(tr '\n' ' ' <"$TMP/starts")"; ok

run "$YP" export --store "$STORE" --format json
expect_rc 0 "export json"
count1=$(wc -l <"$TMP/out")
[ "$count1" -ge 5 ] || die "export json: only $count1 events"; ok
grep -q '"type"' "$TMP/out" || die "export json lacks a type field"; ok

# --- timeline on a terminal (a pty from script(1)): colours, the terminal's width, NO_COLOR -----------------
on_tty() { script -qec "stty cols 70 2>/dev/null; $*" /dev/null; }
on_tty "'$YP' timeline --store '$STORE'" >"$TMP/tty.txt" 2>&1 || die "timeline on a terminal failed: $(head -c 400 "$TMP/tty.txt")"
grep -q $'\e\[' "$TMP/tty.txt" || die "timeline on a terminal: no colours"; ok
grep -q '■ 2025년 10월' "$TMP/tty.txt" || die "timeline on a terminal: no month groups"; ok
# Every line fits the terminal's 70 columns, counted as a terminal does (Hangul two columns).
python3 - "$TMP/tty.txt" <<'PY' || die "timeline on a 70-column terminal is wider than 70 columns"
import re, sys, unicodedata
text = re.sub(r"\x1b\[[0-9;]*m", "", open(sys.argv[1], encoding="utf-8").read()).replace("\r", "")
wide = [l for l in text.split("\n") if sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l) > 70]
sys.exit(1 if wide else 0)
PY
ok
NO_COLOR=1 on_tty "'$YP' timeline --store '$STORE'" >"$TMP/tty.txt" 2>&1
grep -q $'\e\[' "$TMP/tty.txt" && die "timeline on a terminal: colours despite NO_COLOR"; ok
on_tty "'$YP' timeline --store '$STORE' --color never" >"$TMP/tty.txt" 2>&1
grep -q $'\e\[' "$TMP/tty.txt" && die "timeline on a terminal: colours despite --color never"; ok

# --- re-ingest: same count ----------------------------------------------------------------------------
run "$YP" ingest --store "$STORE" "$SAMPLES"
expect_rc 0 "re-ingest samples"
run "$YP" export --store "$STORE" --format json
count2=$(wc -l <"$TMP/out")
[ "$count1" -eq "$count2" ] || die "re-ingest changed the event count: $count1 -> $count2"; ok

# --- export csv: header, -o atomically ------------------------------------------------------------------
run "$YP" export --store "$STORE" --format csv -o "$TMP/out.csv"
expect_rc 0 "export csv -o"
head -c 3 "$TMP/out.csv" | od -An -tx1 | grep -q 'ef bb bf' || die "export csv -o: no UTF-8 BOM (Excel needs it)"; ok
head -1 "$TMP/out.csv" | tr -d '\r' | sed 's/^\xEF\xBB\xBF//' | grep -q '^start,end,grain,type,actor,participants,location,polarity,modality,summary,article' \
  || die "export csv header: $(head -1 "$TMP/out.csv")"; ok
ls -A "$TMP" | grep -q '\.tmp' && die "export -o left a temp file in $TMP"; ok
run "$YP" export --store "$STORE" --format xml
expect_rc 2 "export --format xml"
expect_err "csv" "export --format xml lists the choices"

# --- between / --within ----------------------------------------------------------------------------------
first=$(head -1 "$TMP/starts"); last=$(tail -1 "$TMP/starts")
run "$YP" between "$first" "$last" --store "$STORE" --format csv
expect_rc 0 "between $first $last"
nb=$(csv_rows <"$TMP/out" | wc -l)
[ "$nb" -ge 1 ] || die "between $first $last found nothing"; ok
run "$YP" between "$first" "$last" --within --store "$STORE" --format csv
expect_rc 0 "between --within"
nw=$(csv_rows <"$TMP/out" | wc -l)
[ "$nw" -le "$nb" ] || die "between --within ($nw) found more than overlap ($nb)"; ok
while IFS=, read -r s e; do
  [[ "$s" > "$first" || "$s" == "$first" ]] || die "--within row starts $s before $first"
  [[ -n "$e" && ( "$e" < "$last" || "$e" == "$last" ) ]] || die "--within row ends '$e' after $last"
done < <(csv_rows <"$TMP/out" | cut -d, -f1,2); ok
run "$YP" between 1900-01-01 1900-12-31 --store "$STORE" --format csv
expect_rc 0 "between in 1900"
[ "$(csv_rows <"$TMP/out" | wc -l)" -eq 0 ] || die "between 1900-01-01 1900-12-31 found events"; ok
run "$YP" between 2025-10-31 2025-10-01 --store "$STORE"
expect_rc 2 "between FROM > TO"
expect_err "2025-10-31" "between FROM > TO names the dates"

# --- impossible dates are rejected ---------------------------------------------------------------------
run "$YP" between 2025-02-30 2025-03-01 --store "$STORE"
expect_rc 2 "between 2025-02-30"
expect_err "2025-02-30" "between 2025-02-30 names the value"
run "$YP" ingest --store "$TMP/never.yps" --pub-date 2025-02-30 "$SAMPLES"
expect_rc 2 "ingest --pub-date 2025-02-30"
expect_err "2025-02-30" "ingest --pub-date 2025-02-30 names the value"
[ ! -e "$TMP/never.yps" ] || die "a rejected ingest created a store"; ok

# --- undated article refused (exit 3), a dated one in the same run still goes in -------------------------
mkdir -p "$TMP/mixed"
printf 'date: 2025-10-24\ntitle: 시험 기사\n\n한빛전자는 24일 서울 본사에서 새 스마트폰을 공개했다고 밝혔다.\n' >"$TMP/mixed/a-dated.txt"
printf '한빛전자는 지난 1일 부산에 연구소를 개소했다.\n' >"$TMP/mixed/b-undated.txt"
STORE2="$TMP/mixed.yps"
run "$YP" ingest --store "$STORE2" "$TMP/mixed"
expect_rc 3 "ingest with an undated article"
expect_err "b-undated.txt" "undated refusal names the file"
expect_err "--pub-date" "undated refusal says how to fix it"
expect_err "ingested $TMP/mixed/a-dated.txt" "the dated article still went in"
[ -s "$STORE2" ] || die "the dated article's store was not saved"; ok
run "$YP" ingest --store "$STORE2" --pub-date 2025-12-04 "$TMP/mixed/b-undated.txt"
expect_rc 0 "ingest --pub-date supplies the date"

# --- inline first-line date form ----------------------------------------------------------------------------
printf 'date 2025-10-24 한빛전자는 24일 신제품을 출시했다.\n\n회사는 내달 공장을 연다.\n' >"$TMP/inline.txt"
run "$YP" ingest --store "$TMP/inline.yps" "$TMP/inline.txt"
expect_rc 0 "ingest inline 'date YYYY-MM-DD' form"

# --- invalid UTF-8 names file:line ---------------------------------------------------------------------------
printf 'date: 2025-10-24\n\n첫 문장이다.\n\xff\xfe 깨진 줄\n' >"$TMP/bad.txt"
run "$YP" ingest --store "$TMP/bad.yps" "$TMP/bad.txt"
expect_rc 3 "ingest invalid UTF-8"
expect_err "bad.txt:4" "invalid UTF-8 names file:line"

# --- missing input: nothing happens -----------------------------------------------------------------------------
run "$YP" ingest --store "$TMP/missing.yps" "$TMP/no-such-file.txt"
expect_rc 4 "ingest a missing file"
expect_err "no-such-file.txt" "missing file is named"
[ ! -e "$TMP/missing.yps" ] || die "ingest of a missing file created a store"; ok

# --- a truncated store (its largest event segment cut in half): exit 5, one line, untouched ----------------------------
cp -r "$STORE" "$TMP/trunc.yps"
seg=$(ls -S "$TMP"/trunc.yps/ev-*.seg | head -1)
size=$(wc -c <"$seg")
truncate -s $((size / 2)) "$seg"
cp -r "$TMP/trunc.yps" "$TMP/trunc.orig"
for cmd in "timeline" "export --format csv" "ingest $SAMPLES"; do
  # shellcheck disable=SC2086
  run "$YP" $cmd --store "$TMP/trunc.yps"
  expect_rc 5 "$cmd on a truncated store"
  expect_err "store is truncated or corrupt" "$cmd on a truncated store"
  [ "$(wc -l <"$TMP/err")" -eq 1 ] || die "$cmd on a truncated store: expected one line on stderr, got: $(cat "$TMP/err")"; ok
  diff -r "$TMP/trunc.yps" "$TMP/trunc.orig" >/dev/null || die "$cmd modified the truncated store"; ok
done
printf 'not a store at all\n' >"$TMP/garbage.yps"
run "$YP" timeline --store "$TMP/garbage.yps"
expect_rc 5 "timeline on a garbage file"

# --- default store: $YEONPYO_STORE, then $XDG_DATA_HOME ----------------------------------------------------------------
run "$YP" ingest "$TMP/mixed/a-dated.txt"
expect_rc 0 "ingest into \$YEONPYO_STORE"
[ -s "$YEONPYO_STORE/MANIFEST" ] || die "ingest with no --store did not write \$YEONPYO_STORE"; ok
run env -u YEONPYO_STORE "$YP" ingest "$TMP/mixed/a-dated.txt"
expect_rc 0 "ingest into \$XDG_DATA_HOME"
[ -s "$XDG_DATA_HOME/yeonpyo/events.yps/MANIFEST" ] || die "ingest did not create \$XDG_DATA_HOME/yeonpyo/events.yps"; ok
run env -u YEONPYO_STORE -u XDG_DATA_HOME "$YP" ingest "$TMP/mixed/a-dated.txt"
expect_rc 0 "ingest into ~/.local/share"
[ -s "$HOME/.local/share/yeonpyo/events.yps/MANIFEST" ] || die "ingest did not create ~/.local/share/yeonpyo/events.yps"; ok

# --- normalize and extract ---------------------------------------------------------------------------------------
run "$YP" normalize --ref 2025-10-24 --json "오는 28일부터 31일까지 경주에서 열린다."
expect_rc 0 "normalize --json"
expect_out '"offset"' "normalize --json prints offsets"
expect_out '"start":"2025-10-28"' "normalize: 오는 28일부터 31일까지 starts 2025-10-28"
expect_out '"end":"2025-10-31"' "normalize: 오는 28일부터 31일까지 ends 2025-10-31"
run "$YP" normalize --ref 2025-10-24 "지난 2월 방한했다."
expect_rc 0 "normalize table"
expect_out "2025-02-01" "normalize table: 지난 2월 -> February 2025"
run "$YP" normalize --ref 2025-10-24T25:00 "오늘"
expect_rc 2 "normalize --ref with hour 25"
run "$YP" extract --json "$TMP/mixed/a-dated.txt"
expect_rc 0 "extract --json"
run "$YP" extract --json "$TMP/mixed/b-undated.txt"
expect_rc 3 "extract an undated article"

echo "smoke: $checks checks passed ($nrows events from $nfiles sample files)"
