from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup.edits import Change, Edit, EditLog, replay


@st.composite
def stage_changes(draw, text: str):
    n = len(text)
    points = sorted(draw(st.lists(st.integers(0, n), max_size=6, unique=True)))
    out = []
    for a, b in zip(points[::2], points[1::2]):
        out.append(Change(a, b, draw(st.sampled_from(["", "x", "yy", " "])), "r", "why"))
    if draw(st.booleans()) and n:
        p = draw(st.integers(0, n))
        if all(not (c.start <= p <= c.end) for c in out):
            out.append(Change(p, p, "Z", "ins", "why"))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab .\n", max_size=24), st.data())
def test_composed_stages_replay_on_the_original(original, data):
    log = EditLog(original)
    for _ in range(4):
        changes = data.draw(stage_changes(log.text))
        expected = log.text
        for c in sorted(changes, key=lambda c: (c.start, c.end), reverse=True):
            if expected[c.start:c.end] != c.after:
                expected = expected[:c.start] + c.after + expected[c.end:]
        log.apply(changes)
        assert log.text == expected
        assert replay(original, log.edits) == log.text
        for e in log.edits:
            assert original[e.start:e.end] == e.before


def test_rejecting_an_edit_leaves_its_span_as_it_was():
    log = EditLog("one  two ,three")
    log.apply([Change(3, 5, " ", "normalize.spaces", "r"), Change(8, 10, ", ", "normalize.comma", "r")])
    assert log.text == "one two, three"
    kept = [e for e in log.edits if e.rule != "normalize.spaces"]
    assert replay("one  two ,three", kept) == "one  two, three"


def test_suggestions_are_applied_only_when_accepted():
    log = EditLog("a squat-kicking tactic")
    log.apply([Change(2, 22, "stalling tactic", "phrases.x", "r", "suggest")])
    assert log.text == "a squat-kicking tactic"
    (s,) = log.suggestions
    assert replay(log.original, [s]) == log.original
    assert replay(log.original, [s], include_suggestions=True) == "a stalling tactic"


def test_replay_refuses_edits_that_do_not_fit():
    with pytest.raises(ValueError):
        replay("abc", [Edit("r", 0, 1, "x", "y", "why")])
    with pytest.raises(ValueError):
        replay("abcdef", [Edit("r", 0, 3, "abc", "", "w"), Edit("r", 2, 4, "cd", "", "w")])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .\n", max_size=20), st.data())
def test_fast_offset_mapping_agrees_with_the_plain_walk(original, data):
    log = EditLog(original)
    for _ in range(3):
        log.apply(data.draw(stage_changes(log.text)))
    log._prepare()
    for pos in range(len(log.text) + 1):
        for side in ("start", "end"):
            assert log._fast_original(pos, side) == log.to_original(pos, side)


def test_stop_inserted_at_a_deletion_is_recorded_before_it():
    # a stop joins the word before the deleted characters, not the text after them
    from cleanup import Config, process

    # (sixteen words or more: one shorter clause alone on its line is only offered its stop)
    text = ("The talks ended on Monday in the capital.\n\nThe Ukrainian delegates in Istanbul speak Russian even during "
            "official negotiations with the other side, Zakharova said\ufe0f\ufe0f\n\nThe talks went on.")
    r = process(text, Config(require_english=False))
    stop = [e for e in r.fixes if e.rule == "segment.final_period"]
    assert len(stop) == 1 and text[:stop[0].start].endswith("Zakharova said")
    assert replay(text, r.edits) == r.text
