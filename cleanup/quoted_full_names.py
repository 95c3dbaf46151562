"""A person's full name in quotation marks: ``report Jakarta Governor "Basuki Tjahaja Purnama"``,
``said attorney of the Council, "Razman Arif Nasution"`` (Indonesian MT quotes the people it
names).  English quotes a nickname or a title, not a person's name (``document.quoted_full_name``; ``document.quoted_name``,
whose first evidence is a title written elsewhere: ``Mr. Sutin``).

The evidence here is the document's own: it quotes two or more different names of two to four
capitalised words, none an English word, or one only after a given name where the name speaks
(``"Bestari Barus" said``), one of them at least after a person's title (``Governor``) or before a verb
of saying: a name, not a title such as "Desert Storm" or "American Pie".  In
3,225 BBC and CNN/DM articles no article quotes two such names, three quote one.  Not after ``called``, ``dubbed``, ``the`` (a nickname, a work)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

_QUOTED = re.compile(  # the quotation mark, then its look-behind: not tried at every offset
    r"([“\"](?<![\w’'][“\"]))((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? ){1,3}[A-Z][a-z]+)([”\"])(?![\w’'])")
_PAIRS = {"“": "”", '"': '"'}


@lru_cache(maxsize=8)
def _speaks(rules: RuleSet) -> re.Pattern:
    return re.compile(rf" (?:{rules.alternation('words.speech_verbs')})\b")


@lru_cache(maxsize=8)
def _naming(rules: RuleSet) -> re.Pattern:  # 'called "Desert Storm"', 'the "American Pie"'
    return re.compile(rf"\b{rules.alternation('document.quoted_name_naming')} $", re.I)


@lru_cache(maxsize=8)
def _titled(rules: RuleSet) -> re.Pattern:  # 'Jakarta Governor "Basuki ...': a person's title before the mark
    titles = rules.alternation("document.person_titles") + "|" + rules.alternation("casing.appositive_titles")
    return re.compile(rf"\b(?:{titles})\.?,? $", re.I)


def _names(text: str, speaks: re.Pattern, naming: re.Pattern) -> list[re.Match]:
    """The quoted names of two to four words that are not English words, not announced as a name."""
    out = []
    for m in _QUOTED.finditer(text):
        if _PAIRS[m.group(1)] != m.group(3) or naming.search(text, max(0, m.start() - 14), m.start()):
            continue
        common = [lexicon.is_common_word(w) for w in re.split(r"[ -]", m.group(2))]
        # one English word after a given name only where the name speaks: '"Bestari Barus" said'
        if not any(common) or (not common[0] and sum(common) == 1 and speaks.match(text, m.end())):
            out.append(m)
    return out


def unquote_full_names(doc: Doc, ctx: Context) -> list[Change]:
    """``Governor "Basuki Tjahaja Purnama"`` -> ``Governor Basuki Tjahaja Purnama`` where the
    document quotes two or more such names."""
    text = doc.text
    if ctx.rule("document.quoted_full_name") is None or ('"' not in text and "“" not in text):
        return []
    speaks, titled = _speaks(ctx.rules), _titled(ctx.rules)
    found = _names(text, speaks, _naming(ctx.rules))
    # one of them at least a person's: a title before it or a verb of saying after it, not a film's
    person = any(titled.search(text, max(0, m.start() - 20), m.start()) or speaks.match(text, m.end()) for m in found)
    if len({m.group(2) for m in found}) < 2 or not person:
        return []
    out = []
    for m in found:
        ch = ctx.change(m.start(), m.end(), m.group(2), "document.quoted_full_name")
        if ch:
            out.append(ch)
    return out
