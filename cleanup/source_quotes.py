"""Quotation marks of a source language's typography other than « » (:mod:`cleanup.guillemets`),
carried over into English by MT; part of the ``normalize.guillemets`` rule.

- The low opening mark of German, Czech, Slovak, Polish, Romanian, Bulgarian, Hungarian and
  Croatian, closed by a high mark: ``„…“`` (de, cs, bg), ``„…”`` (pl, ro, hu), single ``‚…‘``.
  English sets ``“…”`` / ``‘…’``. Evidence: dev:de_impuls-gesundheit_bonn-essen-fires (dpa news
  agency: „Arson at Essen tire dealer“), mining:m_hu_magyarnemzet_gulyas-trianon and
  mining:m_hu_v4na_orban-brussels-interests (Hungarian MT: „We cannot support ...,” the minister
  said): the double pair is applied; the single pair (its opening mark looks like a comma, no real
  text seen) only offered. ``quote_spacing`` leaves the closing ``“`` of a pair alone
  (:func:`low_closers`); it read it as an opening mark and put a space before it (``„It is over “``).
- Single guillemets ``‹…›`` (French, Swiss German nested quotations) and the CJK angle and title
  brackets ``〈…〉`` ``《…》`` (Chinese and Korean titles of books, reports, newspapers): English
  quotes a title in plain text (a newspaper's name it would set in italics, which plain text lacks;
  the marks keep where the title starts and ends). No real MT text of the look sets or the pages
  found has them, so these are only offered (the rule's doubtful confidence).
"""

from __future__ import annotations

import re

from .doc import Context
from .edits import Change

RULE = "normalize.guillemets"
LOW_MARKS = "„‚‹〈《"
_WORD = re.compile(r"[^\W\d_]+")
# a low-9 opening mark glued to the word it opens, after a space, a line's start, a bracket or a
# colon, whose quotation is not closed by a high mark glued to its last word in the paragraph
# (a long quotation closed after a comma, ``„I don't urge anyone. ... each one,” added the PSD
# head``, or a text cut off inside it): English opens a quotation with “ (holdout12:
# h12_ro_ecopoliticnews_ciolacu-piedone-sector5-team, twice; the paired ones of the de and hu texts
# above). A spaced mark (``„ and then``) is left.
_LONE_LOW = re.compile(r"(?:^|(?<=[\s(\[:]))„(?=[^\W_])", re.MULTILINE)
# an opening mark glued to the words it opens, then (in the same paragraph, before another
# opening mark of its kind) a closing mark glued to the words it closes
_PAIRS = (
    (re.compile(r"„(?=[^\s„“”])([^\n„“”]{1,3000}?)(?<=\S)[“”]"), "“", "”", False),
    # not between two figures: '1‚5' is a decimal comma typed as the low-9 mark
    (re.compile(r"‚(?=[^\s‚‘’])(?!(?<=\d‚)\d)([^\n‚‘]{1,300}?)(?<=\S)[‘’](?![a-z])"), "‘", "’", True),
    (re.compile(r"‹(?=\S)([^\n‹›]{1,300}?)(?<=\S)›|‹ ([^\n‹›]{1,300}?) ›"), "‘", "’", True),
    (re.compile(r"〈\s*([^\n〈〉]{1,200}?)\s*〉"), "“", "”", True),
    (re.compile(r"《\s*([^\n《》]{1,200}?)\s*》"), "“", "”", True),
)


def source_quote_changes(text: str, ctx: Context) -> list[Change]:
    """``„It is over“`` -> ``“It is over”``; ``‚no‘`` -> ``‘no’``; ``‹ never ›`` -> ``‘never’`` and
    ``《People's Daily》`` -> ``“People's Daily”`` offered (not a page's arrows: ``‹ Previous | Next ›``, ``‹ Older posts ›``). Each mark is its own change, the space a
    spaced bracket carries inside it going with it."""
    if not any(c in text for c in LOW_MARKS):
        return []
    out: list[Change | None] = []
    for pattern, opening, closing, doubtful in _PAIRS:
        for m in pattern.finditer(text):
            g = 1 if m.group(1) is not None else 2
            if opening == "‘" and text[m.start()] == "‹" and _navigation(m.group(g), ctx):
                continue
            for start, end, after in ((m.start(), m.start(g), _spaced(text, m.start(), opening, before=True)),
                                      (m.end(g), m.end(), _spaced(text, m.end(), closing, before=False))):
                if text[start:end] != after:
                    out.append(ctx.change(start, end, after, RULE, doubt=doubtful))
    paired = {c.start for c in out if c}
    out += [ctx.change(m.start(), m.end(), "“", RULE) for m in _LONE_LOW.finditer(text) if m.start() not in paired]
    return [c for c in out if c]


def _navigation(inside: str, ctx: Context) -> bool:
    """Does a pair of single guillemets hold a page's navigation (``‹ Previous | Next ›``, ``‹ Older
    posts ›``): a bar, or nothing but one or two navigation words?  A short quotation may hold one
    (``he said ‹ next year › would be better``): it is still offered."""
    if "|" in inside:
        return True
    words = _WORD.findall(inside.lower())
    return 0 < len(words) <= 2 and ctx.words("normalize.quote_navigation_words").issuperset(words)


def low_closers(para: str) -> set[int]:
    """Offsets of the high marks that close a low-9 pair (``„It is over“``) in a paragraph:
    ``quote_spacing`` must not read them as opening marks (``„It is over “``) while the pair is
    only offered."""
    if "„" not in para and "‚" not in para:
        return set()
    return {m.end() - 1 for pattern, *_ in _PAIRS[:2] for m in pattern.finditer(para)}


def _spaced(text: str, at: int, mark: str, *, before: bool) -> str:
    """``mark``, with a space on its outer side where a bracket glued to a word stood
    (``reported by《People's Daily》on`` -> ``by “People's Daily” on``)."""
    if before:
        return (" " if at > 0 and text[at - 1].isalnum() else "") + mark
    return mark + (" " if at < len(text) and text[at].isalnum() else "")
