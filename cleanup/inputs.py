"""Corpus input without I/O: bytes to text (byte-order marks, encodings, binary data) and a
JSONL line to a record, the same for ``clean``, ``batch`` and the Dask engine.

>>> parse_line(b'{"text": "Hello."}', 3)
{'text': 'Hello.', 'id': 3}
>>> parse_line(b'{oops', 4)["error"]
'line 4 is not valid JSON: Expecting property name enclosed in double quotes (column 2)'
"""

from __future__ import annotations

import codecs
import json

from .errors import CleanupError

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_bom(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces (which the codec
    then removes), or None.

    >>> sniff_bom("x".encode("utf-16")), sniff_bom(b"\\xef\\xbb\\xbfx"), sniff_bom(b"x")
    ('utf-16', 'utf-8-sig', None)
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def codec_name(encoding: str) -> str:
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


def decode_text(data: bytes, name: str, encoding: str, max_bytes: int) -> str:
    """Bytes to text: a byte-order mark (UTF-8/16/32) decides the encoding, else
    ``encoding``; only then is the text checked for NUL characters, so UTF-16 is text."""
    if len(data) > max_bytes:
        raise CleanupError(f"{name} is larger than {max_bytes:,} bytes; split it or raise --max-chars")
    if not data.strip():
        raise CleanupError(f"{name} is empty: give an article to clean")
    try:
        codec = sniff_bom(data) or codec_name(encoding)
    except LookupError:
        raise CleanupError(f"unknown encoding {encoding!r}") from None
    binary = CleanupError(
        f"{name} looks binary (it contains NUL bytes), not text; if it is UTF-16 or UTF-32 without a "
        "byte-order mark, pass --encoding utf-16-le (or utf-16-be, utf-32-le, utf-32-be)"
    )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        if b"\x00" in data[:65536]:
            raise binary from None
        raise CleanupError(
            f"{name} is not valid {encoding} (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "pass its encoding, e.g. --encoding cp1252"
        ) from None
    except LookupError:
        raise CleanupError(f"unknown encoding {encoding!r}") from None
    if "\x00" in text[:65536]:
        raise binary
    if not text.strip("\ufeff \t\r\n"):
        raise CleanupError(f"{name} is empty: give an article to clean")
    return text


def file_id(rel: str) -> str:
    """A file's name as a document id: a name that is not UTF-8 (its bytes came back as
    surrogates) shows those bytes as ``\\xe9``, since an id with surrogates cannot be written.

    >>> file_id("caf\\udce9.txt"), file_id("café.txt")
    ('caf\\\\xe9.txt', 'café.txt')
    """
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return rel


def parse_line(raw: str | bytes, n: int) -> dict:
    """Line ``n`` (1-based) of a JSONL corpus as a record, or ``{"id", "line", "error"}`` when it
    is blank or malformed (``id`` defaults to the line number)."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            return {"id": None, "line": n, "error": f"line {n} is not valid UTF-8"}
    if not raw.strip():
        return {"id": None, "line": n, "error": f"line {n} is blank (no document)"}
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": n, "error": f"line {n} is not valid JSON: {exc.msg} (column {exc.colno})"}
    except RecursionError:
        return {"id": None, "line": n, "error": f"line {n} is not valid JSON: nested too deeply"}
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        doc_id = obj.get("id") if isinstance(obj, dict) else None
        return {"id": doc_id, "line": n, "error": f"line {n} needs a JSON object with a string field 'text'"}
    if "\\u" in raw and _lone_surrogate(obj):
        return {"id": None, "line": n, "error": f"line {n} has a lone surrogate escape (\\ud800-\\udfff): not valid "
                "Unicode, so its result could not be written as UTF-8"}
    obj.setdefault("id", n)
    return obj


def _lone_surrogate(obj: dict) -> bool:
    """JSON escapes such as ``"\\ud800"`` decode to a character UTF-8 cannot hold; the
    record's fields come back in its output line (an edit's ``before`` too), which then
    cannot be written."""
    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
