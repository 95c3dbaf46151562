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
from operator import attrgetter
from typing import Literal

from .errors import InputError
from .removal_split import removes_words, split_spans

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
    #: the span of another offer that reads the same spot the other way (a stop, or the next
    #: capital lowered): an editor takes one or neither, never both (:mod:`cleanup.stop_offers`)
    alternative: tuple[int, int] | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        if self.confidence is not None:
            d["confidence"] = round(self.confidence, 3)
        if self.alternative is None:
            del d["alternative"]  # only an offer with a rival carries it
        else:
            d["alternative"] = list(self.alternative)
        return d

    @classmethod
    def from_dict(cls, data: dict) -> Edit:
        alt = data.get("alternative")
        return cls(**{k: data[k] for k in ("rule", "start", "end", "before", "after", "reason")},
                   action=data.get("action", "fix"), confidence=data.get("confidence"),
                   alternative=(int(alt[0]), int(alt[1])) if alt else None)


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
    ``include_suggestions=True`` or with its action set to ``fix``.  Of two suggestions that
    are each other's ``alternative`` only one is taken (the one given as a fix, else the
    first): both would make a reading neither wants (``changed. climate``).
    """
    edits = list(edits)
    if not isinstance(text, str) or not all(isinstance(e, Edit) for e in edits):  # faults37: was AttributeError
        raise InputError("replay takes the original text (str) and the Edits a Result holds")
    chosen = _without_rivals(sorted(
        (e for e in edits if e.action == "fix" or include_suggestions),
        key=lambda e: (e.start, e.end),
    ))
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


def _without_rivals(chosen: list[Edit]) -> list[Edit]:
    """``chosen`` less each suggestion whose alternative is a fix or an earlier suggestion kept."""
    if not any(e.alternative for e in chosen):
        return chosen
    taken = {(e.start, e.end) for e in chosen if e.action == "fix"}
    out = []
    for e in chosen:
        if e.action == "suggest":
            if e.alternative in taken:
                continue
            taken.add((e.start, e.end))
        out.append(e)
    return out


def _holds(sorted_list: list[int], x: int) -> bool:
    i = bisect.bisect_left(sorted_list, x)
    return i < len(sorted_list) and sorted_list[i] == x


def _join(a: str, b: str) -> str:
    parts = a.split("+") + [p for p in b.split("+") if p not in a.split("+")]
    return "+".join(parts)


_JOINS_LEFT = frozenset(".,;:!?…")
_SPAN = attrgetter("start", "end")  # the sort key of changes and edits (a lambda costs more per item)


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
        if not changes:
            return  # most stages propose nothing for most documents
        fixes = sorted((c for c in changes if c.action == "fix"), key=_SPAN)
        suggests = [c for c in changes if c.action == "suggest"]
        if suggests:
            self._prepare()
            for c in suggests:
                self._suggest(c)  # the fixes are unchanged: _prepare's arrays still hold below
        last_end = -1
        kept: list[Change] = []
        for c in fixes:
            if c.start < last_end:
                continue  # a stage must not overlap itself; keep the first
            if self.text[c.start : c.end] == c.after:
                continue
            kept.append(c)
            last_end = c.end
        if not kept:
            return
        if not suggests:
            self._prepare()
        groups = self._groups(kept)
        made = [self._split(cs, members) or [self._merge(cs, members)] for cs, members in groups]
        taken = {m for _, members in groups for m in members}
        fresh = [e for es in made for e in es if e is not None]
        pieces, pos = [], 0  # the new text, in one pass
        for c in kept:
            pieces += [self.text[pos:c.start], c.after]
            pos = c.end
        self.text = "".join(pieces) + self.text[pos:]
        rest = [e for i, e in enumerate(self.edits) if i not in taken]
        self.edits = sorted(rest + fresh, key=_SPAN)
        self._drop_suggestions(sorted(fresh, key=_SPAN))

    def _groups(self, kept: list[Change]) -> list[tuple[list[Change], list[int]]]:
        """The changes of one stage, grouped with the edits each must merge with (those it
        overlaps, and whatever lies inside the merged span); changes whose spans share an edit
        or touch each other at an insertion form one group.  One sweep: linear in edits and changes."""
        groups: list[tuple[list[Change], list[int]]] = []
        hi_prev = -1
        for c in kept:
            members = self._members(c)
            lo, hi = c.start, c.end  # most changes touch no edit
            if members:
                lo = min(lo, min(self._starts[m] for m in members))
                hi = max(hi, max(self._ends[m] for m in members))
            prev = groups[-1][0][-1] if groups else None
            if prev is not None and (lo < hi_prev or (c.start == prev.end and (c.start == c.end or prev.start == prev.end))):
                groups[-1][0].append(c)
                groups[-1][1].extend(members)
                hi_prev = max(hi_prev, hi)
            else:
                groups.append(([c], members))
                hi_prev = hi
        out = []
        for changes, members in groups:
            if not members and len(changes) == 1:
                out.append((changes, members))  # an edit inside its span would overlap it: none
                continue
            lo = min([changes[0].start, *(self._starts[m] for m in members)])
            hi = max([changes[-1].end, *(self._ends[m] for m in members)])
            out.append((changes, self._inside(lo, hi, sorted(set(members)))))
        return out

    def _members(self, c: Change) -> list[int]:
        """Edits a change must merge with (after _prepare)."""
        out = []
        k = bisect.bisect_left(self._ends, c.start)
        while k < len(self.edits) and self._starts[k] <= c.end:
            if self._overlaps(self._starts[k], self._ends[k], c.start, c.end, not self.edits[k].before):
                out.append(k)
            k += 1
        return out

    def _inside(self, lo: int, hi: int, members: list[int]) -> list[int]:
        """Whatever edit lies inside a merged span is part of it."""
        out = set(members)
        k = bisect.bisect_left(self._starts, lo)
        while k < len(self.edits) and self._starts[k] <= hi:
            cs, ce = self._starts[k], self._ends[k]
            if lo <= cs and ce <= hi and (cs < ce or lo < cs < hi):
                out.add(k)
            k += 1
        return sorted(out)

    def _split(self, changes: list[Change], members: list[int]) -> list[Edit] | None:
        """A removal around earlier removals of words strictly inside it: each keeps its own
        edit, rule and reason (:mod:`cleanup.removal_split`); None for any other group."""
        c = changes[0]
        if len(changes) != 1 or not members or c.after or c.start == c.end:
            return None
        olds = [self.edits[m] for m in members]
        for m, d in zip(members, olds, strict=True):
            if not (self._starts[m] == self._ends[m] and c.start < self._starts[m] < c.end
                    and removes_words(d.before, d.after)):
                return None
        pieces, spans = split_spans(self.original, self._fast_original(c.start, "start"),
                                    self._fast_original(c.end, "end"), [(d.start, d.end) for d in olds])
        o = self.original
        out = [Edit(c.rule, s, e, o[s:e], "", c.reason, "fix", c.confidence) for s, e in pieces]
        out += [Edit(d.rule, s, e, o[s:e], "", d.reason, "fix", d.confidence)
                for d, (s, e) in zip(olds, spans, strict=True)]
        return sorted(out, key=_SPAN)

    def _merge(self, changes: list[Change], members: list[int]) -> Edit | None:
        """The one edit a group becomes: its span in the original, the new text, the rules."""
        if not members and len(changes) == 1:
            c = changes[0]
            # a stop or comma inserted where text was deleted joins the word before the deletion
            side = "end" if c.start == c.end and c.after[:1] in _JOINS_LEFT else "start"
            o_start = self._fast_original(c.start, side)
            o_end = o_start if c.start == c.end else self._fast_original(c.end, "end")
            return Edit(c.rule, o_start, o_end, self.original[o_start:o_end], c.after, c.reason, "fix", c.confidence)
        lo = min([c.start for c in changes] + [self._starts[m] for m in members])
        hi = max([c.end for c in changes] + [self._ends[m] for m in members])
        pieces, pos = [], lo
        for c in changes:
            pieces += [self.text[pos:c.start], c.after]
            pos = c.end
        after = "".join(pieces) + self.text[pos:hi]
        if members:
            first, last = members[0], members[-1]
            o_start = self.edits[first].start if self._starts[first] == lo else lo - self._delta_before[first]
            delta_after = self._delta_before[last + 1] if last + 1 < len(self.edits) else self._delta_total
            o_end = self.edits[last].end if self._ends[last] == hi else hi - delta_after
            o_start = min(o_start, *(self.edits[m].start for m in members))
            o_end = max(o_end, *(self.edits[m].end for m in members))
        else:
            o_start = self._fast_original(lo, "start")
            o_end = self._fast_original(hi, "end") if hi > lo else o_start
        rule, reason, conf = changes[0].rule, changes[0].reason, min(c.confidence for c in changes)
        for c in changes[1:]:
            rule = _join(rule, c.rule)
            reason = reason if c.reason in reason else f"{reason} {c.reason}"
        for m in members:
            ed, cs, ce = self.edits[m], self._starts[m], self._ends[m]
            if not removes_words(ed.before, ed.after) and any(
                    c.start <= cs and ce <= c.end and c.start < c.end for c in changes):
                continue  # overwritten whole (a removed line's spacing fixes): not part of the story
            rule = _join(rule, ed.rule)
            reason = reason if ed.reason in reason else f"{reason} {ed.reason}"
            conf = min(conf, ed.confidence if ed.confidence is not None else 1.0)
        before = self.original[o_start:o_end]
        return None if before == after else Edit(rule, o_start, o_end, before, after, reason, "fix", conf)

    def _prepare(self) -> None:
        """Current spans of the edits, and the length change before each (for bisection)."""
        starts: list[int] = []
        ends: list[int] = []
        deltas: list[int] = []
        delta = 0
        for e in self.edits:
            cs = e.start + delta
            n = len(e.after)
            starts.append(cs)
            ends.append(cs + n)
            deltas.append(delta)
            delta += n - len(e.before)
        self._starts, self._ends, self._delta_before, self._delta_total = starts, ends, deltas, delta

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
            i = bisect.bisect_left(self.suggestions, (o_start, o_end), key=_span)  # no list of keys per call
        for g in self.suggestions[max(0, i - 1):i + 2]:
            if g.start < o_end and o_start < g.end or (g.start, g.end) == (o_start, o_end):
                return
        edit = Edit(c.rule, o_start, o_end, self.original[o_start:o_end], c.after, c.reason, "suggest", c.confidence)
        self.suggestions.insert(i, edit)

    def all_edits(self) -> list[Edit]:
        return sorted(self.edits + self.suggestions, key=lambda e: (e.start, e.end, e.action))


def _span(e: Edit) -> tuple[int, int]:
    return e.start, e.end
