"""Capitals after a determiner (cleanup/determiner_capitals.py): after a sentence's opening determiner
(casing.stray_capital.after_opener), and before a stop after a word a name seldom follows (.before_stop)."""

import pytest

from cleanup import Config, clean, process

CFG = Config(detect_title=False, require_english=False)


def _edits(text: str, rule: str) -> list[tuple[str, str, str]]:
    return [(e.action, e.before, e.after) for e in process(text, CFG).edits if e.rule == "casing.stray_capital." + rule]


@pytest.mark.parametrize("text", [
    "Lending slowed again. The Number of mortgages approved fell in March.",
    "Investors were upbeat. The Potential of the market is large.",
    "The film opened late. The Film is about a girl, and the film won praise.",  # lower case elsewhere
])
def test_a_stray_capital_after_an_opening_determiner_is_repaired(text):
    out = process(text, CFG)
    first, second = text.split(". ", 1)[1].split()[:2]
    assert _edits(text, "after_opener") == [("fix", second[0], second[0].lower())]
    assert f"{first} {second.lower()}" in out.text
    assert clean(out.text, CFG) == out.text


@pytest.mark.parametrize("text", [
    "The paper ran the story first. The Times reported that the deal was off.",
    "The magazine was sceptical. The Economist said the plan would fail, an economist agreed.",
    "The band toured Europe. The Killers played two nights in Berlin.",
    "Rates were left unchanged. The Bank of England held them at 4.75%.",
    "The show drew millions. The Who played their hits.",
    "It was his best year. The Sun said so on Monday.",
])
def test_a_paper_a_band_or_a_name_that_goes_on_is_kept(text):
    assert process(text, CFG).text == text


def test_a_reporting_verb_ahead_is_only_offered():
    text = "The complaint is included. The Reason has advanced that arrests are not ruled out."
    assert all(e.action == "suggest" for e in process(text, CFG).edits)


@pytest.mark.parametrize("text, word", [
    ("The jury sat for days. It was struggling to reach a Verdict. The trial ended.", "Verdict"),
    ("The couple travelled together for their Careers. They married later.", "Careers"),
])
def test_a_capital_before_a_stop_after_a_nameless_word_is_repaired(text, word):
    out = process(text, CFG)
    assert ("fix", word[0], word[0].lower()) in _edits(text, "before_stop")
    assert word.lower() in out.text


@pytest.mark.parametrize("text", [
    "He starred in Who Wants to be a Millionaire? on Christmas Day.",
    "He was in An Officer and a Gentleman, and more.",
    "The party ran the slogan \"Britain is Working\". It won.",
])
def test_a_title_closing_there_is_kept(text):
    assert _edits(text, "before_stop") == []


def test_a_short_quotation_of_speech_is_no_title():
    text = "He smiled. \"And frankly, we could use the Money.\" He laughed."
    assert ("suggest", "M", "m") in _edits(text, "before_stop") or ("fix", "M", "m") in _edits(text, "before_stop")


@pytest.mark.parametrize("text, word", [
    ("The photo was liked by 1.4 Million people in a day.", "Million"),
    ("It was not worth the 12,500 to 30,000 Miles needed for a ticket.", "Miles"),
])
def test_a_count_noun_capitalised_after_a_number_is_repaired(text, word):
    assert _edits(text, "after_number") == [("fix", word[0], word[0].lower())]


@pytest.mark.parametrize("text", [
    "The 367 Members of Congress voted on Tuesday.",
    "He watched CBS 60 Minutes on Sunday night.",
    "She wrote The 7 Habits of Highly Effective People in 1989.",
    "The season will include 50 First dates, Kill Bill: Volume 2 and others.",
    "The method is presented.\n\n2.4 Steps to find candidates are listed here.",
])
def test_a_name_with_a_number_is_kept(text):
    assert _edits(text, "after_number") == []


def test_a_place_and_a_preposition_before_the_article_start_no_name():
    text = "She won the title in Las Vegas at the Weekend -- a trophy to treasure, and the weekend was long."
    assert _edits(text, "before_stop") and _edits(text, "before_stop")[0][1:] == ("W", "w")
    assert _edits("He watched Dancing with the Stars. It was fun.", "before_stop") == []
