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
BBC and CNN/DM articles has it.  Texts with curly marks stay.

A mark glued to a digit before it is an inch or a second (``a 10.9" screen``), never a quotation
mark: it is not counted, so ``He called it "magical." The new iPad has a 10.9" screen.`` holds
two marks, not three.  The three-mark case also wants the last mark to end the quotation for
certain (at the paragraph's end right after a stop, or before its speech tag after a comma or a
space), and the first to open a speaker's quotation: after a colon or a comma (``said: "``,
``Aksener, "``) or at the paragraph's start, its first quoted span a clause (four words or more, a
verb).  A quoted title, nickname or exclamation (``call him "Bud." He is ...``, ``read "Dune."``,
``shouted "Go!"``) closes where it stands, and the odd mark is elsewhere.  Its evidence is Korean
and Turkish MT: it is applied in copy that reads as MT (``Context.mt_like``) or where the last
mark is glued to its speech tag (``party, "he said``, MT damage ``normalize.quote_before_tag``
finds in no clean article); in other copy a native writer's odd mark is a typo anywhere, and the
removal is only offered, even after a spaced mark at the paragraph's end (``together. "``).

An empty pair goes only where the paragraph's other marks pair up; where they are odd and a
quotation is open before it (``He said: "Go. "" Then he left.``), the pair is what is left of
that quotation's closing mark and becomes one (``"Go." Then``): removed, it would leave the
quotation open."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet
from .tagger import has_clause

RULE = "normalize.spurious_quote"
# a mark between two sentences: after the stop (a space between or not), a space, then a capital or digit
_BETWEEN = re.compile(r'(?<=[.!?]) ?"(?= [A-Z0-9])')
_EMPTY = re.compile(r'(?<=[.!?]) ?""(?= [A-Z])')
# where a speaker's quotation opens: the paragraph's start, or after a colon or a comma
_INTRODUCED = re.compile(r"(?:^|[:,] ?)$")
_WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=8)
def speech_tag(rules: RuleSet) -> re.Pattern:
    """What follows a closing mark set on the wrong side of its space: 'party, "he said'."""
    pronouns = rules.alternation("normalize.spurious_quote_tag_pronouns")
    return re.compile(rf"(?:(?:{pronouns}) )?(?:{rules.alternation('words.speech_verbs')})\b")


def mark_side(para: str, i: int, tag: re.Pattern) -> str:
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


def quotation_marks(para: str) -> list[int]:
    """Where the straight marks of ``para`` stand that may be quotation marks: not one glued to
    a digit before it, an inch or a second (``10.9" screen``, ``6'2"``)."""
    return [m.start() for m in re.finditer('"', para) if not (m.start() and para[m.start() - 1].isdigit())]


def _ends_quotation(para: str, i: int, tag: re.Pattern) -> bool:
    """Does the mark at ``i`` surely close a quotation: the paragraph's last character right after a
    stop (``... together. "``), or before its speech tag after a comma or a space (``party, "he said``)?"""
    if i == len(para) - 1:
        return bool(re.search(r"[.!?…] ?$", para[:i]))
    return i > 0 and para[i - 1] in ", " and bool(tag.match(para, i + 1))


def _spurious(para: str, tag: re.Pattern) -> tuple[int, int, int] | None:
    """(start, end) within ``para`` of the middle one of three quotation marks when it stands
    between two sentences and the other two open and close a quotation round it: the first
    glued to the word after it, the last ending the paragraph after a stop or before its speech
    tag, and where that last mark stands.  (Three marks only: in a long paragraph, or one-block CNN
    copy, an odd count is a typo anywhere.)"""
    marks = quotation_marks(para)
    if len(marks) != 3 or '"' in para[marks[0] + 1:marks[1]] or '"' in para[marks[1] + 1:marks[2]]:
        return None  # an inch mark inside the quotation: the reading is unsure
    m = _BETWEEN.match(para, marks[1] - 1) or _BETWEEN.match(para, marks[1])
    first, middle = (mark_side(para, i, tag) for i in marks[:2])
    if not m or m.end() - 1 != marks[1] or first != "open" or middle == "open":
        return None
    if not _opens_speech(para, marks[0], marks[1]):
        return None  # a quoted title, nickname or exclamation: 'call him "Bud." He is'
    return (m.start(), m.end(), marks[2]) if _ends_quotation(para, marks[2], tag) else None


def _opens_speech(para: str, first: int, middle: int) -> bool:
    """Does the mark at ``first`` open a speaker's quotation: at the paragraph's start or after a
    colon or a comma (``said: "``, ``Aksener, "``), its span up to ``middle`` a clause (four words
    or more, a verb)?  A quoted title or nickname (``call him "Bud."``, ``read "Dune."``) or an
    exclamation (``shouted "Go!"``) is no quotation an MT engine split: its marks pair up."""
    quoted = para[first + 1:middle]
    return (bool(_INTRODUCED.search(para, 0, first)) and len(_WORD.findall(quoted)) >= 4
            and has_clause(quoted))


def drop_spurious_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``conferences. " We decided`` -> ``conferences. We decided``; ``talks. "" We`` -> ``talks. We``."""
    text = doc.text
    if ctx.rule(RULE) is None or '"' not in text or "“" in text or "”" in text:
        return []
    tag = speech_tag(ctx.rules)
    out: list[Change] = []
    for s, e in doc.body:
        para = text[s:e]
        if para.count('"') < 2:
            continue
        empties = [(m.start(), m.end()) for m in _EMPTY.finditer(para)]
        rest = para
        for a, b in reversed(empties):
            rest = rest[:a] + " " * (b - a) + rest[b:]  # blanked, so the offsets hold
        found = _spurious(rest, tag)
        # sure in copy read as MT, or when the last mark is glued to its speech tag (' party, "he
        # said', normalize.quote_before_tag: MT damage, none in clean news); else offered
        sure = found and (ctx.mt_like or (rest[found[2] - 1] == " " and found[2] < len(rest) - 1))
        ch = found and ctx.change(s + found[0], s + found[1], "", RULE, doubt=not sure)
        if ch:
            out.append(ch)
        dropped = [found[1] - 1] if found else []
        out += _empty_pairs(rest, empties, dropped, s, ctx)
    return out


def _empty_pairs(rest: str, empties: list[tuple[int, int]], dropped: list[int], s: int,
                 ctx: Context) -> list[Change]:
    """The changes for a paragraph's empty pairs (``empties``, blanked in ``rest``; ``dropped``: the
    spurious mark going): each goes where the other marks pair up; where they are odd and a
    quotation is open before it, it becomes that quotation's closing mark (``"Go. "" Then`` ->
    ``"Go." Then``); else it stays (the odd mark may be anywhere)."""
    marks = [i for i in quotation_marks(rest) if i not in dropped]
    odd = len(marks) % 2 == 1
    out: list[Change] = []
    for a, b in empties:
        if not odd:
            ch = ctx.change(s + a, s + b, "", RULE)
        elif sum(1 for i in marks if i < a) % 2 == 1:
            ch = ctx.change(s + a, s + b, '"', RULE)
            odd = False
        else:
            ch = None
        if ch:
            out.append(ch)
    return out
