"""Verbless pieces cut from their sentence by a full stop (cleanup.verbless_fragments) and the
'Such as' piece whose relative clause follows an aside (cleanup.fragments)."""

from __future__ import annotations

import pytest

from cleanup import Config, clean, process, replay

MT = Config(detect_title=False, source_language="ar")  # a translation: marks of MT apply
NATIVE = Config(detect_title=False)


def _fragment_edits(text: str, cfg: Config) -> list:
    return [e for e in process(text, cfg).edits if e.rule.startswith("segment.fragment")]


@pytest.mark.parametrize("text, joined", [
    ("The minister stressed the need to strengthen cooperation. Between the two countries within the "
     "framework of the new partnership.", "cooperation between the two countries"),
    ("The council will take the case to the regional court. Within the limits of the law on local elections.",
     "regional court within the limits"),
    ("\"Tomorrow morning we will report him to the police. On the alleged defamation of all seven members "
     "of the council,\" the lawyer said.", "police on the alleged defamation"),
])
def test_a_preposition_piece_joins_the_sentence_before(text, joined):
    res = process(text, MT)
    assert any(e.rule == "segment.fragment.preposition" and e.action == "fix" for e in res.edits)
    assert joined in res.output, res.output
    assert replay(text, res.edits) == res.output
    assert clean(res.output, MT) == res.output
    # in copy with no mark of MT the same piece may be the writer's own: only offered
    assert [e.action for e in _fragment_edits(text, NATIVE)] == ["suggest"]
    assert clean(text, NATIVE) == text


@pytest.mark.parametrize("text", [
    "Rooney scored twice for the visitors. In the 89th minute and again in stoppage time.",
    "Hundreds of fans waited outside the ground. Amid chaotic scenes and heavy rain.",
    "The band played for nearly three hours. Without a single break in between sets.",
])
def test_a_native_verbless_piece_for_effect_is_only_offered_in_native_copy(text):
    assert all(e.action == "suggest" for e in _fragment_edits(text, NATIVE))
    assert clean(text, NATIVE) == text


@pytest.mark.parametrize("cfg", [MT, NATIVE], ids=["mt", "native"])
@pytest.mark.parametrize("text", [
    "The minister met with Rep. In Jae-keun of the ruling party on Monday.",
    "The award was presented by Dr. In Yo-han of the city hospital in Seoul.",
])
def test_no_join_after_a_title_stop_before_a_name(text, cfg):
    # 'In' is a Korean surname; a title's stop never ends a sentence
    assert not _fragment_edits(text, cfg)
    assert clean(text, cfg) == text


@pytest.mark.parametrize("text", [
    "The vote was held on Monday. In 2004, all the tickets sold out in a day.",
    "Millions of people have the firm's app. At least four million people in the region use the app.",
    "The studio split the prize into two games. On Friday Star-Farm 3 dominated the design prizes.",
    "The laws will change nothing for the better. For scant reward and a great deal of anger.",
    "Rovers were beaten again on Saturday. On with the show!",
    "He said nothing at all about the plan. Not any more.",
    "The design prize went to a small studio. Over what to name the baby.",
    "Budget Day\n\nIn the constituencies of the north and the west of the country.",
    "They have strategic relations with Cyprus and Israel. With Saudi Arabia.",
])
def test_native_verbless_sentences_and_clauses_the_tagger_misses_stay(text):
    assert clean(text, NATIVE) == text
    assert clean(text, MT) == text


def test_an_opener_native_news_also_writes_alone_is_only_offered():
    text = "The laws will change the lives of many families. By far the most costly reform of the decade."
    edits = _fragment_edits(text, MT)
    assert [e.action for e in edits] == ["suggest"]
    assert clean(text, MT) == text


def test_a_piece_with_a_verb_phrase_of_its_own_is_only_offered():
    # it may have lost its main clause ('they backed him despite...'), not its sentence
    text = ("The strike killed the commander, Abu Salem. With their support despite the dispute to name him "
            "as minister in May.")
    assert [e.action for e in _fragment_edits(text, MT)] == ["suggest"]
    assert clean(text, MT) == text


def test_a_short_piece_inside_a_quotation_is_only_offered():
    text = "\"We will report him to the police tomorrow. On the alleged defamation,\" the lawyer said."
    assert [e.action for e in _fragment_edits(text, MT)] == ["suggest"]


def test_an_and_piece_with_no_verb_is_offered():
    text = "Boaters are asked to navigate with caution. And avoid sailing in areas with thunderstorms."
    edits = _fragment_edits(text, MT)
    assert [(e.action, e.after) for e in edits] == [("suggest", " and")]
    assert clean(text, MT.replace(min_confidence=0.5)) == \
        "Boaters are asked to navigate with caution and avoid sailing in areas with thunderstorms."


@pytest.mark.parametrize("text", [
    "The final was a thriller. And so to the final of next year.",
    "Retail sales rose in the autumn. And Marlow and Feeney face a civil hearing later this year.",
    "The sofa has four lamps. And a cup rest.",
])
def test_an_and_piece_with_a_clause_or_a_link_is_not_touched(text):
    assert not [e for e in _fragment_edits(text, MT) if e.rule.endswith("and_phrase") and e.action == "fix"]
    assert clean(text, MT) == text


def test_such_as_joins_when_its_relative_clause_follows_an_aside():
    text = ("He warns of code words in the political debate. Such as \"only European action\", with which, "
            "he says, the cabinet avoids its duty.")
    assert "debate, such as" in clean(text, MT)


@pytest.mark.parametrize("text", [
    "Prices rose. Including food, inflation reached 9% in the year to May.",
    "The town was quiet. According to police, who arrived late, the man fled.",
])
def test_a_main_clause_after_the_comma_or_after_a_closed_relative_clause_keeps_the_piece(text):
    assert clean(text, MT) == text


@pytest.mark.parametrize("text", [
    "The match went ahead on Saturday. Despite the rain, everyone who came enjoyed it.",
    "The town was quiet on Sunday. According to police, those who fled were caught within hours.",
    "The vote was delayed again. Although it was late, voters who waited were finally allowed in.",
])
def test_a_subject_with_its_relative_clause_after_the_comma_is_a_main_clause(text):
    # only a preposition may stand before the pronoun of a relative clause ('with which')
    assert not _fragment_edits(text, MT) and not _fragment_edits(text, NATIVE)
