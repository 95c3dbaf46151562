"""Documents that lost their capitals: every line in lower case, names included.

Some sites publish machine translation with its case folded (``officials refuted the rumor``,
``the police locked in the suspect zeng``, ``in the wechat group``).  Read line by line, such
a text looks like paragraphs broken in mid-sentence and like lower-case proper nouns, and the
other stages would join its lines or leave it as it is.  Decided once for the whole document
from its own evidence (almost no capital anywhere, most lines opening in lower case), the
repair is a truecasing pass: sentence and paragraph starts take a capital, and so do words that
native news always capitalises or that no English dictionary knows and the text repeats (the
names of the story).  A text with its capitals is never touched: its lines open with capitals.
"""

from __future__ import annotations

import re

from . import lexicon
from .doc import Context, Doc
from .edits import Change

RULE = "casing.lowercase_document"

_WORD = re.compile(r"(?<![\w’'@/.-])([a-z][a-z’'-]*[a-z]|[a-z])(?![\w@/-])")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# a sentence start inside a line: after a stop, question or exclamation mark and a space
_STOP_START = re.compile(r"(?<=[.!?])([”\"’')\]]*)( +)([“\"‘'(\[]?)([a-z])")
_LINE_START = re.compile(r"[ \t]*(?:[-•*]\s*)?[“\"‘'(\[]?([a-z])")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|no|st|approx|jan|feb|aug|sept?|oct|nov|dec)|\b[a-z])\.$",
                           re.I)

#: at most this share of the letter words carry a capital (clean English news: about 12%)
MAX_CAPITAL_SHARE = 0.03
#: at least this share of lines opens in lower case
MIN_LOWER_LINES = 0.6
MIN_WORDS = 40


def is_lowercase_document(text: str) -> bool:
    """'officials refuted the rumor ...' (folded case throughout) -> True; ordinary copy -> False."""
    head = text[:20000]
    words = _LETTER_WORD.findall(head)
    if len(words) < MIN_WORDS:
        return False
    if sum(1 for w in words if w[0].isupper()) > MAX_CAPITAL_SHARE * len(words):
        return False
    lines = [ln for ln in head.splitlines() if _LETTER_WORD.search(ln)]
    opens = [_LINE_START.match(ln) is not None for ln in lines if re.match(r"[ \t]*[-•*“\"‘'(\[]?\s*[^\W\d_]", ln)]
    return bool(opens) and sum(opens) >= MIN_LOWER_LINES * len(opens)


def truecase(doc: Doc, ctx: Context) -> list[Change]:
    """In a document that lost its capitals: line and sentence starts, then the names."""
    text = doc.text
    if not is_lowercase_document(text):
        return []
    starts = set(_starts(text))
    names = _names(text, ctx, starts)
    whole = {c.start for c in names}  # a brand form replaces its whole word, its first letter too
    out = [ch for at in sorted(starts - whole) if (ch := ctx.change(at, at + 1, text[at].upper(), RULE))]
    return sorted(out + names, key=lambda c: c.start)


def _starts(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        m = _LINE_START.match(line)
        if m and not lexicon.withheld_at(line, m.start(1)):  # '"xxx 6 employees'
            yield pos + m.start(1)
        pos += len(line)
    for m in _STOP_START.finditer(text):
        if not _ABBREVIATION.search(text[max(0, m.start() - 8):m.start()]):
            yield m.start(4)


def _names(text: str, ctx: Context, starts: set[int]) -> list[Change]:
    """Words the text repeats that are names: native news capitalises them (``beijing``), or
    no dictionary knows them (``zeng``, ``dongsheng``).  Once is not enough for a word that no
    dictionary knows: a typo is as likely."""
    found: dict[str, list[int]] = {}
    for m in _WORD.finditer(text):
        found.setdefault(m.group(1), []).append(m.start(1))
    brands = {b.lower(): b for b in (*ctx.words("document.brand_forms"), *ctx.words("document.acronyms"))}
    out = []
    for word, places in found.items():
        brand = brands.get(word)
        confidence = 0.9 if brand else _name_confidence(word, len(places))
        if confidence is None:
            continue
        for at in places:
            if brand:  # the whole word: 'wechat' -> 'WeChat', 'fbi' -> 'FBI', at a line start too
                ch = ctx.change(at, at + len(word), brand, RULE, confidence=confidence)
            elif at not in starts:
                ch = ctx.change(at, at + 1, word[0].upper(), RULE, confidence=confidence)
            else:
                continue
            if ch:
                out.append(ch)
    return out


def _name_confidence(word: str, count: int) -> float | None:
    if len(word) < 3 or not word.isalpha() or not re.search(r"[aeiouy]", word) or re.search(r"(.)\1\1", word):
        return None
    caps, lows = lexicon.case_counts(word)
    if lexicon.is_common_word(word):  # 'phoenix', 'bath': a name only where native news always says so
        return 0.85 if caps >= 20 and lows == 0 else None
    if caps + lows >= 5:
        return 0.9 if caps >= 0.95 * (caps + lows) else None
    if lexicon.is_listed_name(word):
        return 0.85
    if count >= 2 and lexicon.zipf(word) < 3.0:
        return 0.8
    return None
