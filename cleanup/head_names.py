"""A two-word name with its first word left in lower case before the capitalised second: ``the
European indoor Championships``, ``the foreign Office``, ``north Korea's``.

The mirror of :mod:`cleanup.pair_names` (``the White house``): machine translation, or a name
rendered word by word, lowers a name's first word that is also an English word and keeps the
head's capital.  Native news tells the pair: before the second word, capitalised in
mid-sentence, it capitalises the first at every use (``rules/name_heads.tsv``, counts from the
tuning halves of the native corpora less the articles ``bench.probe`` reads; misses of its
``lower_common`` kind on BBC tuning articles 029politics 'The foreign Office', 060sport 'the
European indoor Championships', 193tech 'the consumer Electronics Association'; real MT
dev:ru_rusreality_afu-shelled-donetsk-center 'the defense Ministry of the DPR').

Applied where the article itself writes the pair capitalised elsewhere, or where native news writes
it capitalised ``SURE_CAPS`` times or more and no 'of' follows; offered otherwise
(in copy with no mark of MT only pairs counted ``SURE_CAPS`` times or more: :mod:`cleanup.pair_names`).  A pair native news mostly writes
inside a longer name needs a capitalised word before it here too (``the European indoor
Championships``, not ``the indoor Championships``).  No first word news writes in lower case
before names now and then (``a new England shirt``: left out of the table).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc, mid_sentence
from .edits import Change
from .pair_names import SURE_CAPS

RULE = "document.name_head_case"
_PAIR = re.compile(r"(?<![\w’'.@/#&-])([a-z]{2,}+) ([A-Z][a-z]+)(?![\w@/#-]|[’'][a-rt-z])")
_QUOTES = frozenset("\"“‘'")
_PREV = re.compile(r"([A-Za-z][\w’'-]*) $")


@lru_cache(maxsize=1)
def name_heads() -> dict[tuple[str, str], tuple[int, int]]:
    """(first, Second) -> (times native news capitalises the first word before the second, of
    those the times after another capitalised word)."""
    return {(a, b): (int(c), int(i)) for a, b, c, i in lexicon.shipped_table("name_heads.tsv")}


def _inner_alone(text: str, m: re.Match, inner: int, caps: int) -> bool:
    """A pair native news mostly writes inside a longer name (``Charleston Police Department``)
    with no capitalised word before it here: ``the indoor Championships`` is prose (the table counts
    the pair's uses after a capitalised word: ``European Indoor Championships``)."""
    if 2 * inner < caps:
        return False
    prev = _PREV.search(text, max(0, m.start(1) - 30), m.start(1))
    return not (prev and prev.group(1)[0].isupper() and mid_sentence(text, prev.start(1)))


_CAPS_PAIR = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


def capitalised_pairs(text: str) -> set[tuple[str, str]]:
    """The pairs of capitalised words the text writes, (first in lower case, Second): counted once per
    document, not once per match (a scan per match was quadratic on long MT copy)."""
    return {(m.group(1).lower(), m.group(2)) for m in _CAPS_PAIR.finditer(text)}


def head_confidence(text: str, written: set[tuple[str, str]], m: re.Match, caps: int) -> float:
    """0.8 where the article writes the pair with both capitals elsewhere, or where native news writes
    it capitalised ``SURE_CAPS`` times or more and no 'of' follows; 0.5 (offered) otherwise.  Before
    'of' the first word is often a modifier of a longer name (``the state Department of
    Transportation``, ``Texas state Department of Public Safety`` of US copy: review31a)."""
    if (m.group(1), m.group(2)) in written:
        return 0.8
    if caps >= SURE_CAPS and not text.startswith(" of ", m.end(2)):
        return 0.8
    return 0.5


def name_head_case(doc: Doc, ctx: Context) -> list[Change]:
    """``the foreign Office`` -> ``the Foreign Office``: the first word of a two-word name native
    news always capitalises, left in lower case before its capitalised second word."""
    text = doc.text
    table = name_heads()
    out: list[Change] = []
    written: set[tuple[str, str]] | None = None
    for s, e in doc.body:
        for m in _PAIR.finditer(text, s, e):
            caps, inner = table.get((m.group(1), m.group(2)), (0, 0))
            if not caps or _inner_alone(text, m, inner, caps) or not mid_sentence(text, m.start(1)) or text[m.start(1) - 1:m.start(1)] in _QUOTES \
                    or (caps < SURE_CAPS and not ctx.mt_like):
                continue  # in copy with no mark of MT only the pairs news is surest of are offered
            written = capitalised_pairs(text) if written is None else written
            ch = ctx.change(m.start(1), m.start(1) + 1, m.group(1)[0].upper(), RULE,
                            confidence=head_confidence(text, written, m, caps))
            if ch:
                out.append(ch)
    return out
