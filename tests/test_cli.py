"""The command line, as a user runs it (click's CliRunner)."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleanup import Config
from cleanup.cli import main

from .conftest import ROOT, SEED

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


def test_a_file_or_a_pipe_without_a_command_is_cleaned(runner, tmp_path):
    f = tmp_path / "article.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    expected = runner.invoke(main, ["clean", str(f), "--format", "json"]).output
    assert json.loads(expected)["title"]
    assert runner.invoke(main, [str(f), "--format", "json"]).output == expected
    assert runner.invoke(main, ["--format", "json", str(f)]).output == expected
    assert runner.invoke(main, ["--format", "json"], input=ARTICLE).output == expected
    assert runner.invoke(main, ["-", "--format", "json"], input=ARTICLE).output == expected
    missing = runner.invoke(main, [str(tmp_path / "missing.txt")])
    assert missing.exit_code == 1 and "missing.txt" in _one_error_line(missing.stderr)


def test_a_mistyped_command_is_still_a_usage_error(runner):
    res = runner.invoke(main, ["claen"], input="")
    assert res.exit_code == 2
    assert "No such command 'claen'" in _one_error_line(res.stderr)
    p = _shell("CLI <&-")  # no argument and no stdin: the help, as a usage error
    assert p.returncode == 2 and "Commands:" in p.stderr


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


def test_batch_reads_gzip_and_keeps_what_precedes_a_cut(runner, tmp_path):
    import gzip
    import zlib

    lines = [json.dumps({"id": str(i), "text": f"Article {i}: the minister met {i} farmers on Monday. "
                                               f"and promised help with the harvest of {i * 7} tonnes."})
             for i in range(400)]
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    src = tmp_path / "corpus.jsonl.gz"
    src.write_bytes(data)
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [str(i) for i in range(400)]
    assert "Monday and promised" in rows[0]["text"]

    src.write_bytes(data[: len(data) // 2])  # a download cut short
    res = runner.invoke(main, ["batch", str(src), "-o", str(out)])
    assert res.exit_code == 1
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(rows) - 1 < 400 and all("text" in r for r in rows[:-1])
    assert "cannot be read past line" in rows[-1]["error"] and rows[-1]["line"] == len(rows)
    # every whole line before the cut is kept, none lost with the buffer that met the cut
    whole = zlib.decompressobj(31).decompress(data[: len(data) // 2]).count(b"\n")
    assert [r["id"] for r in rows[:-1]] == [str(i) for i in range(whole)]


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


# -- faults: one line on stderr and a documented exit status ---------------------------------

SLOW_RULE = """
[[rules]]
id = "catastrophic"
kind = "regex"
pattern = '(x+x+)+y'
replacement = "z"
explanation = "Backtracks exponentially on a run of x without a y: a document that never ends."
examples = [ { before = "xy", after = "z" }, { keep = "a" } ]
"""
SLOW_TEXT = "The talks ended on Monday, officials said " + "x" * 40 + "."


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("mt-cleanup: error: ") and "Traceback" not in stderr
    return lines[0]


def _shell(cmd: str, **kw) -> subprocess.CompletedProcess:
    """Run ``python -m cleanup`` in a real process (file descriptors closed, pipes, /dev/full)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kw.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(["bash", "-c", cmd.replace("CLI", f"{sys.executable} -m cleanup")], stderr=subprocess.PIPE,
                          text=True, env=env, timeout=120, **kw)


@pytest.mark.parametrize("args", [
    ["clean", "-", "--max-chars", "-5"],
    ["summarize", str(SEED), "--sentences", "0"],
    ["batch", str(SEED), "-o", "out.jsonl", "--jobs", "0"],
    ["serve", "--port", "70000"],
    ["clean", str(SEED), "--encoding", "no-such-codec"],
    ["clean", str(SEED), "--encoding", "rot13"],  # a codec, but bytes to bytes or str to str: was exit 1
    ["batch", str(SEED), "-o", "x.jsonl", "--encoding", "base64"],
    ["clean", str(SEED), "--no-such-option"],
    ["clean", str(SEED), "--rules", "/no/such/folder"],
    ["batch", str(SEED), "-o", "x.jsonl", "--time-budget", "0"],
])
def test_usage_errors_are_one_line_and_exit_2(runner, args):
    res = runner.invoke(main, args, input="")
    assert res.exit_code == 2, res.output
    _one_error_line(res.stderr)


