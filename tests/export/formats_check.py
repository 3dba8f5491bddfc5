#!/usr/bin/env python3
"""Reads yeonpyo's spreadsheet and TimelineJS files back the way their users' tools do (ctest:
"export: csv, tsv and timelinejs files read back by Python").

CSV: Python's csv module on the file as written with -o (a UTF-8 BOM, RFC 4180, CRLF), every column of the
header, the title/outlet/sentence columns filled, formula cells neutralised unless --no-formula-guard, the
count column left alone. TSV: one line per event, the CSV's columns. TimelineJS JSON: the TimelineJS3 keys,
a display_date on every slide, unique ids, fuzzy periods never shown as a bare day. timelinejs-csv: the
template's 18 columns.

Usage: formats_check.py <yeonpyo binary> <samples dir>
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

YP, SAMPLES = sys.argv[1], sys.argv[2]
TEMPLATE = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
            "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
            "Background"]
# An article whose headers and body start cells with formula characters.
HOSTILE = ("date: 2025-10-24\ntitle: =HYPERLINK(\"http://example.invalid\",\"클릭\")\nsource: @연표일보\n\n"
           "한빛전자는 24일 서울 본사에서 새 스마트폰을 공개했다고 밝혔다.\n")

checks = 0


def check(cond, what):
    global checks
    if not cond:
        sys.exit("FAIL: " + what)
    checks += 1


def yp(*args):
    r = subprocess.run([YP, *args], capture_output=True)
    check(r.returncode == 0, f"yeonpyo {' '.join(args)} exited {r.returncode}: {r.stderr.decode(errors='replace')}")
    return r.stdout


with tempfile.TemporaryDirectory() as tmp:
    store = os.path.join(tmp, "s.yps")
    hostile = os.path.join(tmp, "hostile.txt")
    with open(hostile, "w", encoding="utf-8") as f:
        f.write(HOSTILE)
    yp("ingest", "--store", store, SAMPLES, hostile)
    events = [json.loads(l) for l in yp("export", "--store", store, "--format", "jsonl").decode().splitlines()]
    check(len(events) >= 20, f"only {len(events)} events from samples/")

    # --- CSV, as Excel gets it -------------------------------------------------------------------------
    path = os.path.join(tmp, "t.csv")
    yp("export", "--store", store, "--format", "csv", "-o", path)
    raw = open(path, "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), "csv file: no UTF-8 BOM")
    check(raw.count(b"\r\n") >= len(events) + 1, "csv file: records do not end in CRLF")
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, strict=True))
    check(len(rows) == len(events), f"csv: {len(rows)} rows for {len(events)} events")
    for col in ["start", "end", "type", "actor", "summary", "article", "id", "mentions", "title", "outlet", "sentence"]:
        check(col in rows[0], f"csv: no column {col}")
    for row, ev in zip(rows, events):
        check(row["id"] == ev["id"], "csv and jsonl disagree on the order")
        check(row["mentions"] == str(len(ev["mentions"])), "csv: the mentions count was altered")
        check(row["start"] == (ev["start"] or "") and row["end"] == (ev["end"] or ""), "csv: dates differ from jsonl")
        for col in ["actor", "summary", "title", "outlet", "sentence"]:
            want = ev[col]
            if want[:1] in ("=", "+", "-", "@", "\t", "\r"):
                want = "'" + want
            check(row[col] == want, f"csv {col}: {row[col]!r} != {want!r}")
    apec = [r for r in rows if r["article"].endswith("2025-10-24-altman-apec.txt")]
    check(len(apec) >= 3, "csv: the APEC sample's events are missing")
    check(all(r["title"] == "알트먼 오픈AI CEO, 경주 APEC CEO 서밋 불참" and r["outlet"] == "yeonpyo sample (own wording)"
              and r["sentence"] for r in apec), "csv: an APEC row lacks its article's title, outlet or sentence")
    mine = [r for r in rows if r["article"] == hostile]
    check(len(mine) >= 1, "csv: the hostile article's event is missing")
    check(all(r["title"].startswith("'=HYPERLINK(") and r["outlet"] == "'@연표일보" for r in mine),
          "csv: formula cells were not neutralised")
    # Without the guard they are written as they are.
    raw_rows = list(csv.DictReader(io.StringIO(yp("export", "--store", store, "--format", "csv", "--no-formula-guard")
                                               .decode("utf-8"), newline="")))
    check(any(r["title"].startswith("=HYPERLINK(") for r in raw_rows), "--no-formula-guard still guards")

    # --- TSV -------------------------------------------------------------------------------------------
    lines = yp("export", "--store", store, "--format", "tsv").decode().split("\n")
    check(lines[-1] == "", "tsv: does not end in a newline")
    lines = lines[:-1]
    check(len(lines) == len(events) + 1, "tsv: not one line per event")
    head = lines[0].split("\t")
    check(head == list(rows[0].keys()), "tsv: columns differ from csv")
    check(all(len(l.split("\t")) == len(head) for l in lines), "tsv: a line with the wrong number of fields")

    # --- TimelineJS JSON -------------------------------------------------------------------------------
    doc = json.loads(yp("export", "--store", store, "--format", "timelinejs", "--title", "시험 연표"))
    check(doc["title"]["text"]["headline"] == "시험 연표", "timelinejs: title slide")
    placed = [e for e in events if e["start"] or e["end"]]
    check(len(doc["events"]) == len(placed), f"timelinejs: {len(doc['events'])} slides for {len(placed)} dated events")
    ids = [s["unique_id"] for s in doc["events"]]
    check(len(set(ids)) == len(ids), "timelinejs: unique_id repeats")
    by_id = {e["id"]: e for e in events}
    for s in doc["events"]:
        ev = by_id[s["unique_id"][3:]]
        for side in ("start_date", "end_date"):
            if side in s:
                check(set(s[side]) == {"year", "month", "day"} and all(isinstance(v, int) for v in s[side].values()),
                      f"timelinejs {side}: {s[side]}")
        check(s["text"]["headline"] and s["text"]["text"], "timelinejs: empty text")
        check(s["group"] == ev["type"], "timelinejs: group is not the event type")
        check(s["display_date"], "timelinejs: no display_date")
        if ev["start"] and ev["end"]:
            first = "{year:04}-{month:02}-{day:02}".format(**s["start_date"])
            last = "{year:04}-{month:02}-{day:02}".format(**s.get("end_date", s["start_date"]))
            check((first, last) == (ev["start"], ev["end"]), f"timelinejs: {first}..{last} for {ev['start']}..{ev['end']}")
        if ev["fuzzy"]:
            d = s["display_date"]
            check(not (d.endswith("일") and "~" not in d), f"timelinejs: fuzzy period shown as a bare day: {d}")
    check(any(s["display_date"].endswith((" 초", " 중순", " 말")) for s in doc["events"]),
          "timelinejs: no '… 초/중순/말' period among the samples")

    # --- TimelineJS spreadsheet template ----------------------------------------------------------------
    path = os.path.join(tmp, "tl.csv")
    yp("export", "--store", store, "--format", "timelinejs-csv", "-o", path)
    with open(path, newline="", encoding="utf-8-sig") as f:
        table = list(csv.reader(f, strict=True))
    check(table[0] == TEMPLATE, f"timelinejs-csv header: {table[0]}")
    check(table[1][15] == "title", "timelinejs-csv: the first row is not the title slide")
    check(len(table) == len(placed) + 2, "timelinejs-csv: not one row per dated event")
    check(all(len(r) == 18 for r in table), "timelinejs-csv: a row without 18 cells")
    check(all(r[0].isdigit() and r[8] and r[9] for r in table[2:]), "timelinejs-csv: a row without Year/Display Date/Headline")

print(f"formats_check: {checks} checks passed")
