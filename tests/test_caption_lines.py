"""A picture's caption whose credit is left: a caption line with no stop before its bracketed
credit goes whole (boilerplate.caption); prose that ends its sentence keeps the sentence and loses
the credit (boilerplate.photo_credit_inline); a credit run into the prose goes, the sentence before
it stays (boilerplate.photo_credit_run_in)."""

import pytest

import cleanup
from cleanup import Config

BODY = "The river rose by two metres overnight, the city said on Monday.\n\n"
END = "\n\nRoads into the old town were closed until Wednesday."


def test_a_caption_line_goes_with_its_credit():
    out = cleanup.process(BODY + "Volunteers clear the beach after the storm (picture source: City Daily)" + END)
    assert "Volunteers" not in out.text and "City Daily" not in out.text
    assert any(e.rule == "boilerplate.caption" and e.action == "fix" for e in out.edits)


def test_a_sentence_with_its_stop_keeps_it_and_loses_the_credit():
    out = cleanup.process(BODY + "Volunteers cleared the beach after the storm. (Photo: City Daily)" + END)
    assert "Volunteers cleared the beach after the storm." in out.text and "City Daily" not in out.text


def test_a_run_in_credit_goes_and_the_sentence_before_it_stays():
    text = ("The talks failed on Monday. The prime minister will arrive at parliament on Wednesday morning. "
            "Photo: JANE DOE / AFP The opposition has called a press conference.")
    out = cleanup.process(BODY + text + END, Config(min_confidence=0.3))
    assert "The prime minister will arrive" in out.text and "JANE DOE" not in out.text


@pytest.mark.parametrize("text", [
    "The exhibition opens today. Visitors will see work by forty artists. Photo: Visitors are asked not to use flash.",
    "The storm hit on Sunday. Thousands lost power across the state. Photos: The storm's path of destruction. More than 20 people died.",
])
def test_no_sentence_before_a_photo_label_is_offered_for_removal(text):
    # review19b F5: the run-in caption rule had one evidence text and offered these native sentences
    out = cleanup.process(BODY + text + END, Config(min_confidence=0.3))
    assert "forty artists" in out.text or "lost power" in out.text


def test_prose_ending_in_a_pointer_to_a_picture_keeps_its_words():
    # review19b F3: a bracket that merely points to a picture is no credit; the line is prose that lost its stop
    cfg = Config(detect_title=False)
    text = ("The firm apologised.\n\nIt later deleted the post but not before users had shared a copy of it "
            "(screenshot below)\n\nThe company said it was reviewing its policy.")
    assert "users had shared a copy of it" in cleanup.process(text, cfg).text
    text = "Heavy rain fell on Monday.\n\nThe new gallery shows the best of the year (pictures)\n\nRoads were closed."
    assert "The new gallery shows the best of the year" in cleanup.process(text, cfg).text
    text = ("The show opens on Friday.\n\nHighlights include:\n\nA portrait of the Queen (photo)\n"
            "A view of the Thames (image)\n\nTickets cost £10.")
    out = cleanup.process(text, cfg).text
    assert "A portrait of the Queen" in out and "A view of the Thames" in out


def test_a_caption_line_with_a_bare_credit_goes_whole():
    out = cleanup.process(BODY + "Farmers gather at the site over a land dispute (Photo: SGGP)" + END)
    assert "Farmers" not in out.text and "SGGP" not in out.text
