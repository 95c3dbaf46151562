"""Page furniture that every site prints in its own way, read from what such lines are made of
rather than from any site's wording.

``date_line``: a line that is nothing but a date, in any of the forms sites print it, with a
weekday, a time, a counter or the place of a dateline beside it (``Tue. Feb 27th, 2024``,
``26 Oct, 2019 1 615``, ``2022-06-14 0 By``, ``YeU, 16 January``): its words are calendar words
(a closed class) and numbers, at most one other word.  An article writes a date inside a
sentence; a line of its own made of one is the page's date bar.

``web_foot``: the widgets below the last paragraph of prose, a comment form, a login prompt, a
link to the original (``Your Comment``, ``You are replying to: .``, ``4 + 4 =``, ``See
translated news ➥``, ``You need to login to view and post FB Comments!``): short lines in the
vocabulary of a web page's interface (comment, reply, login, share, field...), a closed set that
news prose seldom needs, or with no word at all.  The lines of
:mod:`cleanup.furniture_lines` must have no verb and no stop; these may (a prompt is an
imperative or a sentence to the reader), so two signals must agree: the interface's words and
the position, a run of such lines running to the end of the page after prose.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .page_edges import printed_lines
from .tagger import has_finite_verb, tags

DATE_RULE = "boilerplate.date_line"
FOOT_RULE = "boilerplate.web_foot"
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_TOKEN = re.compile(r"[^\s|•·,;()\[\]–—]+")
_NUMBER = re.compile(r"[+-]?\d[\d:./-]*(?:st|nd|rd|th|h)?\.?", re.I)
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_TIME = re.compile(r"\d{1,2}[:h]\d{2}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\.?", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?…][”\"’')\]]*$")
_PROSE_END = re.compile(r"[.!?…:][”\"’')\]]*$")
_QUOTED = re.compile(r"^[\"“‘'«]")
_CALENDAR = ("boilerplate.calendar_months", "boilerplate.calendar_weekdays", "boilerplate.calendar_stamps")
_LIST_ITEM = re.compile(r"\s*(?:\d+[.)]|[-•*])\s")


def _calendar_read(tokens: list[str], ctx: Context) -> list[bool] | None:
    """Which tokens are the calendar's words, or None when one that English also writes as a word
    or a name stands where no date puts it: a clock's word not after a number or a calendar word
    ('Time, 12 March 2005'), an abbreviation after 'the' or a name ('The Sun', 'Theresa May')."""
    calendar = ctx.words(*_CALENDAR)
    clock, ambiguous = ctx.words("boilerplate.calendar_clock"), ctx.words("boilerplate.calendar_ambiguous")
    read: list[bool] = []
    for i, t in enumerate(tokens):
        low, prev = t.lower(), tokens[i - 1] if i else ""
        if low in clock:
            ok = bool(prev) and (read[-1] or bool(_NUMBER.fullmatch(prev)))
        elif low in ambiguous:
            ok = not (prev.lower() == "the" or prev[:1].isupper() and not read[-1])
        else:
            ok = low in calendar
        if not ok and (low in clock or low in ambiguous):
            return None
        read.append(ok)
    return read


def _date_tokens(line: str, ctx: Context) -> tuple[bool, int, int] | None:
    """(has a date, numbers and calendar words, other words) of a short line, or None when it
    is longer than a date bar or its calendar's words are names."""
    tokens = [t.strip(".,:") for t in _TOKEN.findall(line)]
    tokens = [t for t in tokens if t]
    if not 1 <= len(tokens) <= 10 or (read := _calendar_read(tokens, ctx)) is None:
        return None
    months = [i for i, t in enumerate(tokens) if read[i] and t.lower() in ctx.words("boilerplate.calendar_months")]
    day_beside_month = any(_DAY.fullmatch(tokens[j]) for i in months for j in (i - 1, i + 1) if 0 <= j < len(tokens))
    calendar_or_number = sum(r or bool(_NUMBER.fullmatch(t)) for t, r in zip(tokens, read))
    connectors = ctx.words("boilerplate.date_connectors")
    other = sum(not (r or _NUMBER.fullmatch(t) or t.lower() in connectors) for t, r in zip(tokens, read))
    # a day and a month alone ('Saturday 20 November') head a fixture list or an events diary in
    # native copy: a date bar has its year, its time, or the place of a dateline beside it; a
    # time without a day and a month ('10:30 GMT', '14:00 - 16:00') is a live page's heading or a
    # schedule, content
    dated = (any(_NUMERIC_DATE.fullmatch(t) for t in tokens)
             or day_beside_month and (other == 1 or any(_YEAR.fullmatch(t) or _TIME.fullmatch(t) for t in tokens)))
    return dated, calendar_or_number, other


def _date_line(line: str, ctx: Context) -> float | None:
    """The confidence that a line is a date bar: a date, its other tokens numbers and calendar
    words but for one word at most (a place, a label), which is capitalised (not 'in', 'the
    summit'), and no verb."""
    if _QUOTED.match(line) or ("." in line[-1:] and not re.search(r"\d\.?$|[A-Z][a-z]{1,3}\.$", line)):
        return None
    read = _date_tokens(line, ctx)
    if (not read or not read[0] or read[2] > 1 or read[1] < 2) and "|" in line:
        return _barred_date(line, ctx)
    if not read or not read[0] or read[2] > 1 or read[1] < 2:
        return None
    if read[2] == 1:
        calendar = ctx.words(*_CALENDAR, "boilerplate.calendar_clock")
        others = [w for w in _WORD.findall(line) if not w.isdigit() and w.lower() not in calendar
                  and w.lower() not in ctx.words("boilerplate.date_connectors") and not _NUMBER.fullmatch(w)]
        if any(not w[:1].isupper() for w in others) or has_finite_verb(line):
            return None
        return 0.75
    return None if has_finite_verb(line) else 0.8


