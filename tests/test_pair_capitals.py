"""A capital native news never gives the word beside the very word next to it
(cleanup/pair_capitals.py: casing.stray_capital.never_beside, from rules/case_bigrams.tsv)."""

import pytest

from cleanup import Config, lexicon, process

CFG = Config(detect_title=False, require_english=False)
RULE = "casing.stray_capital.never_beside"


def _edits(text: str) -> list[tuple[str, str, str]]:
    return [(e.action, e.before, e.after) for e in process(text, CFG).edits if e.rule == RULE]


def test_the_pairs_read_are_lower_case_in_native_news():
    for word, side, other in (("weather", "<", "bad"), ("young", ">", "stars"), ("young", "<", "the")):
        caps, lows = lexicon.pair_counts(word, side, other)
        assert caps == 0 and lows >= 3, (word, side, other)
    assert lexicon.pair_counts("house", "<", "the")[0] > 0  # "the House": native news capitalises it there


@pytest.mark.parametrize("text, before", [
    ("Many migrants drown because of bad Weather and overcrowded boats.", "W"),
    ("He was one of the Young stars of the film, and the director praised him.", "Y"),  # a listed name: both sides
])
def test_a_capital_both_neighbours_deny_is_lowered(text, before):
    assert ("fix", before, before.lower()) in _edits(text)


@pytest.mark.parametrize("text", [
    "It holds the 2005 presidency of the Group of Eight, which meets in July.",  # a name goes on through 'of'
    "He said the Government was funding talent.",  # house style
    "She was quoted by the Economist.",  # a name may close a clause after 'the'
    "The young stars met the Young family, and Young said so.",  # the article capitalises it again
])
def test_a_name_is_kept(text):
    assert _edits(text) == []


@pytest.mark.parametrize("text", [
    "He passed to Young and the ball went in.",  # 'to young', 'young and': pairs of function words only
    "It was a bad day for Young and the club.",
    "A goal from Banks in the second half won the match.",
    "The report was written by Cash and his team last year.",
    "Police said the driver, named as Little, was taken to hospital.",
])
def test_a_listed_name_beside_function_words_only_is_not_lowered(text):
    # review F-caps-2: surnames made of common words; news writes 'to young' in lower case but the pair says nothing
    assert _edits(text) == []


@pytest.mark.parametrize("text", [
    "The Producers was named best musical at the awards.",  # a musical's name: the verb does not agree
    "The Record said the deal was off.",  # a paper
    "The Trust said the hospital would close.",  # a body named once
])
def test_a_sentences_opening_article_and_one_side_is_no_evidence(text):
    # review F-caps-1: native news opens sentences on titles, papers and bodies; one lower-case pair is not enough
    assert _edits(text) == []


@pytest.mark.parametrize("text", [
    "He said the Board would meet on Monday.",
    "A spokesman for the Party said the plan was wrong.",
    "The Board has approved the deal.",
])
def test_a_body_house_styles_capitalise_is_kept(text):
    # review F-caps-3: 'the Board' of a named body, 'the Party' (China's Communist Party): house style, as 'the Government'
    assert process(text, CFG).text == text and _edits(text) == []
