"""Scraper furniture comes in blocks: wrapped prompts and short labels between leftovers go with them."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False)
LEAD = "Heavy rain fell on Monday in the capital.\n\nRoads were closed near the river."


def test_widget_label_between_leftovers_goes():
    r = process(LEAD + "\n\n23.7 C\nPort Louis\nWednesday, April 17, 2024\n\nThe army was called in.", ANY)
    assert "Port Louis" not in r.text
    assert "The army was called in." in r.text


def test_prompt_wrapped_over_two_lines_goes():
    text = (LEAD + "\n\nRead on now\n\nGet access to this and every other article in the\n\n"
            "Web and in our app free of charge for 4 weeks.\n\nfurther\n\nRead on now\n\nThe army was called in.")
    r = process(text, ANY)
    assert "Web and in our app" not in r.text and "urther" not in r.text
    assert r.text.endswith("The army was called in.")
    assert process(r.text, ANY).text == r.text


def test_short_line_next_to_one_leftover_stays():
    r = process(LEAD + "\n\nRead on now\n\nPort Louis\n\nThe army was called in.", ANY)
    assert "Port Louis" in r.text


def test_line_after_complete_prompt_stays():
    r = process(LEAD + "\n\nRead on now\n\nThe army was called in to help the residents.", ANY)
    assert "The army was called in to help the residents." in r.text


LOW = Config(require_english=False, min_confidence=0.4)
PROSE = "The talks ended on Monday in the capital.\n\nNo one is above the law."
PAIR = ("Activist Montazer Al-Zaidi said that the sit-in tents in Tahrir and the rest of the squares are solid and coherent\n\n"
        "Iraqi Prime Minister Mustafa Al-Kazemi said that the reality of the city of Nasiriyah on the level of services is not satisfactory")


def test_pair_of_teasers_between_prose_is_offered():
    r = process(PROSE + "\n\n" + PAIR + "\n\nThe unions have called a strike.", LOW)
    assert "Al-Zaidi" not in r.text and "Nasiriyah" not in r.text
    default = process(PROSE + "\n\n" + PAIR + "\n\nThe unions have called a strike.", ANY)
    assert "Al-Zaidi" in default.text  # offered only


def test_list_of_unpunctuated_lines_stays():
    steps = ("Mix the flour and the water in a bowl\n\nStir the sauce over a low heat for ten minutes\n\n"
             "Add salt and pepper to the pan and serve")
    r = process(PROSE + "\n\n" + steps + "\n\nThe unions have called a strike.", LOW)
    assert "Mix the flour" in r.text and "Stir the sauce" in r.text and "Add salt" in r.text
