"""A quotation closed by an opening mark set after a space, before the stop or comma that
ends it: ``to denounce this ignoble act “.``, ``citizens’ money “. And again`` (Italian and
Spanish pages, and MT that copies their marks), where English writes ``ignoble act.”``
(``normalize.spaced_closing_quote``).

The mark is a closing one because a quotation is open before it in its paragraph (one more
``“`` than ``”``); it takes its closing form and moves behind the stop or comma (American
punctuation, as the chain's other closing marks).  A closing or straight mark after a space
(``totaneros ".``, ``conclusions ”.``) is quote spacing's."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

_SPACED = re.compile(r"(?<=[\w)’'…]) (“)([.,])(?=\s|$)")  # ('totaneros ".', 'conclusions ”.': quote spacing)


def _open_before(para: str, at: int) -> bool:
    """Whether a quotation is open at ``at``: the mark there can only close it."""
    return para.count("“", 0, at) - para.count("”", 0, at) == 1


def fix_spaced_closing_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``this ignoble act “.`` -> ``this ignoble act.”``"""
    text = doc.text
    if ctx.rule("normalize.spaced_closing_quote") is None or not _SPACED.search(text):
        return []
    out: list[Change] = []
    for s, e in doc.body:
        para = text[s:e]
        for m in _SPACED.finditer(para):
            if not _open_before(para, m.start(1)):
                continue
            ch = ctx.change(s + m.start(), s + m.end(), m.group(2) + "”", "normalize.spaced_closing_quote")
            if ch:
                out.append(ch)
    return out
