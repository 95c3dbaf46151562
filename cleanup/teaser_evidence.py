"""When a lone headline-shaped line between two paragraphs is another story's headline, surely.

``boilerplate.teaser_line`` offers such a line for removal: it may be another story's headline
(a teaser the page printed inside the body), or this story's own crosshead, or the headline of the
next item of a news roundup.  Measured on the annotated real MT of the look sets
(``bench.real_mt_calibrate``, December 2), the offers were right in 7 of 17 cases.  The wrong ones
were a crosshead or a roundup item's headline, and their next paragraph tells the story the line
heads: 'Woman rolled over by tractor' / 'A woman was hit by a tractor', 'Road accident with two
horses left free' / '... a road accident ...', 'Stigma for unemployment allowance' / '... on
unemployment allowance ...'; or the next line is a time stamp ('2023-03-19 16:53:00'), a digest's
item.  Where the next paragraph is prose of six words or more that shares at most one word of four
letters or more with the line, the line heads no part of this story: a teaser.  That shape was right
in 5 of 5 annotated cases (5 sites, both folds) and excluded all 10 wrong ones.
"""

from __future__ import annotations

import re

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_PROSE_WORD = re.compile(r"[^\W_]+")
_ENDS_SENTENCE = re.compile(r"[.!?…][”\"’')\]]*$")


def _stems(line: str) -> set[str]:
    """The line's words of four letters or more, lower case, cut to five letters ('announces',
    'announced'; 'Ministry', 'ministry')."""
    return {w.lower()[:5] for w in _LONG_WORD.findall(line)}


def retold(line: str, after: str) -> bool:
    """``after`` (the next paragraph) shares two words or more with ``line``: it tells what the
    line heads.

    >>> retold("Woman rolled over by tractor", "A woman was hit by a tractor in the south.")
    True
    >>> retold("Bolsonaro says he wants to privatize Petrobras", "Lula also spoke on Monday.")
    False
    """
    return len(_stems(line) & _stems(after)) >= 2


def other_story(line: str, after: str) -> bool:
    """The line heads another story: the next paragraph is prose (six words or more, ending a
    sentence: not a time stamp or a byline) that does not retell it."""
    return (len(_PROSE_WORD.findall(after)) >= 6 and bool(_ENDS_SENTENCE.search(after.rstrip()))
            and not retold(line, after))
