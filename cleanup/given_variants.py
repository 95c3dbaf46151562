"""One person's given name spelled two ways before the same surname: ``Alexander Vucic`` beside
``Aleksandar Vucic`` twice, ``Hemanta Biswa Sarma`` beside ``Himanta Biswa Sarma`` twice.

MT romanises a given name anew in each sentence (Serbian, Hindi, Czech), so one article names
one person two ways.  ``names.py`` compares single words and needs them one letter apart (or a
pack's pair); here the surname that follows says the two spellings are one person, so a wider
difference is allowed (three letters in ten).  The spelling the article writes more often, at
least twice, wins; offered when both are given names Faker lists that differ only in their last
letters, however close (two people of one family may be ``Daniel`` and ``Daniela``)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import lexicon
from .doc import Context, Doc
from .edits import Change
from .lower_names import name_lists

# a capitalised word and the capitalised word after it (the second in a lookahead: every word is tried first)
_GIVEN_SURNAME = re.compile(  # the capital, then its look-behind: not tried at every offset
    r"([A-Z](?<![\w’'.-][A-Z])[a-z\u00df-\u017f]{3,})(?= ([A-Z][a-z\u00df-\u017f]{2,})(?![\w-]))")


def _similar(rare: str, common: str) -> int | None:
    """The edit distance between two spellings of one given name, when it is at most three letters in
    ten and they share their first letter ('Alexander'/'Aleksandar' 3, 'Hemant'/'Himanta' 2), else None."""
    if rare[0] != common[0] or min(len(rare), len(common)) < 5:
        return None
    from rapidfuzz.distance import Levenshtein

    d = Levenshtein.distance(rare, common)
    return d if d <= 0.3 * max(len(rare), len(common)) else None


def _ending_pair(a: str, b: str) -> bool:
    """Two given names that differ only in their last two letters or fewer, as a family's names do
    ('Daniel'/'Daniela', 'Carlo'/'Carla', 'Francis'/'Frances'), not inside, where a name's two
    romanisations differ ('Alexander'/'Aleksandar', dev:ru_intmassmedia_serbia-collateral-damage;
    'Andrei'/'Andrej', holdout4:h4_cs_0dime_babis-president-fiala).

    >>> _ending_pair("Daniel", "Daniela"), _ending_pair("Alexander", "Aleksandar")
    (True, False)
    """
    shared = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return shared >= min(len(a), len(b)) - 2


def _place_pair(a: str, b: str) -> bool:
    """A place and its people's word ('Australia'/'Australian', 'Kenya'/'Kenyan'), not a name."""
    short, long_ = sorted((a, b), key=len)
    return lexicon.is_place(a) or lexicon.is_place(b) or long_[len(short):] in ("n", "an", "ian") and long_.startswith(short)


def given_variants(doc: Doc, ctx: Context) -> list[Change]:
    """``Alexander Vucic`` -> ``Aleksandar Vucic`` where the article writes ``Aleksandar Vucic``
    more often (twice at least) and the surname is no English word."""
    text = doc.text
    if ctx.rule("document.name_variant.given") is None:
        return []
    by_surname: dict[str, Counter] = defaultdict(Counter)
    found = list(_GIVEN_SURNAME.finditer(text))
    for m in found:
        by_surname[m.group(2)][m.group(1)] += 1
    titles = ctx.words("words.name_titles")
    target: dict[tuple[str, str], tuple[str, bool]] = {}
    for surname, givens in by_surname.items():
        if len(givens) < 2 or lexicon.is_common_word(surname.lower()) or lexicon.case_counts(surname)[1]:
            continue  # 'Australia Rugby': news writes 'rugby' in lower case, so it names no one
        for rare, n in givens.items():
            best = max((g for g in givens if g != rare and givens[g] >= 2 and givens[g] > n), key=givens.get, default=None)
            if best is None or rare in titles or best in titles or lexicon.is_common_word(rare.lower()) \
                    or lexicon.is_common_word(best.lower()):
                continue
            d = _similar(rare, best)
            if d is None or _place_pair(rare, best):
                continue
            given, _ = name_lists()  # 'Daniel'/'Daniela': two people?  'Alexander'/'Aleksandar': one, romanised twice
            target[(rare, surname)] = (best, rare in given and best in given and (_ending_pair(rare, best) or not ctx.mt_like))
    out = []
    for m in found:
        hit = target.get((m.group(1), m.group(2)))
        if hit:
            ch = ctx.change(m.start(1), m.end(1), hit[0], "document.name_variant.given", doubt=hit[1])
            if ch:
                out.append(ch)
    return out
