#!/usr/bin/env python3
"""Runs `yeonpyo extract` over JSON Lines articles on a Dask cluster (Debian: python3-distributed).

Each partition of the input (a block of whole lines, --blocksize) is piped through
`yeonpyo extract --input-format jsonl --json --quiet --jobs N -` in a subprocess on a worker, which writes
the events to OUT/part-NNNNN.jsonl; the driver only collects counts and refusals, so its memory does not
grow with the input. Output order: partitions in input order, events in article order within each.

    python3 yeonpyo_dask.py --local 2 --out events/ crawl-*.jsonl            # a LocalCluster, 2 processes
    python3 yeonpyo_dask.py --scheduler tcp://10.0.0.1:8786 --out /shared/events/ /shared/crawl/*.jsonl

On a real cluster the input and OUT must be on a file system every worker sees (NFS, a mounted bucket), and
yeonpyo must be installed on every worker (--yeonpyo names it). docs/distributed.md has the whole recipe.
Exit status: 0, or 3 if any line was refused (each refusal is printed, naming its partition and line), or 1
if yeonpyo failed otherwise on a partition.
"""
import argparse
import glob
import os
import subprocess
import sys


def extract_partition(lines, index, out_dir, yeonpyo, jobs, extra_args):
    """Runs on a worker: one partition's lines through yeonpyo; writes OUT/part-INDEX.jsonl atomically."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines).encode("utf-8")
    cmd = [yeonpyo, "extract", "--input-format", "jsonl", "--json", "--quiet", "--jobs", str(jobs), *extra_args, "-"]
    proc = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    target = os.path.join(out_dir, f"part-{index:05d}.jsonl")
    tmp = f"{target}.tmp-{os.getpid()}"
    with open(tmp, "wb") as f:
        f.write(proc.stdout)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)
    stderr = proc.stderr.decode("utf-8", "replace").splitlines()
    # yeonpyo prints one line per refused article ("yeonpyo: <stdin>:LINE: why"; LINE counts within the partition).
    return {"partition": index, "lines": len(lines), "events": proc.stdout.count(b"\n"),
            "returncode": proc.returncode, "refused": sum(1 for e in stderr if e.startswith("yeonpyo: ")),
            "errors": [f"partition {index}: {e}" for e in stderr]}


def run(client, inputs, out_dir, yeonpyo, blocksize, jobs, extra_args):
    import dask
    import dask.bag as db

    os.makedirs(out_dir, exist_ok=True)
    bag = db.read_text(inputs, blocksize=blocksize, encoding="utf-8")
    tasks = [dask.delayed(extract_partition)(part, i, out_dir, yeonpyo, jobs, extra_args)
             for i, part in enumerate(bag.to_delayed())]
    results = dask.compute(*tasks, scheduler=client.get) if client else dask.compute(*tasks)
    return sorted(results, key=lambda r: r["partition"])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running dask scheduler (tcp://HOST:8786)")
    where.add_argument("--local", type=int, metavar="N", help="start a LocalCluster of N worker processes")
    ap.add_argument("--out", required=True, help="directory for part-NNNNN.jsonl (event JSON Lines)")
    ap.add_argument("--yeonpyo", default="yeonpyo", help="the yeonpyo binary on the workers (default: on PATH)")
    ap.add_argument("--blocksize", default="4MB", help="input bytes per partition (whole lines; default 4MB)")
    ap.add_argument("--jobs", type=int, default=1, help="yeonpyo --jobs per partition (default 1: one core per task)")
    ap.add_argument("--pub-date", help="passed to yeonpyo: the publication date of every article")
    ap.add_argument("inputs", nargs="+", help="JSON Lines files (globs allowed)")
    a = ap.parse_args(argv)

    inputs = []
    for pattern in a.inputs:
        found = sorted(glob.glob(pattern)) or ([pattern] if "://" in pattern else [])
        if not found:
            print(f"yeonpyo_dask: {pattern}: no such file", file=sys.stderr)
            return 2
        inputs.extend(found)
    extra = ["--pub-date", a.pub_date] if a.pub_date else []

    from distributed import Client, LocalCluster

    if a.local:
        cluster = LocalCluster(n_workers=a.local, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster, client = None, Client(a.scheduler)
    try:
        results = run(client, inputs, os.path.abspath(a.out), a.yeonpyo, a.blocksize, a.jobs, extra)
    finally:
        client.close()
        if cluster:
            cluster.close()

    refused = 0
    failed = False
    for r in results:
        for e in r["errors"]:
            print(e, file=sys.stderr)
        if r["returncode"] == 3:
            refused += r["refused"]
        elif r["returncode"] != 0:
            failed = True
    lines = sum(r["lines"] for r in results)
    events = sum(r["events"] for r in results)
    print(f"yeonpyo_dask: {len(results)} partitions, {lines} lines, {events} events, {refused} lines refused; "
          f"events in {a.out}/part-*.jsonl", file=sys.stderr)
    if failed:
        return 1
    return 3 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
