"""A picture's caption that opens with the story's headline: Korean and Bangladeshi sites print
the headline, then the picture's subject and its credit, as one line under the picture
('<headline> President Kim. Kim Instagram', '<headline>: Kader BNP' over 'Wikipedia Commons').

Read from its shape: a line that is a headline printed as its own paragraph, then a space and a
few more words opening with a capital, with no stop at its end.  No story opens a paragraph with
its own headline word for word and runs on without a stop; a lede glued to the headline with no
space ('...FMReleasing a statement') or one that ends like a sentence stays.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .page_edges import removal_span
from .tagger import has_finite_verb

RULE = "boilerplate.headline_caption"

_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_ENDS_SENTENCE = re.compile(r"[.!?…:;,][”\"’')\]]*$")
#: where a headline printed as its own paragraph is looked for (the top of a scraped page)
TOP = 10
#: a headline's size in words, and how many words a caption adds to it
HEAD_WORDS = (4, 20)
TAIL_WORDS = (1, 30)
#: a credit line under the caption ('Wikipedia Commons'): at most this many words
CREDIT_WORDS = 3


def _headlines(text: str, paras: list[tuple[int, int]]) -> set[str]:
    """One-line paragraphs near the top shaped like a headline: four to twenty words, no stop."""
    out = set()
    for s, e in paras[:TOP]:
        line = text[s:e].strip()
        n = len(_WORD.findall(line))
        if "\n" not in line and HEAD_WORDS[0] <= n <= HEAD_WORDS[1] and not _ENDS_SENTENCE.search(line):
            out.add(line)
    return out


def _caption_of(lines: list[str], heads: set[str]) -> bool:
    """Whether a paragraph's first line is a headline, a space and a capitalised tail with no
    stop at its end, and its other lines (if any) credits."""
    first = lines[0].strip()
    for head in heads:
        if first == head or not first.startswith(head + " "):
            continue
        tail = first[len(head) + 1:].strip()
        n = len(_WORD.findall(tail))
        if not (TAIL_WORDS[0] <= n <= TAIL_WORDS[1]) or not tail[:1].isupper() or _ENDS_SENTENCE.search(tail):
            continue
        if has_finite_verb(tail):
            continue  # a lede that repeats the headline and lost its stop ('... The Ministry announced ...')
        rest = [x.strip() for x in lines[1:] if x.strip()]
        if all(_credit(x) for x in rest):
            return True
    return False


def headline_captions(doc: Doc, ctx: Context) -> list[Change]:
    """Every paragraph that reads as a caption opening with a headline printed above it goes,
    with the break after it."""
    if ctx.rule(RULE) is None:
        return []
    text = doc.text
    paras = doc.paragraphs
    heads = _headlines(text, paras)
    if not heads:
        return []
    out = []
    for i, (s, e) in enumerate(paras):
        if not _caption_of(text[s:e].split("\n"), heads):
            continue
        if i + 1 < len(paras) and _named_credit(text[paras[i + 1][0]:paras[i + 1][1]], ctx):
            e = paras[i + 1][1]  # its credit, a paragraph of its own once the line breaks are read
        ch = ctx.change(*removal_span(text, s, e), "", RULE)
        if ch:
            out.append(ch)
    return out


def _credit(para: str) -> bool:
    """A credit under a caption: one to three capitalised words with no stop ('Wikipedia
    Commons', 'Yonhap News'), not a sentence that lost its stop ('She promised help')."""
    words = _WORD.findall(para)
    return "\n" not in para.strip() and 0 < len(words) <= CREDIT_WORDS and all(w[:1].isupper() for w in words) \
        and not _ENDS_SENTENCE.search(para.strip())


def _named_credit(para: str, ctx: Context) -> bool:
    """A credit paragraph of its own under the caption: a credit's shape and one of a credit's
    words ('Wikipedia Commons', 'Yonhap News', 'Photo Getty'); a byline ('By John Smith') or a
    crosshead ('Economic Impact') has the shape too and stays."""
    if not _credit(para):
        return False
    words = ctx.rules.words("boilerplate.caption_credit_words", "boilerplate.masthead_words")
    return any(w.lower() in words for w in _WORD.findall(para))
