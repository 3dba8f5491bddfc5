"""Readers for the public repositories of real Korean news that yeonpyo's real-news corpus points into.

Each source names a GitHub repository, the commit it is pinned at, the files read, and how one record
becomes an article (publication date, headline, outlet, body). The texts belong to their publishers:
only pointers (source, path, record key) and a SHA-256 of the rebuilt article are committed.
Used by corpus.py (select, rebuild); no network: the repositories come from `fetch` as git directories.
"""
import csv
import io
import json
import re
import subprocess

csv.field_size_limit(1 << 30)


class Source:
    name = ""
    repo = ""
    commit = ""

    def __init__(self, gitdir):
        self.gitdir = gitdir
        self._cache = {}

    def show(self, path):
        if path not in self._cache:
            r = subprocess.run(["git", "-C", self.gitdir, "show", f"{self.commit}:{path}"],
                               capture_output=True)
            self._cache[path] = r.stdout if r.returncode == 0 else None
        return self._cache[path]

    def files(self):
        out = subprocess.run(["git", "-C", self.gitdir, "ls-tree", "-r", "-z", "--name-only",
                              self.commit], capture_output=True, check=True).stdout.decode()
        return [p for p in out.split("\0") if p and self.wanted(p)]

    def wanted(self, path):
        return False

    def records(self, path):
        """Yields (key, record) for every record of one file; key is stable across runs."""
        raise NotImplementedError

    def record(self, path, key):
        for k, rec in self.records(path):
            if k == key:
                return rec
        return None


def ymd(s):
    m = re.match(r"\s*(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})", s or "")
    if not m:
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def csv_rows(data):
    text = data.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return list(csv.reader(io.StringIO(text)))


class NewsPrime(Source):
    """프라임경제 (newsprime.co.kr), 2007-2023, 29 sections: id, title, byline, 'YYYY.MM.DD hh:mm:ss', body."""
    name = "newsprime"
    repo = "taehoonnnnn/btf_2023_ai"
    commit = "831923fd1802a6cd3a8f8b927866d48a4c172d76"

    def wanted(self, p):
        return p.startswith("kdy/Crawling/Scrapy/crawl_newsprime/csv/db/crawl/") and p.endswith(".csv")

    def records(self, path):
        data = self.show(path)
        if data is None:
            return
        for row in csv_rows(data):
            if len(row) < 5:
                continue
            date = ymd(row[3])
            if not date:
                continue
            section = path.rsplit("/", 1)[1][:-4]
            yield row[0].strip(), {"date": date, "title": row[1].strip(), "outlet": "프라임경제",
                                   "section": section, "body": row[4]}


class Yonhap(Source):
    """연합뉴스 items of late August 2023 (Naver), all sections: date, title, body, section, n."""
    name = "yonhap"
    repo = "yumioh/crawling_project"
    commit = "35ac2aee5a7dfd73129853638911ebbcf7966013"

    def wanted(self, p):
        return re.fullmatch(r"news\d*\.csv", p) is not None

    def records(self, path):
        data = self.show(path)
        if data is None:
            return
        seen = {}
        for row in csv_rows(data):
            if len(row) < 4:
                continue
            date = ymd(row[0])
            if not date:
                continue
            base = f"{date}|{row[1].strip()}"
            seen[base] = seen.get(base, 0) + 1
            key = base if seen[base] == 1 else f"{base}|{seen[base]}"
            yield key, {"date": date, "title": row[1].strip(), "outlet": "연합뉴스",
                        "section": row[3].strip(), "body": row[2]}


class NationalDailies(Source):
    """동아일보, 중앙일보, 조선일보 articles of January-August 2024 (Naver): content, publish_date."""
    name = "dailies"
    repo = "suhihy/crawling_news"
    commit = "58a6b48f03a4066f85addc1d49a757922871a4a4"
    outlets = {"donga/donga_articles2.json": "동아일보", "jongang/jongang_articles2.json": "중앙일보",
               "josun22/articles2.json": "조선일보"}

    def wanted(self, p):
        return p in self.outlets

    def records(self, path):
        data = self.show(path)
        if data is None:
            return
        for i, a in enumerate(json.loads(data)["articles"]):
            date = ymd(a.get("publish_date"))
            if not date or not a.get("content"):
                continue
            yield str(i), {"date": date, "title": "", "outlet": self.outlets[path], "section": "",
                           "body": a["content"]}


class Ssafy(Source):
    """1,000 articles 2014-2021 from several outlets, 17 categories: id, title, content, write_date, url, writer, category."""
    name = "ssafy"
    repo = "surfers-ai/ssafy-custom-news-data"
    commit = "795d9b664204de06924abd9b05e46a70bee0404c"

    def wanted(self, p):
        return p == "tfidf/data/1_filtered_data.csv"

    def records(self, path):
        data = self.show(path)
        if data is None:
            return
        rows = csv_rows(data)
        for row in rows[1:]:
            if len(row) < 7:
                continue
            date = ymd(row[3])
            if not date:
                continue
            yield row[0].strip(), {"date": date, "title": row[1].strip(), "outlet": row[5].strip(),
                                   "section": row[6].strip(), "body": row[2]}


SOURCES = {s.name: s for s in (NewsPrime, Yonhap, NationalDailies, Ssafy)}


def mirror_dir(root, repo):
    """The git directory `fetch` leaves for owner/name under root (/work/.mirror/owner+name/repo)."""
    return f"{root}/{repo.replace('/', '+')}/repo"


def article_text(rec):
    """The article file yeonpyo reads: header lines, a blank line, then the headline and the body as crawled."""
    head = [f"date: {rec['date']}"]
    if rec["title"]:
        head.append("title: " + rec["title"].replace("\n", " "))
    if rec["outlet"]:
        head.append("source: " + rec["outlet"])
    body = rec["body"].replace("\r\n", "\n").strip("\n")
    if rec["title"]:
        body = rec["title"].replace("\n", " ") + "\n" + body
    return "\n".join(head) + "\n\n" + body + "\n"
