"""The command line, as a user runs it (click's CliRunner)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cleanup.cli import main

from .conftest import SEED

ARTICLE = (
    "Ministers meet in Geneva But no deal in sight\n\n"
    "The talks began on Monday. and are expected to last three days , officials said.\n\n"
    "Leave a Comment\n"
)


@pytest.fixture()
def runner():
    return CliRunner()


def test_clean_file_prints_title_and_paragraphs(runner):
    res = runner.invoke(main, ["clean", str(SEED)])
    assert res.exit_code == 0, res.output
    title, blank, rest = res.output.partition("\n\n")
    assert ", but still" in title and rest
    assert "Akismet" not in res.output


def test_clean_stdin_json_schema(runner):
    res = runner.invoke(main, ["clean", "-", "--format", "json"], input=ARTICLE)
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["title"] == "Ministers meet in Geneva, but no deal in sight"
    assert data["text"] == "The talks began on Monday and are expected to last three days, officials said."
    assert data["sentences"] == [data["text"]]
    rules = {e["rule"] for e in data["edits"]}
    assert {"segment.lowercase_continuation", "boilerplate.comment_form", "title.conjunction"} <= rules
    for e in data["edits"]:
        assert ARTICLE[e["start"]:e["end"]] == e["before"]


def test_clean_diff_lists_changes_with_reasons(runner):
    res = runner.invoke(main, ["clean", "-", "--format", "diff"], input=ARTICLE)
    assert res.exit_code == 0
    assert "[-.-]" in res.output and "segment.lowercase_continuation:" in res.output
    assert "Removed leftovers:" in res.output and "Leave a Comment" in res.output


@pytest.mark.parametrize(
    "payload, expected",
    [(b"", "empty"), (b"\x00\x01binary\x00", "binary"), (b"caf\xe9 au lait is good. " * 5, "not valid utf-8"),
     ("Это статья на русском языке о политике и экономике страны и мира.".encode(), "English")],
)
def test_bad_input_is_one_line_and_nonzero(runner, tmp_path, payload, expected):
    f = tmp_path / "in.txt"
    f.write_bytes(payload)
    res = runner.invoke(main, ["clean", str(f)])
    assert res.exit_code != 0
    assert expected.lower() in res.output.lower()
    assert "Traceback" not in res.output and len(res.output.strip().splitlines()) == 1


def test_encoding_option_reads_cp1252(runner, tmp_path):
    f = tmp_path / "in.txt"
    f.write_bytes("The caf\u00e9 opened on Monday and the mayor said it was a good day for the town.".encode("cp1252"))
    res = runner.invoke(main, ["clean", str(f), "--encoding", "cp1252"])
    assert res.exit_code == 0 and "café" in res.output


def test_missing_file_and_huge_input(runner, tmp_path):
    res = runner.invoke(main, ["clean", str(tmp_path / "nope.txt")])
    assert res.exit_code != 0 and "cannot read" in res.output
    big = tmp_path / "big.txt"
    big.write_text("The minister said the talks went well. " * 100, encoding="utf-8")
    res = runner.invoke(main, ["clean", str(big), "--max-chars", "500"])
    assert res.exit_code != 0 and "larger" in res.output or "limit" in res.output


def test_batch_jsonl_goes_on_past_bad_lines(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": ARTICLE, "source": "wire"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b", "text": ""}) + "\n"
        + json.dumps({"id": "c", "body": "no text field"}) + "\n"
        + json.dumps({"id": "d", "text": SEED.read_text(encoding="utf-8")}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(src), "-o", str(out)])
    assert res.exit_code == 1
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5  # nothing lost: one output line per input line
    assert rows[0]["id"] == "a" and rows[0]["source"] == "wire" and "edits" in rows[0]
    assert "not valid JSON" in rows[1]["error"] and rows[1]["line"] == 2
    assert rows[2]["id"] == "b" and "empty" in rows[2]["error"]
    assert "text" in rows[3]["error"]
    assert rows[4]["id"] == "d" and rows[4]["title"]
    assert "5 documents: 2 cleaned, 3 failed" in res.output


def test_batch_folder_of_txt(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "docs" / "two.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(tmp_path / "docs"), "-o", str(out), "--jobs", "2"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["one.txt", "two.txt"]


def test_rules_list_and_test(runner, tmp_path):
    res = runner.invoke(main, ["rules", "list"])
    assert res.exit_code == 0 and "ko.corona19" in res.output
    res = runner.invoke(main, ["rules", "test"])
    assert res.exit_code == 0 and " 0 failed" in res.output
    (tmp_path / "bad.toml").write_text(
        '[[rules]]\nid = "x"\nkind = "phrase"\nexplanation = "e"\nphrases = { "foo" = "bar" }\n'
        'examples = [ { before = "a foo", after = "a baz" }, { keep = "b" } ]\n', encoding="utf-8")
    res = runner.invoke(main, ["rules", "test", str(tmp_path)])
    assert res.exit_code == 1 and "FAIL bad.x" in res.output
