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
no mark of MT only offered.  Turkish letters (or a Turkish source) lower ``I`` to ``ı``.
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


def stands_alone(text: str, word: str) -> bool:
    """Does the word stand anywhere in the text without a name before it (an acronym: 'ISIS
    released', 'The SMURD helicopter'): no capitalised word, or one that is an English word
    and no given name?"""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not before or (lexicon.is_common_word(before.group(1).lower())
                          and lexicon.unaccented(before.group(1)) not in folded_given_names()):
            return True
    return False


def caps_surnames(doc: Doc, ctx: Context) -> list[Change]:
    """``Oğuzhan ARDUÇ could`` -> ``Oğuzhan Arduç could``: a surname left in capitals after its
    given name in prose."""
    text = doc.text
    out: list[Change] = []
    seen: dict[str, bool] = {}
    for s, e in doc.body:
        for m in _CAPS_AFTER_NAME.finditer(text, s, e):
            word = m.group(3)
            if not surname_shape(word):
                continue
            conf = name_evidence(m.group(1), m.group(2))
            if conf is None:
                continue
            if word not in seen:
                seen[word] = stands_alone(text, word)
            if seen[word]:
                continue
            turkish = ctx.language == "tr" or any(c in _TURKISH for c in word + m.group(2))
            ch = ctx.change(m.start(3) + 1, m.end(3), mixed_case(word, turkish)[1:], RULE, confidence=conf)
            if ch:
                out.append(ch)
    return out
