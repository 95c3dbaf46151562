"""A closing mark set after a space where nothing is open: ``accused him of “profound
channeling” and “adjusting the accounts” for your moral cowardice ”.`` (Portuguese MT),
``"... after an unprecedented national tragedy," the announcement never ends. "`` (Greek MT):
the quotations of the paragraph are closed before it, so the mark closes nothing; it is what is
left of a quotation whose opening mark the translation dropped, and where that opened cannot
be told.  The mark goes with its space (``cowardice.``) (``normalize.stray_closing_quote``).

Only a mark set off by a space, before the paragraph's end or its stop or comma (the French and
Portuguese ``»`` with its space carried over), after a paragraph whose quotation marks pair
up before it: at least one quotation opens and closes earlier in the paragraph, so the paragraph
goes on no quotation from the one before (a quotation over several paragraphs opens each of them
again).  Straight marks pair by their order: each opening one glued to the word after it, each
closing one to the word or mark before it; where they do not (``conferences. "" We``) the text is
too damaged to tell.  Where a quotation is open, ``normalize.spaced_closing_quote`` and quote
spacing join the mark to its words instead; joined here it would close what never opened, so
the mark goes in native copy too (no paragraph of the BBC and CNN/DM articles has the shape)."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

RULE = "normalize.stray_closing_quote"
_SPACED_END = re.compile(r"(?<=[\w.!?…’')]) +([”\"])([.,]?)$")


def _curly_closed(para: str, i: int) -> bool:
    """Do the curly marks before ``i`` open and close at least one quotation, none left open?"""
    depth, pairs = 0, 0
    for m in re.finditer(r"[“”]", para[:i]):
        if m.group() == "“":
            depth += 1
        elif depth == 0:
            return False  # a closing mark with nothing open: the paragraph goes on an earlier quotation
        else:
            depth, pairs = depth - 1, pairs + 1
    return depth == 0 and pairs > 0 and '"' not in para[:i]


def _straight_closed(para: str, i: int) -> bool:
    """Do the straight marks before ``i`` pair up, each opening mark glued to the word after it
    and each closing one to the word or mark before it?"""
    marks = [m.start() for m in re.finditer('"', para[:i])]
    if not marks or len(marks) % 2 or "“" in para[:i] or "”" in para[:i]:
        return False
    for n, k in enumerate(marks):
        before, after = para[k - 1:k] or " ", para[k + 1:k + 2] or " "
        if (n % 2 == 0 and (not before.isspace() or after.isspace() or after == '"')) or (
                n % 2 == 1 and (before.isspace() or not (after.isspace() or after in ",.;:!?)"))):
            return False
    return True


def drop_stray_closing_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``for your moral cowardice ”.`` -> ``for your moral cowardice.``"""
    text = doc.text
    if ctx.rule(RULE) is None or (' ”' not in text and ' "' not in text):
        return []
    out: list[Change] = []
    for s, e in doc.body:
        para = text[s:e]
        m = _SPACED_END.search(para, max(0, len(para) - 40)) if ' ”' in para[-3:] or ' "' in para[-3:] else None
        if not m:
            continue
        i = m.start(1)
        if not (_curly_closed(para, i) if m.group(1) == "”" else _straight_closed(para, i)):
            continue
        start = len(para[:i].rstrip(" "))
        ch = ctx.change(s + start, s + m.end(), m.group(2), RULE)
        if ch:
            out.append(ch)
    return out
