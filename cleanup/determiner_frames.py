"""A capital after a determiner that several independent pieces of evidence agree is no name
(from :mod:`cleanup.common_capitals`; casing is near its size limit).

Each of casing's slots weighs one piece of evidence and, when it is weak alone, only offers the
change (``a Funeral in New York``: a name ahead; ``the Allegation in relation``: a word too rare
to be counted; ``a Setback in her recovery``).  A one-word name after an article or a possessive
is a name native news capitalises (``the Guardian``, ``a Ford car``) or goes on in capitals (``the
Bank of England``, ``the Fellowship of the Ring``); a stray capital of machine translation or a
scraper sits in a common noun phrase.  Where these agree, the capital is applied:

- the share: native news capitalises the word in 2% of its uses or fewer, or never capitalised
  it twice though the word is common (Zipf 3 or more: ``setback``, ``allegation``), or in 15% or
  fewer and the article writes it in lower case elsewhere;
- the frame: a determiner before it (``casing.frame_determiners``) and, after it, a lower-case
  function word that no name goes on through (not ``of``, ``and`` or ``&`` before a capital: ``the
  Bank of England``, ``Florence and the Machine``) with the tagger reading the word, lower-cased,
  as a noun or an adjective; or a lower-case noun that the word, read as an adjective, qualifies
  (``a Major gateway``); or a stop or a comma that closes the clause on it, read as a noun
  (``over the Weekend.``);
- the neighbours: no other capital in the words around it that a title in title case would
  capitalise (a common word: ``a Funeral in New York``; not ``Tuesday`` or ``Paris``), or the
  article's own lower case of the word.

Not for a word the dictionary lists as a name or a place, an institution, a word the article
capitalises again, nor after a word that names a work or calls (``the film``, ``called``).
"""

from __future__ import annotations

import re
from typing import Any

from . import capital_evidence, lexicon, tagger
from .doc import Context, Doc

#: tags of the capital read in lower case that a common noun phrase's word has
_PHRASE_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "VBG", "VBN"})


def agreeing(x: Any, doc: Doc, ctx: Context) -> tuple[str, float] | None:
    """(sub-rule, confidence) for a capital after a determiner and before a lower-case function
    word, when its share of capitals, its frame and its neighbours agree it is no name; else None.
    ``x`` is casing's slot."""
    if x.comma or not x.prev_low or x.title_ahead or x.prev not in ctx.words("casing.frame_determiners"):
        return None
    word = x.word
    lw = word.lower()
    if not word.isalpha() or not word[1:].islower() or _excluded(word, doc, ctx):
        return None
    lower_here = doc.case.lows[lw] > 0
    limit = 0.15 if lower_here else 0.02
    counted = lexicon.case_counts(lw) != (0, 0)
    ratio = lexicon.capital_ratio(word) if counted else _unseen_share(word)
    if ratio is None or ratio > limit or _singular_share(lw) > limit:
        return None  # "In the Budgets that": the singular is a name's word ("the Budget")
    if (lexicon.is_listed_name(word) or lexicon.is_place(word)) and (not counted or ratio > 0.01):
        return None  # "the Price of", "a Major gateway", "the Torah and": a name, a town or a scripture
    if capital_evidence.name_behind(x, doc, common_openers=True) or not _before_work(x, ctx):
        return None  # "Player of the Tournament."; not "Look at the Way they"
    if not _frame(x, doc, ctx, counted):
        return None
    if not lower_here and _capitals_around(x, doc):
        return None  # "a Funeral in New York" stays offered unless the article writes "funeral"
    return "determiner_frame", 0.75


def _unseen_share(word: str) -> float | None:
    """The share of capitals of a word the counted news never capitalised twice: taken as nil when
    the word is common enough to be expected there (Zipf 3 or more: 'setback', 'allegation'), as
    the frame and the neighbours must agree too; None for a rarer word."""
    return 0.0 if lexicon.zipf(word.lower()) >= 3.0 else None


def _singular_share(lw: str) -> float:
    """The counted share of capitals of a plural's singular ('budgets': 'budget'), 0 without one."""
    if not lw.endswith("s") or lw.endswith("ss") or lexicon.case_counts(lw[:-1]) == (0, 0):
        return 0.0
    return lexicon.capital_ratio(lw[:-1]) or 0.0


