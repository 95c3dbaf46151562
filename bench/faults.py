"""Faults and hostile inputs against every command and the Python API: one table of cells.

    python -m bench.faults [--only SUBSTRING ...] [--skip-slow]

Each cell runs ``python -m cleanup`` in a real process (pipes, signals, FIFOs, /dev/full,
another user's permissions) in a scratch folder, and checks what README "Failures, exit
status and outputs" promises: the documented exit status; on failure ONE line
``mt-cleanup: error: ...`` and no traceback; the input untouched; an output file whole or
absent (no temporary files left); for the Python API, a result or a ``CleanupError``,
never another exception, with ``clean(clean(x)) == clean(x)`` and ``replay`` giving the
output.  Times are printed (1x and 4x sizes for the big inputs), never asserted: the
timing promises are ``bench.hostile``'s.  What tests/test_cli.py, test_records.py and
test_serve.py already assert is not repeated here."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "xi-putin-moscow-summit.txt"
ARTICLE = SEED.read_text(encoding="utf-8")
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
ENV.pop("MT_CLEANUP_LANGUAGETOOL_URL", None)
CLI = f"{sys.executable} -m cleanup"
# root without the capabilities that bypass file permissions: a file or folder without the
# permission is refused, as for any user
NOBODY = (["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]
          if shutil.which("setpriv") else None)

# -- inputs (bytes) --------------------------------------------------------------

_LINE = "The minister said the talks would resume on Monday in Geneva."



def _ended(p: subprocess.Popen, wait: float) -> tuple[int, str]:
    """Wait for a signalled run to end (killed after ``wait`` seconds): its exit status and stderr."""
    try:
        rc = p.wait(wait)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        rc = p.wait()
    err = p.stderr.read().decode()
    p.stderr.close()
    return rc, err

def _inputs() -> dict[str, tuple[bytes, set[int]]]:
    """name -> (file content, exit statuses README allows for `clean FILE`)."""
    art = ARTICLE.encode()
    body = ARTICLE.replace("\r\n", "\n")
    return {
        "empty": (b"", {1}), "whitespace": (b" \n\t\r\n  \n", {1}), "one_char": (b"a", {0, 1}),
        "nul_bytes": (b"The talks\x00 went well on Monday.\x00\n" * 20, {1}),
        "invalid_utf8": (art + b"\n\ncaf\xe9 \xff\xfe bad bytes.\n", {1}),
        "lone_surrogate": (art + "\n\nA \ud800 B.\n".encode("utf-8", "surrogatepass"), {1}),
        "mixed_encodings": (art + "\n\nThe caf\u00e9 opened.\n".encode("cp1252"), {1}),
        "utf16_bom": (ARTICLE.encode("utf-16"), {0}), "utf16le_no_bom": (ARTICLE.encode("utf-16-le"), {1}),
        "utf32_bom": (ARTICLE.encode("utf-32"), {0}), "bom_alone": (b"\xef\xbb\xbf", {1}),
        "utf16_bom_alone": ("".encode("utf-16"), {1}),
        "crlf": (body.replace("\n", "\r\n").encode(), {0}), "cr_only": (body.replace("\n", "\r").encode(), {0}),
        "nested_brackets": (("(" * 5000 + "the talks" + ")" * 5000 + " went on.").encode(), {0, 1}),
        "nested_quotes": (('"\'' * 3000 + "yes" + '\'"' * 3000).encode(), {0, 1}),
        "dots_10k": (b"." * 10_000, {0, 1}), "quotes_10k": (b'"' * 10_000, {0, 1}),
        "dots_in_text": ((_LINE + " " + "." * 10_000 + " " + _LINE).encode(), {0}),
        "rtl_zero_width": (("\u200f\u200e\u202b" + _LINE.replace(" ", " \u200b") + "\u202c\ufeff\u2060 " + _LINE).encode(), {0}),
        "combining": (("Cafe\u0301 owners in Mu\u0308nchen said the pla\u0300n " + _LINE).encode(), {0}),
        "emoji": (("The summit \U0001F91D\U0001F3FD ended \U0001F1FA\U0001F1F8 well. " + _LINE + " \U0001F44D").encode(), {0}),
        "html_markdown": (("<h1>Talks</h1>\n\n<p>" + _LINE + "</p><script>alert(1)</script>\n\n# Heading\n\n"
                           "**Bold** [link](http://x.y) " + _LINE + "\n\n```\ncode()\n```\n").encode(), {0}),
        "french": (("Le ministre a dit que les n\u00e9gociations reprendraient lundi \u00e0 Gen\u00e8ve. " * 5).encode(), {1}),
        "control_only": (b"\x01\x02\x03\x1b[0m\x07", {1}),
        "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, {1}),
        "gzip": (gzip.compress(art), {1}), "latin1": (ARTICLE.replace("Moscow", "Mosc\u00f6w").encode("latin-1", "replace"), {1}),
        "utf16be_no_bom": (ARTICLE.encode("utf-16-be"), {1}),
        "all_stops_250k": (".!?\u3002\u2026".encode() * 50_000, {0, 1}),
    }


def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    except OSError:
        return "unreadable"


# -- the table -------------------------------------------------------------------

ROWS: list[tuple[str, str, str]] = []


def cell(name: str, ok: bool, note: str = "") -> None:
    ROWS.append((name, "PASS" if ok else "FAIL", note))
    print(f"{name:52} {'PASS' if ok else 'FAIL'}  {note}"[:220], flush=True)


def skip(name: str, why: str) -> None:
    ROWS.append((name, "SKIP", why))
    print(f"{name:52} SKIP  {why}", flush=True)


def sh(cmd: str, cwd: Path, stdin: bytes | None = b"", timeout: float = 120, env: dict | None = None,
       user: list[str] | None = None) -> tuple[int, bytes, str, float]:
    """Run ``cmd`` (CLI stands for python -m cleanup) in bash; (status, stdout, stderr, seconds)."""
    argv = ["bash", "-c", cmd.replace("CLI", CLI)]
    t = time.perf_counter()
    try:
        p = subprocess.run((user or []) + argv, cwd=cwd, input=stdin, capture_output=True, timeout=timeout,
                           env=env or ENV)
    except subprocess.TimeoutExpired as exc:
        return -999, exc.stdout or b"", (exc.stderr or b"").decode("utf-8", "replace") + " [TIMEOUT]", timeout
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace"), time.perf_counter() - t


def stderr_problem(rc: int, err: str) -> str:
    """'' when stderr keeps the promise: no traceback, every line ours, one error line on failure."""
    lines = [ln for ln in err.splitlines() if ln.strip()]
    if "Traceback" in err:
        return "traceback"
    stray = [ln for ln in lines if not ln.startswith("mt-cleanup: ")]
    if stray:
        return f"stray stderr: {stray[0][:80]!r}"
    errors = [ln for ln in lines if ln.startswith("mt-cleanup: error: ")]
    if len(errors) > 1:
        return f"{len(errors)} error lines"
    if rc not in (0, 1) and not errors and rc != -999:
        return "failed without an error line"
    return ""


def leftovers(folder: Path, before: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in before and (p.name.startswith(".") or
                                                                                p.name.endswith((".tmp", ".part"))))


def check(name: str, cmd: str, cwd: Path, expect: set[int], stdin: bytes | None = b"", timeout: float = 120,
          watch: tuple[Path, ...] = (), env: dict | None = None, user: list[str] | None = None,
          stdout_has: str | None = None) -> tuple[int, bytes, str, float]:
    """One CLI cell: status, stderr, watched files unchanged (inputs, an earlier output), no temp files."""
    sums = {p: _sha(p) for p in watch}
    names = {p.name for p in cwd.iterdir()}
    rc, out, err, secs = sh(cmd, cwd, stdin, timeout, env, user)
    problems = []
    if rc not in expect:
        problems.append(f"exit {rc}, expected {sorted(expect)}")
    if (why := stderr_problem(rc, err)):
        problems.append(why)
    changed = [p.name for p in watch if _sha(p) != sums[p]]
    if changed and rc != 0:
        problems.append(f"changed {changed}")
    if (left := leftovers(cwd, names)) and rc != 130:
        problems.append(f"left {left}")
    if stdout_has is not None and rc == 0 and stdout_has not in out.decode("utf-8", "replace"):
        problems.append(f"stdout lacks {stdout_has!r}")
    first = next((ln for ln in err.splitlines() if "error" in ln), "")
    cell(name, not problems, "; ".join(problems) or f"exit {rc} {secs:.1f}s {first[:90]}")
    return rc, out, err, secs


# -- CLI: inputs -------------------------------------------------------------------


def cli_inputs(tmp: Path, slow: bool) -> None:
    for name, (data, expect) in _inputs().items():
        f = tmp / f"in_{name}.txt"
        f.write_bytes(data)
        check(f"clean file {name}", f"CLI clean {f.name} --format json", tmp, expect, watch=(f,))
        check(f"clean stdin {name}", "CLI clean - ", tmp, expect, stdin=data)
    for cmd in ("diff", "run", "summarize", "headline"):
        for name in ("empty", "nul_bytes", "utf16_bom", "emoji", "french", "dots_10k", "rtl_zero_width"):
            data, expect = _inputs()[name]
            check(f"{cmd} {name}", f"CLI {cmd} in_{name}.txt", tmp, expect)
    check("preview emoji", "CLI preview in_emoji.txt -o p.html", tmp, {0})
    check("clean french --any-language", "CLI clean in_french.txt --any-language", tmp, {0})
    check("clean utf16le --encoding utf-16-le", "CLI clean in_utf16le_no_bom.txt --encoding utf-16-le", tmp, {0})
    lines = ("\n".join(["word"] * 100_000) + "\n").encode()
    (tmp / "lines.txt").write_bytes(lines)
    check("clean 100,000 one-word lines", "CLI clean lines.txt -o lines.out --any-language", tmp, {0, 1}, timeout=300)
    if slow:
        for size in (1_250_000, 5_000_000):
            (tmp / "line.txt").write_bytes((_LINE + " ") .encode() * (size // (len(_LINE) + 1)))
            check(f"clean one line of {size / 1e6:g} MB (--max-chars 6M)",
                  "CLI clean line.txt --max-chars 6000000 -o line.out", tmp, {0}, timeout=600)
        check("clean one line of 5 MB (default limit)", "CLI clean line.txt", tmp, {1})
    os.mkfifo(tmp / "fifo")
    check("clean a FIFO with a writer", f"(cat {SEED} > fifo &) ; CLI clean fifo", tmp, {0}, timeout=60)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp / "sock"))
    for name, path, expect in [("a folder", ".", {1}), ("a socket", "sock", {1}), ("/dev/null", "/dev/null", {1}),
                               ("/dev/zero", "/dev/zero", {1}), ("a missing file", "nope.txt", {1})]:
        check(f"clean {name}", f"CLI clean {path}", tmp, expect, timeout=60)
    sock.close()
    os.symlink("loop_b", tmp / "loop_a")
    os.symlink("loop_a", tmp / "loop_b")
    check("clean a symlink loop", "CLI clean loop_a", tmp, {1})
    check("clean a closed stdin", "CLI clean <&-", tmp, {1})
    check("batch a closed stdin", "CLI batch - -o b.jsonl <&-", tmp, {1})
    check("batch a symlink loop", "CLI batch loop_a -o b.jsonl", tmp, {1})
    if NOBODY:
        secret = tmp / "secret.txt"
        secret.write_text(ARTICLE)
        secret.chmod(0)
        check("clean a file without read permission", "CLI clean secret.txt", tmp, {1}, user=NOBODY)
        check("batch a file without read permission", "CLI batch secret.txt -o b.jsonl", tmp, {1}, user=NOBODY)


# -- CLI: outputs ----------------------------------------------------------------


def cli_outputs(tmp: Path) -> None:
    art = tmp / "art.txt"
    art.write_text(ARTICLE)
    check("-o a missing folder", "CLI clean art.txt -o no/such/out.txt", tmp, {3}, watch=(art,))
    check("-o the input", "CLI clean art.txt -o art.txt", tmp, {2}, watch=(art,))
    check("-o the input as ./", "CLI clean art.txt -o ./art.txt", tmp, {2}, watch=(art,))
    check("-o the input by a relative path", "mkdir -p sub && CLI clean art.txt -o sub/../art.txt", tmp, {2}, watch=(art,))
    os.symlink("art.txt", tmp / "link.txt")
    check("-o a symlink to the input", "CLI clean art.txt -o link.txt", tmp, {2}, watch=(art,))
    check("input a symlink, -o its target", "CLI clean link.txt -o art.txt", tmp, {2}, watch=(art,))
    check("run -o the input", "CLI run art.txt -o art.txt", tmp, {2}, watch=(art,))
    check("preview -o the input", "CLI preview art.txt -o art.txt", tmp, {2}, watch=(art,))
    check("clean to /dev/full", "CLI clean art.txt > /dev/full", tmp, {3})
    for cmd in ("run", "summarize", "headline", "diff", "rules list", "rules test"):
        target = "" if cmd.startswith("rules") else "art.txt"
        check(f"{cmd} to /dev/full", f"CLI {cmd} {target} > /dev/full", tmp, {3}, timeout=300)
    check("batch -o - to /dev/full", "CLI batch art.txt -o - > /dev/full", tmp, {3})
    big = tmp / "big.txt"
    big.write_text((ARTICLE + "\n\n") * 40)
    for cmd in ("clean big.txt --format json", "diff big.txt", "rules list", "batch corpus.jsonl -o -"):
        (tmp / "corpus.jsonl").write_text("".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in range(6)))
        rc, _, err, _ = sh(f"CLI {cmd} | head -c 10 >/dev/null; echo ${{PIPESTATUS[0]}} >&2", tmp, timeout=300)
        status = err.strip().splitlines()[-1] if err.strip() else "?"
        cell(f"{cmd.split()[0]} into a closed pipe (| head)", status in ("3", "0") and not stderr_problem(
            int(status) if status.isdigit() else 5, "\n".join(err.strip().splitlines()[:-1])),
             f"exit {status}; {err.strip().splitlines()[0][:90] if err.strip() else ''}")
    # An output that is not a regular file (a FIFO here; /dev/null or /dev/full as root would be
    # replaced the same way): it must be written into, not renamed over.
    os.mkfifo(tmp / "outfifo")
    reader = subprocess.Popen(["bash", "-c", "cat outfifo > fifo_got"], cwd=tmp)
    rc, _, err, _ = sh("CLI clean art.txt -o outfifo", tmp, timeout=60)
    still = (tmp / "outfifo").is_fifo()
    if not still:
        reader.kill()
    try:
        reader.wait(10)
    except subprocess.TimeoutExpired:
        reader.kill()
    got = (tmp / "fifo_got").read_bytes() if (tmp / "fifo_got").exists() else b""
    cell("-o a FIFO (stays a FIFO, gets the text)", rc == 0 and still and len(got) > 100,
         f"exit {rc}, fifo kept {still}, read {len(got)} bytes {err.strip()[:80]}")
    if NOBODY:
        ro = tmp / "ro"
        ro.mkdir()
        (ro / "out.txt").write_text("old")
        ro.chmod(0o555)
        check("-o into a read-only folder (old output kept)", f"CLI clean {art} -o ro/out.txt", tmp, {3},
              watch=(ro / "out.txt",), user=NOBODY)
        check("batch -o into a read-only folder", f"CLI batch {art} -o ro/out.jsonl", tmp, {3}, user=NOBODY)
    # two runs at once on one output
    docs = "".join(json.dumps({"id": i, "text": ARTICLE.replace("Moscow", f"Moscow{i}")}) + "\n" for i in range(12))
    (tmp / "two.jsonl").write_text(docs)
    procs = [subprocess.Popen(["bash", "-c", f"{CLI} batch two.jsonl -o same.jsonl"], cwd=tmp, env=ENV,
                              stderr=subprocess.PIPE) for _ in range(2)]
    codes = [p.wait(600) for p in procs]
    errs = [p.stderr.read().decode() for p in procs]
    rows = _jsonl(tmp / "same.jsonl")
    whole = rows is not None and [r.get("id") for r in rows] == list(range(12))
    cell("batch: two runs write the same -o at once", whole and all(not stderr_problem(c, e) for c, e in zip(codes, errs)),
         f"exits {codes}, output ids {None if rows is None else [r.get('id') for r in rows][:14]}")
    for p in procs:
        p.stderr.close()


def _jsonl(path: Path) -> list[dict] | None:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    except (OSError, ValueError):
        return None


# -- CLI: batch ------------------------------------------------------------------


def cli_batch(tmp: Path) -> None:
    good = json.dumps({"id": "g", "text": ARTICLE})
    cases = {
        "malformed lines": (f"{good}\n{{oops\n[1,2]\n\"str\"\n\n{good.replace('g', 'h', 1)}\n", 6, {1}),
        "no text / text not a string": ('{"id": 1}\n{"id": 2, "text": 5}\n{"id": 3, "text": null}\n'
                                        '{"id": 4, "text": ["a"]}\n' + good + "\n", 5, {1}),
        "duplicate ids": (good + "\n" + good + "\n", 2, {0}),
        "id of every JSON type": ("".join(json.dumps({"id": i, "text": ARTICLE}) + "\n"
                                          for i in (None, 1.5, [1], {"a": 1}, True, "")), 6, {0}),
        "huge line": (json.dumps({"id": "big", "text": _LINE * 200_000}) + "\n" + good + "\n", 2, {1}),
        "nested JSON": ("[" * 100_000 + "]" * 100_000 + "\n" + good + "\n", 2, {1}),
        "no final newline": (good, 1, {0}),
        "CRLF lines": (good + "\r\n" + good.replace('"g"', '"h"') + "\r\n", 2, {0}),
        "NUL inside JSON": (good[:-1] + ', "x": "\\u0000"}\n', 1, {0}),
        "lone surrogate escape": (json.dumps({"id": 1, "text": ARTICLE + " \ud800 end."}) + "\n", 1, {0, 1}),
    }
    for name, (content, n, expect) in cases.items():
        (tmp / "c.jsonl").write_text(content, encoding="utf-8", errors="surrogatepass")
        rc, *_ = check(f"batch {name}", "CLI batch c.jsonl -o c.out.jsonl", tmp, expect, timeout=300)
        rows = _jsonl(tmp / "c.out.jsonl")
        cell(f"batch {name}: one output line per input line", rows is not None and len(rows) == n,
             f"{None if rows is None else len(rows)} lines for {n}")
        (tmp / "c.out.jsonl").unlink(missing_ok=True)
    gz = gzip.compress(((good + "\n") * 5).encode())
    (tmp / "cut.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    check("batch a truncated gzip", "CLI batch cut.jsonl.gz -o cut.out", tmp, {1})
    (tmp / "zero.jsonl.gz").write_bytes(b"")
    check("batch a 0-byte .gz", "CLI batch zero.jsonl.gz -o zero.out", tmp, {1})
    (tmp / "hdr.jsonl.gz").write_bytes(gz[:5])
    check("batch a gzip header alone", "CLI batch hdr.jsonl.gz -o hdr.out", tmp, {1})
    (tmp / "many.jsonl").write_text("".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in range(6)))
    check("batch --jobs 16 (more than cores)", "CLI batch many.jsonl -o many.out --jobs 16", tmp, {0}, timeout=600)
    # short documents: the budget is wall time, and six seed articles on three workers took past 60 s
    # under load (five helpers on two cores); the cell is about the pool, not the machine's speed
    (tmp / "short.jsonl").write_text("".join(json.dumps({"id": i, "text": _LINE * 3}) + "\n" for i in range(6)))
    check("batch --jobs 3 --time-budget 60", "CLI batch short.jsonl -o short.out --jobs 3 --time-budget 60", tmp, {0},
          timeout=600)
    rows = _jsonl(tmp / "short.out")
    cell("batch --jobs 3 --time-budget 60: six rows, no error", rows is not None and len(rows) == 6
         and not any("error" in r for r in rows), f"{None if rows is None else len(rows)} rows")
    d = tmp / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(ARTICLE)
    (d / "sub" / "b.txt").write_bytes(b"\x00\x01")
    (d / "c.txt").write_bytes(b"")
    os.symlink("nowhere.txt", d / "dangling.txt")
    os.mkfifo(d / "fifo.txt")
    check("batch a folder (binary, empty, dangling link, FIFO)", "CLI batch docs -o docs.out", tmp, {1}, timeout=120)
    rows = _jsonl(tmp / "docs.out")
    cell("batch a folder: one line per regular .txt", rows is not None and len(rows) == 3,
         f"{None if rows is None else [r.get('id') for r in rows]}")
    (tmp / "emptydir").mkdir()
    check("batch an empty folder", "CLI batch emptydir -o e.out", tmp, {1})
    check("batch an empty stdin", "CLI batch - -o e.out", tmp, {1})
    check("batch -o a folder", "CLI batch many.jsonl -o docs", tmp, {2, 3})


def interrupted(tmp: Path) -> None:
    """SIGINT / SIGTERM mid-batch: OUT as it was, OUT.part whole lines, --resume completes."""
    n = 16
    (tmp / "k.jsonl").write_text("".join(json.dumps({"id": i, "text": ARTICLE.replace("Moscow", f"M{i}")}) + "\n"
                                         for i in range(n)))
    for sig, jobs in ((signal.SIGINT, 1), (signal.SIGTERM, 2)):
        for f in ("k.out", "k.out.part"):
            (tmp / f).unlink(missing_ok=True)
        (tmp / "k.out").write_text("old\n")
        p = subprocess.Popen(["bash", "-c", f"exec {CLI} batch k.jsonl -o k.out --jobs {jobs}"], cwd=tmp, env=ENV,
                             stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.time() + 120
        while time.time() < deadline and len(_lines(tmp / "k.out.part")) < 3:
            time.sleep(0.2)
        os.killpg(p.pid, sig) if sig == signal.SIGINT else p.send_signal(sig)
        rc, err = _ended(p, 60)
        part = _lines(tmp / "k.out.part")
        old_kept = (tmp / "k.out").read_text() == "old\n"
        want = 130 if sig == signal.SIGINT else -signal.SIGTERM
        ok = rc in (want, 130, 143) and old_kept and not stderr_problem(130, err) and all(_is_json(x) for x in part[:-1])
        cell(f"batch {sig.name} --jobs {jobs}: OUT kept, .part lines whole", ok,
             f"exit {rc}, {len(part)} lines in .part, old kept {old_kept} {stderr_problem(130, err)}")
        rc2, _, err2, _ = sh("CLI batch k.jsonl -o k.out --jobs 2 --resume", tmp, timeout=900)
        rows = _jsonl(tmp / "k.out")
        ids = [r.get("id") for r in rows] if rows else None
        cell(f"batch {sig.name} --jobs {jobs} then --resume", rc2 == 0 and ids == list(range(n)),
             f"exit {rc2}, ids {ids if ids is None or len(ids) < 8 else str(len(ids)) + ' in order ' + str(ids == list(range(n)))}")


def killed(tmp: Path) -> None:
    """kill -9 of a batch with --jobs 2 (mid-run: results come 8 at a time): its workers end quietly (no traceback, no resource-tracker
    warning), the lock file it leaves is taken over (flock ends with its holder, whatever the pid
    became) and removed by the next run, which --resumes to the end."""
    n = 40
    (tmp / "k.jsonl").write_text("".join(json.dumps({"id": i, "text": ARTICLE.replace("Moscow", f"M{i}")}) + "\n"
                                         for i in range(n)))
    p = subprocess.Popen(["bash", "-c", f"exec {CLI} batch k.jsonl -o k.out --jobs 2"], cwd=tmp, env=ENV,
                         stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 180
    while time.time() < deadline and len(_lines(tmp / "k.out.part")) < 2:
        time.sleep(0.2)
    p.kill()  # the main process only, as kill -9 PID does
    p.wait()
    time.sleep(3)
    left = subprocess.run(["pgrep", "-s", str(p.pid)], capture_output=True, text=True).stdout.split()
    err = p.stderr.read().decode()
    p.stderr.close()
    lock = tmp / ".k.out.lock"
    cell("batch kill -9 --jobs 2: workers end, stderr quiet", not left and not stderr_problem(0, err),
         f"processes left {left}, {stderr_problem(0, err) or 'stderr quiet'}, lock left {lock.exists()}")
    rc, _, err2, _ = sh("CLI batch k.jsonl -o k.out --jobs 2 --resume", tmp, timeout=900)
    rows = _jsonl(tmp / "k.out")
    ids = [r.get("id") for r in rows] if rows else None
    cell("batch after kill -9: lock taken over and removed, --resume completes",
         rc == 0 and ids == list(range(n)) and not lock.exists() and not stderr_problem(rc, err2),
         f"exit {rc}, ids in order {ids == list(range(n))}, lock left {lock.exists()} {err2.strip()[:80]}")


def dask_engine(tmp: Path) -> None:
    """batch --engine dask: bad lines and files, an unreadable input, a read-only output folder,
    a gzip cut short, Ctrl-C (then the same command finishes)."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        skip("dask engine", "dask/distributed not installed")
        return
    good = json.dumps({"id": "g", "text": ARTICLE})
    (tmp / "bad.jsonl").write_text(f"{good}\n{{oops\n\n" + json.dumps({"id": 2, "text": 5}) + "\n"
                                   + json.dumps({"id": 3, "text": "\x00\x00"}) + "\n")
    dask = "--engine dask --workers 2"
    check("dask: malformed, blank, no text, NUL lines", f"CLI batch bad.jsonl -o bad.out.jsonl {dask}", tmp, {1},
          timeout=600)
    rows = _jsonl(tmp / "bad.out.jsonl")
    cell("dask: one output line per input line", rows is not None and len(rows) == 5,
         f"{None if rows is None else len(rows)} lines for 5")
    d = tmp / "docs"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE)
    (d / "b.txt").write_bytes(b"\x00\x01")
    (d / "c.txt").write_bytes(b"")
    check("dask: a folder with a binary and an empty .txt", f"CLI batch docs -o docs.out.jsonl {dask}", tmp, {1},
          timeout=600)
    gz = gzip.compress(((good + "\n") * 5).encode())
    (tmp / "cut.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    check("dask: a gzip cut short", f"CLI batch cut.jsonl.gz -o cut.out.jsonl {dask}", tmp, {1}, timeout=600)
    if NOBODY:
        (tmp / "secret.jsonl").write_text(good + "\n")
        (tmp / "secret.jsonl").chmod(0)
        check("dask: an input without read permission", f"CLI batch secret.jsonl -o s.jsonl {dask}", tmp, {1},
              user=NOBODY, timeout=600)
        (tmp / "ro").mkdir()
        (tmp / "ro").chmod(0o555)
        for out in ("ro/x.jsonl", "ro/shards"):
            check(f"dask: -o {out} in a read-only folder", f"CLI batch bad.jsonl -o {out} {dask}", tmp, {3},
                  user=NOBODY, timeout=600)
    n = 400
    (tmp / "k.jsonl").write_text("".join(json.dumps({"id": i, "text": ARTICLE.replace("Moscow", f"M{i}")}) + "\n"
                                         for i in range(n)))
    p = subprocess.Popen(["bash", "-c", f"exec {CLI} batch k.jsonl -o k.out.jsonl {dask}"], cwd=tmp, env=ENV,
                         stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 300
    while time.time() < deadline and not any((tmp / ".k.out.jsonl.parts").glob("part-*")):
        time.sleep(0.5)
    os.killpg(p.pid, signal.SIGINT)
    rc, err = _ended(p, 90)
    cell("dask: Ctrl-C mid-run", rc == 130 and not (tmp / "k.out.jsonl").exists() and not stderr_problem(130, err),
         f"exit {rc}, output absent {not (tmp / 'k.out.jsonl').exists()} {stderr_problem(130, err)}")
    rc2, _, err2, secs = sh(f"CLI batch k.jsonl -o k.out.jsonl {dask}", tmp, timeout=1800)
    rows = _jsonl(tmp / "k.out.jsonl")
    ids = [r.get("id") for r in rows] if rows else None
    cell("dask: the same command after Ctrl-C finishes", rc2 == 0 and ids == list(range(n)),
         f"exit {rc2}, ids in order {ids == list(range(n))} {secs:.0f}s {err2.strip().splitlines()[-1][:80] if err2.strip() else ''}")


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return []


def _is_json(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


# -- CLI: options and environment ------------------------------------------------


def cli_options(tmp: Path) -> None:
    (tmp / "art.txt").write_text(ARTICLE)
    usage = [
        "clean art.txt --min-confidence 2", "clean art.txt --min-confidence abc", "clean art.txt --min-confidence nan",
        "clean art.txt --max-chars 0", "clean art.txt --max-chars 1e9", "summarize art.txt -n -1",
        "summarize art.txt --ratio 0", "summarize art.txt --ratio 1.5", "summarize art.txt --method nope",
        "clean art.txt --source-language klingon", "clean art.txt --source-language 12", "clean art.txt --format xml",
        "batch art.txt -o - --resume", "batch art.txt -o x.jsonl --jobs abc", "batch art.txt -o x.jsonl --workers 0",
        "batch art.txt -o x.jsonl --time-budget -1", "batch art.txt -o x.jsonl --engine spark",
        "serve --port -1", "serve --time-budget 0", "clean art.txt --disable ''", "clean art.txt --grammar maybe",
        "clean art.txt art.txt", "rules test /no/such", "languagetool status --nope",
        "clean art.txt --encoding ''", "clean art.txt --encoding rot13", "clean art.txt --encoding base64",
        "clean art.txt --max-chars 99999999999999999999999", "batch art.txt -o x.jsonl --time-budget nan",
        "batch art.txt -o x.jsonl --time-budget inf", "serve --port 0 --time-budget nan", "serve --port 0 --time-budget inf",
    ]
    for args in usage:
        check(f"usage: {args}", f"CLI {args}", tmp, {2}, timeout=60)
    check("summarize -n 100000 (more than the text has)", "CLI summarize art.txt -n 100000", tmp, {0})
    check("summarize --ratio 1.0 and -n 1 together", "CLI summarize art.txt --ratio 1.0 -n 1", tmp, {0})
    check("clean --min-confidence 0 (everything applied)", "CLI clean art.txt --min-confidence 0", tmp, {0})
    check("clean --disable all stages it can", "CLI clean art.txt --disable normalize --disable leftovers", tmp, {0})
    check("clean --max-chars 1 (input over the limit)", "CLI clean art.txt --max-chars 1", tmp, {1})
    check("clean --max-chars 10^12 (a small file)", "CLI clean art.txt --max-chars 1000000000000", tmp, {0})
    (tmp / "one.jsonl").write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n")
    check("batch --jobs 100000 (capped)", "CLI batch one.jsonl -o one.out --jobs 100000", tmp, {0}, timeout=300)
    (tmp / "broken").mkdir()
    (tmp / "broken" / "b.toml").write_text('[words\nx = "unterminated\n')
    for cmd in ("clean art.txt", "rules list", "serve --port 0"):
        check(f"{cmd.split()[0]} --rules with a broken TOML", f"CLI {cmd} --rules broken", tmp, {1}, timeout=60)
    bad = {**ENV, "MT_CLEANUP_LANGUAGETOOL_URL": "not-a-url"}
    check("languagetool status, URL env junk", "CLI languagetool status", tmp, {2}, env=bad, timeout=120)
    check("languagetool status --languagetool-url junk", "CLI languagetool status --languagetool-url ::", tmp, {2},
          timeout=120)
    check("clean --languagetool-url notaurl (usage, even without --grammar)", "CLI clean art.txt --languagetool-url notaurl",
          tmp, {2})
    check("languagetool status, nothing listening", "CLI languagetool status --languagetool-url http://127.0.0.1:9",
          tmp, {4}, timeout=120)
    check("clean --grammar languagetool, URL env junk", "CLI clean art.txt --grammar languagetool", tmp, {2}, env=bad,
          timeout=120)
    check("batch --grammar languagetool, URL env junk", "CLI batch art.txt -o lt.out --grammar languagetool", tmp,
          {1, 4}, env=bad, timeout=120)
    check("clean, URL env junk, no --grammar (ignored)", "CLI clean art.txt", tmp, {0}, env=bad)
    for var, val in (("MT_CLEANUP_DEBUG", "junk"), ("MT_CLEANUP_NO_CALIBRATION", "0"), ("LANG", "C"),
                     ("PYTHONIOENCODING", "ascii")):
        check(f"clean with {var}={val}", "CLI clean art.txt", tmp, {0}, env={**ENV, var: val})  # ascii: written as UTF-8


# -- serve -----------------------------------------------------------------------


def _post(req: urllib.request.Request) -> tuple[int, bytes]:
    """One request to the server: its status and body (-1 and the error when it cannot be reached)."""
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError as exc:
        return -1, str(exc).encode()


def serve_api(tmp: Path) -> None:
    p = subprocess.Popen(["bash", "-c", f"exec {CLI} serve --port 0 --workers 2 --time-budget 20"], cwd=tmp, env=ENV,
                         stderr=subprocess.PIPE, start_new_session=True)
    line = p.stderr.readline().decode()
    try:
        port = int(line.rsplit(":", 1)[1].split("/")[0])
    except (IndexError, ValueError):
        cell("serve starts", False, line[:120])
        p.kill()
        return
    url = f"http://127.0.0.1:{port}/api/process"
    bodies = {
        "empty text": ({"text": ""}, {400, 422}), "whitespace": ({"text": " \n\t"}, {400, 422}),
        "NUL text": ({"text": "a\x00b" * 50}, {400, 422}), "lone surrogate": ('{"text": "A \\ud800 talk."}', {200, 400, 422}),
        "French": ({"text": "Le ministre a dit que les négociations reprendraient lundi. " * 3}, {422}),
        "emoji article": ({"text": ARTICLE + " \U0001F44D"}, {200}), "dots": ({"text": "." * 10_000}, {200, 400, 422}),
        "sentences true": ({"text": ARTICLE, "sentences": True}, {422}),
        "sentences 1e300": ('{"text": "x", "sentences": 1e300}', {422}),
        "text a number": ({"text": 5}, {400}), "nested": ("[" * 50_000 + "]" * 50_000, {400}),
        "not UTF-8": (b'{"text": "caf\xe9"}', {400}), "a JSON string": ('"text"', {400}),
        "NaN": ('{"text": "x", "sentences": NaN}', {400, 422}), "duplicate keys": ('{"text": 1, "text": "a b c."}', {200, 400, 422}),
        "1.9 MB article": ({"text": (ARTICLE + "\n\n") * (1_900_000 // len(ARTICLE))}, {200, 422}),
        "not JSON": ("hello, not JSON", {400}), "JSON null": ("null", {400}), "all stops": ({"text": ".!?\u2026" * 50_000}, {200, 400, 422}),
    }
    for name, (body, expect) in bodies.items():
        data = body if isinstance(body, bytes) else (body if isinstance(body, str) else json.dumps(body)).encode(
            "utf-8", "surrogatepass")
        req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
        status, payload = _post(req)
        try:
            obj = json.loads(payload)
            is_json = isinstance(obj, dict) and (status == 200) != ("error" in obj)
        except ValueError:
            is_json = False
        cell(f"serve POST {name}", status in expect and is_json, f"{status} {payload[:90]!r}")
    for ctype in ("text/plain", "application/x-www-form-urlencoded"):
        req = urllib.request.Request(url, data=json.dumps({"text": ARTICLE}).encode(), headers={"Content-Type": ctype})
        status, payload = _post(req)
        cell(f"serve POST Content-Type {ctype}", status in (200, 400, 415) and payload[:1] == b"{", f"{status} {payload[:80]!r}")
    alive = p.poll() is None
    os.killpg(p.pid, signal.SIGINT)
    rc, err = _ended(p, 30)
    cell("serve survives them, Ctrl-C ends it cleanly", alive and rc in (0, 130) and not stderr_problem(0, err),
         f"exit {rc} {stderr_problem(0, err)}")
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    check("serve on a taken port", f"CLI serve --port {blocker.getsockname()[1]}", tmp, {3}, timeout=60)
    blocker.close()


# -- the Python API ----------------------------------------------------------------


def python_api() -> None:
    import cleanup
    from cleanup import CleanupError, Config, ConfigError

    texts = {name: data.decode("utf-8", "surrogateescape") for name, (data, _) in _inputs().items()}
    texts.update({"lone_surrogate_str": ARTICLE + " \ud800 end.", "only_bom": "\ufeff", "nbsp": "\xa0" * 50,
                  "tabs_vt_ff": ARTICLE.replace(" ", "\t").replace("\n", "\x0b\x0c"), "u2028": ARTICLE.replace("\n", "\u2028"),
                  "nel": ARTICLE.replace("\n", "\x85"),
                  # one sentence as six paragraphs: 3 left after process, 2 after clean again (not idempotent)
                  "same_paragraph_6x": "\n\n".join([_LINE] * 6),
                  "mixed_line_ends": (_LINE + "\r\n" + _LINE + "\r" + _LINE + "\n\r\n") * 20,
                  "zwj_zwnj_in_words": (_LINE.replace("minister", "mini\u200dster").replace("talks", "ta\u200clks") + " ") * 20,
                  "bidi_overrides": ("\u202e" + _LINE + "\u202c \u2066Geneva\u2069 ") * 30,
                  "str_subclass": type("Text", (str,), {})(ARTICLE), "combining_100k": "a" + "\u0301" * 100_000,
                  "one_word_1mb": _LINE + " " + "Abc" * 333_333 + " " + _LINE,
                  "every_unicode_space": "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace()) * 50,
                  "all_quotes": "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a" * 2000,
                  # NLTK's Punkt ran past nltk.redos's 5 s limit: a TimeoutError out of process()
                  "all_stops_250k": ".!?\u3002\u2026" * 50_000})
    for name, text in texts.items():
        try:
            r = cleanup.process(text)
        except CleanupError as exc:
            cell(f"api process {name}", True, f"{type(exc).__name__}: {str(exc)[:80]}")
            continue
        except Exception as exc:  # noqa: BLE001 - the cell reports it
            cell(f"api process {name}", False, f"{type(exc).__name__}: {str(exc)[:100]}")
            continue
        problems = []
        if cleanup.replay(text, r.edits) != r.output:
            problems.append("replay differs")
        try:
            again = cleanup.clean(r.output)
            if again != r.output:
                problems.append("not idempotent")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"clean(output) raised {type(exc).__name__}: {str(exc)[:60]}")
        for what, fn in (("summarize", cleanup.summarize), ("headline", cleanup.headline)):
            try:
                fn(text)
            except CleanupError:
                pass
            except Exception as exc:  # noqa: BLE001
                problems.append(f"{what} raised {type(exc).__name__}")
        cell(f"api process {name}", not problems, "; ".join(problems))
    for arg in (None, 5, b"bytes", ["a"], bytearray(b"x")):
        try:
            cleanup.clean(arg)  # type: ignore[arg-type]
            cell(f"api clean({type(arg).__name__})", False, "accepted")
        except CleanupError as exc:
            cell(f"api clean({type(arg).__name__})", True, str(exc)[:80])
        except Exception as exc:  # noqa: BLE001
            cell(f"api clean({type(arg).__name__})", isinstance(exc, TypeError), f"{type(exc).__name__}: {exc}"[:100])
    bad_configs = [dict(min_confidence="high"), dict(min_confidence=float("nan")), dict(min_confidence=-0.1),
                   dict(max_chars=0), dict(max_chars=2.5), dict(max_chars=True), dict(summary_sentences="3"),
                   dict(summary_ratio=0), dict(summary_ratio=2), dict(summary_method="nope"), dict(grammar="lt"),
                   dict(disable=5), dict(disable=("casing.nope_nope",)), dict(rules_dirs=("/no/such",)),
                   dict(source_language="eng"), dict(max_passes=0), dict(languagetool_url=5),
                   dict(languagetool_url="notaurl"), dict(languagetool_url="localhost:8081"),
                   dict(enable=("no_such_rule",)), dict(rules_dirs=("/etc/passwd",)),
                   dict(require_english="no"), dict(detect_title="yes"), dict(generate_headline=1)]
    for kw in bad_configs:
        name = f"api Config({', '.join(f'{k}={v!r}' for k, v in kw.items())})"
        try:
            config = Config(**kw)
        except ConfigError as exc:
            cell(name, True, str(exc)[:80])
            continue
        except Exception as exc:  # noqa: BLE001
            cell(name, False, f"{type(exc).__name__}: {exc}"[:100])
            continue
        del config
        cell(name, False, "accepted: a wrong option must fail when the Config is made, not with the first document")
    records = [None, {"id": 1}, {"text": ARTICLE, "id": [1]}, {"text": "\x00"}, {"text": ARTICLE * 0 + "a"}, 7,
               {"text": ARTICLE, "summary": "kept?"}]
    try:
        out = list(cleanup.process_many(records, jobs=2))
        cell("api process_many hostile records, jobs=2", len(out) == len(records) and all(isinstance(o, dict) for o in out),
             f"{sum('error' in o for o in out)} errors")
    except Exception as exc:  # noqa: BLE001
        cell("api process_many hostile records, jobs=2", False, f"{type(exc).__name__}: {exc}"[:100])


def timings() -> None:
    """1x and 4x sizes of the big inputs (printed, not asserted; bench.hostile holds the aims)."""
    import cleanup

    makers: dict[str, Callable[[int], str]] = {
        "one-word lines": lambda n: "\n".join(["word"] * n),
        "one line": lambda n: (_LINE + " ") * n,
        "quotes": lambda n: '"' + '" said "'.join(["yes"] * n) + '"',
        "zero-width": lambda n: (_LINE.replace(" ", " \u200b") + "\n") * n,
        "crlf": lambda n: (_LINE + "\r\n\r\n") * n,
        "stops beyond ASCII": lambda n: ".!?\u3002\u2026" * (n * 6),
        "combining marks": lambda n: "a" + "\u0301" * (n * 30),
    }
    for name, make in makers.items():
        secs = []
        for n in (2_000, 8_000):
            t = time.perf_counter()
            try:
                cleanup.process(make(n))
            except cleanup.CleanupError:
                pass
            secs.append(time.perf_counter() - t)
        ratio = secs[1] / max(secs[0], 1e-3)
        ROWS.append((f"time {name} 1x/4x", "INFO", f"{secs[0]:.2f}s / {secs[1]:.2f}s = {ratio:.1f}x"))
        print(f"{'time ' + name + ' 1x/4x':52} INFO  {secs[0]:.2f}s / {secs[1]:.2f}s = {ratio:.1f}x", flush=True)


GROUPS: dict[str, Callable[..., None]] = {
    "inputs": cli_inputs, "outputs": cli_outputs, "batch": cli_batch, "interrupt": interrupted,
    "killed": killed, "dask": dask_engine,
    "options": cli_options, "serve": serve_api, "api": python_api, "timing": timings,
    "edges": lambda tmp: __import__("bench.faults_edges").faults_edges.edges(tmp, sys.modules[__name__]),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", default=None, help="groups: " + ", ".join(GROUPS))
    ap.add_argument("--skip-slow", action="store_true", help="no 5 MB line")
    args = ap.parse_args(argv)
    for name, fn in GROUPS.items():
        if args.only and name not in args.only:
            continue
        print(f"\n== {name}", flush=True)
        if name in ("api", "timing"):
            fn()
            continue
        with tempfile.TemporaryDirectory(prefix=f"faults-{name}-") as d:
            tmp = Path(d)
            tmp.chmod(0o777)
            fn(tmp, not args.skip_slow) if name == "inputs" else fn(tmp)
            for p in tmp.rglob("*"):  # let TemporaryDirectory remove what a test made read-only
                if p.is_dir() and not p.is_symlink():
                    p.chmod(0o777)
    fails = [r for r in ROWS if r[1] == "FAIL"]
    print(f"\n{len(ROWS)} cells: {sum(r[1] == 'PASS' for r in ROWS)} PASS, {len(fails)} FAIL, "
          f"{sum(r[1] == 'SKIP' for r in ROWS)} SKIP")
    for name, _, note in fails:
        print(f"FAIL {name}: {note}")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
