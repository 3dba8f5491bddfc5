#!/usr/bin/env python3
"""Generates short Korean news articles for the pipeline tests (streaming memory, --jobs, Dask).

  gen_articles.py jsonl --bytes N [--seed S]      JSON Lines on stdout until about N bytes
  gen_articles.py jsonl --count N [--seed S] [--first K]   N JSON lines on stdout, ids from gen-K
  gen_articles.py txt --count N --dir DIR [--seed S]   N text articles DIR/NNNNN.txt (date:/title: headers)

Deterministic for a seed. Each article has an id, a date, a title and a body of a few sentences built from
templates that the extractor turns into events (visits, contracts, openings, cancellations ...)."""
import argparse
import json
import os
import random
import sys

COMPANIES = ["한빛전자", "가온소프트", "누리통신", "바다제약", "새벽건설", "다온모빌리티", "별빛식품", "하늘항공"]
PEOPLE = ["김민준 대표", "이서연 사장", "박도윤 회장", "최지우 장관", "정하준 시장"]
PLACES = ["서울", "부산", "대구", "광주", "경주", "인천", "대전", "강릉"]
TEMPLATES = [
    "{c1}는 {d}일 {p}에서 {c2}와 공급 계약을 체결했다고 밝혔다.",
    "{c1}는 지난 {d}일 {p}에 새 연구소를 개소했다.",
    "{who}은 오는 {d}일 {p}를 방문할 예정이다.",
    "{c1}는 다음 달 {c2}를 인수한다고 발표했다.",
    "{who}은 {d}일 열린 행사에 불참했다.",
    "{c1}와 {c2}는 {m}월 {d}일 {p}에서 업무협약을 맺었다.",
    "{c1}는 올해 {n}억 원을 {p} 공장에 투자하기로 했다.",
    "{who}은 지난 {d}일 {c1} 본사에서 {c2} 관계자들과 회담했다.",
]


def article(rng, i):
    y, m = rng.choice([2024, 2025, 2026]), rng.randint(1, 12)
    day = rng.randint(1, 28)
    sentences = []
    for _ in range(rng.randint(2, 4)):
        c1, c2 = rng.sample(COMPANIES, 2)
        sentences.append(rng.choice(TEMPLATES).format(
            c1=c1, c2=c2, p=rng.choice(PLACES), who=rng.choice(PEOPLE), d=rng.randint(1, 28),
            m=rng.randint(1, 12), n=rng.randint(1, 900)))
    return {
        "id": f"gen-{i:06d}",
        "date": f"{y:04d}-{m:02d}-{day:02d}",
        "title": f"{sentences[0][:12]} 기사 {i}",
        "body": " ".join(sentences),
        "url": f"https://example.invalid/{i}",
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("form", choices=["jsonl", "txt"])
    ap.add_argument("--bytes", type=int, default=0)
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--first", type=int, default=0, help="number of the first article (its id)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    if a.form == "txt":
        os.makedirs(a.dir, exist_ok=True)
        for i in range(a.count):
            art = article(rng, i)
            with open(os.path.join(a.dir, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"date: {art['date']}\ntitle: {art['title']}\n\n{art['body']}\n")
        return
    out = sys.stdout.buffer
    written, i = 0, 0
    while (a.count and i < a.count) or (a.bytes and written < a.bytes):
        line = (json.dumps(article(rng, a.first + i), ensure_ascii=False) + "\n").encode("utf-8")
        out.write(line)
        written += len(line)
        i += 1


if __name__ == "__main__":
    main()
