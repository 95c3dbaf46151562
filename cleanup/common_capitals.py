"""Capitals on common words that native news also capitalises as names, decided by evidence
other than that share (from :mod:`cleanup.casing`, which is near its size limit): the article's
own lower case, and the phrase after the capital.

Casing weighs a capital in mid-sentence by how often native news capitalises the word
(``rules/case_prior.tsv``).  For a word news also capitalises as a name (``Sharp``, ``Court``,
``Agency``: 5-50% of its uses) that share alone cannot tell ``the Sharp rise`` from ``Sharp
said``, so casing leaves such words or only offers them.  The article's own spelling is
stronger evidence: a one-word name is capitalised every time the article uses it, so a word the
article writes in lower case elsewhere and capitalises only here, between two lower-case words,
outside a longer name or a title, is a stray capital (``a district Court in`` beside ``the
court``, ``heavy stock market Falls`` beside ``falls``).  A name that is also a word is kept
when native news capitalises it often (``the Budget``, ``the Games``: offered only), when a
name may go on through it, or when the word before it names a work (``the film Wall``).

A name of the shape ``X of Y`` capitalises its ``Y`` (``the Bank of England``, ``the Order of the
Phoenix``), so a capital before ``of`` and a lower-case content word heads no name (``on the margo
Agreement of government parties``, ``to start Investigation of crimes``): in 3,225 native BBC and
CNN/DailyMail articles no word news capitalises in under half of its uses stands so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import (
    agreed_capitals,
    capital_evidence,
    determiner_capitals,
    lexicon,
    lone_capitals,
    pair_capitals,
    sole_capitals,
    tagger,
)
from .doc import Context, Doc


def stronger(found: tuple[str, float | None] | None, x: Any, doc: Doc, ctx: Context,
             not_a_name: Callable[..., float | None]) -> tuple[str, float | None] | None:
    """Casing's verdict ``found`` for the slot ``x``, or this module's when casing has none or
    only offers it and the article's own lower case makes it surer.  ``not_a_name(x, doc,
    limit)`` is casing's share of capitals for the word (None: it may be a name)."""
    # "replaced by Bird", "the retailer Next said": a surname or a name in apposition, not a common word
    found = agreed_capitals.appositive_doubt(agreed_capitals.person_doubt(found, x, ctx), x)
    native = doc.case.lows[x.word.lower()] > 0  # as casing applies it
    sure = _confidence(found, ctx, native)
    if sure >= ctx.config.min_confidence:
        return found
    mine = written_lower(x, doc, ctx, not_a_name) or sole_capitals.lower_elsewhere(x, doc, ctx) or of_phrase(x, doc, ctx, not_a_name) or determiner_capitals.after_opener(
        x, doc, ctx, not_a_name) or determiner_capitals.after_number(x, doc, ctx, not_a_name) or (
        None if _named_here(x, ctx) else pair_capitals.never_beside(x, doc, ctx, not_a_name)) or (
        after_content_word(x, doc, ctx, not_a_name) if found is None else None)
    if mine is None or found is not None and _confidence(mine, ctx, native) < ctx.config.min_confidence:
        mine = found  # both offered: casing's reason stays ("his Times column": a name may qualify a noun)
    if _confidence(mine, ctx, native) < ctx.config.min_confidence:
        # a neighbour's pair agrees with the share; else no mark of a name and a low counted share
        return agreed_capitals.agreed_lower(x, doc, ctx) or lone_capitals.lone_word(x, doc, ctx) or mine
    return mine


def _confidence(found: tuple[str, float | None] | None, ctx: Context, native: bool = False) -> float:
    """The confidence a verdict will be given (its rule's calibration and, unless ``native``
    (the article writes the word in lower case elsewhere), its cap in native copy applied), 0 for none."""
    r = ctx.rule("casing.stray_capital." + found[0]) if found else None
    return ctx.decide(r, found[1], native)[0] if r is not None and found else 0.0


def _closes_short_quote(after: str, before: str) -> bool:
    """Does a closing quotation mark follow the word, the quotation eight words or fewer ('the
    slogan "Britain is Working"')?  A longer one is speech ('an outright Takeover," said one')."""
    if not re.match(r"[.,;:]?[\"”’']", after):
        return False
    opening = max(before.rfind('"'), before.rfind("“"), before.rfind("‘"))
    return opening >= 0 and len(before[opening + 1:].split()) <= 7  # none in the 80 characters before: long


def _after_adjective(x: Any, doc: Doc) -> bool:
    """Is the word before the capital an adjective, by its tag in the sentence ('the mighty Arsenal')?"""
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + x.word.lower())
    return len(tagged) >= 2 and tagged[-2][1] in ("JJ", "JJR", "JJS")


def _named_here(x: Any, ctx: Context) -> bool:
    """Does the capital open or go on a name the sentence gives: after a word that names or
    calls ('called Spotlight', 'entitled Trust', 'played Coach', 'told Seventeen'), in a title in
    title case ('From Karachi with Love': a capital two words before, a title's small word
    between) or before 'vs'/'v' ('Loving vs. Virginia')?"""
    if x.nxt in ("vs", "v") or x.prev in ctx.words("casing.naming_words", "casing.title_verbs", "words.speech_verbs"):
        return True
    words = x.before.split()[-2:]
    return (len(words) == 2 and words[0][:1].isupper() and words[1] not in ("the", "a", "an")  # 'gave Smith the Job'
            and words[1] in ctx.words("casing.title_small_words"))


