"""boilerplate.headline_caption: a picture's caption that opens with the story's headline."""

from __future__ import annotations

from cleanup import Config, process

MT = Config(source_language="ko", require_english=False)
HEAD = "Minister visits the flooded towns after the storm"


def _rules(text: str) -> list[str]:
    return [e.rule for e in process(text, MT).edits]


def test_caption_opening_with_the_headline_goes_with_its_credit():
    text = (f"{HEAD}\n\nThe minister visited three towns on Monday.\n\n"
            f"{HEAD} Minister Ann Lee. City Daily\n\nShe promised help.")
    r = process(text, MT)
    assert "Ann Lee" not in r.text and "She promised help." in r.text
    assert "boilerplate.headline_caption" in [e.rule for e in r.edits]


def test_caption_above_the_headline_keeps_the_headline():
    """The caption printed first must not be read as the title and the headline as its repeat."""
    text = (f"{HEAD} Ann Lee\nCity Daily\n\n{HEAD}\n\n"
            "The minister visited three towns on Monday.\n\nShe promised help.")
    r = process(text, MT)
    assert "Ann Lee" not in (r.title or "") + r.text and "City Daily" not in r.text
    assert HEAD in (r.title or "") + r.text


def test_a_paragraph_that_runs_on_from_the_headline_like_a_sentence_stays():
    for tail in (" Monday. She met the mayors.", " for the third time, said the mayor",
                 "Releasing a statement, the minister said she was sad."):
        text = f"{HEAD}\n\nThe minister visited three towns on Monday.\n\n{HEAD}{tail}\n\nShe promised help."
        assert "boilerplate.headline_caption" not in _rules(text)


def test_a_lowercase_sentence_after_the_caption_is_no_credit():
    text = (f"{HEAD}\n\nThe minister visited three towns on Monday.\n\n"
            f"{HEAD} Ann Lee\n\nshe promised help")
    assert "she promised help" in process(text, MT).text.lower()  # capitalised by the casing rules
