"""A picture's or a video's caption that only restates what the page said above it, left standing
over the credit line that closed it (the credit goes under its own line rule, the caption stayed):

- dev:uk_thetimeshub_stefanchuk-deputies-front: ``Stefanchuk told how many deputies and their
  children fight at the front`` (the headline in the source's wording) over ``Photo: ua.``;
- holdout3:h3_de_newsytoday_hamburg-pedestrians: ``Large fire in sawmill in Olpe`` / ``A sawmill is
  on fire in Olpe`` over ``Source: Firefighters Olpe``, after a ticker item that told the fire.

Two signals agree: the credit line under it (a line rule of a source or a caption credit), and
the caption's words, every content word but one in five already in the title or the paragraphs
just above (a caption names what the story tells).  A caption is short and opens with a line
with no stop (a headline's shape); one or two such lines go, the credit is its rule's.
"""

from __future__ import annotations

import re

from .boilerplate import classify, line_rules
from .doc import Context, Doc
from .edits import Change
from .scene_captions import ENDS_SENTENCE

RULE = "boilerplate.restated_caption"
_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_WORDS = (3, 20)  # a caption line's size in words
_ABOVE = 3  # paragraphs above the caption read for its words (with the title)
_SHARE = 0.8  # the share of its content words they must hold
_STEM = 5  # a word's stem: its first letters ('sawmill' and 'sawmills', 'fight' and 'fighting')


def _stems(line: str, skip: frozenset[str]) -> set[str]:
    return {w.lower()[:_STEM] for w in _WORD.findall(line) if len(w) >= 3 and w.lower() not in skip}


def _restates(line: str, above: set[str], skip: frozenset[str]) -> bool:
    """A short line of one paragraph whose content words (three at least) stand above it."""
    own = _stems(line, skip)
    n = len(_WORD.findall(line))
    return "\n" not in line and _WORDS[0] <= n <= _WORDS[1] and len(own) >= 3 \
        and len(own & above) >= _SHARE * len(own)


def _run(text: str, paras: list[tuple[int, int]], c: int, first: int, skip: frozenset[str]) -> int | None:
    """The first paragraph of the one or two lines above paragraph ``c`` that restate what
    stands above them, the first with no stop; None when there are none."""
    start = None
    for k in (c - 1, c - 2):
        if k < first:
            break
        above_from = max(first, k - _ABOVE)
        above = set().union(*(_stems(text[s:e], skip) for s, e in paras[above_from:k]))
        if first:  # the title
            above |= _stems(text[paras[0][0]:paras[0][1]], skip)
        if not _restates(text[paras[k][0]:paras[k][1]], above, skip):
            break
        start = k
    if start is None or ENDS_SENTENCE.search(text[paras[start][0]:paras[start][1]]):
        return None
    return start


def restated_captions(doc: Doc, ctx: Context) -> list[Change]:
    """Take away a caption that restates the page above it, over a credit line."""
    r = ctx.rule(RULE)
    if r is None or len(doc.paragraphs) < 4:
        return []
    text, paras = doc.text, doc.paragraphs
    credits = frozenset(r.options.get("credit_rules", ()))
    rules = [x for x in line_rules(ctx) if x[0] in credits]
    skip = ctx.words("words.closed_class", "words.function_words")
    first = 1 if doc.has_title else 0
    out: list[Change] = []
    last = -1
    for c in range(first + 1, len(paras)):
        line = text[paras[c][0]:paras[c][1]]
        if ":" not in line or len(line) > 200 or not classify(line, rules):
            continue
        k = _run(text, paras, c, first, skip)
        if k is not None and k > last and (ch := ctx.change(paras[k][0], paras[c][0], "", RULE)):
            out.append(ch)
            last = c
    return out
