"""Capitals after a determiner (cleanup/determiner_capitals.py): after a sentence's opening determiner
(casing.stray_capital.after_opener), and before a stop after a word a name seldom follows (.before_stop)."""

import pytest

from cleanup import Config, clean, process

CFG = Config(detect_title=False, require_english=False)
MT = Config(detect_title=False, require_english=False, source_language="da")


def _edits(text: str, rule: str, config: Config = CFG) -> list[tuple[str, str, str]]:
    return [(e.action, e.before, e.after) for e in process(text, config).edits
            if e.rule == "casing.stray_capital." + rule]


@pytest.mark.parametrize("text, config", [
    ("Lending slowed again. The Number of mortgages approved fell in March.", MT),
    ("Investors were upbeat. The Potential of the market is large.", MT),
    ("The film opened late. The Film is about a girl, and the film won praise.", CFG),  # lower case elsewhere
])
def test_a_stray_capital_after_an_opening_determiner_is_repaired(text, config):
    out = process(text, config)
    first, second = text.split(". ", 1)[1].split()[:2]
    assert _edits(text, "after_opener", config) == [("fix", second[0], second[0].lower())]
    assert f"{first} {second.lower()}" in out.text
    assert clean(out.text, config) == out.text


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
    text = "The complaint is included. The Message has advanced that arrests are not ruled out."
    assert _edits(text, "after_opener", MT) == [("suggest", "M", "m")]


@pytest.mark.parametrize("text", [
    "It was his best week. The Stage reported the news on Monday.",  # a paper's verb, not a speech verb
    "The paper was sold. The Face published the photos first.",
])
def test_a_verb_of_a_papers_work_ahead_is_no_fix_even_in_mt_copy(text):
    assert not [e for e in process(text, MT).edits if e.rule.startswith("casing.") and e.action == "fix"]


@pytest.mark.parametrize("text", [
    "The Face was relaunched in 2019.",
    "The record sold well. The Feeling played two nights in Leeds.",
    "The film won an Oscar. Another Round is about four teachers.",
])
def test_a_title_after_an_opener_in_native_copy_is_only_offered(text):
    out = process(text, CFG)
    assert out.text == text
    assert all(e.action == "suggest" for e in out.edits)
    assert [a for a, _, _ in _edits(text, "after_opener", MT)] == ["fix"]  # in MT copy it is applied


@pytest.mark.parametrize("text, word", [
    ("The jury sat for days. It was struggling to reach a Verdict. The verdict came later.", "Verdict"),
    ("The couple travelled together for their Careers. Both careers grew.", "Careers"),  # lower case elsewhere
    ("The river was the source of all our Power. The town grew.", "Power"),  # a share measured in native news
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
    ("The console has sold 2.8 Million units so far this year.", "Million"),  # a count word up to a 15% share
    ("It was not worth the 12,500 to 30,000 Miles needed, and the miles expire.", "Miles"),  # lower case elsewhere
])
def test_a_count_noun_capitalised_after_a_number_is_repaired(text, word):
    assert _edits(text, "after_number") == [("fix", word[0], word[0].lower())]


@pytest.mark.parametrize("text", [
    "He appeared on 60 Minutes last night.",
    "She starred in 127 Hours and won praise.",
    "It was not worth the 12,500 to 30,000 Miles needed for a ticket.",
])
def test_a_noun_after_a_number_that_may_open_a_title_is_only_offered(text):
    assert [a for a, _, _ in _edits(text, "after_number", MT)] == ["suggest"]
    assert process(text, MT).text == text


@pytest.mark.parametrize("text", [
    "He was brought up a Protestant.",
    "She described herself as a Nationalist.",
    "He read it on his Kindle.",
    "He was another Ranger.",
])
def test_a_guessed_share_before_a_stop_is_only_offered(text):
    assert [a for a, _, _ in _edits(text, "before_stop", MT)] in ([], ["suggest"])
    assert process(text, MT).text == text


def test_a_guessed_share_with_the_articles_lower_case_is_applied():
    # (not 'Protestant': a faith English always capitalises, rules/document.toml always_capitalized)
    text = "He was brought up a Socialist. The socialist party was near."
    assert ("fix", "S", "s") in _edits(text, "before_stop", MT)


@pytest.mark.parametrize("text", [
    "The 367 Members of Congress voted on Tuesday.",
    "He watched CBS 60 Minutes on Sunday night.",
    "She wrote The 7 Habits of Highly Effective People in 1989.",
    "He watched all 3 Million Dollar Baby sequels.",
    "The season will include 50 First dates, Kill Bill: Volume 2 and others.",
    "The method is presented.\n\n2.4 Steps to find candidates are listed here.",
])
def test_a_name_with_a_number_is_kept(text):
    assert _edits(text, "after_number") == []


def test_a_place_and_a_preposition_before_the_article_start_no_name():
    text = "She won the title in Las Vegas at the Weekend -- a trophy to treasure, and the weekend was long."
    assert _edits(text, "before_stop") and _edits(text, "before_stop")[0][1:] == ("W", "w")
    assert _edits("He watched Dancing with the Stars. It was fun.", "before_stop") == []
