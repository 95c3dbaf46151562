"""Line endings: Windows (CR LF), old Mac (CR) and NEL (U+0085), each a plain newline.

NEL is the line end of text converted from EBCDIC (mainframe exports, some XML tools) and a
line break to Unicode and Python's ``str.splitlines``; the same code point is also the C1 control
that text decoded as Latin-1 holds where Windows-1252 has its ellipsis ('and\\x85 left': an
ellipsis, which the encoding stage restores).  Read as an ellipsis between words of otherwise
clean text it made 'said\\x85the' into 'said…the'.  So NEL is a line end only in text with no
other C1 control (a cp1252 quote such as U+0093 shows the Latin-1 reading) and only where it
follows no Latin-1 letter (after 'Ã' it is half of UTF-8 read as Latin-1: 'Ã\\x85' is 'Å').
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

NEL = "\x85"
_OTHER_C1 = re.compile(r"[\x80-\x84\x86-\x9f]")
#: a NEL that may be a line end: after no Latin-1 letter or sign (a UTF-8 lead byte read as Latin-1)
_NEL_BREAK = r"(?<![\u00a0-\u00ff])\x85"
_LINE_ENDS = re.compile(r"\r\n?")
_LINE_ENDS_NEL = re.compile(r"\r\n?|" + _NEL_BREAK)
_NEL_BREAKS = re.compile(_NEL_BREAK)


def nel_is_line_end(text: str) -> bool:
    """Whether the NELs of ``text`` are line ends rather than Windows-1252 ellipses read as Latin-1."""
    return NEL in text and not _OTHER_C1.search(text)


def mask_nel(text: str) -> str:
    """``text`` with its NEL line ends as newlines (same length), for the encoding repair to leave alone."""
    return _NEL_BREAKS.sub("\n", text) if nel_is_line_end(text) else text


def fix_line_endings(doc: Doc, ctx: Context) -> list[Change]:
    """Windows, old Mac and NEL line endings, first, so that later stages see plain newlines."""
    if ctx.rule("normalize.line_endings") is None or not ("\r" in doc.text or NEL in doc.text):
        return []
    pattern = _LINE_ENDS_NEL if nel_is_line_end(doc.text) else _LINE_ENDS
    changes = (ctx.change(m.start(), m.end(), "\n", "normalize.line_endings") for m in pattern.finditer(doc.text))
    return [c for c in changes if c]