def written_lower(x: Any, doc: Doc, ctx: Context, not_a_name: Callable[..., float | None]) -> tuple[str, float] | None:
    """(sub-rule, confidence) for a content word capitalised once, between lower-case words, that
    the article writes in lower case elsewhere; None when a name or a title may stand there."""
    word = x.word
    lw = word.lower()
    if x.comma or x.title_ahead or x.name_ahead or not x.prev_low or not word[1:].islower() or _named_here(x, ctx):
        return None
    if not doc.case.lows[lw] or not (lexicon.is_common_word(lw) or lexicon.case_counts(lw)[1] >= 20
                                     or lexicon.zipf(lw) >= 3):
        return None  # no English word ("women", "takeover": the dictionary lacks them; news writes them)
    if lw in ctx.words("casing.institutions", "casing.institution_nouns") or x.prev in ctx.words(
            "casing.work_nouns") or x.nxt in ctx.words("casing.title_after"):
        return None  # "the Government", "the film Wall", "Develop magazine", "the Trust album"
    if lw in ctx.words("words.closed_class", "words.function_words", "words.subject_pronouns", "words.boundary_subjects"):
        return None  # "sayılı We said": a pronoun or a determiner opens a sentence whose stop was lost
    at = x.pos + len(word) + 1 + len(x.nxt)
    if not x.nxt and (x.prev == "the" or x.prev in ctx.words("casing.prepositions") or doc.text[at - 1:at] in "!?"
                      or _closes_short_quote(doc.text[at - 1:at + 1], x.before)):
        return None  # "told the Economist.", "from Easy,", "Britain is Working"": a name, a title or a cry ends there
    small = x.nxt in ctx.words("casing.title_small_words", "words.function_words", "words.closed_class")
    if small and re.match(r" +(?:the +)?[A-Z0-9]", doc.text[at:at + 7]):
        return None  # "a Constitution for the European Union", "Voice over IP": a name goes on
    ratio = not_a_name(x, doc, 0.5)  # no name behind, no place, no listed name, no institution
    if ratio is None:
        return None
    if not x.nxt and _after_adjective(x, doc):
        return "written_lower", 0.6  # "his first major Test.", "the black Suburban,": a name may close so; offered
    if ratio <= 0.15 or capital_evidence.modifier_of_noun(x, doc) and ratio <= 0.35:
        return "written_lower", 0.75  # "a district Court in" beside "court"; "the Upper hand" beside "upper"
    if ratio <= 0.35 and doc.case.lows[lw] >= 2 and doc.capitals[word] <= 1 and (
            lexicon.pair_capital_ratio(lw, None, x.prev) or 0.0) <= 0.15:
        # "the Cloud grew" beside "cloud" twice, "a pioneer of Electric and hybrid cars" beside "electric"
        # four times (probe tuning BBC and CNN/DM): the article's own lower case again and again, and this its
        # only capital anywhere (a sentence's first word too); not a word news capitalises more often
        # ("all the Northern states" beside "northern Republicans": 42%, a region's name), nor after a word
        # beside which news capitalises it more often ("said the Underground was" beside "underground station":
        # 31% after "the", London's railway; review36b)
        return "written_lower", 0.75
    return "written_lower", 0.6  # "the Games but" beside "games": a name news often gives the word; offered


def of_phrase(x: Any, doc: Doc, ctx: Context, not_a_name: Callable[..., float | None]) -> tuple[str, float] | None:
    """(sub-rule, confidence) for a capital after a lower-case word and before ``of`` and a
    lower-case content word ('the margo Agreement of government parties'), or None."""
    if x.nxt != "of" or x.comma or x.title_ahead or not x.prev_low or not x.word[1:].islower():
        return None
    at = x.pos + len(x.word) + 3  # the space before the word after 'of'
    m = re.match(r" ([a-z][\w’'-]*)", doc.text[at:at + 40])
    if not m or m.group(1) in ctx.words("words.function_words", "words.closed_class"):
        return None  # "the Order of the Phoenix", "Mice of the Marvellous": a name's phrase opens so
    if x.prev in ctx.words("casing.work_nouns") or x.word.lower() in ctx.words("casing.institutions"):
        return None
    ratio = not_a_name(x, doc, 0.5)
    if ratio is None:
        return None
    return "of_phrase", 0.75 if ratio <= 0.15 or ctx.mt_like else 0.6


def after_content_word(x: Any, doc: Doc, ctx: Context, not_a_name: Callable[..., float | None]) -> tuple[str, float] | None:
    """A word native news capitalises in 2-15% of its uses, after a lower-case content word and
    before a lower-case word ('the core Retail price index', 'our underused Voices could'), which
    casing leaves when the article has no lower case of it: a name may stand there ('the new
    Tablet computers', 'his first Test match'), so it is offered; an adjective before its noun
    is applied ('a Poor stock market'), as a one-word name before a noun is a noun itself."""
    if not x.nxt or x.comma or x.title_ahead or x.name_ahead or not x.prev_low or not x.word[1:].islower():
        return None
    if _named_here(x, ctx):
        return None  # "called Spotlight that", "From Karachi with Love": a name the sentence gives
    if x.prev in ctx.words("casing.non_final_words", "words.function_words", "words.closed_class", "casing.work_nouns"):
        return None  # casing's own slots, and "the film Cars"
    if x.nxt in ctx.words("casing.title_after") or x.word.lower() in ctx.words("casing.institutions",
                                                                                "casing.institution_nouns"):
        return None  # "the US-led Coalition killed": casing.institution_noun reads the article's own spelling
    ratio = not_a_name(x, doc)
    if ratio is None or ratio <= 0.02 or ratio > 0.15:
        return None
    return "common_word", 0.75 if ratio <= 0.1 and capital_evidence.modifier_of_noun(x, doc) else 0.5
