"""A site's menu kept above the headline or below the last paragraph (cleanup/menu_blocks.py),
with the widgets printed among its items; and lists of the same look that an article holds."""

from __future__ import annotations

import pytest

from cleanup import Config, process

ANY = Config(require_english=False, source_language="el")  # text that shows MT
HEAD = "Minister visits the flooded towns in the north"
LEAD = "The minister visited three towns on Monday and promised help to the families."
BODY = "She said the army would build new dams before the winter."


def _clean(text: str) -> str:
    r = process(text, ANY)
    assert process(r.output, ANY).output == r.output
    return r.output


def test_menu_with_widgets_above_the_headline_goes_whole():
    menu = "×\nEnglishFrench\n\n×\n  • Politics\n  • World\n  • Culture\n  • Sports\nSunday\n18\nJan 2026\nweather symbol\nParis 6°C\n  • Home\n  • Economy\nPowered by Nexus\n"
    out = _clean(f"{menu}\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert out == f"{HEAD}\n\n{LEAD}\n\n{BODY}"  # the headline is the title now: no stop is added to it


def test_plain_menu_at_the_foot_goes():
    foot = "Home\n\nNews\n\nBusiness\n\nArt & Culture\n\nSports\n\nContact Us"
    assert _clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{foot}") == f"{HEAD}\n\n{LEAD}\n\n{BODY}"


def test_a_list_the_article_introduces_stays():
    text = f"{HEAD}\n\n{LEAD}\n\nThe towns he visited:\n\n• Riverton\n\n• Oakdale\n\n• Millbrook\n\n• Eastwick"
    out = _clean(text)
    for town in ("Riverton", "Oakdale", "Millbrook", "Eastwick"):
        assert town in out


def test_key_points_in_sentence_case_stay():
    text = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n• Inflation rises to 5%\n\n• Bank holds rates\n\n• Pound falls"
    out = _clean(text)
    assert "Bank holds rates" in out and "Pound falls" in out


def test_four_title_case_lines_under_the_headline_stay():
    # a short headline, a byline and a desk above the lede: an article's own lines, never five items
    text = f"Flood Warning\n\nJohn Smith\n\nChief Reporter\n\nLondon Desk\n\n{LEAD}\n\n{BODY}\n\nThe towns were flooded for the second time this year."
    out = _clean(text)
    assert out.startswith("Flood Warning")


def test_the_pages_title_above_a_menu_stays():
    menu = "• Politics\n\n• World\n\n• Culture\n\n• Sports\n\nAthens 6°C"
    out = _clean(f"Flood Warning Issued\n\n{menu}\n\n{LEAD}\n\n{BODY}")
    assert out.startswith("Flood Warning Issued") and "Politics" not in out and "Athens" not in out


NATIVE = Config(require_english=False, detect_title=False)
OSCARS = ("Oscar nominations announced\n\nThe nominations for this year's Academy Awards were announced in Los Angeles on Tuesday."
          "\n\nThe Aviator leads the field with eleven nominations, the academy said on Tuesday.")
NOMINEES = "The Aviator\n\nFinding Neverland\n\nMillion Dollar Baby\n\nSideways\n\nRay"


def test_nominees_after_native_prose_stay():
    # review18a L2 (a): native copy shows no MT; the rule only offers there
    text = f"{OSCARS}\n\nBest Film\n\n{NOMINEES}"
    assert process(text, NATIVE).output == text


def test_a_list_under_a_colon_line_and_a_heading_stays():
    # review18a L2 (b): the colon line is above the heading, not right above the items
    text = f"{OSCARS}\n\nThe nominees are:\n\nBest film\n\n{NOMINEES}"
    assert process(text, Config(require_english=False, source_language="de")).output == text


def test_a_list_under_a_line_of_words_stays():
    # review18a L2 (c): a line of four words or more with no stop introduces the list
    text = (f"{HEAD}\n\n{LEAD}\n\nThe draw for the quarter-finals was held in Istanbul on Friday, before the final in Istanbul."
            "\n\nThe teams left in the draw\n\n• Arsenal\n\n• Chelsea\n\n• Porto\n\n• Inter Milan")
    out = process(text, Config(require_english=False, source_language="de")).output
    assert "• Inter Milan" in out and "• Arsenal" in out


ERDOGAN = ("President Recep Tayyip Erdogan won the run-off on Sunday with 52 percent of the vote, the election board said."
           "\n\nThe opposition said it would not accept the result.")


@pytest.mark.parametrize("top", [
    "Home\n\nNews\n\nPolitics\n\nEconomy\n\nSport\n\n",
    "×\n\nEnglish\n\n• Politics\n\n• World\n\n• Culture\n\n",
])
@pytest.mark.parametrize("head", ["Erdogan Wins Again", "Erdogan wins again", "Election Result"])
def test_the_headline_under_a_menu_stays(top, head):
    # review18a L1: a headline has a finite verb, or stands right above the prose unbulleted
    out = _clean(f"{top}{head}\n\n{ERDOGAN}")
    assert out.startswith(head) or f"\n{head}\n" in out


def test_a_date_line_does_not_split_the_block():
    # review18a L6: the widgets after a long date line go with the menu (no residue above the headline)
    menu = "×\n\nEnglish\n\n• Politics\n\n• World\n\n• Culture\n\nSunday, 18 January 2026 10:45 AM\n\nAthens 6°C\n\nPowered by Nexus"
    out = _clean(f"{menu}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert out == f"{HEAD}\n\n{LEAD}\n\n{BODY}"


def test_in_native_copy_only_a_bulleted_menu_above_the_prose_goes():
    # the evidence's Greek page shows no mark of MT; a byline block of plain lines is only offered
    menu = "×\n\nEnglish\n\n• Politics\n\n• World\n\n• Culture\n\n"
    assert process(f"{menu}{HEAD}\n\n{LEAD}\n\n{BODY}", NATIVE).output == f"{HEAD}\n\n{LEAD}\n\n{BODY}"
    text = f"Floods Hit Towns\n\nShare\n\nBy John Smith\n\nChief Reporter\n\nLondon Desk\n\nUpdated Monday\n\n{LEAD}\n\n{BODY}"
    r = process(text, Config())
    assert "Chief Reporter\n\nLondon Desk" in r.output
    assert not [e for e in r.edits if e.rule == "boilerplate.menu_block" and e.action == "fix"]
