"""A name that is also an English word, in lower case once where the article capitalises it
and native news nine times in ten: ``Australian brewer fosters has`` beside ``Fosters`` seven
times, ``said burton.``, ``Lord Kinnock led labour between``, ``out of the senate``.

``news_names`` asks for a word news capitalised ten times or more and twenty to one, written
on its own in mid-sentence elsewhere; many names are seen fewer times (``fosters`` 4, ``burton``
2), or nine to one (``labour`` 295 to 16), or written by the article only inside a longer name
(``Fuller House``) or at sentence starts.  Here the two sources of evidence add up: how often
news capitalises the word (``rules/case_prior.tsv``: nine times in ten at least) and how often
the article does (in mid-sentence, any run of capitals around it counting; sentence starts
only when news all but always capitalises it), against the one place it writes it in lower
case.  Applied when both are strong, offered when one is moderate.

Not a word the article writes in lower case again (``the law lords``, ``the earth's``), not
after ``a`` or ``one`` (``a republican``), not in a contraction or inside quotation marks, not
beside a lower-case word news writes the word in lower case with (``labour market``), not a verb
after ``to`` (``had to ford the river``).  Offered only where the article writes the capital only
after a title or a given name (``Mr Straw`` beside ``ate straw``: a surname).  Not the field
before a newsroom role (``labour affairs correspondent``, ``the law lords``), nor after a
possessive and a modifier (``Mr Raskin's favourite apple``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from . import lexicon, tagger
from .doc import Doc, mid_sentence
from .lower_names import name_lists

_TAILS = ("", "'s", "’s", "'", "’")
_CONTRACTION = re.compile(r"[’'][a-rt-z]")
_QUOTES = frozenset("\"“‘'")
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne) $")
_NEXT_LOWER = re.compile(r" ([a-z]+)\b")
_NEXT_TWO = re.compile(r"(?: ([a-z]+)(?: ([a-z]+))?)?")
_PREV_LOWER = re.compile(r"\b([a-z]+) $")
_WORD = re.compile(r"[\w’'-]+")
#: closed-class words that open a sentence and name nothing before a lower-case word
_OPENERS = ("words.function_words", "segment.coordinators", "segment.subordinate_joins")
_THE = re.compile(r"\b[Tt]he $")
_CAPITAL_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+ $")
#: a capitalised word after it: the word opens or continues a name ('the united States'), whatever the tagger reads
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)")
#: a word, and the capitalised word after it (in a lookahead: that word is tried next)
_BEFORE_CAPITAL = re.compile(r"(?<![\w’'.-])([\w’'.-]+) (?=([A-Z][a-z]+)\b)")


@lru_cache(maxsize=2)
def _words_before_capitals(text: str) -> dict[str, Counter]:
    """Once per text: every capitalised word with the words written just before it, counted."""
    before: dict[str, Counter] = defaultdict(Counter)
    for m in _BEFORE_CAPITAL.finditer(text):
        before[m.group(2)][m.group(1)] += 1
    return before


def _only_surname(text: str, cap: str, doc: Doc, titles: frozenset[str]) -> bool:
    """The article writes ``cap`` only after a title or a given name ('Mr Straw', 'Jack Straw'): a surname.
    ``titles``: lower case, no function word ('in Geneva', 'The Aviator' are no titles)."""
    before = _words_before_capitals(text).get(cap)
    given = name_lists()[0]
    return bool(before) and sum(before.values()) >= doc.capitals[cap] \
        and all(b.rstrip(".").lower() in titles or b in given for b in before)


def article_name(text: str, start: int, end: int, doc: Doc, words: tuple[frozenset[str], ...]) -> float | None:
    """Confidence that the lower-case word text[start:end] is a name the article and native news
    capitalise, or None.  ``words``: sets of lower-case words never taken for a name here
    (function words, titles, name particles, compass points), and the words always capitalised."""
    w = text[start:end]
    lows, caps = doc.case.lows, doc.case.caps
    if lows[w] > 1:
        return None  # written in lower case again (the test below): the article's count first, a long text's most words
    caps_news, lows_news = lexicon.case_counts(w)
    after = _NAME_AFTER.match(text, end)
    # 'by reliance Industries': the word opens a run of capitals (not 'the detention center Friday')
    opens = bool(after) and after.group(1).lower() not in words[4]
    usual = caps_news >= 9 * lows_news  # news capitalises it nine times in ten
    if caps_news < 2 or not usual and not (opens and caps_news >= lows_news) or any(w in ws for ws in words[:4]):
        return None  # news writes the word in lower case one time in ten or more (half, before a capital): a word
    if _CONTRACTION.match(text, end) or text[start - 1:start] in _QUOTES or _INDEFINITE.search(text, max(0, start - 4), start):
        return None  # "don't", the word "maduro", 'a republican'
    if sum(lows[w + t] for t in _TAILS) != 1:
        return None  # written in lower case again: the article means the word
    cap = w[0].upper() + w[1:]
    mids = sum(caps[cap + t] for t in _TAILS)
    nxt = _NEXT_LOWER.match(text, end)
    prev = _PREV_LOWER.search(text, max(0, start - 20), start)
    pair = lexicon.pair_capital_ratio(w, nxt.group(1) if nxt else None, prev.group(1) if prev else None)
    if pair is not None and pair < 0.5:
        return None  # 'labour market', 'the law lords': news writes the word in lower case there
    after_the = _THE.search(text, max(0, start - 4), start)
    the = _words_before_capitals(text).get(cap, {})
    if after_the and not opens and not (the.get("the") or the.get("The")):
        return None  # 'the apple's core' where the article writes Apple but never 'the Apple'
    always = caps_news >= 10 and caps_news >= 20 * lows_news
    never_lower = caps_news >= 20 and not lows_news  # 'congress', 'tripoli': news never wrote it in lower case
    conf = (0.8 if usual and (mids >= 3 or mids >= 2 and (always or not lows_news) or mids and never_lower)
            else 0.75 if opens and mids >= 2  # news capitalises it half the time, opening a run: the article decides
            else 0.6 if mids or always and doc.capitals[cap] >= 2 else None)
    if conf is None:
        return None  # capitalised once in mid-sentence, or only at sentence starts: offered above
    reading = "name" if opens else _reading(text, start, end)
    if reading == "word" and mids >= 3 and not lows_news:
        reading = "name"  # 'Australian brewer fosters has' (read a verb) beside Fosters thrice in mid-sentence: news never lowers it
    if reading == "word" or _field_of_role(text, w, end, reading, doc):
        return None  # 'disciplined and united', 'dry, brown grass', 'a people united by', 'the law lords': the word
    if reading == "after_noun" or nxt and after_the or _name_before(text, start, doc) \
            or not opens and _only_surname(text, cap, doc, words[1] - words[0]):
        # 'Mr Straw' and 'ate straw': a surname the article writes only after a title or a given name
        # 'immigrant labour', 'the swiss army knife': house styles differ; 'Christmas turkey sales' in a
        # story naming Turkey: a name may modify the word
        return min(conf, 0.6)
    return conf


def _name_before(text: str, start: int, doc: Doc) -> bool:
    """Is the word right before ``start`` capitalised and perhaps a name that modifies the word
    ('Christmas turkey sales', also opening a sentence)?  A sentence's first word that is a closed-class
    opener is capitalised as such ('But collins says', 'Then labour won'): it names nothing."""
    m = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return False
    if mid_sentence(text, m.start()):
        return True
    first = m.group().strip().lower()
    return not any(first in doc.rules.words(k) for k in _OPENERS)


def _field_of_role(text: str, w: str, end: int, reading: str, doc: Doc) -> bool:
    """'labour affairs correspondent', 'treasury specialists', 'the law lords': a newsroom role or a rank
    (``document.field_roles``) within the two lower-case words after it, or the word itself after a noun."""
    roles = doc.rules.words("document.field_roles")
    return w in roles and reading == "after_noun" or any(x in roles for x in _NEXT_TWO.match(text, end).group(1, 2))


def _reading(text: str, start: int, end: int) -> str:
    """How the tagger reads the word with the three words before it and one after: "word" (an
    adjective, adverb or verb, or after a possessive or an adjective), "after_noun" (after a
    lower-case noun: 'immigrant labour', 'manufacturer sharp') or "name"."""
    before = _WORD.findall(text, max(0, start - 40), start)[-3:]
    words = tuple(before + _WORD.findall(text, start, end + 30)[:2])
    tags = tagger.tag_words(words)
    n = len(before)
    if tags[n].startswith(("JJ", "VB", "RB")) or n and tags[n - 1] in ("JJ", "PRP$", "POS"):
        return "word"
    if n > 1 and (tags[n - 2] == "POS" or before[-2].endswith(("'s", "’s"))):
        return "word"  # "Mr Raskin's favourite apple": a modifier between
    if n and before[-1] == "to" and tagger.could_be_verb(words[n]):
        return "word"  # 'had to ford the river': the tagger reads a noun after 'to'
    if n and tags[n - 1].startswith("NN") and before[-1].islower():
        return "after_noun"
    return "name"
