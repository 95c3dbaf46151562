"""A photo's caption that says it is one: the label ``In photo:`` (``In the photo:``, ``Pictured:``)
after a sentence, in a paragraph of its own that does not end like prose (``Building and
expanding the advanced models ... In photo: Testing products at an enterprise before supplying
to the market``), or in brackets after the last sentence of a paragraph (``... to harvest. (In the
photo: People of the commune harvest spring rice).``).

The label is the page's, a word of its layout that no sentence of a story writes before a colon;
the second signal is where it stands: a paragraph of its own between two paragraphs of prose,
without the stop prose ends on (the caption may be wrapped over lines), or a bracket after a
sentence's end.  The bracket goes alone; the paragraph goes whole when the words before the label
have no finite verb (the caption's heading), else from the label on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .tagger import has_clause

RULE = "boilerplate.labelled_caption"
_ENDS = re.compile(r"[.!?…][”\"’')\]]*\s*$")
_WORD = re.compile(r"\w+")
_MAX_WORDS = 80
_MODIFIED = frozenset({"DT", "PRP$"})  # a determiner before a past form: an adjective


@lru_cache(maxsize=8)
def _labelled(labels: str) -> tuple[re.Pattern, re.Pattern]:
    """The label ('In photo:', from boilerplate.caption_labels) after a sentence's end or at the
    paragraph's start, then the caption's words; and in a bracket after a sentence's end, one level
    of brackets inside ('(Yen Son)'), its own stop."""
    label = rf"{labels}\s*:"
    return (re.compile(rf"(?:^|[.!?]\s+){label}\s*\w", re.I),
            re.compile(rf"(?<=[.!?])\s*\(\s*{label}[^()]*(?:\([^()]*\)[^()]*)*\)\.?", re.I))


def labelled_captions(doc: Doc, ctx: Context) -> list[Change]:
    """Take away the captions that carry a photo's label."""
    text = doc.text
    if ctx.rule(RULE) is None or ":" not in text or len(doc.paragraphs) < 4:
        return []
    low = text.lower()
    if not any(w in low for w in ctx.words("boilerplate.photo_marks")):
        return []  # the cheap test first
    in_paragraph, in_bracket = _labelled(ctx.rules.alternation("boilerplate.caption_labels"))
    paras = doc.paragraphs
    out: list[Change] = []
    for i in range(1, len(paras) - 1):
        s, e = paras[i]
        line = text[s:e]
        if ":" not in line:
            continue
        if (m := in_paragraph.search(line)) and (block := _wrapped(text, paras, i)):
            if ch := _caption(text, paras, block, s + m.start(), ctx):
                out.append(ch)
        elif (m := in_bracket.search(line)) and m.end() == len(line.rstrip()):
            if ch := ctx.change(s + m.start(), s + m.end(), "", RULE):
                out.append(ch)
    return out


def _caption(text: str, paras: list[tuple[int, int]], block: tuple[int, int], at: int, ctx: Context) -> Change | None:
    """The caption's lines go whole when the words before the label are a caption's verbless
    heading ('Building and expanding the advanced typical, contributing to ...'); after a sentence
    with a finite verb ('The army rescued forty people ... In photo: ...') only the label and
    what follows go, the sentence stays (``at``: where the match starts,
    the stop before the label)."""
    start, end = paras[block[0]][0], paras[block[1]][1]
    head = text[start:at + 1] if text[at:at + 1] in ".!?" else ""
    if not head or not has_clause(head, not_after=_MODIFIED):  # 'The army rescued/VBN forty people'
        return ctx.change(start, paras[block[1] + 1][0], "", RULE)
    return ctx.change(at + 1, end, "", RULE)


def _wrapped(text: str, paras: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The caption's lines around line i (a caption wrapped over lines: no stop at their ends, the
    next in lower case), or None when it ends like prose, runs long, or prose does not border it."""
    def ends(k: int) -> bool:
        return bool(_ENDS.search(text[paras[k][0]:paras[k][1]]))

    def joined(k: int) -> bool:  # line k runs on into line k + 1 (a wrapped line: no stop, then lower case)
        return not ends(k) and (text[paras[k][1]:paras[k + 1][0]] == "\n" or text[paras[k + 1][0]:paras[k + 1][0] + 1].islower())

    first, last = i, i
    while first > max(1, i - 6) and joined(first - 1):  # six lines at most each way: a caption is short
        first -= 1
    while last + 2 < len(paras) and last < i + 6 and joined(last):
        last += 1
    words = len(_WORD.findall(text[paras[first][0]:paras[last][1]]))
    if ends(last) or words > _MAX_WORDS or not ends(first - 1) or not ends(last + 1):
        return None
    return first, last
