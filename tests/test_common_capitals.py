"""Capitals on words news also capitalises as names (cleanup/common_capitals.py): the article's own lower case
(casing.stray_capital.written_lower) and a capital before 'of' and a lower-case word (.of_phrase)."""

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)
RULE = "casing.stray_capital.written_lower"


def _edits(text: str) -> list[tuple[str, str, str]]:
    return [(e.action, e.before, e.after) for e in process(text, CFG).edits if e.rule == RULE]


@pytest.mark.parametrize("text, before", [
    ("It was a pitiful excuse for not employing Women. Women now make up half, and women earn more.", "W"),
    ('"We think the merger is more sensible than a Takeover," said one analyst about the takeover.', "T"),
])
def test_a_word_the_article_writes_in_lower_case_is_lowered(text, before):
    assert ("fix", before, before.lower()) in _edits(text)


@pytest.mark.parametrize("text, before", [
    ("Prices rose and falls were small, but heavy stock market Falls throughout 2002 hurt.", "F"),
    ("They took the appropriate disciplinary Action, he said, and action followed.", "A"),  # a name may close so
])
def test_a_name_like_word_written_in_lower_case_is_offered(text, before):
    assert _edits(text) == [("suggest", before, before.lower())]


@pytest.mark.parametrize("text, before", [
    ("The leader spoke on the margo Agreement of government parties to amend the treaty.", "A"),
    ("They asked the committee to start Investigation of crimes committed by the troops.", "I"),
])
def test_a_capital_before_of_and_a_lower_case_word_is_lowered(text, before):
    assert ("casing.stray_capital.of_phrase", before, before.lower()) in [
        (e.rule, e.before, e.after) for e in process(text, CFG).edits if e.action == "fix"]


@pytest.mark.parametrize("text", [
    "It was a pitiful excuse for not employing Women. Men now make up half.",  # no lower case elsewhere
    "Campaign groups including Friends of the Earth said so.",
    "The front was close to the Battle of the Somme.",
    "Divorce took an Act of Parliament, and the act was costly.",
    "The film Wall looks at the barrier, and the wall is long.",
    "He said the Government was funding talent, and government money helped.",
    "The formidable name of Voice over IP (Voip) hides a simple voice service.",
    "Best song in the last 25 years? What a Joke! It was no joke to us.",
    'The Labour slogan will be "Britain is Working", and working it was.',
])
def test_a_name_a_title_or_a_word_never_written_in_lower_case_keeps_its_capital(text):
    assert [e for e in _edits(text) if e[0] == "fix"] == []


def test_a_name_like_word_after_a_content_word_is_offered():
    text = "The core Retail price index rose by just 28% in the same period."
    assert [(e.rule, e.action, e.after) for e in process(text, CFG).edits] == [
        ("casing.stray_capital.common_word", "suggest", "r")]


@pytest.mark.parametrize("text", [
    "The band recorded the Trust album in spring, and trust grew.",  # casing.title_after names the work
    "She starred in a new Trust series last year, and trust matters.",
])
def test_a_capital_before_a_noun_naming_a_work_is_kept(text):
    assert _edits(text) == []


def test_a_written_lower_capital_before_another_noun_is_still_lowered():
    text = "Prices of the core Retail goods rose, and retail sales fell."
    assert ("fix", "R", "r") in _edits(text)


@pytest.mark.parametrize("text", [
    "Apple will release a similar search system for its computers called Spotlight that is due out.",
    "Dysart, who also played Coach in the original production of the play, has died.",
    "She told Seventeen that she loved it, and seventeen girls agreed.",
    "Artists from the collective From Karachi with Love wrote a letter, and love won.",  # a title in title case
    "The ruling in Loving vs. Virginia struck down the ban, and loving couples wed.",
])
def test_a_capital_a_naming_verb_a_title_or_vs_gives_is_not_offered(text):
    assert [e for e in process(text, CFG).edits if "stray_capital" in e.rule] == []


@pytest.mark.parametrize("text, before", [
    ("At first the cloud was small, and later, the Cloud grew. And later, the cloud was huge.", "C"),
    ("Demand for electric cars grew, and the firm has been a pioneer of Electric and hybrid cars; electric vans too.",
     "E"),
])
def test_a_name_like_word_the_article_writes_in_lower_case_again_and_again_is_lowered(text, before):
    # native news capitalises 'cloud' and 'electric' in over 15% of their uses: the article's own lower case,
    # twice or more, and no other capital of the word anywhere decide
    assert _edits(text) == [("fix", before, before.lower())]


@pytest.mark.parametrize("text", [
    "Prices rose and falls were small, but heavy stock market Falls throughout 2002 hurt.",  # lower case once
    "Hunters came from the city, and distant Hunters who cannot afford a trip stayed; hunters paid.",  # a capital
])
def test_a_name_like_word_in_lower_case_once_or_capitalised_elsewhere_is_only_offered(text):
    assert [e[0] for e in _edits(text)] == ["suggest"]


def test_a_word_news_capitalises_often_stays_offered_beside_its_lower_case():
    text = ("Lincoln swept almost all the Northern states, but did miserably elsewhere. Much came from northern "
            "Republicans, and one justice grew up in northern California.")
    assert [e[0] for e in _edits(text)] == ["suggest"]


def test_a_word_news_capitalises_often_beside_the_word_before_is_only_offered():
    # 'the Underground' (London's railway) is capitalised in 31% of native uses after 'the', though the article
    # writes 'underground' as an adjective twice (review36b's native sentences)
    text = ("The underground car park flooded. The underground station was shut. "
            "Commuters said the Underground was chaos.")
    assert _edits(text) == [("suggest", "U", "u")]
