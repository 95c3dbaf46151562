"""Direct speech marked with dashes written as hyphens, or closed by a quotation mark: the Polish,
Russian, Ukrainian, Czech or Hungarian convention, which MT carries into English with the dash
turned into a hyphen (``highest honor. - Thank you for that. It is a great honor for me - he
added.``) or with the page's own closing mark at the end of the words (``- There is no such
thing as a PiS state. Poland is one," Sejm Speaker Marek Kuchciński said``).  English opens the
quotation with a mark and closes it before the tag: ``highest honor. "Thank you for that. It is
a great honor for me," he added.`` (``normalize.hyphen_speech``).

A dash opens the words at a line's start or after a sentence's end, before a capital; they end

- before a dash and a speech tag (a pronoun, ``the`` and a noun, or a name, and a verb of
  saying: ``- he said``, ``- he enumerated``), or
- at a closing mark (``one," Sejm Speaker``) with no opening mark before it:

applied in a translated text when both ends are found (offered in one with no other mark of
MT).  Where neither is, a hyphen after a sentence's end in a document that has such a pair is
only offered, closed at its line's end.  A hyphen at a line's start with no close is a list's
item (``- Advertisement -``, a related link) and stays; so does a dash inside a sentence (``The
report - published on Monday - said``), which opens nothing.  A dash quotation closed by a dash
tag is :mod:`cleanup.dialogue`'s (``– I will come, – said he, – and we will talk.``).

Evidence: ``rules/normalize.toml``.  Time: one pass over each line, each closer searched once
from its opener to the next."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

RULE = "normalize.hyphen_speech"

_OPENER = re.compile(r"(?:^|(?<=[.!?] ))([-–—]) (?=[A-Z])")
_CLOSE_MARK = re.compile(r"([,.!?…])([”\"])(?= |$)")
_OPEN_MARK = re.compile(r"“|(?:^|(?<=[\s(]))\"")
_SPEAKER = r"(?:he|she|they|we|the [a-z]+(?: [a-z]+)?|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"


@lru_cache(maxsize=8)
def _tag(rules: RuleSet) -> re.Pattern:
    verbs = rules.alternation("words.speech_verbs") + "|" + rules.alternation("normalize.hyphen_speech_verbs")
    said = rf"(?:{_SPEAKER} (?:{verbs})|(?:{verbs}) (?:he|she|the [a-z]+|[A-Z][\w’'-]+))\b"
    # ' - he said', ', – the minister added': the punctuation before the dash goes with it
    return re.compile(rf"([,.!?…]?) ([-–—]) (?={said})")


def _closer(line: str, start: int, end: int, tag: re.Pattern) -> tuple[int, int, str, str] | None:
    """Where the words opened at ``start`` end, before ``end``: (start, end, punctuation kept,
    'tag' or 'mark' plus the dash of a tag), or None."""
    t = tag.search(line, start, end)
    c = _CLOSE_MARK.search(line, start, end)
    if c and (t is None or c.start() < t.start()):
        if _OPEN_MARK.search(line, start, c.start()):
            return None  # the mark closes a quotation of its own
        return c.start(2), c.end(2), c.group(2), "mark"
    if t is None or _OPEN_MARK.search(line, start, t.start()) or "”" in line[start:t.start()]:
        return None
    mark = t.group(1) if t.group(1) in ("?", "!", "…") else ","
    return t.start(), t.end(), mark, "tag" + t.group(2)


def _lines(doc: Doc) -> list[tuple[int, str, str, str]]:
    """(start, line, line before, line after) of every line of the body."""
    out = []
    for s, e in doc.body:
        at = s
        for line in doc.text[s:e].split("\n"):
            out.append((at, line))
            at += len(line) + 1
    return [(s, line, out[i - 1][1] if i else "", out[i + 1][1] if i + 1 < len(out) else "")
            for i, (s, line) in enumerate(out)]


def _pairs(line: str, before: str, after: str, tag: re.Pattern) -> list[tuple[re.Match, tuple | None]]:
    """The openers of the line this stage takes, each with its close (None: no close found)."""
    openers = list(_OPENER.finditer(line))
    listed = before.rstrip().endswith(":") or before.startswith("-") or after.startswith("-")
    out = []
    last = curly = straight = 0  # the marks before the opener, summed opener by opener (linear)
    for i, m in enumerate(openers):
        end = openers[i + 1].start() if i + 1 < len(openers) else len(line)
        curly += line.count("“", last, m.start()) - line.count("”", last, m.start())
        straight, last = straight + line.count('"', last, m.start()), m.start()
        if curly > 0 or straight % 2:
            continue  # a dash within a quotation ('“... branch, — said Levin. – From all sides ...”')
        close = _closer(line, m.end(), end, tag)
        hyphen = m.group(1) == "-"
        if close is None and not (hyphen and m.start() > 0):
            continue  # a list's item ('- Advertisement -'), or a dash quotation left to dialogue
        if close and not (hyphen or close[3] in ("mark", "tag-")):
            continue  # '– I will come – said he': cleanup.dialogue's
        if hyphen and m.start() == 0 and listed:
            continue
        out.append((m, close))
    return out


def fix_hyphen_speech(doc: Doc, ctx: Context) -> list[Change]:
    """``honor. - Thank you. It is an honor for me - he added.`` -> ``honor. “Thank you. It is an
    honor for me,” he added.``"""
    text = doc.text
    if ctx.rule(RULE) is None or not any(d in text for d in ("- ", "– ", "— ")):
        return []
    tag = _tag(ctx.rules)
    opening, closing = ('"', '"') if '"' in text and "“" not in text else ("“", "”")
    found = [(s, line, m, close) for s, line, b, a in _lines(doc) for m, close in _pairs(line, b, a, tag)]
    paired = any(close for *_, close in found)
    out: list[Change] = []
    for s, line, m, close in found:
        if close is None:
            if not paired:
                continue
            end = len(line.rstrip())
            stop = line[end - 1] if end and line[end - 1] in ".!?…" else ""
            close = (end - len(stop), end, stop, "end")
        doubt = close[3] == "end" or not ctx.mt_like
        cs, ce, mark, kind = close
        if kind == "mark":  # the page's own mark closes the words: the opening mark matches it
            first = ctx.change(s + m.start(1), s + m.end(), "“" if mark == "”" else '"', RULE, doubt=doubt)
            out += [first] if first else []
            continue
        first = ctx.change(s + m.start(1), s + m.end(), opening, RULE, doubt=doubt)
        last = ctx.change(s + cs, s + ce, mark + closing + (" " if kind.startswith("tag") else ""), RULE, doubt=doubt)
        if first and last:
            out += [first, last]
    return out

