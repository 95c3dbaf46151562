"""Where a widget's lines may stand: the currency bar and the site's tag belong to the head of a
page, the reader counter to the page's own fields, never to the article's tables.

The line rules of rules/boilerplate.toml read one line at a time, and a line of a currency widget
('3.36 USD', 'EUR 12.50', '387.33') or a counter ('2,345 views') reads the same as a line of a price
list, a table of rates the article gives or the views of the videos it ranks.  What tells them
apart is where they stand: a site's widget above the first paragraph of prose, under no colon of
the article's that introduces them; a table of the article's own between its paragraphs.  A
site's address with a dash ('VTV.vn - The prime minister ...') is its dateline only before the
first paragraph's first words; a sentence about the site names it anywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change

SITE_TAG = "boilerplate.site_name_tag"
_TICKER = "boilerplate.rate_ticker"
_FIGURE = "boilerplate.rate_figure"
_COUNTER = "boilerplate.read_counter"

Labels = list[tuple[str, bool] | None]

# a paragraph of prose: six words or more, ending a sentence
_WORD = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')]*\s*$")
# a currency's code alone on its line (a rate_figure line that is no figure)
_CODE = re.compile(r"\s*[A-Z]{3}\s*")
# a table's line: a label and its value ('Runs: 5', 'Errors: 0', 'Likes: 12')
_LABEL_VALUE = re.compile(r"\s*[^\W\d_][\w’' ]{0,25}:\s*[\w.,%+-]{1,12}\s*")
# a table's cell is a figure and a word or two ('2,345 views', 'Views: 10 times')
_TABLE_WORDS = 4
# a second dash in the paragraph: the site is named between two dashes, inside the sentence
_DASH = re.compile(r"\s[-–—]\s")


def _text(text: str, span: tuple[int, int]) -> str:
    return text[span[0]:span[1]]


def is_prose(line: str) -> bool:
    """Six words or more ending a sentence: the article's paragraph, never a widget's line."""
    return len(_WORD.findall(line)) >= 6 and _SENTENCE_END.search(line) is not None


def _label(labels: Labels, i: int) -> str | None:
    return labels[i][0] if labels[i] else None


def confine_widgets(text: str, paras: list[tuple[int, int]], labels: Labels) -> Labels:
    """The counters and the currency lines where a widget's stand (below); the labels then, for
    ``unfill_rates`` after the filling of blocks."""
    confine_counters(text, paras, labels)
    confine_rates(text, paras, labels)
    return list(labels)


def unfill_rates(labels: Labels, unfilled: Labels, _filled: None = None) -> None:
    """A line the filling of blocks gave a rate's label ('Children' between two prices, 'EUR 12.50'
    and 'EUR 6.50') is no rate: a widget's run is its codes and figures.  ``unfilled``: the labels
    before the filling (``_filled``: the filling's return, called in the argument list)."""
    for i, lab in enumerate(labels):
        if lab and lab[0] in (_TICKER, _FIGURE) and not (unfilled[i] and unfilled[i][0] == lab[0]):
            labels[i] = None


def confine_rates(text: str, paras: list[tuple[int, int]], labels: Labels) -> None:
    """A currency widget's lines (rate_ticker, rate_figure) go only as a run above the first paragraph
    of prose, not after a line ending in ':' (the article's 'The euro closed at:'), and a lone code or
    figure only beside a code or a rate of the same run (a year a timestamp took is no rate's neighbour:
    'Growth by year / 2021 / 3.5'); such a run is a sure leftover."""
    head = next((i for i, span in enumerate(paras) if is_prose(_text(text, span))), len(paras))
    i = 0
    while i < len(paras):
        if _label(labels, i) not in (_TICKER, _FIGURE):
            i += 1
            continue
        j = i
        while j < len(paras) and _label(labels, j) in (_TICKER, _FIGURE):
            j += 1
        lines = [_text(text, paras[k]) for k in range(i, j)]
        ticker = any(_label(labels, k) == _TICKER for k in range(i, j))
        codes = sum(bool(_CODE.fullmatch(line)) for line in lines)
        widget = ticker or 0 < codes < len(lines)
        introduced = i > 0 and _text(text, paras[i - 1]).rstrip().endswith(":")
        for k in range(i, j):
            labels[k] = (labels[k][0], False) if widget and j <= head and not introduced else None
        i = j


def confine_counters(text: str, paras: list[tuple[int, int]], labels: Labels) -> None:
    """A counter line (read_counter) stays when the article introduces it ('The top videos of the
    week:' above '2,345 views') or when it stands among other lines of a label and its value (a box
    score's 'Runs: 5', 'Errors: 0'): a table of the article's, not the page's counter.  A counter
    that names the page ('This news has been read 156 times in total') is the page's wherever it is."""
    stay = []
    for i, lab in enumerate(labels):
        if not lab or lab[0] != _COUNTER or len(_WORD.findall(_text(text, paras[i]))) > _TABLE_WORDS:
            continue
        k = i
        while k > 0 and _label(labels, k - 1) == _COUNTER:
            k -= 1
        introduced = k > 0 and _text(text, paras[k - 1]).rstrip().endswith(":")
        table = any(0 <= n < len(paras) and _label(labels, n) != _COUNTER
                    and _LABEL_VALUE.fullmatch(_text(text, paras[n])) for n in (i - 1, i + 1))
        if introduced or table:
            stay.append(i)
    for i in stay:
        labels[i] = None


@lru_cache(maxsize=8)
def _tag_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def site_tag(doc: Doc, ctx: Context) -> list[Change]:
    """'PanARMENIAN.Net - Turkey's news agency announced ...': a site's address and a dash (once or
    more) opening the first paragraph of prose, alone in its block (not a line inside a paragraph of
    several), with no second dash after it ('Amazon.com – The retailer's rival – said': the site is
    the sentence's subject).  A fix in MT copy, offered in native copy (``native_confidence``)."""
    rule = ctx.rule(SITE_TAG)
    if rule is None:
        return []
    tag = _tag_pattern(str(rule.options["pattern"]))
    text = doc.text
    for block in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        found = tag.match(text, block.start())
        if found:
            if "\n" in block.group() or _DASH.search(text, found.end(), block.end()):
                return []
            ch = ctx.change(block.start(), found.end(), "", SITE_TAG)
            return [ch] if ch else []
        if is_prose(block.group()):
            return []
    return []
