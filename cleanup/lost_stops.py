"""More places where a full stop was lost, read for the boundary stage (:mod:`cleanup.segment`),
which then checks them as it checks its own candidates (a clause on both sides, no title).

- A capital of any kind after the attribution that closes a quotation (``...1%," he says Mr
  Addink blames the euro``, ``," he said Some 350 films will``): the quotation is what was
  said, so whatever follows the verb of saying opens a new sentence.  Native news writes a
  capital there only for the day or month of the saying (``," the prosecutor said Monday``);
  on the clean tuning and held-out halves (1.2 million words) the shape occurs with no other
  capital after it.
"""

from __future__ import annotations

import re

from .doc import Context

#: a quotation closed, then its attribution (one to five words, no comma or stop) up to its verb
_QUOTE_ATTRIBUTION = re.compile(r"[,?!][”\"’'] (?:[\w’'-]+ ){1,5}?([a-z]+)(?= [A-Z])")
#: the capitalised word after the verb, the shape the boundary stage reads (group 1 the space, 2 the word)
_CAPITAL = re.compile(r"( )([A-Z][\w’'.-]*)")


def after_quoted_attribution(text: str, s: int, e: int, ctx: Context) -> list[re.Match]:
    """The capitals in ``text[s:e]`` right after a verb of saying that closes a quotation's
    attribution (``," he said Nigel Harding, head of``), not an addressee's verb (``," he told
    CNN``) nor a day or a month (``," Uber said Tuesday``)."""
    verbs = ctx.words("words.speech_verbs") - ctx.words("segment.addressee_verbs")
    when = ctx.words("segment.attribution_time_words")
    out = []
    for m in _QUOTE_ATTRIBUTION.finditer(text, s, e):
        cap = _CAPITAL.match(text, m.end(1), e)
        if m.group(1) in verbs and cap and re.sub(r"[’'].*|\W+$", "", cap.group(2)).lower() not in when:
            out.append(cap)
    return out
