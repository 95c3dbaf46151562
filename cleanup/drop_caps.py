"""A drop cap printed twice: ``TThe Soviet security agency``, ``“EThere was a damaged vehicle``.

A page sets a paragraph's first letter as a large initial (a drop cap) in an element of its own;
a scraper that keeps both that element and the paragraph's text, or a translator that renders the
paragraph but keeps the source's initial, leaves one capital too many before the first word.  The
evidence is the word's shape and English itself: a capital, then a capitalised word that is one
of the commonest in English (``The``, ``There``), where the two together are no word at all and
the document writes them together only once.  Acronyms' plurals (``MPs``, ``AIs``), brands
(``EBay``, ``IPhone``) and camel-case names (``XDance``) are left alone: their tail is a plural
``s``, rarer than the words a paragraph opens with, or the form is written again.

- The same letter twice (``TThe``, ``IIn``): applied wherever it stands (a page that ran its
  paragraphs together puts it in mid-line; after a comma the word goes on the sentence, so a
  common word takes its lower case: ``..., TThe agency`` -> ``..., the agency``), but only offered
  right after a lower-case word, where it is rather a name written so (``shares in EEnergy``).
- Another letter (``EThere``: the Portuguese original's ``E`` kept): applied at the start of a
  paragraph or after an opening quotation mark there, where a drop cap stands; elsewhere offered.
"""

from __future__ import annotations

import re
from collections import Counter

from .doc import Context, Doc
from .edits import Change
from .lexicon import is_common_word, zipf

RULE = "normalize.drop_cap"
# a capital not inside a word, then a capitalised word in lower case ('TThe', 'EThere')
_SHAPE = re.compile(r"[A-Z](?<![\w’'-][A-Z])([A-Z][a-z]+)(?![\w’'-])")
# the form anywhere in the text, for how often the document writes it ('EBay', 'EBay's')
_FORM = re.compile(r"[A-Z][A-Z][a-z]+")
_OPENING = "“\"‘'«„"
#: how common the word after the extra capital must be (wordfreq Zipf): any frequent word when the
#: letter is doubled ('IIn', 'AAfter'), one of the commonest when it differs ('EThere': 'phone' 5.3
#: and 'mail' 5.0 stay out, so 'IPhone' and 'EMail' are never cut)
_SAME_LETTER_ZIPF = 4.0
_OTHER_LETTER_ZIPF = 5.5
#: the two together: no word, at most a typo wordfreq has seen ('tthe' 2.3, 'ebay' 4.4)
_WORD_ZIPF = 3.0


def _paragraph_start(text: str, at: int) -> bool:
    """Does ``at`` open a paragraph, maybe after an opening quotation mark?"""
    i = at
    while i > 0 and text[i - 1] in _OPENING:
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _mid_sentence(text: str, at: int) -> bool:
    """Does a comma or a lower-case word stand before ``at`` (a page that ran a paragraph into the
    sentence before it: '..., TThe agency' reads '..., the agency')?"""
    before = text[max(0, at - 3):at].rstrip(" ")
    return bool(before) and (before[-1] == "," or before[-1].islower())


def _after_word(text: str, at: int) -> bool:
    """Does a lower-case word stand right before ``at``, with no punctuation between ('shares in
    EEnergy')?  A drop cap opens a paragraph, which a page runs in after a stop or a comma."""
    before = text[max(0, at - 2):at]
    return len(before) == 2 and before[1] == " " and before[0].islower()


def _candidate(text: str, m: re.Match, forms: Counter[str]) -> tuple[bool, bool]:
    """(is it a doubled drop cap, is it sure) for one match of ``_SHAPE``; ``forms`` counts the
    text's forms (counted once, not per match: a text of many such forms stays linear)."""
    word, tail = m.group(), m.group(1)
    if len(tail) == 2 and tail.endswith("s"):
        return False, False  # an acronym's plural: 'AIs', 'PCs'
    if zipf(word) >= _WORD_ZIPF or is_common_word(word):
        return False, False  # a word
    if not forms:
        forms.update(_FORM.findall(text))
    if forms[word] > 1:
        return False, False  # a name the document writes again ('EBay')
    same = word[0] == tail[0]
    if zipf(tail) < (_SAME_LETTER_ZIPF if same else _OTHER_LETTER_ZIPF):
        return False, False
    # in a sentence after a lower-case word it is rather a name ('shares in EEnergy'): offered
    return True, (same and not _after_word(text, m.start())) or _paragraph_start(text, m.start())


def fix_drop_caps(doc: Doc, ctx: Context) -> list[Change]:
    """Take the extra capital off a word that kept its drop cap (see the module's docstring)."""
    if ctx.rule(RULE) is None:
        return []
    text = doc.text
    out: list[Change] = []
    forms: Counter[str] = Counter()
    for m in _SHAPE.finditer(text):
        found, sure = _candidate(text, m, forms)
        if not found:
            continue
        tail = m.group(1)
        if _mid_sentence(text, m.start()) and is_common_word(tail):
            ch = ctx.change(m.start(), m.start() + 2, tail[0].lower(), RULE, doubt=not sure)
        else:
            ch = ctx.change(m.start(), m.start() + 1, "", RULE, doubt=not sure)
        if ch:
            out.append(ch)
    return out
