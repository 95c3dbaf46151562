"""Build ``rules/name_shape.tsv``: how much more often each run of three letters opens, ends or
sits inside a person's name than an English word.

    python -m bench.name_shape

English words: the lower-case words of Webster's second edition (``english-words``, the
dictionary ``lexicon.is_common_word`` reads); names: the given names and surnames Faker ships
for its 80-odd locales (ASCII, the lists ``lower_names.name_lists`` reads).  Each trigram of
``^word$`` is counted in both lists; a row holds the trigram and the log of its name frequency
over its English frequency (add-one smoothed), for every trigram seen; the first
row (``*``) is the value of a trigram seen in neither.  Only these numbers ship.  The proper-noun
stage reads a word's mean over its trigrams (``lexicon.name_shape``): ``guangxi`` 1.4,
``takenaka`` 1.1, ``carmaker`` 0.1, ``internet`` -0.4."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "rules" / "name_shape.tsv"
#: keep trigrams seen this often in the two lists together (once: a rare English trigram is evidence too)
MIN_SEEN = 1


def trigrams(word: str) -> list[str]:
    w = f"^{word}$"
    return [w[i:i + 3] for i in range(len(w) - 2)]


def main() -> None:
    from english_words import get_english_words_set

    from cleanup.lower_names import name_lists

    english = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    given, family = name_lists()
    names = {n.lower() for n in given | family}
    eng = Counter(g for w in english for g in trigrams(w))
    nam = Counter(g for w in names for g in trigrams(w))
    te, tn, v = sum(eng.values()), sum(nam.values()), len(set(eng) | set(nam))

    def ratio(g: str) -> float:
        return math.log((nam[g] + 1) / (tn + v)) - math.log((eng[g] + 1) / (te + v))

    rows = sorted(g for g in set(eng) | set(nam) if eng[g] + nam[g] >= MIN_SEEN)
    header = ("# Trigrams of ^word$: log of (frequency in Faker's given names and surnames / frequency in the\n"
              "# dictionary's lower-case words), add-one smoothed; '*' = a trigram in neither. Rebuild: python -m bench.name_shape\n")
    body = f"*\t{ratio(''):.2f}\n" + "".join(f"{g}\t{ratio(g):.2f}\n" for g in rows)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} trigrams written to {OUT}")


if __name__ == "__main__":
    main()
