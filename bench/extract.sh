#!/usr/bin/env bash
# The extraction benchmark of issue #9: prints ONE table (Markdown) with CPU-time throughput of every stage
# (bench/extract_bench.cpp, in process, one core), the whole `yeonpyo extract --json` and `yeonpyo ingest` run
# as processes (one core; and all cores as one process per core over slices of the input), peak memory, and
# Python dateparser's search_dates over the same article bodies as the peer — on the generated corpus
# (bench/gen_corpus.py) and, when present, on the real development articles.
#
# Usage: bash bench/extract.sh [ARTICLES] [REPEATS]     (defaults 2000 generated articles, 5 repeats)
# Environment: YP_BUILD (build directory, default build), YP_REALNEWS (default /work/notes/realnews/all/dev, else
# /work/notes/realnews/dev; skipped with a note when absent), YP_BENCH_OUT (where the corpus and stores go, default $YP_BUILD/bench-extract).
# Times are CPU time (user+sys, getrusage), medians of REPEATS runs: the machine is shared, wall time is not
# a measure of our code. MB are 10^6 bytes of article files (headers included).
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-2000}
REPEATS=${2:-5}
BUILD=${YP_BUILD:-build}
REAL=${YP_REALNEWS:-/work/notes/realnews/all/dev}
if [ -z "${YP_REALNEWS:-}" ] && [ ! -d "$REAL" ]; then REAL=/work/notes/realnews/dev; fi  # the older layout
OUT=${YP_BENCH_OUT:-$BUILD/bench-extract}

