"""The shape of the package: no import cycle (imports inside functions count), no private
name imported across modules, short functions and modules, and a stage registry that owns
every builtin rule."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from cleanup.config import Config
from cleanup.pipeline import STAGES, check_registry
from cleanup.rules import load_rules

PKG = Path(__file__).resolve().parent.parent / "cleanup"
MODULES = {p.stem: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PKG.glob("*.py"))}


def _imports(tree: ast.Module) -> list[tuple[str, list[str]]]:
    """(module, imported names) of every ``from .x import ...`` / ``from . import x``, anywhere."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.append((node.module.split(".")[0], [a.name for a in node.names]))
            else:
                out += [(a.name, []) for a in node.names]
    return out


def test_no_import_cycle_even_inside_functions():
    graph = {m: {dep for dep, _ in _imports(t) if dep in MODULES and dep != m} for m, t in MODULES.items()}
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for dep in sorted(graph[m]):
            if state.get(dep) == 1:
                pytest.fail("import cycle: " + " -> ".join([*path[path.index(dep):], dep]))
            if dep not in state:
                visit(dep, [*path, dep])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])


def test_no_private_name_imported_across_modules():
    bad = [(m, dep, n) for m, t in MODULES.items() for dep, names in _imports(t) for n in names
           if n.startswith("_") and not n.startswith("__")]
    assert not bad


def test_functions_and_modules_are_short():
    long_functions = [
        f"{m}.{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for m, t in MODULES.items() for node in ast.walk(t)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno + 1 > 60
    ]
    assert not long_functions
    long_modules = [p.name for p in PKG.glob("*.py") if len(p.read_text(encoding="utf-8").splitlines()) > 450]
    assert not long_modules


def _word_lists(tree: ast.Module) -> list[str]:
    """The module-level frozensets of three or more lower-case English words ('the', "n't"), not
    of tags ('NN') or rule ids ('boilerplate.teaser_line')."""
    out = []
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "frozenset"
                and value.args and isinstance(value.args[0], ast.Set)):
            continue
        words = [e.value for e in value.args[0].elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if len(words) >= 3 and all(re.fullmatch(r"[a-z][a-z’'-]*|n[’']t", w) for w in words):
            out.append(ast.unparse(node.targets[0] if isinstance(node, ast.Assign) else node.target))
    return out


def test_word_lists_are_data_not_code():
    """STYLE.md, 'Word lists are data, once': English word lists live in rules/*.toml, read by name."""
    held = {m: names for m, t in MODULES.items() if (names := _word_lists(t))}
    assert not held
    assert _word_lists(ast.parse('_X = frozenset({"the", "a", "an"})\n_T = frozenset({"NN", "NNS", "JJ"})')) == ["_X"]


def test_every_word_list_read_by_name_is_shipped():
    """A word list is read by its qualified name; a misspelt name would read as an empty list (or, as
    an alternation, as a pattern that matches nothing)."""
    data = load_rules().data
    unknown = [(m, a.value) for m, t in MODULES.items() for node in ast.walk(t)
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
               and node.func.attr in ("words", "alternation")
               for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str) and a.value not in data]
    assert not unknown


def test_every_builtin_rule_belongs_to_exactly_one_stage():
    rules = load_rules()
    check_registry(rules)
    for r in rules.rules:
        if r.kind == "builtin":
            assert sum(s.owns(r.id) for s in STAGES) == 1, r.id
    assert len({s.name for s in STAGES}) == len(STAGES)


def test_a_builtin_rule_no_stage_emits_is_refused(tmp_path):
    from cleanup import RuleError, process

    (tmp_path / "mine.toml").write_text(
        '[[rules]]\nid = "orphan"\nkind = "builtin"\nexplanation = "e"\n'
        'examples = [ { before = "a", after = "b" }, { keep = "c" } ]\n', encoding="utf-8")
    with pytest.raises(RuleError, match="no stage emits it"):
        process("The talks ended on Monday.", Config(rules_dirs=(str(tmp_path),)))


def test_disabling_a_rule_family_or_a_stage():
    from cleanup import process

    from .conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    full = process(text)
    assert any(e.rule.startswith("casing.stray_capital.") for e in full.edits)
    off = process(text, Config(disable=("casing.stray_capital",)))
    assert not any("casing.stray_capital" in e.rule for e in off.edits)
    assert any(e.rule.startswith("segment.") for e in off.edits)
    no_stage = process(text, Config(disable=("leftovers",)))
    assert not no_stage.removed and full.removed


