"""Institutions' names half in capitals: a lower-case word inside a name in title case, and a
common noun for a body capitalised on its own.

Machine translation from Chinese and Russian writes a name's head noun with its capital and
loses the capital of a word before it: ``the National health Commission``, ``the Donetsk
people’s Republic`` and ``the defense Ministry of the DPR``.
English writes such a name in title case throughout (or in lower case throughout: ``the
defence ministry``), never half and half, so the lower-case word takes its capital.

The head nouns are a closed list (``casing.institution_heads``); each occurrence of one is
found by a pattern that opens with its literal, and only the few words before it are read.

The other way round, MT from Indonesian, Arabic, Vietnamese and Russian capitalises a common
noun for a body where English writes it in lower case (``the Police officers``, ``in the
Governorate.``, ``the Working Group of the Traffic Police Department``, ``the US-led
Coalition killed``): a closed list of such nouns (``casing.institution_nouns``), after a
determiner or a lower-case compound adjective, not inside a longer name."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon, tagger
from .doc import Context, Doc
from .edits import Change

RULE = "casing.institution_name"
NOUN_RULE = "casing.institution_noun"
# the word before the noun: a determiner, or a compound adjective ending in lower case ("US-led")
_DET_BEFORE = re.compile(r"(?<![\w’'-])(?:([Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)|[\w]+-[a-z]+) $")
_NAME_LINKS = frozenset("of for to on against in".split())
_TITLE_GOES_ON = re.compile(r" (?:the )?[A-Z]")
_AFTER = re.compile(r" ([a-z][\w’'-]*)|[.,;:](?=\s)")
# a capitalised word, then the lower-case word (perhaps a possessive) right before the head
_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*) ([a-z]{3,})((?:’|')s)? $")
# a portfolio in lower case right before the head ("the defense Ministry of the DPR")
_PORTFOLIO_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+) $")
_NOUN_TAGS = frozenset({"NN", "NNS", "JJ", "POS"})


@lru_cache(maxsize=8)
def _heads(rules) -> re.Pattern:
    heads = "|".join(sorted(rules.words("casing.institution_heads"), key=len, reverse=True))
    return re.compile(rf"(?:{heads})\b")


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _inside_name(text: str, m: re.Match, doc: Doc, ctx: Context) -> Change | None:
    """``National health Commission`` -> ``National Health Commission``: a capitalised word,
    a lower-case noun or adjective, the head.  The capitalised word is no function word
    ('But the Court of Appeal') and the lower-case word no verb or function word."""
    bm = _BEFORE.search(text, max(0, m.start() - 60), m.start())
    if bm is None:
        return None
    cap, low, poss = bm.group(1), bm.group(2), bm.group(3) or ""
    closed = ctx.words("words.closed_class", "words.function_words")
    if cap.lower() in closed or low in closed or lexicon.zipf(low) < 3.0:
        return None
    if cap.isupper() or not doc.mid_sentence(bm.start(2)):
        return None  # "WHO health Commission"? an acronym before: too unsure
    tagged = tagger.tags(f"{cap} {low}{poss} {m.group()}")
    if len(tagged) < 3 or tagged[1][1] not in _NOUN_TAGS:
        return None  # "Labour wants Commission": a verb, the names on either side are not one
    return ctx.change(bm.start(2), bm.start(2) + 1, low[0].upper(), RULE)


def _portfolio(text: str, m: re.Match, doc: Doc, ctx: Context) -> Change | None:
    """``the defense Ministry of the DPR`` -> ``the Defense Ministry``: a ministry's portfolio
    in lower case before its capitalised head (a closed list of portfolios).  ``the Ministry of
    defence`` is left: seen in one text only, and the portfolio after 'of' may be a description."""
    portfolios = ctx.words("casing.portfolios")
    after = text[m.end():m.end() + 30]
    pm = _PORTFOLIO_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if pm and pm.group(1) in portfolios and doc.mid_sentence(pm.start(1)) and text[m.end():m.end() + 1] in (" ", ",", "."):
        if re.match(r" [A-Z][a-z]", after):
            return None  # "commerce Minister Kamal Nath": a title before a name (not a head here anyway)
        return ctx.change(pm.start(1), pm.start(1) + 1, pm.group(1)[0].upper(), RULE)
    return None


@lru_cache(maxsize=8)
def _nouns(rules) -> re.Pattern:
    nouns = sorted((" ".join(map(_capital, n.split())) for n in rules.words("casing.institution_nouns")),
                   key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(nouns)})\b")


def _lone_noun(text: str, m: re.Match, doc: Doc, written: dict[str, bool]) -> bool:
    """Is the capitalised noun a common noun here: after a determiner or a compound adjective
    in lower case, followed by a lower-case word (or by the end of a clause, when the article
    writes the noun in lower case elsewhere), not inside a longer name?  ``written``: whether
    the article writes each noun in lower case, searched once per noun, not once per match."""
    if not doc.mid_sentence(m.start()):
        return False
    bm = _DET_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if bm is None or (bm.group(1) and bm.group(1)[0].isupper() and doc.mid_sentence(bm.start())):
        return False  # "of The Police": a capitalised article in mid-sentence opens a title
    am = _AFTER.match(text, m.end())
    if am is None:
        return False  # "the Police Federation", "the Coalition Provisional Authority": a longer name
    low = m.group().lower()
    if low not in written:
        written[low] = doc.case.lows[low.split()[0]] > 0 and low in text
    written_low = written[low]
    if am.group(1) is None:
        return written_low  # "in the Governorate." where "the governorate" is written too
    if am.group(1) in _NAME_LINKS and _TITLE_GOES_ON.match(text, am.end()):
        # "the Coalition to Protect the Patient", "the Working Group of the Traffic Police": a name
        # goes on, unless the article writes the noun in lower case elsewhere and "the" comes first
        return written_low and text.startswith(" the ", am.end())
    return True


def institution_nouns(doc: Doc, ctx: Context) -> list[Change]:
    """``the Police officers`` -> ``the police officers``: a common noun for a body, capitalised
    on its own.  Native news writes these in lower case unless a name goes with them (``the
    Metropolitan Police``, ``the Police Federation``); the case prior of each word must agree."""
    if ctx.rule(NOUN_RULE) is None:
        return []
    text = doc.text
    out: list[Change] = []
    written: dict[str, bool] = {}
    for m in _nouns(ctx.rules).finditer(text):
        if (m.start() and text[m.start() - 1].isalnum()) or not _lone_noun(text, m, doc, written):
            continue
        ratio = lexicon.capital_ratio(m.group().split()[0])
        if ratio is not None and ratio > 0.35:
            continue
        for cap in re.finditer(r"\b[A-Z]", m.group()):  # each word of "Working Group"
            ch = ctx.change(m.start() + cap.start(), m.start() + cap.end(), cap.group().lower(), NOUN_RULE)
            if ch:
                out.append(ch)
    return out


def institution_names(doc: Doc, ctx: Context) -> list[Change]:
    """Capitalise the lower-case word inside an institution's name in title case."""
    if ctx.rule(RULE) is None:
        return []
    text = doc.text
    out: list[Change] = []
    taken: set[int] = set()
    for m in _heads(ctx.rules).finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        for check in (_inside_name, _portfolio):
            ch = check(text, m, doc, ctx)
            if ch and ch.start not in taken:
                taken.add(ch.start)
                out.append(ch)
    return sorted(out, key=lambda c: c.start)
