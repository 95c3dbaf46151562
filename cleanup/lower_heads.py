"""A name's first word left in lower case before its capitalised head: ``near square güven
Park`` -> ``Güven Park``, ``of rahnam News Agency`` -> ``Rahnam``, ``the Office of debao County``.

Machine translation from a language without case (Chinese, Persian) or with letters it
mishandles (Turkish ``ğ``, ``ü``) sometimes leaves the proper part of a name in lower case
while the head noun (Park, County, Agency) keeps its capital.  English writes such a name in
title case throughout; a lower-case word right before a capitalised head is a common word
('the national Park' does not occur in news either way, 'a theme Park' is a stray capital on
the head, not a name), so the word must be one English does not know:

- no dictionary word, no inflection of one (``using``, ``died``: the lexicon's dictionary
  lists no inflections, so lemminflect is asked whether it is a verb form), seldom met in
  English text (wordfreq), and never written in lower case by native news (case prior);
- not a name particle (``de``, ``van``: casing.name_particles), a function word, nor inside an
  address or handle.

A short word before a head an acronym names (``soas University``, ``hsbc Bank``: casing.acronym_heads)
may be an acronym MT lower-cased, whose title case (``Soas``) is no better: written in capitals
elsewhere in the article it takes them, otherwise its title case is only offered (reviews of
1 December: 'soas University' made 'Soas' where the editor wrote 'SOAS').

The head lists are data (``casing.lower_name_heads`` with ``casing.institution_heads``).
"""

from __future__ import annotations

import re

from . import lexicon, tagger
from .doc import Context, Doc
from .edits import Change

RULE = "casing.lower_name_before_head"
#: a lower-case word (accents allowed) and the capitalised word right after it, perhaps a possessive
_LOWER_THEN_HEAD = re.compile(r"(?<![\w’'.@/#:&-])([^\W\dA-Z_]{3,}+) ([A-Z][a-z]+)(?=[’']s\b|(?![\w’'-]))")
#: the confidence a short word's title case is offered at before a head an acronym names
_OFFER = 0.5
#: how often English may meet the word (Zipf) and still be read as a name's lost capital
_RARE = 2.5


def unknown_word(word: str, function_words: frozenset[str]) -> bool:
    """Is the lower-case word one English does not know ('güven', 'rahnam', 'debao'), so
    that a capital after it cannot be a stray one on a common phrase?

    >>> unknown_word("rahnam", frozenset())
    True
    >>> unknown_word("using", frozenset())
    False
    """
    if not word.islower() or word in function_words:
        return False
    if lexicon.is_common_word(word) or lexicon.zipf(word) >= _RARE or tagger.could_be_verb(word):
        return False
    return lexicon.case_counts(word)[1] == 0  # native news never writes it in lower case


def lower_names_before_heads(doc: Doc, ctx: Context) -> list[Change]:
    """The first letter of each unknown lower-case word standing right before a capitalised
    head of a place's or an institution's name, in the body."""
    heads = ctx.words("casing.lower_name_heads") | ctx.words("casing.institution_heads")
    function_words = ctx.words("words.function_words") | ctx.words("casing.name_particles")
    text = doc.text
    out: list[Change] = []
    for s, e in doc.body:
        for m in _LOWER_THEN_HEAD.finditer(text, s, e):
            word, head = m.group(1), m.group(2)
            if head not in heads or not unknown_word(word, function_words):
                continue
            ch = _acronym_change(m, text, ctx) or ctx.change(m.start(1), m.start(1) + 1, word[0].upper(), RULE)
            if ch:
                out.append(ch)
    return out


def _acronym_change(m: re.Match, text: str, ctx: Context) -> Change | None:
    """The change for a short word before a head an acronym names: the capitals the article
    writes elsewhere ('SOAS'), or its title case offered; None for any other word or head."""
    word, head = m.group(1), m.group(2)
    longest = max((int(n) for n in ctx.words("casing.acronym_heads_max_letters")), default=0)
    if len(word) > longest or head not in ctx.words("casing.acronym_heads"):
        return None
    if re.search(r"(?<![\w’'-])" + re.escape(word.upper()) + r"(?![\w-])", text):
        return ctx.change(m.start(1), m.end(1), word.upper(), RULE)
    return ctx.change(m.start(1), m.start(1) + 1, word[0].upper(), RULE, confidence=_OFFER)
