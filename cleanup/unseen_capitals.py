"""Capitals on words native news has never capitalised (from :mod:`cleanup.casing`, which is
near its size limit).

``rules/case_prior.tsv`` lists the words native news capitalised at least twice in mid-sentence;
casing turns a word's counts into a share of capitals.  A word the table lacks gets a share
estimated from its frequency, and for a rare word (``undisclosed``, ``persuasion``, ``verdict``:
expected a few times in the counted news) that estimate says little, so casing leaves it as a
possible name.  Yet a word that is English, no listed name and no place, that the counted news
never capitalised twice, and that the article itself never capitalises elsewhere, is seldom a
one-word name when it stands where a noun phrase goes on: after a word that cannot end a sentence
(an article, a possessive, a preposition, an auxiliary) and before a lower-case word (``an
Undisclosed fee``, ``his Persuasion drive``, ``the Stakeholders allowing``).  A one-word name in
that slot is one news knows (``a Ford car``, ``his Times column``), or is capitalised again in the
article.

The evidence is weak for one capital, so it is offered; the article's own lower-case use of the
word elsewhere makes it a fix (``the Interfaces instead`` beside ``interfaces``), unless a name
could qualify the noun after it (``born with Harlequin ichthyosis``: offered).
"""

from __future__ import annotations

import re
from typing import Any

from . import capital_evidence, lexicon, tagger
from .doc import Context, Doc


def unseen_word(x: Any, doc: Doc, ctx: Context) -> tuple[str, float] | None:
    """(sub-rule, confidence) for a capitalised word native news has never capitalised twice,
    after a word that cannot end a sentence and before a lower-case word, or None.  ``x`` is
    casing's slot of the capital."""
    if not x.nxt or x.comma or x.title_ahead or x.prev not in ctx.words("casing.non_final_words"):
        return None
    word = re.sub(r"[’'][a-z]*$", "", x.word)
    lw = word.lower()
    if lexicon.case_counts(lw) != (0, 0):
        return _counted_modifier(x, word, doc, ctx)
    if not lexicon.is_common_word(lw):
        return None  # no English word: a name
    if lexicon.is_listed_name(word) or lexicon.is_place(word) or lw in ctx.words("casing.institutions"):
        return None
    if doc.capitals[x.word] > 1 or doc.capitals[word] > 1 or capital_evidence.name_behind(x, doc):
        return None  # the article capitalises it again, or a name of several words goes on through it
    if x.nxt in ctx.words("casing.place_types", "casing.publication_nouns"):
        return None  # a capital before one of these names a place or a paper ("Can hamlet", "Develop magazine")
    at = x.pos + len(x.word) + 1 + len(x.nxt)
    if x.nxt in ctx.words("casing.title_small_words") and re.match(r" +(?:the +)?[A-Z0-9]", doc.text[at:at + 7]):
        return None  # "a Portmanteau of the Year award", "the Shipwreck of the Medusa": a name goes on
    # "the Bard's work", "the Quake game", "a Greyhound bus", "the Hammers come": a name may qualify a noun,
    # a plural be a team's or a band's; the article's own lower case elsewhere ("the Interfaces instead"
    # beside "interfaces") applies the rest and offers these ("born with Harlequin ichthyosis")
    named = word != x.word or _noun_before_noun(x, lw, doc)
    if doc.case.lows[lw]:
        return "unseen_word", 0.6 if named else 0.75
    return None if named else ("unseen_word", 0.55)


def _noun_before_noun(x: Any, lw: str, doc: Doc) -> bool:
    """Is the word, read in lower case in its sentence, a plural noun, or a noun before a noun or
    a verb (the shapes of a brand, a title or a team: 'the Quake game', 'the Jordans met')?"""
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + lw + " " + x.nxt)
    if len(tagged) < 2 or tagged[-2][0] != lw:
        return True
    return tagged[-2][1] == "NNS" or tagged[-2][1] in ("NN", "NNP") and tagged[-1][1][:2] in ("NN", "VB", "MD")


#: tags of a modifier before its noun: an adjective or a participle ('The Current system', 'The Revamped engine')
_MODIFIERS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG"})


def lower_or_modifier(x: Any, doc: Doc) -> bool:
    """After a sentence's opening determiner: does the article write the capitalised word in lower
    case elsewhere ('The Company has grown'), or is it an adjective or a participle that native
    news has never capitalised twice, before a lower-case noun ('The Current system does not',
    'The Revamped engine indexes')?  A title opening a sentence is a noun ('The Aviator won') or
    goes on in capitals ('The Incredible Hulk')."""
    word = re.sub(r"[’'][a-z]*$", "", x.word)
    lw = word.lower()
    if doc.case.lows[lw]:
        return True
    if word != x.word or lexicon.case_counts(lw) != (0, 0) or not lexicon.is_common_word(lw):
        return False
    tagged = tagger.tags(f"the {lw} {x.nxt}")
    return len(tagged) == 3 and tagged[1][1] in _MODIFIERS and tagged[2][1] in ("NN", "NNS")


def _counted_modifier(x: Any, word: str, doc: Doc, ctx: Context) -> tuple[str, float] | None:
    """A word native news capitalises in 15-35% of its uses, read as an adjective before a lower-case
    noun ('a Sharp response', 'the Secondary market'): offered, as a name's adjective may stand there
    ('the Green party'); above 35% the adjectives of names take over ('a Parliamentary lunch', 'the
    Northern states', 'a Congressional hearing')."""
    ratio = lexicon.capital_ratio(word)
    if ratio is None or ratio > 0.35 or lexicon.is_listed_name(word) or lexicon.is_place(word):
        return None
    if word != x.word or word.lower() in ctx.words("casing.institutions") or doc.capitals[word] > 1:
        return None
    if capital_evidence.name_behind(x, doc) or not capital_evidence.modifier_of_noun(x, doc):
        return None
    return "after_function_word", 0.5
