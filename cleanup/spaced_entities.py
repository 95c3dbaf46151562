"""HTML entities that machine translation broke up with spaces: ``for & # 39; am Amsterdam & # 39;
at``, ``isn& # 39; t``, ``a & quot; special case & quot;``.

A page sent to MT with its entities still encoded (``&#39;``) comes back with the entity cut into
tokens, a space on each side of ``#`` and the number; ftfy (``normalize.mojibake``) reads only
the whole entity, so the broken one stays.  The mark goes back, and the spaces MT left beside it
go with it: a quotation mark pairs with the next one in its paragraph (the first opens, its space
after it goes; the second closes, its space before it goes), and an apostrophe glued to a letter
before a contraction's or a possessive's tail loses the space after it (``isn't``, ``app's``;
the right single quote, ``& # 8217;``, as well), and one between a plural noun and a lower-case word
with no quotation open is the plural's possessive (``Residents' homes``), not a quotation's start.
Clean copy has no entity with a space inside it: the shape is the tokeniser's alone."""

from __future__ import annotations

import html
import re

from .doc import Context, Doc
from .edits import Change

RULE = "normalize.spaced_entity"
# '& # 39;', '& #39 ;', '&# 39;', '& quot;': at least one space inside (a whole entity is ftfy's)
_ENTITY = re.compile(r"&(?: ?# ?(\d{2,5}) ?| ?(quot|apos|amp|lt|gt|bull|nbsp) ?);")
_QUOTES = frozenset("'\"")
# a contraction's or a possessive's tail after an apostrophe glued to its word ('isn& # 39; t')
_TAIL = re.compile(r" (?:s|t|re|ve|ll|d|m)\b")


def _mark(m: re.Match) -> str | None:
    """The character the broken entity stands for, or None for no printable one."""
    if m.group(1):
        n = int(m.group(1))
        if n < 32 or n > 0x10FFFF or 127 <= n < 160:
            return None
        return chr(n)
    return " " if m.group(2) == "nbsp" else html.unescape(f"&{m.group(2)};")


def _contraction(text: str, m: re.Match, mark: str) -> bool:
    """An apostrophe after a letter, glued or a space apart, and a contraction's or possessive's
    tail after it ('isn& # 39; t', 'app& # 39; s', 'The band & # 39; s new album': no quotation
    mark, which would pair with the real ones after it; review24)."""
    before = text[max(0, m.start() - 2):m.start()]
    return (mark in "'’" and (before[-1:].isalpha() or (before[:1].isalpha() and before[1:] == " "))
            and _TAIL.match(text, m.end()) is not None)


def _span(text: str, m: re.Match, mark: str, role: str) -> tuple[int, int]:
    """The span to replace: the entity, with the space MT left on the side of its words.
    ``role``: 'open', 'close', 'tail' (a contraction), 'possessive' ('Tales & # 39; theorem'),
    or '' (the mark alone)."""
    s, e = m.start(), m.end()
    if role == "tail" and s >= 1 and text[s - 1] == " ":
        return s - 1, e + 1  # 'band & # 39; s' -> "band's"
    if role == "tail" or (role == "open" and text[e:e + 1] == " " and text[e + 1:e + 2].isalnum()):
        return s, e + 1
    if role in ("close", "possessive") and s >= 2 and text[s - 1] == " " and text[s - 2] not in " \n":
        return s - 1, e
    return s, e


def _plural_possessive(text: str, m: re.Match, plain: frozenset[str]) -> bool:
    """An apostrophe between a plural noun and a lower-case word, spaces on both sides, with no
    quotation open ('Residents & # 39; homes were flooded'): no quotation mark opens there, but a
    word ending in s that is a verb or a function word may open one ('says & # 39; no')."""
    word = re.search(r"([A-Za-z]+) $", text[max(0, m.start() - 40):m.start()])
    return (word is not None and word.group(1).endswith("s") and word.group(1).lower() not in plain
            and re.match(r" [a-z]", text[m.end():m.end() + 2]) is not None)


def _roles(text: str, found: list[tuple[re.Match, str]], plain: frozenset[str]) -> list[str]:
    """The role of each broken entity: a quotation mark pairs with the next one of its kind in its
    paragraph; an apostrophe after a plural with a space before it is its possessive, when no
    quotation is open or none pairs with it.  ``plain``: words ending in s that are no plural."""
    roles = [""] * len(found)
    waiting: dict[tuple[int, str], int] = {}  # (paragraph start, mark) -> index of the open one
    for i, (m, mark) in enumerate(found):
        if _contraction(text, m, mark):
            roles[i] = "tail"  # "app& # 8217; s": the right single quote as an apostrophe too
            continue
        if mark not in _QUOTES:
            continue
        key = (text.rfind("\n", 0, m.start()) + 1, mark)
        if key in waiting:
            roles[waiting.pop(key)], roles[i] = "open", "close"
        elif mark == "'" and _plural_possessive(text, m, plain):
            roles[i] = "possessive"  # 'Residents & # 39; homes'
        elif not (m.start() and text[m.start() - 1].isalnum()):
            waiting[key] = i  # glued to a word before it, no mark opens ('users& # 39; addresses')
    for i in waiting.values():
        m, mark = found[i]
        if mark == "'" and text[max(0, m.start() - 2):m.start()] == "s " and text[m.end():m.end() + 1] == " ":
            roles[i] = "possessive"
    return roles


def fix_spaced_entities(doc: Doc, ctx: Context) -> list[Change]:
    """``& # 39; am Amsterdam & # 39;`` -> ``'am Amsterdam'`` (see the module's docstring)."""
    text = doc.text
    if ctx.rule(RULE) is None or "&" not in text:
        return []
    found = [(m, mark) for m in _ENTITY.finditer(text) if " " in m.group() and (mark := _mark(m)) is not None]
    plain = ctx.words("words.closed_class", "words.speech_verbs", "words.be_forms", "words.have_finite")
    out: list[Change] = []
    for (m, mark), role in zip(found, _roles(text, found, plain)):
        s, e = _span(text, m, mark, role)
        if (ch := ctx.change(s, e, mark, RULE)):
            out.append(ch)
    return out