def test_closed_stdin_is_bad_input():
    p = _shell("CLI clean - <&-")
    assert p.returncode == 1
    assert "standard input is closed" in _one_error_line(p.stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_is_an_output_error():
    p = _shell(f"CLI clean {SEED} --format json > /dev/full")
    assert p.returncode == 3
    assert "No space left" in _one_error_line(p.stderr)


def test_broken_pipe_is_an_output_error():
    r, w = os.pipe()
    os.close(r)  # the reader is gone before the first byte: every write fails with EPIPE
    try:
        p = _shell(f"CLI clean {SEED} --format json", stdout=w)
    finally:
        os.close(w)
    assert p.returncode == 3
    assert "broken pipe" in _one_error_line(p.stderr)


@pytest.mark.parametrize("command", ["rules list", "rules list --format json"])
def test_a_reader_that_goes_away_mid_write_is_an_output_error(command):
    """`| head -1`: the reader leaves while a write larger than the pipe is under way; the
    kernel takes part of it and Python's buffered writer drops the rest without an error,
    so the output was cut and the status still 0 (found by bench/faults.py)."""
    p = _shell(f"CLI {command} | head -c 1 >/dev/null; exit ${{PIPESTATUS[0]}}", stdout=subprocess.DEVNULL)
    assert p.returncode == 3, p.stderr
    assert "broken pipe" in _one_error_line(p.stderr)


@pytest.mark.parametrize("command", ["clean SEED", "batch JSONL"])
def test_an_output_that_is_a_fifo_or_a_device_is_written_into_not_replaced(tmp_path, command):
    """-o a FIFO (or /dev/null, /dev/full: as root the rename replaced the device node): the
    temporary file renamed over it replaced the pipe, and its reader got nothing."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n", encoding="utf-8")
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    cmd = command.replace("SEED", str(SEED)).replace("JSONL", str(corpus))
    p = _shell(f"cd {tmp_path} && (cat out > got &) && CLI {cmd} -o out")
    assert p.returncode == 0, p.stderr
    assert fifo.is_fifo() and sorted(x.name for x in tmp_path.iterdir()) == ["c.jsonl", "got", "out"]
    for _ in range(50):
        if (tmp_path / "got").stat().st_size:
            break
        threading.Event().wait(0.1)
    assert "talks" in (tmp_path / "got").read_text(encoding="utf-8")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_batch_to_dev_full_is_an_output_error(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n", encoding="utf-8")
    p = _shell(f"CLI batch {corpus} -o /dev/full")
    assert p.returncode == 3 and "No space left" in _one_error_line(p.stderr)
    assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")


def test_closed_stdout_is_an_output_error():
    p = _shell(f"CLI clean {SEED} >&-")
    assert p.returncode == 3
    _one_error_line(p.stderr)


def test_internal_error_is_one_line_and_exit_5(runner, monkeypatch):
    import cleanup.pipeline

    def boom(*a, **k):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cleanup.pipeline, "process", boom)
    res = runner.invoke(main, ["clean", "-"], input=ARTICLE)
    assert res.exit_code == 5
    assert "internal error (RuntimeError: a bug)" in _one_error_line(res.stderr)


def test_languagetool_unavailable_is_exit_4(runner):
    res = runner.invoke(main, ["languagetool", "status", "--languagetool-url", "http://127.0.0.1:9"])
    assert res.exit_code == 4
    assert "not reachable" in _one_error_line(res.stderr)


def test_languagetool_status_says_warming_up():
    """A server that answers its healthcheck but not (yet) a check: 'warming up', not 'down'."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from cleanup.grammar import status

    release = threading.Event()

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"OK")

        def do_POST(self):  # noqa: N802
            release.wait(10)

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        ok, line = status(Config(languagetool_url=f"http://127.0.0.1:{srv.server_address[1]}"), timeout=1)
    finally:
        release.set()
        srv.shutdown()
        srv.server_close()
    assert not ok and "warming up" in line


# -- the input is never lost ----------------------------------------------------------------


