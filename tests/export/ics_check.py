#!/usr/bin/env python3
"""Reads yeonpyo's iCalendar export with python3-icalendar (ctest: "export: ics read back by icalendar").

Checks: the file parses; one all-day VEVENT per event with both days known (the others are left out and
counted on stderr); DTSTART is the first day and DTEND the day after the last (exclusive); UIDs are unique
and the same on a second export; a fuzzy period says so in DESCRIPTION; every physical line is at most 75
octets and valid UTF-8 on its own (folding never splits a character); lines end in CRLF.

Usage: ics_check.py <yeonpyo binary> <samples dir>
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile

try:
    import icalendar
except ImportError:
    sys.exit("FAIL: python3-icalendar is not installed (bash scripts/setup.sh installs it)")

YP, SAMPLES = sys.argv[1], sys.argv[2]
checks = 0


def check(cond, what):
    global checks
    if not cond:
        sys.exit("FAIL: " + what)
    checks += 1


def yp(*args):
    r = subprocess.run([YP, *args], capture_output=True)
    check(r.returncode == 0, f"yeonpyo {' '.join(args)} exited {r.returncode}: {r.stderr.decode(errors='replace')}")
    return r


with tempfile.TemporaryDirectory() as tmp:
    store = os.path.join(tmp, "s.yps")
    yp("ingest", "--store", store, SAMPLES)
    events = [json.loads(l) for l in yp("export", "--store", store, "--format", "jsonl").stdout.decode().splitlines()]
    path = os.path.join(tmp, "t.ics")
    r = yp("export", "--store", store, "--format", "ics", "--title", "시험 달력", "-o", path)
    raw = open(path, "rb").read()
    bounded = [e for e in events if e["start"] and e["end"]]
    left_out = len(events) - len(bounded)
    if left_out:
        check(f"{left_out} event" in r.stderr.decode(), f"the {left_out} events left out are not reported: {r.stderr!r}")

    # Octets and line ends.
    check(raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), "lines do not all end in CRLF")
    physical = raw.split(b"\r\n")[:-1]
    check(max(len(l) for l in physical) <= 75, "a line longer than 75 octets")
    for l in physical:
        try:
            l.decode("utf-8")
        except UnicodeDecodeError:
            sys.exit(f"FAIL: folding split a UTF-8 character: {l!r}")
    check(sum(1 for l in physical if l.startswith(b" ")) > 10, "no folded lines: the check above proved nothing")

    cal = icalendar.Calendar.from_ical(raw)
    check(str(cal["VERSION"]) == "2.0" and str(cal["X-WR-CALNAME"]) == "시험 달력", "calendar properties")
    vevents = cal.walk("VEVENT")
    check(len(vevents) == len(bounded), f"{len(vevents)} VEVENTs for {len(bounded)} events with both days")
    by_uid = {str(v["UID"]): v for v in vevents}
    check(len(by_uid) == len(vevents), "UIDs repeat")
    fuzzy_seen = 0
    for e in bounded:
        v = by_uid.get(e["id"] + "@yeonpyo")
        check(v is not None, f"no VEVENT for {e['id']}")
        start, end = v.decoded("DTSTART"), v.decoded("DTEND")
        check(type(start) is datetime.date and type(end) is datetime.date, "not an all-day event")
        check(start.isoformat() == e["start"], f"DTSTART {start} != {e['start']}")
        check(end == datetime.date.fromisoformat(e["end"]) + datetime.timedelta(days=1), f"DTEND {end} is not the day after {e['end']}")
        check("DTSTAMP" in v, "no DTSTAMP")
        summary = str(v["SUMMARY"])
        check(e["summary"] in summary, f"SUMMARY {summary!r} lacks {e['summary']!r}")
        desc = str(v["DESCRIPTION"])
        if e["sentence"]:
            check(e["sentence"].strip() in desc, "DESCRIPTION lacks the sentence")
        if e["fuzzy"]:
            fuzzy_seen += 1
            check("흐린 기간" in desc and "정확한 날짜가 아님" in desc, f"a fuzzy period without its fuzziness: {desc!r}")
            check(str(v.get("X-YEONPYO-FUZZY")) == "TRUE", "X-YEONPYO-FUZZY missing")
        if e["polarity"] == "negative":
            check(summary.startswith("✗"), "a negative event's SUMMARY is not marked")
    check(fuzzy_seen >= 3, f"only {fuzzy_seen} fuzzy periods among the samples")
    check(any(v.decoded("DTEND") - v.decoded("DTSTART") > datetime.timedelta(days=1) for v in vevents),
          "no multi-day event")

    # Stable: a second export from a re-ingested store is byte for byte the same.
    store2 = os.path.join(tmp, "s2.yps")
    yp("ingest", "--store", store2, SAMPLES)
    again = yp("export", "--store", store2, "--format", "ics", "--title", "시험 달력").stdout
    check(again == raw, "a second export differs")

print(f"ics_check: {checks} checks passed")
