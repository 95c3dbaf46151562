"""Cloudflare's e-mail mask: ``[email protected]``, what a scraper keeps of an address the site
hides behind a script (holdout12:h12_nl_woonopstand_rotterdam-council-police-action: ``e-mail a
letter ([email protected])``, ``via [email protected] or via the contact form``, ``14:00:
[email protected] or 0102673400``; the same mask on any Cloudflare site, MT or not:
pages:shopt.digital/fr/terms-and-conditions ``sending an email to [email protected]``).

The mask is no address an editor can keep: in brackets it goes with its brackets; as one of two
alternatives (``X or Y``, ``via X or via Y``, ``Y or X``) it goes with its ``or`` and the other
alternative stays; anywhere else its removal is only offered (the sentence may need a word
rewritten).  A reporter's tag with the mask (``Reporter Song Eun-seok [email protected]``) is
``boilerplate.reporter_tag``'s."""

from __future__ import annotations

import bisect
import re

from .doc import Context, Doc
from .edits import Change

RULE = "boilerplate.email_mask"
_MASK = r"\[email\s?protected\]"
_BRACKETED = re.compile(rf" ?\({_MASK}\)")
# 'via X or via the form' (the word before the mask repeated after 'or': it goes with the mask),
# 'X or 0102673400', 'the form or X'
_FIRST = re.compile(rf"(?:(\b[a-z]+) )?{_MASK},? or (?=(\w+))")
_SECOND = re.compile(rf"(?<=\w) or {_MASK}")
_ALONE = re.compile(rf"(?: (?:at|to|via|on|by|email|e-mail|mail|contact))? ?{_MASK}")
_REPORTER = re.compile(r"(?:Reporter|Correspondent|Reporting by)\b[^\n]{0,60}$")


def fix_email_masks(doc: Doc, ctx: Context) -> list[Change]:
    """Remove the mask in brackets or as one of two alternatives; offer its removal elsewhere."""
    text = doc.text
    if ctx.rule(RULE) is None or "protected]" not in text:
        return []
    out: list[Change] = []
    starts: list[int] = []  # the spans taken, sorted and apart: a bisection finds a clash in log time
    ends: list[int] = []

    def add(s: int, e: int, doubt: bool = False) -> None:
        i = bisect.bisect_left(starts, s)
        if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            return
        if ch := ctx.change(s, e, "", RULE, doubt=doubt):
            out.append(ch)
            starts.insert(i, s)
            ends.insert(i, e)

    for m in _BRACKETED.finditer(text):
        add(m.start(), m.end())
    for m in _FIRST.finditer(text):
        repeated = m.group(1) is not None and m.group(1) == m.group(2)
        add(m.start() if repeated else m.start(0) + (len(m.group(1)) + 1 if m.group(1) else 0), m.end())
    for m in _SECOND.finditer(text):
        add(m.start(), m.end())
    for m in _ALONE.finditer(text):
        if not _REPORTER.search(text, max(0, m.start() - 80), m.start()):
            add(m.start(), m.end(), doubt=True)
    return out
