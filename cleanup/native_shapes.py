"""Shapes of native news that look like lost or stray stops, read by the boundary repairs.

Measured on the clean BBC and CNN/DM articles (``python -m bench.false_edits``), where the
boundary rules changed native copy at these shapes:

- a crosshead in capitals run into its paragraph ('HOW IT ALL STARTED The first Academy
  Awards...', '... on PS2. THE LEGEND OF ZELDA' at a paragraph's end): a heading is no
  sentence that lost its stop;
- a web address after a stop ('... fluid on it. pic.twitter.com/...'): lower case by nature;
- writing in lower case by design ('i wanted the issue to come out and just be. no press. no
  leaks.'): a writer who spells the pronoun 'i' chose lower case; translation never does.
"""

from __future__ import annotations

import re

from . import tagger

#: a word in capitals: two letters or more, no lower-case letter ('ZELDA', 'SOLID:', 'U.S.')
_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9.&'’:-]+")
#: a web address or a handle: 'pic.twitter.com/x', 'www.bbc.co.uk', 'cnn.com'
#: ('gov.pl/budget': any dotted name before a slash, or a country's two-letter ending)
_ADDRESS = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co|uk|gov|edu|ly|io|tv)\b|www\.|https?:"
                      r"|\w+(?:\.\w+)+/|[a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.[a-z]{2}(?=[/:]|[.,;]?$)", re.I)
#: the pronoun 'i' in lower case ("i think", "i'm"): chosen by the writer (a lookbehind, so that it
#: is found at the start of the span searched too)
_LOWER_I = re.compile(r"(?<![^\s(\"“])i(?:['’](?:m|ve|ll|d)\b|\s+([^\W\d_][\w’'-]*))")
#: how far either side of a lower-case word its passage is read (characters)
PASSAGE = 600
#: a sentence that opens with a capital after a stop: the edge of a passage written in lower case
_CAPITAL_START = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]*[A-Z]")
#: how far back a crosshead in capitals is looked for (characters)
HEADING_REACH = 400
#: a title abbreviation before a stop ('Dr. KIM MIN-SOO'): no cut of a crosshead there
_TITLE_STOP = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.$")


def caps_heading_before(text: str, at: int, floor: int, prepositive: frozenset[str] | set[str] = frozenset()) -> bool:
    """Are the words between the last stop (or ``floor``, the paragraph's start) and ``at`` a
    crosshead in capitals: two words or more, every one in capitals ('HOW IT ALL STARTED',
    'METAL GEAR SOLID: SNAKE EATER')?  Not one acronym ('NATO said').  A title's abbreviation
    (``prepositive``: 'by Dr. KIM MIN-SOO') is no stop: the name in capitals is no crosshead."""
    lo = max(floor, at - HEADING_REACH)  # read a bounded stretch: one long paragraph stays linear
    head = text[lo:at]
    cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind("\n"))
    while cut > 0 and head[cut] == "." and _TITLE_STOP.search(head[:cut + 1]) and \
            head[:cut].split()[-1].lower() in prepositive:
        cut = max(head.rfind(". ", 0, cut), head.rfind("? ", 0, cut), head.rfind("! ", 0, cut), head.rfind("\n", 0, cut))
    if cut < 0 and lo > floor:
        return False  # no stop within reach: no crosshead is that long
    words = head[cut + 1:].split()
    return len(words) >= 2 and all(_CAPS_WORD.fullmatch(w.strip("\"“”'‘(),")) for w in words)


def lower_by_design(text: str, word_at: int, floor: int, end: int, case_stripped: bool = False,
                    i_is_a_word: bool = False) -> bool:
    """Is the lower-case word at ``word_at`` after a stop lower case by nature or by the
    writer's choice: a web address, or a passage written in lower case around it (from the last
    sentence that opens with a capital to the next, within ``floor``..``end``) that spells the
    pronoun 'i' in lower case?  Not in an article that lost all its capitals (``case_stripped``):
    there the 'i' lost its capital too; nor when the source language writes 'i' as a word
    (``i_is_a_word``: Polish 'Prawo i Sprawiedliwość', Croatian 'Petrov i Nikola' left untranslated)."""
    token = text[word_at:word_at + 80].split(maxsplit=1)[0] if text[word_at:word_at + 80].strip() else ""
    if _ADDRESS.match(token):
        return True
    if case_stripped or i_is_a_word:
        return False
    start = lo = max(floor, word_at - PASSAGE)  # bounded: a long paragraph is read in linear time
    for m in _CAPITAL_START.finditer(text, lo, word_at):
        start = m.end() - 1
    nxt = _CAPITAL_START.search(text, word_at, min(end, word_at + PASSAGE))
    stop = nxt.start() + 1 if nxt else min(end, word_at + PASSAGE)
    return any(_pronoun_i(text, m, floor) for m in _LOWER_I.finditer(text, start, stop))


def _pronoun_i(text: str, m: re.Match, floor: int) -> bool:
    """Is this lower-case 'i' the pronoun: before 'm/'ve/'ll/'d or a verb ('i wanted', 'i just think'),
    not a conjunction between two capitalised words ('Petrov i Nikola')?"""
    after = m.group(1)
    if after is None:
        return True
    before = text[max(floor, m.start() - 40):m.start()].split()
    if after[:1].isupper() and before and before[-1][:1].isupper():
        return False
    two = " ".join(text[m.start(1):m.start(1) + 60].split()[:2])  # 'i just wanted': an adverb between
    return any(t.startswith(("VB", "MD")) for _, t in tagger.tags("I " + two)[1:3])
