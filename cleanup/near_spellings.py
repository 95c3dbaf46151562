"""Spellings a letter or two apart among a document's names (``Chaevz`` and ``Chavez``,
``Zelenski`` and ``Zelensky``), found through an index of their deletions (each word, and
the word less one letter, or two for a long word) rather than by comparing every name with
every other: an article of thousands of different names stays linear in its length.  The
name-variant stage (``names.py``) then judges each pair."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

#: below this many name pairs, each pair is compared directly
_DIRECT_PAIRS = 40_000
#: a deletion key shared by more spellings than this is no sign of one name spelled two ways
_CROWDED_KEY = 40


@lru_cache(maxsize=65536)
def _deletions(word: str) -> frozenset[str]:
    """The word, and the word less one letter; less two for a long word (the only kind
    ``_variant_pair`` lets differ by two)."""
    keys = {word} | {word[:i] + word[i + 1:] for i in range(len(word))}
    if len(word) >= 9:
        keys |= {k[:i] + k[i + 1:] for k in tuple(keys) for i in range(len(k))}
    return frozenset(keys)


def near_spellings(names: list[str], pool: list[str]) -> dict[str, list[str]]:
    """For each of ``names``, the words of ``pool`` (in its order) with the same first letter
    that are one or two edits away by their shared deletion keys (Chaevz and Chavez share
    'Chavz'), found through an index rather than by comparing every pair: an article of
    thousands of names stays linear.  A usual article's few hundred names are compared directly,
    with a distance computed in C (building the index costs them more than it saves)."""
    if len(names) * len(pool) <= _DIRECT_PAIRS:
        return _compared(names, pool)
    index: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(pool):
        for k in _deletions(w):
            index[k].append(i)
    out: dict[str, list[str]] = {}
    for rare in names:
        hits: set[int] = set()
        for k in _deletions(rare):
            group = index.get(k, ())
            if len(group) <= _CROWDED_KEY:
                hits.update(group)
        near = [pool[i] for i in sorted(hits)
                if pool[i][0] == rare[0] and pool[i] != rare and abs(len(pool[i]) - len(rare)) <= 2]
        if near:
            out[rare] = near
    return out


def _compared(names: list[str], pool: list[str]) -> dict[str, list[str]]:
    """The same answer as the index's, pair by pair: one or two edits apart (two letters
    swapped count as one), same first letter."""
    from rapidfuzz.distance import OSA

    out: dict[str, list[str]] = {}
    for rare in names:
        near = [w for w in pool if w[0] == rare[0] and w != rare and abs(len(w) - len(rare)) <= 2
                and OSA.distance(rare, w, score_cutoff=2) <= 2]
        if near:
            out[rare] = near
    return out
