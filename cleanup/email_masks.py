"""Cloudflare's e-mail mask: ``[email protected]``, what a scraper keeps of an address the site
hides behind a script (holdout12:h12_nl_woonopstand_rotterdam-council-police-action: ``e-mail a
letter ([email protected])``, ``via [email protected] or via the contact form``, ``14:00:
[email protected] or 0102673400``; the same mask on any Cloudflare site, MT or not:
pages:shopt.digital/fr/terms-and-conditions ``sending an email to [email protected]``).

The mask is no address an editor can keep: in brackets it goes with its brackets; as one of two
alternatives (``X or Y``, ``via X or via Y``, ``Y or X``) it goes with its ``or`` and the other
alternative stays, whatever opens it (``+31 10``, ``(010)``, a quote); after a colon it heads a list
of ways to reach someone and goes with its ``or``, ``and`` or ``/`` (``14:00: 0102673400``: the colon
still introduces how to register, so the sentence keeps its meaning), after ``and`` or ``/`` only
when a contact follows (``Questions: X and we will reply``, ``Contact: X / Tel: ...``: offered);
masks joined by ``or`` go together, so no ``: or`` or ``or or`` is left, and with the preposition
before them when another follows (``at X or at X or by phone`` -> ``by phone``); anywhere else its removal is only offered (the
sentence may need a word rewritten).  A reporter's tag with the mask (``Reporter Song Eun-seok [email protected]``) is
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
# what may open the other alternative: a word, a figure, '+31', '(010)', a quote; not a second mask
_OTHER = r"(?=(\w+)|[^\s\w.,;:!?\[])"
# a run of masks each after the same word goes whole with that word ('at X or at X or by phone')
_FIRST = re.compile(rf"(?:(\b[a-z]+) )?{_MASK}(?:,? or (?(1)(\1 )?){_MASK})*,? or {_OTHER}")
# after a colon the mask heads a list of ways to reach someone ('14:00: X or 0102673400', 'Contact:
# X / 0102673400', 'X and 0102673400'): it goes with its link word, the rest of the list stays;
# after 'and' or '/' only a contact (a figure, '+31', '(010)', a web address; no label such as
# 'Tel:') shows a list: before anything else ('Questions: X and we will reply') the removal,
# link word and all, is only offered
_LISTED = re.compile(rf"(?<=: ){_MASK}(?:(,? or {_OTHER})|,? and |\s?/ )")
_CONTACT = re.compile(r"(?:[\d+(]|www\.|https?:)(?!\S*:\s)")
_SECOND = re.compile(rf"(?<=\w) or {_MASK}")
# masks joined by 'or' are one run ('X or X'): removed together, no 'or' is left alone; after a
# colon and before a stop the colon goes too, and so does a link word left at the end ('by 14:00: X or X.' -> 'by 14:00.')
_RUN = rf"{_MASK}(?:,? (?:or|and) {_MASK})*"
_ALONE = re.compile(rf"(?::(?= {_RUN}[.;!?])| (?:at|to|via|on|by|email|e-mail|mail|contact))? ?{_RUN}"
                    r"(?:,? (?:or|and)(?=[.;!?]|$))?", re.M)
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
    for m in _LISTED.finditer(text):
        add(m.start(), m.end(), doubt=m.group(1) is None and not _CONTACT.match(text, m.end()))
    preps = ctx.words("boilerplate.email_mask_prepositions")
    for m in _FIRST.finditer(text):
        repeated = m.group(1) is not None and (m.group(2) is not None or m.group(1) == m.group(3)
                                               or {m.group(1), m.group(3)} <= preps)
        add(m.start() if repeated else m.start(0) + (len(m.group(1)) + 1 if m.group(1) else 0), m.end())
    for m in _SECOND.finditer(text):
        add(m.start(), m.end())
    for m in _ALONE.finditer(text):
        if not _REPORTER.search(text, max(0, m.start() - 80), m.start()):
            add(m.start(), m.end(), doubt=True)
    return out
