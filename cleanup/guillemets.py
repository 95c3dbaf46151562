"""Guillemets (« ») carried over from the source language into English (from :mod:`cleanup.quotes`)."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .source_quotes import LOW_MARKS, source_quote_changes

_GUILLEMET = re.compile(r"«(?=\w)|(?<=[\w.!?])»")  # not a breadcrumb's 'Home » News'
_PRONOUN = re.compile(r"(?:He|She|They|We|It)\b")


def fix_guillemets(doc: Doc, ctx: Context) -> list[Change]:
    """``«Immortal Regiment»`` -> ``“Immortal Regiment”``: the source language's quotation marks
    carried over into English; in a paragraph whose guillemets pair up («...») in order, every one,
    on whichever side of its space it stands (``said that« the ministry ... month »He``: Arabic's
    mirrored marks), moved to its word."""
    if ctx.rule("normalize.guillemets") is None:
        return []
    text = doc.text
    if "«" not in text and "»" not in text:
        return source_quote_changes(text, ctx) if any(c in text for c in LOW_MARKS) else []
    at = {m.start() for m in _GUILLEMET.finditer(text)}
    for line in re.finditer(r"[^\n]+", text):
        s = line.start()
        marks = [m.start() for m in re.finditer("[«»]", line.group())]
        # in order, the last quotation perhaps left open (its closing mark dropped); at least one
        # pair, on one line: a lone '« Previous article' or '« Previous\nNext »' is a page's arrows
        if len(marks) > 1 and "".join(text[s + i] for i in marks) == ("«»" * len(marks))[:len(marks)]:
            at.update(s + i for i in marks)
    out = [ctx.change(*_guillemet_change(text, i), "normalize.guillemets") for i in sorted(at)]
    return [ch for ch in out if ch] + source_quote_changes(text, ctx)


def _guillemet_change(text: str, i: int) -> tuple[int, int, str]:
    """(start, end, replacement) for the guillemet at ``i``, moved to the word it belongs to
    (``that« the`` -> ``that “the``, ``Forces »He`` -> ``Forces” He``, ``« liberté »`` ->
    ``“liberté”``)."""
    before, after, word_before, word_after = text[i - 1:i], text[i + 1:i + 2], text[i - 2:i - 1], text[i + 2:i + 3]
    if text[i] == "«":
        if after == " " and word_after.strip():
            return (i, i + 2, " “") if before.isalnum() else (i, i + 2, "“")
        return i, i + 1, "“"
    if before == " " and word_before.strip():
        if not after.isalnum():
            return i - 1, i + 1, "”"
        # 'Armed Forces »He added': the quotation ended its sentence, whose stop was lost with the mark
        stop = "." if word_before.isalpha() and _PRONOUN.match(text, i + 1) else ""
        return i - 1, i + 1, stop + "” "
    return i, i + 1, "”"
