"""A longer subject after a lost full stop, read for :func:`cleanup.boundary_shapes.capital_kind`:
a capitalised dictionary word heads a noun phrase of a few words (its nouns, or its ``of``,
``in`` or ``for`` phrase) and the finite verb follows (``for the month Consumer confidence
figures are considered``, ``the survey found Employment in manufacturing also fell``,
``take place Arbitration of the lawsuit could``).  :func:`boundary_shapes.subject_and_verb`
reads the short shape (a plural head, its verb next); this one the phrase, whose head native
news all but never capitalises (a name in title case goes on in capitals: ``the Consumer
Price Index rose``)."""

from __future__ import annotations

from functools import lru_cache

from . import tagger
from .lexicon import capital_ratio, is_common_word
from .rules import load_rules

#: tags inside the subject's noun phrase: nouns and adjectives, a preposition of its phrase and the determiner after it
_PHRASE = frozenset({"NN", "NNS", "JJ", "DT", "PRP$", "CD"})
#: the most a word that heads such a subject may be capitalised in native news (``Consumer``, ``Employment``:
#: in names such as ``Consumer Price Index``, which go on in capitals)
_MOST = 0.2


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The finite forms of 'be' and the small words inside a subject's phrase (``words.be_finite``,
    ``segment.subject_phrase_links``), read once from the shipped rules: the callers pass no rule set."""
    rules = load_rules()
    return rules.words("words.be_finite"), rules.words("segment.subject_phrase_links")


def _verb_at(tagged: list[tuple[str, str]], i: int) -> bool:
    """A finite verb at ``i``, perhaps after an adverb (``Employment in manufacturing also fell``)."""
    if i < len(tagged) and tagged[i][1] == "RB":
        i += 1
    return i < len(tagged) and tagged[i][1] in tagger.FINITE


def long_subject(text: str, start: int, end: int, before: list[str], clause_words: frozenset[str] | set[str]) -> bool:
    """Does the capitalised word ``text[start:end]`` head a subject of two to six words whose
    finite verb follows?  ``before``: the up to three words before it (no verb of saying or
    clause-taking word among them, no verb, adjective, number or determiner last: the
    capital would be the object or a modifier, ``the study found Students``, ``three saudi
    Soldiers``)."""
    word = text[start:end]
    lw = word.lower()
    if not word[1:].islower() or not is_common_word(lw) or (capital_ratio(word) or 1.0) > _MOST:
        return False
    if any(w.lower().strip(",") in clause_words for w in before):
        return False
    held = tagger.tags(" ".join(before)) if before else ()
    be, links = _words()
    progressive = held and held[-1][1] == "VBG" and any(w.lower() in be for w in before[:-1])  # 'are still rising'
    if not held or held[-1][1][:2] in ("VB", "JJ", "CD", "DT", "IN", "MD", "TO", "CC") and not progressive:
        return False
    tagged = list(tagger.tags(" ".join(before + [lw]) + text[end:end + 60])[len(held):])
    if len(tagged) < 3 or tagged[0][1] not in ("NN", "NNS", "JJ"):
        return False
    i, nouns = 1, tagged[0][1] != "JJ"
    while i < min(len(tagged), 7):
        w, t = tagged[i]
        if t in ("NN", "NNS") or t == "VBG" and i == 1:  # 'Consumer borrowing rose'
            nouns = True
        elif not (t in _PHRASE or w.lower() in links):
            break
        i += 1
    return nouns and i >= 2 and _verb_at(tagged, i) and tagged[i - 1][1] in ("NN", "NNS", "VBG")
