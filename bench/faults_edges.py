"""The fault matrix's ``edges`` group (faults35): what an outside evaluator tries next.

Options given twice, ``--`` before a file named ``-x``, file names with a newline or bytes
that are not UTF-8 (alone and in a batch folder, both engines' ids), a 0-byte file with
``--format json``, ``--output -``, a terminal on stdin (a hint, and one Ctrl-D ends the
text), a 50 MB line in a batch (memory bounded by ``--max-chars``), every Unicode space
between words, lone surrogates alone, typos in a ``--rules`` file (``[[rule]]``), a broken
``--rules`` folder in a batch (one error, before the input is read), ``serve`` on a port in
use, ``preview`` to a path it cannot write, ``LANG=C`` without ``PYTHONIOENCODING``.

The cells use :mod:`bench.faults`' helpers, passed in as ``kit`` (``python -m bench.faults``
runs as ``__main__``: importing it again would give a second, empty table).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

LINE = "The minister said on Monday that the plan would go ahead and that the talks would resume soon."


def edges(tmp: Path, kit: ModuleType) -> None:
    check, cell = kit.check, kit.cell
    (tmp / "art.txt").write_text(kit.ARTICLE, encoding="utf-8")
    check("edges: an option given twice (the last wins)", "CLI clean art.txt --format json --format text", tmp, {0})
    check("edges: -o given twice", "CLI clean art.txt -o a.txt -o b.txt", tmp, {0}, watch=(tmp / "art.txt",))
    (tmp / "-x").write_text(kit.ARTICLE, encoding="utf-8")
    check("edges: -- before a file named -x", "CLI clean -- -x", tmp, {0}, stdout_has="Putin")
    check("edges: -x without --", "CLI clean -x", tmp, {2})
    (tmp / "new\nline.txt").write_text(kit.ARTICLE, encoding="utf-8")
    check("edges: a file name with a newline", "CLI clean $'new\\nline.txt'", tmp, {0})
    check("edges: a missing file name with a newline", "CLI clean $'gone\\nfile.txt'", tmp, {1})
    (tmp / os.fsdecode(b"caf\xe9.txt")).write_text(kit.ARTICLE, encoding="utf-8")
    check("edges: a file name that is not UTF-8", "CLI clean $'caf\\xe9.txt' -o $'out\\xe9.txt'", tmp, {0})
    docs = tmp / "docs"
    docs.mkdir()
    for name in (b"caf\xe9.txt", b"new\nline.txt", b"plain.txt"):
        (docs / os.fsdecode(name)).write_text(kit.ARTICLE, encoding="utf-8")
    for engine in ("", " --engine dask --workers 2"):
        rc, *_ = check(f"edges: batch a folder of odd file names{engine}", f"CLI batch docs -o docs{len(engine)}.jsonl{engine}",
                       tmp, {0}, timeout=600)
        rows = kit._jsonl(tmp / f"docs{len(engine)}.jsonl")
        cell(f"edges: odd names are ids{engine}", rows is not None and len(rows) == 3 and "caf\\xe9.txt" in {r["id"] for r in rows},
             f"{None if rows is None else [r.get('id') for r in rows]}")
    (tmp / "zero.txt").write_bytes(b"")
    for cmd in ("clean zero.txt --format json", "run zero.txt --format json", "batch zero.txt -o zero.jsonl"):
        check(f"edges: 0-byte file, {cmd}", f"CLI {cmd}", tmp, {1})
    check("edges: --output - is stdout", "CLI clean art.txt --output -", tmp, {0}, stdout_has="Putin")
    cell("edges: --output - made no file named -", not (tmp / "-").exists())
    _rules_typos(tmp, kit)
    _terminal_stdin(tmp, kit)
    _big_line(tmp, kit)
    _serve_and_preview(tmp, kit)
    env = {k: v for k, v in kit.ENV.items() if k not in ("PYTHONIOENCODING", "LC_ALL", "LANG")}
    (tmp / "u.txt").write_text("The caf\u00e9 \u201cowners\u201d said \u2014 on Monday \u2014 that the talks went well.\n",
                               encoding="utf-8")
    for loc in ("LANG=C", "LC_ALL=C", "LC_ALL=POSIX"):
        key, value = loc.split("=")
        check(f"edges: {loc}, no PYTHONIOENCODING, non-ASCII to a pipe", "CLI clean u.txt | cat", tmp, {0},
              env={**env, key: value}, stdout_has="caf\u00e9 \u201cowners\u201d")
    api_edges(kit)
    __import__("bench.faults_edges36").faults_edges36.edges36(tmp, kit)
    __import__("bench.faults_edges37").faults_edges37.edges37(tmp, kit)


def _rules_typos(tmp: Path, kit: ModuleType) -> None:
    for i, body in enumerate(('[[rule]]\nid = "x"\n', "foo = 1\n", '[rules]\nid = "x"\n', "rules = 5\n", "data = [1]\n")):
        d = tmp / f"rules{i}"
        d.mkdir()
        (d / "mine.toml").write_text(body, encoding="utf-8")
        rc, _, err, _ = kit.check(f"edges: --rules file {body.splitlines()[0]!r}", f"CLI clean art.txt --rules {d.name}", tmp, {1})
        kit.cell(f"edges: --rules file {body.splitlines()[0]!r} names the file", "mine.toml" in err)
    (tmp / "broken").mkdir()
    (tmp / "broken" / "bad.toml").write_text("rules = [\n", encoding="utf-8")
    (tmp / "c.jsonl").write_text("".join(json.dumps({"text": LINE}) + "\n" for _ in range(4)), encoding="utf-8")
    rc, _, err, _ = kit.check("edges: batch --rules broken", "CLI batch c.jsonl -o c.out.jsonl --rules broken", tmp, {1})
    kit.cell("edges: batch --rules broken: one error, no output", err.count("bad.toml") == 1
             and not (tmp / "c.out.jsonl").exists(), f"{err.count('bad.toml')} mentions")


def _terminal_stdin(tmp: Path, kit: ModuleType) -> None:
    import pty

    primary, secondary = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "cleanup", "clean"], stdin=secondary, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=tmp, env=kit.ENV)
    os.close(secondary)
    time.sleep(1)
    os.write(primary, LINE.encode() + b"\n\x04")
    try:
        out, err = p.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
    os.close(primary)
    text = err.decode("utf-8", "replace")
    kit.cell("edges: a terminal on stdin: a hint, one Ctrl-D", p.returncode == 0 and "Ctrl-D" in text
             and out.decode().strip() == LINE and not kit.stderr_problem(p.returncode, text), f"exit {p.returncode}")


def _big_line(tmp: Path, kit: ModuleType) -> None:
    """A 50 MB single line, --max-chars 1000000: refused, and the batch reads past it in pieces."""
    with open(tmp / "big.txt", "w", encoding="utf-8") as fh:
        for _ in range(50):
            fh.write((LINE + " ") * (1_000_000 // (len(LINE) + 1)))
    for cmd in ("clean big.txt", "batch big.txt -o big.out.jsonl"):
        rc, _, err, secs = kit.sh(f"/usr/bin/time -f '%M' CLI {cmd} --max-chars 1000000", tmp, timeout=600)
        peak = int(err.strip().splitlines()[-1]) // 1024 if err.strip().splitlines()[-1].isdigit() else -1
        kit.cell(f"edges: a 50 MB line, {cmd.split()[0]} --max-chars 1000000", rc == 1 and 0 < peak < 200,
                 f"exit {rc}, peak {peak} MB, {secs:.0f}s")


def _serve_and_preview(tmp: Path, kit: ModuleType) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        kit.check("edges: serve on a port in use", f"CLI serve --port {s.getsockname()[1]}", tmp, {3}, timeout=180)
    kit.check("edges: preview to a missing folder", "CLI preview art.txt -o nowhere/p.html", tmp, {3})
    kit.check("edges: preview to /dev/full", "CLI preview art.txt -o /dev/full", tmp, {3})
    if kit.NOBODY:
        (tmp / "ro").mkdir()
        (tmp / "ro").chmod(0o555)
        kit.check("edges: preview to a read-only folder", "CLI preview art.txt -o ro/p.html", tmp, {3}, user=kit.NOBODY)


def api_edges(kit: ModuleType) -> None:
    import cleanup

    spaces = [c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\n\r\x85\u2028\u2029"]
    words = ((LINE + " ") * 6).split()
    cases = {"every Unicode space between words": "".join(w + spaces[i % len(spaces)] for i, w in enumerate(words)),
             "a unit separator between words": LINE.replace(" ", "\x1f"),
             "lone surrogate alone": "\ud800", "lone surrogates and spaces": " \udc00\n\ud800 "}
    for name, text in cases.items():
        try:
            r = cleanup.process(text)
        except cleanup.CleanupError as exc:
            kit.cell(f"edges api: {name}", "surrogate" in name and "surrogate" in str(exc), str(exc)[:80])
            continue
        except Exception as exc:  # noqa: BLE001 - the cell reports it
            kit.cell(f"edges api: {name}", False, f"{type(exc).__name__}: {exc}"[:100])
            continue
        ok = (cleanup.replay(text, r.edits) == r.output and cleanup.clean(r.output) == r.output
              and "said on Monday" in r.output)
        kit.cell(f"edges api: {name}", ok and "surrogate" not in name, r.output[:60])
