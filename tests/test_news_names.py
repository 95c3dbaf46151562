"""A name that is also an English word, in lower case once where the article capitalises it:
native news always capitalises the word (document.proper_noun_case.news_name), or the article
writes the run of capitals around it in full (document.proper_noun_case.run)."""

from __future__ import annotations

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)

FIXED = [
    ("Boston mourned on Monday. Runners came back to Boston a year later, and calm settled in and around boston.",
     "around Boston.", "news_name"),
    ("England lost to Wales in Cardiff. Fans of Wales cheered. England were beaten 11-9 by wales in the opener.",
     "by Wales in", "news_name"),
    ("He sang at the Metropolitan Opera in 2000. His debut at the Metropolitan opera came later.",
     "the Metropolitan Opera came", "run"),
    ("Oil rose on the New York Mercantile Exchange. Prices on the New York Mercantile exchange fell.",
     "New York Mercantile Exchange fell", "run"),
    # the run goes on after the word through two small words ('of the')
    ("The first Pirates of the Caribbean film was a hit. The sequel to hit film pirates of the Caribbean was weaker.",
     "film Pirates of the Caribbean was", "run"),
    # the initials of the run in brackets after it
    ("The Corporation paid. It got $100m from the Overseas Private Investment corporation (OPIC), a US agency.",
     "Investment Corporation (OPIC)", "run"),
    # capitals on both sides, and the word capitalised in mid-sentence elsewhere
    ("The Storm Centre warned. Forecasters at the Tropical storm Prediction Unit spoke.",
     "Tropical Storm Prediction Unit", "run"),
    # the word also in lower case elsewhere, the run written more often
    ("The United States objected. Talks with the United States stalled, member states met, and the United States "
     "waited. Critics say the United states must act.", "the United States must", "run"),
    # a surname on second reference
    ("The flights were cancelled, according to Marissa snow, a spokeswoman. More flights would go, Snow said.",
     "Marissa Snow,", "surname"),
]

KEPT = [
    # written in lower case on purpose: an adjective, a verb, a compound with a lower-case word
    "United won the cup. Fans of United cheered. The campaign must remain humble, disciplined and united, he said.",
    "Apple launched a phone. Analysts like Apple, rivals copy Apple. Mr Raskin named it after his favourite apple.",
    "Apple launched a phone. Analysts like Apple, rivals copy Apple. She ate the apple's core.",
    # capitalised only inside a longer name
    "The House of Lords met. Peers in the House of Lords agreed, but the law lords have ruled against it.",
    # a nationality before the word, a compass point, a particle
    "Talks with the Italian Navy failed. The Italian navy boarded the ship.",
    "Sales in North America rose. A cold spell in north America cut output.",
    "Theo van Gogh was killed. A film by Van Gogh was shown.",
    # an acronym of lower-case words; capitals on both sides across 'of'
    "Britain launched digital terrestrial TV (DTT) in 2002. Digital TV grew.",
    "The Gospel was read. We examine the Gnostic gospel of Mary Magdalene today.",
    # a brand's style, written so again and again
    "Apple sells the Mac Mini, and the Mac Mini sells. The Mac mini is small, the Mac mini is cheap, and the Mac mini "
    "is quiet.",
]


@pytest.mark.parametrize(("text", "want", "rule"), FIXED)
def test_name_word_capitalised(text, want, rule):
    res = process(text, CFG)
    assert want in res.text, [(e.rule, e.before, e.after, e.confidence) for e in res.edits]
    assert [e.rule for e in res.fixes] == [f"document.proper_noun_case.{rule}"]


@pytest.mark.parametrize("text", KEPT)
def test_word_kept(text):
    res = process(text, CFG)
    assert res.text == text, [(e.rule, e.before, e.after, e.confidence) for e in res.edits]


def test_house_style_after_a_name_is_offered():
    text = "Officers of the San Francisco Police came. Later San Francisco police said so."
    res = process(text, CFG)
    assert res.text == text and [e.rule for e in res.suggestions] == ["document.proper_noun_case.phrase"]


def test_a_part_written_only_before_another_capital_is_offered():
    # CNN writes 'New York State Police' and 'the New York state budget' in one story: the capital of 'State'
    # belongs to the longer name; 'Metropolitan Police' written on its own still repairs 'Metropolitan police'
    text = ("New York State Police said the driver was arrested. The crash closed the road for hours. "
            "The New York state legislature will debate the bill.")
    assert process(text, CFG).text == text
    out = process("The Metropolitan Police said the man was 30. Metropolitan Police officers arrested him. "
                  "A Metropolitan police spokesman said inquiries continue.", CFG)
    assert "A Metropolitan Police spokesman" in out.text


def test_a_word_after_a_capitalised_word_is_only_offered():
    # a name may modify the word ('Christmas turkey sales' in a story that names Turkey): offered, not applied;
    # the same word after a lower-case word is still repaired
    text = ("Turkey has joined the talks. Officials in Turkey said prices rose. Shops reported strong Christmas "
            "turkey sales, and Turkey was blamed.")
    res = process(text, CFG)
    assert res.text == text
    assert [e.rule for e in res.suggestions] == ["document.proper_noun_case.news_name"]
    fixed = process(text.replace("strong Christmas turkey sales", "sales in turkey"), CFG).text
    assert "sales in Turkey" in fixed


def test_surname_after_a_given_name_news_capitalises_four_times_in_five():
    """'Sheriff Pat melton' beside 'said Melton': 'Pat' (capitalised 7 times in 8 in news) is too
    often a word for a name half alone, but the surname the article writes alone decides."""
    text = ("The county hunted the thieves. The case was led by Sheriff Pat melton, the man in charge. "
            "It was hard, said Melton on Monday, and the barrels were found, said Melton.")
    res = process(text, CFG)
    assert "Pat Melton, the man" in res.text, [(e.rule, e.before, e.confidence) for e in res.edits]
    assert [e.rule for e in res.fixes] == ["document.proper_noun_case.surname"]
