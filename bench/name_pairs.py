"""Build ``rules/name_pairs.tsv``: two-word names native news always writes with both capitals.

    python -m bench.name_pairs

``White House``, ``Prime Minister``, ``Liberal Democrats``: after the first word, capitalised in
mid-sentence, native news capitalises the second at every use.  Machine translation lowers the
second word of such a name (``the White house``, ``the Christian democrats``) where the source
language writes it in lower case.  Counts, over the tuning halves of the two native corpora (the
texts ``bench.case_prior`` reads), for each capitalised word in mid-sentence and the word after
it: times the second word is capitalised, times in lower case.  Only pairs capitalised often
enough and never in lower case ship (counts, no text), neither word a function word, the first one
news capitalises now and then on its own.

A pair must also be a whole name, not the inner piece of a longer one, whose capitals come from
the words around it (``European Indoor Championships``, ``Million Dollar Baby``, ``UK
Independence Party``, ``Minister Tony Blair``); in MT copy the piece stands alone and is prose
(``her first European indoor title``).  Left out:

- the second word does not usually end the name: after the pair, a capitalised word that is no
  given name follows as often as not (``Indoor Championships``; a person's name after a title,
  ``Prime Minister Theresa May``, ends the title);
- the second word is an adjective or a numeral (``indoor``, ``five``: a head noun follows), unless
  native news ends the name there at every use, ``SURE_ENDS`` times or more (``Middle East``,
  ``French Open``);
- the second word is a given name after an office (``Minister tony``, ``Secretary jack``: a
  surname follows; ``words.titles_before_full_name``; not ``President bush``, an English word);
- the first word is an English word (and no given name: ``Jack Straw`` stays) that usually stands
  after another capitalised word (``Dollar baby``, ``Independence party``, ``Stock exchange``:
  the name starts earlier)."""

from __future__ import annotations

import argparse
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cleanup import lexicon
from cleanup.lower_names import given_name, name_lists
from cleanup.tagger import tag_words

from .case_prior import capital_mid_sentence, tuning_texts

OUT = Path(__file__).resolve().parent.parent / "rules" / "name_pairs.tsv"
WORDS = Path(__file__).resolve().parent.parent / "rules" / "words.toml"
_PAIR = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) (?=([A-Za-z][a-z]+)(?![\w’'-]))")
_NEXT = re.compile(r" ([A-Za-z][\w’'-]*)")
_PREV = re.compile(r"([A-Za-z][\w’'-]*) $")
#: native uses, each ending the name, above which an adjective is a name's own head ('Middle East')
SURE_ENDS = 10
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "CD"})


@dataclass
class PairCounts:
    """Per pair ``(First, second)``: second word capitalised, in lower case; and of the capitalised
    uses, those where a capitalised word (no given name) follows, those after a capitalised word."""

    caps: Counter = field(default_factory=Counter)
    lows: Counter = field(default_factory=Counter)
    goes_on: Counter = field(default_factory=Counter)
    inner: Counter = field(default_factory=Counter)


def count(texts: list[str]) -> PairCounts:
    """Count each pair of a word capitalised in mid-sentence and the word after it."""
    out = PairCounts()
    for text in texts:
        for m in _PAIR.finditer(text):
            if not capital_mid_sentence(text, m.start(1)):
                continue
            second = m.group(2)
            key = (m.group(1), second.lower())
            if not second[0].isupper():
                out.lows[key] += 1
                continue
            out.caps[key] += 1
            nxt = _NEXT.match(text, m.end() + len(second))
            if nxt and nxt.group(1)[0].isupper() and not given_name(nxt.group(1)):
                out.goes_on[key] += 1
            prev = _PREV.search(text, max(0, m.start(1) - 30), m.start(1))
            if prev and prev.group(1)[0].isupper() and capital_mid_sentence(text, prev.start(1)):
                out.inner[key] += 1
    return out


def inner_piece(key: tuple[str, str], counts: PairCounts, titles: frozenset[str]) -> bool:
    """Is the pair the inner piece of a longer name (see the module's docstring)?"""
    first, second = key
    caps = counts.caps[key]
    if 2 * counts.goes_on[key] >= caps:
        return True
    if tag_words((second,))[0] in _ADJECTIVE_TAGS and (counts.goes_on[key] or caps < SURE_ENDS):
        return True
    if first in titles and given_name(second.capitalize()):
        return True  # 'Minister tony', 'Secretary charles'; not 'President bush' (an English word)
    return lexicon.is_common_word(first.lower()) and first not in name_lists()[0] and 2 * counts.inner[key] >= caps


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-caps", type=int, default=5, help="keep pairs capitalised at least this often")
    ap.add_argument("--min-first", type=float, default=0.05,
                    help="only first words news capitalises in at least this share of their mid-sentence uses "
                         "(not a title's verb or adverb: 'Carry on', 'Most wanted')")
    args = ap.parse_args(argv)
    data = tomllib.loads(WORDS.read_text(encoding="utf-8"))["data"]
    function = {w.lower() for key in ("function_words", "closed_class") for w in data.get(key, [])}
    titles = frozenset(data["titles_before_full_name"])
    counts = count(tuning_texts())
    rows = sorted((a, b, c) for (a, b), c in counts.caps.items()
                  if c >= args.min_caps and not counts.lows[(a, b)] and a.lower() not in function and b not in function
                  and (lexicon.capital_ratio(a) or 0.0) >= args.min_first and not inner_piece((a, b), counts, titles))
    header = ("# Two-word names native English news writes with both capitals: first word (capitalised in\n"
              "# mid-sentence), second word (lower-cased), times the second is capitalised after the first (never\n"
              "# in lower case there); no inner piece of a longer name. Counts only, from the tuning halves of the\n"
              "# BBC and CNN/DailyMail sets; rebuild: python -m bench.name_pairs\n")
    OUT.write_text(header + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
    print(f"{len(rows)} pairs written to {OUT}")


if __name__ == "__main__":
    main()
