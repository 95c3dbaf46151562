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
    title = "\"Game of Thrones\", said to be the costliest show, ends tonight."
    assert process(title, DE).output == title
    # British copy: the same shape in a text with no mark of machine translation is not even offered
    for native in ("Fosters shares fell. \"Fosters has done a back-flip\", said Shawn Burns, a fund manager.",
                   "Prices rose. \"Rates are unlikely to fall\", the economy minister said."):
        res = process(native, Config(detect_title=False, require_english=False))
        assert res.output == native
        assert not [e for e in res.edits if e.rule == "normalize.comma_outside_quote"]


def test_a_phrase_in_curly_marks_that_reads_like_a_speech_tag_stays():
    # normalize.inverted_tag_quotes (removed) turned these inside out in native copy
    for keep in ("The children played “Simon says” in the garden all afternoon.",
                 "It was a classic “he said” story that nobody could check.",
                 "The word “feeling that” appears often in the report."):
        assert process(keep, ANY).output == keep
