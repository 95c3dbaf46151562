"""A speaker's own words reported without quotation marks: ``We were able to prove our role
in the region, he said, adding that ...`` (Persian, Serbian and Swedish news set such words
off with a dash or not at all, and machine translation keeps them bare).  English news quotes
a sentence in the first person: ``“We were able to prove our role in the region,” he said``
(``normalize.unquoted_speech``).

The sentence opens with a first-person subject (``We``, ``I``; not ``Our correspondent``), holds no
quotation mark and no quotation is open before it, and ends with its speech tag: a comma, a
pronoun or a name, a verb of saying, then the sentence's end or an -ing clause (``he said,
adding that``); not an aside inside the sentence (``since, he said, the average Bobby``).
Applied in a translated text; offered in one with no other mark of MT, where a writer may have
chosen reported speech."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

_MARKS = re.compile(r"[\"“”«»]")


@lru_cache(maxsize=8)
def _unquoted(rules: RuleSet) -> re.Pattern:
    verbs = rules.alternation("words.speech_verbs")
    speaker = r"(?:he|she|they|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
    return re.compile(rf"(?:^|(?<=[.!?] ))(?:We|I)\b[^\"“”«»\n.!?]{{8,400}}?(, ){speaker} (?:{verbs})\b"
                      rf"(?=\.|, [a-z]+ing\b)")


def _marks(text: Doc | str) -> tuple[str, str]:
    """The quotation marks the article uses: straight ones if it writes only those, else curly."""
    t = text if isinstance(text, str) else text.text
    return ('"', '"') if '"' in t and "“" not in t and "”" not in t else ("“", "”")


def quote_unquoted_speech(doc: Doc, ctx: Context) -> list[Change]:
    """``We have to get used to that, he says.`` -> ``“We have to get used to that,” he says.``"""
    text = doc.text
    if ctx.rule("normalize.unquoted_speech") is None or ", " not in text:
        return []
    opening, closing = _marks(text)
    out: list[Change] = []
    for s, e in doc.body:
        para = text[s:e]
        if para.startswith(("– ", "— ", "- ")):
            continue  # a dash-marked quotation: its own rule closes it
        marks = last = 0  # the marks before the match, summed match by match (linear)
        for m in _unquoted(ctx.rules).finditer(para):
            marks, last = marks + len(_MARKS.findall(para, last, m.start())), m.start()
            if marks % 2:
                continue  # inside a quotation that is open before it
            doubt = not ctx.mt_like
            first = ctx.change(s + m.start(), s + m.start(), opening, "normalize.unquoted_speech", doubt=doubt)
            comma = ctx.change(s + m.start(1), s + m.end(1), "," + closing + " ", "normalize.unquoted_speech",
                               doubt=doubt)
            if first and comma:
                out += [first, comma]
    return out
