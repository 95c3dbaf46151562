"""A modifier capitalised before a number: ``with a Further 300 shown``, ``an Extra 20 staff``.

The stray-capital slot wants a lower-case word after the capital (a capital or a number after it
may go on a name: ``Class 47``, ``Stage 4``, ``Highway 61``, ``Formula 1``).  A word the tagger
reads, in lower case before the number, as an adjective, and that native news all but never
capitalises (at most one use in a hundred, ``rules/case_prior.tsv``), names nothing there: the
number is what it counts.  Evidence so far is thin: the second injector's tuning slice (BBC ``a
Further 300 shown``); the look sets of real MT hold no such site (only a headline's ``school bus
About 40 minutes``, an adverb, left alone: adjectives only).  Nouns before a number (``Level 3``,
``Article 50``) are never read so, nor an adjective outside ``casing.number_modifiers`` (``the
Other 98``, ``the Quick 6 app``: names; review35a).
"""

from __future__ import annotations

from . import lexicon, tagger
from .rules import load_rules

#: Penn tags of an adjective: it modifies, never heads, what follows it
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS"})


def modifier_before_number(word: str, prev: str, nxt: str) -> bool:
    """Is the capitalised ``word`` (after the word ``prev``, before ``nxt``) a modifier of the
    number ``nxt`` that native news writes in lower case ('a Further 300' -> True; 'the Class
    47', 'Page 3', 'Chapter 11' -> False)?"""
    if not nxt[:1].isdigit() or not word.isalpha() or not prev[:1].islower():
        return False
    if word.lower() not in load_rules().words("casing.number_modifiers"):
        return False  # 'the Other 98', 'the Quick 6 app': an adjective and a number make names too
    ratio = lexicon.capital_ratio(word)
    if ratio is None or ratio > 0.01 or lexicon.is_listed_name(word) or lexicon.is_place(word):
        return False
    tagged = tagger.tags(f"{prev} {word.lower()} {nxt}")
    return len(tagged) == 3 and tagged[1][0] == word.lower() and tagged[1][1] in _MODIFIER_TAGS


def next_fits(word: str, prev: str, nxt: str) -> bool:
    """May the word after a capital close a stray-capital slot: a lower-case word, or a number
    after a modifier native news writes in lower case (:func:`modifier_before_number`)?"""
    return nxt[:1].islower() or modifier_before_number(word, prev, nxt)
