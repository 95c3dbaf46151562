"""A name that is also an English word, written once in lower case where the article writes it
capitalised: ``in and around boston``, ``beaten by wales``, ``32 labour rebels``.

The dictionary cannot tell (``boston`` is a kind of whist, ``wales`` the plural of ``wale``);
native news can: it capitalises these words every time it writes them in mid-sentence
(``rules/case_prior.tsv``).  The article tells the rest: it writes the word capitalised
on its own in mid-sentence elsewhere (not only inside a longer name: ``House of Lords`` beside
``the law lords``) and in lower case only here.  Not beside a lower-case word native news writes
the word in lower case with (``labour market``), not after a possessive, an adjective or a noun
(``his favourite apple``), not where the tagger reads an adjective or a verb (``disciplined and
united``), not in a contraction (``don't``) or a word quoted as a word; after a capitalised
word (``Christmas turkey sales`` in a story naming Turkey) only offered.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon, tagger
from .doc import Doc, mid_sentence
from .lower_names import given_name

_NEXT_LOWER = re.compile(r" ([a-z]+)\b")
_PREV_LOWER = re.compile(r"\b([a-z]+) $")
_CONTRACTION = re.compile(r"[’'][a-rt-z]")
_QUOTES = frozenset("\"“‘'")
_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+ $")
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne) $")


def news_name(text: str, start: int, end: int, doc: Doc) -> float | None:
    """Confidence that the lower-case word text[start:end] is a name native news all but always
    capitalises (20 times to 1 at least, seen 10 times or more) and the article writes
    capitalised elsewhere, or None."""
    w = text[start:end]
    lows = doc.case.lows
    if lows[w] > 1:
        return None  # written in lower case again (the test below): the article's count first, a long text's most words
    caps_news, lows_news = lexicon.case_counts(w)
    if caps_news < 10 or lows_news * 20 > caps_news or _CONTRACTION.match(text, end) or text[start - 1:start] in _QUOTES:
        return None  # not 'don't', not a word quoted as a word ('the word "maduro"')
    cap = w[0].upper() + w[1:]
    if sum(lows[w + tail] for tail in _TAILS) != 1 or not _standalone(text)[cap] or _INDEFINITE.search(text, max(0, start - 4), start):
        # written in lower case again ('the law lords' findings'), capitalised only inside a longer
        # name ('House of Lords' beside 'the law lords'), or 'a yahoo', 'a republican'
        return None
    nxt = _NEXT_LOWER.match(text, end)
    prev = _PREV_LOWER.search(text, max(0, start - 20), start)
    if prev and prev.group(1) == "the" and not _after_the(text)[cap]:
        return None  # 'the apple's core' where the article writes Apple but never 'the Apple'
    pair = lexicon.pair_capital_ratio(w, nxt.group(1) if nxt else None, prev.group(1) if prev else None)
    if pair is not None and pair < 0.5:
        return None  # 'labour market', 'the law lords': news writes the word in lower case there
    if _adjective_or_verb(text, start, end):
        return None  # 'disciplined and united,', 'people united by', 'his favourite apple': the word
    if _NAME_BEFORE.search(text, max(0, start - 30), start):
        return 0.5  # 'Christmas turkey sales' beside 'Turkey': a name may modify the word; offered
    return 0.8


_TAILS = ("", "'s", "’s", "'", "’")
_GIVEN_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) $")


def surname(text: str, start: int, end: int, doc: Doc, titles: frozenset[str]) -> float | None:
    """``according to Marissa snow, spokeswoman``: a lower-case word right after a given name
    (Faker's lists) in mid-sentence, which the article writes capitalised on its own in
    mid-sentence elsewhere (a surname on second reference: ``Snow said``) and in lower case only
    here: 0.8, or None."""
    w = text[start:end]
    lows = doc.case.lows
    if lows[w] > 1:
        return None  # written in lower case again: the article's count first, before any scan of the text
    prev = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    # a given name news capitalises four times in five will do ('Sheriff Pat melton' beside 'Melton said'
    # four times, cnn896): the surname alone is the evidence
    if not prev or w in titles or not given_name(prev.group(1), 0.8) or not mid_sentence(text, prev.start(1)):
        return None
    if sum(lows[w + tail] for tail in _TAILS) != 1 or not _standalone(text)[w[0].upper() + w[1:]]:
        return None
    return 0.8
_WORD = re.compile(r"[\w’'-]+")


def _adjective_or_verb(text: str, start: int, end: int) -> bool:
    """Does the tagger read the word, with the three words before it and one after, as an
    adjective, an adverb or a verb?"""
    before = _WORD.findall(text, max(0, start - 40), start)[-3:]
    words = tuple(before + _WORD.findall(text, start, end + 30)[:2])
    tags = tagger.tag_words(words)
    n = len(before)
    if any(tags[i] in ("PRP$", "POS") or before[i].endswith(("'s", "’s", "s'", "s’")) for i in range(max(0, n - 2), n)) \
            or n and (tags[n - 1] == "JJ" or tags[n - 1] == "NN" and before[-1].islower()):
        # after a possessive, an adjective or a noun: 'Mr Raskin's favourite apple', 'parties' treasury',
        # 'the law lords'
        return True
    return tags[len(before)].startswith(("JJ", "VB", "RB"))


_CAP_WORD = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]+)(?:[’']s)?(?![\w’'-])")  # the capital, then its look-behind
_CAP_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*|\b(?:of|for|and|&|de)) $")
_CAP_AFTER = re.compile(r" (?:[A-Z]|(?:of|for|and|&|de) [A-Z])")


@lru_cache(maxsize=4)
def _after_the(text: str) -> Counter:
    """The capitalised words the text writes after 'the' ('the Mediterranean', 'the Senate')."""
    return Counter(_THE_CAP.findall(text))


_THE_CAP = re.compile(r"\b[Tt]he ([A-Z][a-z]+)(?![\w-])")


@lru_cache(maxsize=4)
def _standalone(text: str) -> Counter:
    """How often the text writes each capitalised word in mid-sentence on its own, outside a run
    of capitals ('Lords' in 'House of Lords' does not count), once per text."""
    out: Counter = Counter()
    for m in _CAP_WORD.finditer(text):
        s = m.start()
        if mid_sentence(text, s) and not _CAP_BEFORE.search(text, max(0, s - 30), s) and not _CAP_AFTER.match(text, m.end()):
            out[m.group(1)] += 1
    return out
