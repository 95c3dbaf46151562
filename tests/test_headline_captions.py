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


def test_a_lede_that_repeats_the_headline_and_lost_its_stop_stays():
    """review29a: the lede runs on from the headline with a verb; it is repaired, not removed."""
    head = "Government raises minimum wage for next year"
    text = (f"{head}\n\n{head} The Ministry of Employment and Labor announced on the 1st that the minimum wage "
            "will rise by 5 percent next year\n\nThe increase is the largest in six years.")
    r = process(text, MT)
    assert "boilerplate.headline_caption" not in [e.rule for e in r.edits]
    assert "The Ministry of Employment and Labor announced" in r.text


def test_a_byline_or_a_crosshead_under_the_caption_stays():
    for para in ("By John Smith", "Economic Impact"):
        text = (f"{HEAD}\n\nThe minister visited three towns on Monday.\n\n"
                f"{HEAD} Minister Ann Lee\n\n{para}\n\nShe promised help.")
        r = process(text, MT)
        cut = [e.before for e in r.edits if e.rule == "boilerplate.headline_caption"]
        assert cut and "Ann Lee" in cut[0] and para not in cut[0]  # a byline goes by its own rule, if at all


def test_a_credit_paragraph_under_the_caption_goes_with_it():
    text = (f"{HEAD}\n\nThe minister visited three towns on Monday.\n\n"
            f"{HEAD} Minister Ann Lee\n\nWikipedia Commons\n\nShe promised help.")
    r = process(text, MT)
    assert "Ann Lee" not in r.text and "Commons" not in r.text