def test_output_over_the_input_is_refused(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(main, ["clean", str(f), "-o", str(f)])
    assert res.exit_code == 2 and "is the input file" in _one_error_line(res.stderr)
    assert f.read_text(encoding="utf-8") == ARTICLE
    c = tmp_path / "c.jsonl"
    corpus = "".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in range(5))
    c.write_text(corpus, encoding="utf-8")
    res = runner.invoke(main, ["batch", str(c), "-o", str(c)])
    assert res.exit_code == 2 and c.read_text(encoding="utf-8") == corpus
    link = tmp_path / "link.jsonl"
    link.symlink_to(c)
    res = runner.invoke(main, ["batch", str(c), "-o", str(link)])
    assert res.exit_code == 2 and c.read_text(encoding="utf-8") == corpus


def test_a_failed_write_leaves_the_old_output_whole(runner, tmp_path, monkeypatch):
    import errno

    out = tmp_path / "out.txt"
    out.write_text("the previous result\n", encoding="utf-8")

    def full(*a):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("cleanup.cli_io.os.replace", full)
    res = runner.invoke(main, ["clean", "-", "-o", str(out)], input=ARTICLE)
    assert res.exit_code == 3 and "No space left" in _one_error_line(res.stderr)
    assert out.read_text(encoding="utf-8") == "the previous result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]  # no temporary file left behind
    monkeypatch.undo()
    res = runner.invoke(main, ["clean", "-", "-o", str(tmp_path / "no" / "such" / "dir.txt")], input=ARTICLE)
    assert res.exit_code == 3
    _one_error_line(res.stderr)


def _corpus(tmp_path, n: int = 6) -> tuple[Path, list[str]]:
    ids = [f"doc{i}" for i in range(n)]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in ids), encoding="utf-8")
    return src, ids


def test_batch_killed_then_resumed_loses_nothing(runner, tmp_path, monkeypatch):
    import cleanup.cli_batch as cli

    src, ids = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text("an older result\n", encoding="utf-8")
    real = cli._process_one
    calls = []

    def interrupted_at_4(args):
        calls.append(args[0]["id"])
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(args)

    monkeypatch.setattr(cli, "_process_one", interrupted_at_4)
    res = runner.invoke(main, ["batch", str(src), "-o", str(out)])
    assert res.exit_code == 130 and "--resume" in _one_error_line(res.stderr)
    assert out.read_text(encoding="utf-8") == "an older result\n"  # untouched until a run completes
    part = tmp_path / "out.jsonl.part"
    assert [json.loads(x)["id"] for x in part.read_text(encoding="utf-8").splitlines()] == ids[:3]
    with part.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "doc3", "title": nu')  # killed while writing a line
    calls.clear()
    monkeypatch.setattr(cli, "_process_one", lambda args: calls.append(args[0]["id"]) or real(args))
    res = runner.invoke(main, ["batch", str(src), "-o", str(out), "--resume"])
    assert res.exit_code == 0, res.output
    assert calls == ids[3:]
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ids and all("edits" in r for r in rows)
    assert not part.exists()
    calls.clear()
    res = runner.invoke(main, ["batch", str(src), "-o", str(out), "--resume"])
    assert res.exit_code == 0 and calls == []  # everything was done
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ids


