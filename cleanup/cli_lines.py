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
    a CRLF file converted twice, is one line end); a raw CR elsewhere (inside a string) ends nothing.
    The brace may close the previous piece: a line over the cap cut right after its brace, whose CR then
    opens the piece that reads past it (else the CR ended nothing and the next record was read past too)."""
    last = b""

    def readline(limit: int) -> bytes:
        nonlocal last
        out = bytearray(last)  # the byte before this piece, for the brace test; dropped below
        start = len(out)
        limit += start
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
        last = bytes(out[-1:])
        return bytes(out[start:])

    return readline if hasattr(fh, "peek") else fh.readline


def strip_bom(raw: bytes) -> bytes:
    """A line without the UTF-8 byte-order mark that opens it: the first line's, or one where files
    that each began with one were joined (``cat a.jsonl b.jsonl``)."""
    return raw[len(_BOM):] if raw.startswith(_BOM) else raw


def too_long(n: int, cap: int, unit: str) -> str:
    """The error of line ``n``, longer than ``cap`` bytes (or characters, when read decoded)."""
    return f"line {n} is longer than {cap:,} {unit}; split its document or raise --max-chars"


def lone_mark(raw: bytes) -> bool:
    """Whether ``raw`` is a byte-order mark and nothing after it, not even a line end: the last line of
    ``cat a.jsonl empty.jsonl`` where the empty file held only its mark.  It is no line, not a blank one."""
    return raw == _BOM


def _as_surrogates(exc: UnicodeError) -> tuple[str, int]:
    """Undecodable bytes as lone surrogates, one a byte: ``surrogateescape`` takes bytes above 127 only,
    and a lone UTF-16 surrogate ('\\x00\\xd8') stopped the whole run (exit 5, no output)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("mt_cleanup.surrogates", _as_surrogates)


class _AsUtf8(io.RawIOBase):
    """A stream in another encoding (UTF-16 by its mark, ``--encoding cp1252``) read as UTF-8, so its
    lines end where a UTF-8 file's do (CRs after a brace, not a raw CR inside a string; a UTF-16 line of
    exactly the cap plus CR LF was a line and a phantom blank one) and a mark opening a later line (joined
    UTF-16 files) is dropped the same way.  Bytes the encoding cannot read become lone surrogates, which
    UTF-8 refuses line by line."""

    def __init__(self, fh: IO[bytes], codec: str) -> None:
        self._fh, self._pending = fh, b""
        self._decoder = codecs.getincrementaldecoder(codec)(errors="mt_cleanup.surrogates")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            data = self._fh.read1(1 << 16) if hasattr(self._fh, "read1") else self._fh.read(1 << 16)
            self._pending = self._decoder.decode(data, not data).encode("utf-8", "surrogatepass")
            if not data:
                break
        n = min(len(buffer), len(self._pending))
        buffer[:n], self._pending = self._pending[:n], self._pending[n:]
        return n


def jsonl_lines(fh: IO[bytes], encoding: str, cap: int = 1 << 62) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, error) for every line of a JSONL stream; a line over ``cap`` bytes
    (of UTF-8, whatever the file's encoding) is an error, read past without holding it.

    Every line is decoded alone, so one bad line fails alone; a byte-order mark opening a line is
    dropped; a run of CRs after a record's brace ends a line too.  A UTF-16/32 mark, or another
    ``--encoding``, is read through UTF-8, so that lines end in the same places."""
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    codec = sniff_bom(head) or codec_name(encoding)
    if codecs.lookup(codec).name in ("utf-16", "utf-32") and not sniff_bom(head):
        codec = codecs.lookup(codec).name + "-le"  # no mark to say the order: little-endian, as Windows writes it (the codec refused: exit 5)
    label, unit = ("UTF-8", "bytes") if codec == "utf-8-sig" else (codec if sniff_bom(head) else encoding, "bytes as UTF-8")
    if codec != "utf-8-sig":
        fh = io.BufferedReader(_AsUtf8(fh, codec))
    for n, raw in enumerate(bounded(any_line_end(fh), cap), start=1):
        if raw is None:
            yield n, None, too_long(n, cap, unit)
        elif not lone_mark(raw):
            try:
                yield n, strip_bom(raw).decode("utf-8"), None
            except UnicodeDecodeError:
                yield n, None, f"line {n} is not valid {label}"
