"""A question in inverted order that MT ended with a stop is offered its question mark; relative
clauses, abbreviations and quotations are left, and nothing is applied."""

from __future__ import annotations

import pytest

from cleanup import process

from .conftest import ANY_BODY as ANY

RULE = "normalize.lost_question_mark"


def _mine(text: str) -> list:
    return [e for e in process(text, ANY).edits if RULE in e.rule.split("+")]


@pytest.mark.parametrize("text", [
    "This is a fight for democracy. Where will the democracy be alive when the MLA is sold. He left.",
    "You say he polishes boots, what do you do. The opposition will act.",
])
def test_a_question_ended_with_a_stop_is_offered_its_mark(text):
    edits = _mine(text)
    assert [(e.before, e.after, e.action) for e in edits] == [(".", "?", "suggest")]
    assert process(text, ANY).output == text  # offered, not applied


@pytest.mark.parametrize("fine", [
    "The firm trusts Anil, who is the company's chief.",
    "What can I add to Mr. Smith's view? Little.",
    "He said: what do you do. Then he left.",
    "What is clear is that the plan failed.",
    "Why should I care, she asked the crowd.",  # the question ends at the comma (review24)
    "How was it done, he wondered.",
])
def test_relative_clauses_abbreviations_and_statements_are_left(fine):
    assert _mine(fine) == []