def test_a_lone_surrogate_escape_fails_its_line_not_the_run(runner, tmp_path):
    """'"\\ud800"' is valid JSON but no Unicode text: its edit's ``before`` could not be written
    as UTF-8, and the whole batch ended with status 3 and no output (found by bench/faults.py)."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "bad", "text": ARTICLE + " A \ud800 B."}) + "\n"
                   + json.dumps({"id": "good", "text": ARTICLE}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(src), "-o", str(out)])
    assert res.exit_code == 1, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert "surrogate" in rows[0]["error"] and rows[1]["id"] == "good" and "edits" in rows[1]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")
def test_a_second_batch_on_the_same_output_is_refused_while_the_first_runs(tmp_path):
    """Two runs with one -o both wrote OUT.part over each other's lines; one renamed it while
    the other still wrote (found by bench/faults.py).  The first run holds a lock; the second
    stops at once with status 3 and leaves OUT and OUT.part as they were."""
    import fcntl

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n", encoding="utf-8")
    out, part = tmp_path / "out.jsonl", tmp_path / "out.jsonl.part"
    out.write_text("old\n")
    part.write_text('{"id": 0}\n')
    p = subprocess.Popen([sys.executable, "-m", "cleanup", "batch", str(src), "-o", str(out)], cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.PIPE, text=True)
    p.wait(120)
    assert p.returncode == 0 and out.read_text().count("\n") == 1 and not part.exists()
    assert sorted(x.name for x in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]  # no lock left
    out.write_text("old\n")
    part.write_text('{"id": 0}\n')
    with open(tmp_path / ".out.jsonl.lock", "w") as held:  # what the first run holds
        fcntl.flock(held, fcntl.LOCK_EX)
        second = _shell(f"CLI batch {src} -o {out}")
    assert second.returncode == 3 and "another mt-cleanup run" in _one_error_line(second.stderr)
    assert out.read_text() == "old\n" and part.read_text() == '{"id": 0}\n'


def test_sigterm_mid_batch_is_an_interruption(tmp_path):
    """`kill` of a batch with a pool: OUT as it was, the finished documents in OUT.part, one
    line, status 130 (the process died of the signal, and the pool's resource tracker then
    printed a warning about leaked semaphores: found by bench/faults.py)."""
    import signal
    import time

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": ARTICLE.replace("Geneva", f"Geneva{i}")}) + "\n"
                           for i in range(400)), encoding="utf-8")
    out, part = tmp_path / "out.jsonl", tmp_path / "out.jsonl.part"
    out.write_text("old\n")
    p = subprocess.Popen([sys.executable, "-m", "cleanup", "batch", str(src), "-o", str(out), "--jobs", "2"],
                         cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not (part.exists() and part.read_text(encoding="utf-8").count("\n") >= 2):
        time.sleep(0.2)
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 130, err
    assert "--resume" in _one_error_line(err)
    assert out.read_text() == "old\n" and all(json.loads(x) for x in part.read_text(encoding="utf-8").splitlines())


def test_batch_into_a_folder_is_refused_before_any_document(runner, tmp_path):
    """-o FOLDER (local engine): every document ran, then renaming OUT.part over the folder
    failed with exit 3 and left FOLDER.part behind (found by bench/faults.py)."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n", encoding="utf-8")
    (tmp_path / "outdir").mkdir()
    res = runner.invoke(main, ["batch", str(src), "-o", str(tmp_path / "outdir")])
    assert res.exit_code == 2 and "is a folder" in _one_error_line(res.stderr)
    assert sorted(x.name for x in tmp_path.iterdir()) == ["in.jsonl", "outdir"]


def test_resume_counts_repeated_ids_and_bad_lines(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "same", "text": ARTICLE}), "", "{bad json", json.dumps({"id": "same", "text": ARTICLE})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(src), "-o", str(out)])
    assert res.exit_code == 1
    full = out.read_text(encoding="utf-8").splitlines()
    assert len(full) == 4
    out.write_text(full[0] + "\n" + full[1] + "\n", encoding="utf-8")  # as if it stopped after two lines
    res = runner.invoke(main, ["batch", str(src), "-o", str(out), "--resume"])
    assert res.exit_code == 1  # the blank and the bad line are still failed documents
    again = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x).get("id") for x in again] == ["same", None, None, "same"]
    assert [json.loads(x).get("line") for x in again] == [None, 2, 3, None]


def test_blank_jsonl_lines_get_an_error_line(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n" + json.dumps({"id": "a", "text": ARTICLE}) + "\n   \n\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(src), "-o", str(out)])
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4  # one output line per input line
    assert [r.get("line") for r in rows if "error" in r] == [1, 3, 4]
    assert all("blank" in r["error"] for r in rows if "error" in r) and rows[1]["id"] == "a"
    assert res.exit_code == 1


def test_batch_time_budget_stops_one_document_not_the_run(runner, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "slow.toml").write_text(SLOW_RULE, encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in [
        {"id": "a", "text": ARTICLE}, {"id": "slow", "text": SLOW_TEXT}, {"id": "b", "text": ARTICLE}]),
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(src), "-o", str(out), "--rules", str(rules), "--time-budget", "8"])
    # 8 s: the slow document never ends, the ordinary ones must fit even on a loaded machine (2 s did not, once)
    assert res.exit_code == 1
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "slow", "b"]
    assert "time budget of 8 s" in rows[1]["error"] and "edits" in rows[0] and "edits" in rows[2]


