#!/usr/bin/env python3
"""shards.py — contra over shards of a corpus, with SQLite as the shared claim store.

Extraction is a map over documents, and reconciling a group-by over claim keys
(DESIGN.md, Scale). This recipe runs the map as separate `contra claims` processes,
one per shard (here threads of one machine; on a cluster, one job per shard), gathers
their JSON Lines into one SQLite database, and has SQLite put the claims back in the
corpus's order and serve them, grouped by key, to one `contra report --claims`:

    bench/shards.py --contra build/src/cli/contra --rules rules --corpus corpus \\
        --shards 3 --store /tmp/claims.sqlite [--jobs 2] [--format json] [--check]

Documents are dealt to the shards in turn, so no shard is a contiguous run of the
corpus: the store's order (each document's rank in the corpus, then its lines in the
order its shard wrote them) is what makes the report the same as one run's. With
--check it runs `contra report` over the whole corpus too and exits 1 unless the two
print the same bytes. It prints the report, and on standard error the store's
largest groups by (subject, attribute), the group-by as SQL sees it.
"""
import argparse
import concurrent.futures
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

import yaml

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


def corpus_order(corpus):
    """The documents of a corpus folder in contra's order: the manifest's, then the
    other document files by name (src/corpus/corpus.c)."""
    listed = []
    manifest = os.path.join(corpus, "sources.yaml")
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            listed = [entry["file"] for entry in (yaml.safe_load(f) or {}).get("sources", [])]
    rest = sorted(
        name
        for name in os.listdir(corpus)
        if name.endswith(DOCUMENT_SUFFIXES)
        and not name.startswith(".")
        and not name.upper().startswith("README")
        and name not in listed
    )
    return [os.path.join(corpus, name) for name in listed + rest]


def extract(contra, rules, files, out):
    """The map: one shard's claims as JSON Lines in @out."""
    subprocess.run([contra, "claims", "--quiet", "--rules", rules, "--format", "jsonl", "--output", out] + files,
                   check=True)
    return out


def store(path, shards, rank):
    """Gathers the shards' lines into the SQLite database at @path."""
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE lines (rank INTEGER NOT NULL, kind INTEGER NOT NULL, seq INTEGER NOT NULL,"
               " subject TEXT, attribute TEXT, line TEXT NOT NULL)")
    for out in shards:
        with open(out, encoding="utf-8") as f:
            rows = []
            for seq, line in enumerate(f):
                record = json.loads(line)
                if record["type"] == "source":
                    rows.append((rank[os.path.basename(record["source"]["path"])], 0, seq, None, None, line))
                else:
                    claim = record["claim"]
                    rows.append((rank[os.path.basename(claim["path"])], 1, seq, claim["subject"], claim["attribute"],
                                 line))
        db.executemany("INSERT INTO lines VALUES (?, ?, ?, ?, ?, ?)", rows)
    db.execute("CREATE INDEX lines_in_order ON lines (rank, kind, seq)")
    db.commit()
    return db


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--contra", required=True)
    parser.add_argument("--rules", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--shards", type=int, default=2)
    parser.add_argument("--store", required=True)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--format", default="json")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()

    documents = corpus_order(args.corpus)
    rank = {os.path.basename(path): i for i, path in enumerate(documents)}
    with tempfile.TemporaryDirectory(prefix="contra-shards-") as work:
        dealt = [documents[k::args.shards] for k in range(args.shards)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outs = list(pool.map(lambda k: extract(args.contra, args.rules, dealt[k],
                                                   os.path.join(work, f"shard-{k}.jsonl")),
                                 [k for k in range(args.shards) if dealt[k]]))
        db = store(args.store, outs, rank)
        for subject, attribute, n in db.execute(
                "SELECT subject, attribute, count(*) AS n FROM lines WHERE kind = 1"
                " GROUP BY subject, attribute ORDER BY n DESC, subject, attribute LIMIT 3"):
            print(f"shards.py: group {subject} {attribute}: {n} claims", file=sys.stderr)
        merged = os.path.join(work, "merged.jsonl")
        with open(merged, "w", encoding="utf-8") as f:
            for (line,) in db.execute("SELECT line FROM lines ORDER BY rank, kind, seq"):
                f.write(line)
        db.close()
        report = subprocess.run([args.contra, "report", "--rules", args.rules, "--format", args.format, "--claims",
                                 merged], stdout=subprocess.PIPE, check=False)
    sys.stdout.buffer.write(report.stdout)
    if not args.check:
        return report.returncode
    whole = subprocess.run([args.contra, "report", "--quiet", "--no-index", "--rules", args.rules, "--corpus",
                            args.corpus, "--format", args.format], stdout=subprocess.PIPE, check=False)
    if whole.stdout != report.stdout or whole.returncode != report.returncode:
        print(f"shards.py: the report over {args.shards} shards differs from one run's", file=sys.stderr)
        return 1
    print(f"shards.py: {args.shards} shards, {len(documents)} documents: the same report as one run"
          f" ({len(whole.stdout)} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
