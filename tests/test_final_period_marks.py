"""segment.final_period only offers its stop to a paragraph that ends on a spaced quotation mark; a
line led by '>' (a link, a breadcrumb) gets none, a sentence quoted under one '>' keeps its stop."""

import cleanup

BODY = ("The ministry said on Monday that talks with the unions had stalled again, and that "
        "a new offer would follow within weeks.\n\n")


def _stops(text: str):
    out = cleanup.process(text)
    return out, [e for e in out.edits if e.rule == "segment.final_period"]


def test_a_paragraph_ending_on_a_spaced_quotation_mark_is_only_offered_its_stop():
    line = ("” We are simply military. And those who do not want to understand it, and those who are "
            "intimidated with or fantasizing about a new ”")
    text = (BODY + "“And the leader can forget about a new block, according to the M-leader.”\n\n" + line
            + "\n\n“He spent a lot of time on the Centre party. He is hopeful.”")
    out, edits = _stops(text)
    assert line + "\n" in out.text
    assert edits and all(e.action == "suggest" for e in edits)


def test_a_line_led_by_arrows_gets_no_stop():
    line = ">>> Emmanuel Macron calls on parliamentarians of the majority to unite after the controversy over leave"
    out, edits = _stops(BODY + line + "\n\nIt was not a crisis, the minister assured on Tuesday evening.")
    assert line + "\n" in out.text and not edits


def test_a_sentence_quoted_under_one_arrow_keeps_its_stop():
    """'>' also quotes prose (review30a): a sentence there takes its stop; a short link does not."""
    line = "> The minister said the budget would be cut by a fifth over the next two years"
    out, edits = _stops(BODY + line + "\n\nIt was not a crisis, the minister assured on Tuesday evening.")
    assert line + ".\n" in out.text and edits
    for link in ("> Politics and Economy", "> Emmanuel Macron and the Majority in Parliament of the Fifth Republic"):
        out, edits = _stops(BODY + link + "\n\nIt was not a crisis, the minister assured on Tuesday evening.")
        assert link + "\n" in out.text and not edits
