"""A sentence that lost its capital and opens on a phrase closed by a comma, read for the
stage that reads a stop before a lower-case word (:mod:`cleanup.segment`,
``segment.lost_capital.opener``): ``...when seeking votes. back then, he held up``, ``...a
CNN investigation found. as a result of the report, TSA Secretary Jeh Johnson announced``,
``...the body. each week, about 23% of adults take``.

A stop put inside a sentence lands before any lower-case word; the word after it opens a
phrase of time, manner or cause and a comma closes it only when a sentence begins there: the
phrase opens on a preposition, an adverb, a subordinator, a gerund or a quantifier (not on a
noun, nor on a determiner, which would open a subject's appositive: ``the roof, officials
said,``), holds no finite verb of its own (a subordinator's clause may: ``while we can rebuild
Nepal after this tragedy, it will``) and a subject and its finite verb follow the comma.  A
conjunction (``. but in November, a judge ruled``) is left to the join: our injector's stops
put before ``and`` and ``but`` are as often followed by such a phrase.
"""

from __future__ import annotations

import re

from . import tagger

#: the phrase, one to eight words up to its comma, then the words after it
_PHRASE = re.compile(r"([a-z][\w’'-]*(?: [\w’'$%.-]+){0,7}?), ([^,;:]{3,120})")
_OPENING_TAGS = frozenset({"IN", "RB", "TO", "WRB", "VBG", "CD"})
_SUBJECT = frozenset({"PRP", "DT", "NNP", "NNPS", "NN", "NNS", "CD", "PRP$", "EX", "JJ"})


def phrase_then_clause(text: str, at: int, subordinators: frozenset[str] | set[str],
                       quantifiers: frozenset[str] | set[str], coordinators: frozenset[str] | set[str]) -> bool:
    """Does the lower-case word at ``at`` (after a stop) open a phrase closed by a comma, then a
    subject and its finite verb (see the module docstring)?  ``subordinators`` may open a phrase
    with a verb of its own (``while we can``), ``quantifiers`` one the tagger reads as a noun
    phrase (``each week``, ``last year``); none opens on one of ``coordinators`` (``and``, ``or``)."""
    m = _PHRASE.match(text, at, min(len(text), at + 240))
    if not m:
        return False
    phrase, after = m.group(1), m.group(2)
    first = phrase.split(" ", 1)[0]
    if first in coordinators:
        return False
    tagged = tagger.tags(phrase)
    if not tagged or tagged[0][1] not in _OPENING_TAGS and first not in quantifiers:
        return False
    if first not in subordinators and any(t in tagger.FINITE or t == "VB" for _, t in tagged):
        return False  # 'back then the firm said, ...', 'does. not go ahead, ...': a clause or its verb, not a phrase
    clause = tagger.tags(after)[:8]
    if len(clause) < 2 or clause[0][1] not in _SUBJECT:
        return False
    return tagger.has_clause(" ".join(w for w, _ in clause))  # 'he held/VBN up': a subject and a verb form
