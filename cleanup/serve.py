"""'mt-cleanup serve': the preview as a small local web app, and a JSON API.

    GET  /              the preview page, with a form to paste or upload text
    POST /api/process   {"text": "...", "summarize": true, ...} -> the --format json result
    GET  /api/health    {"ok": true}

Requests are limited in size; bad requests get a JSON error and the server goes on.
"""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .config import Config
from .errors import CleanupError

MAX_BODY = 2_000_000


def handle_api(body: bytes, base: Config) -> tuple[int, dict[str, Any]]:
    """The API without HTTP: (status, JSON object).  Never raises."""
    from .pipeline import process

    try:
        req = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return 400, {"error": f"the body must be a JSON object: {exc}"}
    if not isinstance(req, dict) or not isinstance(req.get("text"), str):
        return 400, {"error": "send a JSON object with a string field 'text'"}
    try:
        n = req.get("sentences", base.summary_sentences)
        config = base.replace(
            summary_sentences=int(n), summary_method=str(req.get("method", base.summary_method)),
            generate_headline=bool(req.get("generate_headline", False)),
            detect_title=bool(req.get("detect_title", base.detect_title)),
        )
        result = process(req["text"], config, summarize=bool(req.get("summarize", True)))
    except (CleanupError, ValueError, TypeError) as exc:
        return 422, {"error": str(exc)}
    except Exception as exc:  # never let one request take the server down
        return 500, {"error": f"internal error ({type(exc).__name__}); please report it"}
    return 200, result.to_dict()


def make_server(host: str, port: int, config: Config) -> ThreadingHTTPServer:
    from .render import app_page

    page = app_page().encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        server_version = "mt-cleanup"

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(body)

        def _json(self, status: int, obj: dict) -> None:
            self._send(status, json.dumps(obj, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

        def do_GET(self) -> None:  # noqa: N802
            if self.path in ("/", "/index.html"):
                self._send(200, page, "text/html; charset=utf-8")
            elif self.path == "/api/health":
                self._json(200, {"ok": True})
            else:
                self._json(404, {"error": f"no such page: {self.path}"})

        def do_POST(self) -> None:  # noqa: N802
            if self.path != "/api/process":
                self._json(404, {"error": f"no such endpoint: {self.path}"})
                return
            try:
                length = int(self.headers.get("Content-Length", ""))
            except ValueError:
                self._json(411, {"error": "send a Content-Length header"})
                return
            if length > MAX_BODY:
                # read (and drop) what the client is sending, within reason, so it hears the answer
                left = min(length, 8 * MAX_BODY)
                while left > 0:
                    chunk = self.rfile.read(min(65536, left))
                    if not chunk:
                        break
                    left -= len(chunk)
                self.close_connection = True
                self._json(413, {"error": f"the request is larger than {MAX_BODY:,} bytes"})
                return
            status, obj = handle_api(self.rfile.read(length), config)
            self._json(status, obj)

        def log_message(self, fmt: str, *args: Any) -> None:  # quiet by default
            pass

    return ThreadingHTTPServer((host, port), Handler)
