"""A capital casing leaves or offers, applied when native news writes the word beside its neighbour in lower
case every time (cleanup/agreed_capitals.py, casing.stray_capital.agreed_lower), and a surname after a
preposition that takes a person only offered (person_doubt)."""

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)
RULE = "casing.stray_capital.agreed_lower"


def _edits(text: str, rule: str = RULE) -> list[tuple[str, str, str]]:
    return [(e.action, e.before, e.after) for e in process(text, CFG).edits if e.rule == rule]


@pytest.mark.parametrize("text, before", [
    ("It is deeply ingrained in our society, but that is No excuse for it.", "N"),  # a function word: never_beside's gap
    ("I was able to keep my pace going throughout the Match.", "M"),  # before a stop after 'the'
    ("The airlines have No money, so passengers will pay.", "N"),
])
def test_a_capital_news_never_gives_beside_its_neighbour_is_lowered(text, before):
    assert _edits(text) == [("fix", before, before.lower())]


@pytest.mark.parametrize("text", [
    "He was replaced by Bird in the second half.",  # a surname whose only pair is with a small word
    "She was quoted by the Economist.",  # news capitalises the pair
    "The film Cars was a hit.",  # a work named
    "The Parliamentary Group on Betting and Gaming held an inquiry into the sport.",  # a name runs on
    "Scotland voted No in the referendum.",
    "It was a panel of the cabinet and the Education, Culture, Sports, Science and Technology ministry.",  # a list
    # the article capitalises the word elsewhere (a sentence start counts) and never writes it in lower case
    "England scrum-half Bryan Redpath left Sale in the summer. Sale finished third.",
    "Sale Sharks beat Wasps 27-3 on Saturday. Cueto, who joined Sale in 2001, scored twice.",
])
def test_a_name_is_left(text):
    assert process(text, CFG).text == text
    assert _edits(text) == []


def test_a_surname_after_a_preposition_that_takes_a_person_is_only_offered():
    rule = "casing.stray_capital.after_function_word"
    assert _edits("He was knocked down by Hope in the final round.", rule) == [("suggest", "H", "h")]
    assert _edits("He was replaced by Bird at half-time.", rule) == [("suggest", "B", "b")]
    assert _edits("The shot by Bird went wide.", rule) == [("suggest", "B", "b")]  # a verb after the name
    # before a noun the word is a modifier, no person: applied as before
    assert _edits("She left the firm for Company reasons and the author of a book.", rule)[0][0] == "fix"


def test_a_name_in_apposition_to_a_noun_before_its_verb_is_only_offered():
    rule = "casing.stray_capital.common_word"
    assert _edits("Shares in the retailer Next said it would cut jobs.", rule) == [("suggest", "N", "n")]
    assert _edits("It was bought by the retailer Next in 1999.", rule) == [("suggest", "N", "n")]  # not before a noun
    # without the article and the noun before it: applied as before
    assert _edits("The storm hit the north. Officials said the storm had passed before the floods reached "
                  "Several villages.", rule)[0][0] == "fix"
