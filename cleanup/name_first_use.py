"""One name spelled two ways, each used more than once, where the article introduces it (in its
headline or at its first mention) with the spelling it then uses less: ``Tulsi Silawat`` twice,
first, then ``Tulsi Silavat`` four times (Hindi); ``Çelik`` in the headline and once more,
``Celik`` four times (Turkish).  Machine translation renders each sentence on its own, so neither
spelling is a one-off slip and the count settles nothing; the editors of both texts kept the
spelling the article introduced.  That spelling is offered for the other one, never applied,
and the majority spelling is not applied over it either."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

# a capitalised word, letters with diacritics too ('Çelik')
_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de](?<![\w’'-][A-Z\u00c0-\u00de])[^\W\d_]*(?![\w-])")  # the capital, then its look-behind


def _first_places(text: str, words: set[str]) -> dict[str, int]:
    """Where each of ``words`` is first written as a whole word: one pass over the text's
    capitalised words, ended when all are found (not one search of the text per word)."""
    out: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        if m.group() in words and m.group() not in out:
            out[m.group()] = m.start()
            if len(out) == len(words):
                break
    return out


def introduced_first(target: dict[str, tuple[str, bool]], counts: Counter, text: str,
                     first: Mapping[str, int] | None = None) -> tuple[dict[str, tuple[str, bool]], dict[str, str]]:
    """``target`` (a spelling -> the spelling it becomes, and whether that is in doubt) split in
    two: the changes kept, and the ones turned round (the spelling used more -> the one the
    article introduced), when the change was to be applied (not offered: two names English knows,
    'David' and 'Davis'), the spelling to change is used at least twice, written before the other,
    and the only one changed to it.  ``first``: where each spelling is first written, when the
    caller knows it (every spelling's, and a merged one's under the spelling it became).

    >>> introduced_first({"Silawat": ("Silavat", False)}, Counter(Silawat=2, Silavat=4),
    ...                  "Tulsi Silawat spoke. Silawat left. Silavat, Silavat, Silavat, Silavat.")
    ({}, {'Silavat': 'Silawat'})
    >>> introduced_first({"Zelenski": ("Zelensky", False)}, Counter(Zelenski=1, Zelensky=3), "Zelenski. Zelensky.")
    ({'Zelenski': ('Zelensky', False)}, {})
    """
    into = Counter(common for common, _ in target.values())
    # offered already (David, Davis), a one-off slip, or a spelling several others become: the count decides
    pairs = [(rare, common) for rare, (common, doubt) in target.items()
             if not doubt and counts[rare] >= 2 and into[common] == 1 and common not in target]
    if not pairs:
        return target, {}
    if first is None:
        first = _first_places(text, {w for pair in pairs for w in pair})
    turned: dict[str, str] = {}
    for rare, common in pairs:
        if common not in turned and first.get(rare, len(text)) < first.get(common, len(text)):
            turned[common] = rare
    return {w: v for w, v in target.items() if v[0] not in turned}, turned
