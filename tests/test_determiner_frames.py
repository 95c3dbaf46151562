"""A capital after a determiner that its share of capitals, its frame and its neighbours agree is no
name, applied (cleanup/determiner_frames.py, casing.stray_capital.determiner_frame); names and titles
left."""

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)
RULE = "casing.stray_capital.determiner_frame"


def _edits(text: str) -> list[tuple[str, str, str]]:
    return [(e.action, e.before, e.after) for e in process(text, CFG).edits if e.rule == RULE]


@pytest.mark.parametrize("text, before", [
    ("She ruled out a comeback after a Setback in her recovery from injury.", "S"),  # never counted, a preposition
    ("I do believe the Allegation in relation to the driving is wrong.", "A"),
    ("The top seed opens his Campaign on Tuesday against a qualifier.", "C"),  # a weekday is no title's word
    ("It will be a battle. Look at the Way they beat us last year, he said.", "W"),  # 'Look' is the sentence's capital
])
def test_a_capital_the_evidence_agrees_on_is_lowered(text, before):
    assert _edits(text) == [("fix", before, before.lower())]
    word = text[text.index(" " + before) + 1:].split()[0]
    assert word.lower() in process(text, CFG).text


@pytest.mark.parametrize("text", [
    "He worked for the Bank of England for ten years.",  # 'of' and a capital: a name goes on
    "They watched the Massacre in Munich last night.",  # a small word and a capital after 'the': a title
    "It was a great night for the band, who played a Funeral in New York last week.",  # a title's word ahead
    "He is a scribe who transcribes the Torah and writes other documents.",  # never counted, before 'and'
    "In the Budgets that were given before the election, taxes rose.",  # the singular is a name's word
    "Simpson was named the Player of the Tournament.",  # a name runs on behind it
    "\"It was a setback,\" a Jive spokeswoman said.",  # an uncounted word before a noun: a brand
])
def test_a_name_or_a_title_is_left(text):
    assert _edits(text) == []
