"""The honorifics a name may open with (``segment.name_honorifics``: ``Mr``, ``Mrs``, ``Mme``,
``Prof``), read once from the shipped rules for the lost-stop shapes of :mod:`cleanup.lost_stops`
and :mod:`cleanup.name_subjects`, which compile their patterns once per process.

British news writes them without a stop (``Mr Hague``), US news with one (``Mr. Hague``): both are
matched (probe stop_name, tuning BBC and CNN/DM: ``a 23 March walkout Mr Prescott held``, ``the
transfer fee Mr. Hague returned``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .rules import load_rules

#: the upper-case letters a name may open with: ASCII and the Latin, Greek and Cyrillic ranges
#: ('Özil', 'Łukasz', 'Šefčovič'), as one character class's body
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x530) if chr(c).isupper())


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """The honorifics, without a full stop."""
    return load_rules().words("segment.name_honorifics")


@lru_cache(maxsize=1)
def pattern() -> str:
    """A regular expression (no group) for an honorific with or without its full stop."""
    return r"(?:" + load_rules().alternation("segment.name_honorifics") + r")\.?"


def bare(word: str) -> str:
    """``word`` without an honorific's full stop (``Mr.``: ``Mr``)."""
    return word[:-1] if word.endswith(".") and word[:-1] in words() else word


@lru_cache(maxsize=1)
def after_lower_word() -> re.Pattern:
    """An honorific and a name of one or two words after a lower-case word (group 1 the space,
    2 the honorific and the name), then the next two words (groups 3 and 4)."""
    cap = rf"[{UPPER}][\w’'-]+"
    return re.compile(rf"( )(?<=[a-z] )({pattern()} {cap}(?: {cap})?)(?= ([a-z]+)(?: ([a-z]+))?)")


@lru_cache(maxsize=1)
def after_stop() -> str:
    """Look-behinds (no group) for the space after an honorific's full stop (``Mr. Prescott``):
    a capital there is in mid-sentence."""
    return "|".join(rf"(?<=\b{re.escape(w)}\. )" for w in sorted(words()))
