"""Scoring one repair or one keep against the chain's edit log (shared by the real-MT and the
injection benchmarks).

A repair is a span of the chain's input and the acceptable texts for it.  The edits that
overlap the span are replayed on it (the window grows until no edit crosses its border):
**fixed** when the applied edits give an acceptable text, **offered** when that takes
accepting a suggestion, **wrong** when an applied edit gives something else, **missed**
when nothing applied touches it.

>>> from cleanup import Edit
>>> e = Edit("x", 9, 10, ".", "", "r")
>>> outcome("influence. and", [e], 9, 10, [""])
'fixed'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_WS = re.compile(r"\s+")


def norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _touches(e: Any, s: int, t: int, edges: bool) -> bool:
    if e.start == e.end:  # an insertion: inside, or at an edge when edges count
        return s < e.start < t or (edges or s == t) and s <= e.start <= t
    return e.start < t and s < e.end or (s == t and e.start <= s < e.end)


def window(edits: Sequence[Any], s: int, t: int, edges: bool = True) -> tuple[int, int, list[Any]]:
    """The span [s, t) grown over every edit that overlaps it, and those edits; ``edges``:
    whether an insertion right at its start or end belongs to it."""
    inside: list[Any] = []
    changed = True
    while changed:
        changed = False
        for e in edits:
            if e not in inside and _touches(e, s, t, edges):
                inside.append(e)
                s, t = min(s, e.start), max(t, e.end)
                changed = True
    return s, t, sorted(inside, key=lambda e: (e.start, e.end))


def _replay(text: str, edits: list[Any], ws: int) -> str:
    out, pos = [], 0
    for e in edits:
        out += [text[pos:e.start - ws], e.after]
        pos = e.end - ws
    return "".join(out) + text[pos:]


def _expected(original: str, ws: int, we: int, s: int, t: int, fixes: Sequence[str],
              others: Sequence[tuple[int, int, str]]) -> set[str]:
    """The window as it should read: this repair's fixes, and the other repairs annotated
    inside the window (their first fix), so that two adjacent repairs merged into one edit
    are judged together."""
    near = sorted((a, b, f) for a, b, f in others if ws <= a and b <= we and (b <= s or a >= t))
    out = set()
    for fix in fixes:
        pieces, pos = [], ws
        for a, b, f in sorted([*near, (s, t, fix)]):
            if a < pos:
                continue
            pieces += [original[pos:a], f]
            pos = b
        out.add(norm("".join(pieces) + original[pos:we]))
    return out


def outcome(original: str, edits: Sequence[Any], s: int, t: int, fixes: Sequence[str],
            others: Sequence[tuple[int, int, str]] = ()) -> str:
    """fixed | offered | wrong | missed, for the repair of original[s:t] into one of ``fixes``;
    ``others`` are the other annotated repairs of the text (start, end, first fix).  An
    insertion right at the span's edge (a stop after it) counts when it is what the repair
    needs, and is ignored when it belongs to the text around it."""
    results = [_outcome(original, edits, s, t, fixes, others, edges) for edges in (True, False)]
    return min(results, key=["fixed", "offered", "wrong", "missed"].index)


def _outcome(original: str, edits: Sequence[Any], s: int, t: int, fixes: Sequence[str],
             others: Sequence[tuple[int, int, str]], edges: bool) -> str:
    ws, we, inside = window(edits, s, t, edges)
    piece = original[ws:we]
    expected = _expected(original, ws, we, s, t, fixes, others)
    applied = [e for e in inside if e.action == "fix"]
    if norm(_replay(piece, applied, ws)) in expected and (applied or norm(piece) in expected):
        return "fixed" if applied else "missed"
    if norm(_replay(piece, inside, ws)) in expected:
        return "offered"
    return "wrong" if applied else "missed"


def broken(original: str, edits: Sequence[Any], s: int, t: int) -> bool:
    """Does an applied edit change the text of a keep span?"""
    ws, we, inside = window([e for e in edits if e.action == "fix"], s, t, edges=False)
    return bool(inside) and norm(_replay(original[ws:we], inside, ws)) != norm(original[ws:we])
