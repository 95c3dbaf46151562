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


def remove_leftovers(doc: Doc, ctx: Context) -> list[Change]:
    text = doc.text
    paras = doc.paragraphs
    first = 1 if doc.has_title else 0
    labels: list[tuple[str, bool] | None] = [None] * len(paras)
    for i, (s, e) in enumerate(paras):
        if i >= first and "\n" not in text[s:e]:
            labels[i] = classify(text[s:e], ctx)
    # a line that is leftover only in company: keep it unless a neighbour is a sure leftover
    changed = True
    while changed:
        changed = False
        for i, lab in enumerate(labels):
            if lab and lab[1]:
                near = [labels[j] for j in (i - 1, i + 1) if 0 <= j < len(labels)]
                if not any(n and not n[1] for n in near):
                    labels[i] = None
                    changed = True
                else:
                    labels[i] = (lab[0], False)
    if all(labels[first:]):
        return []  # nothing but leftovers: not an article, and not ours to empty
    out: list[Change] = []
    for i, lab in enumerate(labels):
        if not lab:
            continue
        s, e = paras[i]
        # remove the line with the paragraph break before it (after it, for the first line)
        if i > 0:
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
