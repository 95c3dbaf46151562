"""The German source-language pack (rules/packs/de.toml): what detects German MT, what native
news about Germany must not trigger, and what the pack repairs.  Every text is written for the
test."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.analysis import detect_source, detection_signals
from cleanup.rules import load_rules

PACKS = detection_signals(load_rules())
DE = Config(source_language="de", require_english=False)


@pytest.mark.parametrize("text", [
    # the party tag after a name and a title rendered word for word
    ("Düsseldorf – Federal Health Minister Karl Lauterbach (SPD) met the Prime Minister of "
     "North Rhine-Westphalia Hendrik Wüst (CDU) on Monday. Both men backed the plan."),
    # a dpa dateline and the German noun capital of 'der 58-Jährige'
    ("Berlin (dpa) - The 58-Year-old said on Tuesday that the coalition would hold. The Chancellor "
     "thanked the Greens and the FDP for their work."),
])
def test_german_mt_is_detected_by_its_style(text: str) -> None:
    assert detect_source(text, PACKS).language == "de"


def test_native_news_about_germany_is_not_german_mt() -> None:
    native = ("German Chancellor Olaf Scholz's Social Democrats lost ground to the CDU in Bavaria and "
              "Hesse on Sunday, while the far-right AfD gained, according to projections by ZDF. "
              "Scholz told reporters in Berlin that the coalition with the Greens and the FDP would hold. "
              "Friedrich Merz, the CDU leader, called the result a rebuke to the government.")
    assert detect_source(native, PACKS).language is None


@pytest.mark.parametrize(("text", "want"), [
    ("Bavarian Prime Minister Markus Söder rejected the plan.", "Bavarian state premier Markus Söder"),
    ("The Union faction leader said the bill would fail.", "The CDU/CSU parliamentary group leader said"),
    ("Merz is the favourite in the so-called K question.", "in the question of the chancellor candidacy."),
    ("Asked about it, the 76-Year-old said he had no doubts.", "the 76-year-old said"),
    ("First Corona, then the war: the coalition had no rest.", "First Covid, then the war"),
    ("She answered questions about the Corona crisis alone.", "about the coronavirus crisis alone"),
    ("Federal Minister of Health Karl Lauterbach warned of a new wave.", "Health Minister Karl Lauterbach warned"),
    ("He asked whether the new CDU-Chairman had the first claim.", "the new CDU chairman had"),
    ("CSU Prime Minister Markus Söder joined the meeting.", "CSU State Premier Markus Söder joined"),
])
def test_pack_repairs_are_applied(text: str, want: str) -> None:
    res = process(text, DE)
    assert want in res.text
    assert any(e.rule.startswith("de.") and e.action == "fix" for e in res.edits)


@pytest.mark.parametrize(("text", "kept"), [
    ("She is a top candidate for the job of national coach.", "a top candidate for the job"),
    ("Federal Minister of Economics and Climate Protection Robert Habeck spoke first.",
     "Federal Minister of Economics and Climate Protection"),
    ("The European Union faction in the assembly said no.", "The European Union faction"),
    ("He ordered a Corona beer at the bar.", "a Corona beer"),
    ("Prime Minister Rishi Sunak joined the meeting.", "Prime Minister Rishi Sunak"),
    ("As federal president, he said, he would not take sides.", "As federal president"),
])
def test_pack_leaves_english_alone(text: str, kept: str) -> None:
    assert kept in process(text, DE).text


def test_the_spitzenkandidat_is_only_offered() -> None:
    res = process("The SPD top candidate thanked the voters on Sunday evening.", DE)
    assert "top candidate" in res.text
    assert any(e.rule == "de.top_candidate" and e.action == "suggest" for e in res.edits)


def test_federal_president_is_only_offered() -> None:
    """The office's own English title (Germany, Austria): an editor may keep it."""
    res = process("Federal President Frank-Walter Steinmeier signed the law.", DE)
    assert res.text.startswith("Federal President Frank-Walter")
    assert any(e.rule == "de.federal_president" and e.action == "suggest" and e.after == "President" for e in res.edits)


def test_umlaut_spellings_of_one_name_are_unified() -> None:
    text = ("Wolfgang Schäuble spoke on Monday. Schäuble said the party must focus on issues. "
            "Later Schaeuble called for calm, and Schäuble left.")
    res = process(text, DE)
    assert "Schaeuble" not in res.text
    assert res.text.count("Schäuble") == 4
