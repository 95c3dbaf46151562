"""Contradicting offers at a lost boundary (a stop, and the next capital lowered) and the
quantity's 'than' that hid a gerund subject's verb: each test fails on the code before the change."""

from __future__ import annotations

from cleanup import clean, process, tagger
from cleanup.edits import Edit, EditLog, replay
from cleanup.participles import own_clause, quantity_than
from cleanup.stop_offers import settle_stop_offers

from .conftest import ANY_BODY as ANY


def _log(text: str, *edits: Edit) -> EditLog:
    log = EditLog(text)
    log.suggestions = list(edits)
    return log


def test_an_offered_stop_drops_the_offered_lower_case_after_it():
    text = "It has changed Climate change matters."
    stop = Edit("segment.lost_boundary.capital", 14, 14, "", ".", "lost stop", "suggest")
    low = Edit("casing.stray_capital.common_word", 15, 16, "C", "c", "stray capital", "suggest")
    log = _log(text, stop, low)
    settle_stop_offers(log)
    assert log.suggestions == [stop]
    assert replay(text, log.suggestions, include_suggestions=True) == "It has changed. Climate change matters."


def test_a_lower_case_offer_away_from_any_stop_stays():
    text = "It has changed Climate change. And Then it went."
    stop = Edit("segment.lost_boundary.capital", 14, 14, "", ".", "lost stop", "suggest")
    low = Edit("casing.stray_capital.common_word", 35, 36, "T", "t", "stray capital", "suggest")
    log = _log(text, stop, low)
    settle_stop_offers(log)
    assert log.suggestions == [stop, low]


def test_a_stop_offer_and_a_lower_case_in_the_chain_agree_when_all_are_accepted():
    text = "The minister warned that the world situation has changed Climate change, therefore, must be prepared for."
    edits = process(text, ANY).edits
    offered = replay(text, edits, include_suggestions=True)
    assert "changed. climate" not in offered
    stop = [e for e in edits if e.rule.startswith("segment.lost_boundary") and e.after == "."]
    if stop:  # the stop is offered: its capital stays with it
        assert "changed. Climate change" in offered


def test_than_before_a_quantity_opens_no_clause():
    assert quantity_than(tagger.tags("looking at more than half of the votes"), 3)
    assert quantity_than(tagger.tags("winning fewer than 20 seats"), 2)
    assert not quantity_than(tagger.tags("going faster than the police expected"), 2)
    assert not quantity_than(tagger.tags("more than half"), 0)


def test_a_gerund_subject_with_more_than_half_has_its_own_verb():
    piece = tagger.tags("looking at any party with more than half of the 500 votes is considered the consensus")
    assert own_clause(piece, False)
    # the verb of a clause after 'than' is still the clause's, not the piece's
    assert not own_clause(tagger.tags("leaving the city faster than the police expected"), False)


def test_gerund_subject_after_a_lost_stop_is_not_joined_with_a_comma():
    text = ("Mr Lee is happy to go far away to win the election Looking at any party with more than half "
            "of the 500 votes is considered the consensus of the people.")
    out = clean(text, ANY)
    assert ", looking at any party" not in out
    kept = "The party wants to win the vote. Winning more than half of the 500 seats is seen as a mandate."
    assert clean(kept, ANY) == kept


def test_a_participle_piece_with_a_quantity_is_still_joined():
    text = "A wave of violence has swept the country in recent days. Leaving several dead as the police scrambled."
    assert "recent days, leaving several dead" in clean(text, ANY)
