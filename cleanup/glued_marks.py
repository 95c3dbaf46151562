"""Marks glued on one side: a dash spaced on one side only (``Affairs -the standing body``,
``Modi said- I cannot``) and a word glued to the number it names (``Aban13th``,
``Plan21/2016``).  An ellipsis glued to the word after it is :func:`cleanup.normalize.fix_glued_marks`'s
(``normalize.ellipsis_spacing``, ``normalize.ellipsis_glued_word``).

MT from many languages loses one of the two spaces around a mark when the source wrote the
mark differently (Hindi ends a speech verb with a dash where English writes a colon; Vietnamese
and Ukrainian set the dash of an apposition or a count against its word).  These are
mechanical in MT copy; clean news writes the dash so too now and then (BBC:
``the economy -which stagnated``), so there it is only offered through
each rule's ``native_confidence``.  A hyphen spaced on one side inside a compound (``high
-level``) is ``normalize.hyphen_spacing``'s; a suspended hyphen (``small- and medium-sized``) and
a negative figure after a preposition (``a rate of -0.1%``) are not dashes."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change, disjoint
from .rules import RuleSet

DASH_RULE = "normalize.glued_dash"
NUMBER_RULE = "normalize.word_number"
RULES = (DASH_RULE, NUMBER_RULE)

# 'plan -announced two weeks ago- by': a pair of dashes, each glued to the words inside it
_PAIR = re.compile(r" -(?<=\w -)([A-Za-z][^\n.!?;:\-–—]{0,100}?[a-z])- (?=[a-z])")
# 'Modi said- I cannot' / 'Baghel government- VIDEO': glued to a lower-case word, a capital after it
_AFTER_WORD = re.compile(r"-(?<=[a-z]{3}-) (?=[A-Z])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)-$")
# 'Aban13th' / 'Plan21/2016': a capitalised word glued to an ordinal or a document number
_WORD_NUMBER = re.compile(r"[A-Z](?<![\w’'-][A-Z])[a-z]{2,}(?=\d{1,4}(?:st|nd|rd|th)\b|\d{1,4}/\d)")


@lru_cache(maxsize=8)
def _before_word(rules: RuleSet) -> re.Pattern:
    """' -the' / ' -1,': a dash glued to a function word or a count after it ('Affairs -the
    standing body', 'district -1, Zolochiv'), after a word that takes no negative figure."""
    words = "|".join(sorted(rules.words("words.closed_class"), key=len, reverse=True))
    return re.compile(rf" -(?<=[A-Za-z)] -)(?=(?:{words})\b(?!-)|\d+[,;] )")


def _prepositional(text: str, pos: int, rules: RuleSet) -> bool:
    """Does a function word stand before ``pos`` ('a rate of -1, ...': a negative figure)?"""
    word = re.search(r"([A-Za-z]+)$", text[max(0, pos - 20):pos])
    return bool(word) and word.group(1).lower() in rules.words("words.function_words")


def _dash_changes(text: str, ctx: Context) -> list[Change]:
    """The one-sided dashes: a pair first (both sides at once), then each glued side alone."""
    out: list[Change] = []
    for m in _PAIR.finditer(text):
        out += [c for c in (ctx.change(m.start(), m.start() + 2, " – ", DASH_RULE),
                            ctx.change(m.end() - 2, m.end(), " – ", DASH_RULE)) if c]
    speech = ctx.words("words.speech_verbs")
    for m in _AFTER_WORD.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1)
        if word is None or not word.group(1).islower():
            continue  # 'MacLeod- Henderson': a name's double barrel, not a dash
        colon = word.group(1) in speech
        ch = ctx.change(m.start(), m.end(), ": " if colon else " – ", DASH_RULE)
        if ch:
            out.append(ch)
    for m in _before_word(ctx.rules).finditer(text):
        if text[m.end()].isdigit() and _prepositional(text, m.start(), ctx.rules):
            continue
        ch = ctx.change(m.start(), m.end(), " – ", DASH_RULE)
        if ch:
            out.append(ch)
    return out


def fix_one_sided_marks(doc: Doc, ctx: Context) -> list[Change]:
    """``Affairs -the`` -> ``Affairs – the``; ``said- I`` -> ``said: I``; ``Aban13th`` -> ``Aban 13th``."""
    text = doc.text
    out: list[Change] = []
    if ctx.rule(DASH_RULE) is not None and ("- " in text or " -" in text):
        out += _dash_changes(text, ctx)
    if ctx.rule(NUMBER_RULE) is not None:
        for m in _WORD_NUMBER.finditer(text):
            ch = ctx.change(m.start(), m.end(), m.group(0) + " ", NUMBER_RULE)
            if ch:
                out.append(ch)
    return disjoint(out)
