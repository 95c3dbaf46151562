"""'mt-cleanup serve': the preview as a small local web app, and a JSON API.

    GET  /              the preview page, with a form to paste or upload text
    POST /api/process   {"text": "...", "summarize": true, ...} -> the --format json result
    GET  /api/health    {"ok": true}

Every answer but the page is JSON, errors included (``{"error": ...}``), and no request
can take the server down or hold it:

- a bounded pool of request threads (``threads``) behind a listen queue of 128, so a
  burst of clients waits instead of being reset;
- a request must arrive whole within ``read_timeout`` seconds of its connection being
  accepted (a stalled client, or a Content-Length larger than the body, gets 408 and its
  thread back); bodies over 2 MB get 413;
- documents run in worker processes (:mod:`cleanup.workers`), each within ``time_budget``
  seconds; a document past it gets 422 and its worker is replaced, so one hostile
  document costs one core for at most that long, never the others' answers;
- the JSON fields have strict types (booleans are JSON booleans, ``sentences`` an integer
  in range); anything else is 400 or 422 with a message saying what to send;
- clients that go away (reset, broken pipe) are not errors: nothing is logged.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import urlsplit

from .config import Config
from .errors import CleanupError, GrammarError, InputError

MAX_BODY = 2_000_000
MAX_SENTENCES = 100
THREADS = 32
LISTEN_QUEUE = 128
READ_TIMEOUT = 15.0
TIME_BUDGET = 30.0
#: a connection that waited in the queue past its deadline still gets this long to be read
GRACE = 1.0

_BOOLEANS = ("summarize", "generate_headline", "detect_title")
_FIELDS = ("text", "summarize", "sentences", "method", "generate_headline", "detect_title")

Runner = Callable[[str, Config, bool], dict]


class _Reject(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse_request(body: bytes, base: Config) -> tuple[str, Config, bool]:
    """The request's text, its Config and whether to summarise; :class:`_Reject` if it is malformed."""
    from .summarize import METHODS

    try:
        req = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise _Reject(400, "the body must be UTF-8 JSON") from None
    except (json.JSONDecodeError, ValueError) as exc:
        raise _Reject(400, f"the body must be a JSON object: {exc}") from None
    except RecursionError:
        raise _Reject(400, "the body must be a JSON object (this one is nested too deeply)") from None
    if not isinstance(req, dict) or not isinstance(req.get("text"), str):
        raise _Reject(400, "send a JSON object with a string field 'text'")
    unknown = sorted(set(req) - set(_FIELDS))
    if unknown:
        raise _Reject(422, f"unknown field(s) {', '.join(map(repr, unknown))}; the fields are {', '.join(_FIELDS)}")
    for key in _BOOLEANS:
        if key in req and type(req[key]) is not bool:
            raise _Reject(422, f"'{key}' must be true or false (a JSON boolean), not {json.dumps(req[key])[:40]}")
    n = req.get("sentences", base.summary_sentences)
    if type(n) is not int or not 1 <= n <= MAX_SENTENCES:
        raise _Reject(422, f"'sentences' must be an integer from 1 to {MAX_SENTENCES}, not {json.dumps(n)[:40]}")
    method = req.get("method", base.summary_method)
    if method not in ("default", *METHODS):
        raise _Reject(422, f"'method' must be one of default, {', '.join(METHODS)}; not {json.dumps(method)[:40]}")
    text = req["text"]
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise _Reject(422, "'text' holds an unpaired surrogate (\\ud800-\\udfff), which is not text") from None
    config = base.replace(
        summary_sentences=n, summary_method=method,
        generate_headline=req.get("generate_headline", False),
        detect_title=req.get("detect_title", base.detect_title),
    )
    return text, config, req.get("summarize", True)


def _in_process(text: str, config: Config, summarize: bool) -> dict:
    from .pipeline import process

    return process(text, config, summarize=summarize).to_dict()


