"""Two neighbouring removals by two rules stay two edits (cleanup.removal_split): a later rule
removing the lines around the place of an earlier removal does not take it over (review35b:
'... → Continue reading' then 'Posted by admin' came back as one boilerplate.byline edit)."""

from __future__ import annotations

import pytest

from cleanup import Config, process, replay
from cleanup.edits import Change, EditLog

ANY = Config(require_english=False)
BODY = ("Floods hit the north\n\nHeavy rain flooded three villages in the north on Monday night.\n\n"
        "The governor visited the villages on Tuesday and met the families.\n\n")
TEASER = "The army will send soldiers to the villages during the holidays ... → Continue reading"


def test_log_keeps_an_earlier_removal_of_words_apart():
    text = "Prose ends here.\n\nA teaser line.\nPosted by admin"
    log = EditLog(text)
    log.apply([Change(18, 33, "", "a.teaser", "Teaser.")])  # 'A teaser line.\n'
    assert log.text == "Prose ends here.\n\nPosted by admin"
    log.apply([Change(16, 33, "", "b.byline", "Byline.")])  # '\n\nPosted by admin' around it
    assert log.text == "Prose ends here."
    assert [(e.rule, e.before) for e in log.edits] == [
        ("a.teaser", "\n\nA teaser line."), ("b.byline", "\nPosted by admin")]
    assert replay(text, log.edits) == log.text
    without_teaser = [e for e in log.edits if e.rule != "a.teaser"]
    assert replay(text, without_teaser) == "Prose ends here.\n\nA teaser line."


def test_log_still_merges_a_spacing_fix_inside_a_removed_line():
    log = EditLog("Prose.\nShare  this\n")
    log.apply([Change(12, 14, " ", "normalize.spaces", "Spaces.")])
    log.apply([Change(6, 17, "", "boilerplate.share", "Share line.")])
    assert [(e.rule, e.before) for e in log.edits] == [("boilerplate.share", "\nShare  this")]


@pytest.mark.parametrize("byline", ["Posted by admin", "By Angela Ulrich, ARD capital studio"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_teaser_and_byline_are_two_edits_each_rejectable(byline, sep):
    text = BODY + TEASER + sep + byline + "\n"
    r = process(text, ANY)
    assert "army" not in r.text and byline not in r.text
    assert replay(text, r.edits) == r.output
    teaser = [e for e in r.edits if "army" in e.before]
    credit = [e for e in r.edits if byline in e.before]
    assert len(teaser) == 1 and len(credit) == 1 and teaser[0] is not credit[0]
    assert teaser[0].rule == "boilerplate.cut_teaser" and "cut_teaser" not in credit[0].rule
    # an editor who rejects the byline's edit keeps the teaser removed, and the other way round
    kept_teaser = replay(text, [e for e in r.edits if e is not credit[0]])
    assert byline in kept_teaser and "army" not in kept_teaser
    kept_byline = replay(text, [e for e in r.edits if e is not teaser[0]])
    assert "army" in kept_byline and byline not in kept_byline
    assert process(r.text, ANY).text == r.text
