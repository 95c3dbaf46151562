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


def test_marks_are_never_paired_across_a_sentence_boundary():
    # review of quotes25: 'So what ?he asked.' paired with the next sentence's real question mark
    text = "So what ?he asked. Nobody knew what to say?"
    result = process(text, ANY)
    assert result.output == text and "normalize.encoded_quotes" not in _rules(result)


def test_a_query_string_stays():
    for text in ("Open the page ?id=4 and look? It is there.", "Try the search ?q=flu&page=2 then? It works."):
        result = process(text, ANY)
        assert "normalize.encoded_quotes" not in _rules(result), text


def test_a_quotation_opening_with_a_question_word_is_only_offered():
    text = "He asked ?Why not? and left the room."
    result = process(text, ANY)
    assert result.output == text
    found = [e for e in result.edits if e.rule == "normalize.encoded_quotes"]
    assert len(found) == 2 and all(e.action == "suggest" for e in found)


def test_a_single_opener_with_no_partner_is_left():
    text = "It was a long day ?it seemed to all of them, the mayor said."
    assert "normalize.encoded_quotes" not in _rules(process(text, ANY))


def test_a_partner_ending_its_sentence_may_be_its_question_mark():
    # review of quotes26: the sentence's final '?' was taken as the closer and dropped
    for text in ("You know what ?I think he lied, why?", "Guess what ?the deal is off, right? Then he left."):
        result = process(text, ANY)
        assert result.output == text, text
        found = [e for e in result.edits if e.rule == "normalize.encoded_quotes"]
        assert [e.action for e in found] == ["suggest", "suggest"], text
        assert found[1].after == "?”", text


def test_an_opener_after_a_windows_path_stays():
    result = process("Save the file as C:\\docs ?draft? now.", ANY)
    assert "normalize.encoded_quotes" not in _rules(result)
