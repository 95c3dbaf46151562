"""A surname left in capitals after its given name (cleanup/caps_surnames.py,
document.caps_surname): 'Turgut DİKEN died' -> 'Turgut Diken died'."""

import random
import time

import pytest

from cleanup import Config, clean, process, replay
from cleanup.caps_surnames import (
    caps_surnames,
    mixed_case,
    name_evidence,
    standing_alone,
    surname_shape,
    turkish_capitals,
)
from cleanup.doc import Context, Doc
from cleanup.rules import load_rules

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


@pytest.mark.parametrize("text, fixed", [
    ("Jose MOURINHO said the team was tired after the match.", "Jose Mourinho said"),
    ("Tim DAVIE, the director general, apologised on Monday.", "Tim Davie, the"),
    ("Coach Mustafa DEMIRBAY said the players had done well.", "Mustafa Demirbay said"),
])
def test_a_turkish_source_alone_keeps_the_dotted_i(text, fixed):
    """A Turkish page quotes foreign names, and MT drops the dot of 'İ': 'ı' needs evidence in the
    word or on the page, not the source language alone."""
    assert fixed in process(text, CFG).text


def test_a_page_that_writes_the_dotted_capital_reads_i_as_dotless():
    text = "Sergeant Turgut DİKEN died. Coach Mustafa KIRAN said the players had done well."
    assert "Mustafa Kıran said" in process(text, CFG).text
    assert mixed_case("KILIC", turkish_capitals("KILIC", False)) == "Kilic"
    assert mixed_case("KILIÇ", turkish_capitals("KILIÇ", False)) == "Kılıç"


def test_words_standing_alone_are_found_in_one_scan():
    text = "The SMURD crews came. Ahmet KARACA spoke, and Mustafa KARACA; Chief Ahmet BEYAZIT left. BEYAZIT won."
    assert standing_alone(text) == frozenset({"SMURD", "BEYAZIT"})


def _stage_seconds(text: str) -> float:
    """Best of three process times of the stage alone (as conftest.grows_linearly, which repeats one
    unit: here each line needs its own surname)."""
    rules = load_rules(())
    ctx = Context(rules, CFG, has_title=False, language="tr", mt_like=True)
    best = float("inf")
    for _ in range(3):
        doc = Doc(text, False, rules)
        start = time.process_time()
        assert caps_surnames(doc, ctx)
        best = min(best, time.process_time() - start)
    return best


def test_the_stage_grows_linearly_with_a_page_of_many_surnames():
    """One scan per page, not one per surname: ten times the lines, each with a new surname, is
    about ten times the work, far from the hundred of a scan per word."""
    rng = random.Random(7)
    line = "Sergeant Ahmet {} was injured in the clash, the ministry said.\n"

    def page(n: int) -> str:
        return "".join(line.format("".join(rng.choice("BDKLMNRST") + rng.choice("AEOU") for _ in range(3)))
                       for _ in range(n))
    small, big = _stage_seconds(page(250)), _stage_seconds(page(2500))
    assert big < 30 * small + 0.05, (big, small)
