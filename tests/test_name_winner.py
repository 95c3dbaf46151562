"""The spelling that wins a name variant may be a word a dictionary knows without a case record."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False)
TEXT = ("The police arrested a man in Vacoas on Monday.\n\nHe was taken to the Vacoas police station.\n\n"
        "The arrest took place on the road to Vaocas near the company.")


def test_slip_of_a_town_name_takes_the_usual_spelling():
    r = process(TEXT, ANY)
    assert "Vaocas" not in r.text and r.text.count("Vacoas") == 3


def test_a_word_the_article_writes_in_lower_case_does_not_win():
    text = TEXT.replace("the company", "the vacoas of the company")
    r = process(text, ANY)
    assert "Vaocas" in r.text


def test_a_known_word_without_case_record_does_not_win():
    text = ("Brian Hassel spoke first.\n\nLater Hassel met the board.\n\n"
            "Brian Hassell says no official offer has been made.")
    assert "Hassell" in process(text, ANY).text


def test_four_letter_slip_beside_a_name_used_three_times():
    from cleanup import Config, process

    text = ("Rasti grew up in Kabul. Rasti said the school was full. The children love Rasti, who teaches them. "
            "They are full of hope despite their rough lives, Rsti said.")
    r = process(text, Config(require_english=False, detect_title=False))
    assert r.text.endswith("rough lives, Rasti said.")
    once = process("Rasti grew up in Kabul. They are full of hope, Rsti said.", Config(require_english=False, detect_title=False))
    assert "Rsti said" in once.text  # one against one: no evidence which is right
