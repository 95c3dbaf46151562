"""Marks glued on one side (cleanup.glued_marks): a dash spaced on one side only, an ellipsis
glued to the word after it, a word glued to its ordinal or document number.  Applied in MT
copy, offered in copy with no mark of MT; compounds, suspended hyphens, negative figures and
names ending in a figure stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process

MT = Config(source_language="vi")
NATIVE = Config()

RULES = ("normalize.glued_dash", "normalize.ellipsis_glued_word", "normalize.word_number")


def _mine(text: str, cfg: Config) -> list:
    return [e for e in process(text, cfg).edits if e.rule in RULES]


@pytest.mark.parametrize("text, want", [
    ("The Department of Home Affairs -the standing body of the council met.", "Home Affairs – the standing body"),
    ("Three people died: Chuhuiv district -1, Zolochiv – 3.", "district – 1, Zolochiv"),
    ("The plan -announced two weeks ago- is complex.", "plan – announced two weeks ago – is complex"),
    ("The minister said- We cannot wait any longer.", "said: We cannot"),
    ("There is no head of cabinet…maybe they are away.", "cabinet… maybe they"),
    ("The Rada met for a total of only...8.5 hours.", "only... 8.5 hours"),
    ("Let me go home …What if you do not help me?", "home … What if"),
    ("Aban13th is a day full of experience.", "Aban 13th is"),
    ("They carry out the Plan21/2016 of the committee.", "the Plan 21/2016 of"),
])
def test_applied_in_mt_copy(text, want):
    res = process(text, MT)
    assert want in res.output
    assert process(res.output, MT).output == res.output  # no rule fires on the repair


@pytest.mark.parametrize("text", [
    "The economy -which stagnated for a decade- may be recovering, officials said.",
    "There is no head of cabinet…maybe they are away.",
])
def test_only_offered_in_native_copy(text):
    edits = _mine(text, NATIVE)
    assert edits and all(e.action == "suggest" for e in edits)
    assert process(text, NATIVE).output == text


@pytest.mark.parametrize("text", [
    "Loans to small- and medium-sized firms grew quickly this year.",
    "Growth fell to a rate of -1, then recovered in the spring.",
    "Replacements: Fortey, Murphy, MacLeod- Henderson and the captain.",
    "Maroon5 and OutKast are up for awards, as is the Top500 list.",
    "The 2nd round starts on 3rd May; the V2 engine is ready.",
    "He paused. \"...As descendants of two peoples, we must talk,\" he said.",
    "We waited... and then the bus came.",
])
def test_left_alone(text):
    assert _mine(text, MT) == []
