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


HEAD = "Minister calls rival a liar"
LEDE = "The former deputy chief minister has made jobs an election issue, the minister said."
BODY = "He spoke on Monday."


@pytest.mark.parametrize("dateline", ["Bihar: Patna. ", "Patna. ", "Swapnil Gaurkhede-Raipur. "])
def test_dateline_closed_with_a_stop_goes(dateline):
    out = process(f"{HEAD}\n\n{dateline}{LEDE}\n\n{BODY}", ANY).output
    assert out == f"{HEAD}\n\n{LEDE}\n\n{BODY}"


@pytest.mark.parametrize("text", [
    f"{HEAD}\n\nThe minister spoke in Patna. {LEDE}\n\n{BODY}",
    "A winter in the city\n\nLondon. A grey morning in November.\n\nThe queues at the station are long.",
    f"{HEAD}\n\n{LEDE}\n\n{BODY}\n\nThe rally went on.\n\nPatna. {LEDE}",  # not among the first two paragraphs
])
def test_place_sentences_elsewhere_stay(text):
    assert process(text, ANY).output == text