if [ ! -x "$BUILD/yeonpyo" ] || [ ! -x "$BUILD/bench/yp_extract_bench" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD" -j"$(nproc)" --target yeonpyo yp_extract_bench >/dev/null
fi
# Debian's python3 (where python3-dateparser is installed), even when another python3 comes first in PATH.
PY=python3
if [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; fi
mkdir -p "$OUT"
GEN="$OUT/generated-$ARTICLES"
if [ ! -d "$GEN" ]; then
  "$PY" bench/gen_corpus.py --out "$GEN" --articles "$ARTICLES" --jsonl "$GEN.jsonl"
fi

CORPORA=("generated:$GEN")
NOTES=()
if [ -d "$REAL" ] && ls "$REAL"/*.txt >/dev/null 2>&1; then
  CORPORA+=("real dev:$REAL")
else
  NOTES+=("real development articles not found at $REAL: skipped")
fi
if ! "$PY" -c 'import dateparser' 2>/dev/null; then
  NOTES+=("python3-dateparser is not installed (bash scripts/setup.sh installs it): peer row skipped")
fi

"$PY" - "$BUILD" "$OUT" "$REPEATS" "$(nproc)" "${CORPORA[@]}" <<'PY'
import os, statistics, subprocess, sys, glob, shutil

build, out, repeats, cores = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
corpora = [c.split(":", 1) for c in sys.argv[5:]]
yeonpyo = os.path.join(build, "yeonpyo")
rows = []  # (corpus, measure, MB/s, articles/s, cpu s, peak MiB, note)

def run(cmds):
    """Runs the commands at once; returns (summed CPU seconds, max peak KiB) of all of them."""
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for c in cmds]
    cpu, peak = 0.0, 0
    for p in procs:
        _, status, ru = os.wait4(p.pid, 0)
        if os.waitstatus_to_exitcode(status) not in (0, 3):
            raise SystemExit(f"failed: {p.args}")
        cpu += ru.ru_utime + ru.ru_stime
        peak = max(peak, ru.ru_maxrss)
    return cpu, peak

def median_run(make_cmds, before=None):
    cpus, peaks = [], []
    for _ in range(repeats):
        if before: before()
        c, p = run(make_cmds())
        cpus.append(c); peaks.append(p)
    return statistics.median(cpus), max(peaks)

for name, path in corpora:
    files = sorted(glob.glob(os.path.join(path, "*.txt")))
    nbytes = sum(os.path.getsize(f) for f in files)
    n = len(files)
    mb = nbytes / 1e6
    # stages, in process
    r = subprocess.run([os.path.join(build, "bench", "yp_extract_bench"), "--repeats", str(repeats), path],
                       capture_output=True, text=True, check=True)
    for line in r.stdout.splitlines()[1:]:
        st, _, _, cpu, mbs, aps, _ = line.split("\t")
        rows.append((name, f"stage: {st}", float(mbs), float(aps), float(cpu), None, "in process"))
    # the binary, one core
    for cmd, label in (("extract", "yeonpyo extract --json"), ("ingest", "yeonpyo ingest (new store)")):
        store = os.path.join(out, "store.yps")
        def fresh():
            shutil.rmtree(store, ignore_errors=True)
            if os.path.exists(store): os.remove(store)
        def cmds(parts=1):
            chunks = [files[i::parts] for i in range(parts)]
            if cmd == "extract":
                return [[yeonpyo, "extract", "--json", *c] for c in chunks]
            return [[yeonpyo, "ingest", "--store", f"{store}.{i}" if parts > 1 else store, *c]
                    for i, c in enumerate(chunks)]
        def fresh_all():
            fresh()
            for i in range(cores):
                shutil.rmtree(f"{store}.{i}", ignore_errors=True)
        cpu, peak = median_run(lambda: cmds(1), fresh_all)
        rows.append((name, label + ", 1 process", mb / cpu, n / cpu, cpu, peak / 1024, "CPU time"))
        if cores > 1:
            cpu, peak = median_run(lambda: cmds(cores), fresh_all)
            rows.append((name, label + f", {cores} processes (input halves)", mb / cpu * cores, n / cpu * cores, cpu,
                         peak / 1024, f"CPU time summed; MB/s x{cores} if the cores are free"))
        fresh_all()
    # the peer: dateparser's search_dates over the same bodies, one core
    try:
        import dateparser  # noqa: F401
        code = (
            "import sys, glob, resource\n"
            "from dateparser.search import search_dates\n"
            "files = sorted(glob.glob(sys.argv[1] + '/*.txt'))[: int(sys.argv[2])]\n"
            "bodies = [open(f, encoding='utf-8').read().split('\\n\\n', 1)[-1] for f in files]\n"
            "settings = {'RELATIVE_BASE': __import__('datetime').datetime(2025, 10, 24)}\n"
            "search_dates('워밍업 2025년 10월 24일', languages=['ko'], settings=settings)\n"
            "t0 = resource.getrusage(resource.RUSAGE_SELF)\n"
            "for b in bodies: search_dates(b, languages=['ko'], settings=settings)\n"
            "t1 = resource.getrusage(resource.RUSAGE_SELF)\n"
            "print(t1.ru_utime + t1.ru_stime - t0.ru_utime - t0.ru_stime, sum(len(b.encode()) for b in bodies), len(bodies))\n")
        limit = 200  # dateparser is slow: a sample of the corpus
        cpus = []
        for _ in range(max(1, min(repeats, 3))):
            r = subprocess.run([sys.executable, "-c", code, path, str(limit)], capture_output=True, text=True, check=True)
            cpu, b, k = r.stdout.split()
            cpus.append(float(cpu))
        cpu = statistics.median(cpus)
        rows.append((name, f"peer: dateparser search_dates (first {int(k)} bodies, ko)", int(b) / 1e6 / cpu, int(k) / cpu,
                     cpu, None, "bodies only; time expressions only"))
    except ImportError:
        pass

print("| corpus | measure | MB/s | articles/s | CPU s (median) | peak MiB | note |")
print("|---|---|---:|---:|---:|---:|---|")
for c, m, mbs, aps, cpu, peak, note in rows:
    pk = f"{peak:.0f}" if peak is not None else "–"
    print(f"| {c} | {m} | {mbs:.2f} | {aps:.0f} | {cpu:.3f} | {pk} | {note} |")
PY
for n in "${NOTES[@]+"${NOTES[@]}"}"; do echo "note: $n"; done
