"""A word in lower case between two capitals of one name, where the article writes the word
capitalised elsewhere (inner_lowers)."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.inner_lowers import RULE

CFG = Config(detect_title=False, require_english=False)

APPLIED = [
    ("He played for Manchester City. Tickets for Manchester city Football Club sold out.",
     "for Manchester City Football Club"),
    ("The Energy Secretary spoke. Figures from the International energy Agency were cut.",
     "the International Energy Agency were"),
    # after a joiner inside the name
    ("Flu cases rose, the Prevention team said. Staff of the Epidemiology and prevention Branch met.",
     "the Epidemiology and Prevention Branch met"),
]

KEPT = [
    # a role before a person's name: native copy's lower-case word between capitals
    "Talks went on. The board said Nissan chairman Carlos Ghosn would stay, and the Chairman agreed.",
    "Tories rallied. Shadow Europe minister Mr Brady said the Minister was wrong.",
    # a sentence's first word says nothing of a name
    "The veteran Martinez won. Fans cheered the Veteran loudly.",
    # the word in lower case elsewhere in the article: the article means the word
    "Energy use rose. The energy bill and the International energy Agency report agreed on energy.",
    # a word that introduces a title
    "He watched the ITV1 show Filthy Love. The Show ran for years.",
]


@pytest.mark.parametrize(("text", "want"), APPLIED)
def test_applied(text: str, want: str) -> None:
    r = process(text, CFG)
    assert want in r.text
    assert any(e.rule == RULE and e.action == "fix" for e in r.edits)
    assert process(r.text, CFG).text == r.text


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    r = process(text, CFG)
    assert not [e for e in r.edits if e.rule == RULE]


def test_a_role_before_a_lone_surname_stays() -> None:
    # review36a: a role between an adjective or a firm and a surname alone is native copy, not a name's word
    for text in ("Former Chilean dictator Pinochet was charged. He was called the Dictator by Chilean newspapers.",
                 "He was appointed Chief Executive in May. Marks & Spencer executive Rose said sales fell."):
        assert not [e for e in process(text).edits if e.rule == RULE]
