#!/usr/bin/env python3
"""score.py — how well contra finds the conflicts contra-gen planted, and leaves its
agreements alone.

    score.py --truth OUT/truth.yaml --report OUT/report.json [--claims OUT/claims.jsonl]

A claim of the report is matched to a planted statement when it names the same file,
line and subject and its column falls within the statement's sentence. Then:

  recall      a planted conflict (one statement contradicting the fact's other
              statements) is found when one finding holds both the contradicting
              statement's claim and a claim of another statement of the same subject
              (for a status and the embargo's steps, of the one checked against the
              other);
  precision   the share of findings (conflict, discrepancy, self-contradiction,
              variant) that find a planted conflict; a finding on claims the generator
              did not plant counts against it;
  agreements  a fact whose statements agree (at another granularity, in other words)
              is reported as a conflict when a finding holds two of its agreeing
              statements and none that contradicts;
  extraction  with --claims: the share of planted statements that gave a claim with
              the expected subject (a miss there explains a miss above), and how many
              of them gave another value than the one stated (dates, names, amounts).

Only the standard library: truth.yaml is written one fact a line in flow YAML that is
also JSON, so it is read line by line without a YAML parser.
"""
import argparse
import collections
import json
import os
import sys

FLAGGING = {"conflict", "discrepancy", "self-contradiction", "variant"}


