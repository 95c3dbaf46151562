"""A quoted sentence's comma after its closing mark, before the speech tag (German, Portuguese
and Indonesian MT): moved inside in translated text, left alone in British copy."""

from __future__ import annotations

from cleanup import process
from cleanup.config import Config

from .conftest import ANY_BODY as ANY

DE = ANY.replace(source_language="de")


def test_a_quoted_sentence_takes_its_comma_inside_in_translated_text():
    text = ("The campaign started on Monday. \"Obviously, the party is already expecting a negotiation disaster\", "
            "explained the Secretary General.")
    out = process(text, DE).output
    assert "a negotiation disaster,\" explained the Secretary General." in out
    curly = "“The driver ran away and then surrendered at the police station”, the PSP said."
    assert process(curly, DE).output == "“The driver ran away and then surrendered at the police station,” the PSP said."


def test_phrases_questions_and_native_copy_keep_the_comma_outside():
    phrase = "It is \"anything but stable\", Hafenecker said on Friday."
    assert process(phrase, DE).output == phrase
    question = "“Why do you lie that we have a pandemic of the unvaccinated”, said Mr. Tsipras."
    assert process(question, DE).output == question
    # British copy: the same shape in a text with no mark of machine translation is only offered
    native = "Fosters shares fell. \"Fosters has done a back-flip\", said Shawn Burns, a fund manager."
    res = process(native, Config(detect_title=False, require_english=False))
    assert res.output == native
    assert [e.action for e in res.edits if e.rule == "normalize.comma_outside_quote"] == ["suggest"]


def test_marks_wrapped_round_a_speech_tag_turn_inside_out():
    text = "Eight were wounded, “stressing that” this cowardly act will not undermine the government."
    assert "wounded,” stressing that “this cowardly act" in process(text, ANY).output
    named = "The area had fewer tourists than Bolzano “Renzi noted.” But there is no anger in my heart."
    assert "than Bolzano,” Renzi noted. “But there is" in process(named, ANY).output
    for keep in ("He sold “nothing that” anyone wanted.", "The film “The President Said” opens on Friday."):
        assert process(keep, ANY).output == keep
