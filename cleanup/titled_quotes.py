"""A person's name in quotation marks right after their title: ``US President “Donald Trump”``,
``Mr. “Mnuchin”``, ``Jakarta Governor "Basuki Tjahaja Purnama"`` (``document.titled_quoted_name``).

Arabic, Persian and Indonesian news mark the names they introduce with quotation marks, and MT
keeps them.  English quotes a nickname or the title of a work, never the name a title introduces:
in 3,225 BBC and CNN/DM articles no title is followed by a quoted capitalised word at all.  What
stays: a nickname inside a full name (``President "Bongbong" Marcos``, ``General "Mad Dog" Mattis``:
a capitalised word follows the mark) and words English has (``Captain "Fantastic"``, the title of
a work), unless the article quotes the same word as the surname of a longer quoted name after a
title (``President “Donald Trump”`` ... ``President “Trump”``).  Nor what a naming or greeting word
gives the person (``called the Senator "Pocahontas"``, ``wished the President "Happy Diwali"``), nor
a one-word name the article never writes as a surname (``President "Bongbong"`` alone).  A comma or stop MT left inside
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
    titles = rules.alternation("document.person_titles") + "|" + rules.alternation("document.titled_quote_titles")
    return re.compile(rf"\b(?:{titles})\.?(?: (?:of|for)(?: the)? [A-Z][a-z]+(?: [A-Z][a-z]+)?)?,? "
                      rf"([“\"‘])({_NAME})([,.]?)([”\"’])(?![\w’'-])")


def _common(name: str) -> bool:
    """Every word of the quoted name is an English word (a work's or a nickname's title)."""
    return all(lexicon.is_common_word(w) for w in re.split(r"[ -]", name) if w[:1].isupper())


def _named_by(text: str, start: int, ctx: Context) -> bool:
    """A naming, greeting or reference word among the six words before the title, in its clause
    ('called the Senator "Pocahontas"', 'known to viewers as Mr "Motivator"'): the quote is a
    nickname, label or greeting given to the person, as native English writes it."""
    before = re.split(r"[.!?;:\n]", text[max(0, start - 120):start])[-1]
    naming = ctx.words("document.titled_quote_naming")
    return any(w.lower() in naming for w in re.findall(r"[\w’'-]+", before)[-6:])


def _written_as_name(word: str, text: str, surnames: set[str]) -> bool:
    """A one-word quoted name is the person's surname elsewhere: quoted after a title in a longer
    name ('President “Donald Trump”' ... 'President “Trump”'), or written without marks after a
    first name ('Stephen Mnuchin' ... 'Mr. “Mnuchin”').  Otherwise it may be a nickname used
    alone ('President "Bongbong"') and keeps its marks."""
    if word in surnames:
        return True
    return bool(re.search(rf"(?<![“\"‘])\b[A-Z][\w’'-]+ {re.escape(word)}\b(?![”\"’\w])", text))


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
        if _named_by(text, m.start(), ctx):
            continue  # 'dubbed the Prime Minister "Mr Fixit"': a nickname given to the person
        found.append(m)
    # the surnames of the longer names quoted after a title: 'President “Trump”' after '“Donald Trump”'
    surnames = {m.group(2).split()[-1] for m in found if " " in m.group(2) and not _common(m.group(2))}
    out: list[Change] = []
    for m in found:
        if _common(m.group(2)) and m.group(2) not in surnames:
            continue
        if " " not in m.group(2) and not _written_as_name(m.group(2), text, surnames):
            continue
        ch = ctx.change(m.start(1), m.end(), m.group(2) + m.group(3), "document.titled_quoted_name")
        if ch:
            out.append(ch)
    return disjoint(out)
