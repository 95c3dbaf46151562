"""The spelling a source-language pack lists for a well-known name wins over MT's other ones.

``document.name_variant`` settles the spellings of one name by how often the article uses
each.  MT that spells one name five ways (``Akshener`` x4, ``Akchener`` x2, ``Aksener`` x2,
``Akseneer``) then crowns its most frequent garble, and turns the one English spelling the
article has (``Aksener``, the tr pack's plain form of ``Akşener``) into it.  A spelling a pack
lists (its ``name_variants`` and ``official_spellings`` groups, with the letters English news
drops, ``ş`` -> ``s``) is how English writes that person or place; when it is one of the
spellings merged into a winner no pack lists, it becomes the winner instead, in any article
(the packs run only when the source language is detected, the names are known whatever it is).
A winner that a pack lists is left alone: the counts decide between two listed spellings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from . import lexicon
from .lower_names import name_lists
from .name_merges import Target
from .rules import RuleSet

_GROUP_KEYS = (".name_variants", ".official_spellings")


@lru_cache(maxsize=8)
def listed_spellings(rules: RuleSet) -> frozenset[str]:
    """Every plain (ASCII) spelling the packs list for a name, and the plain form of each
    spelling with letters English drops (``Akşener`` -> ``Aksener``); five letters or more,
    no English word.  Not the spellings an ``official_spellings`` group replaces (``Chatchat``):
    MT derives them, English news does not use them."""
    out: set[str] = set()
    replaced: set[str] = set()
    for key, groups in rules.data.items():
        if not key.endswith(_GROUP_KEYS):
            continue
        for group in groups:
            if key.endswith(".official_spellings"):
                replaced.update(lexicon.unaccented(g) for g in group[1:])
            for spelling in group:
                plain = lexicon.unaccented(spelling)
                if plain.isascii() and len(plain) >= 5 and not lexicon.is_common_word(plain.lower()):
                    out.add(plain)
    return frozenset(out - replaced)


def _unknown(word: str) -> bool:
    """A spelling English has not seen as a word or a name (``Akshener``), not ``Obama``
    beside a listed ``Osama``: two known names one letter apart are two people."""
    given, family = name_lists()
    return lexicon.zipf(word) < 1.0 and word not in given and word not in family


def prefer_listed(target: Mapping[str, Target], counts: Counter, listed: frozenset[str]) -> dict[str, Target]:
    """``target`` (each spelling -> the one it becomes) with every winner no pack lists
    replaced by the listed spelling merged into it (the one used most when two are), which
    is then left as it is; the winner itself becomes that spelling (``Aksener`` -> ``Akshener``
    fixed: ``Akshener`` -> ``Aksener`` fixed).  Only a winner English has never seen, and
    only a listed spelling merged without doubt (``Osama`` offered as ``Obama``: two people).

    >>> t = {"Aksener": ("Akshener", False), "Akchener": ("Akshener", False)}
    >>> sorted(prefer_listed(t, Counter(Akshener=4, Aksener=2, Akchener=2), frozenset({"Aksener"})).items())
    [('Akchener', ('Aksener', False)), ('Akshener', ('Aksener', False))]
    """
    members: dict[str, list[str]] = {}
    for w, (winner, _doubt) in target.items():
        members.setdefault(winner, []).append(w)
    out = dict(target)
    for winner, ws in members.items():
        if winner in listed or not _unknown(winner):
            continue
        known = [w for w in ws if w in listed and not target[w][1]]
        if not known:
            continue
        best = max(known, key=lambda w: (counts[w], w))
        del out[best]
        for w in ws:
            if w != best:
                out[w] = (best, out[w][1])
        out[winner] = (best, False)
    return out
