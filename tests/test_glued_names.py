"""A name glued to the word after it where a page stripped a link: the evidence that its head is a
name the article uses (with or without accents), and a preposition with an article after it."""

from __future__ import annotations

from cleanup import clean, process

from .conftest import ANY_BODY as ANY

RULE = "normalize.glued_name"


def _actions(text: str) -> list[str]:
    return [e.action for e in process(text, ANY).edits if RULE in e.rule.split("+")]


def test_a_head_that_stands_alone_with_its_accent_is_split_off_a_guarded_tail():
    text = ("The Prime Minister and Aragonès have spoken in the last few hours. The threat of the "
            "regional president, Pere Aragonesto withdraw his party's support, was heard.")
    res = process(text, ANY)
    assert "Pere Aragonesto" not in res.output and " to withdraw" in res.output
    assert _actions(text) == ["fix"]
    assert clean(res.output, ANY) == res.output


def test_a_guarded_tail_with_no_head_elsewhere_stays_without_an_article_after_it():
    # 'to' is a tail many names end in: no evidence that 'Aragones' is a name of its own here
    assert _actions("The threat of the regional president, Pere Aragonesto withdraw support, was heard.") == []


def test_a_preposition_glued_to_an_unknown_name_before_an_article_is_offered():
    text = "The Minister of Foreign Affairs Nikos Dendiasin an interview with the station said so."
    assert _actions(text) == ["suggest"]
    assert process(text, ANY).output == text  # offered, not applied


def test_names_ending_in_a_preposition_before_an_article_are_not_split():
    for fine in ("He told Putin the talks were over.", "They gave Lukashin a medal for it.",
                 "Foreign Minister Nikos Dendias said in an interview that Berlin an ally was."):
        res = process(fine, ANY)
        assert not [e for e in res.edits if RULE in e.rule.split("+") and e.action == "fix"], fine