def _excluded(word: str, doc: Doc, ctx: Context) -> bool:
    """A word that may be a name whatever its frame: an institution, a closed-class word, a word
    the article capitalises again, a word no dictionary has."""
    lw = word.lower()
    if lw in ctx.words("words.closed_class", "words.function_words", "words.subject_pronouns",
                       "casing.institutions", "casing.institution_nouns"):
        return True
    return doc.capitals[word] > 1 or doc.case.caps[word] > 1 or not lexicon.is_common_word(lw)


def _function_after(x: Any, doc: Doc, ctx: Context) -> bool:
    """Is the word after the capital a lower-case function word that no name goes on through:
    not ``of``, ``and`` or ``&`` before a capital or a number ('the Bank of England'), nor any
    small word of a title after ``the`` when a capital follows ('the Massacre in Munich')?  And
    no naming word or work noun before the determiner ('the film The', 'called a')?"""
    if x.nxt not in ctx.words("words.function_words", "words.closed_class", "casing.prepositions"):
        return False
    at = x.pos + len(x.word) + 1 + len(x.nxt)
    capital_next = re.match(r" +(?:the +)?[A-Z0-9]", doc.text[at:at + 7]) is not None
    return not (capital_next and (x.nxt in ("of", "and", "&") or x.prev == "the"))


def _before_work(x: Any, ctx: Context) -> bool:
    """Is the word before the determiner no word that names a work or calls ('the film The',
    'called a')?"""
    words = x.before.split()
    before = words[-2].strip(",;:\"“”'").lower() if len(words) >= 2 else ""
    return before not in ctx.words("casing.naming_words", "casing.title_verbs", "casing.work_nouns")


def _frame(x: Any, doc: Doc, ctx: Context, counted: bool) -> bool:
    """Does a common noun phrase frame the capital: a function word after it, the capital read as
    a noun or an adjective ('a Setback in'); an adjective before a lower-case noun ('a Major
    gateway'; a one-word name before a noun is a noun itself: 'a Ford car'), for a word whose share
    is ``counted`` in native news; or a noun closing the
    clause before a full stop, a comma or a semicolon, its share counted ('over the Weekend.'), with no quotation
    closing there ('the slogan "Britain is Working"')?"""
    if not x.nxt:
        at = x.pos + len(x.word)
        return counted and re.match(r"[.,;](?:\s|$)", doc.text[at:at + 2]) is not None and _phrase_word(x, doc)
    if _function_after(x, doc, ctx):  # a word never counted needs a preposition ("a Setback in her";
        # not "the Torah and writes": a name is coordinated as readily as a noun)
        return (counted or x.nxt in ctx.words("casing.prepositions")) and _phrase_word(x, doc)
    # a word whose share is counted: an unseen adjective before a noun may be a brand ("a Jive spokeswoman")
    return counted and capital_evidence.modifier_of_noun(x, doc)


def _phrase_word(x: Any, doc: Doc) -> bool:
    """Does the tagger read the capital, lower-cased in its sentence, as a noun, an adjective or a
    participle (not a verb or an adverb: 'a Real option' is read by the share alone)?"""
    s, _ = doc.sentence_at(x.pos)
    lw = x.word.lower()
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + lw + " " + x.nxt)
    if not x.nxt:
        return len(tagged) >= 1 and tagged[-1][0] == lw and tagged[-1][1] in ("NN", "NNS")
    return len(tagged) >= 2 and tagged[-2][0] == lw and tagged[-2][1] in _PHRASE_TAGS


def _capitals_around(x: Any, doc: Doc) -> bool:
    """Is there another capitalised word of a title among the four words before the capital (not
    the sentence's first word) or the four after it: a title may run through it?"""
    s, e = doc.sentence_at(x.pos)
    before = doc.text[max(s, x.pos - 60):x.pos].split()[-4:]
    first = doc.text[s:x.pos].split()[:1]
    if len(before) == len(doc.text[s:x.pos].split()) and first:
        before = before[1:]  # the sentence's own first word
    at = x.pos + len(x.word)
    after = doc.text[at:min(e, at + 60)].split()[:4]
    return any(_title_word(w) for w in before + after)


def _title_word(word: str) -> bool:
    """Is the word capitalised and one a title in title case would capitalise: a common word or one
    the counted news has not seen ('New', 'Return'), not a name it always capitalises ('Tuesday',
    'Paris', 'Bob')?"""
    w = re.sub(r"[’'][a-z]*$", "", word.strip("\"“”'‘’()[],;:.!?"))
    if not w[:1].isupper():
        return False
    ratio = lexicon.capital_ratio(w)
    return ratio is None or ratio < 0.7
