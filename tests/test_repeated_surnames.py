"""A surname MT left in lower case at every use, after the same given name
(cleanup/lower_names.py repeated_surnames, document.repeated_surname)."""

import pytest

from cleanup import Config, clean, process, replay

CFG = Config(detect_title=False, require_english=False, source_language="sr")
NATIVE = Config(detect_title=False, require_english=False)
RULE = "document.repeated_surname"
TWICE = ("The analyst Dusan janic tells the portal about the talks.\n\n"
         "Later, Dusan janic commented on the new bloc.")


def _edits(text: str, cfg: Config = CFG) -> list[tuple[str, str]]:
    return [(e.action, e.after) for e in process(text, cfg).edits if e.rule == RULE]


def test_each_use_is_capitalised():
    out = process(TWICE, CFG)
    assert [e.after for e in out.edits if e.rule == RULE] == ["J", "J"]
    assert out.text.count("Dusan Janic") == 2
    assert replay(TWICE, out.edits) == out.text and clean(out.text, CFG) == out.text


def test_native_copy_is_only_offered():
    assert {a for a, _ in _edits(TWICE, NATIVE)} == {"suggest"}


@pytest.mark.parametrize("text", [
    "Members of France insoumise said the vote was lost. The leaders of France insoumise met later.",  # a place
    "The analyst Dusan janic tells the portal. A janic is not a word, his colleague said.",  # lower case alone too
    "Dusan janic tells the portal. Later, Milan janic commented.",  # two given names
    "The analyst Dusan janic tells the portal about the talks.",  # once: the proper-noun stage's case
    "Officials at Dusan elections said so. Dusan elections ended.",  # an English word
])
def test_no_repeated_surname_no_edit(text):
    assert _edits(text) == []
