#!/usr/bin/env python3
"""Inter-annotator agreement: scores one annotator's gold (B) against another's (A) on the same articles with
exactly the measures score.py applies to yeonpyo, so that the figures compare: how far two careful readers
following ANNOTATION.md agree is the ceiling any system can reach against either of them.

B's time expressions stand in for yeonpyo's normalize output, B's events for its extract output: each event's
evidence is widened to the sentence holding it (yeonpyo's mentions are sentences), and an event B leaves undated
counts as dated by the publication date (what time_ok expects of a system's undated event).

Usage: python3 contrib/realnews/agreement.py --a A.jsonl --b B.jsonl --articles DIR [--details]
       (DIR holds the articles, or sets of them: as score.py's --articles)
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score as S  # noqa: E402

# A sentence ends after . ? ! (or their full-width forms) followed by a space, a line break or a quote, or at a
# line break: the same kind of unit yeonpyo's mentions cover.
SENTENCE_END = re.compile(rb"(?:[.?!\xe3\x80\x82](?=[\s\"'\xe2])|\n)")


def sentence_spans(body_bytes):
    spans, start = [], 0
    for m in SENTENCE_END.finditer(body_bytes):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(body_bytes):
        spans.append((start, len(body_bytes)))
    return spans


def as_system(b_gold, body):
    bb = body.encode("utf-8")
    spans = sentence_spans(bb)
    times = [{"text": t["text"], "offset": [t["offset"], t["offset"] + len(t["text"].encode("utf-8"))],
              "start": t.get("start"), "end": t.get("end")} for t in b_gold.get("times", [])]
    events = []
    # one event per distinct event, its mentions every piece of evidence (as score.py groups the reference, and as
    # yeonpyo merges an event reported twice)
    for e in S.group_gold_events(b_gold.get("events", [])):
        mentions = []
        for o in e["offsets"]:
            span = next(((b, x) for b, x in spans if b <= o < x), (o, o + len(e["trigger"].encode("utf-8"))))
            mentions.append({"offset": list(span), "trigger": e["trigger"]})
        undated = e.get("start") is None and e.get("end") is None
        events.append({"type": e["type"], "actor": e.get("actor") or "", "start": e.get("start"),
                       "end": e.get("end"), "time_source": "publication" if undated else "sentence",
                       "trigger": e["trigger"], "mentions": mentions})
    return events, times


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--a", required=True, help="the reference annotation (gold JSON Lines)")
    ap.add_argument("--b", required=True, help="the other annotation of the same articles")
    ap.add_argument("--articles", required=True)
    ap.add_argument("--details", action="store_true")
    a = ap.parse_args()
    aliases = S.load_aliases()
    set_name = os.path.basename(a.a)[:-6]
    gold_a = {g["id"]: g for g in map(json.loads, open(a.a, encoding="utf-8")) if g}
    gold_b = {g["id"]: g for g in map(json.loads, open(a.b, encoding="utf-8")) if g}
    missing = sorted(set(gold_a) ^ set(gold_b))
    if missing:
        sys.exit(f"agreement.py: the two annotations cover different articles: {', '.join(missing)}")
    acc = S.new_acc()
    for aid, g in sorted(gold_a.items()):
        d = S.find_dir(a.articles, set_name, aid)
        if d is None:
            sys.exit(f"agreement.py: article {aid} not under {a.articles}")
        body = S.read_article(os.path.join(d, aid + ".txt"))
        events, times = as_system(gold_b[aid], body)
        acc["articles"] += 1
        S.score_article(g, body, events, times, aliases, acc)
    text, _ = S.report(acc, f"{os.path.basename(a.b)} against {os.path.basename(a.a)}")
    print(text)
    if a.details:
        for row in acc["time_wrong"]:
            print("  time\t" + "\t".join(str(x) for x in row))


if __name__ == "__main__":
    main()
