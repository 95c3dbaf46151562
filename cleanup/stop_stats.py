"""Counted evidence for the learned lost-stop detector (:mod:`cleanup.learned_stops`): how native
news uses the two words of a gap, and whether the clause before the gap is complete.

``rules/stop_words.tsv`` counts, over the articles the detector's weights are fitted on
(``python -m bench.stop_model --write``), how often a lower-case word ends a sentence before a
capital against how often a capital follows it in mid-sentence (``deal`` ends sentences,
``chairman`` and ``spokesman`` stand before names: ``chairman Martin Broughton said``), and how
often a capitalised word opens a sentence against how often it stands in mid-sentence after a
lower-case word (``Mr`` opens sentences, ``Street`` never does).  A word's ratio is read with the
number of times it was seen, so that a word seen twice says little."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from .lexicon import shipped_table
from .stop_reach import tag_kind  # the bound in stop_reach maximises over the same kinds

#: (side, word) -> (times at a sentence boundary, times at a gap inside a sentence); side '<' is the
#: lower-case word before the gap, '>' the capitalised word after it
Stats = Mapping[tuple[str, str], tuple[int, int]]
_RATIO_EDGES = (0.03, 0.1, 0.2, 0.35, 0.5, 0.7, 0.85)
_SUPPORT_EDGES = (1, 3, 8, 20)
#: tokens that open a clause: the clause before the gap starts after the last of them
_CLAUSE_OPENERS = frozenset({",", ";", ":", "(", '"', "“", "”", "-", "–", "—", "that", "which", "who", "whom",
                             "and", "but", "or", "because", "while", "when", "if", "as", "after", "before",
                             "since", "until", "where"})


@lru_cache(maxsize=1)
def shipped() -> dict[tuple[str, str], tuple[int, int]]:
    """The counts of ``rules/stop_words.tsv``."""
    return {(row[0], row[1]): (int(row[2]), int(row[3])) for row in shipped_table("stop_words.tsv")}


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def word_feature(side: str, word: str, stats: Stats) -> str:
    """The ratio bucket of one word of the gap (``side`` '<' the word before, lower-cased; '>' the
    capital after), crossed with how often it was counted."""
    ends, inside = stats.get((side, word), (0, 0))
    n = ends + inside
    ratio = _bucket((ends + 0.5) / (n + 1), _RATIO_EDGES) if n else "-"
    return f"w{side}{ratio}:{_bucket(n, _SUPPORT_EDGES)}"


def word_features(a: str, b: str, stats: Stats) -> list[str]:
    """:func:`word_feature` of both words of the gap."""
    return [word_feature("<", a.lower(), stats), word_feature(">", b, stats)]


def clause_feature(toks: Sequence[str], tags: Sequence[str], ia: int, finite: frozenset[str]) -> str:
    """Whether the clause that ends at token ``ia`` has a finite verb, with the kind of the word
    before the gap: 'the deal' after 'the board approved' (a complete clause) against
    'after chairman' (no verb since the clause opened)."""
    k = ia
    while k > 0 and k > ia - 30 and toks[k - 1].lower() not in _CLAUSE_OPENERS:
        k -= 1
    has_verb = "1" if any(t in finite for t in tags[k:ia]) else "0"
    return "fc:" + has_verb + tag_kind(tags[ia])
