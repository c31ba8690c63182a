#!/usr/bin/env python3
"""components.py — how far the reconciler's work splits, from a claim index.

The reconciler groups claims by (subject, attribute), but some passes reach across
groups (reconcile/reach.h): the claims of one rule match stay together, a partial
claim may join any subject of its head concept, firsts and status claims are
compared across subjects, and people whose names differ by one word are compared.
Claims joined by these relations form components that could be reconciled apart,
in memory bounded by the largest. This prints their sizes beside the groups'.

    bench/components.py INDEX.sqlite
"""
import collections
import sqlite3
import sys


def main():
    db = sqlite3.connect(sys.argv[1])
    rows = db.execute(
        "SELECT rowid, document, frame, subject, attribute, head, partial, person, person_slug, name_bucket, action, family"
        " FROM claims"
    ).fetchall()
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        a, b = find(a), find(b)
        if a != b:
            parent[a] = b

    first = {}

    def join(key, rowid):
        if key in first:
            union(rowid, first[key])
        else:
            first[key] = rowid

    partial_heads = {r[5] for r in rows if r[6]}
    for rowid, *_ in rows:
        parent[rowid] = rowid
    groups = collections.Counter()
    for rowid, document, frame, subject, attribute, head, partial, person, slug, bucket, action, family in rows:
        groups[(subject, attribute)] += 1
        join(("frame", document, frame), rowid)
        join(("subject", subject), rowid)
        # firsts meet across subjects when their actions do (here: the same action,
        # leaving out an action that is a kind of another); status claims within
        # their family
        if action:
            join(("first", action), rowid)
        if family:
            join(("family", family), rowid)
        if bucket:
            join(("name bucket", bucket), rowid)
        if head in partial_heads:
            join(("head", head), rowid)
        if person:
            join(("person", person), rowid)
            words = slug.split("-") if slug else []
            if len(words) >= 2:
                for w in range(len(words)):
                    join(("bucket", len(words), w, tuple(words[:w] + words[w + 1:])), rowid)
    sizes = collections.Counter(find(r[0]) for r in rows)
    largest = sizes.most_common(3)
    print(f"claims {len(rows):,}; groups {len(groups):,}, the largest {max(groups.values()):,} claims")
    print(f"components {len(sizes):,}, the largest {', '.join(f'{n:,}' for _, n in largest)} claims")


main()
