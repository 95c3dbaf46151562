"""A full stop before a spaced comma with the sentence going on in lower case (``agencies. ,
occurs``) is offered for removal, never applied; stops and commas in their places stay."""

from __future__ import annotations

from cleanup import Config, process

from .conftest import ANY_BODY as ANY


def test_the_stop_is_offered_and_applied_only_when_asked():
    text = "The case involved many departments and agencies. , occurs over a long period of time."
    offered = [e for e in process(text, ANY).edits if e.rule == "normalize.stop_before_comma"]
    assert [(e.before, e.after, e.action) for e in offered] == [(". ,", ",", "suggest")]
    assert process(text, ANY).output == text
    eager = Config(require_english=False, detect_title=False, min_confidence=0.5)
    assert "and agencies, occurs over" in process(text, eager).output


def test_stops_and_commas_in_their_places_stay():
    for fine in ("The case involved many agencies. Over a long period, it grew.",
                 "It was a strange match . . . momentum swings, he said.",
                 "Prices rose 3.5 , analysts said, and fell."):
        assert not [e for e in process(fine, ANY).edits if e.rule == "normalize.stop_before_comma"], fine


def test_an_abbreviations_stop_is_not_offered():
    """'Inc. ,' and 'U.S. ,' close no sentence: the stop is the abbreviation's, not a slip."""
    for fine in ("He works for Acme Inc. , which makes tools.", "It was sold in the U.S. , where it is made.",
                 "The firm, Apple Co. , said so."):
        assert not [e for e in process(fine, ANY).edits if e.rule == "normalize.stop_before_comma"], fine
    offered = [e for e in process("The cars were found in Iran. , where they", ANY).edits
               if e.rule == "normalize.stop_before_comma"]
    assert len(offered) == 1
