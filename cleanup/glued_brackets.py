"""An opening bracket glued to the word before it (``Tehran(IP)-The spokesman``, ``By Guan
Xiaomeng(chinadaily.com.cn)``, ``Prefectural governor(Todofukenchiji)``).

Chinese and Japanese write brackets without a space before them, and Persian and Chinese sites
glue their agency credit to the dateline or byline; MT and scrapers keep the ASCII bracket
glued.  (A full-width bracket is spaced by ``normalize.fullwidth``.)  English sets a space
before a bracketed gloss, credit or acronym.  Not read so: a plural left open (``member(s)``,
``country(ies)``), a formula or a call in code (``f(x)``, ``getElementById(s)``: a line with
``{``, ``;`` or ``=``), a bracket after a capital or a figure (``CO2(g)``)
(``normalize.glued_bracket``)."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

RULE = "normalize.glued_bracket"

# two lower-case letters, '(', a gloss or credit of a letter and 1-40 more, ')', then a space, mark or end
_GLUED = re.compile(r"(?<=[a-z]{2})\((?=([A-Za-z][^()\n]{1,40})\)(?:[\s.,;:!?\-–—]|$))")
_PLURAL = re.compile(r"(?:i?e)?s|r?en")  # the ending of a plural left open: member(s), country(ies), child(ren)
_CODE = re.compile(r"[{};=]|\bfunction\b|\bvar\b|\breturn\b")


def _line(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


def fix_glued_brackets(doc: Doc, ctx: Context) -> list[Change]:
    """``Tehran(IP)-The`` -> ``Tehran (IP)-The``"""
    text = doc.text
    if ctx.rule(RULE) is None or "(" not in text:
        return []
    out: list[Change] = []
    for m in _GLUED.finditer(text):
        inner = m.group(1)
        if _PLURAL.fullmatch(inner.lower()) or not re.search(r"[A-Za-z]{2}", inner) or _CODE.search(_line(text, m.start())):
            continue
        if re.search(r"(?:https?://|www\.)\S*$", text[max(0, m.start() - 200):m.start()]):
            continue  # inside a URL ('wiki/Mercury_(planet)')
        ch = ctx.change(m.start(), m.end(), " (", RULE)
        if ch:
            out.append(ch)
    return out
