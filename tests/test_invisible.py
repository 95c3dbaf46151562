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


def test_terminal_colour_codes_and_undefined_c1_controls_go_windows_1252_ones_are_repaired():
    from cleanup import Config, process

    cfg = Config(require_english=False)
    assert process("A\x1b[31m red\x1b[0m text here for you.", cfg).text == "A red text here for you."
    assert process("Hello world.\x81 The minister said so.", cfg).text == "Hello world. The minister said so."
    assert process("He said \x93hello\x94 to all.", cfg).text == "He said “hello” to all."
    assert process("The minister\u00e2\x80\x99s plan was clear to all.", cfg).text == "The minister’s plan was clear to all."


def test_colour_codes_are_text_not_binary_and_a_control_before_one_leaves_no_bracket():
    from cleanup import Config, process

    cfg = Config(require_english=False)
    text = "The minister said on Monday that the \x1b[1mtalks\x1b[0m had ended. " * 8  # 16 codes
    assert process(text, cfg).text == ("The minister said on Monday that the talks had ended. " * 8).strip()
    assert process("\x01\x1b[31mThe talks ended well.", cfg).text == "The talks ended well."
    assert process("\x1b\x1b[31mThe talks ended well.", cfg).text == "The talks ended well."
    assert process("The talks\x1b[ ended well.", cfg).text == "The talks[ ended well."  # no letter eaten
