"""Hostile inputs finish in (roughly) linear time: each class from bench/hostile.py, at 10-120 KB.

The bound is generous: ten times what linear time predicts, from the chain's own rate on
real-looking sentences of the same size measured in the same worker at the start of the
module, plus half a second.  A document past the bound is stopped (it runs in a worker
process with that time budget), so a quadratic case costs the bound, not minutes.

Each class once had a quadratic path (a regular expression that retried a run from every
offset, an edit log that rescanned itself per change, a diff over a whole paragraph); these
tests keep them linear.  ``python -m bench.hostile`` measures the full sizes (up to 250 KB).
"""

from __future__ import annotations

import time

import pytest

from bench.hostile import INPUTS, long_paragraph
from cleanup import Config
from cleanup.workers import TimeBudgetError, WorkerPool

CONFIG = Config(require_english=False, max_chars=4_000_000)
REF_SIZE = 40_000
FACTOR = 10.0
SLACK = 0.5


# class -> (size in characters, an optional pytest mark)
CASES = {
    "full_stops": (40_000, None),
    "the_he": (100_000, None),
    "spaces_in_sentence": (50_000, None),
    "words_no_punctuation": (40_000, None),
    "blank_lines": (40_000, None),
    "newline_run": (70_000, None),
    "one_word_lines": (40_000, None),
    "mojibake_paragraph": (10_000, None),
    "long_paragraph": (250_000, None),  # the reference is 40,000 of it: a longer one shows a quadratic stage
    "repeated_tokens": (40_000, None),
    "repeated_sentence": (40_000, None),
    "long_words": (40_000, None),
    "one_long_word": (200_000, None),  # one 200 KB token: its splits were read one by one (50 s)
    "many_quotes": (40_000, None),
    "quote_run": (40_000, None),
    "doubled_quotes": (120_000, None),
    "many_brackets": (40_000, None),
    "punctuation_runs": (120_000, None),
    "boundary_candidates": (40_000, None),
    "name_pairs": (40_000, None),
    "glued_quotes": (40_000, None),
    "many_names": (120_000, None),
    "hyphen_names": (120_000, None),
    "comma_clauses": (200_000, None),  # pronoun and noun-phrase subjects after the commas
    "lower_pairs": (120_000, None),
    "unknown_runs": (120_000, None),
    "name_capitals": (200_000, None),  # a capital after a name read back to the paragraph's start (30 s)
}


@pytest.fixture(scope="module")
def worker():
    """(pool, seconds per character on real-looking sentences)."""
    pool = WorkerPool(1, None)
    ref = long_paragraph(REF_SIZE)
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        pool.run(ref, CONFIG)
        times.append(time.perf_counter() - t0)
    yield pool, min(times) / len(ref)
    pool.close()


def test_every_generated_class_is_tested():
    assert set(CASES) == set(INPUTS)


@pytest.mark.parametrize("name", [pytest.param(n, marks=m) if m else n for n, (_, m) in CASES.items()])
def test_hostile_input_in_linear_time(worker, name):
    pool, rate = worker
    text = INPUTS[name](CASES[name][0])
    bound = FACTOR * rate * len(text) + SLACK
    pool.budget = bound  # counted from the moment the worker has the text (not its start-up)
    try:
        result = pool.run(text, CONFIG)
    except TimeBudgetError:
        pytest.fail(f"{name}: {len(text):,} characters took more than {bound:.1f} s "
                    f"({FACTOR:g}x linear at {rate * 1e6:.1f} us per character)")
    assert result["edits"] is not None
