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

from collections.abc import Iterable, Iterator
from typing import Any

from .config import Config
from .errors import CleanupError, ConfigError
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


def _one(args: tuple[Any, Config | None, bool]) -> dict:
    return process_record(*args)


def process_many(records: Iterable[Any], config: Config | None = None, jobs: int = 1,
                 summarize: bool = False, chunksize: int = 8) -> Iterator[dict]:
    """``process_record`` over ``records``, in input order, on ``jobs`` worker processes."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:  # faults37: jobs=0 ran, '2' was a TypeError
        raise ConfigError(f"process_many jobs takes a whole number of at least 1, got {jobs!r}")
    work = ((r, config, summarize) for r in records)
    if jobs <= 1:
        yield from map(_one, work)
        return
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(_one, work, chunksize=chunksize)
