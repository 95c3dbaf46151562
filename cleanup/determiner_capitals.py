"""A capital right after a sentence's opening determiner (``The Potential of the Indian budget
market``, ``The Number of mortgages``, ``Its Revamped engine``), read with evidence casing's slots
do not reach (from :mod:`cleanup.common_capitals`; casing is near its size limit).

Casing reads a capital after a capitalised word as the end of a name (``Doctor Who fans``) and
applies only the rarest.  After a sentence's opening determiner no name began before the capital,
so the question is whether a name or a title begins with it: native news opens sentences so with
a paper (``The Times reported``, ``The Economist said``: words it capitalises in a tenth of
their uses or more), a band or a show (``The Wanted played``, ``The Archers is``: plural nouns,
mostly) or a title that goes on in capitals (``The Fellowship of the Ring``, ``The Bank of
England``).  The evidence, each piece generic:

- the word's share of capitals in native news (``rules/case_prior.tsv``, by casing's estimate,
  which already declines a word the article capitalises again, a place, a listed name or an
  institution);
- the article's own lower case of the word elsewhere (``the number`` beside ``The Number of``);
- a title-case run ahead: a small word of a title followed by a capital (``The Bank of England``)
  makes it only offered, and only for the rarest words;
- a reporting verb or ``that`` ahead (MT translates a paper's name: ``The Reason has advanced
  that`` for La Razón) or a plural noun (a band's or a team's name) without the article's own
  lower case: only offered.

Confidence tiers were read on the probe's tuning slice (``bench.probe --tuning --kind cap_after_det``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import lexicon, tagger
from .doc import Context, Doc


def _opens_sentence(x: Any, doc: Doc) -> bool:
    """Is the word before the capital the sentence's first word (``The`` in ``The Message asks``)?"""
    i = x.pos - 1
    while i > 0 and doc.text[i] == " ":
        i -= 1
    while i > 0 and (doc.text[i - 1].isalnum() or doc.text[i - 1] in "’'"):
        i -= 1
    return doc.text[i:i + len(x.prev)].lower() == x.prev and not doc.mid_sentence(i)


def _title_goes_on(x: Any, doc: Doc, ctx: Context) -> bool:
    """Does a small word of a title and a capital or a number follow (``The Bank of England``,
    ``The Votes at 16 alliance``)?"""
    at = x.pos + len(x.word) + 1 + len(x.nxt)
    return x.nxt in ctx.words("casing.title_small_words") and re.match(
        r" +(?:the +)?[A-Z0-9]", doc.text[at:at + 7]) is not None


def _reports(x: Any, doc: Doc, ctx: Context) -> bool:
    """A reporting verb or ``that`` in the three words after the capital: a paper may report
    (``The Stage reported the news``, ``The Face published``), and a speech verb alone misses
    the verbs of a paper's work (``casing.report_verbs``)."""
    at = x.pos + len(x.word)
    ahead = [w.strip(".,;:!?\"”’'").lower() for w in doc.text[at:at + 60].split()[:3]]
    return "that" in ahead or any(w in ctx.words("words.speech_verbs", "casing.report_verbs") for w in ahead)


def _plural_noun(x: Any) -> bool:
    """Is the word, in lower case after ``the``, a plural noun (``The Killers``, ``The Wanted``)?"""
    lw = x.word.lower()
    tagged = tagger.tags(f"the {lw} {x.nxt}")
    return len(tagged) == 3 and tagged[1][1] in ("NNS", "VBN", "VBD")


