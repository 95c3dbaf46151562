"""Offers that contradict each other at one lost boundary: a full stop offered after a word and,
right after it, the next word's capital offered in lower case (``has changed Climate change``:
``changed. Climate`` or ``changed climate``).  An editor who accepts every offer would get
``changed. climate``, which neither reading wants (dev:th_thailandnewsgazette_01,
dev:th_thailandnewsgazette_gathering-space-request).  Dropping one is no answer either: the
stop can be the wrong reading (``has banned Cars from the centre``), and the editor who rejects
it must still be offered the lower case.  So both stay, each naming the other as its
``alternative``: the JSON and the preview show them as either/or, and :func:`~cleanup.edits.replay`
takes only one.  A lower case that is applied is left alone: it is then the chain's verdict,
and the stop only an offer against it."""

from __future__ import annotations

from dataclasses import replace

from .edits import Edit, EditLog


def stop_offer(edit: Edit) -> bool:
    """A suggestion that inserts a full stop where there was none (``'' -> '.'``)."""
    return edit.action == "suggest" and not edit.before.strip() and edit.after.strip() == "."


def lowercase_offer(edit: Edit) -> bool:
    """A suggestion that only lowers a capital (``'C' -> 'c'``)."""
    return (edit.action == "suggest" and edit.before[:1].isupper() and edit.after == edit.before.lower()
            and edit.rule.startswith("casing."))


def settle_stop_offers(log: EditLog) -> None:
    """Mark each lower-case offer for the capital that follows an offered stop (spaces between)
    and that stop as alternatives of each other."""
    text = log.original
    stops: dict[int, Edit] = {}
    for e in log.suggestions:
        if stop_offer(e):
            q = e.end
            while q < len(text) and text[q] == " ":
                q += 1
            stops[q] = e
    if not stops:
        return
    rivals: dict[tuple[int, int], tuple[int, int]] = {}
    for g in log.suggestions:
        stop = stops.get(g.start)
        if stop is not None and lowercase_offer(g):
            rivals[(g.start, g.end)] = (stop.start, stop.end)
            rivals[(stop.start, stop.end)] = (g.start, g.end)
    log.suggestions = [replace(g, alternative=rivals[(g.start, g.end)]) if (g.start, g.end) in rivals else g
                       for g in log.suggestions]
