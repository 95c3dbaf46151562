"""Is there a clause after a sentence opener at all?  Read for the boundary stage
(:mod:`cleanup.segment`, ``segment.lost_boundary.opener``) before it puts a stop in front of
``In``, ``After``, ``During`` and the like in mid-sentence.  The tagger finds a finite verb in
two shapes that hold none:

- a participle after a noun inside the phrase, with no comma before it (``carried out In the
  framework of the agreement signed last year``: 'signed' is read as a past tense), which a
  verb's object or a time would follow in a clause (``In May the firm signed a deal``);
- an attribution after the phrase's comma (``were carried out In the early hours of Monday,
  police said.``): the phrase ends the sentence before it, whose source the attribution names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import tagger
from .rules import load_rules

#: after the phrase's comma, up to three words and a verb of saying, then the sentence's end
_ATTRIBUTION_TAIL = re.compile(r",\s+(?:[\w’'-]+\s+){1,3}?(?:said|says|reported|reports|added|told [\w’'-]+)\s*[.!?]?[”\"’']?\s*$")
#: words after a participle that leave it without an object: a time, an agent, a place
_NO_OBJECT = frozenset({"IN", "RB", "TO"})


def no_clause_after(text: str, start: int, end: int) -> bool:
    """Does the rest of the sentence after the opener at ``start`` (to ``end``) hold no clause of
    its own: only an attribution after the phrase's comma, or a participle after a noun read as a
    verb (see the module docstring)?"""
    rest = text[start:min(end, start + 300)]
    comma = rest.find(",")
    if comma > 0 and _ATTRIBUTION_TAIL.match(rest, comma) and not tagger.has_finite_verb(rest[:comma]):
        return True
    head = rest if comma < 0 else rest[:comma]
    tagged = tagger.tags(head)
    finite = [i for i, (_, t) in enumerate(tagged) if t in tagger.FINITE]
    if not finite or comma >= 0 and len(head) < len(rest.rstrip(" .!?")) and tagger.has_finite_verb(rest[comma:]):
        return False
    return all(_participle(tagged, i) for i in finite)


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """``segment.time_after_participle`` ('signed last year'), read once from the shipped rules:
    the boundary stage asks :func:`no_clause_after` with the text alone."""
    return load_rules().words("segment.time_after_participle")


def _participle(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is the finite verb at ``i`` a participle after its noun ('the agreement signed last year',
    'the attack carried out by'): an -ed form right after a noun, then a time, an agent or a
    particle (at the sentence's end it is a clause's verb: 'At the end the court ruled.')?"""
    word, _ = tagged[i]
    if not word.endswith("ed") or i == 0 or tagged[i - 1][1] not in ("NN", "NNS", "NNP"):
        return False
    nxt = tagged[i + 1] if i + 1 < len(tagged) else ("", "")  # at the end it is a clause's verb: 'the court ruled.'
    return nxt[1] in _NO_OBJECT or nxt[0].lower() in _time_words() or bool(re.fullmatch(r"out|up|off", nxt[0]))
