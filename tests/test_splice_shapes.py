"""Comma splices whose second clause opens with a noun phrase, a time adverb or 'there', and
the shapes that are no splice (speech tags, appositions, lists, relative clauses, quotations in
native copy).  Made-up sentences in the shapes real MT shows (see rules/segment.toml)."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.splice_shapes import clause_shape, subject_verb

MT = Config(source_language="de", detect_title=False)
NATIVE = Config(detect_title=False)


def _splices(text: str, cfg: Config = MT) -> list:
    return [e for e in process(text, cfg).edits if e.rule.startswith("segment.comma_splice")]


@pytest.mark.parametrize("text, verb", [
    ("the driver of the car had suffered a shock", "had"),
    ("100 of them were tourists on a day trip", "were"),
    ("preliminary information indicates that he acted alone", "indicates"),
    ("the same police escort elderly people to the market", "escort"),
    ("the condition of 15 of them is assessed as severe", "is"),
])
def test_a_noun_phrase_subject_and_its_verb_are_read(text, verb):
    assert subject_verb(text) == verb


@pytest.mark.parametrize("text", [
    "the year the team won the league",  # a relative clause without 'that'
    "the man who led the group for years",
    "the capital of the region, and its suburbs",
    "which was later closed by the police",
])
def test_a_noun_phrase_without_a_verb_of_its_own_is_no_subject(text):
    assert subject_verb(text) is None


def test_a_speech_tag_is_no_second_clause():
    speech = frozenset({"said", "told"})
    assert clause_shape("the minister said on Monday evening", speech) is None
    assert clause_shape("the head of the regional police told reporters", speech) is None
    assert clause_shape("a committee of MPs has warned.", speech) is None  # reporting verbs beyond the list
    assert clause_shape("the minister resigned on Monday evening", speech) == "subject"


@pytest.mark.parametrize("text, fixed", [
    ("About 450 people had to leave the threatened villages, 100 of them were tourists.",
     "villages; 100 of them"),
    ("Another pedestrian was slightly injured by flying debris, the driver of the car had suffered a shock.",
     "debris; the driver"),
    ("He was repeatedly noticed by the police, there had been investigations into assault.",
     "police; there had been"),
    ("The police used to beat the citizens, today the same police escort elderly people home.",
     "citizens; today the same"),
    ("During the conference, the mayor defended his plan to reopen the schools, he assured that the risk was low.",
     "schools; he assured"),
])
def test_comma_splice_after_a_main_clause_is_repaired_in_mt_copy(text, fixed):
    out = process(text, MT).output
    assert fixed in out, out


@pytest.mark.parametrize("text", [
    "The plan was a mistake from the start, the minister said on Monday.",
    "The plan was a mistake from the start, the head of the regional council told reporters.",
    "He joined the club in 2010, the year the team won the league for the first time.",
    "The ministry named three new envoys, the ambassador to France, the envoy to Spain and a consul.",
    "When the storm hit the coast, the roof of the station was blown off.",
    "The vote was held on Monday, which most observers had expected for weeks.",
    "Prices rose, wages fell and many families cut their spending on food.",
    "Ministers, officials and diplomats were present at the ceremony on Monday.",
    "Aimed at young voters, the campaign was launched on social media last week.",
    "Twenty criminal cases were opened in three regions, the bulk of which concern the protests.",
    "Troops shelled the region on Monday, as a result of which two people died in their homes.",
    "Realizing that the incident was a crime, the officers quickly drove after the man.",
    "Fishermen could be prosecuted under plans to curb cruelty, a committee of MPs has warned.",
    "We won the war, we put a man on the moon, we invented the Internet, we gave the world jazz.",
    "Organizers say this year, public interest in the race is especially strong.",
    "The bombers used a recipe from Inspire magazine, an online magazine put out by the group.",
])
def test_shapes_that_are_no_comma_splice_are_kept(text):
    assert not _splices(text), text


def test_a_quotation_is_read_in_mt_copy_only():
    text = 'He said: "The pillars of the tower were not affected, it is the upper part that may collapse."'
    assert [e.after for e in _splices(text)] == [";"]
    assert not _splices(text, NATIVE)


def test_splices_are_applied_in_mt_copy_and_offered_in_native_copy():
    text = "Another pedestrian was slightly injured by flying debris, the driver of the car had suffered a shock."
    assert {e.action for e in _splices(text)} == {"fix"}
    offered = _splices(text, NATIVE)
    assert offered and {e.action for e in offered} == {"suggest"}
    assert process(text, NATIVE).output == text


def test_a_bare_subject_or_a_repeated_verb_is_only_offered_in_mt_copy():
    # no determiner: the least sure shape; the same verb twice: a writer's antithesis
    for text in ("The attacker was stopped by a security guard, preliminary information indicates that he acted alone.",
                 "A kilo of Semtex will flatten a building, a kilo of plutonium will flatten a city."):
        found = _splices(text)
        assert [(e.action, e.after) for e in found] == [("suggest", ";")], text
        assert process(text, MT).output == text


def test_repair_is_idempotent():
    text = "The police used to beat the citizens, today the same police escort elderly people home."
    once = process(text, MT).output
    assert process(once, MT).output == once


@pytest.mark.parametrize("text", [
    "...published last week, today.com/news/world/trial-latest",
    "The police used to beat the citizens, today…the…same…police…escort",
    "The police used to beat the citizens, today/the/same/police/escort/people",
])
def test_a_time_adverb_glued_to_what_follows_is_no_clause(text):
    # a URL or words joined by marks after 'today': no second clause, and no crash
    for cfg in (MT, NATIVE):
        assert not _splices(text, cfg), text
    assert clause_shape(text.split(", ", 1)[1], frozenset()) is None


def test_the_generic_detector_alone_only_offers_a_splice(monkeypatch):
    # formal native prose passes the generic detector: without a known source language a
    # splice is offered, never applied, and a quotation is not read
    from cleanup import mt_detect
    monkeypatch.setattr(mt_detect, "verdict", lambda *a, **k: mt_detect.Verdict(0.99, True))
    text = "Another pedestrian was slightly injured by flying debris, the driver of the car had suffered a shock."
    offered = _splices(text, NATIVE)
    assert offered and {e.action for e in offered} == {"suggest"}
    assert process(text, NATIVE).output == text
    quoted = 'He said: "The pillars of the tower were not affected, it is the upper part that may collapse."'
    assert not _splices(quoted, NATIVE)
    assert {e.action for e in _splices(text)} == {"fix"}  # a known source language applies it


@pytest.mark.parametrize("text", [
    "When the U.S. Army left the base in 2010, the town lost half of its jobs overnight.",
    "Last week, after Dr. Smith had examined the patient, the hospital released him without charge.",
    "Yesterday, when Mr. Brown was walking in the park, he saw a sign with three spelling errors.",
    "The talks ended early. As soon as Mrs. H. Jones had signed the papers, the buyers left the room.",
])
def test_an_abbreviation_or_initial_ends_no_sentence_before_a_subordinate_clause(text):
    # the stop of 'U.S.', 'Dr.', 'Mr.' is inside the clause: the comma closes a subordinate clause
    assert not _splices(text), text


def test_a_run_of_clauses_without_a_stop_is_not_tagged(monkeypatch):
    # past 1,500 characters a 'sentence' is not read for splices: its commas are skipped before
    # the tagger runs, so a paragraph of clauses and no stop takes linear time (bench/hostile.py)
    from bench.hostile import comma_clauses
    from cleanup import tagger
    from cleanup.doc import Context, Doc
    from cleanup.rules import load_rules
    from cleanup.splices import comma_splices
    calls = []
    real = tagger.tags
    monkeypatch.setattr(tagger, "tags", lambda text: calls.append(text) or real(text))
    rules = load_rules()
    text = comma_clauses(20_000)
    assert comma_splices(Doc(text, False, rules), Context(rules, MT)) == []
    assert not calls


@pytest.mark.parametrize("text", [
    "Lima, Peru (CNN)As the storm moved over the coast, heavy rains fell on the towns inland for hours.",
    "Quito, Ecuador (CNN)When the volcano erupted last night, we huddled in the cellar of the old school.",
    "The new trains do not use metal rails — instead, they float a few inches above a magnetic guideway.",
    "The report has not settled the dispute -- in fact, it has raised more questions about the deal.",
    "The senator spoke to voters in Ohio. When Governor J.R. Smith was running for office in 2004, he was facing a recession.",
])
def test_a_glued_dateline_initials_or_a_connective_before_the_comma_make_no_splice(text):
    # the sentence opens after '(CNN)' and goes on past 'J.R.'; 'instead,' and 'in fact,' open the clause after them
    for cfg in (MT, NATIVE):
        assert not _splices(text, cfg), text


def test_a_splice_after_a_glued_dateline_is_still_read():
    text = "Lima, Peru (CNN)The storm hit the coast on Monday morning, it destroyed dozens of houses near the port."
    assert [e.after for e in _splices(text)] == [";"]
