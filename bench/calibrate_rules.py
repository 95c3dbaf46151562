"""Measure and store the calibration of named rules only (``bench.calibrate --rules a,b --write``).

A rule merged with a hand-set confidence should get its measured precision without the
whole table being rebuilt: a rebuild moves every other rule's entry with the run's noise, and
entries measured elsewhere (by hand, on the probe) would be lost.  So the named rules' lines
are replaced (or added, or dropped when the run saw too few of their edits to measure) and
every other line of ``rules/calibration.toml`` is kept byte for byte.

The second injector (``bench.probe``) makes artifacts ``bench.inject`` does not; a rule
written from it has few edits on the injector alone.  ``--probe N`` adds the probe's tuning
articles (the first N per house style of each kind the named rules' evidence cites as
``probe:KIND``; never its held-out ones) to the injected rows, judged like the injector's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_ENTRY = re.compile(r'^"([^"]+)"\s*=')


@dataclass(frozen=True)
class Artifact:
    """One probe artifact in the damaged text, as ``bench.calibrate.damaged_rows`` reads it."""

    start: int
    end: int
    original: str


def merge_table(text: str, lines: dict[str, str | None]) -> tuple[str, dict[str, str]]:
    """``text`` (the stored table) with each named rule's line replaced by ``lines[rule]``, added
    in sorted place if it had none, or removed when ``lines[rule]`` is None (too few edits); every
    other line unchanged.  Also what happened to each named rule."""
    out = text.splitlines(keepends=True)
    report: dict[str, str] = {}
    where = {m.group(1): i for i, line in enumerate(out) if (m := _ENTRY.match(line))}
    for rule in sorted(lines):
        new = lines[rule]
        if rule in where:
            i = where[rule]
            report[rule] = "kept (unchanged)" if new is not None and out[i] == new + "\n" else (
                "replaced" if new is not None else "removed (too few edits to measure)")
            out[i] = new + "\n" if new is not None else ""
        elif new is not None:
            after = [i for r, i in where.items() if r > rule]
            at = min(after) if after else max(where.values(), default=len(out) - 1) + 1
            out.insert(at, new + "\n")
            where = {r: (i + 1 if i >= at else i) for r, i in where.items()}
            where[rule] = at
            report[rule] = "added"
        else:
            report[rule] = "none (too few edits to measure)"
    return "".join(out), report


def probe_kinds(rule_ids: list[str]) -> list[str]:
    """The probe kinds the rules' evidence cites (``probe:KIND``), in the probe's order."""
    from cleanup.rules import load_rules

    from .probe import KINDS

    cited = {ev.split(":", 1)[1] for r in load_rules().rules if r.id in rule_ids
             for ev in r.options.get("evidence", []) if ev.startswith("probe:")}
    return [k for k in KINDS if k in cited]


def _probe_one(args: tuple[str, str, str]) -> list[tuple[str, float, bool, bool]]:
    from .calibrate import damaged_rows
    from .probe import damage

    name, body, kind = args
    hit = damage(name, body, kind)
    if hit is None:
        return []
    damaged, s, e, original = hit
    return [r for r in damaged_rows(damaged, [Artifact(s, e, original)]) if r[0] != "@artifact"]


def probe_rows(pool: Any, rule_ids: list[str], n: int,
               kinds: list[str] | None = None) -> list[tuple[str, float, bool, bool]]:
    """Rows (rule, confidence, right, True) of every applied edit on the probe's tuning articles
    of ``kinds`` (default: those the rules cite); the probe's artifacts are left out of the
    threshold curve, which stays the injector's."""
    from .probe import articles_of

    kinds = kinds or probe_kinds(rule_ids)
    print(f"probe kinds (tuning articles, {n} per style): {', '.join(kinds) or 'none cited'}")
    jobs = [(name, body, kind) for kind in kinds for style in ("bbc", "cnn")
            for name, body in articles_of(style, n, kind, heldout=False)]
    return [r for rows in pool.map(_probe_one, jobs, chunksize=4) for r in rows]
