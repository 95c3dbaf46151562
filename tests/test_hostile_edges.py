"""Hostile inputs the fault matrix found (faults35): Unicode spaces between words, lone
surrogates alone, typos in a rule file's tables, a broken --rules folder in a batch, file
names that are not UTF-8, a JSONL line past the limit, a terminal on stdin, Ctrl-C and dask."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

import cleanup
from cleanup.cli import main
from cleanup.cli_io import read_at_most
from cleanup.cli_lines import jsonl_lines
from cleanup.errors import InputError

from .conftest import ROOT

LINE = "The minister said on Monday that the plan would go ahead and that the talks would resume soon."
SPACES = [c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\n\r\x85\u2028\u2029"]


def test_every_unicode_space_between_words_is_cleaned_not_refused():
    words = (LINE + " ") * 6
    text = "".join(w + SPACES[i % len(SPACES)] for i, w in enumerate(words.split()))
    r = cleanup.process(text)  # 'looks binary' before: the separators \x1c-\x1f counted as control characters
    assert "said on Monday" in r.output and not any(c in r.output for c in "\x0b\x0c\x1c\x1d\x1e\x1f")
    assert cleanup.replay(text, r.edits) == r.output and cleanup.clean(r.output) == r.output


def test_a_separator_alone_between_words_is_a_space_and_real_controls_are_still_binary():
    r = cleanup.process("The minister said\x1fthe plan would go ahead. It was fine.")
    assert "said the plan" in r.output  # it was removed: 'saidthe'
    with pytest.raises(InputError, match="binary"):
        cleanup.process("The talks\x01\x02 went on\x1c\x1c. " * 10)


@pytest.mark.parametrize("run", ["\x0c\x0c", "\x0b\x0b", "\x1c\x1d", "\x0c\x1f"])
def test_a_run_of_separators_between_words_is_one_space(run):
    # review35b: a doubled form feed (text extracted from a PDF) glued the words, 'saidthe'
    text = f"The minister said{run}the plan would go ahead. It was fine."
    r = cleanup.process(text)
    assert "said the plan" in r.output and cleanup.replay(text, r.edits) == r.output


@pytest.mark.parametrize("text", ["\ud800", " \udc00\n\ud800 "])
def test_lone_surrogates_alone_are_named_not_called_empty(text):
    with pytest.raises(InputError, match="surrogate"):
        cleanup.process(text)


def test_a_lone_surrogate_inside_text_is_replaced_with_an_edit():
    text = LINE + " \ud800 " + LINE
    r = cleanup.process(text)
    assert "\ufffd" in r.output and any(e.before == "\ud800" for e in r.edits)


@pytest.mark.parametrize("body, says", [
    ('[[rule]]\nid = "x"\n', "unknown top-level key 'rule'"),
    ("foo = 1\n", "unknown top-level key 'foo'"),
    ('[rules]\nid = "x"\n', "[[rules]] tables"),
    ("rules = 5\n", "[[rules]] tables"),
    ("data = [1]\n", "[data] table"),
])
def test_a_rule_file_with_an_unknown_or_misshapen_table_is_an_error(tmp_path, body, says):
    (tmp_path / "mine.toml").write_text(body, encoding="utf-8")
    res = CliRunner().invoke(main, ["clean", "-", "--rules", str(tmp_path)], input=LINE)
    assert res.exit_code == 1, res.output  # ignored ('[[rule]]'), or exit 5 (a ValueError)
    assert "mine.toml" in res.output and says in res.output


def test_batch_with_a_broken_rules_folder_fails_once_before_reading(tmp_path):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "bad.toml").write_text("rules = [\n", encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"text": LINE}) + "\n" for _ in range(3)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(out), "--rules", str(tmp_path / "r")])
    assert res.exit_code == 1
    assert res.output.count("bad.toml") == 1 and "document 1" not in res.output  # was one error per document
    assert not out.exists()


def test_batch_of_a_folder_with_a_file_name_that_is_not_utf8(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    try:
        (docs / os.fsdecode(b"caf\xe9.txt")).write_text(LINE, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses such names")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["batch", str(docs), "-o", str(out)])
    assert res.exit_code == 0, res.output  # exit 3: the id could not be written as UTF-8
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "caf\\xe9.txt"


def test_a_jsonl_line_past_the_cap_is_one_error_and_the_next_line_is_read():
    fh = io.BufferedReader(io.BytesIO(b'{"text": "' + b"a" * 5000 + b'"}\n{"text": "ok"}\n'))
    rows = list(jsonl_lines(fh, "utf-8", cap=1000))
    assert rows[0][1] is None and "longer than 1,000 bytes" in rows[0][2]
    assert rows[1] == (2, '{"text": "ok"}\n', None)


def test_reading_stops_at_a_short_read_a_terminal_would_wait_for_a_second_ctrl_d():
    class Terminal(io.BufferedReader):
        reads = 0

        def read(self, n=-1):
            Terminal.reads += 1
            if Terminal.reads > 1:
                raise AssertionError("read again after Ctrl-D")
            return b"typed text\n"

    assert read_at_most(Terminal(io.BytesIO()), 1000) == b"typed text\n"


def test_a_terminal_on_stdin_gets_a_hint_and_one_ctrl_d_ends_the_text():
    pty = pytest.importorskip("pty")
    primary, secondary = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    p = subprocess.Popen([sys.executable, "-m", "cleanup", "clean"], stdin=secondary, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env)
    os.close(secondary)
    try:
        time.sleep(1)
        os.write(primary, LINE.encode() + b"\n\x04")
        out, err = p.communicate(timeout=240)  # it waited for a second Ctrl-D, and said nothing
    finally:
        if p.poll() is None:
            p.kill()
        os.close(primary)
    assert p.returncode == 0, err
    assert "Ctrl-D" in err.decode() and out.decode().strip() == LINE


def test_local_dask_workers_start_with_ctrl_c_ignored():
    from cleanup.dask import _children_ignore_ctrl_c

    before = signal.getsignal(signal.SIGINT)
    with _children_ignore_ctrl_c():
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN  # what a spawned worker inherits
    assert signal.getsignal(signal.SIGINT) is before
