"""Rules are data: load and validate ``rules/*.toml`` and the source-language packs.

A rule file holds ``[[rules]]`` tables and, optionally, a ``[data]`` table of word lists a
stage reads by name.  Every rule needs an ``id``, a ``kind``, an ``explanation``, an
``action`` (``fix`` or ``suggest``) and examples: at least one ``{before, after}`` and one
``{keep}``; ``{known_false_positive}`` examples record text the rule is known to change
wrongly (the harness checks that it still does, so a fix is noticed).  A rule's full id is
``<file stem>.<id>``; an id may have parts (``stray_capital.modal``), so a family of rules
shares a prefix that ``--disable`` can name.

Word lists are namespaced by their file: ``segment.abbreviations`` is the list
``abbreviations`` of ``segment.toml``.  A user's file extends a shipped list with a quoted,
qualified key: ``"segment.abbreviations" = ["approx"]``.

Packs (``rules/packs/<lang>.toml``) hold the rules of one source language: top-level
``language = "ko"``, optional ``[detect]`` signals (see :mod:`cleanup.language`), rules and
word lists; their rules apply only when the document's source language is the pack's.

Kinds: ``phrase`` and ``regex`` are generic (run by :mod:`cleanup.repair`), ``line``
removes scraper leftovers (:mod:`cleanup.boilerplate`), ``builtin`` names a check whose
logic lives in code but whose id, message, confidence and examples live here.
"""

from __future__ import annotations

import dataclasses
import os
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
#: the confidence of a rule that does not state one, by its action
DEFAULT_CONFIDENCE = {"fix": 0.9, "suggest": 0.4}
EXAMPLE_KEYS = ({"before", "after"}, {"keep"}, {"known_false_positive"})
_ID = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)*")


@dataclass(frozen=True, eq=False)
class Rule:
    id: str  # full id: <file stem>.<id>
    kind: str
    explanation: str
    action: str
    confidence: float
    examples: tuple[dict, ...]
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    language: str | None = None  # the pack's source language; None for general rules
    default_on: bool = True
    compiled: Any = field(default=None, hash=False, compare=False)


@dataclass(frozen=True, eq=False)  # hashed by identity: load_rules caches one per folder set
class RuleSet:
    rules: tuple[Rule, ...]
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    detect: dict[str, dict] = field(default_factory=dict, hash=False, compare=False)  # language -> [detect]

    def by_kind(self, kind: str) -> list[Rule]:
        return list(_by_kind(self, kind))

    def get(self, rule_id: str) -> Rule | None:
        """The rule with this id (the first, if two files declare it), or None."""
        return _by_id(self).get(rule_id)

    def words(self, key: str, *more: str) -> frozenset[str]:
        """A word list by its qualified name (``words.speech_verbs``), merged over all files; with
        more names, the union of the lists, built once (``words("words.clause_taking",
        "words.speech_verbs")``)."""
        return _listed(self, key, more)

    def table(self, key: str) -> dict:
        value = self.data.get(key, {})
        return value if isinstance(value, dict) else {}

    def alternation(self, key: str) -> str:
        """The words of a list as a regular-expression alternation, longest first."""
        return _alternation(self, key)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({r.language for r in self.rules if r.language} | set(self.detect)))


# a RuleSet is immutable once loaded: what is derived from it is computed once
@lru_cache(maxsize=64)
def _by_kind(rules: RuleSet, kind: str) -> tuple[Rule, ...]:
    return tuple(r for r in rules.rules if r.kind == kind)


@lru_cache(maxsize=16)
def _by_id(rules: RuleSet) -> dict[str, Rule]:
    out: dict[str, Rule] = {}
    for r in rules.rules:
        out.setdefault(r.id, r)
    return out


@lru_cache(maxsize=2048)
def _listed(rules: RuleSet, key: str, more: tuple[str, ...]) -> frozenset[str]:
    """:meth:`RuleSet.words`, remembered by its names (stages ask for a list for every candidate:
    a hundred thousand times on 800 articles)."""
    for k in (key, *more):
        if "." not in k:
            raise KeyError(f"word lists are read by qualified name (<file>.{k})")
    return _union(rules, (key, *more)) if more else _words(rules, key)


@lru_cache(maxsize=1024)
def _words(rules: RuleSet, key: str) -> frozenset[str]:
    return frozenset(rules.data.get(key, ()))


@lru_cache(maxsize=256)
def _union(rules: RuleSet, keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_words(rules, k) for k in keys))


@lru_cache(maxsize=256)
def _alternation(rules: RuleSet, key: str) -> str:
    words = sorted(rules.words(key), key=lambda w: (-len(w), w))
    return grouped_alternation(words) if words else "(?!)"


