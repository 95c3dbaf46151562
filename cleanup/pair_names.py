"""A two-word name with its second word left in lower case: ``the White house``, ``the
Liberal democrats``, ``Prime minister Li``.

Machine translation from a language that capitalises only a name's first word (Russian ``Белый
дом``, Swedish ``Kristdemokraterna`` rendered ``Christian democrats``, Turkish, Persian) writes
the English name the same way.  Native news tells the pair: after the first word, capitalised in
mid-sentence, it capitalises the second at every use (``rules/name_pairs.tsv``, counts from the
tuning halves of the native corpora).  The first word must stand capitalised in mid-sentence
here too (a sentence's first word proves nothing); the second word must end the name or be
followed by lower-case prose, not a hyphen or an apostrophe (``White house-style``).

Applied where native news writes the pair capitalised ``SURE_CAPS`` times or more, or the
article itself writes it capitalised elsewhere; offered below that (the table is small: a pair
seen five times may be a house style, ``European parliament``).  In copy with no mark of MT
only the pairs seen ``SURE_CAPS`` times are offered; not where a second name shares the head
noun (``the European indoor and World outdoor championships``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc, mid_sentence
from .edits import Change

RULE = "document.name_pair_case"
#: native uses above which the pair alone decides
SURE_CAPS = 10
_PAIR = re.compile(r"([A-Z](?<![\w’'.@/#-][A-Z])[a-z]+) ([a-z]{2,})(?![\w@/#-]|[’'][a-rt-z])")
_QUOTES = frozenset("\"“‘'")
#: a second name sharing the pair's head noun: 'the European indoor and World outdoor championships'
_SHARED_HEAD = re.compile(r" (?:and|or) [A-Z][a-z]+ [a-z]")


@lru_cache(maxsize=1)
def name_pairs() -> dict[tuple[str, str], int]:
    """(First, second) -> times native news capitalises the second word after the first."""
    return {(a, b): int(c) for a, b, c in lexicon.shipped_table("name_pairs.tsv")}


def pair_confidence(text: str, m: re.Match, caps: int) -> float:
    """0.8 where native news writes the pair capitalised ``SURE_CAPS`` times or more or the
    article writes it with both capitals elsewhere, 0.5 (offered) otherwise."""
    first, second = m.group(1), m.group(2)
    if caps >= SURE_CAPS or f"{first} {second[0].upper()}{second[1:]}" in text:
        return 0.8
    return 0.5


def name_pair_case(doc: Doc, ctx: Context) -> list[Change]:
    """``the White house`` -> ``the White House``: the second word of a two-word name native
    news always capitalises, left in lower case after its capitalised first word."""
    text = doc.text
    table = name_pairs()
    out: list[Change] = []
    for s, e in doc.body:
        for m in _PAIR.finditer(text, s, e):
            caps = table.get((m.group(1), m.group(2)))
            if caps is None or not mid_sentence(text, m.start(1)) or text[m.start(1) - 1:m.start(1)] in _QUOTES \
                    or (caps < SURE_CAPS and not ctx.mt_like) or _SHARED_HEAD.match(text, m.end()):
                continue  # in copy with no mark of MT only the pairs news is surest of are offered
            ch = ctx.change(m.start(2), m.start(2) + 1, m.group(2)[0].upper(), RULE,
                            confidence=pair_confidence(text, m, caps))
            if ch:
                out.append(ch)
    return out
