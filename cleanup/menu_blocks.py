"""A site's menu kept by the scraper, read from its shape: a block of short lines above the
article's first paragraph of prose or below its last one, among them a run of a menu's items
(``• Politics``, ``• Diaspora``, ``• World``, ... or ``Home`` / ``News`` / ``Sport`` /
``Business`` / ``Culture``), with the widgets printed among them (a language switch, a weather
widget's ``Athens 6°C``, a date, ``Powered by ...``).  The whole block goes: taking the items
and leaving the widget lines between them is a half-removal.

Signals that must agree: every line of the block is short (four words or fewer, or a widget's
with a figure: a date, the weather; no sentence end, no finite verb: 'Erdogan Wins Again' is the
headline under the menu), the block holds a
run of menu items (three bulleted items, or five lines in a row, each one to three words in
title case with no figure), it stands before the first paragraph of prose
or after the last one, and the items are not a list the article introduces: under a line ending
in a colon ('The clubs in the group:' above '• Arsenal', '• Chelsea', '• Porto') or, below the
prose, under a line of four words or more with no stop ('The teams left in the draw'), looking
through one heading ('Best film').  An article's own lines at its edges are its headline, a
standfirst, a byline and a date: never five items of a menu.  The block's last line right above
the first prose stays unless bulleted or a widget's: a headline with no verb sits there.  In copy with no mark of MT (a
scraped page's menu shows none: the evidence's Greek page has no MT signal) only three bulleted
items above the prose are taken; plain items and a foot block are offered (a native article may
end on a list of nominees).
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .page_edges import LINE_WORD, printed_lines
from .tagger import has_finite_verb

RULE = "boilerplate.menu_block"
_ENDS_SENTENCE = re.compile(r"[.!?…](?:[”\"’')\]»]*)$")
_BULLET = re.compile(r"^[•·▪►▸▶◦‣⁃>*]\s*|^[-–—]\s+")
_MAX_WORDS = 4
_BULLETED_ITEMS = 3  # bulleted menu items in a run
_PLAIN_ITEMS = 5  # menu items in a run with no bullets


def _short(line: str) -> bool:
    """A line of a menu block: at most four words, no sentence end, not a quotation."""
    return (len(LINE_WORD.findall(line)) <= _MAX_WORDS and len(line) <= 40
            and not _ENDS_SENTENCE.search(line) and line[:1] not in "\"“‘'«")


def _block_line(line: str) -> bool:
    """A line of a menu block: a short one, or a widget's with a figure and no sentence end, up
    to eight words ('Sunday, 18 January 2026 10:45 AM', 'Athens 6°C'), not a headline's."""
    if _short(line) or (any(ch.isdigit() for ch in line) and len(LINE_WORD.findall(line)) <= 8 and len(line) <= 60
                        and not _ENDS_SENTENCE.search(line) and line[:1] not in "\"“‘'«"):
        return not _headline(line)
    return False


def _item(line: str, closed: frozenset[str]) -> tuple[bool, bool]:
    """(is a menu item, is bulleted): one to three words in title case, no figure; the words a
    menu joins with ('Art & Culture', 'News of the Day') may stay in lower case."""
    m = _BULLET.match(line)
    rest = line[m.end():] if m else line
    words = LINE_WORD.findall(rest)
    if not 1 <= len(words) <= 3 or any(ch.isdigit() for ch in rest) or not words[0][:1].isupper():
        return False, False
    ok = all(w[:1].isupper() or w.lower() in closed for w in words)
    return ok, ok and m is not None


def _introduced(text: str, lines: list[tuple[int, int]], k: int, foot: bool) -> bool:
    """Is the run of items from line ``k`` on a list the article introduces: under a line ending
    in a colon ('The towns he visited:'), or below the prose under a line of four words or more
    with no stop ('The teams left in the draw'), looking through one heading ('Best film')?"""
    for above in range(k - 1, max(k - 3, -1), -1):
        line = text[slice(*lines[above])].strip()
        if line.endswith(":") or foot and len(LINE_WORD.findall(line)) >= _MAX_WORDS and not _ENDS_SENTENCE.search(line):
            return True
        if not _short(line):
            return False
    return False


