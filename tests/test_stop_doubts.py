"""Stops the boundary stage offers rather than applies (:mod:`cleanup.stop_doubts`): each offer test
fails on the code before, each keep test shows the rule still applies its stop beside it."""

from __future__ import annotations

from cleanup import process

from .conftest import ANY_BODY as ANY


def _edits(text: str, rule: str) -> list[tuple[str, str]]:
    return [(e.before + ">" + e.after, e.action) for e in process(text, ANY).edits if e.rule == rule]


def test_a_stop_before_an_alternative_word_closed_by_its_own_stop_is_offered():
    text = ("Witnesses said a teacher was left alone in the dormitory with a sick boy. boys. "
            "The school has since closed the building and sent the pupils home.")
    assert _edits(text, "segment.lowercase_continuation") == [(".>", "suggest")]


def test_a_stop_before_a_continuing_word_is_still_removed():
    text = "Witnesses said a teacher was left alone in the dormitory with a sick boy. and the school has since closed it."
    assert _edits(text, "segment.lowercase_continuation") == [(".>", "fix")]


def test_a_lost_stop_that_would_leave_a_verbs_that_clause_verbless_is_offered():
    text = ("The spokesman told reporters that the main aim of the court in this period is that in addition to "
            "the careful review of the case The legal aspects of the dispute should be settled quickly by a judge.")
    assert _edits(text, "segment.lost_boundary.determiner") == [(">.", "suggest")]


def test_a_lost_stop_after_a_that_clause_with_its_verb_is_still_applied():
    text = ("The spokesman told reporters that the court has been reviewing the case The legal aspects of the "
            "dispute should be settled quickly by a judge.")
    assert _edits(text, "segment.lost_boundary.determiner") == [(">.", "fix")]


def test_a_lost_stop_two_words_after_a_colon_is_offered():
    text = ("The opposition leader praised the mayor of the city and said: bala In a survey we made in the district, "
            "most voters backed the plan.")
    assert _edits(text, "segment.lost_boundary.opener") == [(">.", "suggest")]


def test_a_lost_stop_after_a_clause_of_its_own_is_still_applied():
    text = ("The opposition leader praised the mayor and his plan for the city In a survey we made in the district, "
            "most voters backed the plan.")
    assert _edits(text, "segment.lost_boundary.opener") == [(">.", "fix")]
