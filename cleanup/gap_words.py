"""The two words of a learned stop's gap read straight from the text, before its sentence is split
into tokens (:mod:`cleanup.learned_stops`).

Seven gaps in ten follow a word no sentence ends on ('in London', 'the BBC') or precede a capital
the hand rules keep for themselves: :func:`cleanup.learned_stops.judged` leaves them, and it needs
only the token on each side of the gap to say so.  Those two tokens are read here from the text
around the gap as :func:`cleanup.learned_stops.tokens` would read them from the sentence, so that
a sentence whose gaps are all left is never tokenised.  Where the text around the gap is not plain
enough to be sure of the token (a hyphen after the capital, no space within reach), the answer is
None and the caller tokenises the sentence as before.

The tokens of a sentence are the same from any space on: no token holds a space, so the scan that
started at the sentence's start and one that starts after the space find the same tokens after it.
"""

from __future__ import annotations

import re
from typing import Protocol

_REACH = 40  # characters read back for the space before the word


class _Lists(Protocol):
    unjudged: frozenset[str]
    never_end: frozenset[str]
    openers: frozenset[str]
    works: frozenset[str]
    calendar: frozenset[str]


def token_before(text: str, at: int, floor: int, token: re.Pattern) -> str | None:
    """The token that ends at the space ``at`` as ``token`` reads the sentence that starts at
    ``floor``, or None when no space or sentence start is within reach."""
    lo = max(floor, at - _REACH)
    space = text.rfind(" ", lo, at)
    if space < 0 and lo > floor:
        return None
    start = floor if space < 0 else space + 1
    chunk = text[start:at]
    if chunk.isascii() and chunk.isalpha():
        return chunk  # one word of ASCII letters: one token (most gaps)
    found = token.findall(text, start, at)
    return found[-1] if found else None


def token_after(text: str, at: int, word: str, end: int) -> str | None:
    """The token that opens at ``at + 1`` when it is ``word`` (a capital and lower-case letters
    followed by no letter or digit), or None when a hyphen may join more to it or the sentence
    (ending at ``end``) cuts it."""
    after = at + 1 + len(word)
    if after > end or text[after:after + 1] == "-":
        return None
    return word


def left_to_rules(text: str, at: int, word: str, sentence: tuple[int, int], lists: _Lists, token: re.Pattern) -> bool:
    """Is the gap at ``at`` (before ``word``) surely one :func:`cleanup.learned_stops.judged` leaves,
    read from the two words alone?  False when it may be judged or the words are not plain."""
    a = token_before(text, at, sentence[0], token)
    if a is not None:
        low = a.lower()
        if low in lists.never_end or low in lists.works or (a[:1].isupper() and low not in lists.calendar):
            return True
    b = token_after(text, at, word, sentence[1])
    return b is not None and (b in lists.openers or b.lower() in lists.unjudged)
