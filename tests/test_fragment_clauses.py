"""Subordinate fragments with a clause of their own (cleanup.fragments._prep_verdict): one
clause after a noun is cut off; a phrase then a clause is a sentence."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.doc import Context
from cleanup.lone_clause import lone_subordinate_clause
from cleanup.rules import load_rules

MT = Config(detect_title=False, source_language="tr")  # a translation: marks of MT apply
NATIVE = Config(detect_title=False)


@pytest.mark.parametrize("text, joined", [
    ("Callers also complained to the police. As her post about the dog went viral.", "police as her post"),
    ("The annual rate has halved since August last year. As interest rises have cooled the housing market.",
     "last year as interest rises"),
    ("Kim wants to share her story with anyone who will listen. Until she's no longer physically able.",
     "listen until she's"),
    ("Sun exposure can raise the risk of eye disease. As well as cataracts in older people.",
     "eye disease, as well as cataracts"),
])
def test_one_clause_after_a_noun_is_joined_in_a_translation(text, joined):
    res = process(text, MT)
    assert joined in res.output, res.output


@pytest.mark.parametrize("text, joined", [
    ("Callers also complained to the police. As her post about the dog went viral.", "police as her post"),
    ("Shares in the firm rose 4% on Tuesday. After the company announced a fresh gas discovery in India.",
     "on Tuesday after the company announced"),
    ("Tickets will go on sale next week. After an agreement on allocation was reached for the fight.",
     "next week after an agreement"),
    ("The rate has halved since last year. As interest rises have cooled the market more than anyone could expect.",
     "last year as interest rises"),
])
def test_in_native_copy_one_clause_with_its_subject_after_the_opener_is_joined(text, joined):
    res = process(text, NATIVE)
    assert joined in res.output, res.output
    assert [e.action for e in res.edits if e.rule.startswith("segment.fragment")] == ["fix"]


@pytest.mark.parametrize("text", [
    "She met them on the hill. As I sat across from Sens. Graham and Paul, the talk turned to money.",
    "The fans were happy. Even if I don't win Sydney next week it's no big deal.",
    "It lies with developers. If they manage to create titles which use its features then a market could open up.",
    "The station was closed. After the church incident two years ago Viacom agreed to install a delay.",
    "He was freed. As agriculture minister he caused controversy when he decided to ban beef.",
    "They met in May. Since the war ended and the soldiers came home.",
])
def test_in_native_copy_a_second_clause_or_a_possible_cut_stays_offered(text):
    res = process(text, NATIVE)
    assert res.output == text, res.output


@pytest.mark.parametrize("whole", [
    "The town was destroyed in 1944. After the war the town was rebuilt.",
    "He served in the army for years. After two years in prison he was freed.",
    "The game sold well in Europe. Despite winning awards the sequel did not appear in the list.",
    "The prize went to a rival film. Before Sunday's ceremony Owen was the favourite for the role.",
    "I think remakes are a good idea. If only business could learn to use that need for progress.",
    "The archive holds old papers. As Mr Prior remarks as we walk by: \"All human life is here.\"",
])
def test_a_phrase_then_a_clause_is_not_joined(whole):
    res = process(whole, MT)
    assert res.output == whole


def test_a_series_of_fragments_written_for_effect_is_only_offered():
    text = ("He said the war on drugs had failed. Before President Nixon started the war on drugs. Before Eric Garner "
            "started selling cigarettes in the city. Before Baltimore became the setting of a TV show.")
    res = process(text, MT)
    assert res.output == text


@pytest.mark.parametrize("text, joined", [
    ("The screening would not lower the risk to the public. According to a report released Monday.",
     "to the public, according to a report released Monday"),
    ("She remains at the hospital. According to her mother's court petition filed April 28.",
     "at the hospital, according to her mother's"),
])
def test_a_source_with_a_participle_after_its_noun_is_joined(text, joined):
    assert joined in process(text, NATIVE).output


@pytest.mark.parametrize("rest, lone", [
    (" the bank researched its links to slavery in order to meet rules", True),
    (" the promised benefits for the generation were larger than the government could afford", True),
    (" it tries to regain its position as the leading maker", True),
    (" the war the town was rebuilt", False),
    (" Radcliffe crosses the line first she will have proved her critics wrong", False),
    (" I don't win next week it's no big deal", False),
    (" I sat across from Sens", False),
    (" US growth gathers steam and incomes rise", False),
    (" the vote passes the law changes", False),
    (" the pound falls prices rise", False),
    (" everyone pays a little the scheme works", False),
])
def test_lone_subordinate_clause(rest, lone):
    assert lone_subordinate_clause(rest, Context(load_rules(Config().rules_dirs), Config())) is lone


@pytest.mark.parametrize("text", [
    "Nobody is sure. If the vote passes the law changes.",
    "Nobody is sure. If the river rises the valley floods.",
    "The club is in debt. If the bank calls in the loan the club folds.",
    "The town voted. Since the pit closed the village struggles.",
    "The rules are strict. If a player swears the referee books him.",
    "Exporters are nervous. If the pound falls prices rise.",
    "Pictured: the crowd on Friday. After the final whistle blew.",
])
def test_in_native_copy_a_two_clause_sentence_or_a_caption_is_not_joined(text):
    assert process(text, NATIVE).output == text