def after_opener(x: Any, doc: Doc, ctx: Context,
                 not_a_name: Callable[..., float | None]) -> tuple[str, float] | None:
    """(sub-rule, confidence) for a common word capitalised right after the sentence's opening
    determiner and before a lower-case word, or None.  ``x`` is casing's slot, ``not_a_name(x,
    doc, limit)`` casing's share of capitals for the word (None: it may be a name)."""
    if x.prev_low or x.comma or not x.nxt or x.title_ahead or x.prev not in ctx.words("casing.opening_determiners"):
        return None
    word = x.word
    lw = word.lower()
    if not word[1:].islower() or not word.isalpha() or lw in ctx.words(
            "words.closed_class", "words.function_words", "words.subject_pronouns", "casing.institutions",
            "casing.institution_nouns"):
        return None  # "The Who said", "The Government is": house style or a band, not MT
    if not lexicon.is_common_word(lw) or x.nxt in ctx.words("casing.publication_nouns", "casing.title_after"):
        return None
    if not _opens_sentence(x, doc):
        return None
    ratio = not_a_name(x, doc, 0.15)
    if ratio is None:
        return None
    lows = doc.case.lows[lw] > 0
    if _title_goes_on(x, doc, ctx) or x.name_ahead:
        # "The Bank of England": a name goes on; only the rarest capitals, surer when written in lower case elsewhere
        return ("after_opener", 0.75 if lows else 0.6) if ratio <= 0.01 else None
    if _reports(x, doc, ctx):  # "The Reason has advanced that", "The Economist said" beside "an economist"
        return ("after_opener", 0.6) if ratio <= 0.02 else None
    if _plural_noun(x) and (not lows or ratio > 0.05):  # "The Killers played": a band or a team
        return ("after_opener", 0.6) if ratio <= 0.02 or lows else None
    if lows:  # "The Film is about" beside "the film"
        return "after_opener", 0.75
    return ("after_opener", 0.75 if ratio <= 0.01 else 0.6) if ratio <= 0.05 else None


def nameless_before_stop(x: Any, doc: Doc, ctx: Context, ratio: float | None) -> tuple[str, float] | None:
    """(sub-rule, confidence) for a word native news capitalises in 5-15% of its uses (as a name
    too: 'Verdict', 'Power', 'Liar'), after a word a name seldom follows (``casing.nameless_slot``:
    'a', 'their', 'another') and before a stop, a comma or a dash ('struggling to reach a
    Verdict.', 'the source of all our Power.'), or None.  ``loose_capitals.before_stop`` decides
    the rarer capitals; ``ratio`` is casing's share (None: it may be a name).  A name after such a
    word is one native news capitalises more often ('a Republican.', 'an Oscar.') or one the
    article capitalises again.  The share must be measured (the word is in ``case_prior.tsv``) or
    the article write the word in lower case elsewhere: a share guessed from a word's frequency
    ('a Protestant.', 'a Nationalist.', 'his Kindle.') is only offered."""
    if ratio is None or ratio > 0.15 or x.comma or x.prev not in ctx.words("casing.nameless_slot"):
        return None
    word = re.sub(r"[’'][a-z]*$", "", x.word)
    if word != x.word or not word[1:].islower() or doc.capitals[word] > 1:
        return None
    if lexicon.is_listed_name(word) or lexicon.is_place(word) or word.lower() in ctx.words("casing.institutions"):
        return None
    at = x.pos + len(x.word)
    if re.match(r"[?!] +[a-z]", doc.text[at:at + 4]) or _title_behind(x, ctx):
        return None  # "Who Wants to be a Millionaire? on", "An Officer and a Gentleman,": a title ends there
    if doc.case.lows[word.lower()]:
        return "before_stop", 0.75
    # a share guessed for a word native news never capitalised twice ('a Protestant.', 'his Kindle.'): offered
    return "before_stop", 0.7 if lexicon.case_counts(word) != (0, 0) else 0.5


def _title_behind(x: Any, ctx: Context) -> bool:
    """Is there a capitalised word in the four words before the capital with only small words
    between ('Wants to be a', 'Officer and a'): a title in title case may end with the capital?"""
    small = ctx.words("casing.title_small_words", "words.function_words", "words.closed_class")
    words = x.before.split()[-5:]
    for i in range(1, len(words)):
        mid = not re.search(r"[.!?:\"“”]$", words[i - 1])  # not a sentence's or a quotation's first word
        if words[i][:1].isupper() and mid and all(v.lower() in small for v in words[i + 1:]):
            return True
    return False


def speech_quote(x: Any, ctx: Context) -> bool:
    """Is the short quotation the capital closes speech rather than a title or a slogan: no capital
    but its first word and the capital itself, and a subject pronoun (``words.subject_pronouns``
    and ``casing.speech_quote_words``) or a comma in it ('"We are in a Hiatus."', '"And frankly,
    we could use the Money."'; not '"Britain is Working"' nor '"How Soon is Now?"')?"""
    opening = max(x.before.rfind('"'), x.before.rfind("“"), x.before.rfind("‘"))
    words = x.before[opening + 1:].split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    speech = {w.lower() for w in ctx.words("words.subject_pronouns", "casing.speech_quote_words")}
    return any("," in w for w in words) or any(w.lower().replace("’", "'") in speech for w in words)