# -- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding, bom, option", [
    ("utf-8", codecs.BOM_UTF8, None),
    ("utf-16-le", codecs.BOM_UTF16_LE, None),
    ("utf-16-be", codecs.BOM_UTF16_BE, None),
    ("utf-32-le", codecs.BOM_UTF32_LE, None),
    ("utf-32-be", codecs.BOM_UTF32_BE, None),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),  # the case: refused as binary before
    ("utf-16-le", b"", "utf-16-le"),               # no mark: --encoding says it
])
def test_byte_order_marks_and_encodings(runner, tmp_path, encoding, bom, option):
    f = tmp_path / "in.txt"
    f.write_bytes(bom + ARTICLE.encode(encoding))
    res = runner.invoke(main, ["clean", str(f), "--format", "json", *(["--encoding", option] if option else [])])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["title"] == "Ministers meet in Geneva, but no deal in sight"
    assert all(ARTICLE[e["start"]:e["end"]] == e["before"] for e in data["edits"])  # offsets: no mark counted


def test_utf16_without_a_mark_says_which_option(runner, tmp_path):
    f = tmp_path / "in.txt"
    f.write_bytes(ARTICLE.encode("utf-16-le"))
    res = runner.invoke(main, ["clean", str(f)])
    assert res.exit_code == 1 and "--encoding utf-16-le" in _one_error_line(res.stderr)


@pytest.mark.parametrize("encoding, bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE)])
def test_jsonl_with_a_byte_order_mark(runner, tmp_path, encoding, bom):
    src = tmp_path / "in.jsonl"
    body = "".join(json.dumps({"id": i, "text": ARTICLE}, ensure_ascii=False) + "\n" for i in ("a", "b"))
    src.write_bytes(bom + body.encode(encoding))
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"] and all("edits" in r for r in rows)


def test_stdout_that_cannot_take_the_characters_is_an_output_error(tmp_path):
    f = tmp_path / "in.txt"
    f.write_text(ARTICLE.replace("Geneva", "Geneva 😀"), encoding="utf-8")
    p = _shell(f"PYTHONIOENCODING=latin-1 CLI clean {f}")
    assert p.returncode == 3
    assert "PYTHONIOENCODING" in _one_error_line(p.stderr)


def test_output_through_a_symlink_writes_its_target(runner, tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    res = runner.invoke(main, ["clean", "-", "-o", str(link)], input=ARTICLE)
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("Ministers meet in Geneva, but")


@pytest.mark.parametrize("option", [["--disable", "casing.stray_capitl"], ["--enable", "no.such_rule"]])
def test_unknown_rule_name_is_a_usage_error(runner, tmp_path, option):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(main, ["clean", str(src), *option])
    assert res.exit_code == 2 and option[1] in res.output and "Traceback" not in res.output
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(tmp_path), "-o", str(out), *option])
    assert res.exit_code == 2 and not out.exists()  # refused before any document is read


def test_known_rule_family_and_stage_names_are_accepted(runner):
    for name in ("casing.stray_capital", "repair.truecase", "casing.stray_capital.modal"):
        res = runner.invoke(main, ["clean", "-", "--disable", name], input=ARTICLE)
        assert res.exit_code == 0, res.output


@pytest.mark.parametrize("args", [["clean", "-", "--languagetool-url", "notaurl"],
                                  ["languagetool", "status", "--languagetool-url", "::"]])
def test_a_languagetool_url_that_is_no_url_is_a_usage_error(args):
    res = CliRunner().invoke(main, args, input=ARTICLE)
    assert res.exit_code == 2 and "--languagetool-url" in res.output, res.output


def test_a_junk_languagetool_url_in_the_environment_is_a_usage_error_naming_it(monkeypatch):
    monkeypatch.setenv("MT_CLEANUP_LANGUAGETOOL_URL", "notaurl")
    res = CliRunner().invoke(main, ["clean", "-", "--grammar", "languagetool"], input=ARTICLE)
    assert res.exit_code == 2 and "MT_CLEANUP_LANGUAGETOOL_URL" in res.output, res.output


def test_unknown_rule_name_raises_config_error_in_python():
    from cleanup import ConfigError, process

    with pytest.raises(ConfigError, match="no_such"):
        process(ARTICLE, Config(disable=("no_such",)))


def _one_jsonl(tmp_path, n=1):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in range(n)), encoding="utf-8")
    return corpus


