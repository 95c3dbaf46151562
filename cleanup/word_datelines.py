"""A dateline whose place is an English word (``Palm – The senior agent of the Ministry...``,
``WALL – BEST chairman Meral Akchener...``): the slot before the dash at a paragraph's start
holds the name of the agency or the site that wrote the story, and machine translation rendered
that name as the word it means (Arabic al-Nakheel, 'the palm'; Turkish Duvar, 'the wall').

A dateline names a place (``JAKARTA –``, ``Prague –``, a city the gazetteer knows or a name no
dictionary holds); a word English uses every day that is no place (``Palm``, ``Wall``) in that
slot is a source's name translated, and it goes with its dash.  Signals that must agree: the
paragraph's start, one word then a spaced dash, a word frequent in English and no place, a
clause after the dash (six words or more with a finite verb: not a list's ``Animation - Brush
Head``), no month or weekday (``January – The government announced ...`` is a timeline's), and
no other paragraph opening so (two are a timeline, a diary, a review's ``Verdict - ``, a
preview's ``Arsenal - ``: a dateline is one per story).  Offered only in copy with no mark of
MT (``Verdict - The film is a triumph``).
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .fragments import main_clauses
from .lexicon import is_place, zipf
from .page_edges import LINE_WORD
from .tagger import has_finite_verb

RULE = "boilerplate.word_dateline"
_SLOT = re.compile(r"[ \t]*([A-Z][a-z]+|[A-Z]{2,})[ \t]+[–—-][ \t]+(?=[A-Z“\"])")
_COMMON = 3.5  # Zipf frequency of an everyday English word ('palm' 4.2, 'wall' 5.0; 'Karabuk' 0)


def word_datelines(doc: Doc, ctx: Context) -> list[Change]:
    """Take away a dateline that is an everyday English word and no place, with its dash."""
    if ctx.rule(RULE) is None:
        return []
    text = doc.text
    slots = [m for s, e in doc.body if (m := _SLOT.match(text, s, e))]
    if len(slots) != 1:
        return []  # a dateline is one per story; two such openings are a timeline, a diary, a preview
    calendar = ctx.words("boilerplate.calendar_months", "boilerplate.calendar_weekdays")
    out: list[Change] = []
    for m in slots:
        word = m.group(1)
        if zipf(word.lower()) < _COMMON or is_place(word.title()) or word.lower() in calendar:
            continue
        clause = text[m.end():doc.sentence_at(m.end())[1]]
        if len(LINE_WORD.findall(clause)) < 6 or not has_finite_verb(clause):
            continue
        if ch := ctx.change(m.start(1), m.end(), "", RULE):
            out.append(ch)
    return out


STOP_RULE = "boilerplate.stop_dateline"
# a dateline closed with a full stop, the place last: 'Patna. ', 'Bihar: Patna. ', 'Warsaw, Bielany. ',
# 'Swapnil Gaurkhede-Raipur. ' (a reporter's name and the place, as Hindi papers print it)
_STOPPED = re.compile(r"[ \t]*(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}(?:[:,] ?|-))?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\.[ \t]+(?=[A-Z“\"])")


def stopped_datelines(doc: Doc, ctx: Context) -> list[Change]:
    """``Bihar: Patna. RJD leader ... said``: a dateline closed with a stop (Hindi prints its
    dateline so, 'पटना।'; Polish 'Warszawa, Bielany.') at the start of one of the body's first two
    paragraphs: a place the gazetteer knows, alone or after a state, a city or a reporter's name,
    then a stop and a clause.  English seldom opens its lede with a place as a sentence of its
    own; the dateline goes.  In copy with no mark of MT a feature may ('Baghdad. The bombs fell
    ...'): only the dateline with a prefix is offered there."""
    if ctx.rule(STOP_RULE) is None:
        return []
    text = doc.text
    out: list[Change] = []
    for s, e in doc.body[:2]:
        m = _STOPPED.match(text, s, e)
        if not m or not is_place(m.group(1)) or not (ctx.mt_like or text[s:m.start(1)].strip()):
            continue  # a feature's lede may open on a place as a sentence ('Baghdad. The bombs fell ...')
        clause = text[m.end():doc.sentence_at(m.end())[1]]
        if len(LINE_WORD.findall(clause)) < 6 or not (has_finite_verb(clause) or main_clauses(clause)):
            continue  # the tagger reads 'Sarma reached Chhattisgarh' as a participle
        if ch := ctx.change(s, m.end(), "", STOP_RULE):
            out.append(ch)
    return out


# a city's name run into the first words of its paragraph: 'Baghdad The Ministry of Health announced',
# 'Baqubah Two civilians were injured'; not a city before a year, an event's name ('Paris 2024 organisers')
GLUED_RULE = "boilerplate.glued_dateline"
_GLUED_DATELINE = re.compile(r"([A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?)(,? )(?=The [A-Z][\w-]+ [\w-]+|"
                             r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|(?!(?:1[89]|20)\d\d\b)\d+) [a-z]+ )")
_RARE = 2.0  # Zipf frequency under which a capitalised word is no English word ('Baquba' 1.4, 'Karbala' 2.5)


def glued_datelines(doc: Doc, ctx: Context) -> list[Change]:
    """``Baghdad The Ministry of Health announced``, ``Bangkok, The Meteorological Department
    reveals``: an agency's dateline run into its paragraph's first sentence, the separator (a
    dash, a line break) lost.  The city is one the gazetteer knows, and the sentence after it
    stands on its own; English news never opens a paragraph with a city and 'The'.  A roundup of
    an agency's items has one per item: where two paragraphs open on a known city so, a third
    opening on a name no dictionary holds ('Baquba', a spelling the gazetteer lacks) is one too."""
    text = doc.text
    found: list[tuple[re.Match, bool]] = []
    for s, e in doc.body if ctx.mt_like else ():  # in native copy 'Paris The Musical opens' is a title
        m = _GLUED_DATELINE.match(text, s, e)
        if not m or m.group(1).endswith("ing"):
            continue  # 'Reading The Times': a verb
        # the sentence's subject is the phrase after the city ('The Ministry of Health announced'),
        # not 'The Times on the train, he saw'
        clause = re.split(r"[,;:]", text[m.end():min(doc.sentence_at(m.end())[1], m.end() + 300)])[0]
        if main_clauses(clause):
            found.append((m, is_place(m.group(1))))
    roundup = sum(known for _, known in found) >= 2
    out: list[Change] = []
    for m, known in found:
        city = m.group(1)
        if not known and not (roundup and " " not in city and zipf(city.lower()) < _RARE):
            continue
        if ch := ctx.change(m.start(), m.end(), "", GLUED_RULE):
            out.append(ch)
    return out
