"""Rules are data: load and validate ``rules/*.toml``; run every rule's own examples.

A rule file holds ``[[rules]]`` tables and, optionally, data tables a stage reads
(``[data]``: word lists, abbreviations).  Every rule needs an ``id``, a ``kind``, an
``explanation``, an ``action`` (``fix`` or ``suggest``) and examples: at least one
``{before, after}`` and one ``{keep}``.  A rule's full id is ``<file stem>.<id>``.

Kinds: ``phrase`` and ``regex`` are generic (run by :mod:`cleanup.repair`), ``line``
drops scraper leftovers (:mod:`cleanup.boilerplate`), ``builtin`` names a check whose
logic lives in code but whose id, message, action and examples live here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import RuleError

KINDS = {"phrase", "regex", "line", "builtin"}
ACTIONS = {"fix", "suggest"}


@dataclass(frozen=True, eq=False)
class Rule:
    id: str  # full id: <file stem>.<id>
    kind: str
    explanation: str
    action: str
    examples: tuple[dict, ...]
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""
    compiled: Any = field(default=None, hash=False, compare=False)


@dataclass(frozen=True, eq=False)  # hashed by identity: load_rules caches one per folder set
class RuleSet:
    rules: tuple[Rule, ...]
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def by_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind]

    def get(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise RuleError(f"no rule {rule_id!r}; run 'mt-cleanup rules list' to see the ids")

    def enabled(self, rule_id: str) -> bool:
        return any(r.id == rule_id for r in self.rules)

    def words(self, key: str) -> frozenset[str]:
        """A word list from the ``[data]`` tables of all files, merged."""
        return frozenset(self.data.get(key, ()))


def shipped_rules_dir() -> Path:
    """The rules that ship with the package (inside the wheel as ``cleanup/_rules``)."""
    try:
        path = Path(str(resources.files("cleanup._rules")))
        if any(path.glob("*.toml")):
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "rules"  # a source checkout


def _compile(rule_id: str, kind: str, opts: dict) -> Any:
    try:
        flags = re.IGNORECASE if opts.get("ignore_case", kind in {"line", "phrase"}) else 0
        if kind == "regex":
            return re.compile(opts["pattern"], flags)
        if kind == "line":
            return [re.compile(p, flags) for p in opts["patterns"]]
        if kind == "phrase":
            phrases = opts["phrases"]
            alts = sorted(phrases, key=len, reverse=True)
            return re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in alts) + r")(?![\w-])", flags)
    except KeyError as exc:
        raise RuleError(f"rule {rule_id}: kind {kind!r} needs the key {exc.args[0]!r}") from None
    except re.error as exc:
        raise RuleError(f"rule {rule_id}: bad regular expression: {exc}") from None
    return None


def load_file(path: Path) -> tuple[list[Rule], dict]:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"cannot read rule file {path}: {exc}") from None
    rules = []
    for i, raw in enumerate(doc.get("rules", [])):
        raw = dict(raw)
        short = raw.pop("id", None)
        if not short or not re.fullmatch(r"[a-z0-9_]+", short):
            raise RuleError(f"{path}: rule #{i + 1} needs an id of lower-case letters, digits and _")
        rid = f"{path.stem}.{short}"
        kind = raw.pop("kind", None)
        if kind not in KINDS:
            raise RuleError(f"rule {rid}: kind must be one of {sorted(KINDS)}")
        explanation = raw.pop("explanation", "")
        if not explanation:
            raise RuleError(f"rule {rid}: explain what the rule repairs and why (explanation = ...)")
        action = raw.pop("action", "fix")
        if action not in ACTIONS:
            raise RuleError(f"rule {rid}: action must be 'fix' or 'suggest'")
        examples = tuple(raw.pop("examples", ()))
        if not any("before" in e and "after" in e for e in examples) or not any("keep" in e for e in examples):
            raise RuleError(
                f"rule {rid}: add at least one {{before, after}} example and one {{keep}} example"
            )
        rules.append(Rule(rid, kind, explanation, action, examples, raw, str(path), _compile(rid, kind, raw)))
    return rules, doc.get("data", {})


def load_rules(extra_dirs: tuple[str, ...] = ()) -> RuleSet:
    return _load(tuple(str(d) for d in extra_dirs))


@lru_cache(maxsize=16)
def _load(extra_dirs: tuple[str, ...]) -> RuleSet:
    dirs = [shipped_rules_dir(), *(Path(d) for d in extra_dirs)]
    rules: list[Rule] = []
    data: dict[str, Any] = {}
    seen: set[str] = set()
    for d in dirs:
        if not d.is_dir():
            raise RuleError(f"rules folder {d} does not exist")
        for path in sorted(d.glob("*.toml")):
            file_rules, file_data = load_file(path)
            for r in file_rules:
                if r.id in seen:
                    raise RuleError(f"rule {r.id} is defined twice (second time in {path})")
                seen.add(r.id)
                rules.append(r)
            for key, value in file_data.items():
                if isinstance(value, list):
                    data.setdefault(key, [])
                    data[key] = list(data[key]) + list(value)
                elif isinstance(value, dict):
                    data.setdefault(key, {})
                    data[key] = {**data[key], **value}
                else:
                    data[key] = value
    return RuleSet(tuple(rules), data)


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    example: dict
    problem: str


def _rule_edits(result: Any, rule_id: str) -> list:
    return [e for e in result.edits if rule_id in e.rule.split("+")]


def run_examples(ruleset: RuleSet, config: Any = None, only: str | None = None) -> tuple[int, list[ExampleFailure]]:
    """Run every example of every rule through the whole chain.

    ``before`` -> replaying only this rule's edits gives ``after``; running the chain
    on ``after`` does not fire the rule again; ``keep`` -> the rule changes nothing
    (it may still offer a suggestion to the editor).
    """
    from dataclasses import replace as dc_replace

    from .config import Config
    from .edits import replay
    from .pipeline import process

    config = config or Config()
    config = config.replace(require_english=False, detect_title=False)
    failures: list[ExampleFailure] = []
    count = 0
    for rule in ruleset.rules:
        if only and not rule.id.startswith(only):
            continue
        for ex in rule.examples:
            count += 1
            cfg = config.replace(**ex.get("config", {}))
            if "keep" in ex:
                res = process(ex["keep"], cfg)
                fired = [e for e in _rule_edits(res, rule.id) if e.action == "fix"]
                if fired:
                    failures.append(ExampleFailure(rule.id, ex, f"fired on a keep example: {fired[0].before!r} -> {fired[0].after!r}"))
                continue
            res = process(ex["before"], cfg)
            mine = [dc_replace(e, action="fix") for e in _rule_edits(res, rule.id)]
            got = replay(ex["before"], mine)
            if got != ex["after"]:
                failures.append(ExampleFailure(rule.id, ex, f"gave {got!r}"))
                continue
            again = _rule_edits(process(ex["after"], cfg), rule.id)
            if again:
                failures.append(ExampleFailure(rule.id, ex, f"fires again on its own correction: {again[0].before!r}"))
    return count, failures


@dataclass
class Context:
    """What a stage may know besides the text: the rules, the config, the document's shape."""

    rules: RuleSet
    config: Any
    has_title: bool = False
    _meta: dict = field(default_factory=dict)
    cache: dict = field(default_factory=dict)  # per-document memo of stages that share evidence

    def meta(self, rule_id: str) -> tuple[str, str] | None:
        """(explanation, action) of a loaded rule, or None when it is not loaded."""
        if not self._meta:
            self._meta.update({r.id: (r.explanation, r.action) for r in self.rules.rules})
        return self._meta.get(rule_id)

    def change(self, start: int, end: int, after: str, rule_id: str, action: str | None = None):
        from .edits import Change

        m = self.meta(rule_id)
        if m is None:
            return None
        return Change(start, end, after, rule_id, m[0], action or m[1])
