#!/usr/bin/env python3
"""ctest: contrib/dask/yeonpyo_dask.py on a LocalCluster of two worker processes gives the events of one
single-process `yeonpyo extract --json` over the same ~1,000 generated articles (same lines, same ids, same
order), and reports a refused line with exit status 3.
Usage: dask_check.py <yeonpyo binary> <repository root>"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    yp, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    gen = os.path.join(root, "tests", "cli", "gen_articles.py")
    job = os.path.join(root, "contrib", "dask", "yeonpyo_dask.py")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = []
        for name, count, seed, first in (("a.jsonl", 600, 21, 0), ("b.jsonl", 400, 22, 600)):
            path = os.path.join(tmp, name)
            with open(path, "wb") as f:
                subprocess.run([sys.executable, gen, "jsonl", "--count", str(count), "--seed", str(seed), "--first", str(first)], stdout=f, check=True)
            inputs.append(path)
        with open(inputs[1], "a", encoding="utf-8") as f:
            f.write('{"id": "bad-1", "date": "2025-02-30", "body": "날짜가 틀렸다."}\n')

        single = subprocess.run([yp, "extract", "--json", "--jobs", "1", *inputs], capture_output=True, check=False)
        assert single.returncode == 3, single.stderr
        want = single.stdout.decode("utf-8").splitlines()
        assert len(want) > 2000, len(want)

        out = os.path.join(tmp, "events")
        run = subprocess.run([sys.executable, job, "--local", "2", "--out", out, "--yeonpyo", yp, "--blocksize", "64KB",
                              *inputs], capture_output=True, check=False, timeout=120)
        err = run.stderr.decode("utf-8", "replace")
        assert run.returncode == 3, f"exit {run.returncode}\n{err}"
        assert "bad publication date '2025-02-30'" in err, err
        assert "1 lines refused" in err, err
        parts = sorted(p for p in os.listdir(out) if p.startswith("part-") and p.endswith(".jsonl"))
        assert len(parts) >= 4, parts  # the input really was split (about 0.5 MB in 64 KB blocks)
        got = []
        for p in parts:
            with open(os.path.join(out, p), encoding="utf-8") as f:
                got.extend(f.read().splitlines())

        assert len(got) == len(want), (len(got), len(want))
        assert sorted(got) == sorted(want), "the events differ"
        ids = lambda lines: sorted(json.loads(l)["id"] for l in lines)
        assert ids(got) == ids(want)
        assert got == want, "same events, different order"
        articles = {json.loads(l)["article"] for l in got}
        assert len(articles) == 1000, len(articles)
        print(f"ok: {len(parts)} partitions, {len(got)} events of {len(articles)} articles, identical to one extract run")


if __name__ == "__main__":
    main()