@pytest.mark.parametrize("command", ["clean SEED", "batch JSONL"])
def test_an_output_that_names_our_own_descriptor_is_written_into_it(tmp_path, command):
    """`-o /dev/stdout >> file` (review30b): /dev/stdout resolves to the regular file, so batch
    renamed OUT.part over the /dev/stdout link (as root: for every later process) and the file
    got nothing; clean renamed a new file over the redirect's target and lost what it held.
    A link of our own to /proc/self/fd/1 shows the same without touching the real /dev/stdout."""
    link = tmp_path / "out"
    link.symlink_to("/proc/self/fd/1")
    got = tmp_path / "got"
    got.write_text("first\n", encoding="utf-8")
    cmd = command.replace("SEED", str(SEED)).replace("JSONL", str(_one_jsonl(tmp_path)))
    p = _shell(f"cd {tmp_path} && CLI {cmd} -o out >> got")
    assert p.returncode == 0, p.stderr
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"
    text = got.read_text(encoding="utf-8")
    assert text.startswith("first\n") and "talks" in text
    assert sorted(x.name for x in tmp_path.iterdir()) == ["c.jsonl", "got", "out"]


@pytest.mark.parametrize("command", ["clean SEED", "batch JSONL"])
@pytest.mark.parametrize("target", ["/dev/stdout", "/dev/fd/1", "LINK"])
def test_an_output_that_names_a_pipe_on_stdout_is_written_into_it(tmp_path, command, target):
    """`clean f.txt -o /dev/stdout | head` was exit 3: the link was resolved to
    /proc/PID/fd/pipe:[...] before the check for a FIFO (review30b)."""
    (tmp_path / "link").symlink_to("/dev/stdout")
    cmd = command.replace("SEED", str(SEED)).replace("JSONL", str(_one_jsonl(tmp_path)))
    p = _shell(f"CLI {cmd} -o {target.replace('LINK', str(tmp_path / 'link'))} | cat; exit ${{PIPESTATUS[0]}}")
    assert p.returncode == 0, p.stderr
    assert "talks" in p.stdout


def test_batch_through_a_symlink_writes_its_target_and_keeps_the_link(runner, tmp_path):
    """batch replaced the link with a file; clean kept it (review30b): both keep it."""
    target = tmp_path / "real.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    res = runner.invoke(main, ["batch", str(_one_jsonl(tmp_path)), "-o", str(link)])
    assert res.exit_code == 0, res.output
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8").splitlines()[0])["id"] == 0


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_stdout_in_an_encoding_with_a_byte_order_mark_gets_one_mark(tmp_path, encoding):
    """Each write began with its own BOM, so batch rows after the first did not parse (review30b)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding}
    p = subprocess.run([sys.executable, "-m", "cleanup", "batch", str(_one_jsonl(tmp_path, 3)), "-o", "-"], capture_output=True,
                       env=env, timeout=120)
    assert p.returncode == 0, p.stderr
    rows = [json.loads(x) for x in p.stdout.decode(encoding).splitlines()]
    assert [r["id"] for r in rows] == [0, 1, 2]


def test_an_unknown_rule_name_is_told_in_the_callers_words():
    """Python's Config(disable=['nope']) read '--disable nope', an option the caller never typed."""
    from cleanup import ConfigError

    for kw, word in ((dict(disable=["nope"]), "Config disable"), (dict(enable=("casing.zz",)), "Config enable")):
        with pytest.raises(ConfigError) as info:
            Config(**kw)
        assert str(info.value).startswith(word) and "--" not in str(info.value).split(":")[0]
    res = CliRunner().invoke(main, ["clean", "-", "--disable", "nope"], input=ARTICLE)
    assert res.exit_code == 2 and "--disable nope" in res.output and "Config" not in res.output, res.output


def test_batch_on_a_full_disk_then_resumed_keeps_complete_lines_only(tmp_path):
    """ulimit -f as a full disk: the write fails part-way through a line (status 3); --resume drops
    that half line from OUT.part and writes every document exactly once."""
    import resource

    text = SEED.read_text(encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": f"{text} Item {i}."}) + "\n" for i in range(12)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "cleanup", "batch", str(src), "-o", str(out), "-j", "1", "--no-title"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))

    full = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, preexec_fn=small_disk)
    part = tmp_path / "out.jsonl.part"
    assert full.returncode == 3 and "File too large" in full.stderr, full.stderr
    assert part.stat().st_size == 20000 and not part.read_bytes().endswith(b"\n")  # a half line at the end
    again = subprocess.run(cmd + ["--resume"], env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in rows) == list(range(12)) and not any("error" in r for r in rows)
