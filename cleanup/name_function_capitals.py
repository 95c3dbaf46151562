"""A function word capitalised right after a name: ``Reliance Has agreed``, ``Claire's Stores
Also suffered``, ``Douglas With eight minutes``.

MT carries a capital over from the name before it onto the next word (second injector,
``bench.probe --kind cap_after_other``; real MT: ``in Houston Was closed`` in the dev set).
The risk is a name or a title that holds the word (``Doctors Without Borders``, ``Gone With the
Wind``, ``Tom And Jerry``): those go on in capitals, and the article writes the same capitalised
run again.  So the word counts as governing what follows only when both the article's own
evidence and the word after it agree; :mod:`casing` then applies capitals that native news
capitalises in under one use in 200 and offers the rest.
"""

from __future__ import annotations

import re
from typing import Any

from .doc import Context, Doc


def owns_verb(x: Any, ctx: Context) -> bool:
    """Is the capital a finite be/have or an adverb that stands before a verb ('Reliance Has
    agreed', 'Stores Also suffered')?  Then a verb after it is its own, not the sign that the
    capital ends a name ('Samira Said contributed')."""
    return x.word.lower() in ctx.words("words.be_finite", "words.have_finite", "segment.pre_verb_adverbs")


def governs(x: Any, doc: Doc, ctx: Context) -> bool:
    """Does the capitalised function word after a name govern what follows, with no name going
    on: a finite be/have or a pre-verb adverb before a lower-case word, or a preposition before
    a determiner, a pronoun or a number ('Douglas With eight minutes', 'Nepal From the start');
    and does the article write the name before it elsewhere without it (a name of its own)?"""
    if x.comma or x.title_ahead or x.name_ahead or x.prev_low:
        return False
    lw = x.word.lower()
    if lw in ctx.words("casing.prepositions"):
        if not (x.nxt in ctx.words("casing.object_starters", "segment.number_words") or x.nxt[:1].isdigit()):
            return False
    elif not owns_verb(x, ctx):
        return False
    if re.search(r"\d\s*$", x.before):
        return True  # "15.8 In the Netherlands": a number, no name
    m = re.search(r"([A-Z][\w’'.-]*)\s*$", x.before)
    if m is None:
        return False
    name = m.group(1)
    # one use without the word is enough: the first found, not a count over the whole text
    return re.search(rf"\b{re.escape(name)}\b(?!\s+{re.escape(x.word)}\b)", doc.text) is not None
