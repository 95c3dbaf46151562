"""Site furniture read from its shape at the two ends of a scraped page: short lines with no
finite verb between the headline and the first paragraph of prose (``Spread the love``, ``Photo:
ua.``, ``09:35 22.03.2024 Telegram review``) and after the last one (``More in section``,
``latest from "Telegram review"``, ``Hot News``).

An article's own lines there are its headline (kept: the title is never read here) and prose;
a subheading stands between paragraphs, never below the last one, and a standfirst has a verb.
So a line of a few words that neither makes a clause nor ends like a sentence, at the edge of
the page and beside prose, is the site's: a label, a widget's caption, a byline, a date bar.
The line rules of :mod:`cleanup.boilerplate` know many such lines by their words; this stage
runs after them and reads the shape, so it also takes the labels no list has (a site's own
wording, a section's name, a label left in the source language's word order).
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .page_edges import LINE_WORD, printed_lines
from .tagger import has_finite_verb, tags

RULE = "boilerplate.page_edge"
_ENDS_SENTENCE = re.compile(r"[.!?…](?:[”\"’')\]»]*)$")
# a label with its value ('Photo: ua.', 'Status: 09/22/2021 3:08 p.m.'): its stop is the value's
_LABEL = re.compile(r"^[^\W\d_][\w ]{0,20}:\s*\S")
_QUOTED = re.compile(r"^[\"“‘'«]")
_MAX_WORDS = 8
# a time, a numeric date, a separator of a widget or a handle ('09:35 22.03.2024 Telegram review');
# not any digit: a sports page's 'Arsenal win 4-2 on penalties' under its headline is the story's
_CUE = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|[|»•/@#]")
# a label of one or two words before its value: 'Photo: ua.', 'Prepared by: Sergey Daga' (not a
# headline's 'Han Sohee's Side: "Simple Mistake"')
_LABEL_CUE = re.compile(r"^[^\W\d_][\w’']*(?: [\w’']+)?:(?!\s*[\"“‘'«])")
# a divider of dashes, stars or dots, with no word ('---', '-', '***', '* * *')
_RULE_LINE = re.compile(r"[-–—_=~.·•*](?: ?[-–—_=~.·•*]){0,39}")
# a line that opens like a sentence cut short by the excerpt ('The', 'It was', 'In the'), not a label
_SENTENCE_OPENERS = frozenset({"DT", "PRP", "IN"})


def _furniture(line: str, ctx: Context) -> bool:
    """A short line that is no sentence: a few words, no finite verb, no sentence end (but for
    a label's value), not a quotation nor a sign-off an article may end on ('Thank you')."""
    words = LINE_WORD.findall(line)
    if not words:
        return _RULE_LINE.fullmatch(line) is not None  # a divider ('---', '-') is the page's, never prose
    if len(words) > _MAX_WORDS or _QUOTED.match(line):
        return False
    if _ENDS_SENTENCE.search(line) and not _LABEL.match(line):
        return False
    if {w.lower() for w in words} & ctx.words("boilerplate.page_edge_keep_words"):
        return False
    return not has_finite_verb(line)


def _site_cue(line: str) -> bool:
    """What a headline's standfirst ('Three towns, one promise') lacks and a site's line has: a
    time or a date, a label's colon, a separator, a site's name in title case with 'News' in it,
    a lower-case start or a button's imperative."""
    tagged = tags(line)
    if re.search(r"[\"“”«»]|[-–—]$", line):
        return False  # a deck quoting someone, or a dateline ('MADRID, 12 Sep. (EUROPA PRESS) –')
    return (bool(_CUE.search(line) or _LABEL_CUE.match(line)) or _site_name(line) or _lower_start(line)
            or (bool(tagged) and tagged[0][1] == "VB"))


def _site_name(line: str) -> bool:
    """A site's name or its tagline, every word capitalised and 'News' among them ('Complete News
    World', 'Arabic – News, Opinions & Radio', 'Latest News From Thailand'); a standfirst is in
    sentence case ('Good news for farmers')."""
    words = LINE_WORD.findall(line)
    return "News" in words and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _lower_start(line: str) -> bool:
    """A line opening in lower case ('latest from ...'); not a brand's name that opens a deck in
    lower case with a capital inside ('iPhone sales down 10%', 'eBay profits up by a third')."""
    first = line.split(maxsplit=1)[0]
    return first[:1].islower() and first == first.lower()


def _prose(line: str) -> bool:
    """A paragraph of prose: a sentence end, and six words or more with a finite verb or ten
    words or more (the tagger reads 'The Ministry ... attacks SYRIZA' with a plural noun), most
    of them in lower case."""
    words = LINE_WORD.findall(line)
    n = len(words)
    if sum(w.islower() for w in words) < 0.4 * n:
        return False  # a list of names ('G Dempsey; G Murphy, B O'Driscoll (capt), ...'), a team sheet
    return bool(_ENDS_SENTENCE.search(line)) and (n >= 10 or n >= 6 and has_finite_verb(line))


def _not_cut(line: str, ctx: Context) -> bool:
    """Not a paragraph of prose cut short ('The', 'Meanwhile, on the 11th, the Emergency', 'be
    civilized when'): no sentence opener first, no comma, no function word last."""
    tagged = tags(line)
    words = LINE_WORD.findall(line)
    if not words:
        return True  # a divider
    return (bool(tagged) and tagged[0][1] not in _SENTENCE_OPENERS and "," not in line
            and bool(words) and words[-1].lower() not in ctx.words("words.closed_class"))


def _foot(text: str, lines: list[tuple[int, int]], ctx: Context) -> tuple[int, int] | None:
    """The run of furniture lines below the last paragraph of prose, with the breaks before it."""
    i = len(lines)
    while i > 0 and len(lines) - i < 6 and _furniture(line := text[slice(*lines[i - 1])], ctx) and _not_cut(line, ctx):
        i -= 1
    if i == len(lines) or i == 0 or not _prose(text[slice(*lines[i - 1])]) or _parallel(text, lines[i:], ctx):
        return None
    return lines[i - 1][1], len(text.rstrip())


def _parallel(text: str, run: list[tuple[int, int]], ctx: Context) -> bool:
    """Lines of one list ('Newcastle v Tottenham', 'Bolton v Arsenal or Sheffield United'): a
    lower-case word common to all of them.  A page's furniture lines share none but the noun of
    the widgets they name ('Important news', 'Popular news'; 'Partner news' above a divider)."""
    run = [(s, e) for s, e in run if LINE_WORD.search(text[s:e])]
    if len(run) < 2:
        return False
    common = set.intersection(*({w for w in LINE_WORD.findall(text[s:e]) if w.islower()} for s, e in run))
    return bool(common - ctx.words("boilerplate.page_edge_widget_nouns"))


def _head(text: str, lines: list[tuple[int, int]], ctx: Context) -> tuple[int, int] | None:
    """The run of furniture lines between the headline and the first paragraph of prose; each
    with a mark of a site's line (a standfirst may be a short phrase too)."""
    i = 0
    while i < len(lines) and i < 4 and _furniture(line := text[slice(*lines[i])], ctx) and _site_cue(line):
        i += 1
    if i == 0 or i == len(lines) or not _prose(text[slice(*lines[i])]):
        return None
    return lines[0][0], lines[i][0]


def page_edges(doc: Doc, ctx: Context) -> list[Change]:
    """Take away the furniture lines at the head (below the headline) and at the foot of the page."""
    if ctx.rule(RULE) is None or len(doc.paragraphs) < 3:
        return []
    text = doc.text
    start = doc.paragraphs[0][1] if doc.has_title else 0
    lines = printed_lines(text, start)
    if len(lines) < 3:
        return []
    out: list[Change] = []
    for span in (_head(text, lines, ctx) if doc.has_title else None, _foot(text, lines, ctx)):
        if span and (ch := ctx.change(span[0], span[1], "", RULE)):
            out.append(ch)
    if len(out) == 2 and out[0].end > out[1].start:
        out = out[:1]
    return out
