"""The lines a block of leftovers carries with it: a run of lines closed by a separator, and the
short verbless lines among the leftovers ending the page; and the lines that look like them but stay."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False)
HEAD = "Fire closes the coast road\n\n"
LEAD = "The road was closed on Monday after a fire.\n\nNobody was hurt, the police said."
TICKER = "BNP expelled 14 leaders after the schedule -\nBeef in Dhaka is 650 taka somewhere -\nThe similitude of the world -"
FOOT = "Share on Facebook\nFifth consecutive year Consumer Choice for Online Press\nShare on Twitter\nShare on WhatsApp"


def _run(text: str):
    return process(text, ANY)


def test_a_run_of_separated_lines_goes():
    r = _run(HEAD + "Share on Facebook\n" + TICKER + "\n\n" + LEAD)
    assert "similitude" not in r.text and "Dhaka" not in r.text and "closed on Monday" in r.text
    assert any(e.rule == "boilerplate.separator_run" and e.action == "fix" for e in r.edits)


def test_two_separated_lines_stay():
    two = "\n".join(TICKER.splitlines()[:2])
    r = _run(HEAD + LEAD + "\n\n" + two + "\n\nThe road opened again on Tuesday.")
    assert "Dhaka" in r.text and not any(e.rule == "boilerplate.separator_run" for e in r.edits)


def test_a_verbless_line_among_the_foot_goes():
    r = _run(HEAD + LEAD + "\n\n" + FOOT)
    assert "Consumer Choice" not in r.text and "Nobody was hurt" in r.text
    assert any(e.rule == "boilerplate.tail_line" for e in r.edits)


def test_a_sentence_among_the_foot_stays():
    foot = FOOT.replace("Fifth consecutive year Consumer Choice for Online Press", "The road reopened on Tuesday.")
    r = _run(HEAD + LEAD + "\n\n" + foot)
    assert "reopened on Tuesday" in r.text


def test_a_headline_between_furniture_stays():
    # the page's foot must end the page: a headline under a share bar, with its story after it, stays
    r = _run(HEAD + "Share on Facebook\nSecond Blaze In A Week On The Shore\nShare on Twitter\n\n" + LEAD)
    assert "Second Blaze In A Week On The Shore" in r.text


def test_a_short_sentence_among_the_foot_stays():
    # 'left' may be read as a participle: a line with any verb but a bare one stays
    r = _run(HEAD + LEAD + "\n\nShare on Facebook\nShare on Twitter\nBoth sides left.\nShare on WhatsApp\nShare by email")
    assert "Both sides left." in r.text


def test_a_run_with_no_leftover_beside_it_stays():
    # the separators set out the story's own list (review31a: a story opening with three such lines)
    r = _run(HEAD + "Prices rose again in May -\nWages fell for a third month -\nThe Bank will meet on Thursday -\n\n" + LEAD)
    assert "Wages fell" in r.text and not any(e.rule == "boilerplate.separator_run" for e in r.edits)


def test_a_run_that_reads_as_the_story_stays_beside_a_leftover():
    for run in ("Operator: Is he breathing -\nCaller: I don't know, he's not -\nOperator: Stay with me -",
                "Leeds 2 - 1 Hull -\nDerby 3 - 0 Stoke -\nWigan 1 - 1 Wolves -",
                '"Hands off our NHS" /\n"Save our hospital" /\n"No to cuts" /'):
        r = _run(HEAD + "Share on Facebook\n" + run + "\n\n" + LEAD)
        assert run.splitlines()[1][:5] in r.text, run
    r = _run(HEAD + LEAD + "\n\nThe poem opens:\n\nI could not stop for Death -\nHe kindly stopped for me -\nThe Carriage held but us -\n\nShare on Facebook")
    assert "kindly stopped" in r.text


def test_a_stopped_sentence_among_the_foot_stays():
    for line in ("No injuries.", "A sad day for the whole town.", "Full-time: Arsenal 2 Chelsea 1."):
        r = _run(HEAD + LEAD + "\n\nShare on Facebook\nShare on Twitter\n" + line + "\nShare on WhatsApp\nShare by email")
        assert line in r.text and not any(e.rule == "boilerplate.tail_line" for e in r.edits), line


def test_a_stopped_prompt_among_the_foot_goes():
    r = _run(HEAD + LEAD + "\n\nShare on Facebook\nAlways be the first to know.\nShare on Twitter\nShare on WhatsApp")
    assert "first to know" not in r.text


def test_a_date_label_without_its_date_keeps_the_story_line_after_it():
    """'Posted on' / 'Published on' (the date lost) ends in 'on' but is whole: the short paragraph of the story
    under it is not the label's run-on (ecopoliticnews: 'Published on' between the lede and the story)."""
    for label in ("Posted on", "Published on"):
        r = _run(HEAD + "The road was closed on Monday after a fire.\n\n" + label + "\n\nNobody was hurt, the police said.")
        assert label not in r.text and "Nobody was hurt, the police said." in r.text


def test_a_prompt_cut_after_the_still_runs_on():
    r = _run(HEAD + LEAD + "\n\nGet access to this and every other article in the\n\nWeb and in our app free of charge for 4 weeks.")
    assert "free of charge" not in r.text and "Nobody was hurt" in r.text
