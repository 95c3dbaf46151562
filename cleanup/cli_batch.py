"""``mt-cleanup batch``: a corpus in, one output line per document, in input order.

Reading a folder of .txt files or a JSONL stream (one line per document, blank and bad
lines included), running documents in this process, a pool or time-limited workers, and
writing ``OUT.part`` that becomes ``OUT`` when the run is complete (``--resume`` continues
a run that was killed)."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from .cli_io import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    Failed,
    OutputError,
    Usage,
    file_mode,
    is_special_output,
    open_special,
    stdin_bytes,
    temp_beside,
    write_error,
    write_stdout,
)
from .cli_lines import jsonl_lines
from .config import Config
from .errors import CleanupError
from .inputs import decode_text, file_id, parse_line
from .records import process_record


def iter_documents(source: str, encoding: str, max_bytes: int) -> Iterator[dict]:
    """Yield {'id', 'text', ...} or {'id', 'error', 'line'} for every document of a corpus:
    exactly one item per .txt file, or per line of a JSONL file (blank lines included)."""
    path = Path(source)
    if source != "-" and path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise CleanupError(f"{source} holds no .txt files")
        for p in files:
            rel = file_id(str(p.relative_to(path)))
            try:
                with p.open("rb") as fh:
                    data = fh.read(min(max_bytes, os.fstat(fh.fileno()).st_size) + 1)  # read(n) sets n bytes aside
                yield {"id": rel, "text": decode_text(data, rel, encoding, max_bytes)}
            except OSError as exc:
                yield {"id": rel, "error": f"cannot read {rel}: {exc.strerror or exc}"}
            except CleanupError as exc:
                yield {"id": rel, "error": str(exc)}
        return
    try:
        fh = stdin_bytes() if source == "-" else path.open("rb")
    except OSError as exc:
        raise CleanupError(f"cannot read {source}: {exc.strerror or exc}") from None
    _refuse_one_article(source, fh, encoding)
    last = 0
    try:
        with fh:
            for n, line, error in jsonl_lines(_gunzipped(fh), encoding, 2 * max_bytes):  # JSON escapes: \\u00e9
                last = n
                yield {"id": None, "line": n, "error": error} if error else parse_line(line, n)
    except (EOFError, zlib.error, OSError) as exc:  # a gzip file cut short, a disk that fails mid-read
        reason = str(exc) or type(exc).__name__
        yield {"id": None, "line": last + 1, "error": f"{source} cannot be read past line {last}: {reason}"}


_GZIP_MAGIC = b"\x1f\x8b"


def _refuse_one_article(source: str, fh: IO[bytes], encoding: str | None) -> None:
    """A ``.txt`` file given to ``batch`` in which no line of its first 8 KB opens a JSON object is one
    article, not a corpus: read as JSONL it was an error row (and a stderr line) for every line of it
    (faults37).  Not judged for another encoding (``--encoding``, a UTF-16 or UTF-32 mark, NUL bytes),
    nor gzip: a corpus whose first line is a comment or a stray array still runs (review37c)."""
    if not source.lower().endswith(".txt") or not hasattr(fh, "peek"):
        return
    try:
        if encoding and codecs.lookup(encoding).name != "utf-8":
            return
    except LookupError:
        return
    head = fh.peek(8192)[:8192]
    if not head.strip() or head[:2] == _GZIP_MAGIC or b"\x00" in head or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return
    if any(line.lstrip(b"\xef\xbb\xbf \t\r").startswith(b"{") for line in head.split(b"\n")):
        return
    fh.close()
    raise CleanupError(f"{source} is one article, not JSONL: 'mt-cleanup clean {source}' cleans it; batch takes "
                       "a .jsonl corpus or a folder of .txt files")


def _gunzipped(fh: IO[bytes]) -> IO[bytes]:
    """A gzipped JSONL file (``corpus.jsonl.gz``, or gzip on stdin), known by its first two
    bytes rather than its name, is read decompressed."""
    if hasattr(fh, "peek") and fh.peek(2)[:2] == _GZIP_MAGIC:
        return io.BufferedReader(_Gunzip(gzip.GzipFile(fileobj=fh, mode="rb")))  # type: ignore[arg-type]
    return fh


class _Gunzip(io.RawIOBase):
    """A gzip stream read one decompressed piece at a time (``read1``): a file cut short raises
    only once every byte before the cut has been handed on, so the whole lines before the cut
    are kept (a buffered ``read(n)`` drops the piece it was gathering when the stream ends)."""

    def __init__(self, gz: gzip.GzipFile) -> None:
        self._gz = gz

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._gz.read1(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self._gz.close()
        super().close()


def _key(row: dict) -> str:
    """What identifies a document across runs (for --resume): its id, or for a line that
    had none (bad JSON, a blank line) its line number."""
    if row.get("id") is None and "line" in row:
        return f"line:{row['line']}"
    return "id:" + json.dumps(row.get("id"), sort_keys=True, ensure_ascii=False)


def _process_one(args: tuple[dict, Config, bool]) -> dict:
    return process_record(*args)


def _pool_worker() -> None:
    """In pool workers: Ctrl-C is the parent's to handle (it stops the pool); a worker whose parent
    is gone (``kill -9``) ends at once, quietly (it finished its document, then printed a traceback)."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="mt-cleanup-orphan-watch").start()


