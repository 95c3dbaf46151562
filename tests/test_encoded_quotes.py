"""Curly quotation marks a page's encoding turned into question marks (normalize.encoded_quotes)."""

from __future__ import annotations

from cleanup import clean, process

from .conftest import ANY_BODY as ANY
from .conftest import rules_of as _rules


def test_question_marks_glued_round_a_name_become_its_quotation_marks():
    text = ("The bureau said there is no such person as ?Zhang Wei? in the town, and no ?Li Ming? doctor "
            "at the hospital.")
    result = process(text, ANY)
    assert "as “Zhang Wei” in the town" in result.output and "no “Li Ming” doctor" in result.output
    assert clean(result.output, ANY) == result.output


def test_the_partner_may_follow_a_stop_at_the_quotations_end():
    text = "A message said that ?the doctor has been isolated...? The report is false."
    assert "that “the doctor has been isolated...” The report" in process(text, ANY).output


def test_an_opener_with_no_partner_is_only_offered_for_removal():
    text = "There are open spaces. It is the area of ??the city square, the office said."
    result = process(text, ANY)
    assert "??the city" in result.output
    assert any(e.rule == "normalize.encoded_quotes" and e.action == "suggest" for e in result.edits)


def test_real_question_marks_stay():
    for text in ("Is it true ?I think so. Are you sure?", "See example.com/?id=4 for more. Why? Nobody knows."):
        assert "normalize.encoded_quotes" not in _rules(process(text, ANY)), text
