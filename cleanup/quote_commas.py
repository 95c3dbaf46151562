"""A quoted sentence whose comma stands after its closing mark, before its speech tag:
``"Obviously, the ÖVP is already expecting a negotiation disaster", explained the Secretary``
(German, Portuguese, Indonesian MT: their typography sets the comma after „…“ and «…»), where
English writes ``disaster," explained`` (``normalize.comma_outside_quote``).

British copy writes the comma outside too, for quoted phrases and often for whole sentences
(``the art world is "fantastically rich", said Mr Stone``; 48 of 1,113 BBC articles of the tuning
half, none of them with any other mark of machine translation): applied only in a text that shows
MT damage or whose source language is known (not even offered elsewhere: to a British editor the
offer is noise), and only where the quotation is a whole sentence (its opening mark starts a
sentence, a capital after it: 8 BBC articles of the 48 quote one so). A quoted question that lost its
question mark (``why do you lie that ...”, said``) is left alone: its mark is not a comma."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

RULE = "normalize.comma_outside_quote"
_START = re.compile(r"[.!?…:] ")  # the two characters before an opening mark that starts a sentence
_QUESTION = re.compile(r"(?:[\w’'-]+, )?(?:why|how|what|who|whom|where|when|which|is|are|do|does|did|can|could|will|would|should|have|has)\b",
                       re.IGNORECASE)
_LAST_SENTENCE = re.compile(r"(?<=[.!?…]) (?=[A-Z])")


@lru_cache(maxsize=8)
def _comma_after_close(rules: RuleSet) -> re.Pattern:
    """'disaster", explained the' / 'station”, the PSP said' / 'another", Vucic pointed out': a
    closing mark glued to a word, then a comma and a speech tag (up to three words before its verb;
    not 'said to be', a title's description: '"Game of Thrones", said to be the costliest show')."""
    verbs = rules.alternation("words.speech_verbs")
    return re.compile(rf'(?<=[^\W_])(["”]), (?=(?:[A-Z]?[\w’\'.-]+ ){{0,3}}?(?:{verbs})\b(?! to (?:be|have)\b))')


def _opener(para: str, i: int, straight: int) -> int:
    """The offset of the mark that opens the quotation closed at ``i``, or -1 (``straight``: the
    straight marks before ``i``)."""
    if para[i] == "”":
        o = para.rfind("“", 0, i)
        return o if o > para.rfind("”", 0, i) else -1
    return para.rfind('"', 0, i) if straight % 2 == 1 else -1


def _whole_sentence(para: str, i: int, straight: int) -> bool:
    """Does the quotation closed at ``i`` open a sentence with a capital, and is its last
    sentence no question?"""
    o = _opener(para, i, straight)
    if o < 0 or (o > 0 and not _START.fullmatch(para, o - 2, o)) or not para[o + 1:o + 2].isupper():
        return False
    last = _LAST_SENTENCE.split(para[o + 1:i])[-1]
    return not _QUESTION.match(last)


def fix_comma_outside_quote(doc: Doc, ctx: Context) -> list[Change]:
    """``"We expect a disaster", explained the minister`` -> ``"We expect a disaster," explained the minister``"""
    text = doc.text
    if not ctx.mt_like or ctx.rule(RULE) is None or ('", ' not in text and "”, " not in text):
        return []
    out: list[Change] = []
    pattern = _comma_after_close(ctx.rules)
    for s, e in doc.body:
        para = text[s:e]
        if '", ' not in para and "”, " not in para:
            continue
        straight, upto = 0, 0  # the straight marks before ``upto``, counted once per paragraph
        for m in pattern.finditer(para):
            straight, upto = straight + para.count('"', upto, m.start(1)), m.start(1)
            if _whole_sentence(para, m.start(1), straight):
                ch = ctx.change(s + m.start(1), s + m.end(), "," + m.group(1) + " ", RULE)
                if ch:
                    out.append(ch)
    return out
