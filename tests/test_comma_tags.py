"""An inverted speech tag inside a curly quotation whose close MT dropped (French, Swedish MT):
the quotation closes before the tag and opens again after the tag's sentence, or its spent
closing mark goes; a tag after a close, a speaker-first tag and a quoted phrase stay."""

from __future__ import annotations

import dataclasses

from cleanup import clean, process

from .conftest import ANY_BODY as ANY

FR = dataclasses.replace(ANY, source_language="fr")
SV = dataclasses.replace(ANY, source_language="sv")


def test_a_tag_inside_a_quotation_closes_it_and_the_next_sentence_reopens_it():
    text = ("The deputies met the president.\n\n“I think that some needed to be pushed in their commitment, "
            "continues Anne Dupont. It is true that a meeting between us feels good.”")
    out = process(text, FR).output
    assert ("“I think that some needed to be pushed in their commitment,” continues Anne Dupont. "
            "“It is true that a meeting between us feels good.”") in out
    assert clean(out, FR) == out


def test_a_tag_whose_sentence_runs_to_the_close_is_offered_the_close_moved():
    text = "The leader spoke.\n\n“We are not part of such a bloc, said Eriksson in his speech at a hotel in Stockholm.”"
    r = process(text, SV)
    offers = [e for e in r.edits if e.rule == "normalize.comma_speech_tag"]
    assert [(e.after, e.action) for e in offers] == [(",”", "suggest"), ("", "suggest")]
    assert r.output == text


def test_a_tag_after_its_close_and_a_speaker_first_tag_are_kept():
    for text in ("The leader spoke.\n\n“We are not part of such a bloc,” said Eriksson. “It was clear.”",
                 "The leader spoke.\n\n“We will win, the minister says, and then we rest.”"):
        assert process(text, SV).output == text


def test_a_quoted_phrase_that_goes_on_after_its_close_is_kept():
    text = "The leader spoke.\n\nHe called it “a pact, said Eriksson” in his notes on the talks."
    assert process(text, SV).output == text


def test_native_copy_is_only_offered_the_repair():
    text = ("The deputies met the president.\n\n“I think that some needed to be pushed in their commitment, "
            "continues Anne Dupont. It is true that a meeting between us feels good.”")
    r = process(text, ANY)  # no source language, no other mark of MT
    tagged = [e for e in r.edits if e.rule == "normalize.comma_speech_tag"]
    assert tagged and all(e.action == "suggest" for e in tagged)
    assert r.output == text


def test_a_tag_that_parts_one_sentence_reopens_after_its_comma_offered_only():
    for text, cfg in (("The minister met the unions.\n\n“This reform, explains Anne Roux, is essential. We must act.”", FR),
                      ("The minister met the unions.\n\n“The plan, said Ek, is dead. We will move on.”", SV),
                      ("The minister met the unions.\n\n“The plan, says he, is dead. We will move on.”", SV)):
        r = process(text, cfg)
        assert r.output == text  # offered, not applied
        offers = [e for e in r.edits if e.rule == "normalize.comma_speech_tag"]
        assert [(e.before, e.after, e.action) for e in offers] == [(",", ",”", "suggest"), ("", "“", "suggest")]
        tag_end = text.index(", ", text.index(offers[0].before, text.index("“")) + 2)
        assert offers[1].start == tag_end + 2  # reopened after the tag's comma, not after its sentence


def test_a_tag_with_an_apposition_after_its_speaker_still_reopens_after_the_sentence():
    text = "The deputies met.\n\n“There was no question of it, also corrects Anne Roux, MP for Yvelines. It was important.”"
    assert "it,” also corrects Anne Roux, MP for Yvelines. “It was important.”" in process(text, FR).output


def test_a_speaker_after_an_abbreviation_keeps_his_name_outside_the_quotation():
    text = "The minister met the unions.\n\n“We will go on, said Mr. Roux. It is not over.”"
    assert "“We will go on,” said Mr. Roux. “It is not over.”" in process(text, FR).output


def test_the_tags_adverbs_and_pronouns_are_rules_data():
    """rules/normalize.toml lists them: another adverb or pronoun there is read, none in code."""
    from dataclasses import replace

    from cleanup import Config
    from cleanup.comma_tags import fix_comma_speech_tags
    from cleanup.doc import Context, Doc
    from cleanup.rules import load_rules

    rules = load_rules(())
    text = "“We won, again said they. It is over.”"

    def changed(r) -> bool:
        ctx = Context(r, Config(), has_title=False, language=None, mt_like=True)
        return bool(fix_comma_speech_tags(Doc(text, False, r), ctx))

    assert not changed(rules)
    more = replace(rules, data={**rules.data, "normalize.comma_speech_tag_adverbs": ["also", "again"],
                                "normalize.comma_speech_tag_pronouns": ["he", "she", "they"]})
    assert changed(more)