def test_word_lists_are_read_by_qualified_name():
    rules = load_rules()
    assert "said" in rules.words("words.speech_verbs")
    with pytest.raises(KeyError):
        rules.words("speech_verbs")
    # several lists at once: their union, the same object on every call (built once, not per candidate)
    both = rules.words("words.speech_verbs", "words.clause_taking")
    assert both == rules.words("words.speech_verbs") | rules.words("words.clause_taking")
    assert both is rules.words("words.speech_verbs", "words.clause_taking")
    with pytest.raises(KeyError):
        rules.words("words.speech_verbs", "clause_taking")


def _regex_rule(extra: str) -> str:
    return ('[[rules]]\nid = "tonnes"\nkind = "regex"\npattern = \'\\btons of rice\\b\'\nreplacement = "tonnes of rice"\n'
            'explanation = "e"\n' + extra +
            'examples = [ { before = "ten tons of rice", after = "ten tonnes of rice" }, { keep = "rice" } ]\n')


def test_a_regex_rule_keeps_a_sentence_its_antipattern_matches(tmp_path):
    from cleanup import process

    (tmp_path / "mine.toml").write_text(_regex_rule("antipatterns = ['\\bshort tons\\b']\n"), encoding="utf-8")
    cfg = Config(rules_dirs=(str(tmp_path),))
    fixed = process("The ship carried ten tons of rice to the port.", cfg)
    assert "ten tonnes of rice" in fixed.output and any(e.rule == "mine.tonnes" for e in fixed.edits)
    kept = process("The ship carried ten tons of rice, in short tons, to the port.", cfg)
    assert "ten tons of rice" in kept.output and not any(e.rule == "mine.tonnes" for e in kept.edits)


def test_antipatterns_on_a_rule_kind_that_ignores_them_are_refused(tmp_path):
    from cleanup import RuleError, process

    (tmp_path / "mine.toml").write_text(_regex_rule("antipatterns = ['(unclosed']\n"), encoding="utf-8")
    with pytest.raises(RuleError, match="bad antipattern"):
        process("The talks ended on Monday.", Config(rules_dirs=(str(tmp_path),)))
    (tmp_path / "mine.toml").write_text(
        '[[rules]]\nid = "crumbs"\nkind = "line"\npatterns = ["^Home >"]\nantipatterns = ["x"]\nexplanation = "e"\n'
        'examples = [ { before = "Home > News", after = "" }, { keep = "c" } ]\n', encoding="utf-8")
    with pytest.raises(RuleError, match="antipatterns apply to phrase and regex rules only"):
        process("The talks ended on Monday.", Config(rules_dirs=(str(tmp_path),)))


def test_a_regex_rule_with_native_context_needs_it_near_in_native_copy(tmp_path):
    from cleanup import RuleError, process

    (tmp_path / "mine.toml").write_text(_regex_rule("native_context = ['\\bcargo\\b']\n"), encoding="utf-8")
    cfg = Config(rules_dirs=(str(tmp_path),), require_english=False, detect_title=False)
    plain = "The family bought ten tons of rice for the wedding on Monday."
    assert process(plain, cfg).output == plain
    assert "ten tonnes" in process("The cargo ship carried ten tons of rice to the port.", cfg).output
    assert "ten tonnes" in process(plain, cfg.replace(source_language="de")).output  # MT copy: anywhere
    bad = tmp_path / "bad"  # another folder: rule folders are loaded once each
    bad.mkdir()
    (bad / "mine.toml").write_text(_regex_rule("native_context = ['(unclosed']\n"), encoding="utf-8")
    with pytest.raises(RuleError, match="bad native_context"):
        process("The talks ended on Monday.", Config(rules_dirs=(str(bad),)))


def _shipped_only_keys() -> set[str]:
    """The word lists read inside a function that loads the shipped rules (``load_rules()``
    with no folder): a user's ``--rules`` file does not reach them."""
    keys = set()
    for tree in MODULES.values():
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef) or not any(
                    isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "load_rules" and not n.args
                    for n in ast.walk(fn)):
                continue
            keys |= {a.value for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                     and n.func.attr in ("words", "alternation") for a in n.args
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return keys


def test_the_readme_names_every_word_list_a_user_file_cannot_extend():
    """README promises that a user's file extends a word list; the lists read from the shipped
    rules only are named there (by key, or by a ``prefix_*`` pattern)."""
    readme = (PKG.parent / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([\w.]+)`", readme))
    patterns = [p[:-1] for p in re.findall(r"`([\w.]+_\*)`", readme)]
    missing = sorted(k for k in _shipped_only_keys() | {"words.closed_class", "words.translationese", "words.varied_reporting"}
                     if k not in named and not any(k.startswith(p) for p in patterns))
    assert not missing
