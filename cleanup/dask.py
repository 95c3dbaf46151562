"""Dask: a corpus on many processes or machines, with exactly the lines of ``batch --jobs 1``.

Two ways in, both built on :func:`cleanup.records.process_record` (which never raises):

- :func:`process_bag` for people who already hold a ``dask.bag`` of records;
- :func:`run_batch`, what ``mt-cleanup batch --engine dask`` runs: the corpus is cut into
  pieces (:mod:`cleanup.shards`), each worker reads its pieces and writes their output files
  itself (the input and output paths must be the same on every worker: one machine, or a
  shared file system), and only counts and error messages travel back to the client.

dask and distributed are an optional extra (``pip install "mt-cleanup[dask]"``): nothing
imports this module unless asked, and :func:`require` says in one line what is missing.
Rules and word lists are cached per process (``functools.lru_cache`` in ``cleanup.rules`` and
``cleanup.lexicon``), so each worker loads them once, with its first document.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from . import shards
from .config import Config
from .errors import CleanupError, OutputError
from .records import process_record

INSTALL = 'pip install "mt-cleanup[dask]"'


def require() -> None:
    """Import dask.bag and distributed, or raise one line that says how to install them."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise CleanupError(f"the dask engine needs dask and distributed, which are not both installed: {INSTALL}") from None


def process_bag(bag: Any, config: Config | None = None, summarize: bool = False) -> Any:
    """A bag of result dicts, one per record of ``bag``, in the same order (lazy, like any bag).

    Each record is a dict such as ``{"id": ..., "text": ...}``; the result is what
    ``process_record`` returns for it (errors in an ``error`` field)::

        import dask.bag as db, json
        bag = db.read_text("corpus/*.jsonl").map(json.loads)
        process_bag(bag).map(json.dumps).to_textfiles("clean/*.jsonl")
    """
    require()
    return bag.map(partial(process_record, config=config, summarize=summarize))


def _worker_version() -> str:
    from . import __version__

    return __version__


def _check_workers(client: Any, where: str) -> None:
    """Fail early, in one line, when the cluster cannot run us (rather than hang or fail per task)."""
    from . import __version__

    try:
        client.wait_for_workers(1, timeout=60)
        versions = client.run(_worker_version)
    except TimeoutError:
        raise CleanupError(f"the dask cluster at {where} has no workers") from None
    except ImportError as exc:
        raise CleanupError(f"the workers at {where} cannot import mt-cleanup ({exc}): install it on every worker, "
                           f"{INSTALL}") from None
    other = sorted({v for v in versions.values() if v != __version__})
    if other:
        raise CleanupError(f"the workers run mt-cleanup {', '.join(other)}, this is {__version__}: install one version")


