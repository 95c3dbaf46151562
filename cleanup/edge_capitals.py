"""A stray capital the boundary stage reads as a sentence's first word: its lowering offered, not applied.

Where ``segment.lost_boundary`` applies or offers a stop before a capital, the capital may open a
clause of its own, and lowering it is right only if the stop is wrong. Casing applied the lowering
anyway in ``tire hall Regional news`` and ``regions Heavy rain`` (th_taiwannewsgazette),
``technicians Come help`` (de_impuls-gesundheit), ``city square As long as`` (th_thailandnewsgazette),
and, once the boundary stage offers its stop, in ``said: çık In a study`` (h9_tr_shilfa).
"""

from __future__ import annotations

from typing import Any

from .doc import Context, Doc
from .lone_capitals import stops_offered

#: the confidence of the offer (below the default threshold, and no calibrated point of these rules)
OFFER = 0.5

#: casing's sub-rules that lower a word which may open a sentence
_EDGE_RULES = frozenset({"common_word", "function_word"})


def offered_at_stop(found: tuple[str, float | None] | None, x: Any, doc: Doc,
                    ctx: Context) -> tuple[str, float | None] | None:
    """``found`` (casing's sub-rule and confidence), offered when a lost-boundary rule puts a stop before ``x``."""
    if found is None or found[0] not in _EDGE_RULES or not x.prev_low:
        return found
    rule = ctx.rule("casing.stray_capital." + found[0])
    if rule is None or ctx.decide(rule, found[1], doc.case.lows[x.word.lower()] > 0)[0] < ctx.config.min_confidence:
        return found  # offered already: the boundary stage need not be read
    return (found[0], OFFER) if x.pos in stops_offered(doc, ctx) else found