def handle_api(body: bytes, base: Config, run: Runner | None = None) -> tuple[int, dict[str, Any]]:
    """The API without HTTP: (status, JSON object).  Never raises.

    ``run`` processes one document (default: in this process; the server passes a
    worker pool's ``run``, which adds the time budget)."""
    try:
        text, config, summarize = _parse_request(body, base)
    except _Reject as exc:
        return exc.status, {"error": str(exc)}
    try:
        return 200, (run or _in_process)(text, config, summarize)
    except GrammarError as exc:
        return 503, {"error": str(exc)}
    except InputError as exc:  # empty, not English, too long, past the time budget
        return 422, {"error": str(exc)}
    except CleanupError as exc:
        return 500, {"error": str(exc)}
    except Exception as exc:  # never let one request take the server down
        return 500, {"error": f"internal error ({type(exc).__name__}); please report it"}


class _Reaper:
    """One thread that ends the reading side of connections past their deadline.

    ``shutdown(SHUT_RD)`` wakes a thread blocked in ``recv`` with end-of-file (what was
    already received stays readable, and the answer can still be written), so a stalled
    client, however slowly it trickles bytes, holds a request thread until its deadline
    at most."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._watched: dict[int, tuple[float, socket.socket]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="mt-cleanup-reaper", daemon=True)
        self._thread.start()

    def watch(self, sock: socket.socket, deadline: float) -> None:
        with self._lock:
            self._watched[id(sock)] = (deadline, sock)

    def unwatch(self, sock: socket.socket) -> None:
        with self._lock:
            self._watched.pop(id(sock), None)

    def _loop(self) -> None:
        while not self._stop.wait(0.1):
            now = time.monotonic()
            with self._lock:
                due = [k for k, (d, _) in self._watched.items() if d <= now]
                socks = [self._watched.pop(k)[1] for k in due]
            for s in socks:
                try:
                    s.shutdown(socket.SHUT_RD)
                except OSError:
                    pass

    def stop(self) -> None:
        self._stop.set()


class Server(HTTPServer):
    """HTTPServer with a bounded thread pool, a deadline per request and a worker pool."""

    request_queue_size = LISTEN_QUEUE
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handler: type, *, threads: int, read_timeout: float,
                 run: Runner, close_run: Callable[[], None] | None = None) -> None:
        # what server_close() stops exists before the socket is bound: a port that is taken
        # makes HTTPServer.__init__ call server_close() (it was an AttributeError, exit 5)
        self.run = run
        self._close_run = close_run
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="mt-cleanup-http")
        self._reaper = _Reaper()
        super().__init__(address, handler)
        self.read_timeout = read_timeout
        self.page = b""  # the editor page, and the base config of every request (set by make_server)
        self.config = Config()
        self._local = threading.local()

    def process_request(self, request: Any, client_address: Any) -> None:
        accepted = time.monotonic()
        try:
            self._executor.submit(self._work, request, client_address, accepted)
        except RuntimeError:  # shutting down
            self.shutdown_request(request)

    def _work(self, request: Any, client_address: Any, accepted: float) -> None:
        deadline = max(accepted + self.read_timeout, time.monotonic() + GRACE)
        self._local.deadline = deadline
        self._reaper.watch(request, deadline)
        try:
            self.finish_request(request, client_address)
        except Exception:  # a client that went away, or a bug: never a traceback in the log
            pass
        finally:
            self._reaper.unwatch(request)
            self.shutdown_request(request)

    def deadline(self) -> float:
        return getattr(self._local, "deadline", time.monotonic() + self.read_timeout)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # see _work

    def server_close(self) -> None:
        super().server_close()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._reaper.stop()
        if self._close_run:
            self._close_run()


class Handler(BaseHTTPRequestHandler):
    """The page and the JSON API; what it serves (page, config) comes from its server."""

    server_version = "mt-cleanup"
    protocol_version = "HTTP/1.0"  # one request per connection: its deadline covers it whole
    server: Server

    def setup(self) -> None:
        self.timeout = self.server.read_timeout  # for every single read and write on the socket
        super().setup()

    def handle(self) -> None:
        try:
            super().handle()
        except (OSError, ValueError):  # reset, broken pipe, timeout: the client is gone
            self.close_connection = True

    # -- answers ------------------------------------------------------------
    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Connection", "close")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, obj: dict, extra: dict[str, str] | None = None) -> None:
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8", extra)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors the base class finds (a bad request line, headers too long, an unknown
        method) as JSON too."""
        short, long = self.responses.get(code, ("Error", ""))
        self.close_connection = True
        if self.request_version == "HTTP/0.9":
            self.request_version = "HTTP/1.0"
        self._json(code, {"error": message or long or short})

    def log_message(self, fmt: str, *args: Any) -> None:  # quiet by default
        pass

    # -- routes -------------------------------------------------------------
    def _route(self) -> str:
        return urlsplit(self.path).path

    def do_GET(self) -> None:  # noqa: N802
        path = self._route()
        if path in ("/", "/index.html"):
            self._send(200, self.server.page, "text/html; charset=utf-8")
        elif path == "/api/health":
            self._json(200, {"ok": True})
        elif path == "/api/process":
            self._not_allowed("POST")
        else:
            self._json(404, {"error": f"no such page: {path}"})

    do_HEAD = do_GET  # noqa: N815

    def _not_allowed(self, allow: str) -> None:
        self._json(405, {"error": f"{self.command} is not allowed here; use {allow}"}, {"Allow": allow})

    def _other_method(self) -> None:
        path = self._route()
        if path in ("/", "/index.html", "/api/health"):
            self._not_allowed("GET, HEAD")
        elif path == "/api/process":
            self._not_allowed("POST")
        else:
            self._json(404, {"error": f"no such endpoint: {path}"})

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _other_method  # noqa: N815

    def do_POST(self) -> None:  # noqa: N802
        if self._route() != "/api/process":
            self._other_method()
            return
        raw = self.headers.get("Content-Length")
        if raw is None:
            self._json(411, {"error": "send a Content-Length header"})
            return
        try:
            length = int(raw)
            if length < 0:
                raise ValueError
        except ValueError:
            self._json(400, {"error": f"Content-Length must be a number of bytes, not {raw[:40]!r}"})
            return
        if length > MAX_BODY:
            self._read(min(length, 8 * MAX_BODY), keep=False)  # so the client hears the answer
            self.close_connection = True
            self._json(413, {"error": f"the request is larger than {MAX_BODY:,} bytes"})
            return
        body = self._read(length)
        if body is None:
            self.close_connection = True
            self._json(408, {"error": f"the request body did not arrive: Content-Length says {length:,} bytes, "
                                      f"and not all of them came within {self.server.read_timeout:g} s"})
            return
        status, obj = handle_api(body, self.server.config, self.server.run)
        self._json(status, obj)

    def _read(self, length: int, keep: bool = True) -> bytes | None:
        """``length`` bytes of body, or None when the client stops sending (the reaper
        ends the read at the deadline)."""
        chunks: list[bytes] = []
        left = length
        while left > 0:
            if time.monotonic() >= self.server.deadline():
                return None
            try:
                chunk = self.rfile.read1(min(65536, left))
            except (OSError, ValueError):
                return None
            if not chunk:
                return None
            if keep:
                chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)


def make_server(host: str, port: int, config: Config, *, threads: int = THREADS, workers: int | None = None,
                time_budget: float | None = TIME_BUDGET, read_timeout: float = READ_TIMEOUT,
                warm: bool = False) -> Server:
    """The server, listening; call ``serve_forever()``.  ``workers`` processes (default: one
    per core, at least two) run the documents, each within ``time_budget`` seconds;
    ``warm=True`` starts them now rather than on the first request."""
    from .render import app_page
    from .workers import WorkerPool

    pool = WorkerPool(workers, time_budget)
    try:
        server = Server((host, port), Handler, threads=threads, read_timeout=read_timeout, run=pool.run,
                        close_run=pool.close)
    except BaseException:
        pool.close()
        raise
    server.page, server.config = app_page().encode("utf-8"), config
    if warm:
        pool.warm()
    return server
