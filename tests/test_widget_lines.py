"""Date bars in a site's own form and the interface's widgets below the last paragraph
(cleanup/widget_lines.py): shapes seen on MT pages of many sites, none of which the rules were
written from line by line; and the native lines of the same shape that stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process

ANY = Config(require_english=False)
HEAD = "Minister visits the flooded towns"
LEAD = "The minister visited three towns on Monday and promised help to the families."
BODY = "She said the army would build new dams before the winter."
TAIL = "The towns were flooded for the second time this year."


def _clean(text: str) -> str:
    r = process(text, ANY)
    assert process(r.output, ANY).output == r.output
    return r.output


@pytest.mark.parametrize("line", [
    "Tue. Feb 27th, 2024",
    "26 Oct, 2019 1 615",
    "2022-06-14 0 By",
    "Cairo, 16 January",
    "August 05, 2019 7:48 AM GMT+7",
    "Sun, 12 March 2005",  # a weekday's abbreviation where a date bar puts it
    "Bangladesh Live News | @banglalivenews | 22 May 2022, 04:54 pm",  # the site's name and handle in bars
])
def test_date_bar_goes(line):
    out = _clean(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{BODY}\n\n{TAIL}")
    assert line not in out and BODY in out and LEAD in out


@pytest.mark.parametrize("line", [
    "Saturday 20 November",  # a fixture list's or a diary's heading
    "On 16 January the river rose",
    "May 2024 in the summit",
    "The 2019 budget",
    "Arsenal 2-1 Chelsea",
    "Friday, 12:30 in the town hall",
    "Arsenal | 12 March 2005 | Chelsea",  # labels in bars that are no site's
])
def test_native_date_lines_stay(line):
    out = _clean(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{BODY}\n\n{TAIL}")
    assert line in out


@pytest.mark.parametrize("line", [
    # a live page's time headings and a schedule are content: a time alone dates no line
    "10:30 GMT",
    "3:30 PM",
    "14:00 - 16:00",
    "9:30 a.m. Sunday",
    "Updated 14:30 GMT",
])
def test_time_alone_stays(line):
    out = _clean(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{BODY}\n\n{TAIL}")
    assert line in out


@pytest.mark.parametrize("line", [
    # the attribution under a quotation or a letter: calendar words that English writes as names
    "The Sun, 12 March 2005",
    "The Times, 12 March 2005",
    "Theresa May, 12 March 2019",
    "Time, 12 March 2005",
])
def test_calendar_words_that_are_names_stay(line):
    out = _clean(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{BODY}\n\n{TAIL}")
    assert line in out


def test_interface_foot_goes():
    foot = ["News ID 192061", "Your Comment", "You are replying to: .", "4 + 4 ="]
    out = _clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n" + "\n\n".join(foot))
    assert all(line not in out for line in foot) and BODY in out


def test_login_prompt_with_a_verb_goes():
    foot = ["Full story: tna.mcot.net", "TNA", "Facebook Notice for EU! You need to login to view and post FB Comments!"]
    out = _clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n" + "\n\n".join(foot))
    assert "login" not in out and "TNA" not in out and BODY in out


@pytest.mark.parametrize("ending", [
    # prose about the web: clauses about someone, not prompts to the reader
    "The video was shared on Facebook and Twitter.\n\nThe club said it would post a reply.",
    # one interface word is not a widget
    "Read the full report\n\nThe minister spoke to the families.",
    # a single line: no run
    "Readers can leave comments on the website of the council.",
    # a numbered list of networks at the article's end is content
    "The top five social networks are listed below.\n\n1. Facebook\n\n2. YouTube\n\n3. WhatsApp",
])
def test_prose_about_the_web_stays(ending):
    out = _clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{ending}")
    assert all(part in out for part in ending.split("\n\n"))


def test_word_lists_are_rules_data():
    """The calendar's, the connectors' and the reader's words are read from rules/boilerplate.toml,
    not listed in the code (a weekday beside a day is no month: 'Sunday 20')."""
    import inspect

    from cleanup import widget_lines
    from cleanup.rules import load_rules

    rules = load_rules()
    months, weekdays = rules.words("boilerplate.calendar_months"), rules.words("boilerplate.calendar_weekdays")
    assert {"march", "sep", "may"} <= months and {"sunday", "tue", "sun"} <= weekdays and not months & weekdays
    assert {"at", "by"} <= rules.words("boilerplate.date_connectors") and "please" in rules.words("boilerplate.reader_words")
    source = inspect.getsource(widget_lines)
    assert '"monday"' not in source and '"please' not in source and "com|net|org" not in source
