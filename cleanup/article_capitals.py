"""An article capitalised in mid-sentence where no title or name can explain it.

- No title in title case ends on an article: after a small word closing a capitalised run
  (``Foreign Affairs for The first time``, ``Argentina in The second eruption``), an article
  followed by a lower-case word is a stray capital, not a title's last word (``World at One``).
  Probe ``cap_after_prep`` misses, BBC (business, politics) and CNN (a volcano report).
- ``A`` alone between a verb or a preposition and a lower-case word (``Gates issued A
  statement``, ``you risk A five-year ban``): native news writes a lone ``A`` in mid-sentence
  after a noun (``type A personality``, ``class A drugs``, ``hepatitis A``), after a capital
  (``Plan A``, ``Serie A``) or in a list of grades (``an A and a B``); between lower-case words
  after a verb or preposition 3 times in 2,225 BBC articles (all beside ``and``).  Probe
  ``cap_after_verb`` (CNN) and ``cap_after_other`` (BBC) misses.
"""

from __future__ import annotations

from . import tagger

#: tags of the word before a lone ``A`` that take an object or a noun phrase after them
_TAKES_PHRASE = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "IN", "TO"})
#: tags after which ``A`` is a letter, not an article: an article needs a singular noun phrase after it
_NO_NOUN_AFTER = frozenset({"NNS", "NNPS", "IN", "TO", "CC", "DT", "PRP", "VBD", "VBZ", "VBP", "MD"})


def no_title_end(word: str, nxt: str, ctx) -> bool:
    """An article (casing.articles) before a lower-case word: it cannot close a title in title case
    (a one-letter word after it can: ``told The i newspaper``)."""
    return word.lower() in ctx.words("casing.articles") and nxt[:1].islower() and len(nxt) > 1


def stray_a(x, doc) -> bool:
    """Is a lone capital ``A`` a stray article: after a lower-case verb or preposition (by its
    tag in the sentence), before a lower-case word, no comma, no ``and``/``or`` beside it?"""
    if not x.prev_low or x.comma or x.prev in ("and", "or") or x.nxt in ("and", "or", "&") or not x.nxt.islower():
        return False
    if x.nxt in doc.rules.words("casing.letter_heads"):  # 'sitting A levels', 'from A to Z': a letter, no article
        return False
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + "a " + x.nxt)
    return (len(tagged) >= 3 and tagged[-2][0] == "a" and tagged[-3][1] in _TAKES_PHRASE
            and tagged[-1][1] not in _NO_NOUN_AFTER)
