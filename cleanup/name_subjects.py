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

from . import honorifics, lexicon, lost_stops, lower_names, name_slots, speaker_subjects, tagger
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
    ``to grant Yukos bankruptcy``; ``Mr Garnier said`` ... ``said Mr Garnier``)?  Or is the run a
    person's full name by itself (:func:`_full_name`)?"""
    return name in subjects or mid_capitals(text)[name.split()[-1]] >= 2 or _full_name(name)


def _full_name(name: str) -> bool:
    """A given name Faker lists that news capitalises nine times in ten, then one or two capitalised
    words that are no common word or one news capitalises nine times in ten (``Robert Redford``,
    ``Tony Blair``; not ``Will Power``, ``Chris Evans Show``, ``Chris Street``): a person named in full at first mention, whom
    the article need not name again (probe stop_name, tuning BBC: ``whose films are involved
    Robert Redford founded``, ``no prize for star Imelda Staunton Kate Winslet also lost``)."""
    words = [w for w in name.split() if honorifics.bare(w) not in honorifics.words()]
    return (2 <= len(words) <= 3 and lower_names.given_name(words[0])
            and all(not lexicon.is_common_word(w.lower()) or (lexicon.capital_ratio(w) or 0.0) >= 0.9 for w in words[1:]))


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


_RUN_BEFORE = re.compile(rf"(?<![\w’'-])([a-z]+) ((?:{_CAP} ){{0,2}}{_CAP})\Z")


def _name_before_name(near: str, name: str, ctx: Context) -> bool:
    """Does a name end the clause before ``name``: a person's full name after a lower-case word
    (``also stars Paul Giamatti Virginia Madsen was``, ``taken by Andy Hazell Chris Jones will``),
    or a place after a preposition (``in Madrid Sotherton finished``, ``in Birmingham Ms Bennett
    said``)?  Then ``name``, a person named in full or a name the article writes elsewhere, opens
    the next sentence: native news puts a comma or 'and' between two names (probe stop_name,
    tuning BBC: also ``for Jurgen Melzer Olivier Rochus beat``, ``to Liverpool Anelka previously played``)."""
    run = _RUN_BEFORE.search(near)
    if not run:
        return False
    words, roles = run.group(2).split(), ctx.words("segment.name_roles")
    if any(w.lower() in roles or honorifics.bare(w) in honorifics.words() and i for i, w in enumerate(words)):
        return False  # 'Labour MP', 'Wembley chairman Claes Hultman': a title, not a person's name
    if len(words) == 1 and run.group(1) in ctx.words("segment.place_prepositions") and lexicon.is_place(words[0]):
        return honorifics.bare(name.split()[0]) not in honorifics.words() or len(name.split()) > 1
    person = " ".join(words)
    return _full_name(person) and (_full_name(name) or honorifics.bare(name.split()[0]) in honorifics.words())


def _inner_runs(text: str, m: re.Match) -> list[re.Match]:
    """The shorter runs inside the run at ``m`` that start at one of its later words (``Paul Giamatti
    Virginia Madsen was``: ``Virginia Madsen``; ``Madrid Sotherton finished``: ``Sotherton``)."""
    out = []
    at = m.start(2)
    while (at := text.find(" ", at + 1, m.end(2))) > 0:
        inner = _name().match(text, at)
        if inner and inner.end(2) == m.end(2):
            out.append(inner)
    return out


def recurring_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """The names in ``doc.text[s:e]`` that open another sentence of the document and here follow
    a complete clause with their finite verb after them (see the module docstring); or, after a
    name that ends that clause, a person named in full (:func:`_name_before_name`)."""
    text = doc.text
    out: list[re.Match] = []
    subjects = sentence_subjects(text)
    for m in _name().finditer(text, s, e):
        if _opens_sentence(doc, m, s, e, ctx, subjects, False):
            out.append(m)
            continue
        inner = _inner_runs(text, m)
        out += [run for run in inner[:1] if _opens_sentence(doc, run, s, e, ctx, subjects, True)] or next(
            ([run] for run in inner if _after_speaker(text, run, s, e, ctx, subjects)), [])
    return out


#: a quotation closed by its mark, its attribution's verb and the speaker (``...," said Mr Hellewell``)
_SPEAKER_BEFORE = re.compile(rf"[,?!][”\"] (?:[a-z]+ )?([a-z]+) ((?:{_CAP} ){{0,2}}{_CAP})\Z")


