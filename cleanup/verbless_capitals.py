"""A subject word capitalised in mid-sentence that the boundary stage left where it was (from
:mod:`cleanup.casing`, which is near its size limit).

``The``, ``Its``, ``Their``, ``This``, ``He`` capitalised after a lower-case word may open a
sentence whose stop was lost (``the dollar The euro rose``): casing leaves that to the boundary
stage, which splits only where a clause stands on both sides.  When the capital is still in
mid-sentence here, the boundary stage found no sentence to open.  If the rest of its sentence has
no finite verb and the word before is a verb, none can open there (``the book has spawned Its
own cottage industry of publications, including ...``): the capital starts the verb's object and is
applied.  After a noun a verbless sentence may follow (``at the moment The sooner the better.``).  With a finite verb
after it (``unless they address The demands and concerns of older people they will``) a lost
stop is still possible, so the lower case is only offered.
"""

from __future__ import annotations

from typing import Any

from . import tagger
from .boundary_shapes import phrase_still_open
from .doc import Context, Doc


def left_by_boundary(x: Any, doc: Doc, ctx: Context) -> tuple[str, float | None] | None:
    """(sub-rule, confidence) for a subject word capitalised after a lower-case word, not after a
    comma or a clause-taking word, that no rule of casing's reads as a stray capital; None when a
    title may go on ('in The Simpsons creator's'): the caller checked the other words around it."""
    if not x.prev_low or x.comma or not x.nxt or x.name_ahead or x.title_ahead:
        return None
    if x.prev in ctx.words("casing.work_nouns") or x.prev in ctx.words("casing.title_small_words"):
        return None  # "the film The ...", "Men of The ...": a title's first word
    subjects = {w.lower() for w in ctx.words("words.subject_pronouns")}
    kind = "pronoun" if x.word.lower() in subjects else "function_word"
    s, e = doc.sentence_at(x.pos)
    rest = doc.text[x.pos + len(x.word):min(e, x.pos + 400)]
    if not tagger.has_finite_verb(rest) and _after_verb(x, doc, s):
        return kind, None  # "has spawned Its own cottage industry": no sentence can open here
    # "address The demands ... they will": a lost stop is possible; after a noun, a verbless sentence
    # may follow ("at the moment The sooner the better."): offered
    return kind, 0.5


def _after_verb(x: Any, doc: Doc, s: int) -> bool:
    """Is the word before the capital a verb, as the tagger reads its sentence ('has spawned Its',
    'studied The piano'), so that the capital starts its object?"""
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + x.word.lower())
    return len(tagged) >= 2 and tagged[-2][1].startswith("VB")


def after_open_phrase(x: Any, doc: Doc, ctx: Context) -> tuple[str, float | None] | None:
    """(sub-rule, confidence) for 'The' or 'This' after a capitalised word that ends a phrase opening
    its sentence with no comma and no verb yet (``according to the newspaper Bild The suspect, a
    forty-year-old``, h3_es_theglobalfrontier): the phrase's subject, in lower case; only offered,
    since a name of several words may go on there.  None elsewhere."""
    if x.comma or not x.nxt or x.word.lower() not in ctx.words("casing.open_phrase_determiners"):
        return None
    s = doc.sentence_start(x.pos)
    if not phrase_still_open(doc.text, s, x.pos):
        return None
    return "function_word", 0.5
