"""A name and its verb after an attribution that closes a clause (segment.lost_boundary.attribution,
``attributed_names``): ``for the new series, Netflix said Stamos will produce``."""

from __future__ import annotations

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)
RULE = "segment.lost_boundary.attribution"


@pytest.mark.parametrize("text, fixed", [
    ("Both actors will return for the new series, Netflix said Stamos will produce it. Filming starts soon.",
     "Netflix said. Stamos will"),
    ("The factory closed in March after two bad years, the union said Hartley also lost his job. He is suing.",
     "the union said. Hartley also"),
])
def test_name_and_verb_after_a_closing_attribution(text: str, fixed: str) -> None:
    res = process(text, CFG)
    assert fixed in res.output
    assert any(e.rule == RULE and e.action == "fix" for e in res.edits)


@pytest.mark.parametrize("text", [
    "He read a statement from the spokesman, who said Slager attempted to flee. Filming starts soon.",
    "The motive was never spelled out, but prosecutors said Lloyd might have known. Filming starts soon.",
    "Clark, who was brought in to review the case, has said Bates fell victim to it. Filming starts soon.",
    "In a statement on Monday, the company said Lloyd will appeal. Filming starts soon.",
    "A week ago, with days left until the deadline, the agency chief said Iran is stalling. Filming starts soon.",
    "The deal was signed last night, the minister told Reuters on Monday. Filming starts soon.",
    "\"We will win,\" the coach said Tuesday in his weekly briefing. Filming starts soon.",
])
def test_the_verb_takes_the_clause_after_it(text: str) -> None:
    res = process(text, CFG)
    assert not [e for e in res.edits if e.rule == RULE]
    assert res.output == text


@pytest.mark.parametrize("text", [
    "The bank said Chase had set aside $1bn, and analysts said Chase would recover.",
    "The bank said Chase had set aside $1bn, but analysts said Chase would recover.",
    "The studio said filming was over, and readers said Eve was believable in the role.",
])
def test_a_conjunction_after_the_comma_opens_the_attribution_clause(text: str) -> None:
    # review35a: what the analysts said follows; the clause before the comma is not theirs
    assert [e for e in process(text, CFG).edits if e.rule == RULE] == []
