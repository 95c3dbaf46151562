"""A name whose letters outside ASCII machine translation dropped, where the same article
writes it whole: ``Vučić`` in the headline, ``Vui said`` in the body (``č`` and ``ć`` lost,
not replaced by ``c``).  An English editor writes the name the way the article writes it
whole.  (``Erdogan`` beside ``Erdoğan``, a letter replaced by its base letter, is a house
style: :mod:`cleanup.names` unifies those to the article's majority.)

A South Slavic surname cut the same way (``Mojsilovi``, ``Markovi``: its final ``ć`` lost) in an
article that has dropped a ``ć`` from a name it writes whole is offered with its ``ć``: the
letter is a guess from the shape of the name, applied after a capitalised word (its given name or a
rank: 'General Milan Mojsilovi' here, 'Goran Markovi' on tricksfast.com's Serbian pages)."""

from __future__ import annotations

import re

from . import lexicon
from .doc import Context, Doc
from .edits import Change

_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f](?<=[^\W\d_])")
_WORD = re.compile(r"(?<![\w’'-])[^\W\d_]+(?![\w-])")  # a word, before its possessive too ('Vui's')
_AFTER_CAPITAL = re.compile(r"(?<![\w’'-])[A-Z][a-z]+ $")  # a given name or a rank right before: 'General Milan Mojsilovi'
_CUT_SURNAME = re.compile(r"[A-Z](?<![\w’'-][A-Z])[a-z]{2,}[oe]vi(?![\w-])")  # 'Mojsilovi', 'Markovi'


def _not_a_word(token: str) -> bool:
    """English has not seen it: a cut name, not a word or a name of its own ('Vui', not 'Wall')."""
    return not lexicon.is_common_word(token.lower()) and lexicon.zipf(token) < 1.5


def _dropped(words: set[str]) -> dict[str, str]:
    """Each cut spelling and the whole name it comes from: a capitalised name with letters outside
    ASCII, those letters removed, three letters or more left, its first letter kept."""
    cut: dict[str, set[str]] = {}
    for w in words:
        if w.isascii() or not w[0].isupper():
            continue
        v = "".join(c for c in w if c.isascii())
        if len(v) >= 3 and v[0] == w[0] and v.isalpha() and _not_a_word(v):
            cut.setdefault(v, set()).add(w)
    return {v: ws.pop() for v, ws in cut.items() if len(ws) == 1}  # two names cut alike: no guess


def restore_dropped_letters(doc: Doc, ctx: Context) -> list[Change]:
    """``Vučić: The problems are piling up ... Vui pointed out`` -> ``Vučić pointed out``."""
    text = doc.text
    if text.isascii() or ctx.rule("document.dropped_letters") is None or not _NON_ASCII_LETTER.search(text):
        return []  # no letter outside ASCII (curly quotes and dashes are no letters): no name lost one
    targets = _dropped({m.group() for m in _WORD.finditer(text) if not m.group().isascii()})
    if not targets:
        return []
    out: list[Change] = []
    for m in _WORD.finditer(text):
        if m.group() in targets:
            ch = ctx.change(m.start(), m.end(), targets[m.group()], "document.dropped_letters")
            if ch:
                out.append(ch)
    if any(c.after.endswith("ć") for c in out):  # the article drops a final 'ć': its surnames too
        named = ctx.rule("document.dropped_letters").options.get("named_confidence")
        for m in _CUT_SURNAME.finditer(text):
            if m.group() not in targets and _not_a_word(m.group()):
                conf = float(named) if named and _AFTER_CAPITAL.search(text, 0, m.start()) else None
                ch = ctx.change(m.start(), m.end(), m.group() + "ć", "document.dropped_letters", doubt=True, confidence=conf)
                if ch:
                    out.append(ch)
    return out
