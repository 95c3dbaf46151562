"""A quotation opened with one style of mark and closed with the other (from :mod:`cleanup.quotes`)."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

_CURLY = re.compile(r"[“”]")
_INCH = re.compile(r'(?!(?:1[89]|20)\d\d")\d+(?:\.\d+)?"(?=[ -]?[A-Za-z])')  # '55" TV': an inch mark, no quote
def _mixed_pair(para: str) -> tuple[int, int, str] | None:
    """(start, end, replacement) for the one straight quote of a paragraph whose curly quotes
    leave one quotation open or one closed that never opened: it is the missing curly mark."""
    if para.count('"') != 1:
        return None
    i, depth, unmatched = para.index('"'), 0, None
    for m in _CURLY.finditer(para):
        if m.group() == "“":
            depth += 1
        elif depth:
            depth -= 1
        elif unmatched is None:
            unmatched = m.start()  # a close that never opened
    if depth == 1 and unmatched is None and i > para.rfind("“") and not _INCH.match(para, para.rfind(" ", 0, i) + 1):
        if para[i - 1:i] == " " and para[i + 1:i + 2].isalpha() and para[i - 2:i - 1] in (",", ".", "!", "?"):
            return i - 1, i + 1, "” "  # 'people, "General Prayuth said': the space on the wrong side too
        return i, i + 1, "”"
    if depth == 0 and unmatched is not None and i < unmatched and para.count("”") == para.count("“") + 1:
        return i, i + 1, "“"
    return None


def fix_mixed_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``"the State and people do it together”`` -> ``“the State and people do it together”``: a
    quotation opened with one style of mark and closed with the other."""
    text = doc.text
    if ctx.rule("normalize.mixed_quotes") is None or '"' not in text or not _CURLY.search(text):
        return []
    out: list[Change] = []
    pos = 0
    for para in text.split("\n"):
        found = _mixed_pair(para)
        ch = found and ctx.change(pos + found[0], pos + found[1], found[2], "normalize.mixed_quotes")
        if ch:
            out.append(ch)
        pos += len(para) + 1
    return out