@contextmanager
def connect(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to the cluster at ``scheduler``, or to a ``LocalCluster`` of
    ``workers`` processes (default: one per core) with one thread each, closed afterwards."""
    require()
    from distributed import Client, LocalCluster

    if scheduler:
        if not re.fullmatch(r"(?:[a-z]+://)?[^\s/:]+:\d+", scheduler):
            raise CleanupError(f"--scheduler takes an address such as tcp://10.0.0.5:8786, not {scheduler!r}")
        try:
            client = Client(scheduler, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise CleanupError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
        with client:
            _check_workers(client, scheduler)
            yield client
        return
    n = workers or os.cpu_count() or 1
    with _children_ignore_ctrl_c():
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=logging.CRITICAL)
    with cluster, Client(cluster, set_as_default=False) as client:
        from .dask_workers import IgnoreCtrlC

        client.register_plugin(IgnoreCtrlC())  # also in a worker the nanny starts again
        yield client


@contextmanager
def _children_ignore_ctrl_c() -> Iterator[None]:
    """Start the local workers with SIGINT ignored, which a child process keeps (Python installs its
    KeyboardInterrupt handler only over the default): Ctrl-C reaches the whole process group, and
    each worker printed a traceback while this process, which owns the workers, stopped them."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@dataclass
class Totals:
    documents: int = 0
    failed: int = 0
    pieces_skipped: int = 0  # complete already: read back, not computed
    #: (target, error) of each piece that could not be finished (a worker died, a file was unreadable)
    broken: list[tuple[str, str]] = field(default_factory=list)
    #: how many of them failed writing their output (a full disk, no permission): exit status 3
    unwritten: int = 0


def _say(message: str) -> None:
    from tqdm import tqdm

    tqdm.write(message, file=sys.stderr)


def run_corpus(client: Any, plan: shards.Plan, config: Config, summarize: bool = False, encoding: str = "utf-8",
               progress: bool = False) -> Totals:
    """Compute the pieces of ``plan`` that are not complete, on ``client``'s workers; then, for
    one output file, assemble it.  Failed documents are reported as their pieces finish."""
    from distributed import as_completed
    from tqdm import tqdm

    shards.prepare(plan, config, summarize, encoding)
    todo = plan.todo()
    pending = frozenset(todo)
    done = [p for p in plan.pieces if p not in pending]
    totals = Totals(pieces_skipped=len(done))
    futures = client.map(shards.run_piece, todo, config=config, summarize=summarize, encoding=encoding, pure=False)
    futures += client.map(shards.count_piece, done, pure=False)  # complete already: read back, for the counts
    target = {f.key: p.target for f, p in zip(futures, todo + done)}
    source = {f.key: p.source for f, p in zip(futures, todo + done)}
    bar = tqdm(total=len(futures), unit="piece", disable=not progress, file=sys.stderr)
    try:
        for fut in as_completed(futures, loop=client.loop):
            bar.update(1)
            if fut.status != "finished":
                exc = fut.exception()
                totals.broken.append((target[fut.key], f"{type(exc).__name__}: {exc}"))
                totals.unwritten += _is_write_error(exc, source[fut.key])
                continue
            report: shards.PieceReport = fut.result()
            totals.documents += report.documents
            totals.failed += report.failed
            for doc_id, error in report.failures:
                _say(f"mt-cleanup: document {doc_id!r}: {error}")
            bar.set_postfix(documents=totals.documents, refresh=False)
    finally:
        bar.close()
        client.cancel(futures)
    if plan.parts is not None and not totals.broken:
        shards.assemble(plan)
    return totals


def _is_write_error(exc: BaseException, source: str) -> bool:
    """An OSError from the system (an errno; not a gzip stream's BadGzipFile) about a file other than
    the piece's input: its output could not be written."""
    if not isinstance(exc, OSError) or exc.errno is None:
        return False
    return not str(exc.filename or "").startswith(source)


def _plan(source: str, output: str) -> shards.Plan:
    """The pieces; an input that cannot be read (no permission, a gzip cut short) is bad input (1),
    not an output error (3) nor an internal error (5)."""
    try:
        return shards.plan(source, output)
    except (OSError, EOFError, zlib.error) as exc:
        where = getattr(exc, "filename", None) or source
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise CleanupError(f"cannot read {where}: {why}") from None


def _dashboard_hint() -> str:
    from importlib.util import find_spec

    return "" if find_spec("bokeh") else " (it shows graphs once bokeh>=3.1 is installed where the scheduler runs)"


def run_batch(source: str, output: str, config: Config, summarize: bool = False, encoding: str = "utf-8",
              workers: int | None = None, scheduler: str | None = None, progress: bool | None = None) -> int:
    """``mt-cleanup batch --engine dask``: run the corpus, report, and return the exit status."""
    require()
    if output == "-":
        raise CleanupError("the dask engine writes files: give -o OUT.jsonl (one file) or -o FOLDER (shards)")
    config = config.replace(rules_dirs=tuple(str(Path(d).resolve()) for d in config.rules_dirs))
    plan = _plan(source, output)
    if not plan.pieces:
        raise CleanupError(f"{source} holds no documents")
    show = sys.stderr.isatty() if progress is None else progress
    with connect(workers, scheduler) as client:
        if client.dashboard_link:
            _say(f"mt-cleanup: dask dashboard at {client.dashboard_link}{_dashboard_hint()}")
        try:
            totals = run_corpus(client, plan, config, summarize, encoding, show)
        except OSError as exc:
            raise OutputError(f"cannot write {getattr(exc, 'filename', None) or output}: {exc.strerror or exc}") from None
    for tgt, error in totals.broken:
        _say(f"mt-cleanup: {tgt} was not finished ({error}); run the same command again to finish it")
    line = f"mt-cleanup: {totals.documents} documents: {totals.documents - totals.failed} cleaned, {totals.failed} failed"
    if totals.pieces_skipped:
        unit = "pieces" if plan.parts else "shards"
        line += f" ({totals.pieces_skipped} of {len(plan.pieces)} {unit} were complete already)"
    _say(line)
    if not (totals.documents or totals.pieces_skipped or totals.broken):
        raise CleanupError(f"{source} holds no documents")
    return 3 if totals.unwritten else 1 if totals.failed or totals.broken else 0
