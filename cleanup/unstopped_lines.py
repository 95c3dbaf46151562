"""A headline or a caption left alone between paragraphs, with a comma but no stop of its own
('Manfred Weber is completely unhinged, he would enlist women as well', 'Road accident, on DN
61, in the village', 'In the centre of the town, the river has overflowed its banks').

A page prints a related story's headline, or a picture's caption, as a line of its own with no
full stop; boilerplate.teaser_line takes such a line when it holds no punctuation at all, and a
comma kept these out.  A sentence of the story that lost its stop reads the same, so the line is
only offered for removal, in text that shows MT damage, and only before a paragraph of prose.
A line with a verb in the past tense is the story's sentence (headlines and captions tell in the
present): its lost stop is segment.final_period's to offer.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .scene_captions import ENDS_SENTENCE, prose_paragraph
from .tagger import FINITE, tags

RULE = "boilerplate.unstopped_headline"
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_NOT_A_HEADLINE = re.compile(r"[\"“”«»|:;(\[]")  # a quotation, a list's lead-in, a table, a credit


def _shape(line: str) -> bool:
    """One line of 6 to 30 words led by a capital, with a comma, no stop, no quotation, no colon,
    fewer than half of its words capitalised (a title-case heading is the page's own), and its
    first finite verb not in the past tense."""
    if "\n" in line or not line[:1].isupper() or "," not in line or ENDS_SENTENCE.search(line) \
            or _NOT_A_HEADLINE.search(line) or line.rstrip().endswith(","):
        return False
    words = _WORD.findall(line)
    if not 6 <= len(words) <= 30 or sum(w[:1].isupper() for w in words) >= 0.5 * len(words):
        return False
    # the main clause's verb, the first finite one ('a jewel found by a diver' is a participle after it)
    finite = [t for _, t in tags(line) if t in FINITE]
    return not finite or finite[0] != "VBD"  # 'the governor visited the villages': a sentence


def unstopped_headlines(doc: Doc, ctx: Context) -> list[Change]:
    """Offer to remove a comma-bearing line with no stop standing between the story's paragraphs."""
    if ctx.rule(RULE) is None or not ctx.mt_like:
        return []
    text, paras = doc.text, doc.paragraphs
    first = 1 if doc.has_title else 0
    out: list[Change] = []
    for i in range(first + 1, len(paras) - 1):  # never the lede: a page may open on its standfirst
        after = text[paras[i + 1][0]:paras[i + 1][1]]
        if not _shape(text[paras[i][0]:paras[i][1]]) or not prose_paragraph(after):
            continue
        if not any(prose_paragraph(text[paras[k][0]:paras[k][1]]) for k in range(first, i)):
            continue  # the story has begun above it: not a standfirst under the headline
        if ch := ctx.change(paras[i][0], paras[i + 1][0], "", RULE):
            out.append(ch)
    return out
