"""A brand written with a capital inside the word, left all in lower case: ``the community
wechat group`` -> ``WeChat``, ``a youtube video`` -> ``YouTube``.

Machine translation from a language without case (Chinese, Korean) and pages that lost their
capitals write such names in lower case, which English prose never does; the brand's own
spelling is the repair (``document.camel_brands``).  Title case (``Paypal``, ``Playstation``)
is a house style and is left; a name that is also an English word is not listed.  Not inside an
address, a handle or a hashtag (``youtube.com``, ``@wechat``, ``#tiktok``), nor a word quoted
as a word.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

RULE = "document.camel_brand"
_QUOTES = frozenset("\"“‘'")


def camel_brands(doc: Doc, ctx: Context) -> list[Change]:
    """Each brand of ``document.camel_brands`` written all in lower case in the body, in its
    own spelling."""
    brands = {b.lower(): b for b in ctx.words("document.camel_brands")}
    text = doc.text
    low = text.lower()
    if not any(k in low for k in brands):
        return []
    pattern = re.compile(r"(?<![\w@#/.:-])(" + "|".join(sorted(map(re.escape, brands), key=len, reverse=True))
                         + r")(?![\w@/-]|\.[a-z])")
    out: list[Change] = []
    for s, e in doc.body:
        for m in pattern.finditer(text, s, e):
            word = m.group(1)
            if word in brands and text[m.start() - 1:m.start()] not in _QUOTES:
                ch = ctx.change(m.start(), m.end(), brands[word], RULE)
                if ch:
                    out.append(ch)
    return out
