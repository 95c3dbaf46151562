"""'said that we will win': a speaker's words in the first person after 'said that' (Hindi,
Arabic MT) are offered their opening quotation mark; never applied."""

from __future__ import annotations

from cleanup import process

from .conftest import ANY_BODY as ANY

HI = ANY.replace(source_language="hi")


def test_first_person_words_after_said_that_are_offered_a_quotation():
    text = "Chief Minister Nitish Kumar said that we will win the elections and work. We are going among the people."
    res = process(text, HI)
    offers = [(e.before, e.after, e.action) for e in res.edits if e.rule == "normalize.said_that_quote"]
    assert offers == [(" that we", ": “We", "suggest")]
    assert res.output == text


def test_reported_speech_and_quoted_words_are_not_offered():
    for text in ("The minister said that the party will win the elections and work.",
                 "\"Some people have said that I am obsessed but I think it is better this way,\" he said.",
                 "He said: \"We voted.\" He said that we will win the elections and work."):
        assert not [e for e in process(text, HI).edits if e.rule == "normalize.said_that_quote"]


def test_words_quoted_in_part_and_native_reported_speech_are_not_offered():
    partly = "The review noted that we \"will rebalance our efforts toward partners.\" It was published."
    assert not [e for e in process(partly, HI).edits if e.rule == "normalize.said_that_quote"]
    for native in ("The manager said that we should expect a tough game on Saturday against the league leaders.",
                   "The minister said that our country would never accept such a deal, and that talks were over."):
        assert not [e for e in process(native, ANY).edits if e.rule == "normalize.said_that_quote"]
