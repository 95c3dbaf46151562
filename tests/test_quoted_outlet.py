"""A news agency's name in quotation marks, as Russian and Ukrainian typography sets it, loses them
(normalize.quoted_outlet); the name bare, or a quoted phrase built on it, stays."""

from __future__ import annotations

from cleanup import process

from .conftest import ANY_BODY as ANY


def test_a_quoted_agency_name_loses_its_marks_whatever_the_source_language():
    text = "The ministry denied it.\n\n«Interfax-Ukraine» cites the name of the suspect, a man of 22."
    out = process(text, ANY).output
    assert "Interfax-Ukraine cites the name" in out and "“" not in out


def test_native_copy_that_names_an_agency_bare_or_quotes_a_phrase_is_kept():
    for text in ('The Interfax news agency said the talks had ended, and TASS agreed.',
                 'He called the scoop "a Kommersant-style story" and left.'):
        assert process(text, ANY).output == text
