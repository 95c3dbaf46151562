"""A surname MT garbled once, beside the given name of a person the article names in full
(``Monju Bemgom`` beside ``Manju Begum`` twice, ``Andre Babesi`` beside ``Andrei Babis`` and
``Andrej Babis``).

``names.py`` compares single words and needs them one letter apart; two letters apart is too
wide for a word alone (``Altsasu`` and ``Alsasua`` are one town's two names).  Here the given
name before it, the one (or one letter from the one) the article writes before the surname,
says the two spellings are one person, so a surname English has never seen, used once, two
letters from a surname the article writes at least twice, is offered that surname."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import lexicon
from .doc import Context, Doc
from .edits import Change
from .lower_names import name_lists
from .near_spellings import near_spellings

# a capitalised word and the capitalised word after it (the capital first, then its look-behind)
_PAIR = re.compile(r"([A-Z](?<![\w’'.-][A-Z])[a-z]+) (?=([A-Z][a-z]{2,})(?![\w’'-]))")
_WORD = re.compile(r"[A-Z](?<![\w’'-][A-Z])[a-z]{2,}(?![\w-])")


def _unknown(word: str) -> bool:
    """A spelling English has never seen, in no Faker name list: MT's slip, not a second name."""
    given, family = name_lists()
    return (lexicon.zipf(word) < 0.5 and word not in given and word not in family
            and not lexicon.is_common_word(word.lower()))


def _close(a: str, b: str, most: int) -> bool:
    """At most ``most`` letters apart (two swapped count as one), a third of the longer at most,
    the first letter shared."""
    from rapidfuzz.distance import OSA

    return a[0] == b[0] and OSA.distance(a, b, score_cutoff=most) <= min(most, len(max(a, b, key=len)) / 3)


def _targets(pairs: list[tuple[str, str, int]], counts: Counter, titles: frozenset[str]) -> dict[int, str]:
    """Where each garbled surname stands, and the surname it is offered.  The surnames near a
    garbled one come from ``near_spellings``' index, not from comparing every pair: an article of
    thousands of names stays linear."""
    givens_of: dict[str, set[str]] = defaultdict(set)
    for given, surname, _ in pairs:
        givens_of[surname].add(given)
    garbled = [(given, surname, start) for given, surname, start in pairs
               if counts[surname] == 1 and len(surname) >= 5 and given not in titles
               and not lexicon.is_common_word(given.lower()) and _unknown(surname)]
    if not garbled:
        return {}
    near = near_spellings(sorted({s for _, s, _ in garbled}), [s for s in givens_of if counts[s] >= 2])
    out: dict[int, str] = {}
    for given, surname, start in garbled:
        found = {s for s in near.get(surname, ()) if _close(surname, s, 2)
                 and any(g == given or _close(given, g, 1) for g in givens_of[s])}
        if len(found) == 1:  # near two surnames: which person is unknown
            out[start] = found.pop()
    return out


def surname_variants(doc: Doc, ctx: Context) -> list[Change]:
    """``Monju Bemgom`` -> ``Monju Begum`` where the article writes ``Manju Begum`` twice (the given
    name is left to ``names.py``, which offers ``Manju``)."""
    if ctx.rule("document.name_variant.surname") is None:
        return []
    text = doc.text
    pairs = [(m.group(1), m.group(2), m.end(1) + 1) for m in _PAIR.finditer(text)]
    counts = Counter(m.group() for m in _WORD.finditer(text))
    out = []
    for start, surname in _targets(pairs, counts, ctx.words("words.name_titles")).items():
        end = start + len(_WORD.match(text, start).group())
        ch = ctx.change(start, end, surname, "document.name_variant.surname")
        if ch:
            out.append(ch)
    return out
