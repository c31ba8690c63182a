#!/usr/bin/env python3
"""lexicon.py — what the benchmark needs to know of a rules folder.

    lexicon.py avoid RULES      every word of every alias, lower case, one a line:
                                contra-gen --avoid never invents one of them
    lexicon.py triggers RULES   the words that can trigger a rule, one a line, in the
                                cases contra's folding matches: the patterns of the
                                ripgrep scan that bench/run.sh takes as the raw-scan
                                limit (rg -F -f)

Triggers, by the kind of a rule's trigger slot:
  {is_a: X}          the aliases and irregular forms of every concept that is_a X (the
                     kind an id starts with counts, as in contra: "office/president" is_a
                     "office"); a noun also as its plural when that is not a prefix match
                     ("treaties"), a verb as its stem ("normaliz" for normalized)
  {value: money}     the currency signs, codes and names contra's amount reader knows
                     (src/normalize/words.c)
  {value: person}    with titled: the aliases of offices and titles (ranks)
  other values       the words contra's normalisers start from (dates: month names)
This reads the YAML with PyYAML (python3-yaml); no other dependency.
"""
import glob
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover - said plainly, with the package to install
    sys.exit("lexicon.py: PyYAML is missing (apt-get install python3-yaml)")

CURRENCY = ["$", "\u20ac", "\u00a3", "\u00a5", "\u20ab", "\u20b9", "\u20a9", "USD", "EUR", "GBP", "JPY", "CNY",
            "VND", "AUD", "CAD", "KRW", "INR", "RUB", "SGD", "HKD", "TWD", "THB", "PHP", "MYR", "IDR", "CHF", "RMB",
            "dollar", "euro", "yen", "yuan", "renminbi", "dong", "won", "rupee", "ruble", "rouble", "baht", "ringgit",
            "rupiah"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def load(rules):
    concepts, rule_list = {}, []
    for path in sorted(glob.glob(os.path.join(rules, "**", "*.yaml"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            # libyaml's loader when PyYAML has it: the generated lexicon of a 500 MB
            # corpus is 140,000 concepts, a minute for the pure-Python one.
            doc = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        for c in doc.get("lexicon") or []:
            concepts[c["id"]] = c
        rule_list.extend(doc.get("rules") or [])
    return concepts, rule_list


def as_list(x):
    if x is None:
        return []
    return x if isinstance(x, list) else [x]


def ancestors(concepts, cid, seen=None):
    """cid, its kind, and everything it is_a, transitively."""
    seen = set() if seen is None else seen
    if cid in seen:
        return seen
    seen.add(cid)
    if "/" in cid:
        ancestors(concepts, cid.split("/", 1)[0], seen)
    for parent in as_list((concepts.get(cid) or {}).get("is_a")):
        ancestors(concepts, parent, seen)
    return seen


def spellings(c):
    """The aliases and forms of a concept, with the inflections a fixed-string search
    would otherwise miss."""
    out = []
    inflect = c.get("inflect", "noun")
    for alias in as_list(c.get("aliases")):
        alias = str(alias)
        out.append(alias)
        if inflect == "noun" and alias.endswith("y") and not alias.endswith(("ay", "ey", "oy", "uy")):
            out.append(alias[:-1] + "ies")
        elif inflect == "verb":
            first, _, rest = alias.partition(" ")
            if first.endswith("e"):
                out.append(first[:-1] + (" " + rest if rest else ""))
            elif first.endswith("y"):
                out.append(first[:-1] + "i" + (" " + rest if rest else ""))
    out.extend(str(f) for f in as_list(c.get("forms")))
    return out


def triggers(rules):
    concepts, rule_list = load(rules)
    words = set()
    for rule in rule_list:
        trigger = rule.get("trigger") or {}
        if "is_a" in trigger:
            wanted = set(as_list(trigger["is_a"]))
            for cid, c in concepts.items():
                if ancestors(concepts, cid) & wanted:
                    words.update(spellings(c))
        value = trigger.get("value")
        if value == "money":
            words.update(CURRENCY)
        elif value == "person":
            for cid, c in concepts.items():
                if ancestors(concepts, cid) & {"office", "title"}:
                    words.update(spellings(c))
        elif value == "date":
            words.update(MONTHS)
    # contra folds case; rg -i does too, but with thousands of fixed strings it leaves
    # its fast path (ripgrep 13: 30 times slower, same lines matched), so each word is
    # given as written, in lower case, capitalised and in capitals instead.
    cased = set()
    for w in words:
        if w.strip():  # an empty line would match everything
            cased.update((w, w.lower(), w[:1].upper() + w[1:], w.upper()))
    return sorted(cased)


def avoid(rules):
    concepts, _ = load(rules)
    words = set()
    for c in concepts.values():
        texts = as_list(c.get("aliases")) + as_list(c.get("forms")) + [c.get("label") or "", c.get("adjective") or ""]
        for t in texts:
            for w in re.findall(r"[A-Za-z]+", str(t)):
                w = w.lower()
                words.update((w, w + "s", w + "ed", w + "d"))
    return sorted(words)


def main(argv):
    if len(argv) != 3 or argv[1] not in ("avoid", "triggers"):
        sys.exit(__doc__.split("\n\n")[1])
    lines = avoid(argv[2]) if argv[1] == "avoid" else triggers(argv[2])
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
