"""The capitalised words the name rules compare (:mod:`cleanup.names`), in the Latin scripts MT
keeps from the source ('Şırnak' beside 'Sirnak', 'Łukasz', 'Nguyễn' beside 'Nguyen'), and a person's
name one letter from a country's (``Danny Jordaan`` beside ``Jordan``, ``Georgiy Gongadze`` beside
``Georgia``): two names, not a slip, when the article writes the person's spelling inside a
person's name and the country's never so (bench/name_inventory.py, keeps)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon

# a capitalised word, letters with diacritics too ("Erdoğan" beside "Erdogan", a pack's known pair); Latin
# Extended-A and Vietnamese lower-case letters share the capitals' ranges, so :func:`names` keeps the capitals
# (and Vietnamese's horned letters, 'Trương': Ơ ơ Ư ư in Latin Extended-B, U+01A0-U+01B0)
_CAPS = "A-Z\u00c0-\u00de\u0100-\u017f\u01a0-\u01b0\u1e00-\u1eff"
NAME = re.compile(rf"([{_CAPS}](?<![\w’'-][{_CAPS}])(?:[a-z\u00df-\u00ff\u0100-\u017f\u01a0-\u01b0\u1e00-\u1eff]){{2,}})(?![\w-])")


def names(text: str) -> Iterator[re.Match]:
    """The capitalised words of :data:`NAME`, not a word a lower-case letter of those ranges opens."""
    return (m for m in NAME.finditer(text) if m.group(1)[0].isupper())


def vietnamese(word: str) -> bool:
    """A letter of Vietnamese's stacked marks ('Nguyễn'): its names' short pieces are English words
    ('Phu', 'Trong' of 'Nguyễn Phú Trọng') the rule leaves, so a change would mend half the name; offered
    (no real text shows MT writing one Vietnamese name both ways yet)."""
    return any("\u1e00" <= c <= "\u1eff" or "\u01a0" <= c <= "\u01b0" for c in word)


#: a capitalised word after a lower-case word: a name written alone in mid-sentence
_ALONE = re.compile(r"(?<![\w’'-])[a-z]++[,;]? ([A-Z][a-z]{2,})(?![\w-])")


def given_names(text: str, firsts: dict[str, set[str]]) -> frozenset[str]:
    """The words written before a capitalised word that stand as given names: before a word English
    does not know ('Danny Jordaan', 'Georgiy Gongadze'), or before a surname the article writes alone
    elsewhere ('Danny Young ... Young said').  Not before an English word only ('Rusia Today', 'Kenia
    Airways': a name of a channel or a firm, where MT's slip for the country stays mended, review33b)."""
    alone = set(_ALONE.findall(text))
    return frozenset(g for surname, gs in firsts.items()
                     if not lexicon.is_common_word(surname) or surname in alone for g in gs)


def person_not_place(rare: str, common: str, firsts: dict[str, set[str]], given: frozenset[str]) -> bool:
    """``rare`` stands in a person's name (after a given name, 'Danny Jordaan', or before a surname,
    'Georgiy Gongadze') and ``common`` is a country or US state the article never writes so ('the King
    of Jordan', 'Georgia's prime minister'): a person, not a slip for the place.  Not any town the
    gazetteer lists: 'Adriano' is one, and 'Carlos Adrino' beside 'Mr Adriano' is MT's slip."""
    if not lexicon.is_country(common) or common in firsts or common in given:
        return False
    return rare in firsts or rare in given
