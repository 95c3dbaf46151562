"""Rule contexts a reviewer asked for: a keep example that must not even be offered
(``offered = false``), a regex group that must name a place (``places``), and the pack rules
mended with them (ru.with_reference_to applied after a reporting verb only, offered elsewhere).
Every text is written for the test."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.errors import RuleError
from cleanup.harness import run_examples
from cleanup.rules import load_rules


def _write(tmp_path, body: str) -> tuple[str, ...]:
    (tmp_path / "mine.toml").write_text(body, encoding="utf-8")
    return (str(tmp_path),)


OFFER = ('[[rules]]\nid = "envoy"\nkind = "regex"\naction = "suggest"\n{extra}'
         "pattern = '''\\bthe envoy of ([A-Z]\\w+)'''\nreplacement = 'the MP for \\1'\n"
         'explanation = "e"\nexamples = [ {{ before = "He is the envoy of Tehran.", after = "He is the MP for Tehran." }},'
         ' {{ keep = "He is the envoy of Hamas."{flag} }} ]\n')


def test_a_keep_marked_offered_false_fails_when_the_rule_offers(tmp_path) -> None:
    dirs = _write(tmp_path, OFFER.format(extra="", flag=", offered = false"))
    count, failures = run_examples(load_rules(dirs), Config(rules_dirs=dirs), only="mine.")
    assert count == 2
    assert [f.example.get("keep") for f in failures] == ["He is the envoy of Hamas."]
    assert "offered" in failures[0].problem


def test_a_plain_keep_still_allows_an_offer(tmp_path) -> None:
    dirs = _write(tmp_path, OFFER.format(extra="", flag=""))
    assert run_examples(load_rules(dirs), Config(rules_dirs=dirs), only="mine.")[1] == []


def test_places_keeps_the_rule_to_places_the_lexicon_knows(tmp_path) -> None:
    dirs = _write(tmp_path, OFFER.format(extra="places = [1]\n", flag=", offered = false"))
    assert run_examples(load_rules(dirs), Config(rules_dirs=dirs), only="mine.")[1] == []


def test_places_is_refused_on_a_phrase_rule(tmp_path) -> None:
    body = ('[[rules]]\nid = "x"\nkind = "phrase"\nexplanation = "e"\nplaces = [1]\n'
            'phrases = { "foo bar" = "baz" }\n'
            'examples = [ { before = "a foo bar", after = "a baz" }, { keep = "foo" } ]\n')
    with pytest.raises(RuleError, match="places"):
        load_rules(_write(tmp_path, body))


def _own(text: str, lang: str) -> list[tuple[str, str, str]]:
    res = process(text, Config(source_language=lang, require_english=False, detect_title=False))
    return [(e.rule, e.action, e.after) for e in res.edits if e.rule.startswith(lang + ".")]


@pytest.mark.parametrize("text", [
    "Officials said the convoy was hit, TASS reported with reference to a source in the army.",
    "The ministry informed it with reference to its press service on Monday.",
])
def test_with_reference_to_is_applied_after_a_reporting_verb(text: str) -> None:
    assert ("ru.with_reference_to", "fix", "citing") in _own(text, "ru")


@pytest.mark.parametrize("text", [
    "The judge decided with reference to the ministry's own report.",
    "Plans were made with reference to the survey data of 2019.",
])
def test_with_reference_to_in_the_sense_of_regarding_is_only_offered(text: str) -> None:
    assert _own(text, "ru") == [("ru.with_reference_to.offered", "suggest", "citing")]


def test_past_time_is_still_applied_where_the_phrase_closes() -> None:
    got = _own("The province has planted many trees over the past time; more will follow.", "vi")
    assert got == [("vi.past_time", "fix", "recently")]
