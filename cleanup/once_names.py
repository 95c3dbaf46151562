"""A name written once, in lower case, with nothing else in the article to read it from:
``said Geoffrey durso``, ``ronan O'Gara``, offered: ``the only detroit based automaker``.

The other tests of the proper-noun stage read the article (the word capitalised elsewhere,
the run of capitals around it) or need native news to have capitalised the word twenty times.
A name the article writes once has only the word itself and its neighbours, so two signals must
agree, each measured on native news (the tuning halves; ``bench/case_prior.py``):

- news capitalised the word twice or more in mid-sentence and never wrote it in lower case
  (``rules/case_prior.tsv``), and it stands beside a capitalised word that is a name itself
  (no English word, or one news capitalises nine times in ten; not a day, month or
  nationality): ``ronan O'Gara``, ``Guy mansfield QC``.  Without such a neighbour it is only offered:
  on clean news such words are also ``gridlock``, ``bluetooth``, ``hunter`` now and then;
- or no dictionary lists the word, English seldom writes it (Zipf below 3), it is not shaped
  like an English word (``-ing``, ``-ers``...) nor made of two English words (``boatlift``),
  and it stands right after a given name in mid-sentence (``Geoffrey durso``, ``Laurie
  metcalf``): a surname; not after a given name that is also a place (``the Jordan kibbutz``,
  ``a Victoria headscarf``);
- or, the same rare word, spelt with letters more like a name's than an English word's
  (``rules/name_shape.tsv``, built from Faker's names and the dictionary by
  ``bench/name_shape.py``: ``guangxi``, ``takenaka``; not ``carmaker``), right before a
  capitalised name and after no capital: ``“Xu xx, guangxi Baise Debao``.  After a capital such a
  word is a noun the name modifies (``Google toolbar``, ``the Duran Duran oeuvre``) or a particle
  (``Transatlantico alla Camera``).

Never a function word, a title, a name particle, a word in a contraction or after a quotation mark.
"""

from __future__ import annotations

import re

from . import lexicon
from .doc import mid_sentence
from .lower_names import given_name

#: the capitalised word right before (not inside a hyphenated or dotted word)
_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*) $")
#: the capitalised word right after
_AFTER = re.compile(r" ([A-Z][\w’'-]*)")
_POSSESSIVE = re.compile(r"[’']s?$")
_CONTRACTION = re.compile(r"[’'][a-rt-z]")
_QUOTES = frozenset("\"“‘'")
#: English seldom writes a surname: Zipf frequency below this
_RARE = 3.0
#: an everyday English word: Zipf frequency this high or more ("boat", "lift"; not "naka")
_EVERYDAY = 4.0
#: letters more like a name's than an English word's (``lexicon.name_shape``; 'takenaka' 1.1, 'toolbar' 0.65)
_NAME_SHAPED = 0.8


def _name_word(word: str, always_capital: frozenset[str]) -> bool:
    """Is the capitalised word a name itself: no English word, or one native news capitalises
    nine times in ten; not a day, month or nationality ('British', 'Monday'); initials count."""
    word = _POSSESSIVE.sub("", word)
    low = word.lower()
    if len(word) < 2 or low in always_capital:
        return False
    if word.isupper():
        return True  # 'QC', 'NBC'
    ratio = lexicon.capital_ratio(low)
    return not lexicon.is_common_word(low) or (ratio is not None and ratio >= 0.9)


_LONGEST_COMPOUND = 40  # two everyday words together ('telecommunicationsinfrastructure' is 32)


def _compound(word: str) -> bool:
    """Two everyday English words of four letters or more run together ('boatlift', 'gridlock'): English.
    A word longer than two everyday words can be is none (and its splits are not read: each is a copy
    of the word, so a 200 KB token would cost its length squared)."""
    if len(word) > _LONGEST_COMPOUND:
        return False
    parts = ((word[:i], word[i:]) for i in range(4, len(word) - 3))
    return any(all(lexicon.is_common_word(p) and lexicon.zipf(p) >= _EVERYDAY for p in pair) for pair in parts)


def once_name(text: str, start: int, end: int, words: tuple[frozenset[str], ...]) -> float | None:
    """Confidence that the lower-case word text[start:end], written once, is a name, or None.
    ``words``: function words, titles in lower case, name particles and the words always
    capitalised (days, months, nationalities; lower case)."""
    w = text[start:end]
    function_words, titles, particles, always_capital = words
    if len(w) < 4 or lexicon.is_common_word(w) or w in function_words or w in titles or w in particles \
            or w in always_capital or _CONTRACTION.match(text, end) or text[start - 1:start] in _QUOTES:
        return None
    before = _BEFORE.search(text, max(0, start - 40), start)
    after = _AFTER.match(text, end)
    prev = before.group(1) if before and mid_sentence(text, before.start(1)) else None
    caps_news, lows_news = lexicon.case_counts(w)
    if caps_news >= 2 and not lows_news:
        beside = prev and _name_word(prev, always_capital) or after and _name_word(after.group(1), always_capital)
        return 0.8 if beside else 0.6
    if caps_news or lows_news or lexicon.zipf(w) >= _RARE or lexicon.english_ending(w) or _compound(w):
        return None
    if prev and given_name(prev) and prev.lower() not in always_capital and not lexicon.is_place(prev):
        return 0.8  # not after a place ('the Jordan kibbutz', 'a Victoria headscarf'): a name modifies a noun
    if before or lexicon.name_shape(w) < _NAME_SHAPED:
        # after a capital the word is a noun a name modifies ('Google toolbar', 'the Duran Duran oeuvre'),
        # or a particle between two capitals ('Transatlantico alla Camera'); or it is spelt like a word
        return None
    return 0.8 if after and _name_word(after.group(1), always_capital) else None