def grouped_alternation(words: list[str]) -> str:
    """``words`` as one alternation that prefers them in the order given, the words filed by their
    first letter: ``(?:(?:apple|and)|(?:bee))``.  The engine tries a branch's words one by one at
    every offset; filed so, a letter that opens none of a group's words skips the whole group (the
    parser takes a group's common first letter out of its words), and a list of forty phrases is
    read in half the time.  The matches are those of the plain alternation: at any offset only the
    words of one group can match (a letter and its capital share a group, so a pattern that
    ignores case sees the same), and they are tried in their own order.  A word that opens with
    anything but an ASCII letter or digit keeps the plain alternation."""
    if not all(w[:1].isascii() and w[:1].isalnum() for w in words):
        return "(?:" + "|".join(re.escape(w) for w in words) + ")"
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower(), []).append(re.escape(w))
    return "(?:" + "|".join("(?:" + "|".join(g) + ")" for g in groups.values()) + ")"


def shipped_rules_dir() -> Path:
    """The rules that ship with the package (inside the wheel as ``cleanup/_rules``); in a
    source checkout, the ``rules/`` folder beside the package."""
    checkout = Path(__file__).resolve().parent.parent / "rules"
    if (checkout / "words.toml").is_file():
        return checkout
    try:
        path = Path(str(resources.files("cleanup._rules")))
        if any(path.glob("*.toml")):
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return checkout


def _compile(rule_id: str, kind: str, opts: dict) -> Any:
    try:
        flags = re.IGNORECASE if opts.get("ignore_case", kind in {"line", "phrase"}) else 0
        if kind == "regex":
            return re.compile(opts["pattern"], flags)
        if kind == "line":
            return [re.compile(p, flags) for p in opts["patterns"]]
        if kind == "phrase":
            alts = sorted(opts["phrases"], key=len, reverse=True)
            return re.compile(r"(?<![\w-])(" + grouped_alternation(alts) + r")(?![\w-])", flags)
    except KeyError as exc:
        raise RuleError(f"rule {rule_id}: kind {kind!r} needs the key {exc.args[0]!r}") from None
    except re.error as exc:
        raise RuleError(f"rule {rule_id}: bad regular expression: {exc}") from None
    return None


def _check_examples(rid: str, examples: tuple) -> None:
    for ex in examples:
        if not isinstance(ex, dict) or not any(keys <= set(ex) for keys in EXAMPLE_KEYS):
            raise RuleError(f"rule {rid}: an example needs before+after, keep or known_false_positive: {ex!r}")
    if not any("before" in e for e in examples) or not any("keep" in e for e in examples):
        raise RuleError(f"rule {rid}: add at least one {{before, after}} example and one {{keep}} example")


def _check_antipatterns(rid: str, kind: str, anti: Any, key: str = "antipatterns",
                        kinds: frozenset[str] = frozenset({"phrase", "regex"})) -> None:
    """``antipatterns``: regexes of sentences where a phrase or regex rule stays silent; the
    same shape for a regex rule's ``native_context`` (what native copy must show near it)."""
    if anti is None:
        return
    if kind not in kinds:
        raise RuleError(f"rule {rid}: {key} apply to {' and '.join(sorted(kinds))} rules only, not to {kind!r} rules")
    if not isinstance(anti, list) or not all(isinstance(a, str) and a for a in anti):
        raise RuleError(f"rule {rid}: {key} must be a list of regular expressions")
    for a in anti:
        try:
            re.compile(a)
        except re.error as exc:
            raise RuleError(f"rule {rid}: bad {key} entry {a!r}: {exc}") from None


def _parse_rule(raw: dict, stem: str, language: str | None, where: str) -> Rule:
    raw = dict(raw)
    short = raw.pop("id", None)
    if not isinstance(short, str) or not _ID.fullmatch(short):
        raise RuleError(f"{where}: a rule needs an id of lower-case letters, digits, _ and . (got {short!r})")
    rid = f"{stem}.{short}"
    kind = raw.pop("kind", None)
    if kind not in KINDS:
        raise RuleError(f"rule {rid}: kind must be one of {sorted(KINDS)}")
    explanation = raw.pop("explanation", "")
    if not explanation:
        raise RuleError(f"rule {rid}: explain what the rule repairs and why (explanation = ...)")
    action = raw.pop("action", "fix")
    if action not in ACTIONS:
        raise RuleError(f"rule {rid}: action must be 'fix' or 'suggest'")
    confidence = raw.pop("confidence", DEFAULT_CONFIDENCE[action])
    if not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
        raise RuleError(f"rule {rid}: confidence must be a number from 0 to 1")
    default = raw.pop("default", "on")
    if default not in {"on", "off"}:
        raise RuleError(f"rule {rid}: default must be 'on' or 'off'")
    examples = tuple(raw.pop("examples", ()))
    _check_examples(rid, examples)
    _check_antipatterns(rid, kind, raw.get("antipatterns"))
    _check_antipatterns(rid, kind, raw.get("native_context"), "native_context", frozenset({"regex"}))
    _check_antipatterns(rid, kind, raw.get("source_context"), "source_context", frozenset({"regex"}))
    langs = raw.get("source_languages")
    if langs is not None and (not isinstance(langs, list) or not all(isinstance(g, str) for g in langs)
                              or not raw.get("source_context")):
        raise RuleError(f"rule {rid}: source_languages lists ISO 639-1 codes and needs a source_context")
    places = raw.get("places", [])
    if places and (kind != "regex" or not all(isinstance(g, int) and g > 0 for g in places)):
        raise RuleError(f"rule {rid}: places lists a regex rule's group numbers that must name places")
    return Rule(rid, kind, explanation, action, float(confidence), examples, raw, language, default == "on",
                _compile(rid, kind, raw))


