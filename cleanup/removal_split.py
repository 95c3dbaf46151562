"""A removal that takes in the place of text an earlier rule removed stays two edits.

A later stage sees only the current text: where an earlier rule took away a paragraph, the
later one may remove the lines on both sides of that point in one change (``cut_teaser`` takes
``... → Continue reading``, then ``byline`` takes the break before it and ``Posted by admin``
after it).  Merged, the edit would carry the later rule alone and cover the teaser too: an
editor who rejects it rejects both, and its reason is wrong for one of them (review35b).  So
such a change is cut at each earlier removal: the earlier edit keeps its own rule and reason,
and the pieces of the later change around it become edits of their own.  A piece that is only
white space (the break between two removed paragraphs) goes with the earlier removal it
touches, as part of a paragraph taken whole; the break after an earlier removal opens the piece
that follows it, so that rejecting either edit leaves the other's paragraph apart from the prose
before it.

Only removals of words count: a spacing fix inside a removed line is overwritten with it and
stays merged (:meth:`cleanup.edits.EditLog._merge`).  Pure span arithmetic on the original
text: :mod:`cleanup.edits` builds the edits.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w")
Span = tuple[int, int]


def removes_words(before: str, after: str) -> bool:
    """An edit that took away text with a word in it and put nothing back."""
    return not after and _WORD.search(before) is not None


def split_spans(text: str, start: int, end: int, olds: list[Span]) -> tuple[list[Span], list[Span]]:
    """The pieces of a removal of ``text[start:end]`` (original offsets) around the earlier
    removals ``olds`` (sorted, inside it), and the spans those earlier removals take now."""
    cuts = [start]
    for s, e in olds:
        cuts += [s, e]
    cuts.append(end)
    spans = [[s, e] for s, e in olds]
    pieces: list[Span] = []
    for i in range(len(olds) + 1):
        s, e = cuts[2 * i], cuts[2 * i + 1]
        if s == e:
            continue
        if not text[s:e].strip():  # a break between removed paragraphs: the neighbour's
            if i < len(olds):
                spans[i][0] = s
            else:
                spans[i - 1][1] = e
            continue
        if i and not text[s].isspace():  # the break after the earlier removal opens this piece
            prev = spans[i - 1]
            s = prev[1] = prev[0] + len(text[prev[0]:prev[1]].rstrip())
        pieces.append((s, e))
    return pieces, [(s, e) for s, e in spans]
