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


def _balance(para: str, start: int, end: int) -> int:
    """Opening marks less closing ones in para[start:end] (summed match by match: a count from the
    paragraph's start at each mark made a long paragraph quadratic)."""
    return para.count("“", start, end) - para.count("”", start, end)


def fix_spaced_closing_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``this ignoble act “.`` -> ``this ignoble act.”``"""
    text = doc.text
    if ctx.rule("normalize.spaced_closing_quote") is None or (" “." not in text and " “," not in text):
        return []
    out: list[Change] = []
    for s, e in doc.body:
        para = text[s:e]
        opened = last = 0
        for m in _SPACED.finditer(para):
            opened, last = opened + _balance(para, last, m.start(1)), m.start(1)
            if opened != 1:
                continue  # the mark can only close a quotation open before it
            ch = ctx.change(s + m.start(), s + m.end(), m.group(2) + "”", "normalize.spaced_closing_quote")
            if ch:
                out.append(ch)
    return out
