#!/usr/bin/env python3
"""table.py — prints the benchmark's one table and its targets from bench/run.sh's
results file (key=value lines; time.NAME is "wall-seconds peak-RSS-KB exit-status").

    table.py OUT/seedS-NNNmb-rateR/results.txt

The table is Markdown, so that a run can be pasted into bench/README.md as it is.
"""
import json
import sys

MB = 1e6
BUDGET_BASE = 64 * 2**20   # the memory target: 64 MB ...
BUDGET_PER_CLAIM = 200     # ... plus 200 bytes per claim


def read(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            values[key] = value
    return values


class Run:
    """One measured command."""

    other = steal = 0.0  # CPU seconds the rest of the machine took, and the hypervisor stole

    def __init__(self, text):
        parts = (text or "- - missing").split()
        self.status = parts[2] if len(parts) > 2 else "missing"
        self.ok = self.status == "0"
        try:
            self.wall = float(parts[0])
            self.rss = int(parts[1]) * 1024
        except ValueError:
            self.wall = self.rss = None

    def why(self, timeout):
        return {"124": f"timed out after {timeout} s", "137": f"killed after {timeout} s",
                "134": "aborted (out of memory under the 90% cap?)", "139": "crashed (segmentation fault)",
                "133": "out of memory (glib aborts with SIGTRAP) under the 90% cap", "skipped": "skipped: a smaller size failed",
                "nodisk": "skipped: not enough disk", "missing": "not run"}.get(self.status, f"exit status {self.status}")


def fmt(x, digits=1):
    return "—" if x is None else f"{x:,.{digits}f}"


def main(argv):
    v = read(argv[1])
    runs = {k[5:]: Run(val) for k, val in v.items() if k.startswith("time.")}
    for k, val in v.items():
        if k.startswith("load.") and k[5:] in runs and val.split():
            runs[k[5:]].other, runs[k[5:]].steal = (float(x) for x in val.split())
    nbytes = int(v.get("bytes", 0))
    claims = int(v.get("claims", 0) or 0)
    jobs = v.get("jobs", "2")
    timeout = v.get("timeout", "?")
    score = {}
    if v.get("score"):
        with open(v["score"], encoding="utf-8") as f:
            score = json.load(f)

    print(f"contra benchmark, {v.get('date')}: {v.get('machine')}; contra {v.get('commit')}")
    print(f"corpus: {nbytes / MB:,.1f} MB, {int(v.get('docs', 0)):,} documents, {claims:,} claims "
          f"({claims / (nbytes / 1000) if nbytes else 0:.2f} per KB); seed {v.get('seed')}, conflict rate "
          f"{v.get('conflict_rate')}; {int(v.get('patterns', 0)):,} trigger patterns for rg")
    print()
    print("| measure | threads | wall s | MB/s | claims/s | peak RSS MB | budget MB | note |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")

    def row(label, threads, run, n_bytes, n_claims, note=""):
        if run is None:
            return
        if not run.ok:
            note = run.why(timeout) + ("; " + note if note else "")
        if run.wall and run.other > 0.05 * run.wall:
            note += ("; " if note else "") + f"other work on the machine: {run.other:.1f} CPU s"
        if run.wall and run.steal > 0.05 * run.wall:
            note += ("; " if note else "") + f"stolen by the hypervisor: {run.steal:.1f} s"
        mbps = n_bytes / MB / run.wall if run.ok and n_bytes and run.wall else None
        cps = n_claims / run.wall if run.ok and n_claims and run.wall else None
        budget = (BUDGET_BASE + BUDGET_PER_CLAIM * n_claims) / 2**20 if n_claims else None
        rss = run.rss / 2**20 if run.ok and run.rss is not None else None
        print(f"| {label} | {threads} | {fmt(run.wall, 2) if run.wall is not None else '—'} | {fmt(mbps)} | "
              f"{fmt(cps, 0)} | {fmt(rss, 0)} | {fmt(budget, 0)} | {note} |")

    report, c1, c2 = runs.get("report"), runs.get("claims1"), runs.get("claims2")
    rg1, rgj = runs.get("rg1"), runs.get(f"rg{jobs}") or runs.get("rg1")
    ratio = report.wall / rgj.wall if report and rgj and report.ok and rgj.ok and rgj.wall else None
    speedup = c1.wall / c2.wall if c1 and c2 and c1.ok and c2.ok and c2.wall else None
    row("contra report, end to end (json)", jobs, report, nbytes, claims,
        f"{ratio:.1f}× rg's trigger scan" if ratio else "")
    row("contra claims (extraction, jsonl)", 1, c1, nbytes, claims)
    row("contra claims (extraction, jsonl)", 2, c2, nbytes, claims,
        (f"{speedup:.2f}× one thread; " if speedup else "") + f"output identical: {v.get('identical', '?')}")
    row("rg -F, every trigger word", 1, rg1, nbytes, 0, f"{int(v.get('rg_lines', 0)):,} lines match")
    if jobs != "1":
        row("rg -F, every trigger word", jobs, runs.get(f"rg{jobs}"), nbytes, 0)

    lint = runs.get("lint")
    if lint:
        row(f"contra lint, a {int(v.get('draft_words', 0)):,}-word draft vs the shipped corpus", jobs, lint, 0, 0,
            "rules, 5 documents and the draft, read and compared")

    sizes = [s for s in v.get("sizes", "").split() if s]
    per_claim = {}
    for s in sizes:
        run = runs.get(f"reconcile{s}")
        n = int(float(s) * 1e6)
        note = ""
        if run and run.ok:
            per_claim[s] = run.wall / n
            note = f"{per_claim[s] * 1e6:.2f} µs/claim"
        row(f"contra report --claims, {s} M claims", 1, run, 0, n, note)

    if score:
        print(f"| recall: planted conflicts found | | | | | | | {score['found_conflicts']:,} / "
              f"{score['planted_conflicts']:,} = {score['recall']:.3f} |")
        print(f"| precision: findings that find one | | | | | | | {score['true_findings']:,} / {score['findings']:,} "
              f"= {score['precision']:.3f} |")
        print(f"| planted agreements reported as conflicts | | | | | | | {score['agreements_reported']:,} / "
              f"{score['agreements']:,} |")
        if "extraction_recall" in score:
            print(f"| planted statements extracted | | | | | | | {score['extracted']:,} / {score['statements']:,} "
                  f"= {score['extraction_recall']:.4f}; {score.get('extracted_wrong_value', 0):,} with another "
                  f"value than stated |")

    # ---- targets -------------------------------------------------------------------------
    print()
    print("| target | measured | |")
    print("|---|---|---|")

    def target(label, measured, ok):
        print(f"| {label} | {measured} | {'PASS' if ok else 'MISS'} |")

    ex = nbytes / MB / c1.wall if c1 and c1.ok and c1.wall else None
    target("extraction ≥ 100 MB/s per core", f"{fmt(ex)} MB/s on 1 thread" if ex else "not measured",
           ex is not None and ex >= 100)
    target(f"end to end within 10× of rg's trigger scan ({jobs} threads)",
           f"{ratio:.1f}×" if ratio else "not measured", ratio is not None and ratio <= 10)
    target("2 threads ≥ 1.8× one thread (extraction)",
           (f"{speedup:.2f}×" if speedup else "not measured") + f", output identical: {v.get('identical', '?')}"
           + (f"; this machine's ceiling: {v['ceiling']}× (two busy loops)" if v.get("ceiling") else ""),
           speedup is not None and speedup >= 1.8 and v.get("identical") == "yes")

    t10 = None
    how = ""
    if "10" in per_claim:
        t10, how = per_claim["10"] * 1e7, "measured"
    elif "5" in per_claim and "20" in per_claim:
        t5, t20 = per_claim["5"] * 5e6, per_claim["20"] * 2e7
        t10, how = t5 + (t20 - t5) / 3, "interpolated from 5 M and 20 M"
    failed = [s for s in sizes if s not in per_claim]
    if t10 is not None:
        measured = f"{t10:.1f} s ({how})"
    elif failed:
        measured = f"not measured: {runs[f'reconcile{failed[0]}'].why(timeout)} at {failed[0]} M claims"
        known = [s for s in sizes if s in per_claim and float(s) < 10]
        if known:
            # Time per claim has not fallen with size so far: 10 M takes at least this.
            s = known[-1]
            measured += f"; at {per_claim[s] * 1e6:.1f} µs/claim (the {s} M rate) 10 M would take {per_claim[s] * 1e7:.0f} s"
    else:
        measured = "not measured: give --sizes with 10, or with 5 and 20"
    target("reconcile 10 M claims in < 10 s", measured, t10 is not None and t10 < 10)
    if len(per_claim) == len(sizes) and len(sizes) >= 2:
        lo, hi = min(per_claim.values()), max(per_claim.values())
        target(f"time per claim flat from {sizes[0]} M to {sizes[-1]} M (within 25%)",
               ", ".join(f"{per_claim[s] * 1e6:.2f}" for s in sizes) + " µs", hi <= 1.25 * lo)
    elif len(sizes) < 2:
        target("time per claim flat across sizes", "not measured: give --sizes with two sizes or more", False)
    else:
        target(f"time per claim flat from {sizes[0]} M to {sizes[-1]} M",
               "not every size finished: " + ", ".join(f"{s} M" for s in failed), False)

    worst = None
    for name, n in [("report", claims), ("claims1", claims), ("claims2", claims)] + \
                   [(f"reconcile{s}", int(float(s) * 1e6)) for s in sizes]:
        run = runs.get(name)
        if run and run.ok and run.rss:
            over = run.rss / (BUDGET_BASE + BUDGET_PER_CLAIM * n)
            if worst is None or over > worst[0]:
                worst = (over, name, run.rss, n)
    if worst:
        over, name, rss, n = worst
        target("peak memory ≤ 64 MB + 200 B per claim",
               f"worst: {name}, {rss / 2**20:,.0f} MB for {n:,} claims = {over:.1f}× the budget "
               f"({rss / max(n, 1):,.0f} B/claim)", over <= 1)
    else:
        target("peak memory ≤ 64 MB + 200 B per claim", "not measured", False)

    if lint:
        target("lint of a 2,000-word draft unnoticed (< 0.1 s)",
               f"{lint.wall:.2f} s" if lint.ok else lint.why(timeout), lint.ok and lint.wall < 0.1)
    if score:
        target("every planted conflict found", f"{score['found_conflicts']:,} / {score['planted_conflicts']:,}",
               score["found_conflicts"] == score["planted_conflicts"])
        target("no planted agreement reported as a conflict",
               f"{score['agreements_reported']:,} of {score['agreements']:,}", score["agreements_reported"] == 0)
    else:
        target("every planted conflict found", "not scored (no report)", False)
        target("no planted agreement reported as a conflict", "not scored (no report)", False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
