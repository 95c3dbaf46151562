"""The site's masthead printed above the headline of a scraped page: its name (``Italy 24 Press
News``, ``The Limited Times``, ``News Israel today``) and the tagline under it (``latest news
from Israel in english``, ``Now you can see non-English news...``); and another story's
headline printed above the article's (``other_headline``).

A newspaper's name is built from a closed set of nouns (News, Times, Press, Post, Daily,
Herald...): a first line of a few words, no verb and no stop, holding one of them, in title case
or with a tagline under it, with a second headline-shaped line under it (the story's own, before its prose), is the site's, not the
article's.  An English article's first line is its headline and the next its prose.
"""

from __future__ import annotations

import re

from .boilerplate import classify, line_rules
from .doc import Context, Doc
from .edits import Change
from .page_edges import LINE_WORD
from .tagger import has_finite_verb

RULE = "boilerplate.masthead"
_STOP = re.compile(r"[.!?:;,][”\"’')\]]*$")
_CUT = re.compile(r"(?:\.\.\.|…)$")


def _titled(line: str) -> bool:  # 'VistaBuzz – Latest News, Viral Videos And More'
    return all(w[:1].isupper() or not w[:1].isalpha() for w in LINE_WORD.findall(line))


def _name(line: str, nouns: frozenset[str]) -> bool:
    """A site's name: one to six words led by a capital (ten in title case), one of them a
    masthead noun, no verb, no sentence end, nothing quoted."""
    words = LINE_WORD.findall(line)
    titled = _titled(line)
    return (1 <= len(words) <= (10 if titled else 6) and line[:1].isupper() and not _STOP.search(line) and not re.search(r"[\"“”«»]", line)
            and any(w.lower() in nouns for w in words) and not has_finite_verb(line))


def _tagline(line: str, nouns: frozenset[str]) -> bool:
    """The site's tagline under its name: at most 30 words naming news, opening in lower case or
    trailing off ('Now you can see non-English news...'), or a name of its own in title case."""
    words = LINE_WORD.findall(line)
    if not 1 <= len(words) <= 30 or (_STOP.search(line) and not _CUT.search(line)):
        return False
    # 'Latest News From Thailand': a name of its own in title case
    return "news" in {w.lower() for w in words} and (line[:1].islower() or bool(_CUT.search(line)) or _titled(line))


def _headline(line: str, lede: str) -> bool:
    """The story's headline: one line of 4 to 30 words that does not end like a sentence, or
    does and the lede under it restates it (most of its longer words again)."""
    words = LINE_WORD.findall(line)
    if "\n" in line or not 4 <= len(words) <= 30:
        return False
    if not re.search(r"[.!?][”\"’')\]]*$", line):
        return True
    longer = {w.lower() for w in words if len(w) > 3}
    return len(longer & {w.lower() for w in LINE_WORD.findall(lede)}) >= 0.6 * len(longer)


def masthead(doc: Doc, ctx: Context) -> list[Change]:
    """``Italy 24 Press News`` above ``Vicinanza takes office as mayor``: the site's name (and its
    tagline) above the headline, below at most two lines of other furniture (a date bar) that
    the line rules know."""
    paras = doc.paragraphs
    if ctx.rule(RULE) is None or len(paras) < 4:
        return []
    text = doc.text
    nouns = ctx.words("boilerplate.masthead_words")
    rules = line_rules(ctx)
    lines = [text[s:e].strip() for s, e in paras[:8]]
    i = 0
    while i < 2 and "\n" not in lines[i] and classify(lines[i], rules):
        i += 1
    if "\n" in lines[i] or not _name(lines[i], nouns):
        return []
    j = i + 1
    # its tagline, or the name printed again ('Portal field news' twice): a headline is printed once
    # above its deck, or twice and then the prose
    while j < i + 3 and j < len(lines) and "\n" not in lines[j] and (_tagline(lines[j], nouns) or lines[j] == lines[i]):
        j += 1
    if j == i + 1 and not _titled(lines[i]):
        return []  # 'Daily life in Gaza' above its deck: a headline; a name is in title case or has its tagline
    k = j
    while k < j + 2 and k < len(lines) and "\n" not in lines[k] and classify(lines[k], rules):
        k += 1
    if k + 1 >= len(lines) or not _headline(lines[k], lines[k + 1]):
        return []
    # a site's name is not what its story is about: 'Daily Mail editor' above 'The new editor of
    # the paper' is the headline and its deck
    own = {w.lower() for w in LINE_WORD.findall(lines[i])} - nouns - ctx.words("words.closed_class")
    if own & {w.lower() for w in LINE_WORD.findall(lines[k])}:
        return []
    s, e = paras[i][0], paras[j][0]
    ch = ctx.change(s, e, "", RULE)
    return [ch] if ch else []


OTHER = "boilerplate.other_headline"
_SITE_AFTER_BAR = re.compile(r" \| ?[^|\s][^|]{0,40}$")


def _longer(line: str) -> set[str]:
    return {w.lower() for w in LINE_WORD.findall(line) if len(w) > 3}


