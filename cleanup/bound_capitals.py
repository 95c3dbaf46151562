"""Capitals the article gives a word only inside a longer name: 'Judge Brown', 'Officer Ruiz', 'Wall Street'.

The stray-capital stage leaves a capitalised word alone when the article capitalises it elsewhere
in mid-sentence too: then it is a name here.  A use right before another capital ('Judge Paul
Brown', 'Officer Darren Wilson') or right after one ('Wall Street', 'the Graham Norton Show')
is part of a longer name, and says nothing of the word standing alone: 'after a Judge found the',
'at another Officer, have', 'across the Street, the' (second injector, CNN tuning slice) are
stray capitals all the same.  Only free uses (a lower-case word or a stop on both sides) count.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .doc import Doc, mid_sentence

_WORD = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(?![\w-])")
_CAPITAL_AFTER = re.compile(r"[ ]+[A-Z0-9]")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.&-]*[ ]+$")


@lru_cache(maxsize=8)
def _bound(text: str) -> Counter:
    """Mid-sentence capitalised words of ``text`` that stand beside another capital or a number."""
    out: Counter = Counter()
    for m in _WORD.finditer(text):
        s, e = m.span()
        if mid_sentence(text, s) and (_CAPITAL_AFTER.match(text, e) or _CAPITAL_BEFORE.search(text, max(0, s - 40), s)):
            out[m.group(1)] += 1
    return out


def free_capitals(doc: Doc, word: str) -> int:
    """How often the article capitalises ``word`` in mid-sentence outside a longer name."""
    caps = doc.case.caps[word]
    return caps - min(caps, _bound(doc.text)[word]) if caps > 1 else caps


def named_elsewhere(doc: Doc, *words: str) -> bool:
    """Does the article capitalise any of ``words`` in mid-sentence, outside a longer name, more
    than once (this use and another)?"""
    return any(free_capitals(doc, w) > 1 for w in words)


def capitals_apart(doc: Doc, word: str) -> int:
    """How often the article writes ``word`` with a capital anywhere (sentence starts too) outside
    a longer name in mid-sentence."""
    return doc.capitals[word] - min(doc.capitals[word], _bound(doc.text)[word]) if doc.capitals[word] > 1 else 0
