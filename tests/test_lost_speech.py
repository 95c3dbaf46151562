"""A paragraph of a speaker's words that lost its speech dash (Swedish, Polish news): quoted where
the document shows it is speech, offered where only the document's other such paragraphs say so,
left alone where it reads as paraphrase."""

from __future__ import annotations

import dataclasses

from cleanup import clean, process

from .conftest import ANY_BODY as ANY

RULE = "normalize.lost_speech_dash"


def _edits(res):
    return [e for e in res.edits if e.rule == RULE]


def test_first_person_words_closed_by_a_tag_are_quoted_in_a_translated_text():
    text = ("The Government presented its plans on Tuesday.\n\nThe goal is clear: patients should receive care on time "
            "wherever in the country you live, says Minister for Social Services Anna Berg (M).")
    res = process(text, dataclasses.replace(ANY, source_language="sv"))
    assert ("\n\n“The goal is clear: patients should receive care on time wherever in the country you live,” says "
            "Minister for Social Services Anna Berg (M).") in res.output
    assert {e.action for e in _edits(res)} == {"fix"}
    assert clean(res.output, dataclasses.replace(ANY, source_language="sv")) == res.output


def test_paragraphs_closed_on_a_present_tense_tag_are_offered():
    text = ("The Government presented its plans on Tuesday.\n\nIf the regions do not meet the set targets, they will be "
            "required to repay, says Lann.\n\nThe care queues have stood still for years despite the money.\n\n"
            "It is not just about pouring money into the regions, the Minister continues.")
    res = process(text, ANY)
    assert res.output == text
    offers = _edits(res)
    assert len(offers) == 4 and {e.action for e in offers} == {"suggest"}
    assert [e.after for e in offers][:2] == ["“If", ",” "]


def test_paraphrase_and_reported_speech_stay():
    for text in ("The Government presented its plans on Tuesday.\n\nPrices will rise by a fifth next year, analysts say.",
                 "The Government presented its plans on Tuesday.\n\nHe noted that we must act and that the regions must "
                 "repay, the minister said.",
                 "The Government presented its plans on Tuesday.\n\nBaghdad, Nov 15, IRNA – An Iraqi MP said ties were "
                 "strong."):
        res = process(text, dataclasses.replace(ANY, source_language="sv"))
        assert not _edits(res), text


def test_a_narrative_paragraph_with_a_generic_you_before_the_tag_stays():
    # 'your' is generic narrative, and a 'you' in an earlier sentence does not voice the tag's own
    for text in ("The study was published on Monday.\n\nA survey looked at which printers offered a better deal than "
                 "handing your snaps to a lab. But the wrong cartridge could mean snaps fade in months, warned the magazine.",
                 "The study was published on Monday.\n\nA survey looked at what you pay for prints at a lab. But the "
                 "wrong cartridge could mean snaps fade in months, warned the magazine."):
        assert not _edits(process(text, dataclasses.replace(ANY, source_language="sv"))), text


def test_words_after_a_verb_and_a_colon_with_no_mark_are_quoted():
    text = ("The minister spoke to reporters on Monday.\n\nHe continued: We will not accept any interference in the "
            "affairs of our neighbours.\n\nThe talks resume next week.")
    res = process(text, dataclasses.replace(ANY, source_language="ar"))
    assert "He continued: “We will not accept any interference in the affairs of our neighbours.”\n\n" in res.output
    native = [e for e in process(text, ANY).edits if e.rule == "normalize.colon_speech"]
    assert len(native) == 2 and {e.action for e in native} == {"suggest"}  # no mark of MT: only offered
    third = text.replace("We will not accept", "The country will not accept")
    offers = [e for e in process(third, ANY).edits if e.rule == "normalize.colon_speech"]
    assert len(offers) == 2 and {e.action for e in offers} == {"suggest"}
    for fine in ("He made three points: Prices rise, wages lag and the poor pay for all of it.",
                 "He continued: “We will not accept any interference in the affairs of our neighbours.”"):
        assert process(fine, ANY).output == fine
