"""Page furniture of the leftover class read from its shape (leftover25): a newsletter prompt
standing alone on a line ('Subscribe to receive ... news'), which goes, and the prose that
opens with the same verb, which stays."""

from __future__ import annotations

import pytest

from cleanup import Config, clean, process

ANY = Config(require_english=False)
LEAD = "Two men held after the attack\n\nPolice arrested two men on Monday in the capital.\n\nThey were taken to the city's main station."
TAIL = "The men will appear in court on Friday."


def _run(middle: str):
    return process(LEAD + "\n\n" + middle + "\n\n" + TAIL, ANY)


@pytest.mark.parametrize("line", [
    "Subscribe to receive the most important news",
    "Sign up for Daily Post newsletters.",
    "Subscribe to get the latest updates!",
])
def test_newsletter_prompt_goes(line: str) -> None:
    r = _run(line)
    assert line not in r.output and "main station." in r.output and "appear in court" in r.output
    assert any(e.rule == "boilerplate.call_to_action" for e in r.edits)
    assert clean(r.output, ANY) == r.output


@pytest.mark.parametrize("line", [
    "Subscribe to receive the news, the council told residents on Tuesday.",
    "Readers who sign up for the newsletter get a discount, the firm said.",
    "Sign up for the army was slow in the north, officers said on Monday.",
])
def test_prose_with_the_verb_stays(line: str) -> None:
    assert line in _run(line).output