def _results(docs: Iterator[dict], config: Config, summarize: bool, jobs: int,
             budget: float | None) -> Iterator[dict]:
    """Results in input order: in this process, in a pool (--jobs), or in worker processes
    that each stop a document past the time budget (--time-budget)."""
    work = ((d, config, summarize) for d in docs)
    if budget is None and jobs == 1:
        yield from map(_process_one, work)
        return
    if budget is None:
        import multiprocessing as mp

        with mp.get_context("spawn").Pool(jobs, initializer=_pool_worker) as pool:
            yield from pool.imap(_process_one, work, chunksize=8)
        return
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    from .workers import WorkerPool

    def one(doc: dict) -> dict:
        if "error" in doc:
            return doc
        passthrough = {k: v for k, v in doc.items() if k != "text"}
        try:
            return {**passthrough, **wp.run(doc["text"], config, summarize)}
        except CleanupError as exc:
            return {**passthrough, "error": str(exc)}

    with WorkerPool(jobs, budget) as wp, ThreadPoolExecutor(jobs) as ex:
        window: deque = deque()
        for doc in docs:
            window.append(ex.submit(one, doc))
            if len(window) >= 2 * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def _same_file(fd: int, path: Path) -> bool:
    """Is ``fd`` still the file at ``path`` (a lock left by a run killed with -9 is taken over:
    flock ends with its holder, whatever its pid became)?"""
    try:
        held, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (there.st_dev, there.st_ino)


