"""A quotation interrupted by its speech tag whose second part lost its opening mark:
``“This will be a truly worthy head of state,” said the Prime Minister. It is our main objective
and we will adapt our strategy to it.”`` (Czech, Korean MT), where English opens the quotation
again after the tag: ``said the Prime Minister. “It is our main objective ...”``
(``normalize.lost_reopening_quote``).

The paragraph ends on a closing mark that nothing opens, and the mark before it closed a
quotation on its speech tag (``,” said the Prime Minister.``): the words between the tag's
sentence and the last mark are the speaker's, and the opening mark goes at the start of the
first sentence after the tag.  (A closing mark followed by its own tag, ``...,” he said. I
don't think it is good,” he said.``, is ``normalize.lost_opening_quote``'s.)  Native copy too:
the one case in the BBC and CNN/DM articles is a lost mark as well (``he said. Through it all,
we wanted ...`` in a Yahoo story of the tuning half)."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

RULE = "normalize.lost_reopening_quote"


@lru_cache(maxsize=8)
def _tag_close(rules: RuleSet) -> re.Pattern:
    """',” said the Prime Minister.' / '," he said.': a closing mark on its speech tag, the tag's
    sentence ending before the next capital; group 1 is the closing mark."""
    verbs = rules.alternation("words.speech_verbs")
    return re.compile(rf"[,?!]([”\"]) (?:[A-Z]?[\w.’'-]+ ){{0,4}}?(?:{verbs})\b[^“”\"\n]{{0,80}}?[.!] (?=[A-Z])")


def _unopened_end(para: str) -> str | None:
    """The paragraph's last mark when it closes its last sentence and nothing opens it: the
    curly marks before it balanced, or an odd number of straight ones."""
    if para[-1:] not in ('”', '"') or para[-2:-1] not in (".", "!", "?", "…"):
        return None
    q = para[-1]
    if q == "”":
        return q if para.count("“") == para.count("”") - 1 and '"' not in para else None
    return q if para.count('"') % 2 == 1 and "“" not in para and "”" not in para else None


def reopen_lost_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``...,” said the minister. It is our aim.”`` -> ``...,” said the minister. “It is our aim.”``"""
    text = doc.text
    if ctx.rule(RULE) is None or not ('.”' in text or '."' in text):
        return []
    out: list[Change] = []
    pattern = _tag_close(ctx.rules)
    for s, e in doc.body:
        para = text[s:e]
        q = _unopened_end(para)
        if q is None:
            continue
        last = None
        for m in pattern.finditer(para, 0, len(para) - 1):
            last = m
        # the tag closes the mark just before the last one: no mark between them
        if last is None or last.group(1) != q or re.search(r"[“”\"]", para[last.end():-1]):
            continue
        at = doc.sentence_at(s + last.end(1))[1]
        while at < e and text[at] in " \n":
            at += 1
        if at != s + last.end() or not text[at].isupper():
            continue  # the sentence splitter ends the tag's sentence elsewhere ('Dr. Ha said'): unclear
        ch = ctx.change(at, at, "“" if q == "”" else q, RULE)
        if ch:
            out.append(ch)
    return out
