"""HTML entities broken up by machine translation ('& # 39;') go back to their mark, with the
space MT left beside it; whole entities stay ftfy's, and clean copy has none of these shapes."""

from __future__ import annotations

import pytest

from cleanup import clean, process

from .conftest import ANY_BODY as ANY

RULE = "normalize.spaced_entity"


@pytest.mark.parametrize(("before", "after"), [
    ("The curtain falls for & # 39; am Amsterdam & # 39; at the square.",
     "The curtain falls for 'am Amsterdam' at the square."),
    ("Bots don& # 39; t see the app& # 39; s data.", "Bots don't see the app's data."),
    ("Bots don& # 39; t see users& # 39; addresses.", "Bots don't see users' addresses."),
    ("It is Tales & # 39; theorem.", "It is Tales' theorem."),
    ("He spoke of & quot; special circumstances & quot; in the case.",
     'He spoke of "special circumstances" in the case.'),
    ("The network & # 40;NCW& # 41; was built.", "The network (NCW) was built."),
])
def test_a_spaced_entity_goes_back_to_its_mark(before, after):
    res = process(before, ANY)
    assert res.output == after
    assert any(RULE in e.rule.split("+") for e in res.edits)
    assert clean(res.output, ANY) == res.output


def test_quotation_marks_pair_within_their_paragraph_only():
    text = "He wrote & # 39; enough.\n\nShe said & # 39; no & # 39; at once."
    assert process(text, ANY).output == "He wrote ' enough.\n\nShe said 'no' at once."


@pytest.mark.parametrize("fine", [
    "The firm AT&T raised R&D spending; item # 39 was sold & shipped.",
    "Use & to join two names, then # 39; it is a list.",
])
def test_text_with_no_broken_entity_is_left(fine):
    assert not [e for e in process(fine, ANY).edits if RULE in e.rule.split("+")]


@pytest.mark.parametrize("text, want", [
    ("The band & # 39; s new album & # 39; Heat & # 39; is out.", "The band's new album 'Heat' is out."),
    ("He said & # 39; the deal & # 39; s off & # 39; today.", "He said 'the deal's off' today."),
])
def test_a_possessive_a_space_apart_is_no_quotation_mark(text, want):
    assert process(text, ANY).output == want


@pytest.mark.parametrize("text, want", [
    ("Residents & # 39; homes were flooded, and the villagers & # 39; fields too.",
     "Residents' homes were flooded, and the villagers' fields too."),  # plural possessives, no quotation
    ("He says & # 39; no & # 39; to the plan.", "He says 'no' to the plan."),  # a verb in s opens one
    ("The app & # 8217; s users said it & # 8217; s slow.", "The app’s users said it’s slow."),
])
def test_possessives_and_the_right_single_quote_as_an_apostrophe(text, want):
    assert process(text, ANY).output == want
