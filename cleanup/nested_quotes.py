"""A quotation inside a quotation written with the outer quotation's marks (``“... the faction
“United Russia” no,” said Arshba``): Russian and Ukrainian set «…„…“…», German „…‚…‘…“, Japanese
「…『…』…」, and MT writes both levels as “…”; English sets the inner one in single marks
(``“... the faction ‘United Russia’ no,” said Arshba``).

Evidence: mining:m_ru_kxan36news_duma-citizenship-check (“... to the deputies of the faction
“United Russia” no,” said Arshba), holdout3:h3_uk_cccv_mirnograd-shelling (“Filashkin urged the
local population to “be responsible and evacuate in time””, – WRITE). Only the unambiguous order
is read: in a paragraph whose curly marks pair up before it, an opening mark, a second opening
mark inside the quotation (after a space, not after a stop: ``Korea. “The`` is a stray second
opener, normalize.quote_spacing's), a closing mark glued to its words, and at once the outer
closing mark. Straight quotes, whose roles only parity tells, are left.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

RULE = "normalize.nested_quote"
_MARK = re.compile("[“”]")
_MAX_INNER = 300  # characters of the inner quotation


def fix_nested_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``“we back “United Russia” now,” he said`` -> ``“we back ‘United Russia’ now,” he said``."""
    text = doc.text
    if ctx.rule(RULE) is None or text.count("“") < 2:
        return []
    out: list[Change | None] = []
    for line in re.finditer(r"[^\n]+", text):
        if line.group().count("“") < 2:
            continue
        for i, j in _inner_pairs(text, [m.start() + line.start() for m in _MARK.finditer(line.group())]):
            out.append(ctx.change(i, i + 1, "‘", RULE))
            out.append(ctx.change(j, j + 1, "’", RULE))
    return [c for c in out if c]


def _inner_pairs(text: str, marks: list[int]) -> list[tuple[int, int]]:
    """(opening, closing) offsets of each inner quotation among a paragraph's curly marks."""
    pairs, k = [], 0
    while k < len(marks):
        if text[marks[k]] != "“":
            return pairs  # a closing mark with nothing open: the roles are not sure, stop here
        seq = marks[k:k + 4]
        if len(seq) == 4 and "".join(text[m] for m in seq) == "““””" and _inner(text, seq[1], seq[2]):
            pairs.append((seq[1], seq[2]))
            k += 4
        elif len(seq) >= 2 and text[seq[1]] == "”":
            k += 2
        else:
            return pairs
    return pairs


def _inner(text: str, i: int, j: int) -> bool:
    """Does ``“`` at i open, and ``”`` at j close, a quotation inside the open one?"""
    before = text[max(0, i - 2):i]
    if not (before.endswith(" ") or before.endswith("(")) or before[:1] in ".!?" and before.endswith(" "):
        return False
    return (0 < j - i <= _MAX_INNER and not text[i + 1].isspace() and not text[j - 1].isspace()
            and not text[j + 1:j + 2].isalnum())
