"""Capitals the article gives a word only inside a longer name: 'Judge Brown', 'Officer Ruiz', 'Wall Street'.

The stray-capital stage leaves a capitalised word alone when the article capitalises it elsewhere
in mid-sentence too: then it is a name here.  A use right before another capital or a number
('Judge Paul Brown', 'Officer Darren Wilson', 'Coach Sir Clive') is a title or a modifier of a
name, and says nothing of the word standing alone: 'after a Judge found the', 'at another
Officer, have' (second injector, CNN tuning slice) are stray capitals all the same.  A use right
after a capital still counts: it may end a name that the article shortens to it ('Cecily Strong',
then 'as Strong went'; 'the Carry On films').
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .doc import Doc, mid_sentence

_WORD = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(?![\w-])")
_CAPITAL_AFTER = re.compile(r"[ ]+[A-Z0-9]")


@lru_cache(maxsize=8)
def _bound(text: str) -> tuple[Counter, Counter]:
    """Capitalised words of ``text`` that stand right before another capital or a number: those in
    mid-sentence, and all of them (sentence starts too)."""
    mid: Counter = Counter()
    every: Counter = Counter()
    for m in _WORD.finditer(text):
        if _CAPITAL_AFTER.match(text, m.end()):
            every[m.group(1)] += 1
            if mid_sentence(text, m.start()):
                mid[m.group(1)] += 1
    return mid, every


def free_capitals(doc: Doc, word: str) -> int:
    """How often the article capitalises ``word`` in mid-sentence other than before a name."""
    caps = doc.case.caps[word]
    return caps - min(caps, _bound(doc.text)[0][word]) if caps > 1 else caps


def named_elsewhere(doc: Doc, *words: str) -> bool:
    """Does the article capitalise any of ``words`` in mid-sentence, other than before a name, more
    than once (this use and another)?"""
    return any(free_capitals(doc, w) > 1 for w in words)


def capitals_apart(doc: Doc, word: str) -> int:
    """How often the article writes ``word`` with a capital anywhere (sentence starts too) other
    than before a name."""
    caps = doc.capitals[word]
    return caps - min(caps, _bound(doc.text)[1][word]) if caps > 1 else caps
