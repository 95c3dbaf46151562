"""A word that is also a name, where its common reading fits the slot (cleanup/common_slots.py),
and a capitalised noun qualifying the noun after it (cleanup/attributive_capitals.py): offered,
never applied, in native copy about people named so."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.common_slots import common_slot
from cleanup.doc import Context
from cleanup.rules import load_rules

CFG = Config(detect_title=False, require_english=False)

# an article naming Mark and Grace alone often enough for document.proper_noun_case to act
PEOPLE = ("Mark Hill and Grace Hill met at university in 1990. It was love at first sight, said Mark, though "
          "Grace took longer. Friends say Mark and Grace are inseparable. Since then Mark has taught maths while "
          "Grace ran a clinic. Pupils adore Mark, and patients trust Grace. On Sundays Mark cooks and Grace "
          "gardens. Neighbours say Mark is patient and Grace is the stronger one. For Mark, it was a good year. ")


def _fixes(text: str) -> list[str]:
    return [e.before for e in process(text, CFG).edits if e.action == "fix" and e.rule.startswith("document.")]


@pytest.mark.parametrize("sentence", [
    "The couple planned a dinner to mark the day.",  # after 'to': the verb with its object
    "Guests praised the hosts for grace and warmth.",  # after a preposition, beside a lower-case noun
])
def test_common_word_in_its_slot_is_not_applied(sentence: str) -> None:
    assert _fixes(PEOPLE + sentence) == []


@pytest.mark.parametrize("sentence", [
    "The party will be small, according to mark.",  # no object after 'to': the person
    "Guests will bring gifts for mark and his wife.",  # beside a pronoun's noun, not a lower-case noun
])
def test_name_slot_still_applied(sentence: str) -> None:
    assert _fixes(PEOPLE + sentence) == ["m"]


def test_adjective_after_linking_verb() -> None:
    ctx = Context(load_rules(), Config())
    text = "By evening the leaves went brown and fell."
    at = text.index("brown")
    assert common_slot(text, at, at + 5, ctx)
    text = "The award went to brown, his rival."
    at = text.index("brown")
    assert not common_slot(text, at, at + 5, ctx)


def test_verb_after_to_before_a_surname_is_offered() -> None:
    text = ("Labour MPs questioned Johnson on Monday. They vowed to harry Johnson over the bills, "
            "and Johnson said he would answer. Johnson left early.")
    r = process(text, CFG)
    assert "to harry Johnson" in r.text
    assert any(e.rule == "document.lower_given_name" and e.action == "suggest" for e in r.edits)


@pytest.mark.parametrize("sentence, word", [
    ("Ms Patel, a prominent Leave supporter, spoke first.", "Leave"),
    ("Apple said the popular Keynote software would be updated.", "Keynote"),
    ("Staff carried a heavy Gold trophy to the stage.", "Gold"),
])
def test_capital_noun_qualifying_a_noun_is_not_lowered(sentence: str, word: str) -> None:
    r = process(sentence, CFG)
    assert word in r.text
    assert not [e for e in r.edits if e.rule == "casing.stray_capital.after_function_word" and e.action == "fix"]


def test_stray_capital_adjective_still_lowered() -> None:
    text = "The report found a Poor stock market performance last year."
    assert "a poor stock market" in process(text, CFG).text


def test_pair_at_a_sentence_start_is_no_proof() -> None:
    """'Longtime Obama adviser' opening a sentence does not make 'a longtime Obama aide' a name:
    news writes 'longtime' in lower case more often than not."""
    text = ("The senator met donors in Chicago on Friday. Longtime Obama adviser David Axelrod said the race "
            "was open. Anita Dunn, a longtime Obama aide, agreed.")
    r = process(text, CFG)
    assert "a longtime Obama aide" in r.text


def test_capital_noun_the_article_writes_in_lower_case_is_lowered() -> None:
    """The article's own lower-case use says the common word: the capital is a stray one."""
    text = "It is a step up to Test cricket. He loves cricket and test matches."
    assert "to test cricket" in process(text, CFG).text
