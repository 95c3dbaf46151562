"""Quotation shapes of real MT: an Italian speech tag made of a noun ('– is the comment of the
mayor X –') or a verb of listing between dashes; a quotation closed before a titled speaker with an
apposition that never opened; a party's name in quotation marks, as Arabic, Polish and Russian
typography sets it."""

from __future__ import annotations

import dataclasses

from cleanup import clean, process
from cleanup.dash_tags import said_form
from cleanup.rules import load_rules

from .conftest import ANY_BODY as ANY

IT = dataclasses.replace(ANY, source_language="it")


def test_a_comment_tag_between_dashes_becomes_said_with_the_title_capitalised():
    text = ("The councillors filed a complaint. “We are a civil town used to fair contests – is the comment of the "
            "mayor Rossi – It is the act of a fool who throws mud at us.”")
    out = process(text, IT).output
    assert "“We are a civil town used to fair contests,” said Mayor Rossi. “It is the act of a fool" in out


def test_a_comment_tag_without_a_title_keeps_its_article():
    assert said_form("is the comment of the councillor Bruni", load_rules()) == "said the councillor Bruni"
    assert said_form("is the comment of Bruni", load_rules()) == "said Bruni"
    assert said_form("he concludes", load_rules()) == "he concludes"


def test_a_comment_tag_outside_a_quotation_is_kept():
    text = "The councillors met. The vote – is the comment of the mayor Rossi – was a surprise to all."
    edits = process(text, IT).edits
    assert not [e for e in edits if e.rule == "normalize.dash_speech_tag"]


def test_a_listing_verb_between_dashes_splits_the_quotation():
    text = ("The mayor spoke of the town: “The main one is the sea, a heritage together with the beach – Bianchi "
            "listed – together with the mountain, a great green lung.”")
    out = process(text, IT).output
    assert "together with the beach,” Bianchi listed, “together with the mountain" in out


def test_a_quotation_closed_before_a_titled_speaker_with_an_apposition_opens_at_its_paragraph():
    text = ("The analyst spoke on Friday about the new party chief and his tasks.\n\n"
            "The case is very unfortunate and an awkward problem,” Dr. Ha Van Minh, a senior fellow at the institute "
            "(Hanoi, Vietnam), told reporters on Feb 7.\n\nThe chief took office in February.")
    out = process(text, ANY).output
    assert "\n\n“The case is very unfortunate and an awkward problem,” Dr. Ha Van Minh" in out
    assert clean(out, ANY) == out


def test_a_paragraph_that_opens_its_quotation_is_left_alone():
    text = ("The analyst spoke on Friday.\n\nHe called the case “an awkward problem,” Dr. Ha Van Minh, a senior "
            "fellow at the institute, told reporters.")
    edits = process(text, ANY).edits
    assert not [e for e in edits if e.rule == "normalize.lost_opening_quote"]


def test_quoted_party_names_lose_their_marks_in_translated_text():
    text = ("Soldiers fired on men heading to a protest called by “Hezbollah” and the “Amal” movement, the army "
            "said in a statement on Thursday.")
    ar = dataclasses.replace(ANY, source_language="ar")
    out = process(text, ar).output
    assert "called by Hezbollah and the Amal movement" in out


def test_a_quoted_film_title_amal_and_a_compound_are_kept():
    for text in ("The film “Amal” won a prize in Toronto last year, the festival said.",
                 "Critics called it a “Hamas-style” tunnel under the border, the army said."):
        edits = process(text, dataclasses.replace(ANY, source_language="ar")).edits
        assert not [e for e in edits if e.rule == "normalize.quoted_party"]


def test_said_that_comma_before_a_quotation_loses_that_and_capitalises_the_quotation():
    text = "The Leader spoke on Monday about the unrest, and the Leader said that, “these are our own children.”"
    out = process(text, dataclasses.replace(ANY, source_language="fa")).output
    assert out.endswith("the Leader said, “These are our own children.”")


def test_that_comma_before_a_quotation_in_its_own_paragraph_becomes_a_colon():
    text = "Habib spoke on Monday.\n\nFarrukh Habib pointed out that,\n\n“Imran Khan set the standard of accountability.”"
    out = process(text, dataclasses.replace(ANY, source_language="ur")).output
    assert "Farrukh Habib pointed out:\n\n“Imran Khan set" in out
    assert clean(out, ANY) == out


def test_said_that_comma_before_an_aside_is_kept():
    text = "The minister spoke on Monday. He said that, in his view, the plan would fail within a year."
    edits = process(text, ANY).edits
    assert not [e for e in edits if e.rule == "normalize.that_before_quote"]


def test_colon_speech_after_a_short_phrase_is_quoted_to_the_paragraph_end():
    text = ("The session was held on Sunday.\n\nThe member for the town stated in the parliament: I request the "
            "parliament to support the police and their families.\n\nThe vote followed.")
    out = process(text, dataclasses.replace(ANY, source_language="fa")).output
    assert "stated in the parliament: “I request the parliament to support the police and their families.”" in out


def test_a_colon_after_a_long_phrase_is_not_speech():
    text = ("The session was held on Sunday.\n\nHe said in the long and bitter debate over the budget of the city: "
            "Taxes will rise for all of the families in town.\n\nThe vote followed.")
    edits = process(text, dataclasses.replace(ANY, source_language="fa")).edits
    assert not [e for e in edits if e.rule == "normalize.colon_speech"]


def test_a_dialogue_dash_inside_an_opening_mark_goes():
    text = ("Kristersson spoke on Sunday.\n\n“– We need to think very carefully before we take a decision,” he says."
            "\n\nThe party met later.")
    out = process(text, dataclasses.replace(ANY, source_language="sv")).output
    assert "\n\n“We need to think very carefully" in out
    assert clean(out, ANY) == out


def test_a_dash_inside_a_quotation_before_a_lower_case_word_is_kept():
    text = "He called it “the plan – or what is left of it” on Monday, and the party agreed."
    edits = process(text, dataclasses.replace(ANY, source_language="sv")).edits
    assert not [e for e in edits if e.rule == "normalize.dash_in_quote"]
