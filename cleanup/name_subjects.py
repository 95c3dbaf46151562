"""A stop lost before a name that the document itself opens other sentences with, read for the
boundary stage (:mod:`cleanup.segment`, ``segment.lost_boundary.recurring_name``).

``...to settle the charges Monsanto said it accepted full responsibility``: native news writes a
name with its verb in mid-sentence after a title (``chairman Martin Broughton said``), a verb
that takes a clause (``said Yukos was``) or in a relative clause without 'that' (``the first
time Microsoft has launched``).  Each of those is left by the tests :mod:`cleanup.lost_stops`
applies to a name; what this shape adds is the document's own evidence: the same name opens
another sentence of the article, followed by a lower-case word (``Monsanto said...``,
``Mr Lamberty explained...``), so the article writes it as a sentence's subject, or its last word
stands capitalised in mid-sentence elsewhere (``to grant Yukos bankruptcy``, ``met Mr Prescott``), so
its capital here is a name's, not a sentence start by itself (probe stop_name, tuning BBC: ``natural
causes Davis made his acting debut``, ``a 23 March walkout Mr Prescott held``), and the test
of the verb after it may be looser (a past tense the tagger reads as a base form, ``Toyota put
its rise``; a verb with no object, ``Kirin declined``), though a verb whose object is missing
right after a noun still reads as a relative clause (``the loans Rosneft received last year``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import honorifics, lost_stops, name_slots, speaker_subjects, tagger
from .doc import Context, Doc

_CAP = rf"[{honorifics.UPPER}][a-z][\w’'-]*"


@lru_cache(maxsize=1)
def _run() -> str:
    """A name, one to three capitalised words perhaps after an honorific (``Mr. Hague``), then a lower-case word."""
    return rf"((?:{honorifics.pattern()} )?{_CAP}(?: {_CAP}){{0,2}})(?= [a-z])"


@lru_cache(maxsize=1)
def _name() -> re.Pattern:
    """A name after a lower-case word."""
    return re.compile(r"( )(?<=[a-z%] )" + _run())


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    """A name opening a sentence or a paragraph, then a lower-case word (the stop before it is matched, not
    looked behind for: the engine then tries two tests at each offset, not three look-behinds)."""
    return re.compile(r"(?:^|[.!?][\"”’]? )[\"“]?" + _run(), re.MULTILINE)


_OBJECT_START = frozenset({"DT", "PRP", "PRP$", "CD", "JJ", "NNS"})
#: where the words after a name stop being read: a stop, a colon, a bracket or a quotation
_REST_END = re.compile(r"[;:.!?(\"“]")


@lru_cache(maxsize=1)
def _mid_cap() -> re.Pattern:
    """A capitalised word after a word, a comma or an honorific's stop (``Mr. Prescott``), not after
    a sentence's stop, a colon or a quote: written so in mid-sentence (a name, not a sentence's start).
    The capital is tested first: the look-behinds run only before one (a sixth of the time of the scan)."""
    return re.compile(rf"(?=[{honorifics.UPPER}][a-z])(?:(?<=[\w,] )|{honorifics.after_stop()})([{honorifics.UPPER}][a-z][\w-]*)")


@lru_cache(maxsize=16)
def mid_capitals(text: str) -> Counter:
    """How often ``text`` writes each capitalised word in mid-sentence."""
    return Counter(m.group(1) for m in _mid_cap().finditer(text))


def _known_name(text: str, name: str, subjects: frozenset[str]) -> bool:
    """Does the article write ``name`` as a name elsewhere: the run opens another sentence, or its
    last word stands capitalised in mid-sentence at least once besides here (``Yukos is suing`` ...
    ``to grant Yukos bankruptcy``; ``Mr Garnier said`` ... ``said Mr Garnier``)?"""
    return name in subjects or mid_capitals(text)[name.split()[-1]] >= 2


@lru_cache(maxsize=16)
def sentence_subjects(text: str) -> frozenset[str]:
    """The capitalised runs that open a sentence of ``text`` before a lower-case word (a str
    caches its hash, so the cache costs one pass per text)."""
    return frozenset(m.group(1) for m in _opening().finditer(text))


def _finite_next(rest: str, ctx: Context) -> bool:
    """Is the word after the name its finite verb, read after a pronoun (``it put its rise``),
    without the object gap of a relative clause (``the loans Rosneft received last year``)?"""
    tagged = tagger.tags("it" + rest)
    k = 2 if len(tagged) > 2 and tagged[1][1] == "RB" else 1
    if len(tagged) <= k:
        return False
    # a past tense the tagger reads as a base form or participle has its object next ('put its rise')
    misread = tagged[k][1] in ("VB", "VBN") and len(tagged) > k + 1 and tagged[k + 1][1] in _OBJECT_START
    return (tagged[k][1] in tagger.FINITE or misread) and lost_stops.verb_gap(rest, ctx) is not True


def _phrase_between(near: str, ctx: Context) -> bool:
    """``an unjustifiable and barbaric punishment Widodo should``: between the last word that could
    open the name's clause and the name, a noun phrase of two or more words ending on a common noun
    (no role word, no verb): the phrase, not the name, would be that clause's subject or object,
    so the name, which the article writes as a subject elsewhere, opens a sentence of its own."""
    words = [w.strip(",").lower() for w in near.split()]
    links = ctx.words("segment.name_clause_links")
    at = max((i for i, w in enumerate(words) if w in links), default=-1)
    piece = words[at + 1:]
    if at < 0 or len(piece) < 2 or piece[-1] in ctx.words("segment.name_roles"):
        return False
    if any(w in ctx.words("words.clause_taking", "words.speech_verbs") for w in piece):
        return False
    tagged = tagger.tags(" ".join(piece))
    return (bool(tagged) and tagged[-1][1] in ("NN", "NNS") and tagged[0][1] in ("DT", "JJ", "CD", "PRP$", "NN", "NNS")
            and not any(t.startswith("VB") or t == "MD" for _, t in tagged))


def recurring_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """The names in ``doc.text[s:e]`` that open another sentence of the document and here follow
    a complete clause with their finite verb after them (see the module docstring)."""
    text = doc.text
    out: list[re.Match] = []
    subjects: frozenset[str] | None = None
    openers, calendar = ctx.words("segment.sentence_openers"), ctx.words("segment.attribution_time_words")
    roles, function_words = ctx.words("segment.name_roles"), ctx.words("words.function_words")
    for m in _name().finditer(text, s, e):
        subjects = sentence_subjects(text) if subjects is None else subjects
        name = m.group(2)
        first = next((w for w in name.split() if honorifics.bare(w) not in honorifics.words()), name)  # 'Mr. Murray': 'Murray'
        if not _known_name(text, name, subjects) or first in openers or first.lower() in calendar or first.lower() in function_words:
            continue
        near = text[max(s, m.start() - 60):m.start()]
        last = near.rsplit(" ", 1)[-1]
        if (not last[:1].islower() or last.endswith("ing") or last.lower() in roles
                or lost_stops.RELATIVE_NEAR.search(near) or lost_stops.object_slot(near, ctx) and not _phrase_between(near, ctx)):
            continue  # 'The History Boys' Samuel', 'meaning Camara will': a title's word, a verb's clause
        # the tagger's tests after the cheap test of the words before: most names follow a verb that takes them
        if name_slots.inside_phrase(near):
            continue
        rest = _REST_END.split(text[m.end(2):min(e, m.end(2) + 60)], maxsplit=1)[0]
        if _finite_next(rest, ctx) and lost_stops.opens_after_clause(doc, m, s, ctx):
            out.append(m)
    return out


def name_candidates(doc: Doc, s: int, e: int, ctx: Context) -> list[tuple[re.Match, str]]:
    """The boundary stage's candidates of a name's subject read on the document's own evidence
    the speaker's colon or the name's title, with their kind ('recurring_name', 'speaker', 'titled')."""
    return ([(m, "recurring_name") for m in recurring_subjects(doc, s, e, ctx)]
            + [(m, "speaker") for m in speaker_subjects.colon_speakers(doc, s, e, ctx)]
            + [(m, "titled") for m in speaker_subjects.titled_subjects(doc, s, e, ctx)])
