"""A dateline whose place is an everyday English word, a source's name translated
(cleanup/word_datelines.py); a place's dateline and a list of labels stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process

ANY = Config(require_english=False)
LEAD = "The minister spoke on Monday in the capital."
CLAUSE = "The senior agent of the ministry said that the detainees would be handed over."


@pytest.mark.parametrize("slot", ["Palm – ", "WALL – "])
def test_translated_source_name_goes(slot):
    out = process(f"{LEAD}\n\n{slot}{CLAUSE}", ANY).output
    assert out == f"{LEAD}\n\n{CLAUSE}"


@pytest.mark.parametrize("text", [
    f"{LEAD}\n\nJAKARTA – {CLAUSE}",
    f"{LEAD}\n\nAnkara – {CLAUSE}",
    "The nominations were announced.\n\nAnimation - Brush Head\n\nDrama - Featherboy",
])
def test_places_and_labels_stay(text):
    assert process(text, ANY).output == text
