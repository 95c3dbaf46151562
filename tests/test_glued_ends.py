"""Sentence ends glued after a figure or before a two-letter opener (cleanup.glued_ends, read by
normalize.space_after_punctuation), and the spaced hyphen of a compound the dictionary writes
hyphenated (normalize.hyphen_spacing); code, versions, decimals, lists and dashes stay."""

from __future__ import annotations

import pytest

from cleanup import Config, clean, process

from .conftest import ANY_BODY

MT = Config(source_language="zh")


@pytest.mark.parametrize("text, want", [
    ("The case has been open since January 21.On February 6, the office closed it.", "January 21. On February 6"),
    ("Cases were found in Duan Township.At present, the city is testing.", "Duan Township. At present, the city"),
    ("He was caught by the Anti-Crime Division.He added that he had confessed.", "Division. He added"),
])
def test_glued_end_gets_its_space(text, want):
    assert want in process(text, MT).output


@pytest.mark.parametrize("text", [
    "Read it with System.In and print what it holds.",
    "Version 3.5 replaced v2.0 and the figure rose to 12.5 percent.",
    "The list reads:\n1.Introduction\n2.Methods",
    "It was published under Law No. 2 of 2002.",
    "The meeting took place on 21.January 2020 in Berlin.",  # a European date: the day's stop
    "Use Console.In to read input, then write it.",  # a member in code before a comma
])
def test_code_and_figures_stay(text):
    res = process(text, MT)
    assert not [e for e in res.edits if e.rule == "normalize.space_after_punctuation"]


@pytest.mark.parametrize("text, want", [
    ("Then the so -called second term of the Chamber starts.", "the so-called second term"),
    ("He was blocked by some on -site people.", "some on-site people"),
])
def test_spaced_hyphen_of_a_dictionary_compound_is_closed(text, want):
    assert want in process(text, MT).output


@pytest.mark.parametrize("text", [
    "Experts believe the economy -which stagnated for a decade- is growing.",
    "The Department of Home Affairs -the standing body- met on Monday.",
    "It helps small- and medium-sized firms.",
])
def test_dashes_and_suspended_hyphens_stay(text):
    res = process(text, MT)
    assert not [e for e in res.edits if e.rule == "normalize.hyphen_spacing"]


def test_comma_before_a_stop_goes_in_mt():
    out = process("Even if we accept your false claims, . What was happening there was bad.", MT).output
    assert out == "Even if we accept your false claims. What was happening there was bad."


def test_comma_before_a_stop_is_offered_in_native_copy():
    text = "The champion is not worried, his promoter told CNN, . And he will fight again in May."
    res = process(text, Config(detect_title=False, require_english=False))
    assert res.output == text
    assert [e.action for e in res.edits if e.rule == "normalize.comma_before_stop"] == ["suggest"]


@pytest.mark.parametrize("text", [
    "He listed the costs, ... and the delays were long.",
    "Here are six: . In September the talks began.",
    "It cost 1,500.5 dollars, he said.",
])
def test_ellipsis_and_colon_debris_stay(text):
    res = process(text, MT)
    assert not [e for e in res.edits if e.rule == "normalize.comma_before_stop"]


def test_quote_glued_to_its_colon_goes_to_its_words():
    text = ('He asked: "Would it make sense? A spokesman, Shin Bo-rae, said:" President Moon wants talks. '
            '"We will see," he said.')
    out = process(text, Config(source_language="ko")).output
    assert 'Shin Bo-rae, said: "President Moon wants talks.' in out


@pytest.mark.parametrize("text", [
    'The statement read:"We want to make clear that we will stay."',
    "The ratio was 3:1 at 10:30, he said.",
    'The sign on the gate read "Danger:" The workers ignored it.',  # the mark closes a short quotation
])
def test_other_colons_stay(text):
    res = process(text, MT)
    assert not [e for e in res.edits if e.rule == "normalize.colon_quote"]


def test_quote_glued_to_its_colon_is_mended_without_a_source_language():
    """No source language given and no other mark of MT: the mark still goes to its words."""
    text = 'A spokesman, Shin Bo-rae, said:" President Moon wants talks.'
    res = process(text, Config(detect_title=False, require_english=False))
    assert res.output == 'A spokesman, Shin Bo-rae, said: "President Moon wants talks.'
    assert [e.action for e in res.edits if e.rule == "normalize.colon_quote"] == ["fix"]


def test_preload_loads_the_hyphenated_compounds():
    """GCIDE's list (0.2 s) is loaded before a worker's first document, not inside its budget."""
    from cleanup import lexicon

    lexicon._hyphenated.cache_clear()
    lexicon.preload()
    assert lexicon._hyphenated.cache_info().currsize == 1


def test_two_letter_openers_are_rules_data():
    """The openers are read from rules/normalize.toml, not from code: without the prepositions'
    list 'Township.At present, Baise' reads as a member in code."""
    from dataclasses import replace

    from cleanup.glued_ends import two_letter_opener
    from cleanup.rules import load_rules

    rules = load_rules()
    text = "Duan Township.At present, the city is testing."
    assert two_letter_opener(text, 14, rules)
    bare = replace(rules, data={**rules.data, "normalize.glued_end_prepositions": []})
    assert not two_letter_opener(text, 14, bare)


def test_a_stop_after_a_closing_bracket_glued_to_the_next_sentence_gets_its_space():
    for before, after in (("A bomb went off in Makassar (South Sulawesi).Sigit asserted the police would act.",
                           "(South Sulawesi). Sigit asserted"),
                          ("It was wrong (for example).This country has a law.", "(for example). This country")):
        res = process(before, ANY_BODY)
        assert after in res.output
        assert clean(res.output, ANY_BODY) == res.output
    for fine in ("Call foo().Bar first, then (a).Net apps and f(x).Value types run.",
                 "It runs on the Microsoft (ASP).NET stack."):
        assert process(fine, ANY_BODY).output == fine
