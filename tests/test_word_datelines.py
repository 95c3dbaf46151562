"""A dateline whose place is an everyday English word, a source's name translated
(cleanup/word_datelines.py); a place's dateline and a list of labels stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process

ANY = Config(require_english=False, source_language="ar")  # text that shows MT
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


NATIVE = Config(require_english=False, detect_title=False)


@pytest.mark.parametrize("text", [
    "The row over the new runway has gone on for three years.\n\nJanuary – The government announced plans for a third runway at the airport.\n\nMarch – The council voted to fight the plans in the courts.\n\nJune – The High Court ruled that the plans could go ahead.",
    "The film opens on Friday.\n\nVerdict - The film is a triumph and deserves every award it will surely win.",
    "Baghdad. The bombs fell again last night as the city slept, and the power failed in the east.\n\nResidents said they were tired.",
    "Jordan. The striker scored twice on Saturday and now has ten goals this season.",
])
def test_native_timelines_labels_and_feature_ledes_stay(text):
    # review18a L7, L8: in copy with no mark of MT these openings are the writer's
    assert process(text, NATIVE).output == text


@pytest.mark.parametrize("text", [
    f"{LEAD}\n\nMonday – The prime minister flew to Brussels for talks with other leaders.",
    f"{LEAD}\n\nArsenal - The Gunners are without their captain, who was injured last week.\n\n"
    "Rangers - The visitors will be without their top scorer, who is suspended.",
])
def test_calendar_words_and_previews_stay_in_mt(text):
    # review18a L7: a weekday is a diary's, two such openings a preview's, never a translated agency
    assert process(text, Config(require_english=False, source_language="tr")).output == text


def test_native_copy_is_only_offered():
    text = f"{LEAD}\n\nPalm – {CLAUSE}"
    r = process(text, NATIVE)
    assert r.output == text and [e.action for e in r.edits if e.rule == "boilerplate.word_dateline"] == ["suggest"]
