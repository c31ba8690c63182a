#!/usr/bin/env python3
"""check-html.py — contra's HTML page, read as a parser and as a browser read it.

    check-html.py static PAGE...                 the markup, with Python's html.parser
    check-html.py report CHROMIUM PAGE JSON      in Chromium: the JSON report is on the page,
                                                 timelines are drawn, the filters work
    check-html.py hostile CHROMIUM PAGE          in Chromium: no payload of the page's
                                                 hostile text runs, with or without its CSP
    check-html.py screenshot CHROMIUM PAGE PNG [WIDTH]   a picture of the whole page

Chromium is driven through the DevTools protocol over a pipe (--remote-debugging-pipe),
so no port is opened and nothing but the standard library is needed. Every console
message of level error (a script error, a refused resource, a policy violation) fails
the browser checks. Exits 0 when everything holds, 1 with the reasons otherwise.
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser

# What contra writes, and nothing else: an element or attribute outside these came
# from the input.
ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "nav", "ul", "li", "main",
    "section", "h1", "h2", "h3", "h4", "p", "strong", "table", "caption", "thead", "tbody", "tr",
    "th", "td", "div", "span", "code", "form", "fieldset", "legend", "label", "input", "select",
    "option", "button", "article", "figure", "figcaption", "cite", "blockquote", "mark", "svg",
    "line", "text", "circle", "rect", "footer", "script",
}
ATTRIBUTES = {
    "lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "aria-label",
    "aria-labelledby", "aria-hidden", "role", "hidden", "tabindex", "type", "value", "checked",
    "placeholder", "scope", "viewbox", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width",
    "height", "text-anchor", "data-severity", "data-kind", "data-rule", "data-sources",
    "data-source", "data-line", "data-column",
}
VOID = {"meta", "input", "br", "hr", "img", "link"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.stack = []
        self.ids = set()
        self.hrefs = []
        self.scripts = []
        self.styles = []
        self.policy = None
        self.policy_first = False
        self.doctype = False
        self.seen = []
        self.current = None

    def problem(self, text):
        self.problems.append(f"line {self.getpos()[0]}: {text}")

    def handle_decl(self, decl):
        self.doctype = decl.lower() == "doctype html"

    def check_tag(self, tag, attrs):
        if tag not in ELEMENTS:
            self.problem(f"element <{tag}> that contra does not write")
        for name, value in attrs:
            if name not in ATTRIBUTES:
                self.problem(f"attribute {name}= on <{tag}> that contra does not write")
            if name == "id":
                if value in self.ids:
                    self.problem(f"id {value!r} twice")
                self.ids.add(value)
            if name == "href":
                self.hrefs.append((self.getpos()[0], value))
        if tag == "meta" and dict(attrs).get("http-equiv") == "Content-Security-Policy":
            self.policy = dict(attrs).get("content")
            self.policy_first = not any(t in ("style", "script") for t in self.seen)
        self.seen.append(tag)

    def handle_starttag(self, tag, attrs):
        self.check_tag(tag, attrs)
        if tag in ("script", "style"):
            self.current = (tag, [])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.check_tag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problem(f"</{tag}> closes <{self.stack[-1] if self.stack else '-'}>")
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag in ("script", "style") and self.current:
            (self.scripts if tag == "script" else self.styles).append("".join(self.current[1]))
            self.current = None

    def handle_data(self, data):
        if self.current:
            self.current[1].append(data)

    def handle_comment(self, data):
        self.problem("a comment, which contra does not write")


def sha256(text):
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def check_static(path):
    with open(path, "rb") as f:
        raw = f.read()
    problems = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"]
    for i, c in enumerate(text):
        o = ord(c)
        if (o < 0x20 and c not in "\n\t") or 0x7F <= o < 0xA0 or o in (0x2028, 0x2029):
            problems.append(f"control U+{o:04X} at character {i}")
            break
    page = Page()
    page.feed(text)
    page.close()
    problems += page.problems
    if not page.doctype:
        problems.append("no <!DOCTYPE html>")
    if page.stack:
        problems.append(f"elements left open: {page.stack}")
    if len(page.scripts) != 1 or len(page.styles) != 1:
        problems.append(f"{len(page.scripts)} scripts and {len(page.styles)} styles, not one each")
    if page.policy is None or not page.policy_first:
        problems.append("no Content-Security-Policy before the style and the script")
    else:
        want = (f"default-src 'none'; style-src 'sha256-{sha256(page.styles[0])}'; "
                f"script-src 'sha256-{sha256(page.scripts[0])}'; base-uri 'none'; form-action 'none'")
        if page.policy != want:
            problems.append(f"the policy does not name the page's own style and script: {page.policy}")
    for line, href in page.hrefs:
        if not href.startswith("#"):
            problems.append(f"line {line}: a link out of the page: {href!r}")
        elif href[1:] not in page.ids and href != "#":
            problems.append(f"line {line}: a link to no element: {href!r}")
    return problems


# ---- Chromium over the DevTools protocol ------------------------------------------------


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="contra-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def fds():
            # Moved out of the way first: either may be 3 or 4 already. The
            # subprocess module closes what pass_fds does not name after this runs.
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--allow-file-access-from-files", f"--user-data-dir={self.profile}", "about:blank"],
            pass_fds=(3, 4), preexec_fn=fds, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.errors = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=True)

    def send(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        return self.next_id

    def read(self, timeout=120):
        deadline = time.time() + timeout
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self.from_child, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        message = json.loads(message)
        self.note(message)
        return message

    def note(self, message):
        method = message.get("method")
        params = message.get("params", {})
        if method == "Runtime.exceptionThrown":
            self.errors.append("exception: " + json.dumps(params.get("exceptionDetails", {}))[:500])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append("console: " + json.dumps(params.get("args"))[:500])
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append("log: " + params["entry"].get("text", "")[:500])
        if method:
            self.events.append(message)

    def call(self, method, params=None, session=False):
        wanted = self.send(method, params, session)
        while True:
            message = self.read()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_event(self, method, timeout=120):
        for i, event in enumerate(self.events):
            if event["method"] == method:
                del self.events[: i + 1]
                return event
        deadline = time.time() + timeout
        while time.time() < deadline:
            message = self.read(deadline - time.time())
            if message.get("method") == method:
                self.events.clear()
                return message
        raise TimeoutError(f"no {method}")

    def open(self, url):
        # By way of a blank page: a URL that differs from the current one only in its
        # fragment would not load the page again.
        for address in ("about:blank", url):
            self.events.clear()
            self.call("Page.navigate", {"url": address}, session=True)
            self.wait_event("Page.loadEventFired")

    def js(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def key(self, key, code, text=None):
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": key, "code": code}
            if text and kind == "keyDown":
                params["text"] = text
            self.call("Input.dispatchKeyEvent", params, session=True)

    def close(self):
        try:
            self.send("Browser.close")
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait()
        subprocess.run(["rm", "-rf", self.profile])


CARDS = """[...document.querySelectorAll('article.finding')].map(c => ({
  severity: c.dataset.severity, kind: c.dataset.kind, rule: c.dataset.rule,
  message: c.querySelector('.message').textContent, shown: !c.hidden && c.offsetParent !== null,
  claims: [...c.querySelectorAll('figure.claim')].map(f => [f.dataset.source, +f.dataset.line, +f.dataset.column])
}))"""

SHOWN = "[...document.querySelectorAll('article.finding')].filter(c => c.offsetParent !== null).length"


def check_report(chromium, page, report_path):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    findings = report["findings"]
    problems = []
    browser = Browser(chromium)
    try:
        url = "file://" + os.path.abspath(page)
        browser.open(url)
        cards = browser.js(CARDS)
        if len(cards) != len(findings):
            problems.append(f"{len(cards)} findings on the page, {len(findings)} in the JSON report")
        by_claims = {}
        for card in cards:
            by_claims.setdefault(json.dumps(sorted(card["claims"])), []).append(card)
        for finding in findings:
            claims = sorted([c["source"], c["line"], c["column"]] for c in finding["claims"])
            found = [c for c in by_claims.get(json.dumps(claims), [])
                     if (c["severity"], c["kind"], c["rule"], c["message"])
                     == (finding["severity"], finding["kind"], finding["rule"], finding["message"])]
            if not found:
                problems.append(f"not on the page: {finding['rule']}: {finding['message'][:80]}")
            elif not found[0]["shown"]:
                problems.append(f"hidden at first: {finding['rule']}")
        # Every claim's line is on the page, and every link lands somewhere.
        dangling = browser.js("[...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href'))"
                              ".filter(h => h.length > 1 && !document.getElementById(decodeURIComponent(h.slice(1))))")
        if dangling:
            problems.append(f"links to nothing: {dangling[:5]}")
        timelines = browser.js("document.querySelectorAll('#timelines svg').length")
        marks = browser.js("[...document.querySelectorAll('#timelines svg')].map(s => s.querySelectorAll('.m').length)")
        if timelines != len(report.get("timelines", [])) or any(m == 0 for m in marks):
            problems.append(f"{timelines} timelines drawn ({marks} marks), {len(report.get('timelines', []))} in the report")

        # The filters: by severity from the keyboard, by kind, rule and source, a search,
        # and the state in the fragment, read back by a fresh load.
        if browser.js("document.getElementById('filters').hidden"):
            problems.append("the filters are hidden")
        browser.js("document.querySelector('#filters input[name=severity][value=warning]').focus()")
        browser.key(" ", "Space", " ")
        want = sum(1 for f in findings if f["severity"] != "warning")
        if browser.js(SHOWN) != want:
            problems.append(f"without warnings, {browser.js(SHOWN)} findings shown, not {want}")
        fragment = browser.js("location.hash")
        if "severity=error%2Cnote" not in fragment:
            problems.append(f"the fragment does not keep the severity: {fragment!r}")
        browser.open(url + fragment)
        if browser.js(SHOWN) != want or browser.js(
                "document.querySelector('#filters input[name=severity][value=warning]').checked"):
            problems.append("a shared link does not give the same filter")
        browser.open(url)
        for name, key in (("kind", "kind"), ("rule", "rule")):
            value = findings[0][key]
            browser.js(f"(() => {{ const e = document.querySelector('#filters [name={name}]');"
                       f" if (e.tagName === 'SELECT') e.value = {json.dumps(value)};"
                       f" else document.querySelectorAll('#filters input[name={name}]').forEach(b => b.checked = b.value === {json.dumps(value)});"
                       f" e.dispatchEvent(new Event('change', {{bubbles: true}})); }})()")
            want = sum(1 for f in findings if f[key] == value)
            if browser.js(SHOWN) != want:
                problems.append(f"{name} {value}: {browser.js(SHOWN)} findings shown, not {want}")
            browser.js("document.querySelector('#filters button[type=reset]').click()")
            time.sleep(0.1)
        source = findings[-1]["claims"][0]["source"]
        browser.js("(() => { const s = document.querySelector('#filters [name=source]');"
                   f" s.value = [...s.options].find(o => o.textContent === {json.dumps(source)}).value;"
                   " s.dispatchEvent(new Event('change', {bubbles: true})); })()")
        want = sum(1 for f in findings if any(c["source"] == source for c in f["claims"]))
        if browser.js(SHOWN) != want:
            problems.append(f"source {source}: {browser.js(SHOWN)} findings shown, not {want}")
        browser.js("document.querySelector('#filters button[type=reset]').click()")
        time.sleep(0.1)
        words = findings[-1]["message"].split()[:4]
        query = " ".join(words)
        browser.js("document.querySelector('#filters [name=q]').focus()")
        browser.call("Input.insertText", {"text": query}, session=True)
        want = browser.js(f"[...document.querySelectorAll('article.finding')].filter(c => c.textContent.toLowerCase()"
                          f".includes({json.dumps(query.lower())})).length")
        if browser.js(SHOWN) != want or want == 0:
            problems.append(f"search {query!r}: {browser.js(SHOWN)} findings shown, not {want}")
        if "q=" not in browser.js("location.hash"):
            problems.append("the fragment does not keep the search")
        problems += [f"console {e}" for e in browser.errors]
    finally:
        browser.close()
    return problems


HOSTILE = """(() => ({
  marker: document.documentElement.dataset.pwned || window.__pwned || null,
  title: document.title,
  scripts: document.querySelectorAll('script').length,
  handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))
    .filter(n => n.startsWith('on')),
  foreign: [...document.querySelectorAll('img, iframe, object, embed, link, base, video, audio, source, image, use, foreignObject')].length,
  urls: [...document.querySelectorAll('[href], [src], [action], [formaction]')].map(e => e.getAttribute('href') || e.getAttribute('src') || '')
    .filter(u => !u.startsWith('#')),
  text: document.body.textContent,
}))()"""


def check_hostile(chromium, page):
    problems = []
    with open(page, encoding="utf-8") as f:
        html = f.read()
    # The same page without its policy: escaping alone must keep the payloads inert.
    bare = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    if bare == html:
        problems.append("no Content-Security-Policy meta tag")
    directory = tempfile.mkdtemp(prefix="contra-hostile-html-")
    bare_path = os.path.join(directory, "bare.html")
    with open(bare_path, "w", encoding="utf-8") as f:
        f.write(bare)
    browser = Browser(chromium)
    try:
        for name, path in (("the page", page), ("the page without its policy", bare_path)):
            browser.errors.clear()
            browser.open("file://" + os.path.abspath(path))
            # Hover and focus everything, as a reader would, for the handlers that wait.
            browser.js("document.querySelectorAll('*').forEach(e => { e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); if (e.focus) e.focus(); })")
            time.sleep(0.3)
            got = browser.js(HOSTILE)
            if got["marker"] is not None:
                problems.append(f"{name}: a payload ran ({got['marker']})")
            if got["scripts"] != 1 or got["handlers"] or got["foreign"] or got["urls"]:
                problems.append(f"{name}: markup from the input: {got['scripts']} scripts, handlers {got['handlers'][:5]}, "
                                f"{got['foreign']} foreign elements, urls {got['urls'][:5]}")
            for payload in ("</script><script>", "<svg onload=", "javascript:", "onmouseover="):
                if payload not in got["text"]:
                    problems.append(f"{name}: the text {payload!r} is not on the page as text")
            problems += [f"{name}: console {e}" for e in browser.errors]
    finally:
        browser.close()
        subprocess.run(["rm", "-rf", directory])
    return problems


def screenshot(chromium, page, png, width=1280):
    browser = Browser(chromium)
    try:
        browser.call("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}, session=True)
        browser.open("file://" + os.path.abspath(page))
        height = browser.js("document.documentElement.scrollHeight")
        shot = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                       "clip": {"x": 0, "y": 0, "width": width, "height": height,
                                                                "scale": 1}}, session=True)
        with open(png, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        return [f"console {e}" for e in browser.errors]
    finally:
        browser.close()


def main(argv):
    mode = argv[1] if len(argv) > 1 else ""
    if mode == "static" and len(argv) > 2:
        problems = [f"{p}: {q}" for p in argv[2:] for q in check_static(p)]
    elif mode == "report" and len(argv) == 5:
        problems = check_report(argv[2], argv[3], argv[4])
    elif mode == "hostile" and len(argv) == 4:
        problems = check_hostile(argv[2], argv[3])
    elif mode == "screenshot" and len(argv) in (5, 6):
        problems = screenshot(argv[2], argv[3], argv[4], int(argv[5]) if len(argv) == 6 else 1280)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
