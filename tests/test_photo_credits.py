"""Photo credits in the shapes MT pages leave them, in any language: Korean pages' ``(Photo = X)``
on its own line or after a caption with its date, and a credit run into the prose after a
sentence's end (``... morning. Photo: NAME / AFP The opposition ...``)."""

from __future__ import annotations

from cleanup import clean, process

from .conftest import ANY_BODY as ANY


def _rules(text: str) -> set[str]:
    return {e.rule for e in process(text, ANY).edits if e.action == "fix"}


def test_a_korean_credit_with_an_equals_sign_goes_whatever_the_language():
    text = "He answered the question on Monday.\n\n(Photo = National Assembly Photo Reporters, Yonhap News)\n\nThe vote is on Friday."
    res = process(text, ANY)
    assert res.output == "He answered the question on Monday.\n\nThe vote is on Friday."
    dated = "The president visits a factory in Seoul on the 1st. (Photo = Provided by the Presidential Office) 2023.06.01.\n\nThe visit lasted an hour."
    assert process(dated, ANY).output.startswith("The president visits a factory in Seoul on the 1st.\n\nThe visit")


def test_a_credit_run_into_the_prose_goes():
    text = ("The prime minister will arrive on Wednesday morning. Photo: JANE DOE / AFP The opposition has called "
            "a press conference for later today.")
    res = process(text, ANY)
    assert "Wednesday morning. The opposition has called" in res.output
    assert "boilerplate.photo_credit_run_in" in _rules(text)
    assert clean(res.output, ANY) == res.output


def test_photo_as_a_word_of_the_prose_stays():
    for fine in ("The album was rebuilt. Photo by photo, the family sorted the pictures again.",
                 "He held up the picture. Photos: the ones he took in 1989, he said, were lost.",
                 "The newspaper printed the photo (taken by a reader) on its front page."):
        assert process(fine, ANY).output == fine, fine


def test_a_credit_before_a_dialogue_dash_goes():
    text = "The cases were found in the mailbox. Photo: Private – I checked the other mailboxes, says the mayor."
    assert "boilerplate.photo_credit_run_in" in _rules(text)
    assert "Photo" not in process(text, ANY).output


def test_a_caption_line_keeps_its_credit_shape_and_prose_after_a_dash_and_colon_stays():
    """'NAME – Photo: MTI' is a caption line; a paragraph whose words after '- pictures:' make a
    clause is prose, and the whole paragraph went with it."""
    for caption in ("Gergely Gulyas – Photo: MTI", "Prime minister Viktor Orbán – Photo: PMO",
                    "The mayor at the scene - Photos: Getty Images/AFP"):
        text = f"Heavy rain fell on Monday.\n\n{caption}\n\nRoads were closed."
        assert process(text, ANY).output == "Heavy rain fell on Monday.\n\nRoads were closed.", caption
    for fine in ("The new wing opened on Monday - pictures: Visitors queued for hours, staff said.",
                 "Readers sent their snaps of the storm - photos: Send yours to the newsroom, we said."):
        text = f"Heavy rain fell on Monday.\n\n{fine}\n\nRoads were closed."
        assert process(text, ANY).output == text, fine


def test_prose_with_an_agency_tag_and_no_slash_stays():
    text = ("The president met the deputies on Tuesday.\n\nExports rose by a fifth in May, the ministry said. "
            "(Reuters)\n\nHe asked them for unity.")
    assert "Exports rose by a fifth in May" in process(text, ANY).output
