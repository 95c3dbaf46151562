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
    r = process(f"Flood warning\n\nResidents told to leave their homes near the river\n\n"
                "Residents of three towns were told to leave their homes near the river on Monday as the water rose.\n\n"
                "The army was called in. It built walls.", Config())
    assert r.output.startswith("Flood warning")