def _has_menu(text: str, lines: list[tuple[int, int]], i: int, j: int, closed: frozenset[str], foot: bool) -> bool:
    """Three bulleted items in lines [i, j), or five items in a row, not in a list the article
    introduces."""
    found = [_item(text[slice(*lines[k])], closed) for k in range(i, j)]
    bulleted = best = 0
    k = 0
    while k < len(found):
        if not found[k][0]:
            k += 1
            continue
        a = k
        while k < len(found) and found[k][0]:
            k += 1
        if _introduced(text, lines, i + a, foot):
            continue
        bulleted += sum(bullet for _, bullet in found[a:k])
        best = max(best, k - a)
    return bulleted >= _BULLETED_ITEMS or best >= _PLAIN_ITEMS


def _headline(line: str) -> bool:
    """A line with a finite verb ('Erdogan Wins Again', read as 'Erdogan wins again'): a headline,
    never a menu's item nor a widget."""
    if has_finite_verb(line):
        return True
    head, _, rest = line.partition(" ")
    rest = " ".join(w if w.isupper() else w.lower() for w in rest.split())  # 'AM' is no 'am'
    return not _BULLET.match(line) and bool(rest) and has_finite_verb(f"{head} {rest}")


def _prose(line: str) -> bool:
    """A paragraph of prose: eight words or more and a sentence end."""
    return len(LINE_WORD.findall(line)) >= 8 and bool(_ENDS_SENTENCE.search(line))


def _blocks(text: str, lines: list[tuple[int, int]], closed: frozenset[str], top: int) -> list[tuple[int, int, bool]]:
    """Indices [i, j) of the blocks of short lines with a menu in them, before the first line of
    prose (from line ``top`` on) or after the last one (the foot: True)."""
    prose = [k for k, (s, e) in enumerate(lines) if _prose(text[s:e])]
    if not prose:
        return []
    out = []
    for lo, hi, foot in ((top, prose[0], False), (prose[-1] + 1, len(lines), True)):
        i = lo
        while i < hi:
            j = i
            while j < hi and _block_line(text[slice(*lines[j])]):
                j += 1
            if j > i and _has_menu(text, lines, i, j, closed, foot):
                # the line right above the first prose is where the headline sits: it stays unless
                # bulleted or a widget's, a figure in three words or fewer ('Athens 6°C')
                above = text[slice(*lines[j - 1])]
                widget = re.search(r"\d", above) and len(LINE_WORD.findall(above)) <= 3
                keep = j == prose[0] and j - 1 > i and not _BULLET.match(above) and not widget
                out.append((i, j - 1 if keep else j, foot))
            i = j + 1
    return out


def menu_blocks(doc: Doc, ctx: Context) -> list[Change]:
    """Take away the blocks of menu lines (and the widget lines among them) at the page's edges."""
    if ctx.rule(RULE) is None or len(doc.paragraphs) < 3:
        return []
    text = doc.text
    lines = printed_lines(text)
    if len(lines) < 6:
        return []
    closed = ctx.words("words.closed_class")
    # the page's title is the article's, above a menu the page printed under it: kept, unless
    # it is a menu's first item with its bullet or a sign with no word ('×', a close button)
    first = text[slice(*lines[0])]
    top = 1 if doc.has_title and not _BULLET.match(first) and LINE_WORD.search(first) else 0
    out: list[Change] = []
    for i, j, foot in _blocks(text, lines, closed, top):
        start, end = lines[i][0], lines[j][0] if j < len(lines) else len(text)
        if j == len(lines):  # at the foot: the breaks before the block go with it
            start = lines[i - 1][1]
        # a scraped page shows no mark of MT above its first paragraph: three bulleted items
        # above the prose are a menu in any copy; a foot list or plain items are offered there
        bulleted = not foot and sum(_item(text[slice(*lines[k])], closed)[1] for k in range(i, j)) >= _BULLETED_ITEMS
        if ch := ctx.change(start, end, "", RULE, native=bulleted):
            out.append(ch)
    return out
