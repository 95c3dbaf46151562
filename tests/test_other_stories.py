"""Lines of another story left in the body (boilerplate.other_story): read from lexical cohesion,
applied in copy that reads as MT, and never taken from a native article's quotation, credit line
or crosshead."""

from __future__ import annotations

from cleanup import Config, clean, process

MT = Config(require_english=False, source_language="da")
NATIVE = Config(require_english=False)
RULE = "boilerplate.other_story"
STORY = ("Council names two new mayors\n\n"
         "The council named two new mayors on Monday after the local elections in the city.\n\n"
         "The new mayors of the council will take office in January, the council said in a statement.\n\n"
         "One of the mayors served on the council for ten years before the elections.\n\n")


def _edits(text: str, config: Config) -> tuple[str, list[str]]:
    r = process(text, config)
    return r.text, [e.action for e in r.edits if e.rule == RULE]


def test_other_story_headline_at_the_foot_goes_in_mt_copy():
    out, actions = _edits(STORY + "Famous street singer Bob Marsh dies at the age of 63", MT)
    assert actions == ["fix"] and "singer" not in out and out.rstrip().endswith("elections.")


def test_headline_with_its_cut_teaser_goes_whole():
    text = (STORY + "Famous street singer Bob Marsh dies at the age of 63\n"
            "Bob Marsh, the singer who settled in the port in 1983, has died. He sang gospel and soul, but in")
    out, actions = _edits(text, MT)
    assert actions == ["fix"] and "Marsh" not in out and "gospel" not in out


def test_same_line_in_native_copy_is_only_offered():
    out, actions = _edits(STORY + "Famous street singer Bob Marsh dies at the age of 63", NATIVE)
    assert "suggest" in actions and "fix" not in actions and "singer" in out


def test_native_quote_and_credit_lines_stay():
    for end in ('"We are ready," she wrote.', "Reuters contributed to this report.", "Thanks for reading"):
        out, actions = _edits(STORY + end, NATIVE)
        assert end in out and "fix" not in actions, end
        out, actions = _edits(STORY + end, MT)
        assert end in out and not actions, end


def test_line_that_shares_a_name_stays():
    out, actions = _edits(STORY + "Mayor Ann Holt to lead the council of the city", MT)
    assert not actions and "Ann Holt" in out


def test_crosshead_between_paragraphs_stays():
    text = (STORY + "Women in charge\n\n"
            "Six of the new mayors of the council are women, the council said after the elections.")
    out, actions = _edits(text, MT)
    assert "Women in charge" in out and not actions


def test_ticker_of_unrelated_items_is_not_read():
    text = ("News in brief\n\nA fire broke out in a sawmill in the north on Monday, firefighters said.\n\n"
            "The central bank raised its interest rate by a quarter point to curb inflation.\n\n"
            "A football club sacked its coach after five defeats in a row this season.\n\n"
            "Famous street singer Bob Marsh dies at the age of 63")
    _, actions = _edits(text, MT)
    assert not actions


def test_idempotent():
    text = STORY + "Famous street singer Bob Marsh dies at the age of 63"
    once = clean(text, MT)
    assert clean(once, MT) == once


CRASH = ("Driver dies in crash on the motorway near the town\n\n"
         "A driver died on Monday when his car left the motorway near the town and hit a bridge.\n\n"
         "Police said the car left the motorway at high speed and hit the bridge before dawn.\n\n"
         "The driver of the car, a local man, died at the scene of the crash, police said.\n\n")


def test_a_closing_line_with_a_pronoun_is_the_articles():
    end = "He leaves behind a wife and three young children"
    out, actions = _edits(CRASH + end, MT)
    assert end in out and not actions


def test_a_single_closing_line_with_no_headline_mark_is_only_offered():
    end = "Investigation continues into the cause of the accident"
    out, actions = _edits(CRASH + end, MT)
    assert end in out and "fix" not in actions


def test_a_foot_block_with_a_sentence_is_not_removed():
    end = "Tributes paid to a devoted father\n\nNeighbours laid flowers at the bridge on Tuesday morning."
    out, actions = _edits(CRASH + end, MT)
    assert "Tributes paid" in out and "Neighbours laid" in out and "fix" not in actions


def test_a_crosshead_between_paragraphs_of_mt_copy_is_only_offered():
    cross = "Anger grows among weary commuters in Leeds"
    text = STORY + cross + "\n\nThe mayors of the council will meet after the elections, the council said."
    r = process(text, MT)
    assert cross in r.text and not [e for e in r.edits if e.before.strip() == cross and e.action == "fix"]


def test_a_line_up_a_bio_and_a_correction_stay_in_mt_copy():
    for end in ("Subs not used: Ramsdale, Henderson, Gallagher, Watkins, Toney",
                "Jane Smith is a freelance journalist based in Nairobi",
                "An earlier version misstated the date of the vote"):
        out, actions = _edits(STORY + end, MT)
        assert end in out and "fix" not in actions, end


def test_a_single_foot_line_is_applied_only_with_a_headline_mark():
    """Title Case or a figure marks a headline; a plain line may close the article."""
    from cleanup.doc import Context, Doc
    from cleanup.other_stories import other_stories
    from cleanup.rules import load_rules

    rules = load_rules(())

    def actions(end: str) -> list[str]:
        ctx = Context(rules, MT, has_title=True, language="da", mt_like=True)
        return [ch.action for ch in other_stories(Doc(STORY + end, True, rules), ctx)]

    assert actions("Famous Street Singer Dies After Long Illness") == ["fix"]
    assert actions("Famous street singer Bob Marsh dies at the age of 63") == ["fix"]
    assert actions("Famous street singer dies after a long illness") == ["suggest"]
