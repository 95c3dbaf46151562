"""The cheap reads the lost-boundary stage makes before its costly ones (speed30a) must leave exactly
what the costly ones would leave: the gap's two words read from the text (cleanup.gap_words), the
role words a title needs (speaker_subjects), the time words a capital follows (boundary_shapes),
the token context from running counts (stop_reach)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanup import boundary_shapes, gap_words, learned_stops, speaker_subjects, stop_reach
from cleanup.rules import load_rules

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
RULES = load_rules(())
LISTS = learned_stops.gap_lists(RULES.words)

# gaps a cheap read must get right: hyphens, digits, quotes, accents, a word cut by the sentence's start
TRICKY = [
    "It was a well-known case Police said the half-time Score was level.",
    "The 2004-05 season Chelsea won; the x-ray Machine and the café Owners in Zürich were cited.",
    "He said “the deal” was done and the board Approved it in the Mid-West Region at last.",
    "the firm’s Chief said it's the No. 15 storm and the co-Founder of Åkesson Group Was there.",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SAMPLES] + TRICKY


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentences cut at stops, and pieces that start in mid-word (a floor a cheap read must respect)."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".;" or i - start > 37:
            out.append((start, i + 1))
            start = i + 1
    return out + [(start, len(text))]


def test_the_gap_words_read_from_the_text_never_leave_a_gap_the_model_judges() -> None:
    left = judged = 0
    for text in _texts():
        for ss, se in _sentences(text):
            words, offs = learned_stops.tokens(text[ss:se])
            for m in learned_stops.CANDIDATE.finditer(text, ss, se):
                gap = learned_stops._gap(offs, m.start() - ss)
                if gap is None:
                    continue
                if gap_words.left_to_rules(text, m.start(), m.group(1), (ss, se), LISTS, learned_stops.TOKEN):
                    left += 1
                    assert not learned_stops.judged(words, *gap, LISTS), text[ss:se]
                else:
                    judged += learned_stops.judged(words, *gap, LISTS)
    assert left and judged  # both kinds met: the test reads something


@pytest.mark.parametrize("text", TRICKY)
def test_the_token_before_a_gap_is_the_sentence_token(text: str) -> None:
    words, offs = learned_stops.tokens(text)
    for m in learned_stops.CANDIDATE.finditer(text):
        gap = learned_stops._gap(offs, m.start())
        got = gap_words.token_before(text, m.start(), 0, learned_stops.TOKEN)
        assert gap is None or got is None or got == words[gap[0]]


def test_the_role_words_ahead_keep_every_titled_name() -> None:
    roles = RULES.words("segment.name_roles")
    function_words = RULES.words("words.function_words", "segment.title_joining")
    text = " ".join(_texts()) + " on the bill Tory leader Michael Howard also faces the case, said its chief Executive Bob Smith."
    starts = speaker_subjects._role_starts(text, 0, len(text), RULES)
    titled = 0
    for m in speaker_subjects._TITLE_START.finditer(text):
        run = speaker_subjects._WORDS.match(text, m.start(2), m.start(2) + 120)
        if speaker_subjects._titled_name(run.group(0).split() if run else [], roles, function_words):
            titled += 1
            assert speaker_subjects._role_ahead(text, starts, m.start(2)), text[m.start(2):m.start(2) + 60]
    assert titled >= 2


def test_the_time_look_behinds_find_what_the_plain_test_finds() -> None:
    text = " ".join(_texts()) + " on Monday Allied Irish Banks said in 2004 Sales rose; 12 Men and ²³¹⁴ Items last month Throughout"
    plain = [m.span() for m in __import__("re").finditer(r"( )([A-Z][\w’'.-]*)", text)
             if text.endswith(boundary_shapes._ENDS, max(0, m.start() - 9), m.start())
             or text[max(0, m.start() - 4):m.start()].isdigit()]
    assert [m.span() for m in boundary_shapes.after_time(text, 0, len(text))] == plain and len(plain) >= 4
    assert [m.span() for m in boundary_shapes.after_time("12 Men", 0, 6)] == [(2, 6)]


def test_the_token_context_from_running_counts_is_the_summed_one() -> None:
    for text in _texts():
        words, offs = learned_stops.tokens(text)
        counts = stop_reach.prefix(words)
        for ia in range(len(words) - 1):
            assert stop_reach.token_context(words, ia, ia + 1, counts) == stop_reach.token_context(words, ia, ia + 1)
