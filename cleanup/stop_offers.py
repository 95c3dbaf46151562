"""Offers that contradict each other at one lost boundary: a full stop offered after a word and,
right after it, the next word's capital offered in lower case (``has changed Climate change``:
``changed. Climate`` or ``changed climate``).  An editor who accepts every offer would get
``changed. climate``, which neither reading wants; the capital is what the stop's evidence reads,
so the stop is kept and the lower case, its alternative, is dropped (dev:th_thailandnewsgazette_01,
dev:th_thailandnewsgazette_gathering-space-request).  A lower case that is applied is left alone:
it is then the chain's verdict, and the stop only an offer against it."""

from __future__ import annotations

from .edits import Edit, EditLog


def stop_offer(edit: Edit) -> bool:
    """A suggestion that inserts a full stop where there was none (``'' -> '.'``)."""
    return edit.action == "suggest" and not edit.before.strip() and edit.after.strip() == "."


def lowercase_offer(edit: Edit) -> bool:
    """A suggestion that only lowers a capital (``'C' -> 'c'``)."""
    return (edit.action == "suggest" and edit.before[:1].isupper() and edit.after == edit.before.lower()
            and edit.rule.startswith("casing."))


def settle_stop_offers(log: EditLog) -> None:
    """Drop each lower-case offer for the capital that follows an offered stop (spaces between)."""
    text = log.original
    stops = {e.end for e in log.suggestions if stop_offer(e)}
    if not stops:
        return
    starts = set()
    for end in stops:
        q = end
        while q < len(text) and text[q] == " ":
            q += 1
        starts.add(q)
    log.suggestions = [g for g in log.suggestions if not (g.start in starts and lowercase_offer(g))]
