"""Stray stops and a compound's spaced hyphen are repaired in any text, also one without other
marks of machine translation: clean news has neither shape except as the same slip."""

from __future__ import annotations

from cleanup import clean, process

from .conftest import ANY_BODY as ANY


def test_a_stop_after_an_ended_sentence_goes_in_a_text_without_other_marks_of_mt():
    text = "The firm said prices would be cut for the next three months in the US. .\n\nShares rose by 2%."
    res = process(text, ANY)
    assert res.output.startswith("The firm said prices would be cut for the next three months in the US.\n\n")
    assert [e.action for e in res.edits if e.rule == "normalize.stray_stop"] == ["fix"]
    assert clean(res.output, ANY) == res.output


def test_a_spaced_ellipsis_and_a_run_of_debris_stay():
    for fine in ("He said it was a strange match . . . and left.",
                 "They were made “with meritocracy”. . ».\n\nThe minister left."):
        assert not [e for e in process(fine, ANY).edits if e.rule == "normalize.stray_stop"], fine


def test_a_compounds_spaced_hyphen_is_joined_in_a_text_without_other_marks_of_mt():
    text = "The Russian leadership denies that during a full -scale war its army targets homes."
    res = process(text, ANY)
    assert "during a full-scale war" in res.output
    assert [e.action for e in res.edits if e.rule == "normalize.hyphen_spacing"] == ["fix"]
    fine = "Trade between pre- and post-war Europe grew, and the economy -which stagnated- recovered."
    assert process(fine, ANY).output == fine


def test_a_name_glued_to_a_lower_case_word_is_split_in_a_text_without_other_marks_of_mt():
    text = ("The hostages were freed in Dresden on Friday. The man had hidden in a shopping centre in the "
            "city of Dresdenin the east of the country.")
    res = process(text, ANY)
    assert "city of Dresden in the east" in res.output
    assert [e.action for e in res.edits if e.rule == "normalize.glued_name"] == ["fix"]
    # a capitalised word glued on: a stop or a comma lost with the space, only offered here
    capital = "The man was armed, according to the newspaper BildThe suspect, a man of forty, gave up."
    assert [e.action for e in process(capital, ANY).edits if e.rule == "normalize.glued_name"] == ["suggest"]
