"""A picture's caption whose credit is left: a caption line with no stop before its bracketed
credit goes whole (boilerplate.caption); prose that ends its sentence keeps the sentence and loses
the credit (boilerplate.photo_credit_inline); a caption sentence before a credit run into the
prose is offered (boilerplate.photo_caption_run_in)."""

import cleanup

BODY = "The river rose by two metres overnight, the city said on Monday.\n\n"
END = "\n\nRoads into the old town were closed until Wednesday."


def test_a_caption_line_goes_with_its_credit():
    out = cleanup.process(BODY + "Volunteers clear the beach after the storm (picture source: City Daily)" + END)
    assert "Volunteers" not in out.text and "City Daily" not in out.text
    assert any(e.rule == "boilerplate.caption" and e.action == "fix" for e in out.edits)


def test_a_sentence_with_its_stop_keeps_it_and_loses_the_credit():
    out = cleanup.process(BODY + "Volunteers cleared the beach after the storm. (Photo: City Daily)" + END)
    assert "Volunteers cleared the beach after the storm." in out.text and "City Daily" not in out.text


def test_a_run_in_caption_is_offered_not_removed():
    text = ("The talks failed on Monday. The prime minister will arrive at parliament on Wednesday morning. "
            "Photo: JANE DOE / AFP The opposition has called a press conference.")
    out = cleanup.process(BODY + text + END)
    assert "The prime minister will arrive" in out.text and "JANE DOE" not in out.text
    offers = [e for e in out.edits if e.rule == "boilerplate.photo_caption_run_in"]
    assert offers and all(e.action == "suggest" for e in offers)
