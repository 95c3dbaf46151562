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

_ENDS = ("\n", b"\n", "\r", b"\r")
_BOM = codecs.BOM_UTF8


def bounded(readline: Callable[[int], Any], cap: int) -> Iterator[Any]:
    """The lines ``readline`` gives, each at most ``cap`` long: a longer line is read on to its end
    in pieces and comes back as None (a 50 MB line must not take 50 MB, let alone its JSON)."""
    while line := readline(cap + 1):
        if len(line) <= cap or line[-1:] in _ENDS:
            yield line
            continue
        while (rest := readline(1 << 20)) and rest[-1:] not in _ENDS:
            pass
        yield None


def any_line_end(fh: IO[bytes]) -> Callable[[int], bytes]:
    """``fh.readline`` that also ends a line at a run of CRs after a record's closing brace (a JSONL file
    saved with old Mac line ends was one line, one 'Extra data' error, every document lost; ``\\r\\r\\n``,
    a CRLF file converted twice, is one line end); a raw CR elsewhere (inside a string) ends nothing."""
    def readline(limit: int) -> bytes:
        out = bytearray()
        while len(out) < limit and (chunk := fh.peek(1)):  # type: ignore[attr-defined]  # the buffer: a read's worth
            n = min(len(chunk), limit - len(out))
            lf = chunk.find(b"\n", 0, n)
            cr = chunk.find(b"\r", 0, lf if lf >= 0 else n)  # each search stops at the line's end
            if cr < 0 and lf < 0:
                out += fh.read(n)
                continue
            if cr < 0:
                out += fh.read(lf + 1)
                break
            out += fh.read(cr + 1)
            if out[-2:-1] == b"}":  # a record's end: the CRs and an LF after them close the line
                while fh.peek(1)[:1] == b"\r":  # type: ignore[attr-defined]
                    out += fh.read(1)
                if fh.peek(1)[:1] == b"\n":  # type: ignore[attr-defined]
                    out += fh.read(1)
                break
        return bytes(out)

    return readline if hasattr(fh, "peek") else fh.readline


def strip_bom(raw: bytes) -> bytes:
    """A line without the UTF-8 byte-order mark that opens it: the first line's, or one where files
    that each began with one were joined (``cat a.jsonl b.jsonl``)."""
    return raw[len(_BOM):] if raw.startswith(_BOM) else raw


def too_long(n: int, cap: int, unit: str) -> str:
    """The error of line ``n``, longer than ``cap`` bytes (or characters, when read decoded)."""
    return f"line {n} is longer than {cap:,} {unit}; split its document or raise --max-chars"


def jsonl_lines(fh: IO[bytes], encoding: str, cap: int = 1 << 62) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, error) for every line of a JSONL stream; a line over ``cap`` bytes
    (characters, in another encoding) is an error, read past without holding it.

    UTF-8 (the default) is decoded line by line, so one bad line fails alone; a
    byte-order mark opening a line is dropped; a lone CR ends a line too.  A UTF-16/32 mark, or another
    ``--encoding``, decodes the whole stream."""
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    bom = sniff_bom(head)
    codec = bom or codec_name(encoding)
    if codec == "utf-8-sig":
        for n, raw in enumerate(bounded(any_line_end(fh), cap), start=1):
            if raw is None:
                yield n, None, too_long(n, cap, "bytes")
                continue
            try:
                yield n, strip_bom(raw).decode("utf-8"), None
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
