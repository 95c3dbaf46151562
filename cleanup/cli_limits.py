"""Bounds of the CLI's numbers that click's ranges leave open (hostile options, bench.faults).

``--time-budget nan`` passed ``FloatRange(min=0)`` (every comparison with NaN is false) and ``inf``
overflowed the worker's wait; ``--max-chars 10**23`` overflowed the read (status 5); ``--jobs
100000`` started a hundred thousand processes."""

from __future__ import annotations

import math
import os

import click

#: the largest --max-chars: far above any article, small enough for a read's size
MAX_CHARS_LIMIT = 10**12


def finite_seconds(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """A --time-budget must be a finite number of seconds (FloatRange lets NaN and infinity through)."""
    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of seconds", ctx=ctx, param=param)
    return value


def most_processes() -> int:
    """More worker processes than this only queue for the same cores (and each loads the rules)."""
    return max(2, 4 * (os.cpu_count() or 1))


def capped_processes(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    """--jobs / --workers above :func:`most_processes` run with that many, said in one line."""
    top = most_processes()
    if value is not None and value > top:
        click.echo(f"mt-cleanup: --{param.name} {value} is more than this machine can run at once; using {top}", err=True)
        return top
    return value
