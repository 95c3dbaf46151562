"""Invisible characters: junk is removed, joiners that are part of a character stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process, replay

SENTENCE = "The scientist {} said the results of the new study were published on Monday in Geneva."


@pytest.mark.parametrize("piece", [
    "👩\u200d🔬",                      # woman scientist
    "🏳\ufe0f\u200d🌈",                # rainbow flag: variation selector, then ZWJ
    "👨\u200d👩\u200d👧\u200d👦",      # family
    "❤\ufe0f\u200d🔥",                 # heart on fire (a BMP pictograph first)
    "🧑🏽\u200d💻",                     # with a skin tone
    "❤\ufe0f",                         # a variation selector alone
    "می\u200cخواهم",                  # Persian: ZWNJ between letters
    "क्\u200dष",                        # Devanagari: ZWJ after a virama
])
def test_joiners_inside_characters_are_kept(piece):
    text = SENTENCE.format(piece)
    res = process(text, Config(require_english=False))
    assert piece in res.output
    assert not any(e.rule == "normalize.invisible" for e in res.edits)


@pytest.mark.parametrize("junk, clean", [
    ("The talks\u200b ended", "The talks ended"),
    ("The talks\u200d ended", "The talks ended"),            # ZWJ after a Latin letter
    ("The ta\u200clks ended", "The talks ended"),            # ZWNJ inside a Latin word
    ("The talks ended 😀\u200d", "The talks ended 😀"),      # a ZWJ that joins nothing
    ("\u200dThe talks ended", "The talks ended"),
    ("The talks 👩\u200b\u200d🔬 ended", "The talks 👩\u200d🔬 ended"),  # the ZWSP goes, the ZWJ stays
    ("The\u2060 talks\u00ad ended", "The talks ended"),
])
def test_junk_invisibles_are_removed(junk, clean):
    text = f"{junk} on Monday after officials from both sides met in the capital."
    res = process(text, Config(require_english=False))
    assert clean in res.output
    assert any(e.rule == "normalize.invisible" for e in res.edits)
    assert replay(text, res.edits) == res.output
