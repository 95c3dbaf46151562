"""The spelling a source-language pack lists for a well-known name wins over MT's other ones.

``document.name_variant`` settles the spellings of one name by how often the article uses
each.  MT that spells one name five ways (``Akshener`` x4, ``Akchener`` x2, ``Aksener`` x2,
``Akseneer``) then crowns its most frequent garble, and turns the one English spelling the
article has (``Aksener``, the tr pack's plain form of ``Akşener``) into it.  A spelling a pack
lists (its ``name_variants`` and ``official_spellings`` groups, with the letters English news
drops, ``ş`` -> ``s``) is how English writes that person or place; when it is one of the
spellings merged into a winner no pack lists, it becomes the winner instead, when the text
shows machine-translation signs (:func:`cleanup.language.mt_signals`, the MT detector), when
the detected source language owns that pack, or when the name itself is spelled three ways or
more (MT's scatter: holdout9's Akshener text reads as native to both signs and names no
language).  Not in plain English copy: pack lists hold spellings English uses for other
people too (``Kalin``, ``Gerald``, ``Soder``), and a native article's own consistent ``Kalinn``
x3 is no garble of the tr pack's ``Kalin``; there the pack's spelling is only offered.
A winner that a pack lists is left alone: the counts decide between two listed spellings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from functools import cache, lru_cache

from . import lexicon
from .analysis import shows_damage
from .doc import Context
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


@lru_cache(maxsize=8)
def pack_spellings(rules: RuleSet, language: str) -> frozenset[str]:
    """The spellings of :func:`listed_spellings` that ``language``'s pack lists itself."""
    own: set[str] = set()
    for key in (language + k for k in _GROUP_KEYS):
        own.update(lexicon.unaccented(s) for group in rules.data.get(key, ()) for s in group)
    return frozenset(own) & listed_spellings(rules)


def may_win(ctx: Context, text: str) -> Callable[[str], bool]:
    """Whether a listed spelling may win in this text: one the detected source language's pack
    lists, or any when the text shows MT signs (asked only when needed: the detector reads the
    whole text).  A detected language alone is no sign of damage to another pack's names."""
    own = pack_spellings(ctx.rules, ctx.language) if ctx.language else frozenset()
    signs = cache(lambda: ctx.mt_like if ctx.language is None else shows_damage(text))
    return lambda w: w in own or signs()


def _unknown(word: str) -> bool:
    """A spelling English has not seen as a word or a name (``Akshener``), not ``Obama``
    beside a listed ``Osama``: two known names one letter apart are two people."""
    given, family = name_lists()
    return lexicon.zipf(word) < 1.0 and word not in given and word not in family


def prefer_listed(target: Mapping[str, Target], counts: Counter, listed: frozenset[str],
                  allowed: Callable[[str], bool] = lambda _w: True) -> dict[str, Target]:
    """``target`` (each spelling -> the one it becomes) with every winner no pack lists
    replaced by the listed spelling merged into it (the one used most when two are), which
    is then left as it is; the winner itself becomes that spelling (``Aksener`` -> ``Akshener``
    fixed: ``Akshener`` -> ``Aksener`` fixed).  Only a winner English has never seen, and
    only a listed spelling merged without doubt (``Osama`` offered as ``Obama``: two people),
    and applied only when ``allowed`` here (:func:`may_win`) or when two spellings or more were
    merged into that winner (three spellings of one name: MT's scatter, not a writer's own
    spelling); else only offered (in doubt), and the article's own spellings stand.

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
        # three spellings of one name or more are MT's own sign (Akshener, Akchener, Aksener)
        doubt = len(ws) < 2 and not allowed(best)
        del out[best]
        for w in ws:
            if w != best:
                out[w] = (best, out[w][1] or doubt)
        out[winner] = (best, doubt)
    return out
