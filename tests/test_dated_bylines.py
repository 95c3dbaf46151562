"""A news theme's byline with the post's date under the headline, and 'Posted by' under the story
(rules/boilerplate.toml, boilerplate.byline); a dated line of prose and a clean byline stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process

CFG = Config(require_english=False)
HEAD = "Storm closes main airport for a second day"
BODY = ("The main airport remained closed for a second day on Monday after a storm damaged the tower.\n\n"
        "About two hundred flights were cancelled, officials said.")


@pytest.mark.parametrize("line", [
    "by Maria Lopez - World News Editor February 23, 2026",
    "By Ann Roe, 4 March 2023",
    "Posted by John Roe - Tech Editor 2023-03-04 10:30",
])
def test_dated_byline_under_the_headline_goes(line):
    r = process(f"{HEAD}\n\n{line}\n\n{BODY}", CFG)
    assert line not in r.output and BODY in r.output
    assert any(e.rule == "boilerplate.byline" for e in r.edits)


@pytest.mark.parametrize("line", [
    "By March 4, 2023 the airport had reopened twice.",  # prose opening on a date
    "By . Daily Mail Reporter",  # the clean corpus's own byline: no date, no name after 'By'
])
def test_dated_prose_and_clean_bylines_stay(line):
    r = process(f"{HEAD}\n\n{line}\n\n{BODY}", CFG)
    assert not any(e.rule == "boilerplate.byline" for e in r.edits)
