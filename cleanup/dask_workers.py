"""What every local dask worker runs when it starts, a restarted one too (imports distributed:
only :mod:`cleanup.dask` loads it, once the engine is chosen)."""

from __future__ import annotations

import signal
import threading
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin


class IgnoreCtrlC(WorkerPlugin):
    """Ctrl-C reaches the whole process group; the process that owns the local workers stops them,
    so a worker ignores SIGINT rather than print a traceback.  Starting the first workers with
    SIGINT ignored (:func:`cleanup.dask._children_ignore_ctrl_c`) does not reach one that the
    nanny starts again after a crash or a memory limit: a plugin runs in every worker that starts."""

    name = "mt-cleanup-ignore-ctrl-c"

    def setup(self, worker: Any) -> None:
        if threading.current_thread() is threading.main_thread():  # where a worker's event loop runs
            signal.signal(signal.SIGINT, signal.SIG_IGN)
