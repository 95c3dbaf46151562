"""Evidence about a capital in mid-sentence that :mod:`cleanup.casing` reads (kept apart: casing
is near its size limit).

- Is the capital inside a longer name, after a capitalised word and a small word (``the
  Department of Trade``, ``the Court of Appeal``)?  Not when that capitalised word opens the
  sentence as a function word (``One of the Main factors``, ``Alongside the Growing
  sophistication``) nor when it is a name native news always capitalises followed by a
  preposition other than ``of`` and ``the`` (``in Europe for the Lack of orders``): a name seldom goes on
  through ``for the`` or ``in the`` after a place.
- Is the capital an adjective before a lower-case noun (``a Poor stock market performance``)?  A
  one-word name before a noun is a noun itself (``the Test match``, ``a Lego set``).
- May a capitalised common word be a place?  Not after an article or a possessive when native
  news writes the word in lower case 99 times in 100 (``with the Same appearance``, ``their
  Vote``), or when the article writes it in lower case elsewhere (``a Man who`` beside ``the
  man``): a town called Same, Deal or Man takes no article.
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon, tagger
from .doc import Doc

#: a capitalised word and a small word (perhaps 'the') right before the capital
_NAME_BEHIND = re.compile(r"([A-Z][\w’'-]*) (of|and|for|on|in|at|to|the|de|la|du|del|von|van|&)( the)?$")
_PLACE_LINKS = frozenset({"for", "on", "in", "at", "to"})


def name_behind(x: Any, doc: Doc) -> bool:
    """Does the capital at ``x`` (casing's slot) go on a name that a capitalised word and a small
    word before it began?"""
    m = _NAME_BEHIND.search(x.before)
    if not m:
        return False
    cap = m.group(1)
    start = x.pos - 1 - len(x.before) + m.start(1)  # the slot's words before end one space before the capital
    if not doc.mid_sentence(start) and cap.lower() in doc.rules.words("words.closed_class") | doc.rules.words(
            "words.function_words") | doc.rules.words("casing.sentence_opening_words"):
        return False  # "One of the Main factors", "Alongside the Growing": the sentence's first word
    ratio = lexicon.capital_ratio(cap)
    # "in Europe for the Lack": not "Napster to Go", "Secretary of State for the Environment"
    return not (m.group(2) in _PLACE_LINKS and m.group(3) and ratio is not None and ratio >= 0.95
                and doc.mid_sentence(start))


#: determiners after which a word news all but never capitalises is no place's name
_ARTICLES = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your"})


def place_excluded(x: Any, word: str, ratio: float, doc: Doc | None = None) -> bool:
    """A place's name that is also a word, which a determiner before it shows to be the word
    (``the Same appearance``, ``his Opportunity``; English towns in -ing are left: ``their
    Reading base``); a word native news capitalises more often also when the article writes it
    in lower case elsewhere and capitalises it nowhere else (``stabbing a Man who`` beside ``the
    man``: towns called Man or Best take no article)."""
    if x.comma or x.prev not in _ARTICLES or word.endswith("ing"):
        return False
    return ratio <= 0.01 or doc is not None and x.prev_low and doc.case.lows[word.lower()] > 0 and (
        doc.capitals[word] <= 1)  # not after a sentence's first word: '"The Best of the Stan Freberg Shows"'


def modifier_of_noun(x: Any, doc: Doc) -> bool:
    """Is the capitalised word, read in lower case in its sentence, an adjective before a lower-case
    noun ('a Poor stock market performance', 'a Late challenge')?  A one-word name before a noun is
    a noun itself ('the Tablet computers', 'a Lego set', 'the Test match'), a name's adjective goes
    on in capitals ('the Royal Mail')."""
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + x.word.lower() + " " + x.nxt)
    return (len(tagged) >= 2 and tagged[-2][0] == x.word.lower() and tagged[-2][1] in ("JJ", "JJR", "JJS")
            and tagged[-1][1] in ("NN", "NNS"))
