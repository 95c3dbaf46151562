"""A quotation closed by an opening mark set after a space, before the stop or comma that
ends it: ``to denounce this ignoble act “.``, ``citizens’ money “. And again`` (Italian and
Spanish pages, and MT that copies their marks), where English writes ``ignoble act.”``
(``normalize.spaced_closing_quote``).

The mark is a closing one because a quotation is open before it in its paragraph (one more
``“`` than ``”``); it takes its closing form and moves behind the stop or comma (American
punctuation, as the chain's other closing marks), unless the article itself writes its stops
and commas after its closing marks (``money”.``, more often than ``money.”``): then it keeps
that order.  A closing mark after a space before a comma or stop (``not ruled it out yet ”,``)
moves the same way: to ``yet,”`` where the article writes ``word,”`` more often, to ``yet”,`` otherwise.
A straight mark after a space (``totaneros ".``) is quote spacing's."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

_SPACED = re.compile(r"(?<=[\w)’'…]) ([“”])([.,])(?=\s|$)")  # ('totaneros ".': quote spacing)
_INSIDE = re.compile(r"[.,](?<=\w[.,])”")  # 'money.”': the article's stop inside its closing mark
_OUTSIDE = re.compile(r"”(?<=\w”)[.,]")  # 'money”.'


def _order(text: str) -> int:
    """Stops and commas the article writes after its closing marks less those it writes before them."""
    return len(_OUTSIDE.findall(text)) - len(_INSIDE.findall(text))


def _balance(para: str, start: int, end: int) -> int:
    """Opening marks less closing ones in para[start:end] (summed match by match: a count from the
    paragraph's start at each mark made a long paragraph quadratic)."""
    return para.count("“", start, end) - para.count("”", start, end)


def fix_spaced_closing_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``this ignoble act “.`` -> ``this ignoble act.”``"""
    text = doc.text
    if ctx.rule("normalize.spaced_closing_quote") is None or not any(c in text for c in (" “.", " “,", " ”.", " ”,")):
        return []
    out: list[Change] = []
    order = None
    for s, e in doc.body:
        para = text[s:e]
        opened = last = 0
        for m in _SPACED.finditer(para):
            opened, last = opened + _balance(para, last, m.start(1)), m.start(1)
            if opened != 1:
                continue  # the mark can only close a quotation open before it
            order = _order(text) if order is None else order
            # the article's own order decides; where it shows none, an opening form takes the
            # American order and a closing form keeps its own ('conclusions ”.')
            outside = order > 0 or (order == 0 and m.group(1) == "”")
            after = "”" + m.group(2) if outside else m.group(2) + "”"
            ch = ctx.change(s + m.start(), s + m.end(), after, "normalize.spaced_closing_quote")
            if ch:
                out.append(ch)
    return out
