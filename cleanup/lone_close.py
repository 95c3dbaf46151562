"""A paragraph that closes a quotation it never opened: ``But Mr. Hue’s mission is not in such a
specific place.”`` (Vietnamese and Greek MT: a quotation that runs over several paragraphs keeps
its closing mark but loses the opening one that English sets at the start of each of its
paragraphs).  The opening mark goes at the paragraph's start (``normalize.lone_closing_quote``).

Read by balance, not by one string: the paragraph's double marks are paired in order (a straight
one read by its sides, as ``quote_balance`` reads it), and the first closing mark with nothing open
before it, right after a stop or a comma and 20 characters or more into the paragraph, is the
lost opening's partner, when every mark after it pairs up.  So the paragraph may go on after the
quotation (Japanese and Korean MT, straight marks after TeX ones: ``Lee, who tried to do so, ...
charged with three counts." Spokesman Oh said, "There are ..."``, dev:ja_wowkorea_ppp-lee-light-talk
twice) or hold a quoted phrase before it (``(Representative Lee) unconsciously used the phrase
"two votes" when ... the people."``), in the mark the paragraph itself uses.

No paragraph of 3,225 BBC and CNN/DM articles ends on a closing mark it never opened.  Not where
the words before the mark report them (``According to this researcher, ... all that.”``, a verb of
saying): there the mark may be a stray.  A straight mark whose side is unsure (``get it.' " Fans``,
CNN's nested quotation) leaves the paragraph alone, and so do guillemets and low-9 marks (their
sides follow other conventions), and a paragraph after one that does not end its sentence (a
line broken round an emphasised phrase, ``like an\n\nagent provocateur\n\nand perhaps ...
responsible." The programme``, BBC politics/177).  Applied after a paragraph whose marks pair up
(its quotations closed: this one starts here; h4_vi_thoibao twice, ja_wowkorea twice); only offered
after one whose marks do not (the quotation may go on from it, as in the dev set's Greek case, or
open inside the paragraph)."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .quote_balance import mark_side, speech_tag
from .rules import RuleSet

_MARKS = re.compile(r'[“”"]')
_STRAIGHT = re.compile(r"\"|``|''")
_BEFORE_CLOSE = re.compile(r"[.!?…,]$")  # a quotation's end: a sentence's stop, or a comma before its tag
# the paragraph before ends its sentence (a stop, a colon, a closing mark after a stop): not a line
# broken inside a sentence round an emphasised phrase ('like an\n\nagent provocateur\n\nand perhaps', BBC)
_ENDED = re.compile(r"[.!?…:][”\"’']?\s*$")


@lru_cache(maxsize=8)
def _reporting(rules: RuleSet) -> re.Pattern:  # 'According to this researcher', 'he said that'
    return re.compile(rf"\b(?:According to|according to|{rules.alternation('words.speech_verbs')})\b")


def _sides(para: str, tag: re.Pattern) -> list[tuple[int, str]] | None:
    """(where, 'open' or 'close') for each double quotation mark of ``para``; None where a straight
    mark's side is unsure.  A straight mark glued to a digit before it is an inch, not counted."""
    out = []
    for m in _MARKS.finditer(para):
        i, ch = m.start(), m.group()
        if ch == '"':
            if i and para[i - 1].isdigit():
                continue
            side = mark_side(para, i, tag)
            if side == "?":
                return None
        else:
            side = "open" if ch == "“" else "close"
        out.append((i, side))
    return out


def _unopened(para: str, tag: re.Pattern, reporting: re.Pattern) -> int | None:
    """Where the closing mark stands that closes a quotation never opened in ``para`` (the only
    such mark, every other pairing up), when it ends a sentence or comes before a tag after 20
    characters and no verb of saying comes before it; else None."""
    if any(c in para for c in "«»„‟") or para[:1] in "“\"":
        return None
    sides = _sides(para, tag)
    depth, found = 0, None
    for i, side in sides or ():
        if side == "open":
            if depth:
                return None  # opened twice: the reading is unsure
            depth = 1
        elif depth:
            depth = 0
        elif found is None:
            found = i
        else:
            return None  # two closing marks never opened: strays
    if found is None or found < 20 or not _BEFORE_CLOSE.search(para, 0, found) or reporting.search(para, 0, found):
        return None
    return found


def open_lone_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``But his mission is not in such a place.”`` -> ``“But his mission is not in such a place.”``"""
    text = doc.text
    if ctx.rule("normalize.lone_closing_quote") is None or not ("”" in text or '"' in text):
        return []
    tag, reporting = speech_tag(ctx.rules), _reporting(ctx.rules)
    out: list[Change] = []
    pending = False  # nothing is open before the text's first paragraph
    for s, e in doc.body:
        para = text[s:e]
        found = _unopened(para, tag, reporting) if _ENDED.search(text, max(0, s - 8), s) else None
        if found is None:
            # the last paragraph with double marks decides: pairing up, it leaves no quotation open
            state = _closed(para, tag)
            pending = pending if state is None else not state
            continue
        mark = '"' if para[found] == '"' else "“"
        word = len(para.split(" ", 1)[0])  # the mark with the first word: a paragraph break may be a fix
        # applied after paragraphs whose marks pair up (their quotations closed: this one starts here);
        # after one left open, the quotation may go on from it (over a list: 'said: "We are ...\n\n- The
        # match ...\n\n- Fans ... early."'), and the opening is only offered; offered too where straight or
        # TeX marks quote a phrase before the close: a mark added before them turns the sides later
        # stages read them by ('"two votes "when', dev:ja_wowkorea)
        # offered too where a colon before the close may open the quotation inside the paragraph ('The
        # minister was clear: the decision is final.”', 'A: I think so.”': review37b)
        unsure = pending or _STRAIGHT.search(para, 0, found) is not None or ":" in para[:found]
        ch = ctx.change(s, s + word, mark + para[:word], "normalize.lone_closing_quote", doubt=unsure)
        if ch:
            out.append(ch)
        pending = unsure
    return out


def _closed(para: str, tag: re.Pattern) -> bool | None:
    """Do the double marks of ``para`` pair up in order, none left open at its end (``..., Dr. Ha told
    BBC News from Hanoi on Feb 7.``)?  None when it holds none; False when unsure (a guillemet, a
    straight mark of no clear side, a closing mark never opened)."""
    if any(c in para for c in "«»„‟"):
        return False
    sides = _sides(para, tag)
    if sides is None:
        return False
    if not sides:
        return None
    depth = 0
    for _, side in sides:
        if side == "open":
            if depth:
                return False
            depth = 1
        elif depth:
            depth = 0
        else:
            return False  # a closing mark never opened: the paragraph is itself unsure
    return depth == 0
