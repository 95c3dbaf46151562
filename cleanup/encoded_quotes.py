"""Curly quotation marks a page's encoding turned into question marks: ``there is no such thing as
?Peng Lanmei? in Jinma Town`` (a Chinese statement copied through a Latin-1 step), ``is the area
of ??the city square`` (Thai) (``normalize.encoded_quotes``).

A question mark glued to the start of a word after a space is no English question mark: it is a
character the encoding could not write, and in running text the curly opening mark is the one
that gets lost (straight marks are ASCII and survive).  Its partner is the next question mark of
the paragraph glued to the end of a word or a stop (``isolated...?``, ``Lanmei?``), before any
other such opener: the pair becomes ``“...”`` (the marks were curly: they were lost).  An opener
with no partner (``??the city square``) is what is left of characters of any kind: its removal
is only offered.  The same encoding step turns a dash between two words into one
(``normalize.lost_dash``).

What a real question mark does is left: a pair never spans a sentence boundary (``So what ?he
asked. Nobody knew what to say?``: the quotation marks stood round one phrase), an opener before
``id=`` or inside a link's token (``page ?id=4``) is a query string, and a single unpaired
opener is a misspaced question mark as often as a lost character (only the doubled one, ``??the``,
is offered).  A quotation opening with a question word (``He asked ?Why not? and left``,
``normalize.encoded_quote_question_words`` and the lost question mark's words) may be a
question's own marks: the pair is only offered.  A partner that ends its sentence or paragraph
with no stop after it (``You know what ?I think he lied, why?``) is that sentence's question mark
as often as a lost closing mark: the pair is only offered, the question mark kept before the
closing mark (``“I think he lied, why?”``).  An opener after a token with a backslash
(``C:\\docs ?draft?``) is part of a Windows path or a command line: left."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change

RULE = "normalize.encoded_quotes"
_OPENER = re.compile(r"(?:^|(?<=[\s(]))\?{1,2}(?=[A-Za-z0-9])")
# its partner: glued after a word or a stop, then a space, a mark or the paragraph's end
_CLOSER = re.compile(r"(?<=[\w.…,])\?(?=[\s,.;:)]|$)")
_REACH = 300  # characters from the opener within which its partner stands (one long sentence)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n] +)([A-Z][a-z]*)")
# a sentence boundary inside the quoted span: its two marks are no pair
_BOUNDARY = re.compile(r"[.!?…] +[A-Z]")
# the token after an opener that makes it a query string or part of a link: 'id=4', '?q=a&b', '?/x'
_QUERY = re.compile(r"\w+=|[^\s]*[=&/]")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
# a partner ending its sentence or paragraph after a word, no stop after it: the sentence's own '?'
_QUESTION_END = re.compile(r"\s*(?:$|[A-Z])")
# the token before an opener is a Windows path or a command line ('C:\docs ?draft?')
_PATH_BEFORE = re.compile(r"\\\S*\s+$")


def _asked(para: str, at: int, openers: frozenset[str]) -> bool:
    """Does the sentence before ``at`` open as a question ('Is it true ?I think so'): then the mark
    is its question mark, spaced off (``normalize.space_before_punctuation``)."""
    starts = list(_SENTENCE_START.finditer(para, max(0, at - 200), at))
    return bool(starts) and starts[-1].group(1).lower() in openers


def _partner(para: str, m: re.Match, limit: int) -> re.Match | None:
    """The closing '?' that pairs with the opener ``m``: the next one glued to a word's end before
    ``limit``, unless a sentence boundary stands between them (a real question's mark)."""
    close = _CLOSER.search(para, m.end(), limit)
    if close is None or _BOUNDARY.search(para, m.end(), close.start()):
        return None
    return close


def fix_encoded_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``no such thing as ?Peng Lanmei? in`` -> ``no such thing as “Peng Lanmei” in``"""
    text = doc.text
    if ctx.rule(RULE) is None or "?" not in text or not _OPENER.search(text):  # every opener is a "?"
        return []
    out: list[Change] = []
    asking = ctx.words("normalize.lost_question_words", "normalize.lost_question_auxiliaries")
    questions = asking | ctx.words("normalize.encoded_quote_question_words")
    for s, e in doc.body:
        para = text[s:e]
        openers = [m for m in _OPENER.finditer(para)
                   if not _asked(para, m.start(), asking) and not _QUERY.match(para, m.end())
                   and not _PATH_BEFORE.search(para, max(0, m.start() - 80), m.start())]
        for n, m in enumerate(openers):
            limit = min(openers[n + 1].start() if n + 1 < len(openers) else len(para), m.end() + _REACH)
            close = _partner(para, m, limit)
            if close is None:  # a doubled opener is what is left of characters of any kind: offered
                ch = ctx.change(s + m.start(), s + m.end(), "", RULE, doubt=True) if len(m.group()) == 2 else None
                out += [ch] if ch else []
                continue
            word = _FIRST_WORD.match(para, m.end())
            doubt = bool(word) and word.group().lower() in questions  # 'He asked ?Why not? and left'
            # 'what ?I think he lied, why?': the partner may be the sentence's question mark: kept
            asks = para[close.start() - 1] not in ".…" and bool(_QUESTION_END.match(para, close.end()))
            opening = ctx.change(s + m.start(), s + m.end(), "“", RULE, doubt=doubt or asks)
            closing = ctx.change(s + close.start(), s + close.end(), "?”" if asks else "”", RULE,
                                 doubt=doubt or asks)
            if opening and closing:
                out += [opening, closing]
    return out
