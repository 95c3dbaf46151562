"""Sentence ends glued after a figure or before a two-letter opener (cleanup.glued_ends, read by
normalize.space_after_punctuation); code, versions, decimals and numbered lists stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process

MT = Config(source_language="zh")


@pytest.mark.parametrize("text, want", [
    ("The case has been open since January 21.On February 6, the office closed it.", "January 21. On February 6"),
    ("Cases were found in Duan Township.At present, the city is testing.", "Duan Township. At present, the city"),
    ("He was caught by the Anti-Crime Division.He added that he had confessed.", "Division. He added"),
])
def test_glued_end_gets_its_space(text, want):
    assert want in process(text, MT).output


@pytest.mark.parametrize("text", [
    "Read it with System.In and print what it holds.",
    "Version 3.5 replaced v2.0 and the figure rose to 12.5 percent.",
    "The list reads:\n1.Introduction\n2.Methods",
    "It was published under Law No. 2 of 2002.",
])
def test_code_and_figures_stay(text):
    res = process(text, MT)
    assert not [e for e in res.edits if e.rule == "normalize.space_after_punctuation"]
