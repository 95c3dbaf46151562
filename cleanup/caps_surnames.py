"""A surname in capitals after its given name: ``Sergeant Oğuzhan ARDUÇ could not be saved``,
``Corporal Mustafa Can AKDOĞAN was injured`` -> ``Arduç``, ``Akdoğan``.

Turkish official statements (the Interior Ministry's, quoted by the Turkish press) write a
person's surname in capitals; machine translation carries the capitals into English prose,
where news writes the surname in mixed case.  An acronym looks the same (``the SMURD
helicopter``, ``Yazidis ISIS released``), so the word must read as a surname:

- five letters or more (four-letter capitals with two vowels are as often acronyms: ``NASA``,
  ``UKIP``, ``OPEC``, ``UEFA``), two vowels or more, no Roman numeral, no English word;
- right after a given name: one Faker lists (folded: ``Turgut``, ``Mustafa Can``) or a word
  spelt like a name (``rules/name_shape.tsv``) that no dictionary lists and is no place;
- never standing alone in the article (an acronym recurs without a name before it);
- followed by prose (a lower-case word, a capitalised word, a comma or a stop), not by more
  capitals (a shout, a masthead).

Applied after a given name Faker lists, offered after a word only spelt like one; in copy with
no mark of MT only offered.  ``I`` is lowered to ``ı`` only where the word has a Turkish-only
capital or the page writes ``İ`` (:func:`turkish_capitals`), not for a Turkish source alone.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc
from .edits import Change

RULE = "document.caps_surname"
_UP = "A-ZÀ-ÖØ-ÞĀ-Žİ"
_LOW = "a-zà-öø-ÿā-žı"
#: a capitalised word, then a word in capitals followed by prose
_CAPS_AFTER_NAME = re.compile(
    rf"(?<![\w’'-])(?:([{_UP}][{_LOW}]+) )?([{_UP}][{_LOW}]+) ([{_UP}]{{5,}})"
    rf"(?=[,.;:)]|\s+[{_LOW}]+\b|\s+[{_UP}][{_LOW}]+\b|\s*$)")
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÜİĀĂĄĒĔĖĘĚĪĬĮŌŎŐŪŬŮŰŲ]")
_ROMAN = re.compile(r"[IVXLCDM]+")
_NAME_BEFORE = re.compile(rf"([{_UP}][{_LOW}]+) $")
_TURKISH = frozenset("ĞŞİÇÖÜ")
#: any word of five capitals or more, standing as a word
_CAPS_WORD = re.compile(rf"[{_UP}](?<![\w’'-][{_UP}])[{_UP}]{{4,}}(?![\w’'-])")  # its look-behind after the first capital
#: name_shape above which a word no dictionary lists reads as a name ('Oğuzhan' 1.7, 'Gendarmerie' 0.6)
NAME_SHAPE = 1.0


@lru_cache(maxsize=1)
def folded_given_names() -> frozenset[str]:
    """Faker's given names in every locale, accents folded ('Oğuz' -> 'Oguz'): a translated page
    keeps the accents a list may or may not have."""
    import faker.providers.person as person

    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
            values = provider.__dict__.get(attr)
            if isinstance(values, tuple | list | dict | set | frozenset):
                names.update(lexicon.unaccented(v) for v in values if isinstance(v, str) and v.replace("-", "").isalpha())
    return frozenset(names)


def name_evidence(before: str | None, given: str) -> float | None:
    """0.8 when ``given`` (or ``before given``, 'Mustafa Can') is a given name Faker lists, 0.5
    when it is only spelt like a name, None when it is a word, a place or neither."""
    listed = folded_given_names()
    if lexicon.is_place(given):
        return None
    if lexicon.is_common_word(given.lower()):  # 'Can' alone is a word; after 'Mustafa' a given name
        return 0.8 if before and given in listed and lexicon.unaccented(before) in listed else None
    if lexicon.unaccented(given) in listed:
        return 0.8
    return 0.5 if lexicon.name_shape(lexicon.unaccented(given)) >= NAME_SHAPE else None


def surname_shape(word: str) -> bool:
    """Five letters or more in capitals, two vowels, no Roman numeral, no English word."""
    return len(_VOWEL.findall(word)) >= 2 and not _ROMAN.fullmatch(word) and not lexicon.is_common_word(word.lower())


def mixed_case(word: str, turkish: bool) -> str:
    """'ARDUÇ' -> 'Arduç', 'DİKEN' -> 'Diken'; with Turkish letters 'KILIÇ' -> 'Kılıç'."""
    rest = "".join("i" if c == "İ" else "ı" if c == "I" and turkish else c.lower() for c in word[1:])
    return word[0] + rest


def standing_alone(text: str) -> frozenset[str]:
    """Words in capitals (five letters or more) that stand somewhere in the text without a name
    before them (an acronym: 'ISIS released', 'The SMURD helicopter'): no capitalised word, or one
    that is an English word and no given name.  One scan of the text for every word, so a long
    page with many surnames costs time in proportion to its length."""
    alone: set[str] = set()
    named: dict[str, bool] = {}  # the word before -> does it read as a name
    for m in _CAPS_WORD.finditer(text):
        word = m.group()
        if word in alone:
            continue
        before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            alone.add(word)
            continue
        prev = before.group(1)
        if prev not in named:
            named[prev] = not lexicon.is_common_word(prev.lower()) or lexicon.unaccented(prev) in folded_given_names()
        if not named[prev]:
            alone.add(word)
    return frozenset(alone)


def turkish_capitals(word: str, page_dotted: bool) -> bool:
    """Is a capital ``I`` in the word Turkish dotless ``ı``: the word has a capital only Turkish
    writes (``KILIÇ``), or the page writes the dotted capital ``İ`` somewhere (``page_dotted``),
    so an undotted one is meant.  A Turkish source alone is no evidence: its pages quote 'Jose MOURINHO', 'Tim
    DAVIE', and MT copy often drops the dot ('DEMIRBAY' for 'DEMİRBAY' -> 'Demirbay')."""
    return page_dotted or any(c in _TURKISH for c in word)


def caps_surnames(doc: Doc, ctx: Context) -> list[Change]:
    """``Oğuzhan ARDUÇ could`` -> ``Oğuzhan Arduç could``: a surname left in capitals after its
    given name in prose."""
    text = doc.text
    out: list[Change] = []
    alone: frozenset[str] | None = None  # scanned once, at the first candidate
    dotted = "İ" in text
    for s, e in doc.body:
        for m in _CAPS_AFTER_NAME.finditer(text, s, e):
            word = m.group(3)
            if not surname_shape(word):
                continue
            conf = name_evidence(m.group(1), m.group(2))
            if conf is None:
                continue
            if alone is None:
                alone = standing_alone(text)
            if word in alone:
                continue
            ch = ctx.change(m.start(3) + 1, m.end(3), mixed_case(word, turkish_capitals(word, dotted))[1:], RULE,
                            confidence=conf)
            if ch:
                out.append(ch)
    return out
