"""A quotation's closing mark written as an opening one, glued to its speech tag:
``leaves me speechless, “wrote the politician.`` (German MT, which sets „…“ and turns the
closing “ into an opening one), ``peace and happiness, "he said.`` (Turkish MT, its opening
mark lost), where English writes ``speechless,” wrote the politician`` (``normalize.quote_before_tag``).

A quotation never opens on a bare speech tag that ends with its sentence or names its speaker:
the mark closes the words before it, and its space goes after it.  Where the paragraph's
quotes pair up, quote spacing has moved the space already; this is the case it leaves, where
they do not (a lost or doubled mark elsewhere in the paragraph)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet


@lru_cache(maxsize=8)
def _opener_before_tag(rules: RuleSet) -> re.Pattern:
    """', “wrote the politician.' / ', "he said.': the mark after a comma or a stop, glued to a speech
    verb (or a pronoun and a speech verb) that closes its sentence or names a speaker."""
    verbs = rules.alternation("words.speech_verbs")
    # what follows the verb: the sentence's end, a capitalised name, or a short 'the politician.'
    tail = r"(?=[.,;:]| (?:Mr|Mrs|Ms|Dr|Prof)\.? [A-Z]| [A-Z][a-z]| (?:the|a|an|his|her|their) (?:[a-z]+ ){0,2}[a-z]+[.,])"
    # the mark first, what stands before it looked back at from there: the scan skips to the marks
    return re.compile(rf'[“"](?<=[,?!.] [“"])(?=(?:he|she|they|we|it) (?:{verbs})[.,]|(?:{verbs}){tail})')


def fix_opener_before_tag(doc: Doc, ctx: Context) -> list[Change]:
    """``speechless, “wrote the politician.`` -> ``speechless,” wrote the politician.``"""
    text = doc.text
    if ctx.rule("normalize.quote_before_tag") is None or (' "' not in text and " “" not in text):
        return []
    out: list[Change] = []
    paras = doc.paragraphs
    starts = [s for s, _ in paras]
    paired: dict[tuple[int, str], bool] = {}  # (paragraph, mark): do its quotes pair up?
    for m in _opener_before_tag(ctx.rules).finditer(text):
        mark = "”" if m.group() == "“" else '"'
        i = bisect.bisect_right(starts, m.start()) - 1
        if (i, mark) not in paired:
            para = text[slice(*paras[i])] if i >= 0 else ""
            paired[i, mark] = (para.count('"') % 2 == 0 if mark == '"'
                               else para.count("“") == para.count("”"))
        if paired[i, mark]:
            continue  # '"Yes," he said. Then, "she said." No more.': a quotation that opens there
        ch = ctx.change(m.start() - 1, m.end(), mark + " ", "normalize.quote_before_tag")
        if ch:
            out.append(ch)
    return out
