"""``said that,`` before a quotation: ``the Leader said that, “these are our own children``
(Persian ``گفت که``), ``Farrukh Habib pointed out that,⏎⏎“Imran Khan set the standard`` (Urdu
``کہا کہ``).  The conjunction that introduces direct speech in these languages survives MT as
``that`` with the comma after it; English drops it: ``said, “These are ...`` with the quotation's
first letter a capital, or ``pointed out:`` where the quotation opens its own paragraph
(``normalize.that_before_quote``).

``that,`` is never the last word before a quotation in English prose: a native writer's ``said
that, in his view, ...`` puts an aside after the comma, not a quotation mark.  Only a quotation
that runs to its sentence's end is direct speech (its closing mark after a stop, or at the
paragraph's end); one quoted inside a sentence (``said that, “despite improvements”, the
service was poor``) is a phrase of the reported clause and keeps its lower case.  In copy that
does not read as MT the repair is offered (``native_confidence``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

RULE = "normalize.that_before_quote"


@lru_cache(maxsize=8)
def _that_comma(rules: RuleSet) -> re.Pattern:
    """'said that, “these' / 'pointed out that,⏎⏎“Imran': a verb of saying, 'that,', a quotation mark."""
    verbs = rules.alternation("words.speech_verbs")
    return re.compile(rf"\b(?:{verbs})( that,)( |\n+)([“\"«])(?=\w)")


_CLOSING = {"“": "”", '"': '"', "«": "»"}


def ends_sentence(text: str, opening: int) -> bool:
    """Does the quotation opened at ``opening`` run to its sentence's end: its closing mark after
    a stop, or the paragraph ending at or before its closing mark?  A quotation that closes
    mid-sentence (``that, “despite improvements”, the``) is a phrase, not the speaker's words.

    >>> ends_sentence('said that, “we will win.” Then', 11), ends_sentence('said that, “x”, the', 11)
    (True, False)
    """
    end = text.find("\n", opening)
    end = len(text) if end < 0 else end
    close = text.find(_CLOSING[text[opening]], opening + 1, end)
    if close < 0:
        return True  # open to the paragraph's end: the speaker's words run on
    return text[close - 1] in ".!?…" or not text[close + 1:end].strip(" .!?…")


def fix_that_before_quote(doc: Doc, ctx: Context) -> list[Change]:
    """``said that, “these are`` -> ``said, “These are``; ``pointed out that,⏎⏎“Imran`` -> ``pointed out:⏎⏎“Imran``"""
    text = doc.text
    if ctx.rule(RULE) is None or "that," not in text:
        return []
    out: list[Change] = []
    for m in _that_comma(ctx.rules).finditer(text):
        if not ends_sentence(text, m.start(3)):
            continue
        if m.group(2) == " ":
            first = ctx.change(m.start(1), m.start(1) + len(" that"), "", RULE)
            letter = m.end()
            cap = text[letter].islower() and ctx.change(letter, letter + 1, text[letter].upper(), RULE)
            out += [c for c in (first, cap) if c]
        else:
            ch = ctx.change(m.start(1), m.end(1), ":", RULE)
            out += [ch] if ch else []
    return out
