#!/usr/bin/env python3
"""tempeval.py — contra's time expressions scored as TempEval-3 scores them.

    bench/tempeval/tempeval.py [--contra PATH] [--work DIR] [--show-errors] TML...

Each TimeML file (.tml) is turned into a plain-text document whose front matter gives
the document creation time (DCT) as `published:`, with the TIMEX3 tags stripped and
their byte spans kept as the gold standard. `contra dump dates --format jsonl` reads
the documents; its expressions are matched against the gold ones as the TempEval-3
scorer does (UzZaman et al. 2013):

  - strict match: same start and end; relaxed match: the spans overlap (each gold and
    each system expression is matched at most once);
  - precision = matches / system expressions, recall = matches / gold expressions,
    F1 their harmonic mean, for strict and for relaxed matching;
  - value (and type) F1 = (relaxed matches whose value is right / relaxed matches)
    x relaxed F1.

The DCT itself (functionInDocument="CREATION_TIME") is not text to read: it becomes the
front matter and is left out of the gold standard, as the TempEval-3 scorer leaves it
out. Values are compared as strings, after one canonical step on both sides: TimeML
1.2 writes a decade "197" and a century "19", ISO-TimeML (and contra) "197X" and
"19XX", so trailing X's after at least two digits are dropped.

The TimeBank and AQUAINT texts (TBAQ-cleaned, the TempEval-3 training data) are
LDC-licensed: fetch them yourself and keep them out of the repository (README.md here
says how). Never score against the TempEval-3 platinum test set while developing.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile

TAG = re.compile(r"<[^>]+>")


def canonical(value):
    """The value as compared: "197X" and "197" are one decade."""
    if value is None:
        return ""
    m = re.fullmatch(r"(\d{2,3})X+", value)
    return m.group(1) if m else value


def convert(tml_path):
    """Returns (document text, gold list of dicts with start, end (bytes), text, type,
    value). The document is front matter plus the TEXT element's content, tags
    stripped, entities decoded."""
    with open(tml_path, encoding="utf-8") as f:
        raw = f.read()
    dct = None
    m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if m:
        v = re.search(r'value="([^"]*)"', m.group(1))
        dct = v.group(1) if v else None
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body is None:
        raise ValueError(f"{tml_path}: no <TEXT> element")
    front = "---\n"
    if dct:
        front += f"published: {dct[:10]}\n"
    front += "---\n"
    out = bytearray(front.encode("utf-8"))
    gold = []
    open_timex = None
    pos = 0
    text = body.group(1)
    for tag in TAG.finditer(text):
        out += html.unescape(text[pos:tag.start()]).encode("utf-8")
        pos = tag.end()
        t = tag.group(0)
        if t.startswith("<TIMEX3"):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', t))
            if attrs.get("functionInDocument") == "CREATION_TIME":
                attrs["skip"] = True
            open_timex = (len(out), attrs)
        elif t.startswith("</TIMEX3") and open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            if attrs.get("skip"):
                continue
            gold.append({
                "start": start,
                "end": len(out),
                "text": out[start:].decode("utf-8", "replace"),
                "type": attrs.get("type", ""),
                "value": attrs.get("value", ""),
            })
    out += html.unescape(text[pos:]).encode("utf-8")
    return bytes(out), gold


def match(gold, system, strict):
    """Pairs each gold expression with at most one system expression."""
    pairs = []
    used = set()
    for g in gold:
        for k, s in enumerate(system):
            if k in used:
                continue
            if strict:
                ok = s["start"] == g["start"] and s["end"] == g["end"]
            else:
                ok = s["start"] < g["end"] and g["start"] < s["end"]
            if ok:
                pairs.append((g, s))
                used.add(k)
                break
    return pairs


def prf(n_match, n_system, n_gold):
    p = n_match / n_system if n_system else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tml", nargs="+", help="TimeML files (.tml)")
    ap.add_argument("--contra", default=os.environ.get("CONTRA", "build/src/cli/contra"))
    ap.add_argument("--work", help="folder for the converted documents (default: a temporary one)")
    ap.add_argument("--show-errors", action="store_true", help="list misses and wrong values")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--min-value-f1", type=float, metavar="PERCENT",
                    help="exit 1 when value F1 falls below PERCENT (for a regression test)")
    args = ap.parse_args()

    if args.work is None:
        holder = tempfile.TemporaryDirectory(prefix="contra-tempeval-")
        work = holder.name
    else:
        work = args.work
        os.makedirs(work, exist_ok=True)
    gold_by_path = {}
    paths = []
    for tml in sorted(args.tml):
        doc, gold = convert(tml)
        path = os.path.join(work, os.path.basename(tml)[: -len(".tml")] + ".txt")
        with open(path, "wb") as f:
            f.write(doc)
        gold_by_path[path] = gold
        paths.append(path)

    run = subprocess.run([args.contra, "dump", "dates", "--format", "jsonl", *paths],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        sys.exit(f"contra dump dates failed with status {run.returncode}")
    system_by_path = {p: [] for p in paths}
    for line in run.stdout.splitlines():
        e = json.loads(line)
        system_by_path.setdefault(e["path"], []).append(e)

    n_gold = n_system = n_strict = n_relaxed = n_value = n_type = 0
    errors = []
    for path in paths:
        gold, system = gold_by_path[path], system_by_path.get(path, [])
        n_gold += len(gold)
        n_system += len(system)
        n_strict += len(match(gold, system, True))
        relaxed = match(gold, system, False)
        n_relaxed += len(relaxed)
        for g, s in relaxed:
            value_ok = canonical(g["value"]) == canonical(s["value"])
            n_value += value_ok
            n_type += g["type"] == s["type"]
            if not value_ok:
                errors.append(f"{path}: value  \"{g['text']}\" {g['type']} {g['value']}  got \"{s['text']}\" {s['type']} {s['value']}")
        matched_gold = {id(g) for g, _ in relaxed}
        matched_system = {id(s) for _, s in relaxed}
        errors += [f"{path}: missed \"{g['text']}\" {g['type']} {g['value']}" for g in gold if id(g) not in matched_gold]
        errors += [f"{path}: extra  \"{s['text']}\" {s['type']} {s['value']}" for s in system if id(s) not in matched_system]

    sp, sr, sf = prf(n_strict, n_system, n_gold)
    rp, rr, rf = prf(n_relaxed, n_system, n_gold)
    value_f1 = (n_value / n_relaxed) * rf if n_relaxed else 0.0
    type_f1 = (n_type / n_relaxed) * rf if n_relaxed else 0.0
    figures = {
        "documents": len(paths), "gold": n_gold, "system": n_system,
        "strict": {"precision": sp, "recall": sr, "f1": sf},
        "relaxed": {"precision": rp, "recall": rr, "f1": rf},
        "value_f1": value_f1, "type_f1": type_f1,
    }
    if args.show_errors:
        print("\n".join(errors))
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"documents {len(paths)}, gold {n_gold}, contra {n_system}")
        print(f"strict   P {100*sp:5.1f}  R {100*sr:5.1f}  F1 {100*sf:5.1f}")
        print(f"relaxed  P {100*rp:5.1f}  R {100*rr:5.1f}  F1 {100*rf:5.1f}")
        print(f"value F1 {100*value_f1:5.1f}   type F1 {100*type_f1:5.1f}")
    if args.min_value_f1 is not None and 100 * value_f1 < args.min_value_f1:
        sys.exit(f"value F1 {100*value_f1:.1f} is below {args.min_value_f1}")


if __name__ == "__main__":
    main()
