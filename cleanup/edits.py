"""The edit log: every change the chain makes, with its span in the ORIGINAL input.

Stages work on the current text and propose :class:`Change` objects in current
coordinates.  :class:`EditLog` maps them back onto the original input as it goes,
so offsets are never recovered by searching text again (pySBD's offset bugs came
from doing that).  When a change touches text an earlier change produced, the two
are merged into one edit, so the log is always a set of disjoint edits that
:func:`replay` can apply to the original input.

>>> log = EditLog("Hello  world ,ok")
>>> log.apply([Change(5, 7, " ", "normalize.spaces", "Collapse repeated spaces.")])
>>> log.apply([Change(11, 13, ", ", "normalize.comma", "Space after comma, not before.")])
>>> log.text
'Hello world, ok'
>>> [(e.start, e.end, e.before, e.after) for e in log.edits]
[(5, 7, '  ', ' '), (12, 14, ' ,', ', ')]
>>> replay("Hello  world ,ok", log.edits)
'Hello world, ok'
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Literal

Action = Literal["fix", "suggest"]


@dataclass(frozen=True)
class Edit:
    """One change, anchored in the original input.

    ``start``/``end`` are character offsets into the original input; ``before`` is
    ``original[start:end]``; ``after`` is what replaces it.  ``suggest`` edits are
    shown to the editor but not applied.
    """

    rule: str
    start: int
    end: int
    before: str
    after: str
    reason: str
    action: Action = "fix"
    #: how sure the chain is (0-1): applied at or above Config.min_confidence, offered below
    confidence: float | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        if self.confidence is not None:
            d["confidence"] = round(self.confidence, 3)
        return d

    @classmethod
    def from_dict(cls, data: dict) -> Edit:
        return cls(**{k: data[k] for k in ("rule", "start", "end", "before", "after", "reason")},
                   action=data.get("action", "fix"), confidence=data.get("confidence"))


@dataclass(frozen=True)
class Change:
    """A change proposed by a stage, in the coordinates of the stage's input text."""

    start: int
    end: int
    after: str
    rule: str
    reason: str
    action: Action = "fix"
    confidence: float = 1.0


def disjoint(changes: list[Change]) -> list[Change]:
    """Sorted changes with overlaps dropped (the first of two overlapping ones is kept)."""
    out: list[Change] = []
    for c in sorted(changes, key=lambda c: (c.start, c.end)):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def replay(text: str, edits: Iterable[Edit], *, include_suggestions: bool = False) -> str:
    """Apply ``fix`` edits (and ``suggest`` ones when asked) to the original ``text``.

    Edits must not overlap; those the chain produces never do.  An editor rejects a
    change by leaving it out, and accepts a suggestion by passing it with
    ``include_suggestions=True`` or with its action set to ``fix``.
    """
    chosen = sorted(
        (e for e in edits if e.action == "fix" or include_suggestions),
        key=lambda e: (e.start, e.end),
    )
    out: list[str] = []
    pos = 0
    for e in chosen:
        if e.start < pos:
            raise ValueError(f"edits overlap at offset {e.start} ({e.rule})")
        if text[e.start : e.end] != e.before:
            raise ValueError(f"edit {e.rule} at {e.start} does not match the text it replaces")
        out.append(text[pos : e.start])
        out.append(e.after)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def _holds(sorted_list: list[int], x: int) -> bool:
    i = bisect.bisect_left(sorted_list, x)
    return i < len(sorted_list) and sorted_list[i] == x


def _join(a: str, b: str) -> str:
    parts = a.split("+") + [p for p in b.split("+") if p not in a.split("+")]
    return "+".join(parts)


