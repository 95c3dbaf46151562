"""A hyphen for the dialogue dash at a paragraph's start (Hungarian MT: ``- At yesterday's
meeting, ..., said Gergely Gulyás``) opens a quotation when its speech tag closes it; a list's
items opened by hyphens stay."""

from __future__ import annotations

from cleanup import clean, process

from .conftest import ANY_BODY as ANY


def test_a_hyphen_with_its_speech_tag_is_a_quotation():
    text = ("The minister in charge of the office spoke on Thursday.\n\n- At yesterday's meeting, the government "
            "evaluated the war situation. The situation is getting more difficult, said Gergely Gulyás on Thursday. "
            "The army has difficulty holding the front line.\n\n– We are being punished, he added.")
    res = process(text, ANY)
    assert ("\n\n“At yesterday's meeting, the government evaluated the war situation. The situation is getting more "
            "difficult,” said Gergely Gulyás on Thursday.") in res.output
    assert {e.action for e in res.edits if e.rule == "normalize.dialogue_dash"} == {"fix"}
    assert clean(res.output, ANY) == res.output


def test_a_list_opened_by_hyphens_stays():
    for fine in ("In his budget the minister has:\n\n- Increased spending on roads\n\n- Cut duties on capital goods",
                 "The festival's winners were announced.\n\n- Best lighting design went to the Society of London",
                 "Shares fell in New York:\n\n- Shares in UK drug makers rose, traders said, as the pound fell.",
                 "Shares fell.\n\n- Shares in UK drug makers rose, traders said.\n\n- Oil fell, dealers said."):
        assert not [e for e in process(fine, ANY).edits if e.rule == "normalize.dialogue_dash"], fine


def test_in_a_run_together_page_a_dash_quotation_closed_by_its_tag_is_read_beside_quotation_marks():
    text = ("The parties have also done so. – Now it is time to ask the voters. We don’t think Denmark has that, "
            "says chairman of Venstre, Jakob Ellemann-Jensen, to the radio. Got a “nose” but stayed put.")
    res = process(text, ANY)
    assert "done so. “Now it is time to ask the voters. We don’t think Denmark has that,” says chairman" in res.output
    # quotation marks inside the dash's words, or no tag to close them: left alone
    for fine in ("The minister spoke. – The crowd chanted “we will win”, the reporter wrote.",
                 "The minister spoke. – The crowd left early. Got a “nose” but stayed put."):
        assert not [e for e in process(fine, ANY).edits if e.rule == "normalize.dialogue_dash"], fine


def test_a_name_in_apposition_before_the_comma_is_no_tags_start():
    text = ("– At first I was very surprised. This is what the mayor of Ål, Solveig Vestenfor, says to the radio. "
            "She found “cartridges in the mailbox”.")
    assert not [e for e in process(text, ANY).edits if e.rule == "normalize.dialogue_dash" and e.action == "fix"]


def test_a_name_spoken_to_before_a_tag_with_its_own_subject_stays_inside_the_quotation():
    """A vocative before the tag ('Anna', 'Mr President') is no apposition to the tag: the tag has
    a subject of its own, so the quotation closes at the tag's comma as it did before."""
    for text, out in (("The general stood up.\n\n– Thank you, Anna, she said.",
                       "The general stood up.\n\n“Thank you, Anna,” she said."),
                      ("The general stood up.\n\n– We are ready, Mr President, said the general.",
                       "The general stood up.\n\n“We are ready, Mr President,” said the general.")):
        assert process(text, ANY).output == out


def test_a_lone_hyphen_item_with_a_tag_in_native_copy_is_only_offered():
    text = ("The report came out on Monday.\n\n- The economy shrank by 2%, analysts said.\n\nMarkets fell in London "
            "and in Paris.")
    res = process(text, ANY)
    assert res.output == text
    assert {e.action for e in res.edits if e.rule == "normalize.dialogue_dash"} == {"suggest"}
    # beside a dash quotation the hyphen is the same convention, and is applied
    dashed = text + "\n\n– We will not give up, the minister said."
    assert "“The economy shrank by 2%,” analysts said." in process(dashed, ANY).output
