"""segment.final_period: no stop is applied to a line printed again elsewhere on the page (a
caption or a teaser above the article, the same sentence in it) nor after a lone last word
('... our fellow countrymen. Yap': a word left untranslated); both are offered at most."""

import pytest

import cleanup
from cleanup import Config

BODY = ("The ministry said on Monday that talks with the unions had stalled again, and that "
        "a new offer would follow within weeks.\n\n")
LINE = "In the centre of the town, the river has overflowed its banks, which has blocked the roads"


def _stops(text: str):
    out = cleanup.process(text)
    return out, [e for e in out.edits if e.rule == "segment.final_period"]


def test_a_line_printed_again_later_gets_no_stop():
    out, edits = _stops(BODY + LINE + "\n\n" + BODY + LINE.replace("river", "River") + ".\n\nNobody was hurt.")
    assert out.text.count(LINE + "\n") == 1
    assert all(e.action == "suggest" for e in edits)


def test_the_same_line_alone_still_gets_its_stop():
    out, edits = _stops(BODY + LINE + "\n\nNobody was hurt, the police said on Tuesday.")
    assert LINE + "." in out.text
    assert edits and all(e.action == "fix" for e in edits)


def test_a_lone_last_word_gets_no_stop():
    text = BODY + "Traffic in these streets is now eased for all of our fellow countrymen. Yap\n\nNobody was hurt."
    out, edits = _stops(text)
    assert "countrymen. Yap\n" in out.text
    assert all(e.action == "suggest" for e in edits)


def test_one_short_clause_between_paragraphs_is_offered_its_stop():
    text = BODY + "Minister Weber warned the unions against a strike, he said the offer stands\n\nThe unions will meet again on Friday to vote on it."
    out, edits = _stops(text)
    assert "offer stands\n" in out.text
    assert edits and all(e.action == "suggest" for e in edits)


def test_an_adjacent_doubled_paragraph_gets_its_stop_and_loses_its_copy():
    # review19b F4: the neighbouring paragraph is the same line printed twice in a row, not a caption elsewhere
    line = ("In the centre of the town the river has overflowed its banks, which has caused difficulties "
            "in movement")
    out, edits = _stops(f"Floods hit the south\n\n{line}\n\n{line}.\n\nRoads were closed.")
    assert out.text.count(line) == 1 and line + "." in out.text
    assert edits and all(e.action == "fix" for e in edits)


@pytest.mark.parametrize("line", [
    "The Ukrainians speak Russian even during official negotiations, Zakharova said",
    "We will not give up our land, the president told reporters",
    "The police arrested two men at the scene on Tuesday night",
    "Those people haven’t done any work, nothing is going to happen with them",
])
def test_a_short_sentence_of_prose_keeps_its_applied_stop(line):
    # review19b F6: a speech tag at the end, or a pronoun or a determiner and then a finite verb: a sentence
    text = f"The talks ended on Monday in the capital.\n\n{line}\n\nThe talks went on."
    out = cleanup.process(text, Config(require_english=False))
    stops = [e for e in out.edits if e.rule == "segment.final_period"]
    assert line + "." in out.text and stops and all(e.action == "fix" for e in stops)


def test_a_short_last_line_is_still_only_offered_its_stop():
    # an excerpt cut at the document's end reads as a sentence up to its cut ('... the Memorial Church on the sid')
    text = "The talks ended on Monday in the capital.\n\nThe driver raced on Wednesday morning past the church on the sid"
    stops = [e for e in cleanup.process(text, Config(require_english=False)).edits if e.rule == "segment.final_period"]
    assert stops and all(e.action == "suggest" for e in stops)
