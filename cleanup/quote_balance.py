"""A straight quotation mark left alone between two sentences (``normalize.spurious_quote``):
``... the schedule of the talks. "" We decided ...`` (an empty pair), ``... and international
conferences. " We decided ...``, ``... gone to the election." 3 million ... AK party, "he said.``
(Korean, Turkish, Bengali MT: the engine moves a quotation's marks when it reorders the
sentences, and leaves one between two of them).

Paragraph-level balance decides: where a paragraph holds three straight marks, one pairs with
nothing.  Each mark is read by its place (an opening one glued to the word after it, a closing
one to the word or stop before it, a mark before its speech tag closes); when the first opens,
the last closes and the middle one stands between a sentence's stop and the next sentence's
first word, the middle one is the spurious one.  An empty pair between two sentences quotes
nothing and goes in any paragraph.  Longer paragraphs (one-block CNN copy) are left alone: an odd
count there is a typo anywhere.  Native news leaves a paragraph's marks odd to carry a quotation
into the next paragraph (its last mark opens), which this shape excludes; no paragraph of the
BBC and CNN/DM articles has it.  Texts with curly marks stay."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

RULE = "normalize.spurious_quote"
# a mark between two sentences: after the stop (a space between or not), a space, then a capital or digit
_BETWEEN = re.compile(r'(?<=[.!?]) ?"(?= [A-Z0-9])')
_EMPTY = re.compile(r'(?<=[.!?]) ?""(?= [A-Z])')


@lru_cache(maxsize=8)
def _speech_tag(rules: RuleSet) -> re.Pattern:
    """What follows a closing mark set on the wrong side of its space: 'party, "he said'."""
    return re.compile(rf"(?:(?:he|she|they|we|it) )?(?:{rules.alternation('words.speech_verbs')})\b")


def _looks(para: str, i: int, tag: re.Pattern) -> str:
    """'open', 'close' or '?' for the straight mark at ``i``, read by the characters round it."""
    before = para[i - 1] if i else ""
    after = para[i + 1] if i + 1 < len(para) else ""
    if not after or tag.match(para, i + 1):
        return "close"
    if not before:
        return "open"
    spaced_before = before.isspace() or before in "(["
    if spaced_before and (after.isalnum() or after in "‘'"):
        return "open"
    if not spaced_before and (after.isspace() or after in ",.;:!?)"):
        return "close"
    return "?"


def _spurious(para: str, tag: re.Pattern) -> tuple[int, int] | None:
    """(start, end) within ``para`` of the middle one of three straight marks when it stands
    between two sentences and the other two open and close a quotation round it: the first
    glued to the word after it, the last ending the paragraph or before its speech tag.  (Three
    marks only: in a long paragraph, or one-block CNN copy, an odd count is a typo anywhere.)"""
    marks = [m.start() for m in re.finditer('"', para)]
    if len(marks) != 3:
        return None
    m = _BETWEEN.match(para, marks[1] - 1) or _BETWEEN.match(para, marks[1])
    first, middle, last = (_looks(para, i, tag) for i in marks)
    if not m or m.end() - 1 != marks[1] or first != "open" or last != "close" or middle == "open":
        return None
    return m.start(), m.end()


def drop_spurious_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``conferences. " We decided`` -> ``conferences. We decided``; ``talks. "" We`` -> ``talks. We``."""
    text = doc.text
    if ctx.rule(RULE) is None or '"' not in text or "“" in text or "”" in text:
        return []
    tag = _speech_tag(ctx.rules)
    out: list[Change] = []
    for s, e in doc.body:
        para = text[s:e]
        if para.count('"') < 2:
            continue
        empties = [(m.start(), m.end()) for m in _EMPTY.finditer(para)]
        rest = para
        for a, b in reversed(empties):
            rest = rest[:a] + " " * (b - a) + rest[b:]  # blanked, so the offsets hold
        for a, b in empties:
            ch = ctx.change(s + a, s + b, "", RULE)
            if ch:
                out.append(ch)
        found = _spurious(rest, tag)
        ch = found and ctx.change(s + found[0], s + found[1], "", RULE)
        if ch:
            out.append(ch)
    return out
