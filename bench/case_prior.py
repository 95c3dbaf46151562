"""Build ``rules/case_prior.tsv``: how native English news cases each word in mid-sentence.

    python -m bench.case_prior [--check]

Counts, over the tuning halves of the two native corpora (BBC articles with an even index in
sorted order, CNN/DailyMail articles 1-500), how often each word is written with a capital
in mid-sentence and how often in lower case.  Only the counts ship (no text): the casing
stages read them as a prior (``the Treasury`` is capitalised in news; ``the Next three
years`` is not).  The other halves stay unseen, for measuring false edits."""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from .common import BBC, SHARED

OUT = Path(__file__).resolve().parent.parent / "rules" / "case_prior.tsv"
_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][a-z]+(?=[’']s\b|(?![\w’'-]))")


def tuning_texts() -> list[str]:
    files = sorted((BBC / "articles").glob("*/*.txt"))[::2]
    texts = [p.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1] for p in files]
    with (SHARED / "data" / "cnndm-test-1000" / "test.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 500:
                break
            texts.append(json.loads(line)["article"])
    return texts


def capital_mid_sentence(text: str, at: int) -> bool:
    """Does the word at ``at`` stand in mid-sentence, not at a quotation's start?"""
    from cleanup.doc import mid_sentence

    return mid_sentence(text, at) and not text[max(0, at - 2):at].endswith(("“", '"'))


def count(texts: list[str]) -> tuple[Counter, Counter]:
    caps: Counter = Counter()
    lows: Counter = Counter()
    for text in texts:
        for m in _WORD.finditer(text):
            w = m.group(0)
            if w[0].islower():
                lows[w] += 1
            elif capital_mid_sentence(text, m.start()):
                caps[w.lower()] += 1
    return caps, lows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=2, help="keep words capitalised in mid-sentence at least this often")
    args = ap.parse_args(argv)
    caps, lows = count(tuning_texts())
    rows = sorted((w, c, lows[w]) for w, c in caps.items() if c >= args.min)
    header = ("# How native English news cases words in mid-sentence: word, times capitalised, times in lower case.\n"
              "# Counts only, from the tuning halves of the BBC and CNN/DailyMail sets; rebuild: python -m bench.case_prior\n")
    OUT.write_text(header + "".join(f"{w}\t{c}\t{lw}\n" for w, c, lw in rows), encoding="utf-8")
    print(f"{len(rows)} words written to {OUT}")


if __name__ == "__main__":
    main()
