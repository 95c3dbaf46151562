"""Contradicting offers at a lost boundary (a stop, and the next capital lowered) and the
quantity's 'than' that hid a gerund subject's verb: each test fails on the code before the change."""

from __future__ import annotations

import json
from dataclasses import replace

from cleanup import clean, process, tagger
from cleanup.config import Config
from cleanup.edits import Edit, EditLog, replay
from cleanup.participles import own_clause, quantity_than
from cleanup.render import as_diff, as_json
from cleanup.stop_offers import settle_stop_offers

from .conftest import ANY_BODY as ANY


def _log(text: str, *edits: Edit) -> EditLog:
    log = EditLog(text)
    log.suggestions = list(edits)
    return log


def test_an_offered_stop_and_the_lower_case_after_it_are_alternatives():
    text = "It has changed Climate change matters."
    stop = Edit("segment.lost_boundary.capital", 14, 14, "", ".", "lost stop", "suggest")
    low = Edit("casing.stray_capital.common_word", 15, 16, "C", "c", "stray capital", "suggest")
    log = _log(text, stop, low)
    settle_stop_offers(log)
    assert [(g.start, g.alternative) for g in log.suggestions] == [(14, (15, 16)), (15, (14, 14))]
    # accepting every offer takes one of the two, never 'changed. climate'
    assert replay(text, log.suggestions, include_suggestions=True) == "It has changed. Climate change matters."
    # the editor who rejects the stop still has the lower case
    assert replay(text, log.suggestions[1:], include_suggestions=True) == "It has changed climate change matters."
    # one given as a fix wins over its rival offered
    taken = [log.suggestions[0], replace(log.suggestions[1], action="fix")]
    assert replay(text, taken, include_suggestions=True) == "It has changed climate change matters."


def test_a_wrong_stop_leaves_the_lower_case_offered_in_the_chain():
    text = "The city has banned Cars from the centre since Monday, the mayor said."
    for lang in ("de", "th"):
        edits = process(text, Config(source_language=lang)).edits
        low = [e for e in edits if e.after == "c" and e.action == "suggest"]
        assert low, lang
        stop = [e for e in edits if e.after == "." and e.action == "suggest"]
        if stop:
            assert low[0].alternative == (stop[0].start, stop[0].end)
            assert stop[0].alternative == (low[0].start, low[0].end)
        assert "banned. cars" not in replay(text, edits, include_suggestions=True)


def test_alternative_goes_through_json_and_the_diff():
    text = "The city has banned Cars from the centre since Monday, the mayor said."
    res = process(text, Config(source_language="th"))
    data = json.loads(as_json(res))["edits"]
    rivals = [d for d in data if "alternative" in d]
    assert len(rivals) == 2 and rivals[0]["alternative"] == [rivals[1]["start"], rivals[1]["end"]]
    assert all("alternative" not in d for d in data if d not in rivals)
    back = [Edit.from_dict(d) for d in data]
    assert [e.alternative for e in back] == [e.alternative for e in res.edits]
    assert "not both]" in as_diff(res)


def test_a_lower_case_offer_away_from_any_stop_stays():
    text = "It has changed Climate change. And Then it went."
    stop = Edit("segment.lost_boundary.capital", 14, 14, "", ".", "lost stop", "suggest")
    low = Edit("casing.stray_capital.common_word", 35, 36, "T", "t", "stray capital", "suggest")
    log = _log(text, stop, low)
    settle_stop_offers(log)
    assert log.suggestions == [stop, low] and low.alternative is None


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


def test_than_is_a_quantity_only_after_more_less_fewer_and_before_a_quantity():
    assert not quantity_than(tagger.tags("growing faster than 20 analysts had expected"), 2)
    assert not quantity_than(tagger.tags("earning more than a doctor earns"), 2)
    assert quantity_than(tagger.tags("reaching more than a third of the vote"), 2)
    assert quantity_than(tagger.tags("waiting more than a year for the money"), 2)


def test_a_clause_after_than_or_what_is_not_the_piece_own_verb():
    for piece in ("growing faster than 20 analysts had expected in the survey",
                  "earning more than a doctor earns from the scheme",
                  "reaching more than a third of what families earn each month"):
        assert not own_clause(tagger.tags(piece), False), piece


def test_participle_pieces_with_a_compared_clause_are_still_joined_in_mt_copy():
    lead = "The firm reported its results on Monday."
    for piece in ("Growing faster than 20 analysts had expected in the survey.",
                  "Earning more than a doctor earns from the scheme.",
                  "Reaching more than a third of what families earn each month."):
        for lang in ("th", "tr"):
            out = clean(f"{lead} {piece}", Config(source_language=lang))
            assert f"on Monday, {piece[0].lower()}{piece[1:]}" in out, (lang, out)
