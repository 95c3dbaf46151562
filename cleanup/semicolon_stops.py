"""A semicolon MT left between two sentences: ``Masoud Satayshi; In a press conference today``,
``must be fully ensured”; This was an important order``, ``during today’s session; In this regard``.

Persian (and Arabic) news writes ``؛`` between whole sentences, where English has a full stop, and
MT keeps it or its ASCII look-alike (holdout5:h5_fa_rahnam_judiciary-us-court-complaint,
holdout12:h12_fa_partonews_judiciary-chief-market-inflation, two sites).  English capitalises
nothing after a semicolon but a name: a capitalised function word or sentence adverb after one
(``normalize.semicolon_stop_openers``) opens a new sentence, and the semicolon becomes its full
stop.  Native news has a name or an initial there (``; A Mehrtens`` in a team list: no one-letter
opener is listed) and, once in 3,225 BBC and CNN/DM articles, a sentence (``an urban environment;
It therefore directly shapes``, BBC entertainment/256): the openers native copy shows
(``normalize.semicolon_stop_native_openers``) are only offered in text that shows no MT (the rule's
``native_confidence``), the others are applied anywhere.  ``The`` before a capital may open a
name in a list (``the Guardian; The Times``): offered.  A semicolon ending an HTML entity
(``& amp; House``) or a question (``normalize.question_semicolon``) is left alone."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .question_marks import SEMICOLON_RULE, semicolon_questions

RULE = "normalize.semicolon_stop"
_ENTITY_TAIL = re.compile(r"&\s?#?\s?\w{1,8}\s?$")  # '& amp', '&# 39', '& # 39' before the semicolon


@lru_cache(maxsize=8)
def _pattern(openers: frozenset[str]) -> re.Pattern:
    """A semicolon after a word, a figure or a closing mark, then one space and a listed opener
    (group 2) and the next word's first letter (group 3)."""
    alternation = "|".join(sorted((re.escape(w) for w in openers if len(w) > 1), key=len, reverse=True))
    return re.compile(rf"(?<=[\w%”’\")])([;\u061b]) ({alternation})\b,? ?(\w?)")


def fix_semicolon_stops(doc: Doc, ctx: Context) -> list[Change]:
    """``session; In this regard`` -> ``session. In this regard`` (see the module's docstring)."""
    text = doc.text
    if ctx.rule(RULE) is None or (";" not in text and "\u061b" not in text):
        return []
    native = ctx.words("normalize.semicolon_stop_native_openers")
    questions = {c.start for c in semicolon_questions(text, ctx)} if ctx.rule(SEMICOLON_RULE) else set()
    out: list[Change] = []
    for m in _pattern(ctx.words("normalize.semicolon_stop_openers")).finditer(text):
        at = m.start(1)
        if at in questions or _ENTITY_TAIL.search(text, max(0, at - 12), at):
            continue
        opener, next_letter = m.group(2), m.group(3)
        name = opener == "The" and next_letter.isupper()  # 'the Guardian; The Times'
        if (ch := ctx.change(at, m.end(1), ".", RULE, doubt=name, native=opener not in native and not name)):
            out.append(ch)
    return out
