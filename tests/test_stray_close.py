"""A spaced closing mark at a paragraph's end after quotations that all pair up closes nothing:
it goes (Portuguese and Greek MT); where a quotation is open it closes that one."""

from __future__ import annotations

from cleanup import process

from .conftest import ANY_BODY as ANY

PT = ANY.replace(source_language="pt")


def test_a_spaced_mark_after_paired_quotations_goes():
    text = "He accused him of “profound channeling” and “adjusting the accounts” for your moral cowardice ”."
    assert process(text, PT).output.endswith("for your moral cowardice.")
    straight = "\"We failed the country,\" the announcement of the opposition never ends. \""
    assert process(straight, PT).output.endswith("the opposition never ends.")


def test_a_spaced_mark_with_a_quotation_open_or_no_pair_before_it_stays():
    open_one = "He said: “Let everyone draw their own conclusions ”."
    assert "conclusions" in process(open_one, PT).output and "”" in process(open_one, PT).output
    # no quotation before it in the paragraph: it may close one from an earlier paragraph
    alone = "“We will see.\n\nSometimes the bulletins are missing. ”"
    assert process(alone, PT).output.endswith("missing.”")
    # straight marks that do not pair as English sets them: too damaged to tell
    damaged = "He said: \"We decided not to go. \"\" We will stay at home. \" We decided to go. \""
    assert not [e for e in process(damaged, PT).edits if e.rule == "normalize.stray_closing_quote"]
