"""A name's first word left in lower case before its capitalised head (cleanup/lower_heads.py,
casing.lower_name_before_head): 'near güven Park' -> 'near Güven Park'."""

import pytest

from cleanup import Config, clean, process, replay
from cleanup.lower_heads import unknown_word

CFG = Config(detect_title=False, require_english=False, source_language="tr")
NATIVE = Config(detect_title=False, require_english=False)
RULE = "casing.lower_name_before_head"


def _edits(text: str, cfg: Config = CFG) -> list[tuple[str, str, str]]:
    return [(e.action, e.before, e.after) for e in process(text, cfg).edits if e.rule == RULE]


@pytest.mark.parametrize("text, name", [
    ("The car exploded near square kuğulu Park in the capital.", "Kuğulu Park"),
    ("According to the reporter of zarnam News Agency, the court met on Monday.", "Zarnam News Agency"),
    ("On Monday the Office of tieling County’s health board issued a notice.", "Tieling County’s"),
    ("Residents gathered at the gate of qingxu District Hospital on Sunday.", "Qingxu District"),
])
def test_the_name_takes_its_capital(text, name):
    out = process(text, CFG)
    assert [a for a, _, _ in _edits(text)] == ["fix"] and name in out.text
    assert replay(text, out.edits) == out.text and clean(out.text, CFG) == out.text


def test_only_offered_in_native_copy():
    assert [a for a, _, _ in _edits("The car exploded near kuğulu Park in the capital.", NATIVE)] == ["suggest"]


@pytest.mark.parametrize("text", [
    "The car exploded near a theme Park in the capital.",  # an English word: the capital is the head's
    "They were using Park rangers to guide the visitors.",  # an inflected verb the dictionary omits
    "Tourists walked down the rue de Rivoli past the old Palace gates.",  # a name particle
    "See zarnam.com/News for the agency's reports.",  # an address
    "He wrote to @zarnam Party members on Monday.",  # a handle
    "The kuğulu Parks of the capital were full.",  # no listed head
    "The car exploded near Kuğulu Park in the capital.",  # already a capital
])
def test_left(text):
    assert _edits(text) == []


@pytest.mark.parametrize("word, unknown", [
    ("güven", True), ("rahnam", True), ("debao", True),
    ("theme", False), ("using", False), ("died", False), ("the", False), ("national", False),
])
def test_unknown_word(word, unknown):
    assert unknown_word(word, frozenset({"the"})) is unknown


def test_short_word_before_an_acronym_head() -> None:
    """'kcl University' may be an acronym MT lower-cased: 'Kcl' is no repair.  Written in capitals
    elsewhere, the article's capitals are taken; otherwise the title case is only offered."""
    alone = "A lecturer at kcl University said the study was small."
    assert [a for a, _, _ in _edits(alone)] == ["suggest"]
    spelled = "KCL researchers led the work. A lecturer at kcl University said the study was small."
    out = process(spelled, CFG)
    assert "at KCL University" in out.text and replay(spelled, out.edits) == out.text
    assert [a for a, _, _ in _edits("The car exploded near kuğulu Park in the capital.")] == ["fix"]  # a place's head
