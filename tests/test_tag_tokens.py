"""cleanup.tag_tokens gives the sentences textblob's own tokenizer gives (it replaces it in the tagger)."""

from __future__ import annotations

import pytest
from textblob import _text as tb

from cleanup import tagger
from cleanup.tag_tokens import find_tokens

AWKWARD = [
    "",
    " ",
    "...",
    "The U.S. team won't play. It rained!",
    "Mr. Smith, e.g. 3.5% of it ... then?! 'quoted' '' \"done.\"",
    "He said: 'it's fine'. \"Yes.\" Then... nothing (!) at all :) really :-D",
    "a\r\n\r\nb  c\n\n\nd\te",
    "I'd I'm I'll they're we've can't 's 'd n't",
    "x.y. z... .. . -- ** (a) [b] {c} #tag @name $5 &c ~ = | ^",
    "“Curly” ‘quotes’ and it’s O’Neill’s",
    "Dr. No. 5 St. Louis, Ph.D. A. B. Smith.",
    "end of line\n\nHeadline without stop\n\nNext paragraph.",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_same_sentences_as_textblob(text):
    assert find_tokens(text) == tb.find_tokens(text)


def test_same_sentences_on_news_windows():
    text = ("The minister's plan, which was announced on Monday (22 May), \"won't work\", critics say. "
            "In the U.S., sales rose 5.5%... They fell in Jan. and Feb.! Why?\n\nMore: see www.bbc.co.uk/news.")
    for start in range(0, len(text), 7):
        for width in (5, 40, 120):
            piece = text[start:start + width]
            assert find_tokens(piece) == tb.find_tokens(piece), piece


def test_tagger_reads_our_tokens():
    assert tagger._tag("The U.S. team won't play.") == [
        (w, t) for s in tagger._parser().parse("The U.S. team won't play.", collapse=False, chunks=False, map=None)
        for w, t in s]
