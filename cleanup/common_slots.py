"""A word that is also a name, standing where the common word fits: no name to capitalise.

Native copy writes ``a party to mark the anniversary``, ``with grace and humour``, ``the leaves
turned brown`` in an article about Mark, Grace or Mr Brown; the name tests of
``document.proper_noun_case`` (the word capitalised alone five times and more) and
``document.lower_given_name`` (``continue to harry Johnson``) read the article's capitals and
took the word for the name.  MT's lower-cased names stand in a name's slot (``said mark``,
``by mark Hill``, ``mark's wife``); the common word's slots are grammatical:

- after the infinitive ``to``, the base form of a verb before its object (``to mark the``,
  ``to harry Johnson``);
- after a preposition, a noun coordinated with a lower-case noun (``with grace and humour``);
- after a verb that takes an adjective (``turned brown``, ``went green``).

Seen on native news (reviews of 1 December: BBC/CNN-style copy about people named Mark, Grace,
Brown, Harry; ``tests/test_common_slots.py``).  The slot makes the edit an offer, not a refusal:
an editor still sees it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .doc import Context
from .tagger import all_lemmas

#: confidence of an edit the slot turns into an offer (below the default 0.7)
OFFER = 0.5

_PREV = re.compile(r"(?<![\w’'-])([A-Za-z]+) $")
_AND_NEXT = re.compile(r" (?:and|or) ([a-z]+)(?![\w’'-])")


@lru_cache(maxsize=8192)
def _readings(word: str) -> frozenset[str]:
    """The parts of speech English knows the lower-case word as, as its own lemma (base forms):
    {'NOUN', 'VERB'} for 'mark', {'ADJ', 'NOUN', 'VERB'} for 'brown'."""
    found = all_lemmas(word)
    return frozenset(pos for pos, lemmas in found.items() if word in lemmas)


def _noun_after(text: str, end: int, ctx: Context) -> bool:
    """A lower-case English noun after 'and'/'or' ('grace and humour') that news writes in lower
    case (no name: 'mark and russia')."""
    m = _AND_NEXT.match(text, end)  # not a noun right after ('for bill payments'): bench.probe lower_common lost 4 of 73
    if not m:
        return False
    w = m.group(1)
    if w in ctx.words("words.function_words") or w in ctx.words("document.time_nouns"):
        return False
    if (lexicon.capital_ratio(w) or 0.0) >= 0.5:
        return False  # (the dictionary lacks British spellings such as 'humour': lemminflect knows them)
    return "NOUN" in _readings(w) or bool(all_lemmas(w).get("NOUN"))


def common_slot(text: str, start: int, end: int, ctx: Context, capital_object: bool = False) -> bool:
    """Does the lower-case word text[start:end] stand where its common reading fits?
    ``capital_object``: a capitalised word after 'to' + verb may be its object (the caller reads
    a given name before a surname: 'to harry Johnson').

    >>> from cleanup.config import Config
    >>> from cleanup.rules import load_rules
    >>> ctx = Context(load_rules(), Config())
    >>> common_slot("a party to mark the day", 11, 15, ctx), common_slot("said mark.", 5, 9, ctx)
    (True, False)
    """
    w = text[start:end]
    if not w.islower() or not lexicon.is_common_word(w):
        return False
    prev = _PREV.search(text, max(0, start - 24), start)
    if not prev:
        return False
    before = prev.group(1).lower()
    readings = _readings(w)
    if before == "to":  # 'to mark the': a verb with its object ('according to mark,' is no verb); a capital
        # after it ('to bill Clinton') is a surname unless the caller asks about one ('to harry Johnson')
        return "VERB" in readings and bool(re.match(r" [a-z\"“‘']" if not capital_object else r" \w", text[end:end + 2]))
    if before in ctx.words("document.linking_verbs"):
        return "ADJ" in readings  # 'turned brown', 'went green'
    if before in ctx.words("document.common_slot_prepositions"):
        return bool(readings & {"NOUN", "ADJ"}) and _noun_after(text, end, ctx)
    return False
