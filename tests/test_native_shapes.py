"""Native shapes the boundary repairs must leave alone (cleanup.native_shapes)."""

from cleanup import Config, process
from cleanup.native_shapes import caps_heading_before, lower_by_design


def test_caps_heading_before() -> None:
    text = "The game is out in May. HIGH SEAS ADVENTURE"
    assert caps_heading_before(text, len(text), 0)
    assert not caps_heading_before("The alliance said NATO", 22, 0)  # one acronym is no heading
    assert not caps_heading_before("The game is out in May", 22, 0)


def test_crosshead_gets_no_stop_and_no_boundary() -> None:
    para = ("The first game sold two million copies in its first month on sale.\n\nThe sequel is due out in March, "
            "with a date to be confirmed on the console. HIGH SEAS ADVENTURE\n\nThe sailing has been kept.")
    assert process(para).output == para
    run_in = ("How did a small dinner become the show it is today?\n\nWHERE IT ALL BEGAN The first awards were handed "
              "out at a hotel dinner in 1929, and the ceremony lasted fifteen minutes.")
    assert process(run_in).output == run_in
    lost = "Unemployment fell to 4.2% The figures were released on Friday."  # a lost stop after prose still found
    assert process(lost).output == "Unemployment fell to 4.2%. The figures were released on Friday."


def test_lower_by_design() -> None:
    text = "He set fire to it. pic.twitter.com/Ab12 The crowd ran."
    assert lower_by_design(text, text.index("pic"), 0, len(text))
    post = "i wanted it out. no press. no leaks."
    assert lower_by_design(post, post.index("no"), 0, len(post))
    assert not lower_by_design(post, post.index("no"), 0, len(post), case_stripped=True)
    mt = "It was a sign of influence. and upholds its role."
    assert not lower_by_design(mt, mt.index("and"), 0, len(mt))


def test_lowercase_by_design_kept_but_mt_stop_still_goes() -> None:
    # in an article with its capitals (a whole article in lower case is another fault: every stop ends a sentence)
    post = ("The singer posted a long note to her fans on Sunday. She thanked them for their support. It was "
            "her first post in a year. Her label said nothing. \"i just wanted it to be over. no cameras. no headlines. "
            "oh, well,\" she wrote.")
    assert process(post).output == post
    tweet = "Protesters set a car alight on the corner of the square. pic.twitter.com/Ab12Cd34"
    assert process(tweet).output == tweet
    stray = "Protesters set a car alight on the corner. pic.twitter.com/Ab12Cd34 . The police arrived later."
    assert "corner. pic.twitter.com" in process(stray).output  # the stray stop after it may go, not the one before
    mt = "It was seen as a sign against Western influence. and upholds its role."
    assert process(mt).output == "It was seen as a sign against Western influence and upholds its role."


def _edits(text: str, language: str | None = None) -> list[tuple[str, str]]:
    cfg = Config(source_language=language, require_english=False, detect_title=False)
    return [(e.rule, e.action) for e in process(text, cfg).edits]


def test_a_conjunction_i_left_untranslated_is_no_pronoun() -> None:
    """review29a: Polish 'Prawo i Sprawiedliwość' turned off the lost-capital repairs of its paragraph."""
    text = ("The ruling Prawo i Sprawiedliwość party supports the plan. the opposition Civic Platform, however, is "
            "against it. the vote will take place next week.")
    for language in ("pl", None):
        assert _edits(text, language).count(("segment.lost_capital", "fix")) == 2


def test_the_pronoun_i_counts_at_a_paragraph_start_and_only_in_its_passage() -> None:
    text = "Intro. More text here.\n\ni wanted it to be. no press."
    assert lower_by_design(text, text.index("no press"), text.index("i wanted"), len(text))
    far = "i wanted it to be over, she said. It rained on Monday. the roads were shut."
    assert not lower_by_design(far, far.index("the roads"), 0, len(far))
    assert not lower_by_design(far, far.index("the roads"), 0, len(far), i_is_a_word=True)


def test_a_title_abbreviation_does_not_cut_a_name_in_capitals_into_a_crosshead() -> None:
    text = "The contract was signed on behalf of the company by Dr. KIM MIN-SOO"
    assert not caps_heading_before(text, len(text), 0, {"dr"})
    doc = f"The firm agreed the deal on Monday after long talks.\n\n{text}\n\nThe deal is worth $5m."
    assert ("segment.final_period", "fix") in _edits(doc, "ko")


def test_a_web_address_with_a_country_ending_keeps_its_lower_case() -> None:
    text = "The ministry published the plan on its website. gov.pl/budget has the full text."
    assert process(text, Config(require_english=False, detect_title=False)).output == text
    assert lower_by_design(text, text.index("gov.pl"), 0, len(text))
