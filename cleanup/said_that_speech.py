"""A speaker's own words introduced by ``said that`` with no quotation mark: ``Chief Minister
Nitish Kumar said that we will win the elections and work.`` (Hindi ``ने कहा कि``, Arabic
``قال إن``, Persian ``گفت که``: the conjunction introduces direct speech, and MT renders it
``that`` before words still in the speaker's first or second person).  An English editor quotes
them: ``said: “We will win the elections and work. ...”`` to the paragraph's end, or turns them
into reported speech (``said they would win``) (``normalize.said_that_quote``).

Only offered, and only in text that shows MT damage or whose source language is known (native
reported speech keeps a first person: ``the minister said that our country would never accept``):
of seven cases in the real MT we may read, four want the quotation, two reported speech and one
leaves the words alone.  The words run to the paragraph's end, no quotation mark before them, in
their first four words (``noted that we "will rebalance``: quoted in part) or left open among them; in the BBC and CNN/DM articles every ``said that I``/``we`` stands inside
a quotation (a footballer's ``I said that I wanted to take it straight away``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

RULE = "normalize.said_that_quote"
_MARKS = re.compile(r"[\"“”«»]")
_EARLY_MARK = re.compile(r'\s*(?:\S+\s+){0,3}?\S*["“]')  # words quoted in part ('noted that we "will rebalance')


# ' that we' first (a literal the scan skips to), its verb looked back at from there
_THAT = re.compile(r"( that,?) (we|you|I|my|our)\b(?! (?:and|or|said|says)\b)")


@lru_cache(maxsize=8)
def _verb_before(rules: RuleSet) -> re.Pattern:
    """A verb of saying that ends the text it is searched in ('...Nitish Kumar said')."""
    return re.compile(rf"\b(?:{rules.alternation('words.speech_verbs')})$")


def _said_that(para: str, rules: RuleSet) -> re.Match | None:
    """'said that we' / 'added that you': group 1 is ' that' with its space, group 2 the pronoun."""
    for m in _THAT.finditer(para):
        if _verb_before(rules).search(para, max(0, m.start() - 20), m.start()):
            return m
    return None


def offer_said_that_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``said that we will win the elections.`` -> ``said: “We will win the elections.`` (offered; its close
    follows once it is in)"""
    text = doc.text
    if not ctx.mt_like or ctx.rule(RULE) is None or " that " not in text:
        return []
    out: list[Change] = []
    straight = text.count('"') > text.count("“")
    for s, e in doc.body:
        para = text[s:e]
        m = _said_that(para, ctx.rules) if " that " in para else None
        if not m or not re.search(r"[.!?…]$", para) or len(para[m.end():].split()) < 3:
            continue
        rest = para[m.end():]
        if (_MARKS.search(para, 0, m.start()) or _EARLY_MARK.match(rest) or rest.count('"') % 2
                or rest.count("“") != rest.count("”")):
            continue  # a quotation before the words or among their first, or one left open ('the camp, “Ashraf”' is a name)
        word = m.group(2)
        # the opening mark only: a closing one offered apart is left alone where a fix drops the
        # opening one's offer; once the opening mark is in, normalize.unclosed_quote closes it
        ch = ctx.change(s + m.start(1), s + m.end(2), ': ' + ('"' if straight else "“") + word[0].upper() + word[1:],
                        RULE, doubt=True)
        if ch:
            out.append(ch)
    return out
