"""Build ``rules/sentence_ends.tsv``: words that all but never end a sentence in native news.

    python -m bench.sentence_ends

Counts, over the tuning halves of the two native corpora (the texts ``bench.case_prior``
reads), how often each lower-case word stands before a full stop, question or exclamation
mark and how often in all.  Verb forms are pooled by lemma ('locate', 'locates', 'located',
'locating'), so a form seen a few times borrows the evidence of its verb.  Only words seen
often enough whose pooled share of sentence ends is tiny ship: a transitive verb or a
preposition ('brought', 'locating', 'about') wants what follows it, so a capital after it is
a stray capital, not the start of a sentence whose stop was lost.  The other halves stay
unseen, for measuring false edits."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from .case_prior import tuning_texts

OUT = Path(__file__).resolve().parent.parent / "rules" / "sentence_ends.tsv"
_WORD = re.compile(r"(?<![\w’'.-])([a-z]+)(?![\w’'-])(\s*[.!?])?")


def count(texts: list[str]) -> tuple[Counter, Counter]:
    """(times each lower-case word is seen, times a sentence ends right after it)."""
    seen: Counter = Counter()
    ends: Counter = Counter()
    for text in texts:
        for m in _WORD.finditer(text):
            w = m.group(1)
            seen[w] += 1
            if m.group(2) and not re.match(r"[.!?]\s*[a-z0-9]", text[m.start(2):m.start(2) + 3].lstrip()):
                ends[w] += 1
    return seen, ends


def pooled(word: str, seen: Counter, ends: Counter) -> tuple[int, int]:
    from cleanup.tagger import verb_forms

    forms = set(verb_forms(word)) | {word}
    return sum(seen[f] for f in forms), sum(ends[f] for f in forms)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-seen", type=int, default=3, help="the word itself seen at least this often")
    ap.add_argument("--min-pooled", type=int, default=30, help="its verb's forms seen at least this often")
    ap.add_argument("--max-share", type=float, default=0.015, help="pooled share of sentence ends at most")
    args = ap.parse_args(argv)
    from cleanup.tagger import verb_forms

    seen, ends = count(tuning_texts())
    rows: list[tuple[str, int, int]] = []
    for w in sorted(seen):
        if seen[w] < args.min_seen or len(w) < 2:
            continue
        total, final = pooled(w, seen, ends)
        if total >= args.min_pooled and final <= args.max_share * total:
            rows += [(f, total, final) for f in set(verb_forms(w)) | {w}]  # 'locating' as surely as 'located'
        elif seen[w] >= args.min_pooled and ends[w] <= args.max_share * seen[w]:
            rows.append((w, seen[w], ends[w]))  # 'saw' on its own evidence ('seen' ends sentences)
    rows = sorted(set(rows))
    header = ("# Lower-case words that all but never end a sentence in native news: word, times seen, times\n"
              "# before a sentence end (verb forms pooled by lemma). Counts only, from the tuning halves of the\n"
              "# BBC and CNN/DailyMail sets; rebuild: python -m bench.sentence_ends\n")
    OUT.write_text(header + "".join(f"{w}\t{t}\t{f}\n" for w, t, f in rows), encoding="utf-8")
    print(f"{len(rows)} words written to {OUT}")


if __name__ == "__main__":
    main()
