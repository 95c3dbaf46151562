"""A function word capitalised right after a name (cleanup/name_function_capitals.py) and the
capital after ``X at the`` that capital_evidence.name_behind no longer reads as a name."""

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def test_an_auxiliary_after_a_name_before_its_verb_is_lowered():
    text = ("The board of Indian conglomerate Reliance Has agreed a share buy-back. "
            "Reliance said on Monday that it would buy back shares.")
    assert process(text, CFG).text.startswith("The board of Indian conglomerate Reliance has agreed")


def test_an_adverb_after_a_name_before_its_verb_is_lowered():
    text = ("Accessory vendor Claire's Stores Also suffered as sales fell. "
            "Claire's Stores said trading was hard.")
    assert "Claire's Stores also suffered" in process(text, CFG).text


def test_a_preposition_after_a_name_before_a_number_word_is_lowered():
    text = ("Striker Novo secured victory, lobbing Douglas With eight minutes remaining. "
            "Douglas had come off his line.")
    assert "lobbing Douglas with eight minutes" in process(text, CFG).text


def test_a_title_that_holds_the_function_word_keeps_its_capitals():
    for text in ("The shop sold copies of Gone With the Wind and other classics.",
                 "She worked for Doctors Without Borders in Sudan for two years.",
                 "He hosted the show Live At the Apollo for three years.",
                 "The charity Action On Hearing Loss said it was concerned."):
        assert process(text, CFG).text == text, text


def test_a_name_written_only_with_the_function_word_is_not_lowered_with_more_trust():
    # no evidence that "Willkommen" is a name of its own: the capital stays, or is only offered
    text = "The critics praised Willkommen With love as the best show of the year."
    assert process(text, CFG).text == text


def test_a_word_native_news_writes_in_lower_case_before_of_ends_a_name_after_at_the():
    text = ("Mr Blair will ask the Queen to dissolve Parliament at the End of that week. "
            "The election would follow.")
    assert "dissolve Parliament at the end of that week" in process(text, CFG).text


def test_a_name_going_on_through_at_the_keeps_its_capital():
    text = "He studied at the University at the Centre of the city. He left in May."
    assert process(text, CFG).text == text


def test_a_capital_after_an_acronym_that_follows_a_lower_case_word_is_lowered():
    # the probe's tuning CNN/DM articles: an acronym in running text is no heading in capitals
    text = "A woman who answered the phone at the EDAC Said that no one there was available to talk."
    assert "at the EDAC said that" in process(text, CFG).text
    text = "\"I hope I can make it to the party,\" he told CNN By phone. \"It's short notice.\""
    assert "he told CNN by phone" in process(text, CFG).text


def test_a_heading_in_capitals_running_into_its_text_keeps_the_capital():
    text = "WHO LEFT EMPTY-HANDED While many stayed, others went home."
    assert process(text, CFG).text == text
