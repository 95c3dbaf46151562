"""A feast is a name in English, in lower case only by a slip (document.always_capitalized):
'the short easter recess' in a story that capitalises Easter once (bench.probe lower_common)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def test_a_feast_in_lower_case_is_capitalised() -> None:
    text = "MPs return from the Easter break. After the short easter recess, ministers met during ramadan talks."
    out = process(text, CFG)
    assert "the short Easter recess" in out.text and "during Ramadan talks" in out.text
    assert {e.rule for e in out.edits} == {"document.always_capitalized"}
    assert process(out.text, CFG).text == out.text


def test_thanksgiving_the_common_noun_is_kept() -> None:
    text = "The 1606 act established 5 November as a thanksgiving day for the king."
    assert process(text, CFG).text == text
