"""Punctuation left on fresh MT pages (cleanup.agency_marks, cleanup.glued_brackets and the
named-speaker form of normalize.quote_spacing): the VNA end mark './.', a bracket glued to the
word before it, a straight closing quote glued to the speaker's name after it.  Repaired in MT
copy, idempotent, and paths, plurals, code and quotations that open before a name stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process, replay

VI = Config(source_language="vi")
UK = Config(source_language="uk")
JA = Config(source_language="ja")
NATIVE = Config()


def _rules(text: str, cfg: Config, prefix: str) -> list:
    return [e for e in process(text, cfg).edits if e.rule.startswith(prefix)]


@pytest.mark.parametrize("text, cfg, want", [
    ("The province will follow the Constitution and the law./.", VI, "the Constitution and the law."),
    ("Airlines must obey the code./. Da Nang opens 55 vaccination points.", VI, "the code. Da Nang opens"),
    ("He called it \"a duty\"./.\n\nOther news followed.", VI, "\"a duty\".\n"),
    ("The talks ended in Hanoi(VNA) on Monday, officials said.", VI, "Hanoi (VNA) on Monday"),
    ("The prefectural governor(Todofukenchiji) said the drive would stop.", JA, "governor (Todofukenchiji) said"),
    ("He spoke. \"We thank all who came today, \"Ruslan Stefanchuk emphasized, adding more.", UK,
     "came today,\" Ruslan Stefanchuk emphasized"),
    ("\"Do all you can for this, \"Mr. Kim told reporters.", UK, "this,\" Mr. Kim told"),
])
def test_repaired_and_stable(text, cfg, want):
    res = process(text, cfg)
    assert want in res.output
    assert replay(text, res.edits) == res.output
    assert process(res.output, cfg).output == res.output


@pytest.mark.parametrize("text, prefix", [
    ("Type cd ../data to reach the folder, then run ./configure there.", "normalize.slash_stop"),
    ("See https://example.org/notes./. for the list of files.", "normalize.slash_stop"),
    ("Each member(s) of the board and each country(ies) may vote.", "normalize.glued_bracket"),
    ("var js = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return;", "normalize.glued_bracket"),
    ("The value of f(x) rises, as CO2(g) and H2O(l) show.", "normalize.glued_bracket"),
    ("Read it at https://en.wikipedia.org/wiki/Mercury_(planet) today.", "normalize.glued_bracket"),
])
def test_left_alone(text, prefix):
    assert _rules(text, VI, prefix) == []


@pytest.mark.parametrize("text", [
    "He said, \"Kim said we should go,\" and left the hall.",
    "\"We won,\" he said. \"Kim said we should go.\"",
    "They wrote \"yes, \"Kim said no,\" and the vote failed.",  # odd marks: the pairing is unclear
])
def test_opening_quote_before_a_name_stays(text):
    assert process(text, UK).output == text


@pytest.mark.parametrize("text", [
    "\"I heard him say, \"Kim said no,\" and I laughed,\" she said.",
    "\"My father told me, \"Mary Smith said you would come,\" and he was right,\" she said.",
    "\"We asked, \"Anna Kim said what?\" and nobody knew,\" he said.",
])
@pytest.mark.parametrize("cfg", [NATIVE, UK])
def test_nested_quotation_opening_on_a_name_stays(text, cfg):
    """The name opens a quoted sentence, not a tag: its tag would end at the verb."""
    assert process(text, cfg).output == text


@pytest.mark.parametrize("text, want", [
    ("\"Yes, \"Kim said. \"We will go.\"", "\"Yes,\" Kim said. \"We will go.\""),
    ("He spoke. \"We thank you all, \"Ruslan Stefanchuk emphasized.", "you all,\" Ruslan Stefanchuk emphasized."),
    ("\"We are ready for this, \"Anna Kim said: \"We will go.\"", "this,\" Anna Kim said:"),
])
def test_tag_ending_at_its_verb_repaired(text, want):
    assert want in process(text, UK).output


def test_bracket_only_offered_in_native_copy():
    text = "The new stadium in Lusail(Qatar) opened on Friday, officials said."
    edits = _rules(text, NATIVE, "normalize.glued_bracket")
    assert edits and all(e.action == "suggest" for e in edits)
    assert process(text, NATIVE).output == text
