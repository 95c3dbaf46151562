"""Is a name after a lower-case word still inside the phrase before it?  Read for
:func:`cleanup.lost_stops.named_subjects` before it puts a full stop in front of a name and
its verb.  Native news writes a name there in two shapes that are no new sentence:

- the head of a preposition's phrase after its modifiers, with no determiner (``a novel set
  in 19th century Paraguay has won``, ``in northern France``): a lost stop follows a phrase
  that ends on its own noun (``without a fight Microsoft is going``, ``for bankruptcy
  protection Yukos``);
- the subject of a relative clause without 'that' after a verb's object (``mask the
  Houdini-like effort Hillary Clinton is making to escape``), where the verb's object is a
  determiner and a singular noun right after the verb.
"""

from __future__ import annotations

import re

from . import tagger

#: a number, an ordinal or a decade: '19th', '1950s', '21st'
_NUMBER_LIKE = re.compile(r"\d+(?:st|nd|rd|th|s)?")
_MODIFIERS = frozenset({"JJ", "JJR", "JJS", "CD", "NN"})


def inside_phrase(near: str) -> bool:
    """Does the name after ``near`` (the words before it) continue the phrase those words end
    with (see the module docstring)?"""
    tagged = tagger.tags(" ".join(near.split()[-6:]))
    if not tagged or tagged[-1][1] not in _MODIFIERS:
        return False  # 'in the courts Yukos': a plural noun ends the phrase
    i = len(tagged) - 1
    while i >= 0 and tagged[i][1] in _MODIFIERS:
        i -= 1
    if i < 0:
        return False
    word, tag = tagged[i]
    first = tagged[i + 1]
    if tag == "IN":  # 'in 19th century Paraguay', 'in northern France': modifiers of the name
        return first[1] in ("JJ", "CD") or bool(_NUMBER_LIKE.fullmatch(first[0]))
    if tag == "DT" and i > 0 and tagged[-1][1] == "NN":  # 'mask the Houdini-like effort Hillary Clinton is'
        verb = tagged[i - 1][0].lower()
        return tagged[i - 1][1] not in ("IN", "TO", "DT", "CC") and tagger.could_be_verb(verb)
    return False
