"""Scraper leftovers: comment forms, share/follow lines, related-article lists, navigation,
tags, copyright and source lines, advertisement markers.

Only whole short lines are removed, each as an edit the editor sees.  A rule of kind
``line`` lists full-line patterns; with ``needs_neighbour = true`` its lines (``Name``,
``Email``, ``Website`` of a comment form) go only when they stand next to other
leftovers, so a one-word paragraph of a real article stays.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

_WORD = re.compile(r"\w+")
# a line that opens like prose ('It was...', 'The minister...'), not like a headline
_PROSE_OPENER = re.compile(r"(?:It|He|She|They|We|I|You|This|That|These|Those|There|The|A|An|And|But|So|His|Her|Their|Its|Our)\b")
_ENDS_SENTENCE = re.compile(r"[.!?…][”\"’')\]]*$")


def classify(line: str, ctx: Context) -> tuple[str, bool] | None:
    """(rule id, needs_neighbour) of the first line rule matching the whole line."""
    words = len(_WORD.findall(line))
    for rule in ctx.rules.by_kind("line"):
        if ctx.rule(rule.id) is None or words > rule.options.get("max_words", 40):
            continue
        for pat in rule.compiled:
            if pat.fullmatch(line.strip()):
                return rule.id, bool(rule.options.get("needs_neighbour", False))
    return None


def _norm(para: str) -> str:
    return re.sub(r"\W+", " ", para).strip().lower()


def _repeats(doc: Doc, first: int) -> list[bool]:
    """Paragraphs that repeat the title or the paragraph before them (a headline printed again
    at the top of the body, a block scraped twice)."""
    text = doc.text
    keys = [_norm(text[s:e]) for s, e in doc.paragraphs]
    title = keys[0] if doc.has_title else None
    return [i >= first and len(k.split()) >= 3 and (k == title or (i > first and k == keys[i - 1]))
            for i, k in enumerate(keys)]


def _teaser_shape(line: str) -> bool:
    """A line of 5 to 24 words led by a capital, with no punctuation at all, neither prose-like
    in its opening nor a title-case heading."""
    words = _WORD.findall(line)
    if not 5 <= len(words) < 25 or not line[:1].isupper() or re.search(r"[,;:.!?\n\"“”()]", line):
        return False
    return not _PROSE_OPENER.match(line) and sum(w[:1].isupper() for w in words) < 0.5 * len(words)


def _teaser(text: str, paras: list[tuple[int, int]], i: int) -> bool:
    """A short line led by a name, with no punctuation at all, between two paragraphs of prose
    ('Minister says in an interview that he wants to sell the port'): a related-article teaser
    or a caption whose picture was not scraped.  Teasers come in lists, so a neighbour may be
    another such line (a pair of them).  Only offered: it may be a sentence that lost its stop."""
    if i == 0 or i + 1 >= len(paras) or not _teaser_shape(text[paras[i][0]:paras[i][1]]):
        return False
    def ends(k: int) -> bool:
        return 0 <= k < len(paras) and bool(_ENDS_SENTENCE.search(text[paras[k][0]:paras[k][1]]))

    # a neighbour may be a second teaser, itself bordered by prose (a pair, not a list's middle)
    if ends(i - 1) and ends(i + 1):
        return True
    return any(ends(j) and ends(3 * i - 2 * j) and _teaser_shape(text[paras[2 * i - j][0]:paras[2 * i - j][1]])
               for j in (i - 1, i + 1))


def _resolve_neighbours(labels: list[tuple[str, bool] | None]) -> None:
    """A line that is leftover only in company (``Name``, ``Email``) stays unless its run of such
    lines touches a sure leftover; one pass over the runs, so linear in the lines."""
    i = 0
    while i < len(labels):
        if not (labels[i] and labels[i][1]):
            i += 1
            continue
        j = i
        while j < len(labels) and labels[j] and labels[j][1]:
            j += 1
        sure = any(0 <= k < len(labels) and labels[k] and not labels[k][1] for k in (i - 1, j))
        for k in range(i, j):
            labels[k] = (labels[k][0], False) if sure else None
        i = j


# a line cut after a word that cannot end an English sentence ('... every other article in the')
_CUT_LINE = re.compile(r"\b(?:the|a|an|in|of|to|for|and|or|on|at|with|from|by|our|your|this|every)$", re.I)


def _sure(lab: tuple[str, bool] | None) -> bool:
    return bool(lab) and not lab[1] and lab[0] != "boilerplate.teaser_line"


def _fill_block(text: str, paras: list[tuple[int, int]], labels: list[tuple[str, bool] | None], first: int) -> None:
    """Furniture comes in blocks: a sure leftover line cut after an article or preposition runs
    on into the next line (a paywall prompt wrapped over two lines), and a label of at most
    three words without punctuation between two sure leftovers belongs to them (the town of a
    weather widget between its reading and its date, 'further' between two prompts)."""
    for i in range(max(first, 1), len(paras)):
        if labels[i]:
            continue
        line = text[paras[i][0]:paras[i][1]]
        before = text[paras[i - 1][0]:paras[i - 1][1]].rstrip()
        if _sure(labels[i - 1]) and _CUT_LINE.search(before) and len(_WORD.findall(line)) <= 20:
            labels[i] = labels[i - 1]
        elif (_sure(labels[i - 1]) and i + 1 < len(paras) and _sure(labels[i + 1])
              and len(_WORD.findall(line)) <= 3 and not re.search(r"[.!?,;:\"“”]", line)):
            labels[i] = labels[i - 1]


def remove_leftovers(doc: Doc, ctx: Context) -> list[Change]:
    text = doc.text
    paras = doc.paragraphs
    first = 1 if doc.has_title else 0
    labels: list[tuple[str, bool] | None] = [None] * len(paras)
    repeated = _repeats(doc, first) if ctx.rule("boilerplate.repeated_text") else [False] * len(paras)
    for i, (s, e) in enumerate(paras):
        if repeated[i]:
            labels[i] = ("boilerplate.repeated_text", False)
        elif "\n" not in text[s:e]:
            labels[i] = classify(text[s:e], ctx)
            if not labels[i] and i >= first and ctx.rule("boilerplate.teaser_line") and _teaser(text, paras, i):
                labels[i] = ("boilerplate.teaser_line", False)
            if i < first and labels[i] and labels[i][1]:
                labels[i] = None  # a title line goes only for a sure leftover ('This page is the news...')
    _resolve_neighbours(labels)
    _fill_block(text, paras, labels, first)
    if all(labels[first:]):
        return []  # nothing but leftovers: not an article, and not ours to empty
    if first and labels[0]:
        ctx.has_title = False  # the page's first line was furniture: its title was not scraped
    out: list[Change] = []
    for i, lab in enumerate(labels):
        if not lab:
            continue
        s, e = paras[i]
        # remove the line with the paragraph break before it (after it, for the first line)
        if lab[0] == "boilerplate.teaser_line":
            e += 2  # the break after it: the one before may be the output of an earlier edit
        elif i > 0:
            s -= 2
        elif i + 1 < len(paras):
            e += 2
        ch = ctx.change(s, e, "", lab[0])
        if ch:
            out.append(ch)
    return _merge_runs(out)


def _merge_runs(changes: list[Change]) -> list[Change]:
    """Adjacent removals touch; keep them separate edits by trimming overlaps away."""
    out: list[Change] = []
    for c in sorted(changes, key=lambda c: c.start):
        if out and c.start < out[-1].end:
            c = Change(out[-1].end, c.end, c.after, c.rule, c.reason, c.action, c.confidence)
        out.append(c)
    return out
