"""A capitalised noun before a lower-case noun it qualifies: a name used attributively.

``casing.stray_capital.after_function_word`` lowers a common word capitalised after a function
word or an adjective, where native news writes it in lower case.  Native copy capitalises a
noun that names a campaign, a product, a competition or a team before the noun it qualifies:
``a leading Leave campaigner``, ``the popular Word software``, ``a thinner Surface laptop``
(reviews of 1 December), ``a step up to Test rugby`` (bbc/sport/385, 387), ``with Down
syndrome`` (cnn6), ``the Warriors chief`` (bbc/sport/399).  MT's stray capitals in such a slot
are mostly adjectives (``a Poor stock market``, ``the Economic growth``) or heads with no noun
after them (``a real Concern about``), which stay applied; a noun before a noun is offered.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc

#: the confidence such a capital's lowering is offered at
OFFER = 0.5


@lru_cache(maxsize=1)
def _lemmas():
    from lemminflect import getAllLemmas  # its tables ship in the wheel: nothing downloads

    return getAllLemmas


@lru_cache(maxsize=8192)
def _noun_not_adjective(word: str) -> bool:
    """A noun (or a verb's base form) English has no adjective of: 'leave', 'surface', 'word',
    'test', 'warriors'; not 'poor', 'economic'."""
    found = _lemmas()(word)
    return bool(found.get("NOUN") or found.get("VERB")) and not found.get("ADJ")


def qualifies_noun(x, doc: Doc, ctx: Context) -> bool:
    """Does the capitalised word of the slot ``x`` (:class:`cleanup.casing._Slot`) qualify the
    lower-case noun right after it ('a leading Leave campaigner')?  The noun must follow at once
    (no comma or stop between)."""
    word, nxt = x.word, x.nxt
    end = x.pos + len(word)
    if not nxt or doc.text[end:end + 1 + len(nxt)] != " " + nxt or not nxt.isalpha():
        return False
    if nxt in ctx.words("words.function_words") or nxt in ctx.words("casing.attributive_not_heads"):
        return False
    if (lexicon.capital_ratio(nxt) or 0.0) >= 0.5 or not _lemmas()(nxt).get("NOUN"):
        return False  # the next word a name, or no noun: 'a real Concern about'
    if re.match(r"[’']s\b", doc.text[end + 1 + len(nxt):end + 3 + len(nxt)]):
        return False
    return _noun_not_adjective(word.lower())
