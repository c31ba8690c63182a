#!/usr/bin/env python3
"""draft.py — writes the benchmark's editor's draft: about WORDS words of Markdown made
of the project's own test drafts (planted errors, agreements, suppressions) and then
paragraphs of the shipped corpus's prose, so that lint has real claims to compare.

    draft.py ROOT [WORDS] > draft.md
"""
import pathlib
import re
import sys


def paragraphs(path):
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # front matter is not prose
    return [p for p in text.split("\n\n") if p.strip()]


def main(argv):
    root = pathlib.Path(argv[1])
    want = int(argv[2]) if len(argv) > 2 else 2000
    sources = sorted((root / "tests" / "drafts").glob("*.md")) + sorted((root / "corpus").glob("*.txt"))
    out, words = [], 0
    for path in sources:
        for para in paragraphs(path):
            if words >= want:
                break
            out.append(para.strip())
            words += len(para.split())
    print("\n\n".join(out))
    print(f"draft.py: {words} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
