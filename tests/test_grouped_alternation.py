"""rules.grouped_alternation: a word list filed by first letter matches exactly what the plain
alternation matches (same spans, same preferred word), with and without IGNORECASE."""

from __future__ import annotations

import re

import pytest

from cleanup.rules import grouped_alternation, load_rules

WORDS = ["in the framework of", "in the frame", "it should be noted", "Apple pie", "apple", "And", "an",
         "a", "bee", "Bee", "b", "9 to 5", "in"]
TEXTS = [
    "In the framework of the deal, an apple and a Bee met in the frame; it should be noted.",
    "AND and And an a b bee BEE Apple pie apple pie 9 to 5 in in the frame in the framework",
    "within the framework ofa, anapple, inn, bees",
]


def _plain(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("order", [WORDS, sorted(WORDS, key=lambda w: (-len(w), w)), list(reversed(WORDS))])
def test_same_matches_as_the_plain_alternation(flags: int, order: list[str]) -> None:
    for wrap in (r"\b{}\b", "{}", r"(?<![\w-]){}(?![\w-])"):
        plain = re.compile(wrap.format(_plain(order)), flags)
        grouped = re.compile(wrap.format(grouped_alternation(order)), flags)
        for text in TEXTS:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_files_words_by_first_letter() -> None:
    assert grouped_alternation(["and", "bee", "apple"]) == "(?:(?:and|apple)|(?:bee))"


def test_a_word_opening_with_a_mark_keeps_the_plain_alternation() -> None:
    words = ["’s", "and", "Émile"]
    assert grouped_alternation(words) == _plain(words)
    assert grouped_alternation(["-ish", "and"]) == _plain(["-ish", "and"])


def test_shipped_lists_match_as_before() -> None:
    rules = load_rules()
    text = ("Within the framework of the talks, it is worth noting that he reiterated and emphasised, "
            "taking into account what they highlighted; he said, she added.").lower()
    for key in ("words.translationese", "words.varied_reporting", "words.speech_verbs"):
        words = sorted(rules.words(key), key=lambda w: (-len(w), w))
        got = re.findall(r"\b" + rules.alternation(key) + r"\b", text)
        assert got == re.findall(r"\b" + _plain(words) + r"\b", text)
