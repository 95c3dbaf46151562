"""Build ``rules/case_bigrams.tsv``: how native news cases a word before a given lower-case word.

    python -m bench.case_bigrams

``Medical`` is capitalised in a fifth of its mid-sentence uses (``Medical Center``,
``Medical Examiner``), so the word alone cannot say whether ``to Medical school`` is a stray
capital; before ``school`` native news writes it in lower case every time.  Counts, over the
tuning halves of the two native corpora (the texts ``bench.case_prior`` reads), for each word
native news capitalises in mid-sentence now and then (listed in ``rules/case_prior.tsv``) and
each lower-case word after it: times capitalised, times in lower case.  Only pairs seen in
lower case often enough ship (counts, no text)."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from .case_prior import OUT as PRIOR
from .case_prior import capital_mid_sentence, tuning_texts

OUT = Path(__file__).resolve().parent.parent / "rules" / "case_bigrams.tsv"
_PAIR = re.compile(r"(?<![\w’'.-])([A-Za-z][a-z]+) (?=([a-z][a-z’'-]+)\b)")
#: a lower-case word, then the word ("social Media": native news writes "social media")
_LEFT = re.compile(r"(?<![\w’'.-])([a-z][a-z’'-]+) (?=([A-Za-z][a-z]+)(?![\w’'-]))")


def count(texts: list[str], words: set[str]) -> tuple[Counter, Counter]:
    """(capitalised in mid-sentence, lower case) for each pair of a word of ``words`` and the
    lower-case word after it (key ``(word, next, ">")``) or before it (``(word, prev, "<")``)."""
    caps: Counter = Counter()
    lows: Counter = Counter()
    for text in texts:
        for pattern, side in ((_PAIR, ">"), (_LEFT, "<")):
            for m in pattern.finditer(text):
                w, other = (m.group(1), m.group(2)) if side == ">" else (m.group(2), m.group(1))
                key = (w.lower(), other, side)
                at = m.start(1) if side == ">" else m.end(1) + 1
                if key[0] not in words:
                    continue
                if w[0].islower():
                    lows[key] += 1
                elif capital_mid_sentence(text, at):
                    caps[key] += 1
    return caps, lows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-lower", type=int, default=3, help="keep pairs seen in lower case at least this often")
    ap.add_argument("--min-ratio", type=float, default=0.02,
                    help="only words capitalised in more than this share of their mid-sentence uses")
    args = ap.parse_args(argv)
    rows_prior = [line.split("\t") for line in PRIOR.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    words = {w for w, c, lw in rows_prior if int(c) > args.min_ratio * (int(c) + int(lw))}
    caps, lows = count(tuning_texts(), words)
    rows = sorted((w, side, n, caps[(w, n, side)], c) for (w, n, side), c in lows.items() if c >= args.min_lower)
    header = ("# How native English news cases a word next to a lower-case word, in mid-sentence: word, side of the\n"
              "# other word ('>' after it, '<' before it), the other word, times capitalised, times in lower case\n"
              "# (words case_prior.tsv capitalises in more than 2% of their uses). Counts only, from the tuning\n"
              "# halves of the BBC and CNN/DailyMail sets; rebuild: python -m bench.case_bigrams\n")
    OUT.write_text(header + "".join(f"{w}\t{side}\t{n}\t{c}\t{lw}\n" for w, side, n, c, lw in rows), encoding="utf-8")
    print(f"{len(rows)} pairs written to {OUT}")


if __name__ == "__main__":
    main()
