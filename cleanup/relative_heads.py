"""A name after a noun that heads a relative clause without 'that', read for the boundary stage
(:mod:`cleanup.segment`): ``It was the year Jones, who had just turned 30, won the title``,
``the season Henry, who joined from Juventus, scored``.  The appositive shape
(``segment.lost_boundary.appositive``) reads a name, a clause between commas and a finite verb
after a complete clause as a new sentence; after ``the`` and a time noun (``year``, ``season``:
``segment.time_relative_heads``) the name is that clause's subject and the sentence goes on.
Without ``the`` the time noun ends an adverb (``last year Jones, who runs the firm, said``): a
lost stop may stand there, so it is left to the shape.  (Skipping after every relative opener,
lost_stops.RELATIVE_NEAR, cost two of 329 probe stop_name fixes: not done.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lost_stops import RELATIVE_NEAR
from .rules import RuleSet


@lru_cache(maxsize=8)
def _time_head(rules: RuleSet) -> re.Pattern:
    """'the', perhaps one word ('the same', 'the following'), and a time noun, at the end (read once per rule set)."""
    return re.compile(r"\bthe (?:\w+ )?(?:" + rules.alternation("segment.time_relative_heads") + r")$")


def without_relative_heads(found: list[tuple[re.Match, str]], text: str, s: int,
                           rules: RuleSet) -> list[tuple[re.Match, str]]:
    """``found`` without the appositive candidates whose name follows a relative clause's head."""
    out = []
    for m, kind in found:
        near = text[max(s, m.start() - 60):m.start()].rstrip()
        if kind != "appositive" or not _time_head(rules).search(near):
            out.append((m, kind))
    return out


@lru_cache(maxsize=8)
def _relative_head(rules: RuleSet) -> re.Pattern:
    """'the' (or 'every', 'each', 'any'), perhaps one word, and a noun that heads a relative clause
    without 'that', at the end of the words before a title: ``the year``, ``the same``, ``every time``.
    lost_stops.RELATIVE_NEAR knows a few of them (way, time, day) and is shared by other shapes.  After
    a preposition of a span (segment.span_prepositions: 'over the year') the noun ends an adverb."""
    heads = sorted(rules.words("segment.relative_heads", "segment.time_relative_heads", "segment.titled_relative_heads"),
                   key=len, reverse=True)
    spans = rules.alternation("segment.span_prepositions")  # 'over the year Nissan chairman Carlos Ghosn is'
    return re.compile(r"(?:^|\b(?!(?:" + spans + r") )[\w’'-]+ |[^\w\s] )(?:the|every|each|any) (?:[\w’'-]+ )?(?:"
                      + "|".join(map(re.escape, heads)) + r")$")


def inside_relative(near: str, rules: RuleSet) -> bool:
    """Do the words ``near`` before a name leave it inside a relative clause without 'that' (``the
    things``, ``the year``: lost_stops.RELATIVE_NEAR and :func:`_relative_head`)?"""
    return bool(RELATIVE_NEAR.search(near) or _relative_head(rules).search(near))
