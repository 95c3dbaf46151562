"""A word the article capitalises elsewhere only as a title before a name is judged alone where it stands alone."""

from cleanup import Config, process
from cleanup.bound_capitals import free_capitals
from cleanup.doc import Doc
from cleanup.rules import load_rules

CFG = Config(detect_title=False, require_english=False)


def _fixed(text: str) -> list[tuple[str, str]]:
    return [(e.before, e.after) for e in process(text, CFG).fixes if e.rule.startswith("casing.stray_capital")]


def test_capitals_before_a_name_are_not_free():
    doc = Doc("He said a Judge found it. Judge Paul Brown ruled. Then Judge Brown left. It was Judge.",
              False, load_rules(()))
    assert doc.case.caps["Judge"] >= 3
    assert free_capitals(doc, "Judge") == doc.case.caps["Judge"] - 1  # not "Then Judge Brown"


def test_a_stray_capital_beside_the_same_word_as_a_title_is_lowered():
    text = ("The club said the Coach would stay on for the next season at the ground. "
            "Coach Sam Allardyce said so, and Coach Allardyce signed a new deal in the end.")
    assert ("C", "c") in _fixed(text)


def test_a_surname_that_is_a_word_stays_a_name():
    text = ("Cecily Strong hosted the dinner. The crowd was tough, as Strong went from one target to another "
            "over the evening, and the guests laughed.")
    assert ("S", "s") not in _fixed(text)


def test_a_word_capitalised_alone_twice_stays_a_name():
    text = ("The surgeon said he would carry on with his Show every weekday. Fans said the Show was "
            "the best thing on television.")
    assert ("S", "s") not in _fixed(text)
