"""A capital in mid-sentence that native news never gives the word beside the very word next to
it (from :mod:`cleanup.common_capitals`; casing is near its size limit).

Casing weighs a capital by how often native news capitalises the word at all
(``rules/case_prior.tsv``): for a word news also writes as a name (``Young``, ``Court``,
``Show``: 5-50% of its uses) that share cannot tell a name from a stray capital.  The word
beside it can: ``rules/case_bigrams.tsv`` counts how native news cases the word next to each
lower-case word, and a pair news writes in lower case every time it is seen (``have no``,
``no doubt``, ``the health``, ``young man``, ``to prison``, ``prison for``) holds no name there.
Casing reads that table only after a content word; the words before and after a capital are
read here whatever their class.  A name runs through small words to a capital (``the Group of
Eight``), after a word naming a work (``the film Cars``) or inside a title in title case
(casing's slot says), and the article capitalising the word again makes it a name: those are
left.  Before a stop, after ``the`` or a preposition (``told the Economist.``), a name or a
title may close the clause: left too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import capital_evidence, lexicon, lower_names
from .doc import Context, Doc

#: times native news must have written the pair in lower case, never with the capital
MIN_LOWER = 3


def never_beside(x: Any, doc: Doc, ctx: Context, not_a_name: Callable[..., float | None]) -> tuple[str, float] | None:
    """(sub-rule, confidence) for the capital at casing's slot ``x`` when native news writes the
    word in lower case every time it stands after the word before it or before the word after
    it; None when a name or a title may stand there."""
    word, lw = x.word, x.word.lower()
    opener = not x.prev_low and x.prev in ("the", "a", "an") and _opens_sentence(x, doc)  # "The Company has grown"
    if x.comma or x.title_ahead or x.name_ahead or not (x.prev_low or opener) or not word[1:].islower():
        return None
    if lw in ctx.words("casing.institutions", "casing.institution_nouns", "words.closed_class", "words.function_words",
                       "words.subject_pronouns", "words.boundary_subjects"):
        return None  # "the Government": house style; "have No", "said He": the boundary stages' and casing's own
    if x.prev in ctx.words("casing.work_nouns") or x.nxt in ctx.words("casing.title_after"):
        return None  # "the film Wall", "Develop magazine"
    head = re.search(r"(\w+) of the$", x.before)
    if head and head.group(1).lower() in ctx.words("casing.institutions"):
        return None  # "the president of the Board", "a minister of the Crown": the body a title heads
    at = x.pos + len(word) + 1 + len(x.nxt)
    if not x.nxt and (x.prev == "the" or x.prev in ctx.words("casing.prepositions")):
        return None  # "told the Economist.", "the Meaning of Life.": a name or a title ends there
    small = x.nxt in ctx.words("casing.title_small_words", "words.function_words", "words.closed_class")
    if small and re.match(r" +(?:the +)?[A-Z0-9]", doc.text[at:at + 7]):
        return None  # "the Group of Eight", "the School for Conflict Analysis": a name goes on
    sides = _lower_sides(lw, x.prev, x.nxt)
    if not sides or _capital_beside(lw, x.prev, x.nxt) or _name_beside_small_words(x, sides, ctx):
        return None  # "the House in": news writes "in" after the word in lower case, but "the House" often
    if opener and len(sides) < 2:
        return None  # "The Record said", "The Producers was": a paper, a body or a title opens the sentence
    if not_a_name(x, doc, 1.0) is None and not (len(sides) == 2 and _listed_word(x, doc, ctx)):
        return None  # a name behind, a name the article capitalises again, a place or a listed name
    return "never_beside", CONFIDENCE[(len(sides), opener)]


#: (sides that say lower case, after a sentence's opening article) -> confidence.  Measured with the pairs
#: counted from half the tuning texts: of the decisions casing had not applied, 31 of 31 right on the probe's
#: tuning articles (cap_after_det), and one decision in the other half's 770 clean articles (offered; the
#: pair's other side capitalises it, which _capital_beside now stops); held out, none wrong, none on clean text
CONFIDENCE = {(2, False): 0.85, (1, False): 0.8, (2, True): 0.6}
#: after an opening article only offered, and only when both sides deny a name: MT opens sentences on a band,
#: a show or a paper it names once too ('The Wanted played', 'The Voice is watched'), which casing's after_name
#: offers for the same reason; one side said nothing of 'The Record said', 'The Producers was' (review F-caps-1)


def _opens_sentence(x: Any, doc: Doc) -> bool:
    """Is the word before the capital the sentence's first word ('The Company has')?"""
    i = x.pos - 1
    while i > 0 and doc.text[i] == " ":
        i -= 1
    return not doc.mid_sentence(i - len(x.prev) + 1)


def _name_beside_small_words(x: Any, sides: list[str], ctx: Context) -> bool:
    """Is the word a given name or a surname ('Young', 'Banks', 'Little') that no content word
    beside it denies?  A pair with a function word ('to young', 'young and', 'as little', 'said young') is
    written in lower case because the word is common, and says nothing of a name standing there."""
    given, family = lower_names.name_lists()
    if x.word not in given and x.word not in family:
        return False
    small = ctx.words("words.function_words", "words.closed_class", "words.clause_taking", "casing.prepositions")
    return all((x.prev if side == "<" else x.nxt) in small for side in sides)


def _listed_word(x: Any, doc: Doc, ctx: Context) -> bool:
    """A word the dictionary also lists as a name or a place ('Young', 'May', 'Federal') that
    nothing else marks as a name here: not capitalised again in the article, no name behind it,
    not before a place's type, and capitalised in no more than half of its uses in native news."""
    ratio = lexicon.capital_ratio(x.word)
    if ratio is None or ratio > 0.5 or doc.case.caps[x.word] > 1 or doc.capitals[x.word] > 1:
        return False
    return x.nxt not in ctx.words("casing.place_types") and not capital_evidence.name_behind(x, doc)


def _capital_beside(lw: str, prev: str, nxt: str) -> bool:
    """Does native news capitalise the word beside one of its neighbours in a tenth of the pair's
    uses or more ('the House': 30 of 60)?"""
    for side, other in (("<", prev), (">", nxt)):
        if other and other[:1].islower():
            caps, lows = lexicon.pair_counts(lw, side, other)
            if caps and caps >= 0.1 * (caps + lows):
                return True
    return False


def _lower_sides(lw: str, prev: str, nxt: str) -> list[str]:
    """The sides ('<' the word before, '>' the word after) on which native news wrote the pair in
    lower case ``MIN_LOWER`` times or more and never with the capital."""
    out = []
    for side, other in (("<", prev), (">", nxt)):
        if other and other[:1].islower():
            caps, lows = lexicon.pair_counts(lw, side, other)
            if caps == 0 and lows >= MIN_LOWER:
                out.append(side)
    return out