#: a number right before the capital, perhaps with a currency sign ('1.4 Million', '£9.25 Million', '30,000 Miles')
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[£$€]?\d[\d,.]*$")
#: the word before that number, if it is capitalised: a product, a show or a team goes on so ('Apollo 13', 'CBS's 60 Minutes')
_NAMED_NUMBER = re.compile(r"[A-Z][\w’'&-]*[\s(]+[£$€]?\d[\d,.]*$")


def after_number(x: Any, doc: Doc, ctx: Context,
                 not_a_name: Callable[..., float | None]) -> tuple[str, float] | None:
    """(sub-rule, confidence) for a count noun capitalised after a number ('liked by 1.4 Million
    people', 'the 30,000 Miles needed', '£9.25 Million)'), or None.  Casing reads a number like a
    capital (it ends '367 Members of Congress'), so the capital never reaches its evidence.  A
    name after a number follows a name ('Apollo 13 Mission', 'CBS's 60 Minutes show') or goes on
    in capitals ('the 7 Habits of Highly Effective People'); a word native news all but never
    capitalises, read as a noun or a number ('50 First dates' opens a title), is a stray capital."""
    number = _NUMBER_BEFORE.search(x.before)
    if x.comma or x.title_ahead or x.name_ahead or not number:
        return None
    at = x.pos - (len(x.before) - number.start())
    if not doc.mid_sentence(x.pos - 1 - len(number.group(0))) or "\n" in doc.text[at:x.pos]:
        return None  # "2.4 Steps to discover": a heading's number opens its line
    word = x.word
    lw = word.lower()
    if _NAMED_NUMBER.search(x.before):
        return None  # "Apollo 13 Mission", "Windows 10 Update": a name's number
    if not word[1:].islower() or not word.isalpha() or not lexicon.is_common_word(lw) or lw in ctx.words(
            "casing.institutions", "words.closed_class", "words.function_words"):
        return None
    if x.nxt and _title_goes_on(x, doc, ctx) or x.nxt in ctx.words("casing.publication_nouns", "casing.title_after"):
        return None  # "367 Members of Congress", "60 Minutes show"
    tagged = tagger.tags(f"{x.prev} {lw} {x.nxt or '.'}")
    if len(tagged) != 3 or tagged[1][1] not in ("NN", "NNS", "CD"):
        return None  # "will include 50 First dates": an adjective after a number may open a title
    # a number word after a figure is a count ('sold 2.8 Million units'): native news capitalises
    # 'million' in one use in twenty, in titles that go on in capitals ('Million Dollar Baby')
    count = lw in ctx.words("casing.number_words")
    ratio = not_a_name(x, doc, 0.15 if count else 0.05)
    if ratio is None:
        return None
    if count and ratio <= (0.15 if x.nxt else 0.02) or doc.case.lows[lw]:
        return "after_number", 0.75
    return "after_number", 0.6  # "on 60 Minutes last night", "in 127 Hours and": a title may go so


#: a capitalised word, a preposition and 'the' right before the capital ('in Las Vegas at the Weekend')
_PLACE_LINK = re.compile(r"([A-Z][\w’'-]*) (\w+) the$")


def place_then_article(x: Any, doc: Doc, ctx: Context) -> bool:
    """Is the capitalised word two words before the capital a name native news always capitalises,
    joined to it by a preposition of place and 'the' ('in Las Vegas at the Weekend', 'in Europe for
    the Lack')?  Then no name runs on through them into the capital: a name goes on through 'of'
    ('the Bank of England') or a title's small words after a common word ('Dancing with the Stars')."""
    m = _PLACE_LINK.search(x.before)
    if not m or m.group(2) not in ctx.words("casing.place_links"):
        return False
    ratio = lexicon.capital_ratio(m.group(1))
    return ratio is not None and ratio >= 0.95 and doc.mid_sentence(x.pos - len(m.group(0)) - 1)
