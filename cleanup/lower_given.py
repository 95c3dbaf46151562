"""A given name left in lower case before a surname the article writes: ``her brother, james
Pineda`` beside ``Carol Pineda``.

The other tests of a lower-case first name (``document.proper_noun_case``) refuse a word the
dictionary lists (``james``, ``kim``, ``jack``: a dictionary lists many given names as words), and
the surname here is no evidence on its own.  Together they are: a given name Faker lists that
native news capitalises at every one of twenty uses or more, right before a capitalised word the
article writes capitalised in mid-sentence elsewhere (the surname on another reference), and the
given name written in lower case only here.  Native copy writes such a word in lower case before
a capital only where it is no name (``fine china``, ``a jack``), which news's counts exclude,
or after an article (``the august Bodleian``), which this refuses.
"""

from __future__ import annotations

import re

from . import lexicon
from .common_slots import OFFER, common_slot
from .doc import Context, Doc
from .edits import Change
from .lower_names import given_name

RULE = "document.lower_given_name"

#: a lower-case word, then a capitalised word of a name ('james Pineda', "ronan O'Gara")
#: not inside a handle, a hashtag or an address ('@james Pineda', 'example.org/james Pineda')
_BEFORE_CAPITAL = re.compile(r"(?<![\w’'&.@#/-])([a-z]{3,}+) ([A-Z][a-z]+(?:[’'][A-Z][a-z]+)?)(?![\w-])")
#: an article before the word: an adjective or a noun, no given name ('the august Bodleian', 'a tom Jerry chased')
_ARTICLE = re.compile(r"\b(?:[Tt]he|[Aa]n?) $")
#: times native news must have written the word, every time capitalised (rules/case_prior.tsv)
MIN_NEWS_CAPS = 20


def lower_given_name(text: str, start: int, end: int, surname: str, doc: Doc, skip: frozenset[str]) -> float | None:
    """Confidence that the lower-case word text[start:end] is a given name before ``surname``."""
    w = text[start:end]
    cap = w[0].upper() + w[1:]
    if w in skip or surname.lower() in skip or doc.case.lows[w] != 1:
        return None
    if _ARTICLE.search(text, max(0, start - 4), start):
        return None  # 'critics of the august Bodleian': English writes no article before a given name
    caps, lows = lexicon.case_counts(w)
    if lows or caps < MIN_NEWS_CAPS or not given_name(cap) or lexicon.is_country(cap) or lexicon.is_place(cap):
        return None  # a place before a capital is no first name ('fine china Pineda had bought')
    if doc.case.caps[surname] < 2 or lexicon.is_common_word(surname.lower()) and \
            (lexicon.capital_ratio(surname) or 0.0) < 0.5:
        return None  # the surname written here alone, or an English word ('china Shop')
    return 0.85


def lower_given_names(doc: Doc, ctx: Context) -> list[Change]:
    """``james Pineda`` -> ``James Pineda`` where the article writes ``Pineda`` elsewhere."""
    text = doc.text
    skip = ctx.words("words.function_words") | frozenset(t.lower() for t in ctx.words("words.name_titles")) | (
        ctx.words("casing.name_particles") | ctx.words("document.compass_points")
        | ctx.words("document.always_capitalized"))
    out = []
    for m in _BEFORE_CAPITAL.finditer(text):
        conf = lower_given_name(text, m.start(1), m.end(1), m.group(2), doc, skip)
        if conf is not None and common_slot(text, m.start(1), m.end(1), ctx, capital_object=True):
            conf = OFFER  # 'continue to harry Johnson': a verb before its object, offered
        if conf is not None:
            ch = ctx.change(m.start(1), m.start(1) + 1, m.group(1)[0].upper(), RULE, confidence=conf)
            if ch:
                out.append(ch)
    return out