def _after_speaker(text: str, m: re.Match, s: int, e: int, ctx: Context, subjects: frozenset[str]) -> bool:
    """A name the article writes elsewhere and its finite verb right after the speaker of a
    quotation's attribution (``a good place to do it," said Mr Hellewell Evans has taken``, ``the
    best on this stuff," said McEnroe Roddick was left``; probe stop_name, tuning BBC): the
    attribution ends its sentence, and native news writes nothing but a comma after the speaker."""
    near = text[max(s, m.start() - 80):m.start()]
    speaker = _SPEAKER_BEFORE.search(near)
    if (not speaker or speaker.group(1) not in ctx.words("words.speech_verbs") - ctx.words("segment.addressee_verbs")
            or len(said := [w for w in speaker.group(2).split() if honorifics.bare(w) not in honorifics.words()]) > 1
            and lower_names.given_name(said[-1])
            or all(honorifics.bare(w) in honorifics.words() for w in speaker.group(2).split())):
        return False  # '," said Mr Evans': the honorific and the name are one speaker
    if _subject_first(text, m.group(2), ctx, subjects) is None:
        return False
    tagged = tagger.tags("it" + _REST_END.split(text[m.end(2):min(e, m.end(2) + 60)], maxsplit=1)[0])
    k = 2 if len(tagged) > 2 and tagged[1][1] == "RB" else 1
    return len(tagged) > k + 1 and tagged[k][1] in tagger.FINITE  # no relative's gap to read: the speaker ends a sentence


def _subject_first(text: str, name: str, ctx: Context, subjects: frozenset[str]) -> str | None:
    """The first word of ``name`` past its honorifics ('Mr. Murray': 'Murray') if the run may be a
    sentence's subject: a name the article knows, not a sentence opener, a time word or a function word."""
    first = next((w for w in name.split() if honorifics.bare(w) not in honorifics.words()), name)
    if (not _known_name(text, name, subjects) or first in ctx.words("segment.sentence_openers")
            or first.lower() in ctx.words("segment.attribution_time_words", "words.function_words")):
        return None
    return first


def _opens_sentence(doc: Doc, m: re.Match, s: int, e: int, ctx: Context, subjects: frozenset[str], inner: bool) -> bool:
    """Does the name at ``m`` open a sentence (:func:`recurring_subjects`); ``inner``: a run after a
    capitalised word, read only after a name that ends the clause before it."""
    text, name = doc.text, m.group(2)
    first = _subject_first(text, name, ctx, subjects)
    if first is None:
        return False
    near = text[max(s, m.start() - 60):m.start()]
    last = near.rsplit(" ", 1)[-1]
    if inner != (not last[:1].islower()) or inner and not _name_before_name(near, name, ctx):
        return False  # 'The History Boys' Samuel': a title's word
    if inner and 2 <= text.count(f"{last} {first}") >= text.count(first):
        return False  # 'in Porto Alegre are', 'at Pearl Harbor will': the article writes the two as one name
    if (last.endswith("ing") or last.lower() in ctx.words("segment.name_roles") or lost_stops.RELATIVE_NEAR.search(near)
            or lost_stops.object_slot(near, ctx) and not _phrase_between(near, ctx)):
        return False  # 'meaning Camara will': a verb's clause
    # the tagger's tests after the cheap test of the words before: most names follow a verb that takes them
    if name_slots.inside_phrase(near):
        return False
    rest = _REST_END.split(text[m.end(2):min(e, m.end(2) + 60)], maxsplit=1)[0]
    return _finite_next(rest, ctx) and lost_stops.opens_after_clause(doc, m, s, ctx, name_end=inner)


def name_candidates(doc: Doc, s: int, e: int, ctx: Context) -> list[tuple[re.Match, str]]:
    """The boundary stage's candidates of a name's subject read on the document's own evidence
    the speaker's colon or the name's title, with their kind ('recurring_name', 'speaker', 'titled')."""
    return ([(m, "recurring_name") for m in recurring_subjects(doc, s, e, ctx)]
            + [(m, "speaker") for m in speaker_subjects.colon_speakers(doc, s, e, ctx)]
            + [(m, "titled") for m in speaker_subjects.titled_subjects(doc, s, e, ctx)])
