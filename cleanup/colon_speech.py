"""A speaker's words announced by a verb of saying and a colon, with no quotation mark at all:
``He continued: We will not accept ...`` (Arabic), ``Gulyás stated: Hungary still does not
extradite anyone ...`` (Hungarian), ``Satayshi continued: Based on ...`` (Persian).  English
quotes what follows the colon to the paragraph's end: ``He continued: “We will not accept ...”``
(``normalize.colon_speech``).

Two of 3,225 BBC and CNN/DM articles write a verb of saying (past tense, or ``says``), a colon and a
capital without a quotation mark after it, neither in the first person: ``he says: Recovery ...``.  The words run to the end of the paragraph, six words or more,
with no quotation mark among them; where the page cuts the paragraph off, the quotation only
opens.  Applied where they speak in the first person (``We will
not``) in a text with a mark of MT; offered otherwise, where the close may belong earlier or a
native writer chose the colon (``native_confidence``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .lost_speech import QUOTE_MARKS
from .rules import RuleSet

_FIRST_PERSON = re.compile(r"(?:I|We|Our|My|Us)\b")


@lru_cache(maxsize=8)
def _introduced(rules: RuleSet) -> re.Pattern:
    """'continued: We' / 'stated: Hungary': a verb of saying, a colon, a capital (the words' start)."""
    # past tense, or 'says' / 'continues' (Nordic news reports in the present): not 'Southern states:'
    words = rules.words("words.speech_verbs", "normalize.lost_speech_dash_verbs")
    verbs = "|".join(sorted((re.escape(w) for w in words if w.endswith(("ed", "said", "told", "wrote", "says", "continues"))),
                            key=len, reverse=True))
    # a short phrase may stand between the verb and its colon (Persian 'در این باره گفت:': 'said in this
    # regard: The nation ...', 'stated in the parliament: I request ...')
    where = r"(?: (?:in|at|on|during|before|regarding|about) [^:.,;\n“”\"«»]{2,30}?)?"
    return re.compile(rf"\b(?:{verbs}){where}: (?=[A-Z])")


def quote_colon_speech(doc: Doc, ctx: Context) -> list[Change]:
    """``He continued: We will not accept ...`` -> ``He continued: “We will not accept ...”``"""
    text = doc.text
    if ctx.rule("normalize.colon_speech") is None or ": " not in text:
        return []
    curly = not ('"' in text and "“" not in text)
    opening, closing = ("“", "”") if curly else ('"', '"')
    out: list[Change] = []
    pattern = _introduced(ctx.rules)
    for s, e in doc.body:
        m = pattern.search(text, s, e)
        if m is None or QUOTE_MARKS.search(text, m.end(), e) or len(text[m.end():e].split()) < 6:
            continue
        doubt = not _FIRST_PERSON.match(text, m.end())  # no native writer leaves 'said: We' bare
        first = ctx.change(m.end() - 2, m.end(), ": " + opening, "normalize.colon_speech", doubt=doubt)
        if text[e - 1] not in ".!?…":  # cut off with the page: the quotation opens, its end is lost
            out += [first] if first and e == len(text.rstrip()) else []
            continue
        last = ctx.change(e - 1, e, text[e - 1] + closing, "normalize.colon_speech", doubt=doubt)
        if first and last:
            out += [first, last]
    return out
