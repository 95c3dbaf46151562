"""A surname left in capitals after its given name (cleanup/caps_surnames.py,
document.caps_surname): 'Turgut DİKEN died' -> 'Turgut Diken died'."""

import pytest

from cleanup import Config, clean, process, replay
from cleanup.caps_surnames import mixed_case, name_evidence, surname_shape

CFG = Config(detect_title=False, require_english=False, source_language="tr")
NATIVE = Config(detect_title=False, require_english=False)
RULE = "document.caps_surname"


def _rule_edits(text: str, cfg: Config = CFG) -> list:
    return [e for e in process(text, cfg).edits if e.rule == RULE]


def test_the_word_tests():
    assert surname_shape("ARDUÇ") and surname_shape("AKDOĞAN")
    assert not surname_shape("SMURD") and not surname_shape("III")  # one vowel; a Roman numeral
    assert not surname_shape("GOOD")  # an English word in capitals
    assert mixed_case("DİKEN", turkish=True) == "Diken" and mixed_case("KILIÇ", turkish=True) == "Kılıç"
    assert mixed_case("DUPONT", turkish=False) == "Dupont"
    assert name_evidence(None, "Turgut") == 0.8 and name_evidence("Mustafa", "Can") == 0.8
    assert name_evidence(None, "Can") is None and name_evidence(None, "London") is None


@pytest.mark.parametrize("text, fixed", [
    ("Specialist Sergeant Turgut DİKEN died in hospital, the ministry said.", "Turgut Diken died"),
    ("Corporal Mustafa Can AKDOĞAN was injured in the clash.", "Mustafa Can Akdoğan was"),
    ("The case was heard, said Ahmet KILIÇ on Monday.", "Ahmet Kılıç on"),
    ("The case was heard, said Ahmet KARACA on Monday.", "Ahmet Karaca on"),
])
def test_the_surname_is_written_in_mixed_case(text, fixed):
    out = process(text, CFG)
    assert fixed in out.text and [e.action for e in out.edits if e.rule == RULE] == ["fix"]
    assert replay(text, out.edits) == out.text and clean(out.text, CFG) == out.text


def test_a_name_only_spelt_like_one_is_offered():
    edits = _rule_edits("Senior Sergeant Oğuzhan ARDUÇ could not be saved, the ministry said.")
    assert [e.action for e in edits] == ["suggest"]


def test_native_copy_is_only_offered():
    edits = _rule_edits("Specialist Sergeant Turgut DİKEN died in hospital, the ministry said.", NATIVE)
    assert [e.action for e in edits] == ["suggest"]


@pytest.mark.parametrize("text", [
    "Party member Gerard Batten said London UKIP members were angry.",  # after a place
    "The Yazidis ISIS released are safe. ISIS denied it.",  # stands alone: an acronym
    "The KILIÇ case was heard, said Ahmet KILIÇ today.",  # after 'The': an acronym or a brand
    "The prize went to John Crawford III on Monday.",  # a Roman numeral
    "Green MEP Caroline Lucas spoke, and Women RUN the World posted.",  # a word, an English word
    "He read Nichiichi Shimbun MIYANICHI ePRESS online.",  # more capitals after it
    "Several SMURD crews came. The SMURD helicopter landed.",
    "Officials at Chief Ahmet UKIP said so.",  # four letters: as often an acronym
])
def test_an_acronym_is_left(text):
    assert _rule_edits(text) == []
