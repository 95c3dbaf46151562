"""bench.calibrate --rules: only the named rules' entries of the calibration table change."""

import pytest

from bench.calibrate import main, measured_cells
from bench.calibrate_rules import merge_table, probe_kinds
from bench.probe import damage

TABLE = """# comment kept
#   rule = [[confidence given, precision measured, edits seen], ...]

[data]
[data.measured]
"a.first" = [[0.90, 0.857, 12]]
"c.hand"   =  [[0.80, 1.000, 6]]
"b.third" = [[0.40, 0.552, 27], [0.60, 0.929, 12]]
"d.last" = [[0.90, 0.500, 8]]
"""


def test_a_named_rule_is_replaced_and_every_other_line_kept_byte_for_byte() -> None:
    text, report = merge_table(TABLE, {"c.hand": '"c.hand" = [[0.80, 0.625, 14]]'})
    old, new = TABLE.splitlines(), text.splitlines()
    assert len(old) == len(new)
    changed = [(a, b) for a, b in zip(old, new) if a != b]
    assert changed == [('"c.hand"   =  [[0.80, 1.000, 6]]', '"c.hand" = [[0.80, 0.625, 14]]')]
    assert report == {"c.hand": "replaced"}


def test_a_rule_without_an_entry_is_added_in_sorted_place() -> None:
    text, report = merge_table(TABLE, {"b.new": '"b.new" = [[0.60, 0.700, 9]]'})
    lines = text.splitlines()
    assert lines.index('"b.new" = [[0.60, 0.700, 9]]') == lines.index('"a.first" = [[0.90, 0.857, 12]]') + 1
    assert [x for x in lines if "b.new" not in x] == TABLE.splitlines()
    assert report == {"b.new": "added"}


def test_a_rule_after_every_entry_is_appended_and_one_measured_too_little_is_dropped() -> None:
    text, report = merge_table(TABLE, {"z.end": '"z.end" = [[0.90, 0.900, 20]]', "d.last": None, "q.none": None})
    lines = text.splitlines()
    assert lines[-1] == '"z.end" = [[0.90, 0.900, 20]]'
    assert not any(x.startswith('"d.last"') for x in lines)
    assert report["d.last"].startswith("removed") and report["q.none"].startswith("none")


def test_the_table_round_trips_through_the_loader_format() -> None:
    import tomllib

    text, _ = merge_table(TABLE, {"b.new": '"b.new" = [[0.60, 0.700, 9]]', "a.first": None})
    measured = tomllib.loads(text)["data"]["measured"]
    assert measured["b.new"] == [[0.6, 0.7, 9]] and "a.first" not in measured and measured["d.last"]


def test_a_confidence_with_fewer_than_six_edits_gets_no_cell() -> None:
    rows = [("r.one", 0.8, True)] * 5 + [("r.two", 0.6, True)] * 4 + [("r.two", 0.6, False)] * 2
    rows += [("r.one+r.two", 0.85, False)] * 6
    cells = measured_cells(rows)
    assert cells["r.two"] == '"r.two" = [[0.60, 0.625, 6], [0.85, 0.125, 6]]'
    assert cells["r.one"] == '"r.one" = [[0.85, 0.125, 6]]'  # its five edits at 0.80 are too few
    assert "r.three" not in measured_cells([("r.three", 0.9, True)] * 5)


def test_the_probe_takes_named_rules_on_the_tuning_fold_only() -> None:
    with pytest.raises(SystemExit):
        main(["--probe", "10", "--fold", "tuning"])
    with pytest.raises(SystemExit):
        main(["--probe", "10", "--rules", "document.restated_run"])
    with pytest.raises(SystemExit):  # a threshold changes every rule's edits: only named ones are measured there
        main(["--min-confidence", "0.7", "--fold", "tuning", "--write"])


def test_the_probe_kinds_are_those_a_rules_evidence_cites() -> None:
    assert probe_kinds(["casing.stray_capital.lone_word"]) == ["cap_after_det", "cap_after_other", "cap_namelike"]
    assert probe_kinds(["casing.stray_capital.function_word"]) == ["cap_after_verb"]
    assert probe_kinds(["no.such_rule"]) == []


def test_a_probe_artifact_is_drawn_the_same_way_each_time_and_undoes_to_the_article() -> None:
    body = "The minister said the plan would help. Critics said it would not. Sony said sales rose."
    first = damage("doc1", body, "cap_after_other")
    assert first == damage("doc1", body, "cap_after_other")
    damaged, start, end, original = first
    assert damaged != body and damaged[:start] + original + damaged[end:] == body
    assert damaged[start:end].isupper() and original.islower()
    assert damage("doc1", "no capital here at all", "stop_name") is None


def test_a_rule_that_speaks_only_below_the_threshold_is_measured_at_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from bench.calibrate import chain_edits

    monkeypatch.setenv("MT_CLEANUP_NO_CALIBRATION", "1")
    text = "Officials blamed the higher Crime rate on the closure of two youth clubs. The clubs shut in May."
    monkeypatch.setenv("BENCH_CALIBRATE_MIN_CONFIDENCE", "0")
    at_zero = {e.rule for e in chain_edits(text)}
    monkeypatch.setenv("BENCH_CALIBRATE_MIN_CONFIDENCE", "0.7")
    at_threshold = {e.rule for e in chain_edits(text)}  # native copy: offered (native_confidence), still measured
    assert "casing.stray_capital.lone_word" not in at_zero
    assert "casing.stray_capital.lone_word" in at_threshold
