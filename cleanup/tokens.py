"""The token around a position: the characters between the nearest whitespace either side.

Shared by the stages that leave a mark alone inside an address or a piece of code
(``cleanup/script_marks.py``, ``cleanup/number_formats.py``); each keeps its own test of what an
address is.  Any whitespace ends a token (a tab or a no-break space too, not only a space or a
newline), and only ``limit`` characters either side are read, so a text without whitespace is
not searched to its ends once per mark.

>>> token_at("See www.example.com/a?b=1 now", 12)
'www.example.com/a?b=1'
>>> token_at("left\\tright", 6)
'right'
"""

from __future__ import annotations

import re

# greedy to the last whitespace of the window, then back: one pass, no retry per offset
_UP_TO_LAST_SPACE = re.compile(r".*\s", re.S)
_SPACE = re.compile(r"\s")


def token_at(text: str, pos: int, limit: int = 200) -> str:
    """The run of non-whitespace characters around ``pos`` (at most ``limit`` either side)."""
    low, high = max(0, pos - limit), min(len(text), pos + limit)
    before = _UP_TO_LAST_SPACE.match(text, low, pos)
    start = before.end() if before else low
    after = _SPACE.search(text, pos, high)
    end = after.start() if after else high
    return text[start:end]
