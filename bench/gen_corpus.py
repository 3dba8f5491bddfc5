#!/usr/bin/env python3
"""Writes N generated Korean news articles for the extraction benchmark (bench/extract.sh).

The sentences are recombined from the repository's own corpora (tests/corpus/events_ko.tsv snippets,
tests/corpus/time_ko.tsv and time_ko_negatives.tsv sentences, the bodies of samples/*.txt), wrapped in
crawl noise: bylines ("[서울=뉴시스] 김철수 기자 ="), photo captions ("사진=연합뉴스"), quotes, English
sentences, tables of numbers, e-mail footers and sentences glued without a space ("했다.14일").
Article lengths vary from a short brief to a very long article (log-normal-ish mix). Deterministic for a
given --seed.

Usage:
  python3 bench/gen_corpus.py --out DIR [--articles 2000] [--seed 1] [--jsonl FILE]

Writes DIR/gen-00000.txt … with the header of docs/input.md (date, title, source), and optionally one
JSON Lines file with {"id","date","title","body"} per article (for a CLI that reads JSON Lines; nothing
here depends on it).
"""
import argparse
import datetime
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OUTLETS = ["뉴시스", "연합뉴스", "뉴스1", "이데일리", "머니투데이", "헤럴드경제", "아시아경제"]
CITIES = ["서울", "부산", "대구", "인천", "광주", "대전", "세종", "수원", "창원", "전주"]
REPORTERS = ["김철수", "이영희", "박민준", "최서연", "정하늘", "강도윤", "조은비", "윤지호"]
ENGLISH = [
    "The company said the deal would close in the first quarter of 2026.",
    "Shares rose 3.2% on Monday after the announcement.",
    "\"We are committed to the Korean market,\" the CEO said in a statement on Oct. 24.",
    "Reuters reported the talks on Tuesday, citing people familiar with the matter.",
]
NUMBERS = [
    "매출 1조2천억원, 영업이익 3천450억원(전년 대비 12.5% 증가)을 기록했다.",
    "코스피는 전 거래일보다 23.45포인트(0.89%) 오른 2,654.32에 마감했다.",
    "원·달러 환율은 1,382.5원으로 4.3원 내렸다.",
    "2023년 1만2천명, 2024년 1만5천명, 2025년 1만8천명으로 해마다 늘었다.",
    "전화 02-123-4567, 팩스 02-765-4321.",
]
QUOTES = [
    "\"이번 협력으로 국내 AI 생태계가 한 단계 도약할 것\"이라고 말했다.",
    "\"아직 결정된 것은 없다\"며 \"다음 달 중 구체적인 계획을 발표하겠다\"고 밝혔다.",
    "'K-반도체 전략'을 두고 \"시기상조\"라는 지적도 나온다.",
]


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def load_material():
    snippets, times, samples = [], [], []
    for l in read_lines(os.path.join(ROOT, "tests/corpus/events_ko.tsv")):
        if l.startswith("S"):
            parts = l.split("\t")
            if len(parts) >= 3:
                snippets.append(parts[2])
    for name in ("time_ko.tsv",):
        for l in read_lines(os.path.join(ROOT, "tests/corpus", name)):
            if l and not l.startswith("#"):
                parts = l.split("\t")
                if len(parts) >= 3:
                    times.append(parts[2])
    for l in read_lines(os.path.join(ROOT, "tests/corpus/time_ko_negatives.tsv")):
        if l and not l.startswith("#"):
            parts = l.split("\t")
            if len(parts) >= 2:
                times.append(parts[1])
    sdir = os.path.join(ROOT, "samples")
    for name in sorted(os.listdir(sdir)):
        if not name.endswith(".txt"):
            continue
        text = open(os.path.join(sdir, name), encoding="utf-8").read()
        body = text.split("\n\n", 1)[1] if "\n\n" in text else text
        for para in body.split("\n"):
            para = para.strip()
            if para:
                samples.append(para)
    return snippets, times, samples


def glue(text, rng):
    """Crawl damage: drop the space after some sentence ends ("했다. 14일" -> "했다.14일")."""
    return re.sub(r"다\. ", lambda m: "다." if rng.random() < 0.15 else m.group(0), text)


def paragraph(rng, mat):
    snippets, times, samples = mat
    kind = rng.random()
    if kind < 0.45:
        text = rng.choice(snippets)
    elif kind < 0.65:
        text = " ".join(rng.choice(times) for _ in range(rng.randint(1, 4)))
    elif kind < 0.85:
        text = rng.choice(samples)
    elif kind < 0.90:
        text = rng.choice(QUOTES) + " " + rng.choice(snippets)
    elif kind < 0.95:
        text = rng.choice(NUMBERS) + " " + rng.choice(times)
    else:
        text = rng.choice(ENGLISH)
    return glue(text, rng)


def article(i, rng, mat):
    pub = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 900))
    # lengths: many short, some long, a few very long (the quadratic cases inside one article)
    r = rng.random()
    paras = rng.randint(2, 6) if r < 0.5 else rng.randint(7, 20) if r < 0.95 else rng.randint(60, 200)
    outlet = rng.choice(OUTLETS)
    lines = []
    if rng.random() < 0.7:
        lines.append(f"[{rng.choice(CITIES)}={outlet}] {rng.choice(REPORTERS)} 기자 = " + paragraph(rng, mat))
    for _ in range(paras):
        if rng.random() < 0.08:
            lines.append(f"▲ 행사 모습. (사진=연합뉴스)" if rng.random() < 0.5 else "사진=" + outlet + " 제공")
        lines.append(paragraph(rng, mat))
    if rng.random() < 0.5:
        lines.append(f"{rng.choice(REPORTERS)} 기자 reporter{i % 97}@{outlet.lower()}.co.kr")
    if rng.random() < 0.3:
        lines.append("<저작권자 ⓒ " + outlet + ", 무단전재 및 재배포 금지>")
    title = paragraph(rng, mat)[:60].strip()
    body = "\n".join(lines) + "\n"
    return pub.isoformat(), title, outlet, body


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jsonl")
    a = ap.parse_args()
    mat = load_material()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    jl = open(a.jsonl, "w", encoding="utf-8") if a.jsonl else None
    total = 0
    for i in range(a.articles):
        date, title, outlet, body = article(i, rng, mat)
        text = f"date: {date}\ntitle: {title}\nsource: {outlet} (generated)\n\n{body}"
        with open(os.path.join(a.out, f"gen-{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
        if jl:
            jl.write(json.dumps({"id": f"gen-{i:05d}", "date": date, "title": title, "body": body},
                                ensure_ascii=False) + "\n")
    if jl:
        jl.close()
    print(f"gen_corpus: {a.articles} articles, {total} bytes in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
