"""Run every rule's own examples through the whole chain (LanguageTool's rule tests, for ours).

- ``{before, after}``: replaying only this rule's edits (suggestions accepted) on ``before``
  gives ``after``, and the chain run on ``after`` does not fire the rule again;
- ``{keep}``: the rule applies nothing (it may still offer a suggestion); with
  ``offered = false`` it offers nothing either, so an offer-only rule's keeps can fail;
- ``{known_false_positive}``: a false edit the rule is known to make; the harness checks it
  still happens, so that a fix is noticed and the example can become a ``keep``.

A pack's rules run with the pack's source language; an example may set ``config`` keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace as dc_replace

from .config import Config
from .edits import Edit, replay
from .pipeline import process
from .rules import Rule, RuleSet


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    example: dict
    problem: str


def _rule_edits(edits: tuple[Edit, ...], rule_id: str) -> list[Edit]:
    return [e for e in edits if rule_id in e.rule.split("+")]


def _check(rule: Rule, ex: dict, cfg: Config) -> str | None:
    """The problem with one example, or None."""
    if "keep" in ex or "known_false_positive" in ex:
        text = ex.get("keep", ex.get("known_false_positive"))
        edits = _rule_edits(process(text, cfg).edits, rule.id)
        fired = [e for e in edits if e.action == "fix"]
        if "keep" in ex and fired:
            return f"fired on a keep example: {fired[0].before!r} -> {fired[0].after!r}"
        offers = edits if "keep" in ex and ex.get("offered") is False else []
        if offers:
            return f"offered on a keep example marked offered = false: {offers[0].before!r} -> {offers[0].after!r}"
        if "known_false_positive" in ex and not fired:
            return "no longer fires on its known false positive: make it a keep example"
        return None
    res = process(ex["before"], cfg)
    mine = [dc_replace(e, action="fix") for e in _rule_edits(res.edits, rule.id)]
    got = replay(ex["before"], mine)
    if got != ex["after"]:
        return f"gave {got!r}"
    again = _rule_edits(process(ex["after"], cfg).edits, rule.id)
    if again:
        return f"fires again on its own correction: {again[0].before!r}"
    return None


def run_examples(ruleset: RuleSet, config: Config | None = None,
                 only: str | None = None) -> tuple[int, list[ExampleFailure]]:
    """(number of examples run, failures) for every rule, or those whose id starts with ``only``."""
    base = (config or Config()).replace(require_english=False, detect_title=False)
    failures: list[ExampleFailure] = []
    count = 0
    for rule in ruleset.rules:
        if only and not (rule.id == only or rule.id.startswith(only)):
            continue
        cfg = base.replace(source_language=rule.language or base.source_language,
                           enable=(*base.enable, rule.id))
        for ex in rule.examples:
            count += 1
            problem = _check(rule, ex, cfg.replace(**ex.get("config", {})))
            if problem:
                failures.append(ExampleFailure(rule.id, ex, problem))
    return count, failures
