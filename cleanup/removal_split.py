"""A removal that takes in the place of text an earlier rule removed stays two edits.

A later stage sees only the current text: where an earlier rule took away a paragraph, the
later one may remove the lines on both sides of that point in one change (``cut_teaser`` takes
``... → Continue reading``, then ``byline`` takes the break before it and ``Posted by admin``
after it).  Merged, the edit would carry the later rule alone and cover the teaser too: an
editor who rejects it rejects both, and its reason is wrong for one of them (review35b).  So
such a change is cut at each earlier removal: the earlier edit keeps its own span, rule and
reason, and the pieces of the later change around it become edits of their own.  A piece that is
only white space (the break between two removed paragraphs) goes with the earlier removal it
touches, as part of a paragraph taken whole, rather than standing alone as an edit; the break
after an earlier removal opens the piece that follows it, so that rejecting either edit leaves
the other's paragraph apart from the prose before it.

Only removals of words count: a spacing fix inside a removed line is overwritten with it and
stays merged (:meth:`cleanup.edits.EditLog._merge`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .edits import Change, Edit

if TYPE_CHECKING:
    from .edits import EditLog

_WORD = re.compile(r"\w")


def removes_words(edit: Edit) -> bool:
    """An edit that took away text with a word in it and put nothing back."""
    return not edit.after and _WORD.search(edit.before) is not None


def split_removal(log: EditLog, c: Change, members: list[int]) -> list[Edit] | None:
    """The edits of a removal ``c`` (current coordinates) around the word removals ``members``
    lying strictly inside it, or None when the group is not that shape (after ``_prepare``)."""
    if c.after or c.start == c.end or not members:
        return None
    for m in members:
        cs, ce = log._starts[m], log._ends[m]
        if not (cs == ce and c.start < cs < c.end and removes_words(log.edits[m])):
            return None
    olds = [log.edits[m] for m in members]
    cuts = [log._fast_original(c.start, "start")]
    for d in olds:
        cuts += [d.start, d.end]
    cuts.append(log._fast_original(c.end, "end"))
    # pieces of c between the earlier removals: (start, end) in the original
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    text = log.original
    spans = [[d.start, d.end] for d in olds]
    out_pieces = []
    for i, (s, e) in enumerate(pieces):
        if s == e:
            continue
        if not text[s:e].strip():  # a break between removed paragraphs: the neighbour's
            if i < len(olds):
                spans[i][0] = s
            else:
                spans[i - 1][1] = e
            continue
        if i and not text[s].isspace():  # the break after the earlier removal opens this piece
            s = spans[i - 1][1] = spans[i - 1][0] + len(text[spans[i - 1][0]:spans[i - 1][1]].rstrip())
        out_pieces.append(Edit(c.rule, s, e, text[s:e], "", c.reason, "fix", c.confidence))
    kept = [Edit(d.rule, s, e, text[s:e], "", d.reason, "fix", d.confidence)
            for d, (s, e) in zip(olds, spans, strict=True)]
    return sorted(out_pieces + kept, key=lambda e: (e.start, e.end))
