"""One record function for every engine: a JSON-like dict in, a dict out, never an exception.

``process_record`` is what ``batch`` runs on each line and what a distributed engine
(Dask, Spark, Ray) calls on each row: the output has the input's fields except ``text``,
then the result's fields (the JSON schema of ``--format json``), or an ``error`` field.
``process_many`` keeps the input order and loads rules once per worker process.
``parse_line`` and ``decode_text`` turn input bytes into a record exactly as ``batch`` does,
for engines that read files themselves (:mod:`cleanup.shards`).

>>> process_record({"id": 7, "text": "The talks ended , both sides said."})["text"]
'The talks ended, both sides said.'
>>> process_record({"id": 8, "text": ""})["error"]
'the input is empty: give an article to clean'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .config import Config
from .errors import CleanupError
from .pipeline import process


def process_record(record: Any, config: Config | None = None, summarize: bool = False) -> dict:
    """Clean ``record["text"]``; errors (bad input, a bug) come back as ``record["error"]``."""
    if not isinstance(record, dict):
        return {"id": None, "error": "a record must be a JSON object with a string field 'text'"}
    if "error" in record:
        return record  # already failed upstream (a malformed line): passed through
    passthrough = {k: v for k, v in record.items() if k != "text"}
    if not isinstance(record.get("text"), str):
        return {**passthrough, "error": "a record must be a JSON object with a string field 'text'"}
    try:
        result = process(record["text"], config, summarize=summarize)
    except CleanupError as exc:
        return {**passthrough, "error": str(exc)}
    except Exception as exc:  # one bad document must not stop a corpus
        return {**passthrough, "error": f"internal error ({type(exc).__name__}: {exc}); please report it"}
    return {**passthrough, **result.to_dict()}


def parse_line(raw: bytes, n: int) -> dict:
    """Line ``n`` (1-based) of a JSONL corpus as a record, or ``{"id", "line", "error"}`` when
    it is malformed: the record ``batch`` makes of it (``id`` defaults to the line number).

    >>> parse_line(b'{"text": "Hello."}', 3)
    {'text': 'Hello.', 'id': 3}
    >>> parse_line(b'{oops', 4)["error"]
    'line 4 is not valid JSON: Expecting property name enclosed in double quotes (column 2)'
    """
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return {"id": None, "line": n, "error": f"line {n} is not valid UTF-8"}
    except json.JSONDecodeError as exc:
        return {"id": None, "line": n, "error": f"line {n} is not valid JSON: {exc.msg} (column {exc.colno})"}
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        doc_id = obj.get("id") if isinstance(obj, dict) else None
        return {"id": doc_id, "line": n, "error": f"line {n} needs a JSON object with a string field 'text'"}
    obj.setdefault("id", n)
    return obj


def decode_text(data: bytes, name: str, encoding: str, max_bytes: int) -> str:
    """A document's bytes as text, refusing (``CleanupError``) what ``batch`` refuses: too large,
    empty, binary, or not in ``encoding``."""
    if len(data) > max_bytes:
        raise CleanupError(f"{name} is larger than {max_bytes:,} bytes; split it or raise --max-chars")
    if not data.strip():
        raise CleanupError(f"{name} is empty: give an article to clean")
    if b"\x00" in data[:65536]:
        raise CleanupError(f"{name} looks binary (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig" if encoding.lower().replace("_", "-") in {"utf-8", "utf8"} else encoding)
    except UnicodeDecodeError as exc:
        raise CleanupError(
            f"{name} is not valid {encoding} (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "pass its encoding, e.g. --encoding cp1252"
        ) from None
    except LookupError:
        raise CleanupError(f"unknown encoding {encoding!r}") from None


def _one(args: tuple[Any, Config | None, bool]) -> dict:
    return process_record(*args)


def process_many(records: Iterable[Any], config: Config | None = None, jobs: int = 1,
                 summarize: bool = False, chunksize: int = 8) -> Iterator[dict]:
    """``process_record`` over ``records``, in input order, on ``jobs`` worker processes."""
    work = ((r, config, summarize) for r in records)
    if jobs <= 1:
        yield from map(_one, work)
        return
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(_one, work, chunksize=chunksize)
