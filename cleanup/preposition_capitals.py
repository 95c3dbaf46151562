"""A preposition capitalised in mid-sentence before a name or a number (``at her home In
Florida``, ``resigned In January``, ``the likes Of Sony``, ``aired From 1987``), which casing's
slots do not read (a capital after the capital makes them take the pair for a name of several
words).

Native news capitalises a preposition after a lower-case word only inside a title in title case
(``were In Good Company``, ``the film In The Name Of The Father``, ``a report called Rags To
Riches``): 15 times in 3,225 BBC and CNN/DailyMail texts, each time before a common word
capitalised by the title (``Good``, ``The``, ``All``, ``Your``), after a work noun or a naming
word (``the film``, ``called``), after another small word of the title (``on In Utero``, ``All in
With Chris Hayes``) or before a paper's name (``told To Vima newspaper``).  Before a number or a
word native news capitalises as a name (a place, a person, a month, a body) the capital is the
preposition's own, carried over from a sentence start: lowered.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import lexicon
from .doc import Context, Doc
from .edits import Change

_PREV_WORD = re.compile(r"(?<![\w’'-])([a-z][\w’'-]*)$")


@lru_cache(maxsize=8)
def _prepositions(rules: Any) -> tuple[frozenset[str], tuple[str, ...], re.Pattern]:
    """The listed prepositions capitalised, the same shortest first (``In``, ``At``: the likeliest
    to be in a text, so the screen for any of them stops at once), and the pattern of a candidate:
    a capitalised word after a lower-case word and a space, before a space and a capital or a
    digit (it opens with the capitals the prepositions open with, so the engine skips to candidates)."""
    words = frozenset(w.capitalize() for w in rules.words("casing.capital_prepositions"))
    firsts = "".join(sorted({w[0] for w in words}))
    return (words, tuple(sorted(words, key=lambda w: (len(w), w))),
            re.compile(rf"[{firsts}](?<=[a-z] [A-Z])([a-z]+)(?= +([A-Z0-9][\w’'.-]*)(?: +([\w’'-]+))?)"))


def before_name(doc: Doc, ctx: Context) -> list[Change]:
    """``died at her home In Florida`` -> ``in Florida``; ``resigned In January`` -> ``in January``."""
    text = doc.text
    preps, shortest_first, candidate = _prepositions(ctx.rules)
    if not any(p in text for p in shortest_first):
        return []
    out: list[Change] = []
    for s, e in doc.body:
        for m in candidate.finditer(text, s, e):
            word = text[m.start():m.end()]
            if word not in preps or not doc.mid_sentence(m.start()) or not _lowered(m, word, doc, ctx):
                continue
            ch = ctx.change(m.start(), m.start() + 1, word[0].lower(), "casing.stray_capital.preposition")
            if ch:
                out.append(ch)
    return out


def _lowered(m: re.Match, word: str, doc: Doc, ctx: Context) -> bool:
    """Is the capitalised preposition ``m`` no title's word: after a lower-case content word that
    names no work, before a number or a name, with no title running through it?"""
    end = doc.text.find("\n", m.end())
    if not doc.text[m.end():end if end >= 0 else len(doc.text)].rstrip().endswith((".", "!", "?", '"', "”", "’", ")")):
        return False  # "school bus About 40 minutes No injuries Hiroshima": a heading, or a line run into the next
    before = doc.text[max(0, m.start() - 80):m.start()].rstrip()
    prev = _PREV_WORD.search(before)
    if prev is None or doc.case.caps[word] > 1:
        return False  # "The Places In Between": after a capital; the article writes it so again
    p = prev.group(1).lower()
    small = ctx.words("words.function_words", "words.closed_class", "casing.title_small_words")
    if p in small or p in ctx.words("casing.work_nouns") or p in ctx.words("casing.naming_words"):
        return False  # "on In Utero", "the film In Bruges", "a group called From Karachi with Love"
    name, after = m.group(2), (m.group(3) or "").lower()
    if after in ctx.words("casing.title_after"):
        return False  # "told To Vima newspaper", "his In Pieces series"
    if _title_goes_on(doc.text, m.end(3) if m.group(3) else m.end(2), after, ctx):
        return False  # "watched From Russia with Love": a title's small word, then its next capital
    dated = name.strip(".,;:").lower() in ctx.words("segment.attribution_time_words")
    if p in ctx.words("casing.title_verbs") and not dated:
        return name[:1].isdigit()  # "the band played In Bloom", "she read On Chesil Beach"; not "released In January"
    return _name_or_number(name)


def _title_goes_on(text: str, at: int, after: str, ctx: Context) -> bool:
    """Is the word after the name a small word of a title (not 'and', 'or') before another capital?"""
    small = ctx.words("casing.title_small_words") - {"and", "or"}
    return after in small and re.match(r" +[A-Z]", text[at:at + 3]) is not None


def _name_or_number(word: str) -> bool:
    """A number, or a word native news capitalises as a name (a place, a month, a person, a body):
    not a common word a title capitalises ('In Good Company', 'Against All Odds')."""
    if word[:1].isdigit():
        return True
    base = re.sub(r"[’'][a-z]*$|[.,;:]+$", "", word)
    if not base[1:].islower() or lexicon.is_place(base):
        return True  # "Of ISIS", "By Jewish Big Brothers"... acronyms and places are names
    ratio = lexicon.capital_ratio(base)
    if ratio is not None:
        return ratio >= 0.8
    return not lexicon.is_common_word(base.lower())
