"""The page's first line above the story's headline (cleanup/mastheads.py, kicker): a kicker, a
section or a date bar of a few words; and a native short headline above its deck, which stays."""

from __future__ import annotations

from cleanup import Config, process

MT = Config(require_english=False, source_language="de")
HEAD = "Opposition sees the chancellor losing support in his own party"
LEDE = "Before the second round of talks on Tuesday, the opposition said the chancellor was losing support in his own party."
BODY = "The talks go on. They end on Friday."


def test_kicker_above_the_headline_goes():
    out = process(f"Barely any support\n\n{HEAD}\n\n{LEDE}\n\n{BODY}", MT).output
    assert out.startswith(HEAD)


def test_short_headline_above_its_lede_stays():
    out = process(f"Barely any support\n\n{LEDE}\n\n{BODY}\n\nThe chancellor did not comment.", MT).output
    assert out.startswith("Barely any support")


def test_native_copy_is_only_offered():
    r = process("Flood warning\n\nResidents told to leave their homes near the river\n\n"
                "Residents of three towns were told to leave their homes near the river on Monday as the water rose.\n\n"
                "The army was called in. It built walls.", Config())
    assert r.output.startswith("Flood warning")


VALENCIA = ("Three dead and hundreds evacuated after heavy rain in the region\n\nThree people died and hundreds were "
            "evacuated after heavy rain in the region on Monday, officials said.\n\nThe rain is expected to continue.\n\nSchools were closed.")


def test_headline_above_its_deck_stays():
    # review18a L3: the first line names its subject ('Valencia'): a headline above a deck
    out = process(f"Floods in Valencia\n\n{VALENCIA}", Config(require_english=False, source_language="es")).output
    assert out.startswith("Floods in Valencia")


def test_headline_above_a_score_line_is_not_offered():
    # review18a L4 (bbc/sport/491 shape): the lede repeats the first line's names; the score line is no headline
    r = process("Nadal puts Spain 2-0 up\n\nResult: Nadal 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Roddick\n\n"
                "Spain's Rafael Nadal beat Andy Roddick in four sets to put his country two rubbers up in the final.\n\n"
                "The teenager came back from a set down. The crowd roared.", Config())
    assert not [e for e in r.edits if e.rule == "boilerplate.kicker"]


OTHER_LEDE = "The foreign minister met his counterpart in the capital on Monday, and the two signed four agreements on trade."


def test_a_label_of_one_or_two_words_above_a_longer_headline_is_offered():
    """'Diplomacy' above 'Minister hails new era in ties with neighbours': a section's label, taken
    for the title, though the lede tells the story its own way (no restatement): offered, never
    applied by default; accepted, the headline becomes the title.  A longer first line whose
    headline the lede does not restate stays, and so does a one-word headline naming the subject."""
    text = f"Diplomacy\n\nMinister hails new era in ties with neighbours\n\n{OTHER_LEDE}\n\n{BODY}"
    r = process(text, MT)
    assert [e.action for e in r.edits if e.rule == "boilerplate.kicker"] == ["suggest"]
    assert r.output.startswith("Diplomacy")
    assert process(text, Config(require_english=False, source_language="de", min_confidence=0.4)).title == \
        "Minister hails new era in ties with neighbours"
    longer = process(f"New era in the region\n\nMinister hails new era in ties with neighbours\n\n{OTHER_LEDE}\n\n{BODY}", MT)
    assert not [e for e in longer.edits if e.rule == "boilerplate.kicker"]
    named = process(f"Ukraine\n\nMinister hails new era in ties with Ukraine and neighbours\n\n{OTHER_LEDE}\n\n{BODY}", MT)
    assert not [e for e in named.edits if e.rule == "boilerplate.kicker"]
