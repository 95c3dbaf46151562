"""The lede's first sentence scraped above it as a teaser (a site's summary box): under the
headline a paragraph that is the next paragraph's first sentence letter for letter, after that
paragraph's dateline ('TEHRAN – ') if it has one.

English news never prints a sentence on its own and then opens the next paragraph with it.  The
stage runs after ``leftovers``, so that the headline's copies between the two are gone
(``boilerplate.repeated_text``); the teaser goes, the lede stays whole.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

RULE = "boilerplate.lede_copy"

_WORD = re.compile(r"\w+")
_ENDS_SENTENCE = re.compile(r"[.!?][”\"’')\]]*$")
# what may stand before the teaser's copy in the lede: a dateline closed by a dash or a colon
_DATELINE = re.compile(r"[^\W\d_][^\n.!?]{0,38}[ \t][–—:-][ \t]*$")


def opens_with(lede: str, teaser: str) -> bool:
    """Whether ``lede`` opens with ``teaser`` as its whole first sentence, or after a dateline.

    >>> opens_with("TEHRAN – Rain fell on the city today. More is due.", "Rain fell on the city today.")
    True
    >>> opens_with("Rain fell on the city today and tomorrow.", "Rain fell on the city today.")
    False
    """
    k = lede.find(teaser, 0, len(teaser) + 80)  # a dateline is short: linear
    if k < 0 or (k and not _DATELINE.match(lede[:k])):
        return False
    rest = lede[k + len(teaser):]
    return not rest or rest[0].isspace()


def _teaser_of(teaser: str, lede: str) -> bool:
    return ("\n" not in teaser and len(_WORD.findall(teaser)) >= 6 and bool(_ENDS_SENTENCE.search(teaser))
            and opens_with(lede, teaser))


def lede_copies(doc: Doc, ctx: Context) -> list[Change]:
    """``Heavy rain closed the coast road on Monday.`` above ``Heavy rain closed the coast road
    on Monday. Crews expect ...``: the first paragraph under the headline, one line of six words or
    more ending like a sentence, is the first sentence of the paragraph after it.  The teaser goes
    with the break after it.  A standfirst that restates the lede in other words, or a sentence
    the lede does not open with, stays.

    The teaser scraped several times (the same line as every paragraph under a headline that is
    that line too, a page the repeated_text guard will not empty) goes in one call: each line that
    the next one opens with goes, down to the last, which stays as the lede, so a second clean
    finds nothing (bench.faults api 'same_paragraph_6x')."""
    if ctx.rule(RULE) is None or not doc.has_title or len(doc.paragraphs) < 3:
        return []
    text, paras = doc.text, doc.paragraphs
    k = 1
    while k + 1 < len(paras) and _teaser_of(text[slice(*paras[k])], text[slice(*paras[k + 1])]):
        k += 1
    ch = ctx.change(paras[1][0], paras[k][0], "", RULE) if k > 1 else None
    return [ch] if ch else []
