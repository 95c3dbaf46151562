"""Hostile inputs and faults the b36 review left (faults36): NEL as a line end, an ASCII-only
stdout, the dask engine's long lines and restarted workers, the Posted-by line, and the new
shapes of the fault matrix (NUL in a JSONL field, a BOM mid-file, an output folder or a
missing one, CR-only JSONL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import cleanup

from .conftest import ROOT

LINE = "The minister said on Monday that the plan would go ahead and that the talks would resume soon."


@pytest.mark.parametrize("text", [LINE.replace(" the plan", "\x85the plan"), LINE + "\x85" + LINE])
def test_nel_in_clean_unicode_is_a_line_end_not_an_ellipsis(text):
    r = cleanup.process(text)
    assert "\u2026" not in r.output and "\x85" not in r.output
    assert "said on Monday that" in r.output and "plan would go ahead" in r.output
    assert cleanup.replay(text, r.edits) == r.output and cleanup.clean(r.output) == r.output


def test_nel_beside_cp1252_quotes_is_still_an_ellipsis():
    r = cleanup.process("He said \x93we will see\x94 and\x85 then he left the room without a word.")
    assert "\u201cwe will see\u201d and\u2026 then" in r.output


def test_nel_after_a_latin1_letter_is_still_utf8_read_as_latin1():
    assert "\u00c5land" in cleanup.process("The \u00c3\x85land islands voted on Sunday to stay.").output


def test_a_nel_run_is_a_paragraph_break_even_beside_cp1252_quotes():
    # review36c: one C1 control elsewhere made every NEL an ellipsis and merged the paragraphs
    text = LINE + "\x85\x85" + LINE.replace("minister", "mayor") + " He said \x93no\x94."
    r = cleanup.process(text)
    assert "\u2026" not in r.output and "soon.\n\nThe mayor" in r.output and "\u201cno\u201d" in r.output
    assert cleanup.replay(text, r.edits) == r.output and cleanup.clean(r.output) == r.output


def test_nel_after_an_accented_letter_of_clean_unicode_is_a_line_end():
    # review36c: 'é' before a NEL is a letter, not half of UTF-8 read as Latin-1 (as 'Ã' is)
    r = cleanup.process(LINE.replace("soon.", "soon at the caf\u00e9") + "\x85" + LINE.replace("minister", "mayor"))
    assert "caf\u00e9\n" in r.output and "\u2026" not in r.output


def _cli(args: list[str], env: dict, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleanup", *args], capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env}, **kw)


@pytest.mark.parametrize("args", [["run", "-"], ["run", "-", "--format", "json"], ["summarize", "-"], ["headline", "-"]])
@pytest.mark.parametrize("encoding", ["ascii", "ascii:surrogateescape"])  # the second: the C locale, UTF-8 mode off
def test_an_ascii_only_stdout_gets_the_text_as_utf8_not_exit_3(args, encoding):
    text = LINE.replace("Monday", "Monday in M\u00fcnchen") + " The caf\u00e9 stayed open."
    p = _cli(args, {"PYTHONIOENCODING": encoding}, input=text.encode("utf-8"))
    assert p.returncode == 0, p.stderr
    assert "M\u00fcnchen" in p.stdout.decode("utf-8")
    assert p.stderr.decode().count("ASCII-only") == 1 and b"Traceback" not in p.stderr


def test_batch_to_an_ascii_only_stdout_writes_every_row_as_utf8_and_says_so_once(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": f"{LINE} Caf\u00e9 {i}."}) + "\n" for i in range(3)), encoding="utf-8")
    p = _cli(["batch", str(src), "-o", "-"], {"PYTHONIOENCODING": "ascii"})
    assert p.returncode == 0, p.stderr
    rows = [json.loads(x) for x in p.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in rows] == [0, 1, 2] and all("Caf\u00e9" in r["text"] for r in rows)
    assert p.stderr.decode().count("ASCII-only") == 1


def test_the_dask_pieces_read_a_long_jsonl_line_past_in_bounded_pieces(tmp_path):
    import tracemalloc

    from cleanup import shards

    src = tmp_path / "in.jsonl"
    with src.open("wb") as fh:
        fh.write(json.dumps({"id": "a", "text": LINE}).encode() + b"\n")
        fh.write(b'{"id": "big", "text": "' + b"x" * (20 << 20) + b'"}\n')
        fh.write(json.dumps({"id": "c", "text": LINE}).encode() + b"\n")
    tracemalloc.start()
    try:
        plan = shards.plan(str(src), str(tmp_path / "out.jsonl"))
        rows = [r for p in plan.pieces for r in shards.read_piece(p, "utf-8", 1000)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.get("id") for r in rows] == ["a", None, "c"]
    assert rows[1]["line"] == 2 and "line 2 is longer than 2,000 bytes" in rows[1]["error"]
    assert peak < 8 << 20, peak  # the 20 MB line was never held whole (not by the plan either)


def test_a_too_long_line_in_another_encoding_says_its_cap_counts_utf8_bytes():
    import io

    from cleanup.cli_lines import jsonl_lines

    # faults37: a line in another encoding is read through UTF-8 (so its lines end as a UTF-8 file's do)
    rows = list(jsonl_lines(io.BufferedReader(io.BytesIO(("x" * 50 + "\n").encode("latin-1"))), "latin-1", 10))
    assert "longer than 10 bytes as UTF-8" in rows[0][2]


_RESTART = '''
import os, signal, time
from cleanup.dask import connect

def state():
    return os.getpid(), int(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)

def main():
    with connect(1) as client:
        (pid, first), = client.run(state).values()
        os.kill(pid, signal.SIGKILL)  # the nanny starts the worker again
        for _ in range(120):
            time.sleep(0.5)
            try:
                (new, again), = client.run(state).values()
            except Exception:
                continue
            if new != pid:
                print(first, again)
                return

if __name__ == "__main__":
    main()
'''


def test_a_dask_worker_the_nanny_restarts_ignores_ctrl_c_too(tmp_path):
    pytest.importorskip("distributed")
    script = tmp_path / "restart.py"
    script.write_text(_RESTART, encoding="utf-8")
    p = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert p.stdout.split() == ["1", "1"], p.stderr[-2000:]  # before: the restarted worker had asyncio's handler


def _jsonl_rows(tmp_path, data: bytes) -> tuple[int, list[dict]]:
    from click.testing import CliRunner

    from cleanup.cli import main

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(data)
    res = CliRunner().invoke(main, ["batch", str(src), "-o", str(out), "--no-progress"])
    return res.exit_code, [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def _dask_rows(tmp_path, data: bytes) -> list[dict]:
    from cleanup import shards

    src = tmp_path / "d.jsonl"
    src.write_bytes(data)
    plan = shards.plan(str(src), str(tmp_path / "d.out.jsonl"))
    return [r for p in plan.pieces for r in shards.read_piece(p, "utf-8", 1 << 20)]


@pytest.mark.parametrize("end", [b"\r", b"\r\n", b"\n", b"\r\r\n"])
def test_jsonl_with_old_mac_or_windows_line_ends_is_one_document_a_line(tmp_path, end):
    data = b"".join(json.dumps({"id": i, "text": LINE}).encode() + end for i in range(70))
    code, rows = _jsonl_rows(tmp_path, data)
    assert code == 0 and [r["id"] for r in rows] == list(range(70))  # CR only: one line, one 'Extra data' error
    assert [r["id"] for r in _dask_rows(tmp_path, data)] == list(range(70))  # the dask pieces split the same way


def test_a_raw_cr_inside_a_record_ends_no_line(tmp_path):
    # review36c: a raw CR inside a string is one invalid record, and the lines after it keep their numbers
    bad = json.dumps({"id": "e", "text": LINE}).encode().replace(b" plan", b"\r plan", 1)
    data = json.dumps({"id": "a", "text": LINE}).encode() + b"\n" + bad + b"\n" + json.dumps({"id": "z", "text": LINE}).encode() + b"\n"
    code, rows = _jsonl_rows(tmp_path, data)
    assert code == 1 and len(rows) == 3 and "line 2" in rows[1]["error"] and rows[2]["id"] == "z"
    assert len(_dask_rows(tmp_path, data)) == 3


def test_a_byte_order_mark_opening_a_later_line_is_dropped_like_the_first(tmp_path):
    one = json.dumps({"id": "a", "text": LINE}).encode() + b"\n"
    data = b"\xef\xbb\xbf" + one + b"\xef\xbb\xbf" + one.replace(b'"a"', b'"b"')  # cat a.jsonl b.jsonl
    code, rows = _jsonl_rows(tmp_path, data)
    assert code == 0 and [r["id"] for r in rows] == ["a", "b"]
    assert [r["id"] for r in _dask_rows(tmp_path, data)] == ["a", "b"]


def test_a_nul_inside_a_jsonl_field_is_named_not_called_a_file(tmp_path):
    data = (json.dumps({"id": "n", "text": LINE.replace("plan", "pl\x00an")}) + "\n" + json.dumps({"id": "ok", "text": LINE}) + "\n")
    code, rows = _jsonl_rows(tmp_path, data.encode())
    assert code == 1 and rows[0]["id"] == "n" and "NUL character at offset" in rows[0]["error"]
    assert "file" not in rows[0]["error"] and rows[1]["id"] == "ok" and "error" not in rows[1]


@pytest.mark.parametrize("cmd", ["clean", "run", "batch"])
def test_an_output_in_a_missing_folder_fails_before_the_input_is_read(tmp_path, cmd):
    from click.testing import CliRunner

    from cleanup.cli import main

    src = tmp_path / ("in.jsonl" if cmd == "batch" else "in.txt")
    src.write_text(json.dumps({"id": 1, "text": LINE}) + "\n" if cmd == "batch" else LINE + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, [cmd, str(src), "-o", str(tmp_path / "gone" / "out.txt")])
    assert res.exit_code == 3, res.output  # before: the same status once the article was cleaned, 'No such file'
    assert "gone does not exist" in res.output and not (tmp_path / "gone").exists()
