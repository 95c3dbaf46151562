"""Site furniture of MT pages from sites outside the development set (date bars between bars,
post counters, bylines before the publication date, category headings, comment and like
widgets, font-size widgets, the links under a bare 'Read more:'); and the native lines that
look like them but stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process

ANY = Config(require_english=False)
LEAD = "Police arrested two men on Monday in the capital.\n\nThey were taken to the city's main station."
TAIL = "The men will appear in court on Friday."


def _removed(line: str) -> bool:
    r = process(LEAD + "\n\n" + line + "\n\n" + TAIL, ANY)
    assert process(r.text, ANY).text == r.text
    return line.strip() not in r.text and "appear in court" in r.text


@pytest.mark.parametrize("line", [
    "| 23 April 2024, Tuesday |",
    "• 09/21/2024",
    "6 April 2019 12:01 (UTC+04:00)",
    "17 Apr. 17:20 (UTC+3 MSK)",
    "0 0",
    "Ann Lee Published May 13, 2024 | 11:28 PM",
    "Source:City Daily Published: 2017/9/10 17:38:40",
    "Article Categories:",
    "Popular Categories",
    "Check Also",
    "See also  Talks on the border resume | international",
    "%d bloggers like this:",
    "Like Loading...",
    "Loading ...",
    "No comments.",
    "Add your comments...",
    "blog comments powered by Disqus",
    "Adjust font size:",
    "+ ↺ − 16 px",
    "Read full article.",
    "Search the website",
    "Read on the website",
    "Ticker",
])
def test_unseen_site_leftover_line_goes(line):
    assert _removed(line)


@pytest.mark.parametrize("line", [
    "The report was published on May 13, 2024.",
    "Ann Lee, who published the report on May 13, 2024, was not available.",
    "See also how the ministers voted, the paper wrote on Monday.",
    "Loading the ships took three days, the port said.",
    "No comments were made by the minister after the vote.",
    "Search the website of the council for the full list of closed roads.",
    "The score was 2 1 at half time, the referee said.",
])
def test_native_line_like_a_leftover_stays(line):
    assert not _removed(line)


def test_links_under_a_bare_read_more_go_with_it():
    text = (LEAD + "\n\n" + TAIL + "\n\nRead more:\n\nMinisters agree a new budget: officials\n\n"
            "Markets rose on Monday after the vote in the…")
    r = process(text, ANY)
    assert r.text.endswith(TAIL) and "Ministers agree" not in r.text
    assert process(r.text, ANY).text == r.text


def test_prose_under_a_bare_read_more_stays():
    text = LEAD + "\n\nRead more:\n\n" + TAIL + "\n\nThe court is in the north of the city."
    r = process(text, ANY)
    assert "Read more" not in r.text and r.text.endswith(TAIL + "\n\nThe court is in the north of the city.")


def test_a_date_bar_before_the_headline_is_not_the_title():
    text = "| 23 April 2024, Tuesday |\n\nMinister affirms the plan\n\n" + LEAD
    r = process(text, Config(require_english=False, detect_title=True))
    assert r.title == "Minister affirms the plan" and "2024" not in r.text


@pytest.mark.parametrize("credit", ["• NNA", "News.Az", "Fedaa"])
def test_a_credit_alone_on_the_last_line_goes(credit):
    r = process(LEAD + "\n\n" + TAIL + "\n\n" + credit, ANY)
    assert r.text.endswith(TAIL) and any(e.rule == "boilerplate.end_credit" for e in r.edits)
    assert process(r.text, ANY).text == r.text


@pytest.mark.parametrize("text", [
    LEAD + "\n\nAttendance: 8,661\n\nK Clark",           # a sports page: the referee after the attendance
    LEAD + "\n\n" + TAIL + "\n\nThank you",              # a short last line that is not a name
    LEAD + "\n\nWINNERS (once)",
])
def test_a_last_line_that_is_no_credit_stays(text):
    r = process(text, ANY)
    assert r.text.endswith(text.rsplit("\n\n", 1)[1]) and not any(e.rule == "boilerplate.end_credit" for e in r.edits)


def test_a_paragraph_cut_after_its_first_word_is_no_end_credit():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    body = ("The council met on Monday to discuss the budget.\n\nMembers agreed to raise the tax by two percent.\n\n"
            "The mayor said the money would go to schools.\n\n")
    for cut in ("The", "Af"):
        assert not [e for e in process(body + cut, cfg).edits if e.rule == "boilerplate.end_credit"]
    assert [e.rule for e in process(body + "Lusine Balasyan", cfg).edits if e.rule == "boilerplate.end_credit"]