def _barred_date(line: str, ctx: Context) -> float | None:
    """A date bar between the site's labels in bars ('Bangladesh Live News | @banglalivenews | 22 May
    2022, 04:54 pm'): one part a date bar, each other a handle or a site's name (a newspaper's noun
    in it) of at most four words, with no verb and no stop."""
    parts = [p.strip() for p in line.split("|") if p.strip()]
    dated = [p for p in parts if _date_line(p, ctx)]
    labels = [p for p in parts if p not in dated]
    nouns = ctx.words("boilerplate.masthead_words")
    if len(dated) != 1 or not labels or any(
            len(_WORD.findall(p)) > 4 or _ENDS_SENTENCE.search(p) or has_finite_verb(p)
            or not (p.startswith("@") or {w.lower() for w in _WORD.findall(p)} & nouns) for p in labels):
        return None
    return 0.75


def _prose(line: str) -> bool:
    """A paragraph of prose: six words or more, a sentence end, a finite verb."""
    return len(_WORD.findall(line)) >= 6 and bool(_ENDS_SENTENCE.search(line)) and has_finite_verb(line)


def date_lines(doc: Doc, ctx: Context) -> list[Change]:
    """Take away the lines that are nothing but a date (between or around paragraphs of prose)."""
    if ctx.rule(DATE_RULE) is None or len(doc.paragraphs) < 3 or not re.search(r"\d", doc.text):
        return []
    text = doc.text
    lines = printed_lines(text)
    found = [(k, conf) for k, (s, e) in enumerate(lines)
             if e - s <= 80 and any(c.isdigit() for c in text[s:e]) and (conf := _date_line(text[s:e], ctx))]
    # the tagger only when a date line is found: the page must have prose near its top
    if not found or not any(_prose(text[s:e]) for s, e in lines[:6]):
        return []
    out: list[Change] = []
    for k, conf in found:
        s, e = lines[k]
        start, end = (s, lines[k + 1][0]) if k + 1 < len(lines) else (lines[k - 1][1], e)
        if ch := ctx.change(start, end, "", DATE_RULE, confidence=conf):
            out.append(ch)
    return out


def _web_line(line: str, ctx: Context) -> int | None:
    """How many words of a web page's interface a short line holds (0 for a line with no word of
    three letters: '4 + 4 =', '|'), or None for a line that is no widget: longer than 16
    words, quoted, an item of a list, or prose without such a word."""
    words = _WORD.findall(line)
    if len(words) > 16 or _QUOTED.match(line) or _LIST_ITEM.match(line):
        return None
    if not any(len(w) >= 3 and not w.isdigit() for w in words):
        return 0
    if has_finite_verb(line) and not _to_reader(line, ctx):
        return None  # a clause about someone ('The club posted a reply'), not a prompt to the reader
    # a site's address counts as one ('Full story: tna.mcot.net')
    web = sum(w.lower() in ctx.words("boilerplate.web_words") for w in words) + _hosts(line, ctx)
    # a network's name ('Facebook') is the interface's beside its other words or a prompt, not alone
    networks = sum(w.lower() in ctx.words("boilerplate.web_networks") for w in words)
    if networks and (web or _to_reader(line, ctx)):
        web += networks
    if web:
        return web
    # a short label with no verb and no stop ('TNA', 'Full story: tna.mcot.net', 'FEEDBACK')
    return 0 if len(words) <= 4 and not _ENDS_SENTENCE.search(line) and not has_finite_verb(line) else None


def _hosts(line: str, ctx: Context) -> int:
    """How many sites' addresses a line holds ('tna.mcot.net')."""
    if "." not in line:
        return 0
    domains = ctx.rules.alternation("boilerplate.web_domains")
    return len(re.findall(rf"\b[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{domains}|[a-z]{{2}})\b(?:/\S*)?", line, re.I))


def _to_reader(line: str, ctx: Context) -> bool:
    """A prompt to the reader: 'you', 'your' or 'please' in it, or a verb opening it ('Leave a
    Reply', 'See translated news')."""
    if any(w.lower() in ctx.words("boilerplate.reader_words") for w in _WORD.findall(line)):
        return True
    tagged = tags(line)
    return bool(tagged) and tagged[0][1] == "VB"


def web_foot(doc: Doc, ctx: Context) -> list[Change]:
    """Take away the run of interface lines below the last paragraph of prose: at most eight
    lines, two at least, to the end of the page, with three words of the interface among them."""
    if ctx.rule(FOOT_RULE) is None or len(doc.paragraphs) < 3:
        return []
    text = doc.text
    lines = printed_lines(text, doc.paragraphs[0][1] if doc.has_title else 0)
    i, web = len(lines), 0
    while i > 0 and len(lines) - i < 8 and (n := _web_line(text[slice(*lines[i - 1])], ctx)) is not None:
        web += n
        i -= 1
    if len(lines) - i < 2 or web < 3 or i == 0 or not _prose(text[slice(*lines[i - 1])]):
        return []
    # the run's first line closes the article when it ends like prose and holds no interface word
    if _PROSE_END.search(text[slice(*lines[i])]) and not _web_line(text[slice(*lines[i])], ctx):
        i += 1
        if len(lines) - i < 2:
            return []
    ch = ctx.change(lines[i - 1][1], len(text.rstrip()), "", FOOT_RULE)
    return [ch] if ch else []
