"""A document that lost its capitals is truecased; ordinary copy is left alone."""

from cleanup import Config, process, replay
from cleanup.truecase import is_lowercase_document

FOLDED = (
    "officials deny the report about the flood\n\n"
    "the county office said on monday that the dam held. no one was hurt in the night\n\n"
    "after the report\n\n"
    "the suspect zhuolin was questioned by police in the county office. zhuolin said he had made it up\n\n"
    "the office thanked the residents for their calm and asked them not to share rumors online"
)


def test_folded_document_gets_its_starts_and_names_back():
    res = process(FOLDED)
    out = res.output
    assert out.startswith("Officials deny the report")
    assert "The county office said on Monday that the dam held. No one was hurt in the night" in out
    assert "The suspect Zhuolin was questioned" in out and "Zhuolin said he had made it up" in out
    assert "county office" in out and "dam" in out  # common words keep their case
    assert any(e.rule == "casing.lowercase_document" for e in res.edits)


def test_folded_document_keeps_its_lines():
    out = process(FOLDED).output
    assert "\n\nAfter the report\n\nThe suspect" in out  # a capital at each line start: not joined


def test_truecasing_is_idempotent_and_replayable():
    res = process(FOLDED)
    assert process(res.output).output == res.output
    assert replay(res.original, res.edits) == res.output


def test_ordinary_copy_is_not_a_folded_document():
    text = ("The county office said on Monday that the dam held. No one was hurt.\n\n"
            "the office thanked residents, and officials in the county said the report was false. " * 3)
    assert not is_lowercase_document(text)
    assert not any(e.rule == "casing.lowercase_document" for e in process(text).edits)


def test_the_rule_can_be_disabled():
    res = process(FOLDED, Config(disable=("casing.lowercase_document",)))
    assert not any(e.rule == "casing.lowercase_document" for e in res.edits)
    assert "the suspect zhuolin was questioned" in res.output


def test_short_texts_are_not_judged():
    assert not is_lowercase_document("the dam held. no one was hurt.")


def test_folded_brand_gets_its_inner_capital_back():
    text = FOLDED + "\n\nwechat users shared the rumor in a group. the wechat group was closed"
    res = process(text)
    assert "WeChat users shared the rumor" in res.output and "The WeChat group was closed" in res.output
    assert "Wechat" not in res.output
    assert process(res.output).output == res.output
    assert replay(text, res.edits) == res.output


def test_withheld_name_mark_takes_no_capital_from_truecasing():
    res = process(FOLDED + "\n\nxxx said the dam was broken\n\nthe rumor spread")
    assert not any(e.rule == "casing.lowercase_document" and e.before.startswith("x") for e in res.edits)


def test_folded_acronyms_get_their_capitals_and_words_stay():
    res = process(FOLDED + "\n\nthe fbi said the ceo of the firm spoke to us about who would pay")
    assert "The FBI said the CEO of the firm spoke to us about who would pay" in res.output
