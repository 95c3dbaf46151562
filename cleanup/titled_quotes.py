"""A person's name in quotation marks right after their title: ``US President “Donald Trump”``,
``Mr. “Mnuchin”``, ``Jakarta Governor "Basuki Tjahaja Purnama"`` (``document.titled_quoted_name``).

Arabic, Persian and Indonesian news mark the names they introduce with quotation marks, and MT
keeps them.  English quotes a nickname or the title of a work, never the name a title introduces:
in 3,225 BBC and CNN/DM articles no title is followed by a quoted capitalised word at all.  What
stays: a nickname inside a full name (``President "Bongbong" Marcos``, ``General "Mad Dog" Mattis``:
a capitalised word follows the mark) and words English has (``Captain "Fantastic"``, the title of
a work), unless the article quotes the same word as the surname of a longer quoted name after a
title (``President “Donald Trump”`` ... ``President “Trump”``).  A comma or stop MT left inside
the marks (``President “Vladimir Putin.”``) stays where the name ends."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc
from .edits import Change, disjoint
from .rules import RuleSet

_PAIRS = {"“": "”", '"': '"', "‘": "’"}
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
# a name of one to four capitalised words, Arabic and Dutch particles between them ('Adnan al-Asadi')
_NAME = rf"{_CAP}(?: (?:(?:al|el|bin|ibn|abu|van|von|de|da|di|du|la|le)[ -])?{_CAP}){{0,3}}"


@lru_cache(maxsize=8)
def _titled_quote(rules: RuleSet) -> re.Pattern:
    """A title (``President``, ``Mr.``, ``Secretary of State``), a space, then a quoted name; group 1
    the opening mark, 2 the name, 3 a comma or stop inside the marks, 4 the closing mark."""
    titles = rules.alternation("document.person_titles") + "|" + rules.alternation("casing.appositive_titles")
    return re.compile(rf"\b(?:{titles})\.?(?: (?:of|for)(?: the)? [A-Z][a-z]+(?: [A-Z][a-z]+)?)?,? "
                      rf"([“\"‘])({_NAME})([,.]?)([”\"’])(?![\w’'-])")


def _common(name: str) -> bool:
    """Every word of the quoted name is an English word (a work's or a nickname's title)."""
    return all(lexicon.is_common_word(w) for w in re.split(r"[ -]", name) if w[:1].isupper())


def unquote_titled_names(doc: Doc, ctx: Context) -> list[Change]:
    """``President “Donald Trump”, appreciating`` -> ``President Donald Trump, appreciating``."""
    text = doc.text
    if ctx.rule("document.titled_quoted_name") is None or not any(q in text for q in '"“‘'):
        return []
    found = []
    for m in _titled_quote(ctx.rules).finditer(text):
        if _PAIRS[m.group(1)] != m.group(4):
            continue
        if not m.group(3) and re.match(r" [A-ZÀ-Þ]", text[m.end():m.end() + 2]):
            continue  # 'President "Bongbong" Marcos': a nickname inside the full name
        found.append(m)
    # the surnames of the longer names quoted after a title: 'President “Trump”' after '“Donald Trump”'
    surnames = {m.group(2).split()[-1] for m in found if " " in m.group(2) and not _common(m.group(2))}
    out: list[Change] = []
    for m in found:
        if _common(m.group(2)) and m.group(2) not in surnames:
            continue
        ch = ctx.change(m.start(1), m.end(), m.group(2) + m.group(3), "document.titled_quoted_name")
        if ch:
            out.append(ch)
    return disjoint(out)
