"""A lone lower-case 's' or 't' left where a page lost an apostrophe goes back to "'s" / "n't";
initials, letters named as letters and clean copy stay."""

from __future__ import annotations

import pytest

from cleanup import clean, process

from .conftest import ANY_BODY as ANY

RULE = "normalize.lost_apostrophe"


def _mine(text: str) -> list:
    return [e for e in process(text, ANY).edits if RULE in e.rule.split("+")]


@pytest.mark.parametrize(("before", "after"), [
    ("He should first answer for Aleema Khan s assets, he said.", "He should first answer for Aleema Khan's assets, he said."),
    ("We don t know, and they can t say; it s over.", "We don't know, and they can't say; it's over."),
    ("The minister’s aide saw Bani Gala s house.", "The minister’s aide saw Bani Gala’s house."),  # the text's curly style
])
def test_a_lost_apostrophe_goes_back(before, after):
    res = process(before, ANY)
    assert res.output == after
    assert clean(res.output, ANY) == res.output


def test_after_a_lower_case_word_it_is_only_offered():
    edits = _mine("The film s director said the shoot went well.")
    assert [e.action for e in edits] == ["suggest"]


@pytest.mark.parametrize("fine", [
    "External Affairs Minister S Jaishankar arrived; Plan B s team left.",
    "The New York Substance Abuse Service s Commissioner spoke.",
    "Add the letter s to the word, and a plural s at the end; a t is silent.",
    "The U.S s tariff and the e-mail s list stay as typed.",
    "Ten s later the car left.",
])
def test_initials_and_letters_are_left(fine):
    assert not [e for e in _mine(fine) if e.action == "fix"]


def test_a_plural_is_offered_the_mark_alone():
    edits = _mine("He bought his kids s toys at the market on Monday.")
    assert [(e.before, e.after, e.action) for e in edits] == [(" s", "'", "suggest")]
