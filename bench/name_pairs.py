"""Build ``rules/name_pairs.tsv``: two-word names native news always writes with both capitals.

    python -m bench.name_pairs

``White House``, ``Prime Minister``, ``Liberal Democrats``: after the first word, capitalised in
mid-sentence, native news capitalises the second at every use.  Machine translation lowers the
second word of such a name (``the White house``, ``the Christian democrats``) where the source
language writes it in lower case.  Counts, over the tuning halves of the two native corpora (the
texts ``bench.case_prior`` reads), for each capitalised word in mid-sentence and the word after
it: times the second word is capitalised, times in lower case.  Only pairs capitalised often
enough and never in lower case ship (counts, no text), neither word a function word, the first one
news capitalises now and then on its own."""

from __future__ import annotations

import argparse
import re
import tomllib
from collections import Counter
from pathlib import Path

from cleanup import lexicon

from .case_prior import capital_mid_sentence, tuning_texts

OUT = Path(__file__).resolve().parent.parent / "rules" / "name_pairs.tsv"
WORDS = Path(__file__).resolve().parent.parent / "rules" / "words.toml"
_PAIR = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) (?=([A-Za-z][a-z]+)(?![\w’'-]))")


def count(texts: list[str]) -> tuple[Counter, Counter]:
    """(second word capitalised, second word in lower case) for each pair of a word capitalised
    in mid-sentence and the word after it, keyed ``(First, second)``."""
    caps: Counter = Counter()
    lows: Counter = Counter()
    for text in texts:
        for m in _PAIR.finditer(text):
            if not capital_mid_sentence(text, m.start(1)):
                continue
            second = m.group(2)
            key = (m.group(1), second.lower())
            if second[0].isupper():
                caps[key] += 1
            else:
                lows[key] += 1
    return caps, lows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-caps", type=int, default=5, help="keep pairs capitalised at least this often")
    ap.add_argument("--min-first", type=float, default=0.05,
                    help="only first words news capitalises in at least this share of their mid-sentence uses "
                         "(not a title's verb or adverb: 'Carry on', 'Most wanted')")
    args = ap.parse_args(argv)
    data = tomllib.loads(WORDS.read_text(encoding="utf-8"))["data"]
    function = {w.lower() for key in ("function_words", "closed_class") for w in data.get(key, [])}
    caps, lows = count(tuning_texts())
    rows = sorted((a, b, c) for (a, b), c in caps.items()
                  if c >= args.min_caps and not lows[(a, b)] and a.lower() not in function and b not in function
                  and (lexicon.capital_ratio(a) or 0.0) >= args.min_first)
    header = ("# Two-word names native English news writes with both capitals: first word (capitalised in\n"
              "# mid-sentence), second word (lower-cased), times the second is capitalised after the first (never\n"
              "# in lower case there). Counts only, from the tuning halves of the BBC and CNN/DailyMail sets;\n"
              "# rebuild: python -m bench.name_pairs\n")
    OUT.write_text(header + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
    print(f"{len(rows)} pairs written to {OUT}")


if __name__ == "__main__":
    main()
