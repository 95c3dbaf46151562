"""The lines of a JSONL corpus for ``batch``, decoded one by one and each of bounded length.

A line is held whole only up to a cap (twice the input limit in bytes: JSON writes ``é`` as
``\\u00e9``); a longer one is read past in megabyte pieces and reported as one error line,
so a 50 MB line costs what ``--max-chars`` allows, not 50 MB and its parsed JSON.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from typing import IO, Any

from .inputs import codec_name, sniff_bom


def bounded(readline: Callable[[int], Any], cap: int) -> Iterator[Any]:
    """The lines ``readline`` gives, each at most ``cap`` long: a longer line is read on to its end
    in pieces and comes back as None (a 50 MB line must not take 50 MB, let alone its JSON)."""
    while line := readline(cap + 1):
        if len(line) <= cap or line[-1:] in ("\n", b"\n"):
            yield line
            continue
        while (rest := readline(1 << 20)) and rest[-1:] not in ("\n", b"\n"):
            pass
        yield None


def too_long(n: int, cap: int, unit: str) -> str:
    """The error of line ``n``, longer than ``cap`` bytes (or characters, when read decoded)."""
    return f"line {n} is longer than {cap:,} {unit}; split its document or raise --max-chars"


def jsonl_lines(fh: IO[bytes], encoding: str, cap: int = 1 << 62) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, error) for every line of a JSONL stream; a line over ``cap`` bytes
    (characters, in another encoding) is an error, read past without holding it.

    UTF-8 (the default) is decoded line by line, so one bad line fails alone; a
    byte-order mark on the first line is dropped.  A UTF-16/32 mark, or another
    ``--encoding``, decodes the whole stream."""
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    bom = sniff_bom(head)
    codec = bom or codec_name(encoding)
    if codec == "utf-8-sig":
        for n, raw in enumerate(bounded(fh.readline, cap), start=1):
            if raw is None:
                yield n, None, too_long(n, cap, "bytes")
                continue
            if n == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                yield n, raw.decode("utf-8"), None
            except UnicodeDecodeError:
                yield n, None, f"line {n} is not valid UTF-8"
        return
    stream = io.TextIOWrapper(fh, encoding=codec, errors="surrogateescape", newline="")
    for n, line in enumerate(bounded(stream.readline, cap), start=1):
        if line is None:
            yield n, None, too_long(n, cap, "characters")  # decoded: the cap counts characters
            continue
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            yield n, None, f"line {n} is not valid {encoding}"
            continue
        yield n, line, None
