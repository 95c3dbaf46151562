"""A name written once, in lower case, that nothing else in the article capitalises
(document.proper_noun_case.once): the word and its neighbour must agree."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.once_names import once_name

CFG = Config(detect_title=False, require_english=False)
NONE = (frozenset(), frozenset(), frozenset(), frozenset())


def _edits(text: str) -> list:
    return [e for e in process(text, CFG).edits if e.rule == "document.proper_noun_case.once"]


@pytest.mark.parametrize("text, want", [
    # news never wrote the word in lower case, and a name stands beside it
    ("The late kick by ronan O'Gara won it. Ireland cheered.", "by Ronan O'Gara won"),
    # no dictionary lists it, English seldom writes it, after a given name
    ("It was a shock, said Geoffrey durso, a student. Prices fell.", "said Geoffrey Durso, a"),
    # spelt like a name, not like an English word, beside a capitalised name
    ("Records of Xu xx, guangxi Baise Debao drug king, spread online. Xu went home.", "Xu xx, Guangxi Baise"),
])
def test_fixed(text: str, want: str) -> None:
    result = process(text, CFG)
    assert want in result.output
    assert [e.action for e in _edits(text)] == ["fix"]


@pytest.mark.parametrize("text", [
    "A DVD burner, wireless and broadband technologies can be used. It works.",
    # an English compound after a given name ('the Mariel boatlift')
    "It came after the Cuban Missile Crisis and the Mariel boatlift of 1980. Talks went on.",
    # a rare word spelt like an English one beside a name ('carmaker' 0.1; the Xu text above: 'guangxi' 1.4)
    "Talks with French carmaker Renault Nissan went on. Prices fell.",
    # a lower-case word between two capitals: a particle or a foreign phrase
    "He spoke to journalists on Transatlantico alla Camera on Monday. Talks went on.",
    # after a capital: a noun the name modifies; after a given name that is also a place: no surname
    "The new Google toolbar was shown, and the Jordan kibbutz opened. Talks went on.",
    # an English-shaped word after a given name
    "The band's frontman Charlie planned to rest. The tour ended.",
    # written twice in lower case: the article means it so
    "It was a shock, said Geoffrey durso, a student. Later durso left.",
])
def test_kept(text: str) -> None:
    assert process(text, CFG).output == text


def test_without_a_name_beside_it_only_offered() -> None:
    # news never wrote 'detroit' in lower case, but nothing beside it is a name: offered
    text = "Chrysler was the only detroit based automaker to gain share. Sales fell."
    assert [(e.action, e.after) for e in _edits(text)] == [("suggest", "D")]
    assert process(text, CFG).output == text


def test_not_a_day_or_nationality_beside_it() -> None:
    text = "It fell on Monday detroit time."
    start = text.index("detroit")
    assert once_name(text, start, start + 7, (frozenset(), frozenset(), frozenset(), frozenset({"monday"}))) == 0.6
