"""A capitalised noun before a lower-case noun it qualifies: a name used attributively.

``casing.stray_capital.after_function_word`` lowers a common word capitalised after a function
word or an adjective, where native news writes it in lower case.  Native copy capitalises a
noun that names a campaign, a product, a competition or a team before the noun it qualifies,
after an adjective of the noun phrase: ``a leading Leave campaigner``, ``the popular Word
software``, ``a thinner Surface laptop`` (reviews of 1 December), ``a new Xbox controller``.
Not after a conjunction or a verb (``and Policy chief Takeuchi``,
m_ja_tellerreport_kishida-yamaguchi-diet-end, where a phrase rule wrote the lower-case noun).
MT's stray capitals in such a slot are mostly adjectives (``a Poor stock market``, ``the Economic growth``) or heads with no noun
after them (``a real Concern about``), which stay applied; a noun before a noun is offered, unless
the article writes the word in lower case elsewhere (then its own usage says the common word:
bench.probe cap_after_det lost 5 of 85 BBC repairs without this).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc
from .tagger import all_lemmas

#: the confidence such a capital's lowering is offered at
OFFER = 0.5


@lru_cache(maxsize=8192)
def _noun_not_adjective(word: str) -> bool:
    """A noun English has no adjective of: 'leave', 'surface', 'word', 'warriors'; not 'poor',
    'economic', nor a verb alone ('ensure')."""
    found = all_lemmas(word)
    return bool(found.get("NOUN")) and not found.get("ADJ")


def attributive_confidence(conf: float | None, rule: str, x, doc: Doc, ctx: Context) -> float | None:
    """``conf`` of an ``after_function_word`` lowering, at most :data:`OFFER` where the capital
    qualifies the noun after it."""
    if conf is None or conf <= OFFER or rule != "after_function_word" or not qualifies_noun(x, doc, ctx):
        return conf
    return OFFER


def qualifies_noun(x, doc: Doc, ctx: Context) -> bool:
    """Does the capitalised word of the slot ``x`` (:class:`cleanup.casing._Slot`) qualify the
    lower-case noun right after it ('a leading Leave campaigner')?  The noun must follow at once
    (no comma or stop between)."""
    word, nxt = x.word, x.nxt
    end = x.pos + len(word)
    if not nxt or doc.text[end:end + 1 + len(nxt)] != " " + nxt or not nxt.isalpha():
        return False
    if doc.case.lows[word.lower()]:
        return False  # the article writes the word in lower case elsewhere: its own usage says a common word
    if not _opens_noun_phrase(x.prev):
        return False  # 'and Policy chief', 'inspect Ensure that', 'the Government officials': no adjective before it
    if nxt in ctx.words("words.function_words") or nxt in ctx.words("words.closed_class") \
            or nxt in ctx.words("casing.attributive_not_heads"):
        return False
    if (lexicon.capital_ratio(nxt) or 0.0) >= 0.5 or not all_lemmas(nxt).get("NOUN"):
        return False  # the next word a name, or no noun: 'a real Concern about'
    if re.match(r"[’']s\b", doc.text[end + 1 + len(nxt):end + 3 + len(nxt)]):
        return False
    return _noun_not_adjective(word.lower())


def _opens_noun_phrase(prev: str) -> bool:
    """An adjective (a participle in -ing too: 'a leading') right before the capital.  Not a
    determiner nor a preposition: MT's stray capitals stand right after one ('the Security
    forces', 'of Climate change'; bench.probe cap_after_det lost 5 of 85 BBC repairs, cap_after_prep
    3 of 109 CNN ones; so 'a step up to Test rugby', 'with Down syndrome' stay lowered)."""
    found = all_lemmas(prev)
    return bool(found.get("ADJ")) or prev.endswith("ing") and bool(found.get("VERB"))
