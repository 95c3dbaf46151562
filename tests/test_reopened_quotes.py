"""A quotation interrupted by its speech tag whose second part lost its opening mark (Czech,
Korean MT): the mark goes back at the start of the first sentence after the tag."""

from __future__ import annotations

from cleanup import process

from .conftest import ANY_BODY as ANY


def test_the_words_after_the_tag_open_again():
    text = ("“This will be a truly worthy head of state,” said the Prime Minister. It is our main objective "
            "and we will adapt our strategy to it.”")
    assert "said the Prime Minister. “It is our main objective" in process(text, ANY).output


def test_a_reopened_or_closed_quotation_and_plain_narrative_stay():
    for text in ("“This will be a worthy head of state,” said the Prime Minister. “It is our main objective.”",
                 "“We are ready,” he said. The talks begin on Monday.",
                 "“We are ready,” said the minister. He called it “a new start.”"):
        res = process(text, ANY)
        assert res.output == text
        assert not [e for e in res.edits if e.rule == "normalize.lost_reopening_quote"]
