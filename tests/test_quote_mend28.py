"""Review of quotes28 mended: 'said that,' loses 'that' only before a quotation that runs to its
sentence's end, and only offers it in native copy; a comment tag capitalises an office's title
only ('the spokesman X' stays); a party's name quoted after 'so-called' or as a band's, a book's
or a film's title keeps its marks; a dash after an opening mark stays in native copy."""

from __future__ import annotations

import dataclasses

from cleanup import clean, process
from cleanup.dash_tags import said_form
from cleanup.rules import load_rules

from .conftest import ANY_BODY as ANY

FA = dataclasses.replace(ANY, source_language="fa")


def _rule_edits(text: str, rule: str, cfg=ANY) -> list:
    return [e for e in process(text, cfg).edits if rule in e.rule.split("+")]


def test_that_before_a_quotation_inside_its_sentence_is_kept():
    for text, cfg in (("The report was out on Monday. The report said that, \"despite improvements\", the service "
                       "was poor.", ANY),
                      ("The minister spoke on Monday. The minister said that, “these are our children”, and left.", FA),
                      ("He spoke on Monday. He said that, \"I will go\" and \"you will stay\".", ANY)):
        assert not _rule_edits(text, "normalize.that_before_quote", cfg), text


def test_that_before_a_quotation_that_ends_its_sentence_goes_in_translated_text():
    for text in ("The minister spoke on Monday. The minister said that, “in my view, the economy is strong.”",
                 "The minister spoke on Monday. The minister said that, “the economy is strong”.\n\nThen he left."):
        out = process(text, FA).output
        assert "The minister said, “" in out and "“the economy" not in out and "“in my" not in out, out
        assert clean(out, FA) == out


def test_that_before_a_quotation_in_native_copy_is_only_offered():
    text = "The minister spoke on Monday about the budget. The minister said that, \"the economy is strong.\""
    edits = _rule_edits(text, "normalize.that_before_quote")
    assert edits and all(e.action == "suggest" for e in edits)
    assert process(text, ANY).output == text


def test_a_comment_tag_capitalises_an_office_only():
    rules = load_rules()
    assert said_form("is the comment of the spokesman John Smith", rules) == "said the spokesman John Smith"
    assert said_form("is the comment of the chief John Smith", rules) == "said the chief John Smith"
    assert said_form("is the comment of the general Rossi", rules) == "said the general Rossi"
    assert said_form("was the comment of the president Mattarella", rules) == "said President Mattarella"
    text = "The town met. “The town is shocked – is the comment of the spokesman John Smith – and we will rebuild.”"
    out = process(text, dataclasses.replace(ANY, source_language="it")).output
    assert "“The town is shocked,” said the spokesman John Smith, “and we will rebuild.”" in out


def test_a_party_name_quoted_on_purpose_keeps_its_marks():
    ru = dataclasses.replace(ANY, source_language="ru")
    for text in ("The so-called \"Law and Justice\" party ruled Poland for eight years, the paper said.",
                 "His band, \"United Russia\", played in Leeds on Friday night to a small crowd.",
                 "The book \"Fatah\" tells the story of the movement from its start, the author said.",
                 "He denounced what they call “Hamas” rule in the south of the city on Monday."):
        for cfg in (ANY, ru):
            assert not _rule_edits(text, "normalize.quoted_party", cfg), text


def test_a_dash_after_an_opening_mark_stays_in_native_fiction():
    for text in ("She looked at him for a long time.\n\n“— I don't know,” she whispered. “— Then why did you come?”",
                 "He listed the items on the board: “– Bread – Milk – Eggs”."):
        assert not _rule_edits(text, "normalize.dash_in_quote"), text


def test_a_dash_after_an_opening_mark_is_offered_in_copy_with_a_mark_of_mt():
    text = ("Kristersson spoke on Sunday and he says He understand the voters.\n\n“– We need to think very carefully "
            "before we take a decision,” he says.")
    edits = _rule_edits(text, "normalize.dash_in_quote")
    assert [(e.before, e.action) for e in edits] == [("– ", "suggest")]