class EditLog:
    """The current text and the disjoint fix edits that lead to it from the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self.edits: list[Edit] = []  # sorted, disjoint, action == "fix"
        self.suggestions: list[Edit] = []

    # -- coordinate mapping -------------------------------------------------
    def _current_starts(self) -> list[int]:
        starts, delta = [], 0
        for e in self.edits:
            starts.append(e.start + delta)
            delta += len(e.after) - len(e.before)
        return starts

    def to_original(self, pos: int, side: str = "start") -> int:
        """Original offset of a current offset that lies outside every edit.

        At a point where an earlier edit deleted text, ``side="end"`` maps before the
        deleted span (for the end of a range) and ``"start"`` after it."""
        delta = 0
        for e in self.edits:
            cs = e.start + delta
            ce = cs + len(e.after)
            if pos < cs:
                break
            if cs == ce == pos:
                if side == "end":
                    return e.start
            elif pos == cs:
                return e.start
            elif pos < ce:
                return e.start if side == "start" else e.end
            delta += len(e.after) - len(e.before)
        return pos - delta

    @staticmethod
    def _overlaps(cs: int, ce: int, s: int, e: int, insertion: bool = False) -> bool:
        """Must a change at current [s, e) merge with an edit now at current [cs, ce)?

        Yes when they overlap; when the edit is an insertion (nothing in the original)
        touching the change, since two insertions at one original point have no order;
        and when an insertion falls strictly inside the edit.  An insertion next to a
        deletion stays separate: before or after the deleted text, the result is one."""
        return (
            (cs < e and s < ce)
            or (cs == ce and s < cs < e)
            or (insertion and s <= cs <= e)
            or (s == e and cs < s < ce)
            or (s == e and cs < ce and s in (cs, ce) and insertion)
        )

    # -- applying a stage ---------------------------------------------------
    def apply(self, changes: Iterable[Change]) -> None:
        """Apply one stage's changes (disjoint, in current coordinates)."""
        fixes = sorted((c for c in changes if c.action == "fix"), key=lambda c: (c.start, c.end))
        suggests = [c for c in changes if c.action == "suggest"]
        if suggests:
            self._prepare()
            for c in suggests:
                self._suggest(c)
        last_end = -1
        kept: list[Change] = []
        for c in fixes:
            if c.start < last_end:
                continue  # a stage must not overlap itself; keep the first
            if self.text[c.start : c.end] == c.after:
                continue
            kept.append(c)
            last_end = c.end
        # right to left: earlier offsets stay valid.  A change that touches no edit (the
        # common case) is mapped by bisection and its text applied once per batch; one
        # that does goes through _fix, which merges.
        pending: list[tuple[Change, Edit]] = []
        self._prepare()
        for c in reversed(kept):
            if self._touches(c) or (pending and (c.end > pending[-1][0].start or (
                    c.end == pending[-1][0].start and (c.start == c.end or pending[-1][0].start == pending[-1][0].end)))):
                self._flush(pending)
                pending = []
                self._fix(c)
                self._prepare()
                continue
            o_start = self._fast_original(c.start, "start")
            o_end = o_start if c.start == c.end else self._fast_original(c.end, "end")
            pending.append((c, Edit(c.rule, o_start, o_end, self.original[o_start:o_end], c.after, c.reason, "fix",
                                    c.confidence)))
        self._flush(pending)

    def _prepare(self) -> None:
        """Current spans of the edits, and the length change before each (for bisection)."""
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._delta_before: list[int] = []
        delta = 0
        for e in self.edits:
            cs = e.start + delta
            self._starts.append(cs)
            self._ends.append(cs + len(e.after))
            self._delta_before.append(delta)
            delta += len(e.after) - len(e.before)
        self._delta_total = delta

    def _touches(self, c: Change) -> bool:
        i = bisect.bisect_right(self._starts, c.end) - 1
        while i >= 0 and self._ends[i] >= c.start:
            if self._overlaps(self._starts[i], self._ends[i], c.start, c.end, not self.edits[i].before):
                return True
            if self._starts[i] < c.start and self._ends[i] < c.start:
                break
            i -= 1
        return False

    def _fast_original(self, pos: int, side: str) -> int:
        """to_original() by bisection over _prepare()'s arrays (same answers)."""
        j = bisect.bisect_left(self._starts, pos)
        if j > 0 and self._starts[j - 1] < pos < self._ends[j - 1]:
            e = self.edits[j - 1]
            return e.start if side == "start" else e.end
        delta = self._delta_before[j] if j < len(self.edits) else self._delta_total
        k = j
        while k < len(self.edits) and self._starts[k] == pos:
            e = self.edits[k]
            if self._ends[k] == pos:  # an empty current span (a deletion)
                if side == "end":
                    return e.start
                delta += len(e.after) - len(e.before)
                k += 1
                continue
            return e.start
        return pos - delta

    def _flush(self, pending: list[tuple[Change, Edit]]) -> None:
        """Apply a batch of simple changes (given right to left) to the text and the log."""
        if not pending:
            return
        pieces, pos = [], 0
        for c, _ in reversed(pending):
            pieces.append(self.text[pos:c.start])
            pieces.append(c.after)
            pos = c.end
        pieces.append(self.text[pos:])
        self.text = "".join(pieces)
        new = [e for _, e in reversed(pending)]
        merged: list[Edit] = []
        i = j = 0
        while i < len(self.edits) or j < len(new):
            if j == len(new) or (i < len(self.edits) and (self.edits[i].start, self.edits[i].end) <= (new[j].start, new[j].end)):
                merged.append(self.edits[i])
                i += 1
            else:
                merged.append(new[j])
                j += 1
        self.edits = merged
        self._drop_suggestions(new)

    def _fix(self, c: Change) -> None:
        starts = self._current_starts()
        spans = [(cs, cs + len(ed.after)) for cs, ed in zip(starts, self.edits)]
        s, e = c.start, c.end
        absorbed = {i for i, (cs, ce) in enumerate(spans) if self._overlaps(cs, ce, s, e, not self.edits[i].before)}
        new_s, new_e = s, e
        while True:  # whatever lies inside the merged span is part of it
            if absorbed:
                new_s = min(new_s, *(spans[i][0] for i in absorbed))
                new_e = max(new_e, *(spans[i][1] for i in absorbed))
            more = {
                i for i, (cs, ce) in enumerate(spans)
                if i not in absorbed and new_s <= cs and ce <= new_e and (cs < ce or new_s < cs < new_e)
            }
            if not more:
                break
            absorbed |= more
        rule, reason, conf = c.rule, c.reason, c.confidence
        if absorbed:
            order = sorted(absorbed)
            first, last = order[0], order[-1]
            o_start = self.edits[first].start if spans[first][0] == new_s else self.to_original(new_s, "start")
            o_end = self.edits[last].end if spans[last][1] == new_e else self.to_original(new_e, "end")
            o_start = min(o_start, *(self.edits[i].start for i in order))
            o_end = max(o_end, *(self.edits[i].end for i in order))
            for i in order:
                cs, ce = spans[i]
                if s <= cs and ce <= e and s < e:
                    continue  # overwritten whole (a removed line's spacing fixes): not part of the story
                if self.edits[i].rule != rule:
                    rule = _join(rule, self.edits[i].rule)
                if self.edits[i].reason not in reason:
                    reason = f"{reason} {self.edits[i].reason}"
                conf = min(conf, self.edits[i].confidence if self.edits[i].confidence is not None else 1.0)
        else:
            o_start = self.to_original(s, "start")
            o_end = o_start if s == e else self.to_original(e, "end")
        after = self.text[new_s:s] + c.after + self.text[e:new_e]
        self.text = self.text[:s] + c.after + self.text[e:]
        before = self.original[o_start:o_end]
        keep = [ed for i, ed in enumerate(self.edits) if i not in absorbed]
        if before != after:
            merged = Edit(rule, o_start, o_end, before, after, reason, "fix", conf)
            idx = bisect.bisect_left([(x.start, x.end) for x in keep], (o_start, o_end))
            keep.insert(idx, merged)
        self.edits = keep
        # a suggestion the fix overlaps can no longer be replayed on its own
        self._drop_suggestions([Edit("", o_start, o_end, "", "", "")])

    def _drop_suggestions(self, fixes: list[Edit]) -> None:
        """Drop the suggestions that overlap any of ``fixes`` (sorted and disjoint)."""
        if not self.suggestions or not fixes:
            return
        ends = [e.end for e in fixes]
        kept = []
        for g in self.suggestions:
            i = bisect.bisect_right(ends, g.start)
            if i < len(fixes) and fixes[i].start < g.end and not (g.end <= fixes[i].start):
                continue
            kept.append(g)
        self.suggestions = kept

    def _suggest(self, c: Change) -> None:
        """Record a suggestion (after _prepare()); one that touches a fix is dropped, since an
        editor could not accept it on its own."""
        if self._touches(c) or (c.start == c.end and (_holds(self._starts, c.start) or _holds(self._ends, c.start))):
            return
        o_start = self._fast_original(c.start, "start")
        o_end = o_start if c.start == c.end else self._fast_original(c.end, "end")
        keys = [(g.start, g.end) for g in self.suggestions[-1:]]
        if keys and keys[0] < (o_start, o_end):  # the usual case: suggestions arrive in order
            i = len(self.suggestions)
        else:
            i = bisect.bisect_left([(g.start, g.end) for g in self.suggestions], (o_start, o_end))
        for g in self.suggestions[max(0, i - 1):i + 2]:
            if g.start < o_end and o_start < g.end or (g.start, g.end) == (o_start, o_end):
                return
        edit = Edit(c.rule, o_start, o_end, self.original[o_start:o_end], c.after, c.reason, "suggest", c.confidence)
        self.suggestions.insert(i, edit)

    def all_edits(self) -> list[Edit]:
        return sorted(self.edits + self.suggestions, key=lambda e: (e.start, e.end, e.action))
