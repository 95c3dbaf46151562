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


def _first(text: str, word: str) -> int:
    """Where ``word`` is first written as a whole word (the length of the text if nowhere)."""
    m = re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text)
    return m.start() if m else len(text)


def introduced_first(target: dict[str, tuple[str, bool]], counts: Counter,
                     text: str) -> tuple[dict[str, tuple[str, bool]], dict[str, str]]:
    """``target`` (a spelling -> the spelling it becomes, and whether that is in doubt) split in
    two: the changes kept, and the ones turned round (the spelling used more -> the one the
    article introduced), when the change was to be applied (not offered: two names English knows,
    'David' and 'Davis'), the spelling to change is used at least twice, written before the other,
    and the only one changed to it.

    >>> introduced_first({"Silawat": ("Silavat", False)}, Counter(Silawat=2, Silavat=4),
    ...                  "Tulsi Silawat spoke. Silawat left. Silavat, Silavat, Silavat, Silavat.")
    ({}, {'Silavat': 'Silawat'})
    >>> introduced_first({"Zelenski": ("Zelensky", False)}, Counter(Zelenski=1, Zelensky=3), "Zelenski. Zelensky.")
    ({'Zelenski': ('Zelensky', False)}, {})
    """
    into = Counter(common for common, _ in target.values())
    turned: dict[str, str] = {}
    for rare, (common, doubt) in target.items():
        if doubt or counts[rare] < 2 or into[common] > 1 or common in target or common in turned:
            continue  # offered already (David, Davis), a one-off slip, or a spelling several others become
        if _first(text, rare) < _first(text, common):
            turned[common] = rare
    return {w: v for w, v in target.items() if v[0] not in turned}, turned
