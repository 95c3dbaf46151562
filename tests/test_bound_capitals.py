"""A word the article capitalises elsewhere only inside a longer name is judged alone where it stands alone."""

from cleanup import Config, process
from cleanup.bound_capitals import free_capitals
from cleanup.doc import Doc
from cleanup.rules import load_rules

CFG = Config(detect_title=False, require_english=False)


def _fixed(text: str) -> list[tuple[str, str]]:
    return [(e.before, e.after) for e in process(text, CFG).fixes if e.rule.startswith("casing.stray_capital")]


def test_capitals_inside_longer_names_are_not_free():
    doc = Doc("He will carry on with his Show every day. The Graham Norton Show is on. The Show Boat ran on.",
              False, load_rules(()))
    assert doc.case.caps["Show"] == 3
    assert free_capitals(doc, "Show") == 1


def test_a_stray_capital_beside_the_same_word_in_a_name_is_lowered():
    text = ("The surgeon said he would carry on with his Show every weekday. He also appears on The Late Late "
            "Show with Ryan Tubridy, where the Late Late Show team welcomed him.")
    assert ("S", "s") in _fixed(text)


def test_a_word_capitalised_alone_twice_stays_a_name():
    text = ("The surgeon said he would carry on with his Show every weekday. Fans said the Show was "
            "the best thing on television.")
    assert ("S", "s") not in _fixed(text)