#: what a rule file may hold at its top level; anything else is a typo ('[[rule]]') that would be ignored
TOP_LEVEL = ("rules", "data", "detect", "language")


def _check_shape(doc: dict, path: Path) -> None:
    """A file's top level: only :data:`TOP_LEVEL` keys, ``[[rules]]`` an array of tables, ``[data]`` a table."""
    unknown = [k for k in doc if k not in TOP_LEVEL]
    if unknown:
        hint = " (rules are [[rules]] tables)" if any(k.lower().startswith("rule") for k in unknown) else ""
        raise RuleError(f"{path}: unknown top-level key {unknown[0]!r}{hint}; a rule file holds only "
                        "[[rules]], [data], [detect] and language")
    rules = doc.get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise RuleError(f"{path}: rules must be [[rules]] tables (an array of tables)")
    if not isinstance(doc.get("data", {}), dict):
        raise RuleError(f"{path}: data must be a [data] table of word lists")


def load_file(path: Path) -> tuple[list[Rule], dict, tuple[str, dict] | None]:
    """(rules, qualified word lists, (language, detect table) of a pack) of one rule file."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"cannot read rule file {path}: {exc}") from None
    _check_shape(doc, path)
    language = doc.get("language")
    if language is not None and not (isinstance(language, str) and re.fullmatch(r"[a-z]{2}", language)):
        raise RuleError(f"{path}: language must be an ISO 639-1 code such as 'ko'")
    rules = [_parse_rule(raw, path.stem, language, str(path)) for raw in doc.get("rules", [])]
    data = {(k if "." in k else f"{path.stem}.{k}"): v for k, v in doc.get("data", {}).items()}
    detect = doc.get("detect")
    if detect is not None and not language:
        raise RuleError(f"{path}: a [detect] table belongs in a pack with a language")
    return rules, data, (language, detect) if detect is not None else None


def _merge(data: dict[str, Any], key: str, value: Any) -> None:
    if isinstance(value, list):
        data[key] = list(data.get(key, [])) + list(value)
    elif isinstance(value, dict):
        data[key] = {**data.get(key, {}), **value}
    else:
        data[key] = value


def load_rules(extra_dirs: tuple[str, ...] = ()) -> RuleSet:
    return _load(tuple(str(d) for d in extra_dirs))


def rule_files(folder: Path) -> list[Path]:
    """A folder's rule files: ``*.toml``, and packs in ``packs/*.toml``."""
    return sorted(folder.glob("*.toml")) + sorted(folder.glob("packs/*.toml"))


@lru_cache(maxsize=16)
def _load(extra_dirs: tuple[str, ...]) -> RuleSet:
    rules: list[Rule] = []
    data: dict[str, Any] = {}
    detect: dict[str, dict] = {}
    seen: set[str] = set()
    for d in [shipped_rules_dir(), *(Path(x) for x in extra_dirs)]:
        if not d.is_dir():
            raise RuleError(f"rules folder {d} does not exist")
        for path in rule_files(d):
            file_rules, file_data, file_detect = load_file(path)
            for r in file_rules:
                if r.id in seen:
                    raise RuleError(f"rule {r.id} is defined twice (second time in {path})")
                seen.add(r.id)
                rules.append(r)
            for key, value in file_data.items():
                _merge(data, key, value)
            if file_detect is not None:
                detect[file_detect[0]] = file_detect[1]
    return RuleSet(tuple(_calibrated(rules, data)), data, detect)


def _calibrated(rules: list[Rule], data: dict[str, Any]) -> list[Rule]:
    """Rules with their measured precision (rules/calibration.toml): for each confidence a
    rule's evidence gives, the precision measured at that confidence replaces it."""
    measured = data.get("calibration.measured", {})
    if not measured or os.environ.get("MT_CLEANUP_NO_CALIBRATION"):
        return rules
    out = []
    for r in rules:
        cells = measured.get(r.id)
        if cells:
            table = tuple((float(c), float(p)) for c, p, _ in cells)
            own = min(table, key=lambda cp: abs(cp[0] - r.confidence))
            confidence = own[1] if abs(own[0] - r.confidence) < 0.03 else r.confidence
            r = dataclasses.replace(r, confidence=confidence, options={**r.options, "calibration": table})
        out.append(r)
    return out
