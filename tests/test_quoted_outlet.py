"""A news agency's name in quotation marks, as Russian and Ukrainian typography sets it, loses them
(normalize.quoted_outlet); the name bare, or a quoted phrase built on it, stays."""

from __future__ import annotations

from dataclasses import replace

from cleanup import process

from .conftest import ANY_BODY as ANY


def test_a_quoted_agency_name_loses_its_marks_in_mt_copy_whatever_the_source_language():
    text = "The ministry denied it.\n\n«Interfax-Ukraine» cites the name of the suspect, a man of 22."
    for lang in ("ru", "tr"):  # h9_ru's text reads as Turkish
        out = process(text, replace(ANY, source_language=lang)).output
        assert "Interfax-Ukraine cites the name" in out and "“" not in out


def test_in_copy_with_no_other_mark_of_mt_the_marks_are_only_offered():
    text = "The paper's title, \"Izvestia\", means \"news\" in Russian, and it kept the name after 1991."
    result = process(text, ANY)
    assert result.output == text
    assert [e.action for e in result.edits if e.rule == "normalize.quoted_outlet"] == ["suggest"]


def test_native_copy_that_names_an_agency_bare_or_quotes_a_phrase_is_kept():
    for text in ('The Interfax news agency said the talks had ended, and TASS agreed.',
                 'He called the scoop "a Kommersant-style story" and left.'):
        assert process(text, ANY).output == text
