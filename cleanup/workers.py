"""Worker processes with a time budget per document, for 'serve' and 'batch --time-budget'.

Why processes: the chain is CPU-bound Python and ``re``, and a regular expression holds
the GIL for as long as it runs, so in threads one hostile document (a long run of full
stops, say) stops every other request.  In a worker process it only uses its own core,
and when it takes longer than the budget its worker is killed and replaced: the caller
gets :class:`TimeBudgetError` and the other documents go on.

A worker imports the chain and runs one small document before it counts as ready, so
the budget measures the document, not Python's start-up.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import queue
import threading
import time
from dataclasses import dataclass
from typing import Any

from .config import Config
from .errors import CleanupError, InputError

#: how long a new worker may take to import the chain and load the rules
START_TIMEOUT = 180.0
_WARM_UP = "The talks ended on Monday , officials said. and no date was set"


class TimeBudgetError(InputError):
    """A document took longer than the time budget (its worker was stopped)."""


class WorkerError(CleanupError):
    """A worker process died while processing a document (out of memory, killed...)."""


def default_workers() -> int:
    """One worker per core the process may use, at least two (so one slow document never
    stops the rest), at most eight."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 2
    return max(2, min(8, cores))


def freeze_loaded() -> None:
    """In a process of our own (a batch or server worker): move what is loaded out of the garbage
    collector's reach (``gc.freeze``), which otherwise walks the tables at every full collection
    (on 1,000 BBC articles the collector's CPU time fell from 0.32 to 0.10 s).  Process-wide, so
    the library never calls it for its host: only our workers and the speed bench do."""
    gc.collect()  # nothing that is already garbage is frozen
    gc.freeze()


def _worker_main(conn: Any) -> None:
    """A worker's loop: (text, config, summarize) in, ('ok', dict) or ('error', exception) out."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops us
    from .pipeline import preload, process

    try:
        process(_WARM_UP)
        preload()  # the tables a later document may need: its time budget is for its own work
        freeze_loaded()  # the worker's own process: the tables leave the collector's walks
    except Exception:  # a broken chain shows on the first real document, with its message
        pass
    try:
        conn.send(("ready", None))
    except (OSError, ValueError):  # the pool was closed while we started
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if job is None:
            return
        text, config, summarize = job
        try:
            reply: tuple[str, Any] = ("ok", process(text, config, summarize=summarize).to_dict())
        except CleanupError as exc:
            reply = ("error", exc)
        except Exception as exc:  # one bad document must not end the worker
            reply = ("error", WorkerError(f"internal error ({type(exc).__name__}: {exc}); please report it"))
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Any

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(5)
        except (OSError, ValueError, AttributeError):
            pass
        try:
            self.conn.close()
        except OSError:
            pass


class WorkerPool:
    """``size`` worker processes; :meth:`run` blocks until a worker is free.

    ``budget`` (seconds, or None for no limit) bounds the time one document may take;
    past it, its worker is killed and :class:`TimeBudgetError` is raised.  Workers start
    when first needed.  Thread-safe: many threads may call :meth:`run` at once.
    """

    def __init__(self, size: int | None = None, budget: float | None = None) -> None:
        self.size = size or default_workers()
        self.budget = budget
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        for _ in range(self.size):
            self._idle.put(None)  # a free slot, started on first use
        self._closed = False
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child,), daemon=True, name="mt-cleanup-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        with self._lock:
            self._all.add(w)
        if not parent.poll(START_TIMEOUT):
            self._drop(w)
            raise WorkerError(f"a worker process did not start within {START_TIMEOUT:.0f} s")
        try:
            parent.recv()
        except (EOFError, OSError):
            self._drop(w)
            raise WorkerError("a worker process exited while starting") from None
        return w

    def _drop(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)

    def run(self, text: str, config: Config, summarize: bool = False) -> dict[str, Any]:
        """``process(text, config, summarize=...).to_dict()`` in a worker, within the budget."""
        if self._closed:
            raise WorkerError("the worker pool is closed")
        w = self._idle.get()
        try:
            if w is None or not w.process.is_alive():
                if w is not None:
                    self._drop(w)
                w = None
                w = self._start()
            try:
                w.conn.send((text, config, summarize))
                t0 = time.monotonic()
                ready = w.conn.poll(self.budget)
            except (OSError, ValueError):
                self._drop(w)
                w = None
                raise WorkerError("a worker process died; please try again") from None
            if not ready:
                self._drop(w)
                w = None
                raise TimeBudgetError(
                    f"processing took longer than the time budget of {self.budget:g} s and was stopped "
                    f"(the document has {len(text):,} characters); split it into smaller documents"
                )
            try:
                kind, payload = w.conn.recv()
            except (EOFError, OSError):
                code = w.process.exitcode
                self._drop(w)
                w = None
                raise WorkerError(
                    f"the worker process died while processing this document (exit code {code}, "
                    f"after {time.monotonic() - t0:.1f} s); it may have run out of memory"
                ) from None
            if kind == "error":
                raise payload
            return payload
        finally:
            if self._closed and w is not None:
                self._drop(w)
            else:
                self._idle.put(w)

    def warm(self) -> None:
        """Start every worker now, in the background (the first requests need not wait)."""

        def start_one() -> None:
            try:
                w = self._idle.get_nowait()
            except queue.Empty:
                return
            if w is None and not self._closed:
                try:
                    w = self._start()
                except CleanupError:
                    w = None
            self._idle.put(w)

        for _ in range(self.size):
            threading.Thread(target=start_one, name="mt-cleanup-warm", daemon=True).start()

    def close(self) -> None:
        """Stop every worker (running documents are abandoned)."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
            w.kill()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
