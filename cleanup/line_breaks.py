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
#: a NEL that may be a line end: not the second byte of UTF-8 read as Latin-1 (after a lead byte of two
#: bytes, 'Ã\x85' is 'Å', or of three: 'â\x85\xa0'); after 'é' or 'José' it is no such half (review36c)
_NEL_BREAK = r"(?<![\u00c2-\u00df])(?<![\u00e0-\u00f4][\u00a0-\u00bf])\x85(?![\u00a0-\u00bf])"
_LINE_ENDS = re.compile(r"\r\n?")
#: a line or paragraph separator (U+2028, U+2029) right beside a NEL is part of the same line end, as LF is
#: of CR LF: 'Monday.\u2028\x85He' kept the separator before the new line (review36c)
_BESIDE = "[\u2028\u2029]?"
_LINE_ENDS_NEL = re.compile(r"\r\n?|" + _BESIDE + _NEL_BREAK + _BESIDE)
_NEL_BREAKS = re.compile(_NEL_BREAK)
#: two NELs or more are line ends even beside other C1 controls: Latin-1 text never holds '……' between
#: sentences where a paragraph ended (review36c)
_NEL_RUNS = re.compile(f"(?:{_NEL_BREAK}){{2,}}")
_LINE_ENDS_RUN = re.compile(r"\r\n?|" + _BESIDE + _NEL_RUNS.pattern + _BESIDE)


def nel_is_line_end(text: str) -> bool:
    """Whether the NELs of ``text`` are line ends rather than Windows-1252 ellipses read as Latin-1."""
    return NEL in text and not _OTHER_C1.search(text)


def mask_nel(text: str) -> str:
    """``text`` with its NEL line ends as newlines (same length), for the encoding repair to leave alone."""
    runs = _NEL_BREAKS if nel_is_line_end(text) else _NEL_RUNS
    return runs.sub(lambda m: "\n" * len(m.group()), text) if NEL in text else text


def fix_line_endings(doc: Doc, ctx: Context) -> list[Change]:
    """Windows, old Mac and NEL line endings, first, so that later stages see plain newlines."""
    if ctx.rule("normalize.line_endings") is None or not ("\r" in doc.text or NEL in doc.text):
        return []
    pattern = _LINE_ENDS_NEL if nel_is_line_end(doc.text) else _LINE_ENDS_RUN if NEL in doc.text else _LINE_ENDS
    changes = (ctx.change(m.start(), m.end(), _newlines(m.group()), "normalize.line_endings")
               for m in pattern.finditer(doc.text))
    return [c for c in changes if c]


def _newlines(end: str) -> str:
    """A line end as newlines: one for CR LF or CR, one a NEL, and a paragraph separator beside a NEL
    adds the blank line it stands for (a line separator there adds nothing).

    >>> _newlines("\\r\\n"), _newlines("\\x85\\x85"), _newlines("\\u2028\\x85"), _newlines("\\x85\\u2029")
    ('\\n', '\\n\\n', '\\n', '\\n\\n')
    """
    return "\n" if end[0] == "\r" else "\n" * (end.count(NEL) + end.count("\u2029"))
