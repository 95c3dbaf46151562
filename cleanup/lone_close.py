"""A paragraph whose only quotation mark closes it: ``But Mr. Hue’s mission is not in such a
specific place.”`` (Vietnamese and Greek MT: a quotation that runs over several paragraphs keeps
its closing mark but loses the opening one that English sets at the start of each of its
paragraphs).  The opening mark goes at the paragraph's start (``normalize.lone_closing_quote``).

No paragraph of 3,225 BBC and CNN/DM articles ends on a closing mark it never opened.  Not where
the paragraph reports the words (``According to this researcher, ... all that.”``, a verb of
saying): there the mark may be a stray.  Only offered: the quotation may open inside the
paragraph, and the dev set holds one case where it goes on from a paragraph left open (Greek),
which a rewrite annotated on the same words would score as wrong."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

_LONE = re.compile(r"[^“”\"«»\n]{20,}[.!?…]”")


@lru_cache(maxsize=8)
def _reporting(rules: RuleSet) -> re.Pattern:  # 'According to this researcher', 'he said that'
    return re.compile(rf"\b(?:According to|according to|{rules.alternation('words.speech_verbs')})\b")


def open_lone_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``But his mission is not in such a place.”`` -> ``“But his mission is not in such a place.”``"""
    text = doc.text
    if ctx.rule("normalize.lone_closing_quote") is None or "”" not in text:
        return []
    out: list[Change] = []
    for s, e in doc.body:
        para = text[s:e]
        if not para.endswith("”") or not _LONE.fullmatch(para) or _reporting(ctx.rules).search(para):
            continue
        word = len(para.split(" ", 1)[0])  # the mark with the first word: a paragraph break may be a fix
        ch = ctx.change(s, s + word, "“" + para[:word], "normalize.lone_closing_quote")
        if ch:
            out.append(ch)
    return out
