"""Native shapes the boundary repairs must leave alone (cleanup.native_shapes)."""

from cleanup import process
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
