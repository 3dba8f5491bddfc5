#!/usr/bin/env python3
"""Opens yeonpyo's web page in real headless Chromium (ctest: "export: html page in headless Chromium").

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: file descriptors 3 and 4,
messages ending in NUL), so it needs nothing but the Python standard library and Debian's chromium.

Asserts: the page loads from a file with no network request at all; every exported event is on the page
(one li.ev per event id) and visible; each shows its sentence and its article; negative events are struck
through and planned ones hollow; fuzzy periods are bars, one precise day a dot; Hangul is drawn with a CJK
font (not a fallback box); choosing a type in the type filter shows exactly that type's events, the actor
filter exactly the events naming that actor, and typing in the search box only matching events; a screenshot
is saved.

Usage: html_chromium.py <yeonpyo binary> <samples dir> <screenshot.png>
"""
import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

YP, SAMPLES, SHOT = sys.argv[1], sys.argv[2], sys.argv[3]
checks = 0


def check(cond, what):
    global checks
    if not cond:
        raise AssertionError(what)
    checks += 1


def yp(*args):
    r = subprocess.run([YP, *args], capture_output=True)
    check(r.returncode == 0, f"yeonpyo {' '.join(args)}: {r.stderr.decode(errors='replace')}")
    return r.stdout


class Browser:
    """Headless Chromium with the DevTools protocol on fds 3 (to it) and 4 (from it)."""

    def __init__(self, exe, profile):
        to_r, self.to_w = os.pipe()
        self.from_r, from_w = os.pipe()
        # The child's ends move above 10 first, so that putting them on 3 and 4 cannot clobber each other.
        child_r = fcntl.fcntl(to_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_w = fcntl.fcntl(from_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_r)
        os.close(from_w)
        args = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                "--hide-scrollbars", f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"]

        def fds():  # in the child: its ends on 3 and 4, inheritable (dup2 clears close-on-exec)
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        log = None if os.environ.get("YP_CHROMIUM_LOG") else subprocess.DEVNULL
        self.proc = subprocess.Popen(args, close_fds=False, preexec_fn=fds, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=log)
        os.close(child_r)
        os.close(child_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def _read(self):
        while b"\0" not in self.buf:
            chunk = os.read(self.from_r, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, session=None, **params):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self.to_w, json.dumps(msg).encode() + b"\0")
        while True:
            m = self._read()
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method, timeout=10):
        end = time.time() + timeout
        while time.time() < end:
            for i, m in enumerate(self.events):
                if m.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read())
        raise TimeoutError(method)

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def main():
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        sys.exit("FAIL: no chromium on PATH (bash scripts/setup.sh installs Debian's chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "s.yps")
        yp("ingest", "--store", store, SAMPLES)
        events = [json.loads(l) for l in yp("export", "--store", store, "--format", "jsonl").decode().splitlines()]
        page = os.path.join(tmp, "timeline.html")
        yp("export", "--store", store, "--format", "html", "--title", "연표: 예시 기사 8편", "-o", page)

        b = Browser(exe, os.path.join(tmp, "profile"))
        try:
            target = b.send("Target.createTarget", url="about:blank")["targetId"]
            s = b.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            b.send("Page.enable", session=s)
            b.send("Network.enable", session=s)
            b.send("Runtime.enable", session=s)
            b.send("DOM.enable", session=s)
            b.send("CSS.enable", session=s)
            b.send("Emulation.setDeviceMetricsOverride", session=s, width=1100, height=1500, deviceScaleFactor=1,
                   mobile=False)
            b.send("Page.navigate", session=s, url="file://" + page)
            b.wait_event("Page.loadEventFired")

            def js(expr):
                r = b.send("Runtime.evaluate", session=s, expression=expr, returnByValue=True)
                if "exceptionDetails" in r:
                    raise AssertionError(f"script error in {expr!r}: {r['exceptionDetails']}")
                return r["result"].get("value")

            # No network: the only request is the page itself (file://), and the page logged no error.
            urls = [m["params"]["request"]["url"] for m in b.events if m.get("method") == "Network.requestWillBeSent"]
            check(urls and all(u.startswith("file://") for u in urls), f"network requests: {urls}")
            errors = [m for m in b.events if m.get("method") == "Runtime.exceptionThrown"]
            check(not errors, f"script errors: {errors}")

            # Every event, visible, with its sentence and article.
            shown = js("Array.from(document.querySelectorAll('li.ev')).filter(li => li.offsetParent !== null)"
                       ".map(li => li.id.slice(3))")
            check(sorted(shown) == sorted(e["id"] for e in events), f"{len(shown)} events shown of {len(events)}")
            check(js("document.getElementById('shown').textContent") == str(len(events)), "the count is wrong")
            for e in events:
                text = js(f"document.getElementById('ev-{e['id']}').innerText")
                check(e["sentence"].split()[0] in text, f"event {e['id']} does not show its sentence")
                check(e["article"] in text, f"event {e['id']} does not show its article")
                if e["title"]:
                    check(e["title"] in text, f"event {e['id']} does not show its article's title")

            # Drawing: negatives struck through, planned hollow, fuzzy periods bars, precise days dots.
            neg = [e for e in events if e["polarity"] == "negative"]
            planned = [e for e in events if e["modality"] == "planned"]
            check(neg and planned, "the samples lack negative or planned events")
            for e in neg:
                deco = js(f"getComputedStyle(document.querySelector('#ev-{e['id']} .headline')).textDecorationLine")
                check("line-through" in deco, f"negative {e['id']} not struck through: {deco}")
            for e in planned:
                bg = js(f"getComputedStyle(document.querySelector('#ev-{e['id']} .mark')).backgroundColor")
                border = js(f"getComputedStyle(document.querySelector('#ev-{e['id']} .mark')).borderTopWidth")
                check(bg == "rgba(0, 0, 0, 0)" and border != "0px", f"planned {e['id']} is not hollow: {bg} {border}")
            for e in events:
                if not (e["start"] and e["end"]):
                    continue
                w = js(f"document.querySelector('#ev-{e['id']} .mark').getBoundingClientRect().width")
                h = js(f"document.querySelector('#ev-{e['id']} .mark').getBoundingClientRect().height")
                if e["fuzzy"]:
                    cls = js(f"document.getElementById('ev-{e['id']}').className")
                    check("fuzzy" in cls.split() and w > h * 1.5, f"fuzzy period {e['id']} is not a soft bar: {cls} {w}x{h}")
                elif e["start"] != e["end"]:
                    check(w > h * 1.5, f"period {e['id']} ({e['start']}..{e['end']}) is not a bar: {w}x{h}")
                else:
                    check(abs(w - h) < 1, f"day {e['id']} is not a dot: {w}x{h}")

            # Hangul is drawn with a real CJK font.
            root = b.send("DOM.getDocument", session=s)["root"]["nodeId"]
            node = b.send("DOM.querySelector", session=s, nodeId=root, selector="li.ev .headline")["nodeId"]
            fonts = b.send("CSS.getPlatformFontsForNode", session=s, nodeId=node)["fonts"]
            names = " ".join(f["familyName"] for f in fonts)
            check(any(k in names for k in ("CJK", "Nanum", "Gothic", "Han Sans", "Noto Sans KR")),
                  f"Hangul drawn with {names}")

            # The type filter: exactly the events of that type.
            def visible():
                return sorted(js("Array.from(document.querySelectorAll('li.ev')).filter(li => li.offsetParent !== null)"
                                 ".map(li => li.id.slice(3))"))

            def choose(select, value):
                js(f"(() => {{ const s = document.getElementById('{select}'); s.value = {json.dumps(value)};"
                   " s.dispatchEvent(new Event('change')); })()")

            choose("f-type", "cancellation")
            want = sorted(e["id"] for e in events if e["type"] == "cancellation")
            check(want and visible() == want, f"type filter: {len(visible())} shown, {len(want)} wanted")
            check(js("document.getElementById('shown').textContent") == str(len(want)), "count after the type filter")
            hidden_sections = js("Array.from(document.querySelectorAll('section.month')).filter(s => s.hidden).length")
            check(hidden_sections > 0, "months without a matching event are not hidden")
            choose("f-type", "")
            check(len(visible()) == len(events), "clearing the type filter does not show everything again")

            # The actor filter: events whose actor or participants name him.
            choose("f-actor", "샘 알트먼")
            want = sorted(e["id"] for e in events if e["actor"] == "샘 알트먼" or "샘 알트먼" in e["participants"])
            check(want and visible() == want, f"actor filter: {len(visible())} shown, {len(want)} wanted")
            choose("f-actor", "")

            # The search box, typed into as a user would.
            js("document.getElementById('f-q').focus()")
            b.send("Input.insertText", session=s, text="경주")
            want = sorted(e["id"] for e in events if "경주" in js(f"document.getElementById('ev-{e['id']}').textContent"))
            check(want and visible() == want and len(want) < len(events), f"search: {len(visible())} shown, {len(want)} wanted")
            js("(() => { const q = document.getElementById('f-q'); q.value = ''; q.dispatchEvent(new Event('input')); })()")
            check(len(visible()) == len(events), "clearing the search does not show everything again")

            # The screenshot docs/formats.md shows: October 2025 (fuzzy, negative and planned events) under the
            # sticky filter bar.
            js("document.querySelector('section[data-month=\"2025-10\"]').scrollIntoView()")
            js("window.scrollBy(0, -110)")
            shot = b.send("Page.captureScreenshot", session=s, format="png")
            png = base64.b64decode(shot["data"])
            check(png.startswith(b"\x89PNG") and len(png) > 20000, "the screenshot is empty")
            with open(SHOT, "wb") as f:
                f.write(png)
        finally:
            b.close()
    print(f"html_chromium: {checks} checks passed, screenshot {SHOT}")


try:
    main()
except AssertionError as e:
    sys.exit(f"FAIL: {e}")
