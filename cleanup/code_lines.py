"""Lines of a page's script or style sheet kept in the text: no stage may re-case or re-space them.

``boilerplate.code_line`` removes such a line wherever it is sure of it ('var js, fjs =
d.getElementsByTagName(s)[0];').  When it stays (the rule is off, or a page of nothing but
leftovers is not ours to empty), the chain must not edit it as prose: a capital put at its start
('Var js', 'If (d.getElementById(id))') or a camel-case name split ('form Factor') turns code that
an editor would delete into code that no longer even reads as code.  ``without_code`` wraps such a
stage and drops its changes inside a code line; the line's shape is the rule's own patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps

from .doc import Context, Doc
from .edits import Change
from .page_edges import printed_lines
from .rules import Rule

RULE = "boilerplate.code_line"
Stage = Callable[[Doc, Context], list[Change]]


@lru_cache(maxsize=8)
def _shape(rule: Rule) -> re.Pattern:
    """The rule's patterns as one: a line is code when one of them matches all of it."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in rule.compiled), rule.compiled[0].flags)


def code_spans(text: str, ctx: Context) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` that has the code-line rule's shape, whether the rule
    removes it or not (an editor who keeps code still wants it as it was); none when the text has
    no brace or semicolon, the cheap test most pages stop at."""
    rule = ctx.rules.get(RULE)
    if rule is None or not any(c in text for c in "{};"):
        return []
    shape = _shape(rule)
    return [(s, e) for s, e in printed_lines(text) if shape.fullmatch(text, s, e)]


def without_code(stage: Stage) -> Stage:
    """``stage`` with its changes inside a line of code dropped (the code is not prose to repair)."""
    @wraps(stage)
    def run(doc: Doc, ctx: Context) -> list[Change]:
        changes = stage(doc, ctx)
        spans = code_spans(doc.text, ctx) if changes else []
        if not spans:
            return changes
        return [c for c in changes if not any(s <= c.start and c.end <= e for s, e in spans)]
    return run