def load_truth(path):
    facts, summary = [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  - {"):
                facts.append(json.loads(line[4:]))
            elif line.startswith("summary: "):
                summary = json.loads(line[len("summary: "):])
    return facts, summary


class Index:
    """Planted statements by (file, line), to match a claim's position."""

    def __init__(self, facts):
        self.at = collections.defaultdict(list)
        for fact in facts:
            for i, m in enumerate(fact["mentions"]):
                self.at[(m["file"], m["line"])].append((fact, i))

    def match(self, claim):
        key = (os.path.basename(claim.get("path", "")), claim.get("line"))
        col = claim.get("column", 0)
        for fact, i in self.at.get(key, ()):
            m = fact["mentions"][i]
            if m["columns"][0] <= col <= m["columns"][1] and claim.get("subject") == fact["subject"]:
                return fact, i
        return None


def score(facts, report, index):
    by_id = {f["id"]: f for f in facts}
    by_subject = collections.defaultdict(list)
    related = collections.defaultdict(set)  # subject -> subjects checked against it, or it against
    for f in facts:
        by_subject[f["subject"]].append(f)
        for other in f.get("against", []):
            related[f["subject"]].add(other)
            related[other].add(f["subject"])

    found = set()           # (fact id, mention index) of conflicts found
    wrongly = set()         # fact ids whose agreeing statements were reported
    kinds = collections.Counter()
    tp_kinds = collections.Counter()
    fp_reasons = collections.Counter()
    fp_examples = []
    n_flagging = n_tp = 0

    for finding in report.get("findings", []):
        kind = finding.get("kind")
        kinds[kind] += 1
        if kind not in FLAGGING:
            continue
        n_flagging += 1
        matched = [index.match(c) for c in finding.get("claims", [])]
        hits = [m for m in matched if m is not None]
        per_fact = collections.defaultdict(set)
        for fact, i in hits:
            per_fact[fact["id"]].add(i)

        is_tp = False
        for fid, idxs in per_fact.items():
            fact = by_id[fid]
            conflicts = [i for i in idxs if fact["mentions"][i]["role"] == "conflict"]
            if not conflicts:
                continue
            partners = len(idxs) - len(conflicts)
            # Statements of another fact on the same subject count too: contra compares
            # an office's holders at one time, whichever planted fact they came from. So
            # do the statements checked against it: a status against a step wrongly dated.
            for subject in [fact["subject"]] + sorted(related[fact["subject"]]):
                for other in by_subject.get(subject, []):
                    if other["id"] != fid:
                        partners += len(per_fact.get(other["id"], ()))
            # A second contradicting statement of a shared fact is a partner too.
            if fact.get("global") and len(conflicts) > 1:
                partners += 1
            if partners > 0:
                is_tp = True
                for i in conflicts:
                    found.add((fid, i))
        if is_tp:
            n_tp += 1
            tp_kinds[kind] += 1
            continue

        # Not a planted conflict: why?
        reason = "claims not planted"
        for fid, idxs in per_fact.items():
            fact = by_id[fid]
            agreeing = [i for i in idxs if fact["mentions"][i]["role"] == "agree"]
            if len(agreeing) >= 2 or (fact.get("against") and agreeing):
                wrongly.add(fid)
                reason = "agreeing statements of one fact"
        if reason == "claims not planted" and len(per_fact) >= 2:
            reason = "statements of different facts"
        elif reason == "claims not planted" and per_fact:
            reason = "a planted statement against an unplanted claim"
        fp_reasons[reason] += 1
        if len(fp_examples) < 12:
            fp_examples.append({
                "reason": reason,
                "kind": kind,
                "rule": finding.get("rule"),
                "subject": finding.get("subject"),
                "message": finding.get("message", "")[:300],
                "claims": [f'{os.path.basename(c.get("path", ""))}:{c.get("line")}:{c.get("column")}'
                           for c in finding.get("claims", [])[:4]],
            })

    planted = [(f, i) for f in facts for i, m in enumerate(f["mentions"]) if m["role"] == "conflict"]
    missed = [(f, i) for f, i in planted if (f["id"], i) not in found]
    agreements = [f for f in facts if not any(m["role"] == "conflict" for m in f["mentions"])]
    agreements_wrong = [f for f in agreements if f["id"] in wrongly]

    by_kind = collections.defaultdict(lambda: [0, 0])
    for f, i in planted:
        by_kind[f["kind"]][0] += 1
        by_kind[f["kind"]][1] += (f["id"], i) in found

    corroborated = 0
    for c in report.get("corroborations", []):
        ids = collections.Counter(h[0]["id"] for h in (index.match(x) for x in c.get("claims", [])) if h)
        corroborated += sum(1 for fid, n in ids.items() if n >= 2)

    return {
        "planted_conflicts": len(planted),
        "found_conflicts": len(planted) - len(missed),
        "recall": (len(planted) - len(missed)) / len(planted) if planted else 1.0,
        "findings": n_flagging,
        "true_findings": n_tp,
        "precision": n_tp / n_flagging if n_flagging else 1.0,
        "agreements": len(agreements),
        "agreements_reported": len(agreements_wrong),
        "facts_corroborated": corroborated,
        "finding_kinds": dict(kinds),
        "true_finding_kinds": dict(tp_kinds),
        "false_finding_reasons": dict(fp_reasons),
        "recall_by_kind": {k: {"planted": v[0], "found": v[1]} for k, v in sorted(by_kind.items())},
        "missed_examples": [
            {"kind": f["kind"], "subject": f["subject"], "what": f["what"], "value": f["value"],
             "planted": f.get("planted"), "statement": f["mentions"][i]}
            for f, i in missed[:10]
        ],
        "false_examples": fp_examples,
        "agreements_reported_examples": [
            {"kind": f["kind"], "subject": f["subject"], "what": f["what"],
             "values": [m["value"] for m in f["mentions"]]}
            for f in agreements_wrong[:10]
        ],
    }


def stated_value(fact, mention):
    """The value a claim of this statement should carry, as contra normalises it, where
    the truth says it exactly: a date, a holder's name, an amount (a ship type or a list
    may be stated by a broader or narrower concept, on purpose)."""
    if fact["attribute"] == "date" and not fact.get("against"):
        return mention["value"]
    if fact["attribute"] == "holder":
        return mention["value"].split("@")[0]
    if fact["attribute"] == "amount":
        return mention["value"]
    return None


def extraction(facts, claims_path, index):
    """The share of planted statements that gave a claim with the expected subject, and
    of those whose value can be checked, the share that gave the stated value."""
    seen = set()
    wrong = {}
    with open(claims_path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith('{"type":"claim"'):
                continue
            claim = json.loads(line)["claim"]
            hit = index.match(claim)
            if hit:
                seen.add((hit[0]["id"], hit[1]))
                fact, i = hit
                want = stated_value(fact, fact["mentions"][i])
                if want is not None and claim.get("attribute") == fact["attribute"]:
                    got = (claim.get("value") or {}).get("normalized")
                    if got != want and len(wrong) < 100000:
                        wrong[(fact["id"], i)] = {"kind": fact["kind"], "subject": fact["subject"],
                                                  "want": want, "got": got, "statement": fact["mentions"][i]}
    total = collections.Counter()
    got = collections.Counter()
    misses = []
    for fact in facts:
        for i, m in enumerate(fact["mentions"]):
            total[fact["kind"]] += 1
            if (fact["id"], i) in seen:
                got[fact["kind"]] += 1
            elif len(misses) < 10:
                misses.append({"kind": fact["kind"], "subject": fact["subject"], "statement": m})
    n, k = sum(total.values()), sum(got.values())
    return {
        "statements": n,
        "extracted": k,
        "extraction_recall": k / n if n else 1.0,
        "extracted_wrong_value": len(wrong),
        "wrong_value_by_kind": dict(collections.Counter(w["kind"] for w in wrong.values())),
        "wrong_value_examples": list(wrong.values())[:10],
        "extraction_by_kind": {kind: {"statements": total[kind], "extracted": got[kind]} for kind in sorted(total)},
        "extraction_missed_examples": misses,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth", required=True)
    ap.add_argument("--report", required=True, help="contra report --format json")
    ap.add_argument("--claims", help="contra claims --format jsonl (for extraction recall)")
    ap.add_argument("--json", help="write the figures to this file as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="print examples of misses and false findings")
    args = ap.parse_args()

    facts, summary = load_truth(args.truth)
    index = Index(facts)
    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    result = score(facts, report, index)
    if args.claims:
        result.update(extraction(facts, args.claims, index))
    result["truth_summary"] = summary

    print(f"planted conflicts found: {result['found_conflicts']}/{result['planted_conflicts']} "
          f"(recall {result['recall']:.3f})")
    for kind, v in result["recall_by_kind"].items():
        print(f"    {kind:18} {v['found']}/{v['planted']}")
    print(f"findings that find a planted conflict: {result['true_findings']}/{result['findings']} "
          f"(precision {result['precision']:.3f}); others: {result['false_finding_reasons']}")
    print(f"agreements reported as conflicts: {result['agreements_reported']}/{result['agreements']}; "
          f"facts corroborated: {result['facts_corroborated']}")
    if args.claims:
        print(f"planted statements extracted: {result['extracted']}/{result['statements']} "
              f"({result['extraction_recall']:.3f}); with another value than stated: "
              f"{result['extracted_wrong_value']}")
        for kind, v in result["extraction_by_kind"].items():
            print(f"    {kind:18} {v['extracted']}/{v['statements']}")
    if args.verbose:
        for key in ("missed_examples", "false_examples", "agreements_reported_examples", "extraction_missed_examples",
                    "wrong_value_examples"):
            for ex in result.get(key, []):
                print(f"{key}: {json.dumps(ex)}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
