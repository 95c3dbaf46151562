"""Punctuation and digits of another script left in English MT output.

MT carries the source's marks over more often than not when it keeps a sentence's shape:
the Devanagari and Bengali danda (``Monday। He met``), the Urdu full stop ``۔``, the Arabic
question mark, comma, semicolon and percent sign (``؟ ، ؛ ٪``), the Greek question mark
(U+037E, which looks like ``;``), the full stops of Armenian, Ethiopic, Myanmar, Khmer and
Tibetan, Arabic-Indic and Persian digits (``۱۴۰۲``: the number stays, a Persian year is a
Persian year, only its digits change), the Spanish opening marks ``¿ ¡`` before an English
sentence, and the dots that join the parts of a foreign name in Chinese and Japanese
(``Abdul·Karim``, ``Kim Jong・un``) or separate items of a list (``pensions・wages``).

A mark is replaced only in English context: the nearest letter before it is a Latin one (or a
figure, a closing quote or bracket), so a name quoted in its own script (``Tehran (تهران)``)
keeps its marks, and nothing inside an address is touched.  The characters and what they
become are data (``normalize.script_*`` in rules/normalize.toml).

Evidence: the look sets hold one text with such a mark (dev:m_ja_tellerreport_kishida-yamaguchi-lunch,
'the 10th next month.・ We have'), so every rule here is offered, not applied, until a second
real text is found (see the rules' ``evidence``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .tokens import token_at

PUNCT_RULE = "normalize.script_punctuation"
DIGIT_RULE = "normalize.script_digits"
OPENING_RULE = "normalize.opening_mark"
NAME_DOT_RULE = "normalize.name_dot"
RULES = (PUNCT_RULE, DIGIT_RULE, OPENING_RULE, NAME_DOT_RULE)

_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]+(?:[\u066b\u066c][\u0660-\u0669\u06f0-\u06f9]+)*")
_DIGIT_SEPARATORS = {"\u066b": ".", "\u066c": ","}
# the closing marks and figures that may stand between an English word and the mark after it
_LEFT_OK = set(")]\"'”’%")
# a capital letter opening an English sentence after ¿ or ¡, up to the sentence's own closing mark
_OPENING = re.compile(r"(?:^|(?<=[\s\"“(]))([¿¡]) ?(?=[A-Z])([^?!¿¡\n]{1,200}[?!])", re.M)
_WORD = re.compile(r"[A-Za-z]+")
# Chinese and Japanese name and list dots between two letters (no space either side)
_NAME_DOT = re.compile(r"(?<=[A-Za-z])[\u00b7\u2027\u30fb](?=[A-Za-z])")
# a Japanese list dot opening an item after a stop or at a line's start ('month.・ We have')
_BULLET_DOT = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?])|^)\u30fb ?(?=[A-Z])", re.M)


def _latin_before(text: str, pos: int) -> bool:
    """Is the nearest character before ``pos`` (spaces skipped) a Latin letter, a figure or a
    closing mark of English text?"""
    k = pos
    while k > 0 and text[k - 1] == " " and pos - k < 20:
        k -= 1
    if k == 0:
        return False
    ch = text[k - 1]
    return (ch.isascii() and ch.isalnum()) or ch in _LEFT_OK or ("\u00c0" <= ch <= "\u024f")


def _in_address(text: str, pos: int) -> bool:
    """Is ``pos`` inside a token that reads as an address (a link, a query, an e-mail)?"""
    token = token_at(text, pos)
    return "/" in token or "=" in token or "@" in token or "www." in token


@lru_cache(maxsize=8)
def _mark_pattern(marks: str) -> re.Pattern:
    """The mark alone: the spaces before it are taken in code (a pattern opening with ' *' would
    try a long run of spaces from every offset)."""
    return re.compile("[" + re.escape(marks) + "]")


def script_punctuation(text: str, ctx: Context) -> list[Change]:
    """``Monday। He met`` -> ``Monday. He met``; ``leave؟`` -> ``leave?``; ``12٪`` -> ``12%``."""
    table = ctx.rules.table("normalize.script_marks")
    if ctx.rule(PUNCT_RULE) is None or not table or not any(ch in text for ch in table):
        return []
    out: list[Change] = []
    for m in _mark_pattern("".join(table)).finditer(text):
        mark, start = m.group(), m.start()
        while start > 0 and text[start - 1] == " " and m.start() - start < 20:
            start -= 1  # 'Monday ।': the space MT set before the mark goes with it
        if not _latin_before(text, m.start()) or _in_address(text, m.start()):
            continue
        after = table[mark]
        nxt = text[m.end():m.end() + 1]
        if after and after != "%" and nxt.isalpha() and nxt.isascii():
            after += " "  # the mark carried its own space ('Monday।He')
        if (ch := ctx.change(start, m.end(), after, PUNCT_RULE)):
            out.append(ch)
    return out


def _latin_context(text: str, start: int, end: int) -> bool:
    """Is the nearest letter on each side of the span (within the line) Latin, or none at all?"""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1  # -1 + 1: no break within reach
    line_end = text.find("\n", end, end + 40)
    line_end = min(len(text), end + 40) if line_end == -1 else line_end
    left = next((c for c in reversed(text[max(line_start, start - 40):start]) if c.isalpha()), None)
    right = next((c for c in text[end:min(line_end, end + 40)] if c.isalpha()), None)
    return all(c is None or c.isascii() for c in (left, right)) and (left or right) is not None


def script_digits(text: str, ctx: Context) -> list[Change]:
    """``in ٢٠٢٣`` -> ``in 2023``, ``in ۱۴۰۲`` -> ``in 1402`` (the year's calendar stays)."""
    if ctx.rule(DIGIT_RULE) is None or not _DIGITS.search(text):
        return []
    out: list[Change] = []
    for m in _DIGITS.finditer(text):
        if not _latin_context(text, m.start(), m.end()) or _in_address(text, m.start()):
            continue
        ascii_digits = "".join(_DIGIT_SEPARATORS.get(c) or str(int(c)) for c in m.group())
        if (ch := ctx.change(m.start(), m.end(), ascii_digits, DIGIT_RULE)):
            out.append(ch)
    return out


def opening_marks(text: str, ctx: Context) -> list[Change]:
    """``¿Why did he leave?`` -> ``Why did he leave?``: English has no opening mark.  The sentence
    must read as English (a word of ``normalize.opening_mark_english``, no letter outside ASCII), so a
    Spanish quotation (``“¡Viva México!”``) keeps its marks."""
    if ctx.rule(OPENING_RULE) is None or ("¿" not in text and "¡" not in text):
        return []
    english = ctx.words("normalize.opening_mark_english")
    out: list[Change] = []
    for m in _OPENING.finditer(text):
        sentence = m.group(2)
        if not sentence.isascii() or not any(w.lower() in english for w in _WORD.findall(sentence)):
            continue
        if (ch := ctx.change(m.start(1), m.start(2), "", OPENING_RULE)):
            out.append(ch)
    return out


def name_dots(text: str, ctx: Context) -> list[Change]:
    """``Abdul·Karim`` -> ``Abdul Karim``, ``Kim Jong・un`` -> ``Kim Jong-un``, ``pensions・wages`` ->
    ``pensions, wages``; a list dot opening an item after a stop goes.  A dot between two lower-case
    letters (Catalan ``col·legi``) or with spaces around it (``Cabinet · 3 min read``) stays."""
    if ctx.rule(NAME_DOT_RULE) is None or not any(c in text for c in "\u00b7\u2027\u30fb"):
        return []
    out: list[Change] = []
    for m in _NAME_DOT.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        first_cap, next_cap = text[start].isupper(), text[m.end()].isupper()
        if _in_address(text, m.start()):
            continue
        if first_cap and next_cap:
            after = " "
        elif m.group() == "\u30fb":  # a syllable dot ('I‧ran' in a dictionary) is no name dot
            after = "-" if first_cap else ", " if not next_cap else None
        else:
            continue
        if after is None:
            continue
        if (ch := ctx.change(m.start(), m.end(), after, NAME_DOT_RULE)):
            out.append(ch)
    for m in _BULLET_DOT.finditer(text):
        glued = m.start() > 0 and text[m.start() - 1] in ".!?"  # 'month.・ We' keeps its space
        if (ch := ctx.change(m.start(), m.end(), " " if glued else "", NAME_DOT_RULE)):
            out.append(ch)
    return out


def fix_script_marks(doc: Doc, ctx: Context) -> list[Change]:
    """The stage: every rule of this module over the text (the spans cannot overlap: each rule
    reads its own characters)."""
    text = doc.text
    if text.isascii():
        return []
    return (script_punctuation(text, ctx) + script_digits(text, ctx) + opening_marks(text, ctx)
            + name_dots(text, ctx))


def wave_ranges(before: str, s: str, after: str) -> str:
    """A wave dash (``～`` or ``〜``, already ``~`` in ``s``, the ASCII form of a full-width run) between
    two figures is a range, which English writes with a hyphen: ``30～35`` -> ``30-35``
    (``normalize.fullwidth``).  ``before`` and ``after`` are the characters around the run.

    >>> wave_ranges("0", "~35", " ")
    '-35'
    """
    if "~" not in s:
        return s
    if after and "\uff10" <= after <= "\uff19":
        after = chr(ord(after) - 0xFEE0)
    padded = before + s + after
    chars = list(s)
    for i, ch in enumerate(s):
        k = i + len(before)
        if ch == "~" and k > 0 and padded[k - 1].isdigit() and k + 1 < len(padded) and padded[k + 1].isdigit():
            chars[i] = "-"
    return "".join(chars)
