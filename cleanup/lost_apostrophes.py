"""An apostrophe the page lost, leaving a lone ``s`` or ``t`` standing after its word: ``Nawaz
Sharif s government``, ``Bani Gala s house``, ``we don t know``, ``it s over``.

A scraper (or an encoding step) that drops a curly apostrophe it cannot read keeps the spaces on
both sides of it.  English writes no lower-case ``s`` or ``t`` as a word of its own in running
prose (one in 3,225 BBC and CNN/DM articles, a split word before a capital; a capital ``S`` is an
initial, 'Minister S Jaishankar', and is left), so the mark goes back: after a capitalised word (a name's possessive)
and after a negative auxiliary or a pronoun (``don t``, ``it s``) it is applied; after another
lower-case word, or before a capitalised one, it is offered (``the film s director`` is a
possessive, but 'Abuse Service s Commissioner' in CNN/DM copy is a plural split off its word;
'the letter s is' is no slip: those words are left)."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

RULE = "normalize.lost_apostrophe"
# a word of two letters or more, a space, a lone lower-case 's' or 't', a space and a word; the
# word stands on its own (not 'U.S s', 'Ne-s', an address or a handle)
_LONE = re.compile(r"(?<![\w.'’@/&-])([A-Za-z]{2,}) ([st]) (?=[A-Za-z])")


def _repair(left: str, tail: str, opens: bool, ctx: Context) -> tuple[str, bool] | None:
    """The apostrophe and its tail for ``left`` and the lone letter (``"'s"``), and whether it is
    only offered; None when the letter is no lost apostrophe's.  ``opens``: ``left`` opens its
    sentence, so its capital is no evidence of a name ('Ten s later')."""
    low = left.lower()
    if low in ctx.words("normalize.lost_apostrophe_letter_words"):
        return None
    if tail == "t":
        return ("'t", False) if low in ctx.words("normalize.lost_apostrophe_negatives") else None
    if low in ctx.words("normalize.lost_apostrophe_s_words"):
        return "'s", False
    if left[0].isupper() and not opens:
        return "'s", False  # 'Nawaz Sharif s government'
    # a plural's possessive takes the mark alone ('his kids s toys' -> "kids' toys"; review24)
    return ("'", True) if low.endswith("s") and not low.endswith("ss") else ("'s", True)


def fix_lost_apostrophes(doc: Doc, ctx: Context) -> list[Change]:
    """``Sharif s government`` -> ``Sharif's government``; ``don t`` -> ``don't``."""
    text = doc.text
    if ctx.rule(RULE) is None or (" s " not in text and " t " not in text):
        return []
    curly = text.count("’") > text.count("'")  # the text's own apostrophe
    out: list[Change] = []
    for m in _LONE.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        opens = m.start() == 0 or before[-1:] == "\n" or before in (". ", "! ", "? ")
        found = _repair(m.group(1), m.group(2), opens, ctx)
        if found is None:
            continue
        mark, doubt = found
        # a capital after it: a title's plural split may read so ('Abuse Service s Commissioner',
        # CNN/DM), offered
        doubt = doubt or text[m.end()].isupper()
        mark = mark.replace("'", "’") if curly else mark
        # the space before the letter and the letter: 'Sharif s ' -> "Sharif's "
        if (ch := ctx.change(m.end(1), m.end(2), mark, RULE, doubt=doubt)):
            out.append(ch)
    return out
