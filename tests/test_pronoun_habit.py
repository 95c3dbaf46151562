"""casing.pronoun_i: a writer who writes the pronoun in lower case three times or more does so
by habit (a reader's comment: a false edit on native news, bench.false_edits), so it is only
offered; one or two uses are still repaired.  The first test fails on the code before."""

from __future__ import annotations

import dataclasses

from cleanup import process

from .conftest import ANY_BODY as ANY

#: copy read as translated (a source language; readers' comments show MT signals of their own),
#: where the rule's native_confidence does not already hold the repair back
MT = dataclasses.replace(ANY, source_language="de")

COMMENT = ("When i was at school the game took over my life. Some nights i played until dawn, and "
           "by morning i could hardly keep my eyes open. It was worth it though.")


def test_lower_case_pronoun_by_habit_is_only_offered():
    out = process(COMMENT, MT)
    assert "When i was at school" in out.output
    assert [e.action for e in out.edits if e.rule == "casing.pronoun_i"] == ["suggest"] * 3


def test_a_slip_or_two_is_still_repaired():
    text = "Later i posted the video, and i'm sure it helped. The station said the clip was shared widely."
    assert process(text, MT).output.startswith("Later I posted the video, and I'm sure")


def test_uses_inside_a_quotation_are_no_habit_of_the_text():
    text = ("Later i posted the video, and i'm sure it helped. The post read “i know i was right” "
            "and the station said the clip was shared widely.")
    out = process(text, MT).output
    assert out.startswith("Later I posted the video, and I'm sure")
    assert "“i know i was right”" in out
