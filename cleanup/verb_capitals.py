"""Verb forms capitalised in mid-sentence (from :mod:`cleanup.casing`): a participle after an
auxiliary (``would now be Reviewing how``), a gerund after a preposition (``for Staging the
musical``), an -ing or -ed form between two lower-case words (``six tracks Occupying spots``).
Each is judged on the word (built on an English verb, no listed name or place, a low share
of capitals in native news) and on the words around it (``x``: casing's slot of a capital)."""

from __future__ import annotations

import re
from typing import Any

from . import lexicon, tagger
from .doc import Context


def verb_form_between(x: Any, ctx: Context, common: bool) -> bool:
    """A verb's -ing or -ed form capitalised between two lower-case words, built on an English
    verb and no name or place: a title or a name runs on in capitals (the caller also leaves the
    last words of a name, 'the Parliamentary Group on Betting and Gaming held')."""
    if x.comma or x.title_ahead or x.name_ahead or not common or not re.fullmatch(r"[A-Z][a-z]{2,}(?:ing|ed)", x.word):
        return False
    if x.word.endswith("ed") and x.prev in ctx.words("casing.work_nouns") and x.nxt not in ctx.words(
            "casing.object_starters"):
        return False  # "the sitcom Bewitched gathered", "the poem Remembered at": a title, no object after it
    if lexicon.is_listed_name(x.word) or lexicon.is_place(x.word) or not verb_stem(x.word.lower()):
        return False
    ratio = lexicon.capital_ratio(x.word)
    return ratio is None or ratio <= 0.2


def gerund(x: Any, ctx: Context, common: bool) -> bool:
    """A verb in -ing capitalised after a preposition and before its object ('for Staging the
    musical', 'after Hearing his'): a gerund, not a name (a place or a name that is also a
    word, 'to Reading the', is left)."""
    if x.comma or x.title_ahead or x.name_ahead or x.prev not in ctx.words("casing.prepositions") or not common:
        return False
    if not re.fullmatch(r"[A-Z][a-z]{2,}ing", x.word) or x.nxt.lower() not in ctx.words("casing.object_starters"):
        return False
    if lexicon.is_listed_name(x.word) or lexicon.is_place(x.word):
        return False
    ratio = lexicon.capital_ratio(x.word)
    return ratio is None or ratio <= 0.3


def after_auxiliary(x: Any, ctx: Context, common: bool) -> bool:
    """A participle capitalised right after a form of 'be' (the progressive or the passive) or
    an -ed form after 'have' (the perfect), followed by a lower-case word: English capitalises
    neither; a title in title case goes on in capitals and a name has a high case prior.  Also a
    base verb after 'to' that native news has never capitalised ('to Deploy hundreds')."""
    if x.comma or x.title_ahead or x.name_ahead or not common:
        return False
    if x.prev == "to" and x.nxt:
        return _rare_infinitive(x)  # "decided to Deploy hundreds", "a great time to Tune in"
    if not (x.prev in ctx.words("casing.be_forms") and re.fullmatch(r"[A-Z][a-z]{2,}(?:ing|ed)", x.word)
            or x.prev in ctx.words("casing.have_forms") and re.fullmatch(r"[A-Z][a-z]{2,}ed", x.word)):
        return False
    if lexicon.is_listed_name(x.word) or lexicon.is_place(x.word) or not verb_stem(x.word.lower()):
        return False  # "will be Reading and", "was Darling in the last Labour government"
    ratio = lexicon.capital_ratio(x.word)
    return ratio is None or ratio <= 0.3


def verb_stem(word: str) -> bool:
    """Is the -ing or -ed form built on an English word ('roiled': roil, 'based': base,
    'stopping': stop), not a name that only ends so ('darling', 'sterling')?"""
    stem = word[:-3] if word.endswith("ing") else word[:-2]
    forms = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return any(len(f) > 2 and lexicon.is_common_word(f) for f in forms)


def _rare_infinitive(x: Any) -> bool:
    """A verb native news has never capitalised twice in any use, read as a base verb after 'to'
    ('to Deploy hundreds', 'to Rub elbows'): no name or place stands there ('moved to Reading',
    'wrote to Shelter' are counted, listed or places)."""
    lw = x.word.lower()
    if lexicon.case_counts(lw) != (0, 0) or lexicon.is_listed_name(x.word) or lexicon.is_place(x.word):
        return False
    tagged = tagger.tags(f"to {lw} {x.nxt}")
    return len(tagged) == 3 and tagged[1] == (lw, "VB")
