#!/usr/bin/env python3
"""Check the test corpora's expectation files against their texts.

usage: check_fragments.py [DIR]   (DIR defaults to the folder holding this script)

Every fragment quoted in bridge/expect.yaml, ferry/expect.yaml, orchard/expect.yaml,
pairs/pairs.yaml, pairs/agree/pairs.yaml and the same two of pairs2/ must occur verbatim
(folded as shared/tools/score-report folds: case, white space, curly quotes, dashes) inside one
sentence of the file it names; every draft expectation's `quote` must occur on the lines
it gives. Sentences are split by a plain rule (blank
lines, Markdown block starts, and . ! ? before a capital), close enough to contra's to
catch a fragment that straddles two sentences. Each pair file must have exactly the front
matter keys title, outlet and published. Exit 1 on any problem.
"""
import os, re, sys, unicodedata, yaml
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
def fold(s):
    s = unicodedata.normalize("NFKC", s or "").replace("\\", "")
    for a, b in (("\u2018","'"),("\u2019","'"),("\u201c",'"'),("\u201d",'"'),("\u2013","-"),("\u2014","-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().casefold()
def strip_fm(t):
    if t.startswith("---\n"):
        end = t.find("\n---\n", 4)
        return t[end+5:]
    return t
ABBR = {"u.s", "st", "mt", "dr", "no", "mr", "mrs", "ms", "jr", "sr"}
def split_para(para):
    out, start = [], 0
    for m in re.finditer(r'[.!?]["\u201d]?\s+(?=["\u201c(A-Z0-9])', para):
        word = re.split(r"\s", para[start:m.start()])[-1].lower()
        if word in ABBR:
            continue
        out.append(para[start:m.end()]); start = m.end()
    out.append(para[start:])
    return [x for x in out if x.strip()]
def sentences(text):
    out = []
    for para in re.split(r"\n\s*\n|\n(?=[|#\-*\[])", text):
        out += split_para(para.replace("\n", " "))
    return out
errors = 0; n = 0
def check(path, frag, where):
    global errors, n
    n += 1
    text = open(path, encoding="utf-8").read()
    if fold(frag) not in fold(text):
        print(f"NOT FOUND {where}: {path}: {frag!r}"); errors += 1; return
    if not any(fold(frag) in fold(s) for s in sentences(strip_fm(text))):
        print(f"SPANS SENTENCES {where}: {path}: {frag!r}"); errors += 1
# the stories: bridge, ferry, orchard
for story in ("bridge", "ferry", "orchard"):
    b = os.path.join(ROOT, story)
    spec = yaml.safe_load(open(os.path.join(b, "expect.yaml")))
    for sect in ("findings", "must_not_flag"):
        for e in spec[sect]:
            for s in e["sides"]:
                check(os.path.join(b, s["doc"]), s["quote"], f"{story}/{sect}/{e['id']}")
    # no must_not_flag pair may have both of its sentences among one planted finding's sides
    def sentence_of(doc, frag):
        ss = [x for x in sentences(strip_fm(open(os.path.join(b, doc), encoding="utf-8").read())) if fold(frag) in fold(x)]
        return (doc, ss[0]) if len(ss) == 1 else None
    planted = {f["id"]: {sentence_of(s["doc"], s["quote"]) for s in f["sides"]} for f in spec["findings"]}
    for t in spec["must_not_flag"]:
        x, y = (sentence_of(s["doc"], s["quote"]) for s in t["sides"])
        for fid, ss in planted.items():
            if x in ss and y in ss:
                print(f"TRAP {story}/{t['id']} lies inside planted finding {fid}"); errors += 1
# pairs
for sub in ("pairs", "pairs/agree", "pairs2", "pairs2/agree"):
    base = os.path.join(ROOT, sub)
    spec = yaml.safe_load(open(os.path.join(base, "pairs.yaml")))
    ids = [str(i["id"]) for i in spec["instances"]]
    dirs = sorted(os.listdir(os.path.join(base, "pairs")))
    if sorted(ids) != dirs:
        print(f"{sub}: ids {ids} vs dirs {dirs}"); errors += 1
    for inst in spec["instances"]:
        for side in ("a", "b"):
            check(os.path.join(base, "pairs", str(inst["id"]), side + ".txt"), inst["quote_" + side], f"{sub}/{inst['id']}")
        for side in ("a", "b"):
            t = open(os.path.join(base, "pairs", str(inst["id"]), side + ".txt"), encoding="utf-8").read()
            fm = yaml.safe_load(t.split("---\n")[1])
            assert set(fm) == {"title", "outlet", "published"}, (inst["id"], fm)
# drafts
d = os.path.join(ROOT, "bridge-drafts")
for f in sorted(os.listdir(d)):
    if not f.endswith(".expect.yaml"):
        continue
    spec = yaml.safe_load(open(os.path.join(d, f)))
    draft = os.path.join(d, spec["draft"])
    lines = open(draft, encoding="utf-8").read().split("\n")
    for sect in ("expect", "silent", "unchecked"):
        for e in spec.get(sect, []):
            lo, hi = e["lines"]
            if "quote" in e:
                n += 1
                seg = fold(" ".join(lines[lo-1:hi]))
                if fold(e["quote"]) not in seg:
                    print(f"NOT ON LINES {f}/{sect} {lo}-{hi}: {e['quote']!r}"); errors += 1
print(f"{n} fragments checked, {errors} problems")
sys.exit(1 if errors else 0)
