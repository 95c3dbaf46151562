"""Pack rules promoted from offered to applied: with default options (min_confidence 0.7) their
repair is in the output text, not merely offered; the ones left offered stay offered."""

from __future__ import annotations

import pytest

from cleanup import Config, process

APPLIED = [
    ("ar", "Officials vowed to punish those who were involved in Iraqi blood.", "who shed Iraqi blood"),
    ("es", "The former minister is a person in search and capture by the court.", "is a person wanted by"),
    ("id", "Police urged residents to keep the area conducive after the clash.", "keep the area calm"),
    ("ru", "The representative office of the DPR in the JCCC reported the attack.", "DPR mission to the JCCC"),
    ("tr", "He spoke after a visit to the AKP Kartal District Presidency on Friday.", "AKP Kartal district office"),
    ("ru", "Veterans were invited to the events of 9th of May in the city.", "the events of May 9 in"),
    ("ru", "Kiev broke the truce. Be reminded that it was signed in July.", "It should be recalled that it was"),
    ("zh", "The majority of netizens backed the ban.", "Most internet users backed"),
    ("zh", "Through inquiry, the police found the man had posted the video.", "After inquiries, the police"),
]

OFFERED = [
    # "We ask to continue" lacks its object, but "We asked to see the minister" is English
    ("id", "We asked to see the minister.", "We asked to see"),
    # "the 9x generation commune" -> "the commune, born in the 1990s" fits "the chairman of the 9x
    # generation commune" only: not when the phrase stands before the noun
    ("vi", "The 9x generation commune chairman sells rice online.", "9x generation commune chairman"),
    ("vi", "Propaganda work on the new traffic law was stepped up.", "Propaganda work"),
    ("tr", "The minister's words drew reaction from the opposition.", "drew reaction"),
]


@pytest.mark.parametrize(("lang", "text", "want"), APPLIED, ids=[a[0] + str(i) for i, a in enumerate(APPLIED)])
def test_promoted_pack_rule_is_applied(lang, text, want):
    res = process(text, Config(source_language=lang, require_english=False))
    assert want in res.text
    assert any(e.rule.split(".")[0] == lang and e.action == "fix" for e in res.edits)


@pytest.mark.parametrize(("lang", "text", "kept"), OFFERED, ids=[a[0] + str(i) for i, a in enumerate(OFFERED)])
def test_ambiguous_pack_rule_stays_offered(lang, text, kept):
    res = process(text, Config(source_language=lang, require_english=False))
    assert kept in res.text
    assert any(e.rule.split(".")[0] == lang and e.action == "suggest" for e in res.edits)
