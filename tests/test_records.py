"""The record function every engine calls: order kept, errors as a field, never an exception;
and the input bytes turned into records exactly as ``batch`` does."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup import Config, process
from cleanup.cli_batch import iter_documents
from cleanup.errors import CleanupError
from cleanup.inputs import decode_text, parse_line
from cleanup.records import process_many, process_record

from .conftest import ROOT, SAMPLES

SHORT = "The talks ended , both sides said. and no date was set"


def _records() -> list[dict]:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES] + [SHORT, "", "Short one."]
    return [{"id": f"doc{i}", "text": t, "source": "test"} for i, t in enumerate(texts * 2)]


def test_a_record_keeps_its_fields_and_gets_the_result_schema():
    res = process_record({"id": 7, "text": SHORT, "source": "wire"})
    assert res["id"] == 7 and res["source"] == "wire"
    assert res["text"] == process(SHORT).text
    assert {"title", "text", "sentences", "edits"} <= set(res) and "error" not in res


@pytest.mark.parametrize("jobs", [1, 2])
def test_process_many_keeps_the_input_order(jobs):
    records = _records()
    out = list(process_many(records, Config(), jobs=jobs, chunksize=2))
    assert [r["id"] for r in out] == [r["id"] for r in records]
    assert out == [process_record(r) for r in records]
    assert sum("error" in r for r in out) == 2  # the two empty texts


@pytest.mark.parametrize("record, expected", [
    (None, "JSON object"), ([1, 2], "JSON object"), ("just a string", "JSON object"), (42, "JSON object"),
    ({"id": 1}, "string field 'text'"), ({"id": 2, "text": 5}, "string field 'text'"),
    ({"id": 3, "text": None}, "string field 'text'"), ({"id": 4, "text": "   \n "}, "empty"),
    ({"id": 5, "text": "\x00\x01\x02 binary"}, ""),
])
def test_hostile_records_give_an_error_field(record, expected):
    res = process_record(record)
    assert isinstance(res, dict)
    if expected:
        assert expected in res["error"]
    if isinstance(record, dict):
        assert res["id"] == record["id"]


def test_input_over_max_chars_is_refused_not_processed():
    huge = "The minister said the talks went well. " * 2_000
    res = process_record({"id": "big", "text": huge}, Config(max_chars=10_000))
    assert "error" in res and "10,000" in res["error"] and "text" not in res
    assert "error" not in process_record({"id": "big", "text": huge}, Config(max_chars=len(huge)))


def test_a_failed_record_passes_through_and_a_bug_becomes_an_error(monkeypatch):
    failed = {"id": None, "line": 4, "error": "line 4 is not valid JSON"}
    assert process_record(failed) == failed

    def boom(*a, **k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr("cleanup.records.process", boom)
    res = process_record({"id": 1, "text": SHORT})
    assert res["error"].startswith("internal error (RuntimeError: kaboom)")


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=40),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                     max_leaves=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_json, st.fixed_dictionaries({"id": st.integers(), "text": st.text(max_size=300)})))
def test_process_record_never_raises(record):
    res = process_record(record)
    assert isinstance(res, dict) and ("error" in res or isinstance(res["text"], str))
    json.dumps(res, ensure_ascii=False)  # every result is a JSON line


BAD_LINES = [
    b'{"id": "a", "text": "Fine."}\n', b'{"text": "No id."}\n', b"{not json\n", b'"a string"\n', b"[1, 2]\n",
    b'{"id": "b", "body": "no text"}\n', b'{"id": "c", "text": 5}\n', b'{"text": "caf\xe9"}\n', b"\n",
    b'{"id": "d", "text": "", "x": [1]}\n', b"null\n", b'{"a": 1} trailing\n',
]


def test_batch_reads_every_line_as_parse_line_does(tmp_path):
    """One record per line, blank and malformed lines included: the CLI and the Dask engine
    read a corpus through the same function."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(BAD_LINES))
    got = list(iter_documents(str(src), "utf-8", 10_000))
    assert len(got) == len(BAD_LINES)
    assert [r.get("error", "").split(" is ")[-1][:12] for r in got if "error" in r]
    assert sum("error" not in r for r in got) == 3  # the three with a string text
    assert got == [parse_line(raw, n) for n, raw in enumerate(BAD_LINES, start=1)]
    assert parse_line(b"\n", 7) == {"id": None, "line": 7, "error": "line 7 is blank (no document)"}


@pytest.mark.parametrize("data, encoding, expected", [
    (b"Fine text.", "utf-8", "Fine text."), (b"\xef\xbb\xbfBOM text.", "utf-8", "BOM text."),
    ("UTF-16 text.".encode("utf-16"), "utf-8", "UTF-16 text."), (b"", "utf-8", "error: doc.txt is empty"),
    (b"  \n", "utf-8", "error: doc.txt is empty"), (b"a\x00b", "utf-8", "error: doc.txt looks binary"),
    (b"caf\xe9 au lait", "utf-8", "error: doc.txt is not valid utf-8"), (b"caf\xe9 au lait", "cp1252", "café au lait"),
    (b"x" * 101, "utf-8", "error: doc.txt is larger"), (b"text", "no-such-codec", "error: unknown encoding"),
])
def test_decode_text(data, encoding, expected):
    try:
        got = decode_text(data, "doc.txt", encoding, 100)
    except CleanupError as exc:
        got = f"error: {exc}"
    assert got.startswith(expected)


COUNT_LOADS = """
import json, sys, tomllib, english_words
calls = {"toml": 0, "words": 0}
real_loads, real_words = tomllib.loads, english_words.get_english_words_set
def loads(*a, **k):
    calls["toml"] += 1
    return real_loads(*a, **k)
def words(*a, **k):
    calls["words"] += 1
    return real_words(*a, **k)
tomllib.loads, english_words.get_english_words_set = loads, words
from cleanup import process_many
text = "Ministers met on Monday. They Agreed to meet again , the minister said."
list(process_many([{"text": text}]))
first = dict(calls)
list(process_many([{"text": text + " " + str(i)} for i in range(25)]))
print(json.dumps([first, calls]))
"""


def test_rules_and_word_lists_load_once_per_process():
    out = subprocess.run([sys.executable, "-c", COUNT_LOADS], cwd=ROOT, capture_output=True, text=True, check=True)
    first, after = json.loads(out.stdout)
    assert first["toml"] >= len(list((ROOT / "rules").glob("*.toml"))) and first["words"] == 1
    assert after == first  # 25 more documents, nothing loaded again