def other_headline(doc: Doc, ctx: Context) -> list[Change]:
    """``Shehbaz Sharif welcomes election date announcement`` above ``Shehbaz warns PM to think
    before he speaks``: two headlines at the top of the page (lines of 4 to 30 words with no
    stop, with at most two lines of furniture between them) and a lede that restates the second
    (half its longer words) and not the first (two fifths at most, and less by two fifths of its
    words): the first is another story's, a link the page printed above the article.
    An article's own standfirst restates its headline's story; a page's furniture does not."""
    paras = doc.paragraphs
    if ctx.rule(OTHER) is None or len(paras) < 4:
        return []
    text = doc.text
    rules = line_rules(ctx)
    lines = [text[s:e].strip() for s, e in paras[:6]]
    k = 1
    while k < 3 and k < len(lines) and "\n" not in lines[k] and classify(lines[k], rules):
        k += 1
    if k + 1 >= len(lines) or not (_headline(lines[0], "") and _headline(lines[k], "")):
        return []
    lede = lines[k + 1]
    if not re.search(r"[.!?][”\"’')\]]*$", lede) or len(LINE_WORD.findall(lede)) < 12:
        return []  # the story's prose
    first, second, said = _longer(lines[0]), _longer(lines[k]), _longer(lede)
    if len(first) < 3 or len(second) < 3:
        return []
    own, other = len(second & said) / len(second), len(first & said) / len(first)
    if own < 0.5 or other > 0.4 or own - other < 0.4:
        return []  # the lede tells the first line's story too (a name it shares is not enough)
    # a native standfirst may restate the lede better than its headline: applied where the first
    # line carries a site's name after a bar ('... on Sunday | EUROtoday') or the text shows MT
    ch = ctx.change(paras[0][0], paras[1][0], "", OTHER, native=bool(_SITE_AFTER_BAR.search(lines[0])))
    return [ch] if ch else []


KICKER = "boilerplate.kicker"
_QUOTED = re.compile(r"[\"“”«»]")
_LABEL = re.compile(r"\w+:")


def _names_subject(first: str, head: str, lede: str) -> bool:
    """Does the first line name the story's subject, so that it is the headline above a deck:
    a capitalised word of three letters or more after its first word in a line not all in title
    case ('Floods in Valencia'), or one the headline or lede repeats ('Nadal puts Spain 2-0 up'
    above 'Spain's Rafael Nadal ...')?  A kicker, a section or a date bar names nothing the story
    repeats ('Sees hardly any support', 'Code: 1282549 A', 'Friday, 09/20/2024')."""
    words = LINE_WORD.findall(first)
    caps = [w for w in words if w[:1].isupper() and len(w) >= 3]
    if any(w in caps for w in words[1:]) and any(w[:1].islower() for w in words):
        return True
    return any(re.search(rf"\b{re.escape(w)}\b", f"{head} {lede}") for w in caps)


def _figures(line: str) -> bool:
    """A label's line ('Result: Nadal 6-7 (6/8) 6-2 ...') or one mostly of figures: no headline."""
    words = LINE_WORD.findall(line)
    return bool(_LABEL.match(line)) or 2 * sum(any(ch.isdigit() for ch in w) for w in words) >= len(words)


def kicker(doc: Doc, ctx: Context) -> list[Change]:
    """``Sees hardly any support`` above ``FPÖ sees Nehammer's support in ÖVP dwindling``: the
    page's first line, a few words with no stop (a kicker, a section, a date bar, the site's name:
    'Hot News', 'back to top', 'Ukraine'), above a headline-shaped line (4 to 30 words, no stop)
    that the lede under it restates (half its longer words): the second line is the story's
    headline, so the first is the page's.  A first line of one or two words is offered even where
    the lede does not restate the headline.  An English article's first line is its headline, and a
    headline is seldom under five words; offered in copy with no mark of MT."""
    paras = doc.paragraphs
    if ctx.rule(KICKER) is None or len(paras) < 4:
        return []
    text = doc.text
    first, head, lede = (text[s:e].strip() for s, e in paras[:3])
    words = LINE_WORD.findall(first)
    if not 1 <= len(words) <= 5 or "\n" in first or _STOP.search(first) or _QUOTED.search(first):
        return []
    if not _headline(head, "") or re.search(r"[.!?][”\"’')\]]*$", head) or len(LINE_WORD.findall(lede)) < 12:
        return []
    if _figures(head) or _names_subject(first, head, lede):
        return []  # the first line is the headline, above its deck or a score line
    if not re.search(r"[.!?][”\"’')\]]*$", lede):
        return []  # the story's prose under its headline
    said = _longer(head)
    restated = len(said) >= 3 and len(said & _longer(lede)) >= 0.5 * len(said)
    if not restated and len(words) > 2:
        return []
    # a label of one or two words above a longer headline ('Diplomacy' above 'Minister hails new
    # era in ties with neighbours') is a section's, even where the lede tells the story its own
    # way: only offered (a one-word headline above its deck is rare, but it is one)
    ch = ctx.change(paras[0][0], paras[1][0], "", KICKER, doubt=not restated)
    return [ch] if ch else []
