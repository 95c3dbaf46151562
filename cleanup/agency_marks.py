"""The Vietnam News Agency's end mark ``./.`` left in English copy (``in line with the
Constitution and the law./.``, ``safety regulations./. Da Nang launches``).

VNA and the Vietnamese papers that copy its wire close every story with ``./.``; their English
services and the sites that machine-translate or scrape them keep it, at a paragraph's end or,
where a page runs several stories together, before the next story's headline.  English has no
such mark: the full stop stays and the slash and second dot go.  Only the exact sequence after
a word, a closing quote or a bracket and before a space or the end is read so, never a path
(``./configure``, ``../data``) or a URL (``normalize.slash_stop``)."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

RULE = "normalize.slash_stop"

# 'the law./.' / 'regulations./. Da Nang': after a word, a closing quote or bracket; before a space or the end
_SLASH_STOP = re.compile(r"(?<=[\w”\"’)])\./\.(?=[ \t]|$)", re.M)


def fix_slash_stops(doc: Doc, ctx: Context) -> list[Change]:
    """``the law./.`` -> ``the law.``"""
    text = doc.text
    if ctx.rule(RULE) is None or "./." not in text:
        return []
    out: list[Change] = []
    for m in _SLASH_STOP.finditer(text):
        if re.search(r"(?:https?://|www\.)\S*$", text[max(0, m.start() - 200):m.start()]):
            continue  # inside a URL
        ch = ctx.change(m.start(), m.end(), ".", RULE)
        if ch:
            out.append(ch)
    return out
