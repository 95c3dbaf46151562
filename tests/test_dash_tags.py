"""A speech tag between two dashes inside a quotation (Italian MT): the quotation closes before it
and opens again after it, or, where only a few words of the quotation follow it, the tag goes after
the quotation."""

from __future__ import annotations

import dataclasses

from cleanup import process

from .conftest import ANY_BODY as ANY

IT = dataclasses.replace(ANY, source_language="it")


def test_a_tag_before_the_last_words_of_a_quotation_goes_after_it():
    text = ("The mayor wants to make life livable, “as thousands of people I met during the campaign – he explains – "
            "asked me”. Then he spoke of the sea.")
    out = process(text, IT).output
    assert "“as thousands of people I met during the campaign asked me,” he explains. Then" in out


def test_a_tag_before_more_of_the_quotation_splits_it():
    text = "The mayor spoke. “Usually – the mayor replies – in Rome this type of work takes twice as long.”"
    out = process(text, IT).output
    assert out.endswith("“Usually,” the mayor replies, “in Rome this type of work takes twice as long.”")


def test_a_russian_tag_with_a_comma_and_a_stop_by_its_dashes_splits_the_quotation():
    text = "The minister spoke.\n\n«They have opened a new branch, — said Levin. – From all sides we hear it.»"
    out = process(text, dataclasses.replace(ANY, source_language="ru")).output
    assert out.endswith("“They have opened a new branch,” said Levin. “From all sides we hear it.”")


def test_a_comma_and_dashes_outside_a_quotation_are_kept():
    text = "The minister spoke.\n\nThe plan went ahead, — said Levin. – From all sides we hear it."
    edits = process(text, dataclasses.replace(ANY, source_language="ru")).edits
    assert not [e for e in edits if e.rule == "normalize.dash_speech_tag"]
