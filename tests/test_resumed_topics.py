"""A capitalised pronoun that takes up a topic with no verb of its own (segment.lost_boundary.resumed_topic):
no full stop is put before it (the determiner rule did: 'in Algeria. It shrank'); the repair is
offered, and a pronoun after a complete clause, a heading or a time phrase still gets its stop."""

from __future__ import annotations

from cleanup import clean, process, replay

from .conftest import ANY_BODY as ANY

RULE = "segment.lost_boundary.resumed_topic"


def _offers(text: str):
    return [e for e in process(text, ANY).edits if e.rule == RULE]


def test_a_that_clause_subject_keeps_its_pronoun_in_the_sentence_and_the_pronoun_going_is_offered():
    text = "He spoke at length, and stressed in the context that the protests in the capital It shrank after the vote."
    assert "the capital. It shrank" not in clean(text, ANY)
    (edit,) = _offers(text)
    assert edit.action == "suggest" and edit.before == " It" and edit.after == ""
    accepted = replay(text, process(text, ANY).edits, include_suggestions=True)
    assert "that the protests in the capital shrank after the vote" in accepted


def test_a_present_tense_verb_gets_a_comma_and_a_lower_case_pronoun_offered():
    text = ("The inquiry was ordered to gain credibility which must be fair to the police as well "
            "Now the allegations It takes time to check them all.")
    assert "allegations. It takes" not in clean(text, ANY)
    offers = _offers(text)
    assert {(e.before, e.after) for e in offers} == {("", ","), ("I", "i")}
    assert all(e.action == "suggest" for e in offers)
    accepted = replay(text, process(text, ANY).edits, include_suggestions=True)
    assert "the allegations, it takes time" in accepted


def test_a_pronoun_after_a_complete_clause_still_starts_a_sentence():
    text = "The minister visited the flooded villages in the north on Monday It was his third visit this year."
    assert "on Monday. It was his third visit" in clean(text, ANY)
    assert _offers(text) == []


def test_a_that_clause_with_its_verb_is_no_topic():
    text = "The minister said on Monday that the talks had gone well It was a good day for the region."
    assert "had gone well. It was a good day" in clean(text, ANY)
    assert _offers(text) == []


def test_a_time_phrase_after_that_is_no_subject():
    text = "Under the rules both must keep deficits low. France and Germany will breach that this year It will be the third time."
    assert _offers(text) == []
    assert "this year. It will be the third time" in clean(text, ANY)


def test_cleaning_twice_changes_nothing_more():
    for text in ("He spoke at length, and stressed in the context that the protests in the capital It shrank after the vote.",
                 "It must be fair to the police as well Now the allegations It takes time to check them all."):
        once = clean(text, ANY)
        assert clean(once, ANY) == once
