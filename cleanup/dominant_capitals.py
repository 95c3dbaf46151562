"""A name the article writes capitalised on its own again and again, in lower case once:
``what would they have done with gray if`` in a story that writes ``Gray`` a dozen times,
``knew that mocha wouldn't`` beside ``Mocha`` eleven times.

The word is also English (``gray``, ``roach``, ``mocha``), and news writes it in lower case
often enough that ``document.proper_noun_case`` asks for a name's slot after it (a possessive,
a stop, a verb of saying) or for news to capitalise it nine times in ten.  Where the article
itself writes the word capitalised on its own four times or more in mid-sentence and in lower
case only here, the article's own usage is the stronger evidence, so long as the lower-case use
is not the English word: not after a determiner or a possessive (``the bush``, ``his apple``),
not before a noun it would modify (``gray hair``), not after an adjective or a noun unless news
all but always capitalises the word (``rural china``; not ``cheap labour``), not an adjective a
verb takes (``was swift``, ``painted brown``).  Native copy that writes a name alone nine times
still writes the English word once (``dissolve parliament``), so the article's usage is applied
only where news itself all but always capitalises the word (or never saw it), offered otherwise.
"""

from __future__ import annotations

import re

from . import lexicon, tagger
from .doc import Context, Doc
from .edits import Change

RULE = "document.dominant_capital"

#: times the article writes the word capitalised on its own in mid-sentence (offered from MIN_ALONE,
#: applied from SURE_ALONE)
MIN_ALONE = 4
SURE_ALONE = 6
#: share of news's mid-sentence uses capitalised from which the word is applied ('brown' .97, 'mocha' unseen);
#: 'gray' (.66) and 'parliament' (.77) are the English word in native copy often enough to be offered only
SURE_RATIO = 0.95
_DETERMINERS = frozenset("a an the this that these those his her their its our my your some any every each no "
                         "another such what which whose".split())
_WORD = re.compile(r"(?<![\w’'&.-])([a-z]{3,})(?![\w-])")
_PREV = re.compile(r"(?:(\S+) )?([A-Za-z]+)[ ]$")
#: a title before a name ('Mr. gray'): the surname slot, but clean copy has such slips of its own (CNN/DM
#: test 650), so only offered
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.? $")
_NEXT = re.compile(r" ([a-z]+)\b")


def dominant_capital(text: str, start: int, end: int, doc: Doc, skip: frozenset[str]) -> float | None:
    """Confidence that the lower-case word text[start:end] is the name the article capitalises."""
    w = text[start:end]
    cap = w[0].upper() + w[1:]
    alone = doc.case.alone[cap]
    if alone < MIN_ALONE or w in skip:
        return None
    lows = doc.case.lows
    if lows[w] + lows[w + "'s"] + lows[w + "’s"] != 1 or text[end:end + 1] == "-":
        return None
    ratio = lexicon.capital_ratio(w)
    if ratio is not None and ratio < 0.2:
        return None  # 'champion', 'post': news writes it in lower case four times in five
    prev = _PREV.search(text, max(0, start - 30), start)
    nxt = _NEXT.match(text, end)
    if prev and prev.group(2).lower() in _DETERMINERS or text[max(0, start - 3):start] in ("'s ", "’s "):
        return None  # 'the bush', 'his apple', "Iraq's parliament" (_PREV reads the 's' alone): the English word
    words = tuple(x for x in (prev.group(2) if prev else None, w, nxt.group(1) if nxt else None) if x)
    tags = tagger.tag_words(words)
    at = 1 if prev else 0
    if prev and tags[0].startswith("VB") and tags[at] == "JJ":
        return None  # 'was swift', 'turned gray', 'painted brown': an adjective the verb takes
    if nxt and tags[at + 1].startswith("NN") and nxt.group(1) not in skip:
        return None  # 'gray hair', 'apple pie': a modifier of the noun after it
    if prev and prev.group(2)[0].islower() and tags[0][:2] in ("JJ", "NN"):
        before = prev.group(1) or ""
        if ratio is None or ratio < 0.95 or before.lower() in _DETERMINERS or before.endswith(("'s", "’s")):
            return None  # 'cheap labour', "Mr Raskin's favourite apple"; 'in rural china' passes
    if alone < SURE_ALONE or ratio is not None and ratio < SURE_RATIO or _HONORIFIC.search(text, max(0, start - 6), start):
        return 0.6
    return 0.8


def dominant_capitals(doc: Doc, ctx: Context) -> list[Change]:
    """``with gray if`` -> ``Gray`` where the article writes ``Gray`` on its own many times."""
    alone = doc.case.alone
    wanted = {k[0].lower() + k[1:] for k, n in alone.items() if n >= MIN_ALONE}
    if not wanted:
        return []
    text = doc.text
    skip = ctx.words("words.function_words") | frozenset(t.lower() for t in ctx.words("words.name_titles")) | (
        ctx.words("casing.name_particles") | ctx.words("document.compass_points")
        | ctx.words("document.always_capitalized"))
    out = []
    lows = doc.case.lows
    wanted = {w for w in wanted if lows[w] + lows[w + "'s"] + lows[w + "’s"] == 1}  # once in lower case
    for m in _WORD.finditer(text) if wanted else ():  # one walk of the text, not one per word
        if m.group(1) in wanted:
            conf = dominant_capital(text, m.start(), m.end(), doc, skip)
            if conf is not None:
                ch = ctx.change(m.start(), m.start() + 1, m.group(1)[0].upper(), RULE, confidence=conf)
                if ch:
                    out.append(ch)
    return out
