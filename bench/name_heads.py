"""Build ``rules/name_heads.tsv``: two-word names whose first word native news always capitalises
before the capitalised second.

    python -m bench.name_heads

The mirror of ``bench.name_pairs``: there the second word of a name is lost (``the White
house``), here the first (``the Venice film Festival``, ``the foreign Office``, ``new Zealand``,
``the lord Chancellor``, ``north America``; the probe's ``lower_common`` misses, 1 December).
Counts, over the tuning halves of the two native corpora (``bench.case_prior``) less the BBC
articles ``bench.probe`` draws from (its score must not read its own articles), for each word
and the capitalised word after it, both in mid-sentence: times the first word is capitalised,
times in lower case.  Only pairs capitalised often enough and never in lower case ship (counts,
no text); neither word a function word, the first one news capitalises now and then on its own,
the second no given name (``Chelsea midfielder Frank``: 'frank' is an English word), the first
no adjective news puts before names in lower case now and then: before any capitalised word it is
in lower case in at most 5% of its uses (``new`` 38 of 265, whence ``a new England replica
shirt`` on held-out BBC business/040; the shares of the table's first words: 173 of 198 at 5%
or less, the rest spread from 6% to 67%).  Of the
capitalised uses, those after another capitalised word are counted too: a pair that is mostly the
inner piece of a longer name (``Charleston Police Department``) needs that word in the text to be a
name there (``the local police Department`` is a department, dev:ru_ktelegram_rada-grenade)."""

from __future__ import annotations

import argparse
import re
import tomllib
from collections import Counter
from pathlib import Path

from cleanup import lexicon
from cleanup.lower_names import given_name

from .case_prior import capital_mid_sentence, tuning_texts
from .common import bbc_body, bbc_files

OUT = Path(__file__).resolve().parent.parent / "rules" / "name_heads.tsv"
WORDS = Path(__file__).resolve().parent.parent / "rules" / "words.toml"
_PAIR = re.compile(r"(?<![\w’'.-])([A-Za-z][a-z]+) (?=([A-Z][a-z]+)(?![\w’'-]))")
_PREV = re.compile(r"([A-Za-z][\w’'-]*) $")


def count(texts: list[str]) -> tuple[Counter, Counter, Counter, Counter]:
    """(first capitalised, first in lower case, first capitalised after a capitalised word in
    mid-sentence) per pair ``(first lower-cased, Second)``, both words in mid-sentence; and per
    first word, its lower-case uses before any capitalised word."""
    caps: Counter = Counter()
    lows: Counter = Counter()
    inner: Counter = Counter()
    lower_before: Counter = Counter()
    for text in texts:
        for m in _PAIR.finditer(text):
            if not capital_mid_sentence(text, m.start(1)):
                continue
            first = m.group(1)
            key = (first.lower(), m.group(2))
            (caps if first[0].isupper() else lows)[key] += 1
            lower_before[key[0]] += first[0].islower()
            prev = _PREV.search(text, max(0, m.start(1) - 30), m.start(1))
            if first[0].isupper() and prev and prev.group(1)[0].isupper() and capital_mid_sentence(text, prev.start(1)):
                inner[key] += 1
    return caps, lows, inner, lower_before


def texts() -> list[str]:
    """The tuning texts less the BBC articles the probe reads (tuning and held-out draws)."""
    probed = {bbc_body(p)[:300] for n in (150, 450) for p in bbc_files(n)}
    return [t for t in tuning_texts() if t.strip()[:300] not in probed]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-caps", type=int, default=5, help="keep pairs capitalised at least this often")
    ap.add_argument("--min-first", type=float, default=0.05,
                    help="only first words news capitalises in at least this share of their mid-sentence uses")
    ap.add_argument("--max-lower", type=float, default=0.05,
                    help="only first words news writes in lower case before a capitalised word in at most this share "
                         "of such uses (an adjective news puts before names, 'a new England shirt', is prose)")
    args = ap.parse_args(argv)
    data = tomllib.loads(WORDS.read_text(encoding="utf-8"))["data"]
    function = {w.lower() for key in ("function_words", "closed_class") for w in data.get(key, [])}
    caps, lows, inner, lower_before = count(texts())
    before_caps = Counter()
    for (a, _), c in caps.items():
        before_caps[a] += c
    rows = sorted((a, b, c, inner[(a, b)]) for (a, b), c in caps.items()
                  if c >= args.min_caps and not lows[(a, b)]
                  and lower_before[a] <= args.max_lower * (lower_before[a] + before_caps[a]) and a not in function and b.lower() not in function
                  and (lexicon.capital_ratio(a) or 0.0) >= args.min_first and not given_name(b))
    header = ("# Two-word names native English news writes with both capitals: first word (lower-cased), second\n"
              "# word (capitalised in mid-sentence), times the first is capitalised before it (never in lower\n"
              "# case there), of those the times a capitalised word stands before the pair (an inner piece of a\n"
              "# longer name: 'the Venice Film Festival'). Counts only, from the tuning halves of the BBC and\n"
              "# CNN/DailyMail sets less the articles bench.probe draws; rebuild: python -m bench.name_heads\n")
    OUT.write_text(header + "".join(f"{a}\t{b}\t{c}\t{i}\n" for a, b, c, i in rows), encoding="utf-8")
    print(f"{len(rows)} pairs written to {OUT}")


if __name__ == "__main__":
    main()
