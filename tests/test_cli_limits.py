"""Hostile numbers and a broken rules folder on the command line (bench.faults, b34): one
``mt-cleanup: error:`` line and the documented status, never a traceback, a hang or a fork bomb."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEED

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
ENV.pop("MT_CLEANUP_LANGUAGETOOL_URL", None)


def run(args: list[str], cwd: Path, timeout: float = 120) -> tuple[int, str, str]:
    p = subprocess.run([sys.executable, "-m", "cleanup", *args], cwd=cwd, env=ENV, capture_output=True, text=True,
                       timeout=timeout, stdin=subprocess.DEVNULL)
    return p.returncode, p.stdout, p.stderr


def one_error(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert "Traceback" not in err
    assert len(lines) == 1 and lines[0].startswith("mt-cleanup: error: "), err
    return lines[0]


@pytest.mark.parametrize("args", [["clean", "IN", "--max-chars", "99999999999999999999999"],
                                  ["batch", "IN", "-o", "o.jsonl", "--time-budget", "nan"],
                                  ["batch", "IN", "-o", "o.jsonl", "--time-budget", "inf"],
                                  ["serve", "--port", "0", "--time-budget", "nan"]])
def test_a_number_out_of_range_is_a_usage_error(tmp_path: Path, args: list[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": SEED.read_text()}) + "\n")
    rc, _, err = run([str(src) if a == "IN" else a for a in args], tmp_path, timeout=60)
    assert rc == 2
    assert "--max-chars" in one_error(err) or "--time-budget" in err
    assert not (tmp_path / "o.jsonl").exists()


def test_a_huge_max_chars_reads_a_small_file(tmp_path: Path) -> None:
    """read(n) set n bytes aside first: a MemoryError (status 5) before the bounded read."""
    rc, out, err = run(["clean", str(SEED), "--max-chars", "1000000000000", "-o", "out.txt"], tmp_path)
    assert rc == 0, err
    assert len((tmp_path / "out.txt").read_text()) > 1000


def test_serve_refuses_a_broken_rules_folder_before_it_listens(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "broken.toml").write_text('[words\nx = "unterminated\n')
    rc, _, err = run(["serve", "--port", "0", "--rules", "mine"], tmp_path, timeout=60)
    assert rc == 1
    assert "broken.toml" in one_error(err)


def test_batch_caps_an_absurd_jobs(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": "The talks went well on Monday, officials said."}) + "\n"
                           for i in range(3)))
    rc, _, err = run(["batch", str(src), "-o", "out.jsonl", "--jobs", "100000"], tmp_path, timeout=300)
    assert rc == 0, err
    assert "Traceback" not in err and "using" in err
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == [0, 1, 2]