class _BatchOutput:
    """Where batch results go: stdout, or ``OUT.part`` next to OUT, renamed to OUT at the end.

    A run that is killed leaves OUT as it was and its complete lines in OUT.part;
    ``--resume`` continues from OUT.part (or from OUT when there is no .part): it keeps
    their complete lines and skips those documents."""

    def __init__(self, output: str, resume: bool) -> None:
        self.done: Counter[str] = Counter()
        self.kept = 0
        self.kept_failed = 0
        self.lock: tuple[Path, int] | None = None
        special = output != "-" and is_special_output(output)  # /dev/stdout, a FIFO: written into
        if output != "-" and os.path.isdir(output):  # else every document ran, then the rename failed
            raise Usage(f"-o {output} is a folder; give a file (OUT.jsonl), or --engine dask for a folder of shards")
        if output == "-" or special:
            if resume:
                raise Usage(f"--resume needs an output file (-o OUT.jsonl), not {output}")
            if output == "-" and sys.stdout is None:
                raise OutputError("standard output is closed: pass -o OUT.jsonl")
            self.path = self.part = None
            try:
                self.fh: IO[str] = sys.stdout if output == "-" else open_special(output)
            except OSError as exc:
                raise write_error(output, exc) from None
            self.where = "standard output" if output == "-" else output
            return
        self.path = Path(os.path.realpath(output))  # a link is followed and kept
        self.part = self.path.with_name(self.path.name + ".part")
        try:
            self._lock()
            if resume:
                self._resume()
            else:
                if self.part.exists():
                    click.echo(f"mt-cleanup: starting over: {self.part} from an earlier run is replaced "
                               "(--resume continues it)", err=True)
                self.fh = open(self.part, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise write_error(str(self.part), exc) from None

    def _lock(self) -> None:
        """One run at a time per OUT: two runs both wrote OUT.part, each over the other's
        lines, and one renamed it while the other was still writing."""
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return
        lock = self.path.with_name(f".{self.path.name}.lock")
        for _ in range(5):  # a lock file removed by a run that just ended is made again
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise OutputError(f"another mt-cleanup run is writing {self.path}; wait for it to end or "
                                  "pass another -o") from None
            if _same_file(fd, lock):
                self.lock = (lock, fd)
                return
            os.close(fd)  # locked a file the ending run had already unlinked: a third run could take the new one
        raise OutputError(f"cannot lock {lock}: it keeps being replaced; is another run ending?")

    def unlock(self) -> None:
        if self.lock is not None:
            Path(self.lock[0]).unlink(missing_ok=True)
            os.close(self.lock[1])
            self.lock = None

    def _resume(self) -> None:
        """Keep the complete lines of OUT.part (cut after the last one) or copy those of OUT."""
        src = self.part if self.part.exists() else self.path if self.path.exists() else None
        if src is None:
            self.fh = open(self.part, "w", encoding="utf-8", newline="")
            return
        keep_bytes = 0
        with open(src, "rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break  # the line a killed run was writing
                try:
                    row = json.loads(raw)
                except ValueError:
                    break
                if not isinstance(row, dict):
                    break
                self.done[_key(row)] += 1
                self.kept += 1
                self.kept_failed += "error" in row
                keep_bytes += len(raw)
        if src == self.part:
            with open(self.part, "r+b") as fh:
                fh.truncate(keep_bytes)
        else:
            fd, tmp = temp_beside(self.part)
            with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
                left = keep_bytes
                while left > 0:
                    chunk = fin.read(min(1 << 20, left))
                    if not chunk:
                        break
                    fout.write(chunk)
                    left -= len(chunk)
            os.replace(tmp, self.part)
        self.fh = open(self.part, "a", encoding="utf-8", newline="")
        click.echo(f"mt-cleanup: resuming: {self.kept} documents already done in {src}", err=True)

    def skip(self, doc: dict) -> bool:
        """Was this document done by an earlier run?  (Each output line accounts for one input.)"""
        if not self.done:
            return False
        k = _key(doc)
        if self.done[k] > 0:
            self.done[k] -= 1
            return True
        return False

    def write(self, row: dict) -> None:
        where = str(self.part) if self.part else self.where
        try:
            line = json.dumps(row, ensure_ascii=False) + "\n"
            if self.part is None:
                write_stdout(line, self.fh)
            else:
                self.fh.write(line)
                self.fh.flush()
        except (OSError, ValueError) as exc:
            raise write_error(where, exc) from None

    def finish(self) -> None:
        if self.part is None:
            if self.fh is not sys.stdout:
                try:
                    self.fh.close()
                except OSError as exc:
                    raise write_error(self.where, exc) from None
            return
        try:
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.chmod(self.part, file_mode(self.path))
            os.replace(self.part, self.path)
        except OSError as exc:
            raise write_error(str(self.path), exc) from None

    def abandon(self) -> None:
        """Keep the .part of an interrupted run for --resume."""
        if self.part is not None:
            try:
                self.fh.close()
            except OSError:
                pass


@contextmanager
def _term_as_interrupt() -> Iterator[None]:
    """SIGTERM (``kill``, a scheduler's stop) ends a batch as Ctrl-C does: workers stopped,
    one line saying how to resume, status 130.  Left to kill the process, the pool's
    resource tracker printed a warning about leaked semaphores after it."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    before = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def run_batch(source: str, output: str, config: Config, **kw: Any) -> None:
    """Clean every document of ``source`` into ``output``; exit status 1 when any failed."""
    # workers and multiprocessing's resource tracker get this -W option (after kill -9: "leaked semaphore")
    if _QUIET_TRACKER not in sys.warnoptions:
        sys.warnoptions.append(_QUIET_TRACKER)
    with _term_as_interrupt():
        _run_batch(source, output, config, **kw)


_QUIET_TRACKER = "ignore:resource_tracker:UserWarning"


def _run_batch(source: str, output: str, config: Config, *, encoding: str, jobs: int, resume: bool,
              time_budget: float | None, progress: bool | None, summarize: bool) -> None:
    docs = iter_documents(source, encoding, config.max_chars * 4)
    first = next(docs, None)
    if first is None:
        raise CleanupError(f"{source} holds no documents")

    def all_docs() -> Iterator[dict]:
        yield first
        yield from docs

    out = _BatchOutput(output, resume)
    todo = (d for d in all_docs() if not out.skip(d))
    show = (sys.stderr is not None and sys.stderr.isatty()) if progress is None else progress
    ok = failed = 0
    from tqdm import tqdm

    bar = tqdm(disable=not show, unit="doc", file=sys.stderr)
    try:
        for res in _results(todo, config, summarize, jobs, time_budget):
            if "error" in res:
                failed += 1
                click.echo(f"mt-cleanup: document {res.get('id')!r}: {res['error']}", err=True)
            else:
                ok += 1
            out.write(res)
            bar.update(1)
        out.finish()
    except BaseException as exc:
        out.abandon()
        out.unlock()
        if out.part is not None and isinstance(exc, (KeyboardInterrupt, click.Abort)):
            raise Failed(EXIT_INTERRUPTED, f"interrupted after {out.kept + ok + failed} documents; they are in "
                                            f"{out.part}: run the same command with --resume to continue") from None
        raise
    finally:
        bar.close()
    out.unlock()
    failed += out.kept_failed
    ok += out.kept - out.kept_failed
    earlier = f" ({out.kept} done by the earlier run)" if out.kept else ""
    click.echo(f"mt-cleanup: {ok + failed} documents: {ok} cleaned, {failed} failed{earlier}", err=True)
    if failed:
        raise Failed(EXIT_INPUT)


