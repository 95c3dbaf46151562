"""A photo's caption that still carries the photo's credit, in a paragraph of its own between
paragraphs of the story (``Riot Between Residents in Kupang. © 2020 Merdeka.com/NAME``,
``Emmanuel Macron at the Elysee on February 11. (NAME / MAXPPP)``, ``... took the stage to answer
questions. (Photo source: NAME file photo)``).

The credit rules (boilerplate.photo_credit_inline, photo_credit_run_in) cut the credit alone and
leave the caption it closed standing in the story.  Two signals agree here: the credit of a
picture (a copyright sign with a year, an agency after a slash in brackets, a bracket that names a
photo) ends the paragraph, and the paragraph is short (a caption: at most three sentences) with
prose after it.  A paragraph of the story that ends on a credit is rare: the credit is the
caption's.  Offered only, not fixed, in copy with no mark of MT.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change

RULE = "boilerplate.credited_caption"
_WORD = re.compile(r"[^\W_]+")
_ENDS = re.compile(r"[.!?…][”\"’')\]]*\s*$")
_STOPS = re.compile(r"[.!?](?:\s+|$)")
_MIN_WORDS, _MAX_WORDS, _MAX_SENTENCES = 3, 70, 3


@lru_cache(maxsize=4)
def _credit(patterns: tuple[str, ...]) -> re.Pattern:
    """The credits of the rule's patterns, anchored at the paragraph's end."""
    return re.compile(rf"(?:{'|'.join(patterns)})\s*$")


def _caption(line: str, credit: re.Pattern) -> bool:
    """A caption and its credit: the words before the credit are few (3 to 70) and make at most
    three sentences."""
    m = credit.search(line)
    if not m:
        return False
    head = line[:m.start()].strip()
    words = len(_WORD.findall(head))
    return _MIN_WORDS <= words <= _MAX_WORDS and len(_STOPS.findall(head)) <= _MAX_SENTENCES \
        and head[:1].isupper()


def credited_captions(doc: Doc, ctx: Context) -> list[Change]:
    """Take away a caption whose photo credit ends its paragraph, with prose after it."""
    r = ctx.rule(RULE)
    if r is None or len(doc.paragraphs) < 3:
        return []
    credit = _credit(tuple(r.options.get("patterns", ())))
    text, paras = doc.text, doc.paragraphs
    first = 1 if doc.has_title else 0
    out: list[Change] = []
    for i in range(first, len(paras) - 1):
        line = text[paras[i][0]:paras[i][1]]
        if "\n" in line or not _caption(line, credit):
            continue
        nxt = text[paras[i + 1][0]:paras[i + 1][1]]
        if not _ENDS.search(nxt) or len(_WORD.findall(nxt)) < 8:
            continue  # prose after it: a caption stands between paragraphs, a byline at the foot
        if ch := ctx.change(paras[i][0], paras[i + 1][0], "", RULE):
            out.append(ch)
    return out
