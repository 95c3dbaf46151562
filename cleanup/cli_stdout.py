"""Writing the command's text to standard output: every byte or an error, one encoder per stream,
and UTF-8 where the stream is ASCII-only (``PYTHONIOENCODING=ascii``, ``LC_ALL=C`` on a Python
older than 3.7's locale coercion): a user wants the cleaned text, not exit status 3."""

from __future__ import annotations

import codecs
import os
import sys
import weakref
from typing import IO, Any

import click

_ENCODERS: weakref.WeakKeyDictionary[Any, codecs.IncrementalEncoder] = weakref.WeakKeyDictionary()


_NOTED: weakref.WeakSet[Any] = weakref.WeakSet()  # the ASCII-only streams told about already


def _ascii_only(stream: IO[str]) -> bool:
    """A stream that would refuse every character past ASCII (strict errors, or surrogateescape: the C
    locale with UTF-8 mode off, review36c): written as UTF-8 instead."""
    try:
        return codecs.lookup(stream.encoding or "utf-8").name == "ascii" and \
            (getattr(stream, "errors", None) or "strict") in ("strict", "surrogateescape")
    except LookupError:
        return False


def _encoder(stream: IO[str]) -> codecs.IncrementalEncoder:
    """One incremental encoder per stream, so utf-16 or utf-8-sig puts its byte-order mark
    once, at the start, not before every write (batch rows after the first did not parse)."""
    enc = _ENCODERS.get(stream)
    if enc is None:
        name, errors = stream.encoding or "utf-8", getattr(stream, "errors", None) or "strict"
        if _ascii_only(stream):  # PYTHONIOENCODING=ascii, LC_ALL=C on an older Python: UTF-8 rather than a refusal
            name = "utf-8"
        enc = codecs.getincrementalencoder(name)(errors)
        try:
            if stream.seekable() and stream.tell() != 0:
                enc.setstate(0)  # as the text layer does: no mark in the middle of a file
        except (AttributeError, OSError, ValueError):
            pass
        _ENCODERS[stream] = enc
    return enc


def write_stdout(data: str, stream: IO[str] | None = None) -> None:
    """Write all of ``data`` to stdout (or ``stream``) and flush it, or raise.

    A pipe whose reader goes away in the middle of a large write (``| head``) makes the
    kernel accept part of it; Python's buffered writer then returns that short count and
    drops the rest, and the text layer ignores the count, so the run would end with status
    0 and a cut output.  Writing the bytes ourselves, until all are taken, turns the rest
    into the EPIPE it is.  The standard streams translate newlines as their text layer
    does (os.linesep: only on Windows is it not \\n)."""
    stream = stream or sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(data)
        stream.flush()
        return
    if os.linesep != "\n" and any(stream is s for s in (sys.__stdout__, sys.__stderr__)):
        data = data.replace("\n", os.linesep)
    if not data.isascii() and _ascii_only(stream) and stream not in _NOTED:
        _NOTED.add(stream)
        try:
            click.echo("mt-cleanup: standard output is ASCII-only (PYTHONIOENCODING=ascii or the C locale): writing the text as UTF-8", err=True)
        except (OSError, ValueError):
            pass
    view = memoryview(_encoder(stream).encode(data))
    stream.flush()
    while view:
        n = buffer.write(view)
        if not n:
            raise BrokenPipeError(32, "Broken pipe")
        view = view[n:]
    buffer.flush()
