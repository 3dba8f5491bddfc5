#!/usr/bin/env python3
"""Checks a batch's gold.jsonl (FORMAT.md) against its articles and adds byte offsets.

  check_gold.py BATCH_DIR            # errors, or a summary
  check_gold.py BATCH_DIR --out F    # also writes the gold with "offset" (UTF-8 bytes in the body)
"""
import argparse
import datetime
import json
import os
import sys

GRAINS = {"day", "week", "month", "quarter", "half", "season", "year", "part", "span", "duration"}
TYPES = {"visit", "meeting", "contract", "agreement", "announcement", "investment", "acquisition",
         "opening", "founding", "launch", "cancellation", "statement", "other"}
POLARITY = {"positive", "negative"}
MODALITY = {"actual", "planned", "hypothetical", "reported"}


def read_article(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, _, body = text.partition("\n\n")
    dct = next((l[5:].strip() for l in head.split("\n") if l.startswith("date:")), None)
    return dct, body


def byte_offset(body, text, n):
    """Byte offset of the n-th occurrence (1-based) of text in body, or None."""
    at = -1
    for _ in range(n):
        at = body.find(text, at + 1)
        if at < 0:
            return None
    return len(body[:at].encode("utf-8"))


def day(v):
    if v is None:
        return True
    try:
        datetime.date.fromisoformat(v)
        return len(v) == 10
    except (TypeError, ValueError):
        return False


def check(batch, out=None):
    errors = []
    fixed = []
    articles = {f[:-4] for f in os.listdir(batch) if f.endswith(".txt")}
    seen = set()
    with open(os.path.join(batch, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"gold.jsonl:{ln}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON: {e}")
                continue
            aid = g.get("id")
            if aid not in articles:
                errors.append(f"{where}: unknown article id {aid!r}")
                continue
            seen.add(aid)
            dct, body = read_article(os.path.join(batch, aid + ".txt"))
            for t in g.get("times", []):
                w = f"{where} ({aid}) time {t.get('text')!r}"
                off = byte_offset(body, t.get("text") or "\0", int(t.get("n", 1)))
                if off is None:
                    errors.append(f"{w}: occurrence {t.get('n', 1)} not found in the body")
                t["offset"] = off
                if t.get("grain") not in GRAINS:
                    errors.append(f"{w}: grain {t.get('grain')!r} not one of {sorted(GRAINS)}")
                if not day(t.get("start")) or not day(t.get("end")):
                    errors.append(f"{w}: start/end must be YYYY-MM-DD or null")
                elif t.get("start") and t.get("end") and t["start"] > t["end"]:
                    errors.append(f"{w}: start after end")
            for e in g.get("events", []):
                w = f"{where} ({aid}) event {e.get('trigger')!r}"
                off = byte_offset(body, e.get("trigger") or "\0", int(e.get("n", 1)))
                if off is None:
                    errors.append(f"{w}: occurrence {e.get('n', 1)} not found in the body")
                e["offset"] = off
                if e.get("type") not in TYPES:
                    errors.append(f"{w}: type {e.get('type')!r} not one of {sorted(TYPES)}")
                if e.get("polarity") not in POLARITY:
                    errors.append(f"{w}: polarity {e.get('polarity')!r}")
                if e.get("modality") not in MODALITY:
                    errors.append(f"{w}: modality {e.get('modality')!r}")
                if not day(e.get("start")) or not day(e.get("end")):
                    errors.append(f"{w}: start/end must be YYYY-MM-DD or null")
                if not isinstance(e.get("actor", ""), str) or not isinstance(e.get("participants", []), list):
                    errors.append(f"{w}: actor must be a string and participants a list")
                if not isinstance(e.get("main", False), bool):
                    errors.append(f"{w}: main must be true or false")
            g["dct"] = dct
            fixed.append(g)
    for aid in sorted(articles - seen):
        errors.append(f"gold.jsonl: no line for article {aid}")
    for e in errors:
        print(e)
    nt = sum(len(g.get("times", [])) for g in fixed)
    ne = sum(len(g.get("events", [])) for g in fixed)
    print(f"{len(fixed)} articles, {nt} time expressions, {ne} events, {len(errors)} errors")
    if out and not errors:
        with open(out, "w", encoding="utf-8") as f:
            for g in fixed:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch")
    ap.add_argument("--out")
    a = ap.parse_args()
    sys.exit(check(a.batch, a.out))
