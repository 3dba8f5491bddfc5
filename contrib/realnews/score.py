#!/usr/bin/env python3
"""Scores yeonpyo on annotated real news: time expressions and events against gold (FORMAT.md).

  score.py --gold contrib/realnews/gold/sealed-01.jsonl --articles DIR/sealed-01 [--yeonpyo build/yeonpyo]
  score.py --gold 'contrib/realnews/gold/*.jsonl' --articles DIR --json report.json

DIR is what `corpus.py rebuild` wrote (one folder per set; the folder of each gold file's set is found
under --articles when the articles are not directly in it). Prints one table: time exact % per grain,
event precision / recall / F1 on type + time + actor, main-event results, actor noise, the
publication-date fallback, and the miss classes. Matching rules are in contrib/realnews/README.md.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Type pairs ANNOTATION.md accepts either side of; yeonpyo's appointment/resignation are `other` there.
SAME_TYPE = [{"visit", "meeting"}, {"founding", "opening"}, {"announcement", "statement"},
             {"agreement", "contract"}]
TYPE_MAP = {"appointment": "other", "resignation": "other"}


def type_ok(gold, sys_):
    s = TYPE_MAP.get(sys_, sys_)
    return gold == s or any(gold in p and s in p for p in SAME_TYPE)


def load_aliases():
    table = {}
    path = os.path.join(ROOT, "engine/event/data/aliases.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            names = line.rstrip("\n").split("\t")
            for n in names:
                table[squash(n)] = squash(names[0])
    return table


def squash(s):
    return re.sub(r"\s+", "", s or "").lower()


def canon(name, aliases):
    k = squash(name)
    return aliases.get(k, k)


def actor_ok(gold, sys_, aliases):
    g, s = canon(gold, aliases), canon(sys_, aliases)
    if g == s:
        return True
    if not g or not s:
        return False
    # The same name written more or less fully (샘 알트먼 / 알트먼, 삼성전자 / 삼성전자 DS부문).
    return len(min(g, s, key=len)) >= 2 and (g in s or s in g)


NOISE = re.compile(r"[\[\]=▲△■◆●·/]|기자$|^\W|\d+일|다\.|했다|사진")


def actor_noise(a):
    a = (a or "").strip()
    return bool(NOISE.search(a)) or len(a) == 1 or a in {"네", "이", "그", "이날", "당시", "또", "한편"}


def read_article(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, _, body = text.partition("\n\n")
    return body


def run_extract(binary, files):
    out = subprocess.run([binary, "extract", "--json", *files], capture_output=True)
    evs = defaultdict(list)
    for line in out.stdout.decode("utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            evs[os.path.basename(e["article"])[:-4]].append(e)
    return evs, out.returncode, out.stderr.decode("utf-8", "replace")


def run_normalize(binary, body, dct):
    out = subprocess.run([binary, "normalize", "--json", "--ref", dct, "-"], input=body.encode("utf-8"),
                         capture_output=True)
    return [json.loads(l) for l in out.stdout.decode("utf-8").splitlines() if l.strip()]


def group_gold_events(events):
    """One gold group per distinct event: the same type, actor and dates reported again (headline, lead,
    quote) is one event with several pieces of evidence."""
    groups = {}
    for e in events:
        key = (e["type"], squash(e.get("actor")), e.get("start"), e.get("end"), e.get("polarity"))
        g = groups.setdefault(key, {**e, "offsets": [], "main": False})
        g["offsets"].append(e["offset"])
        g["main"] = g["main"] or bool(e.get("main"))
    return list(groups.values())


def time_ok(g, s):
    if g.get("start") is None and g.get("end") is None:
        return s.get("time_source") == "publication"
    return g.get("start") == s.get("start") and g.get("end") == s.get("end")


def score_article(gold, body, sys_events, sys_times, aliases, acc):
    # ---- time expressions: a gold span is found when a system expression overlaps it
    for t in gold.get("times", []):
        grain = t["grain"]
        b = t["offset"]
        e = b + len(t["text"].encode("utf-8"))
        hits = [x for x in sys_times if x["offset"][0] < e and b < x["offset"][1]]
        anchored = t.get("start") is not None or t.get("end") is not None
        if grain == "duration" and not anchored:
            acc["time_dur"][0] += 1
            acc["time_dur"][1] += bool(hits)
            continue
        row = acc["time"][grain]
        row[0] += 1
        if not hits:
            acc["time_miss"]["not found"] += 1
            acc["time_wrong"].append((gold["id"], t["text"], t.get("start"), t.get("end"), "not", "found", "wrong"))
            continue
        best = min(hits, key=lambda x: abs(x["offset"][0] - b))
        exact = best.get("start") == t.get("start") and best.get("end") == t.get("end")
        # ANNOTATION.md: a lone 부터/까지 end is checked only on the bound it asserts.
        # ANNOTATION.md (**both**): a lone 부터/까지 stays outside the gold span and only the bound it asserts
        # is checked; yeonpyo's open ranges are fine.
        # Annotators treated 이후/이래 (start) and 이전 (end) like 부터/까지: so does the comparison.
        stext = best.get("text", "")
        if any(w in stext and w not in t["text"] for w in ("까지", "이전")):
            openok = best.get("end") == t.get("end")
        elif any(w in stext and w not in t["text"] for w in ("부터", "이후", "이래")):
            openok = best.get("start") == t.get("start")
        else:
            # one side open, the other equal (an interval open on both sides asserts nothing)
            openok = exact or ((best.get("start") is None) != (best.get("end") is None) and
                               (best.get("start") in (None, t.get("start")) and best.get("end") in (None, t.get("end"))))
        row[1] += exact
        row[2] += openok
        if not exact:
            acc["time_miss"]["wrong interval"] += 1
            acc["time_wrong"].append((gold["id"], t["text"], t.get("start"), t.get("end"),
                                      best.get("start"), best.get("end"), "open-ok" if openok else "wrong"))
    gold_spans = [(t["offset"], t["offset"] + len(t["text"].encode("utf-8"))) for t in gold.get("times", [])]
    for x in sys_times:
        if not any(x["offset"][0] < ge and gb < x["offset"][1] for gb, ge in gold_spans):
            acc["time_spurious"] += 1
    acc["time_sys"] += len(sys_times)

    # ---- events
    groups = group_gold_events(gold.get("events", []))
    spans = []
    for s in sys_events:
        spans.append([tuple(m["offset"]) for m in s.get("mentions", [])] or [tuple(s["offset"])])
    cands = []
    for gi, g in enumerate(groups):
        for si, s in enumerate(sys_events):
            if not any(b <= o < e for o in g["offsets"] for b, e in spans[si]):
                continue
            t_ok = type_ok(g["type"], s["type"])
            ti = time_ok(g, s)
            ac = actor_ok(g.get("actor", ""), s.get("actor", ""), aliases)
            cands.append((t_ok + t_ok * ti + t_ok * ac, t_ok, ti, ac, gi, si))
    cands.sort(reverse=True)
    gdone, sdone = {}, {}
    for score, t_ok, ti, ac, gi, si in cands:
        if gi in gdone or si in sdone or not t_ok:
            continue
        gdone[gi] = (ti, ac, si)
        sdone[si] = gi
    typed = lambda t: TYPE_MAP.get(t, t) != "other"
    for gi, g in enumerate(groups):
        acc["ev_gold"] += 1
        if typed(g["type"]):
            acc["typed_gold"] += 1
            if gi in gdone and gdone[gi][0] and gdone[gi][1]:
                acc["typed_gold_full"] += 1
        main = g["main"]
        if main:
            acc["main"]["total"] += 1
        if gi not in gdone:
            sent = any(any(b <= o < e for o in g["offsets"] for b, e in sp) for sp in spans)
            acc["ev_miss"]["wrong type (an event in its sentence)" if sent else "no event in its sentence"] += 1
            if main:
                acc["main"]["missed"] += 1
            acc["ev_missed"].append((gold["id"], g["trigger"], g["type"]))
            continue
        ti, ac, si = gdone[gi]
        acc["ev_type"] += 1
        s = sys_events[si]
        if ti and ac:
            acc["ev_full"] += 1
            if main:
                acc["main"]["full"] += 1
        else:
            if main:
                acc["main"]["partial"] += 1
            if not ti:
                why = ("publication date used, text gives a time" if s.get("time_source") == "publication"
                       else "no time stated, yeonpyo gave one" if g.get("start") is None and g.get("end") is None
                       else "other interval")
                acc["ev_miss"]["time: " + why] += 1
            if not ac:
                why = ("empty" if not s.get("actor") else "noise" if actor_noise(s.get("actor")) else "other actor")
                acc["ev_miss"]["actor: " + why] += 1
            trig = (s.get("mentions") or [{}])[0].get("trigger", s.get("trigger"))
            acc["ev_wrong"].append((gold["id"], "time" if not ti else "", "actor" if not ac else "",
                                    g["trigger"], g["type"], trig, s["type"], g.get("actor"), s.get("actor"),
                                    g.get("start"), g.get("end"), s.get("start"), s.get("end")))
    for si, s in enumerate(sys_events):
        acc["ev_sys"] += 1
        if typed(s["type"]):
            acc["typed_sys"] += 1
            if si in sdone and gdone[sdone[si]][0] and gdone[sdone[si]][1]:
                acc["typed_sys_full"] += 1
        acc["ev_sys_empty"] += not (s.get("actor") or "").strip()
        acc["ev_sys_noise"] += bool((s.get("actor") or "").strip()) and actor_noise(s.get("actor"))
        acc["ev_sys_pub"] += s.get("time_source") == "publication"
        if si in sdone:
            ti, ac, _ = gdone[sdone[si]]
            acc["ev_sys_full"] += ti and ac
        else:
            acc["ev_spurious"] += 1


def new_acc():
    return {"time": defaultdict(lambda: [0, 0, 0]), "time_dur": [0, 0], "time_miss": Counter(), "time_wrong": [],
            "time_spurious": 0, "time_sys": 0, "ev_gold": 0, "ev_type": 0, "ev_full": 0, "ev_sys": 0,
            "ev_sys_full": 0, "ev_sys_empty": 0, "ev_sys_noise": 0, "ev_sys_pub": 0, "ev_spurious": 0,
            "ev_miss": Counter(), "ev_missed": [], "ev_wrong": [], "main": Counter(), "articles": 0,
            "typed_gold": 0, "typed_gold_full": 0, "typed_sys": 0, "typed_sys_full": 0}


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "    -"


def report(acc, label):
    lines = [f"## {label}: {acc['articles']} articles"]
    tot = [0, 0, 0]
    lines.append("| grain | gold | exact | exact or open end |")
    lines.append("|---|---|---|---|")
    for grain in sorted(acc["time"]):
        n, ex, op = acc["time"][grain]
        tot = [tot[0] + n, tot[1] + ex, tot[2] + op]
        lines.append(f"| {grain} | {n} | {pct(ex, n)} | {pct(op, n)} |")
    lines.append(f"| **all dated** | {tot[0]} | {pct(tot[1], tot[0])} | {pct(tot[2], tot[0])} |")
    lines.append(f"unanchored durations: {acc['time_dur'][0]} gold, {acc['time_dur'][1]} found; "
                 f"system expressions outside any gold span: {acc['time_spurious']} of {acc['time_sys']}")
    p = acc["ev_sys_full"] / acc["ev_sys"] if acc["ev_sys"] else 0
    r = acc["ev_full"] / acc["ev_gold"] if acc["ev_gold"] else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    pt = (acc["ev_sys"] - acc["ev_spurious"]) / acc["ev_sys"] if acc["ev_sys"] else 0
    rt = acc["ev_type"] / acc["ev_gold"] if acc["ev_gold"] else 0
    ft = 2 * pt * rt / (pt + rt) if pt + rt else 0
    lines.append("")
    lines.append(f"events: {acc['ev_gold']} gold, {acc['ev_sys']} emitted")
    lines.append(f"- type + time + actor: P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    lines.append(f"- type only:           P {pt:.3f}  R {rt:.3f}  F1 {ft:.3f}")
    tp_ = acc["typed_sys_full"] / acc["typed_sys"] if acc["typed_sys"] else 0
    tr_ = acc["typed_gold_full"] / acc["typed_gold"] if acc["typed_gold"] else 0
    tf_ = 2 * tp_ * tr_ / (tp_ + tr_) if tp_ + tr_ else 0
    lines.append(f"- typed events only (gold and emitted types other than `other`; {acc['typed_gold']} gold, "
                 f"{acc['typed_sys']} emitted): P {tp_:.3f}  R {tr_:.3f}  F1 {tf_:.3f}")
    m = acc["main"]
    lines.append(f"- main events: {m['total']}: fully right {pct(m['full'], m['total'])}, partly "
                 f"{pct(m['partial'], m['total'])}, not at all {pct(m['missed'], m['total'])}")
    lines.append(f"- emitted actors empty {pct(acc['ev_sys_empty'], acc['ev_sys'])}, noise "
                 f"{pct(acc['ev_sys_noise'], acc['ev_sys'])}; publication-date fallback "
                 f"{pct(acc['ev_sys_pub'], acc['ev_sys'])} of emitted")
    lines.append("- miss classes: " + ", ".join(f"{k} {v}" for k, v in acc["ev_miss"].most_common()))
    lines.append("- time misses: " + ", ".join(f"{k} {v}" for k, v in acc["time_miss"].most_common()))
    return "\n".join(lines), {"time_exact": tot[1] / tot[0] if tot[0] else 0,
                              "time_day_exact": (acc["time"]["day"][1] / acc["time"]["day"][0])
                              if acc["time"]["day"][0] else 0,
                              "time_n": tot[0], "events_gold": acc["ev_gold"], "events_sys": acc["ev_sys"],
                              "P": p, "R": r, "F1": f1, "typed_F1": tf_}


def find_dir(articles, set_name, aid):
    # a batch's own folder, or the folder of its set ("dev-01" -> dev)
    for d in (articles, os.path.join(articles, set_name), os.path.join(articles, set_name.split("-")[0])):
        if os.path.exists(os.path.join(d, aid + ".txt")):
            return d
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, help="gold file(s), a glob allowed")
    ap.add_argument("--articles", required=True)
    ap.add_argument("--yeonpyo", default=os.path.join(ROOT, "build/yeonpyo"))
    ap.add_argument("--details", action="store_true", help="list every wrong time and event")
    ap.add_argument("--json", help="write the summary figures here")
    a = ap.parse_args()
    aliases = load_aliases()
    files = sorted(glob.glob(a.gold))
    if not files:
        sys.exit(f"score.py: no gold file matches {a.gold}")
    total = new_acc()
    summary = {}
    for gf in files:
        set_name = os.path.basename(gf)[:-6]
        golds = [json.loads(l) for l in open(gf, encoding="utf-8") if l.strip()]
        paths = {}
        for g in golds:
            d = find_dir(a.articles, set_name, g["id"])
            if d is None:
                sys.exit(f"score.py: {gf}: article {g['id']} not under {a.articles} (run corpus.py rebuild)")
            paths[g["id"]] = os.path.join(d, g["id"] + ".txt")
        evs, rc, err = run_extract(a.yeonpyo, list(paths.values()))
        acc = new_acc()
        for g in golds:
            body = read_article(paths[g["id"]])
            times = run_normalize(a.yeonpyo, body, g["dct"])
            for x in (acc, total):
                x["articles"] += 1
                score_article(g, body, evs.get(g["id"], []), times, aliases, x)
        text, fig = report(acc, set_name)
        summary[set_name] = fig
        print(text + "\n")
        if a.details:
            # tab-separated: gold first, then yeonpyo's
            for w in acc["time_wrong"]:
                print("  time", *w, sep="\t")
            for w in acc["ev_missed"]:
                print("  missed", *w, sep="\t")
            for w in acc["ev_wrong"]:
                print("  wrong", *w, sep="\t")
    if len(files) > 1:
        text, fig = report(total, "all")
        summary["all"] = fig
        print(text)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(summary, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
