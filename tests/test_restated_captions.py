"""A caption that restates the page above it, over a credit line (cleanup/restated_captions.py)."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False, detect_title=True)
RULE = "boilerplate.restated_caption"
HEAD = "Speaker told how many deputies and their children are fighting at the front"
BODY = [
    "Two deputies out of 423 members of parliament are fighting at the front, the speaker said on Monday.",
    "Both come from the same faction, and both attend the sessions when they can.",
    "The speaker could not name any child of a deputy who had gone to the front.",
]


def _doc(*middle: str) -> str:
    return "\n\n".join([HEAD, *middle, *BODY])


def _mine(text: str) -> list:
    return [e for e in process(text, ANY).edits if e.rule == RULE]


def test_headline_in_other_words_over_a_photo_credit_goes():
    copy = "Speaker told how many deputies and their children fight at the front"
    edits = _mine(_doc(copy, "Photo: ua."))
    assert [e.before.strip() for e in edits] == [copy]
    res = process(_doc(copy, "Photo: ua."), ANY.replace(min_confidence=0.5))
    assert copy not in res.output and all(p in res.output for p in BODY)


def test_a_line_that_says_something_new_or_a_sentence_stays():
    # new words (a deck that adds to the headline), a stop (a sentence of the story), no credit under it
    for middle in (("Two deputies of the ruling faction fight in the east of the country", "Photo: ua."),
                   ("The speaker told how many deputies and their children fight at the front.", "Photo: ua."),
                   ("Speaker told how many deputies and their children fight at the front",)):
        assert not _mine(_doc(*middle)), middle
