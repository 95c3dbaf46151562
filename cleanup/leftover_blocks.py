"""Lines a leftover's block carries with it: the filling of blocks of furniture (moved here from
:mod:`cleanup.boilerplate`), a run of lines each closed by a separator (a ticker's headlines),
and a short line with no verb but a bare one among the leftovers ending the page.

``normalize.paragraphs`` makes each line of the page a paragraph; the block a line stood in is
then only its neighbours' labels.  The labels are ``(rule id, only in company)`` or None, as in
``boilerplate.remove_leftovers``.
"""

from __future__ import annotations

import re

from .tagger import tags

Labels = list[tuple[str, bool] | None]
SEPARATOR_RUN = "boilerplate.separator_run"
TAIL = "boilerplate.tail_line"

_WORD = re.compile(r"\w+")
OFFERED = frozenset({"boilerplate.teaser_line", "boilerplate.untranslated_line"})
# a line cut after a word that cannot end an English sentence ('... every other article in the'), a
# lower-case word after a word (not a label's 'Báo In', nor the letter of an article code, 'Code: 1282549 A');
# a date bar's label that lost its date ('Posted on', 'Published on') is whole: the line after it is the story's
# (a date there is boilerplate.timestamp's own line)
_CUT_LINE = re.compile(r"(?<=[^\W\d] )(?<!osted )(?<!ublished )(?<!pdated )(?<!odified )"
                       r"(?:the|a|an|in|of|to|for|and|or|on|at|with|from|by|our|your|this|every)$")
# an item of a list of links whose title the page cut ('- Once Short Track Emperor ... Over 90 Million Won in...')
_CUT_ITEM = re.compile(r"[-•·*]\s*[^\n]{10,200}?\w(?:\.\.\.|…)")
_LONE_TOKEN = re.compile(r"[a-z]{3,20}|[A-Z]{1,3}\.[A-Z]{1,3}(?:\.[A-Z]{0,5})*")
# a line closed by a separator after a word, a figure or a closing mark ('... after the schedule -')
_SEPARATED = re.compile(r"[\w”\"’')\]][ \t]+[-–—|•»>/][ \t]*$")
# a line of the story set out as a list: quoted, a speaker's label, a score, a time
_STORY_LINE = re.compile(r"^\s*[\"“‘']|^(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*:\s|\d\s*[-–—]\s*\d"
                         r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b")
_STOP = re.compile(r"[.!?][\"”’')]?\s*$")
_MIN_RUN, _MAX_RUN_WORDS, _MAX_TAIL_WORDS = 3, 25, 12
_TOLD = frozenset({"VBD", "VBN", "VBZ", "VBP", "MD"})


def sure(lab: tuple[str, bool] | None) -> bool:
    return bool(lab) and not lab[1] and lab[0] not in OFFERED


def fill_blocks(text: str, paras: list[tuple[int, int]], labels: Labels, first: int) -> None:
    """The three fillings below, in their order."""
    fill_block(text, paras, labels, first)
    separator_runs(text, paras, labels, first)
    tail_lines(text, paras, labels, first)


def fill_block(text: str, paras: list[tuple[int, int]], labels: Labels, first: int) -> None:
    """Furniture comes in blocks: a sure leftover line cut after an article or preposition runs
    on into the next line (a paywall prompt wrapped over two lines), and a label of at most
    three words without punctuation between two sure leftovers belongs to them (the town of a
    weather widget between its reading and its date, 'further' between two prompts), and so do
    two such lines ('Journalist', then a name, between two date bars).  A lone
    token that no article writes as a paragraph, a lower-case word (a logo's text, 'infobae')
    or initials ('C.DAN', a writer's signature), and a list item cut with '...' (a link whose
    title the page shortened) go with a sure leftover next to them."""
    for i in range(max(first, 1), len(paras)):
        if labels[i]:
            continue
        line = text[paras[i][0]:paras[i][1]]
        before = text[paras[i - 1][0]:paras[i - 1][1]].rstrip()
        after = labels[i + 1] if i + 1 < len(paras) else None
        if sure(labels[i - 1]) and _CUT_LINE.search(before) and len(_WORD.findall(line)) <= 20:
            labels[i] = labels[i - 1]
        elif sure(labels[i - 1]) and _label_words(line) and (sure(after) or (
                i + 2 < len(paras) and not after and sure(labels[i + 2])
                and _label_words(text[paras[i + 1][0]:paras[i + 1][1]]))):
            labels[i] = labels[i - 1]  # one or two such lines ('Journalist', then the name)
        elif ((_LONE_TOKEN.fullmatch(line.strip()) or _CUT_ITEM.fullmatch(line.strip()))
              and (sure(labels[i - 1]) or sure(after))):
            labels[i] = labels[i - 1] if sure(labels[i - 1]) else after


def _label_words(line: str) -> bool:
    """At most three words and no punctuation: a label ('Port Louis', 'Journalist', a name)."""
    return len(_WORD.findall(line)) <= 3 and not re.search(r"[.!?,;:\"“”]", line)


def separator_runs(text: str, paras: list[tuple[int, int]], labels: Labels, first: int) -> None:
    """Three lines or more in a row, each of at most 25 words and each closed by a separator
    after its last word (``BNP expelled 14 leaders after the schedule -``, then ``Beef in Dhaka
    is 650 taka somewhere -``, ...): a ticker's or a menu's items, which the page set apart with a
    dash, a bar or a bullet.  No sentence of an article ends on a separator, three in a row
    even less (h2_bn_postsen_mongla-khulna-blockade: six items under 'Breaking news')."""
    i = first
    while i < len(paras):
        j = i
        while j < len(paras) and _separated(text[paras[j][0]:paras[j][1]]):
            j += 1
        if j - i >= _MIN_RUN and _furniture_run(text, paras, labels, i, j):
            for k in range(i, j):
                labels[k] = labels[k] or (SEPARATOR_RUN, False)
        i = max(j, i + 1)


def _furniture_run(text: str, paras: list[tuple[int, int]], labels: Labels, i: int, j: int) -> bool:
    """A run goes only next to a sure leftover (the ticker's 'Breaking news' bar, the repeated
    headline after it) and only if its lines do not read as the story's: after a line ending in ':'
    (a poem 'which opens:', advice), or mostly opening with a quotation mark or a speaker's label
    ('Operator: Is he breathing -'), or with a score or a time ('Arsenal 2 - 1 Chelsea -', '9am: ...')."""
    if not ((i > 0 and sure(labels[i - 1])) or (j < len(paras) and sure(labels[j]))):
        return False
    if i > 0 and text[paras[i - 1][0]:paras[i - 1][1]].rstrip().endswith(":"):
        return False
    lines = [text[paras[k][0]:paras[k][1]] for k in range(i, j)]
    return 2 * sum(bool(_STORY_LINE.search(line)) for line in lines) < len(lines)


def _separated(line: str) -> bool:
    return "\n" not in line and len(_WORD.findall(line)) <= _MAX_RUN_WORDS and bool(_SEPARATED.search(line))


def tail_lines(text: str, paras: list[tuple[int, int]], labels: Labels, first: int) -> None:
    """The leftovers ending the page take the short lines with no verb but a bare one among them: from
    a sure leftover after the story to the page's last line, itself a sure leftover, every line
    is a sure leftover or a line of at most twelve words with no verb but a bare one, and the sure ones are
    twice as many (``Always be the first to know.``, ``Fifth consecutive year Consumer Choice for
    Online Press.`` among the prompts of a site's app and its comment form, h5_pt_newsylist;
    ``Data Perkembangan Covid-19 Indonesia`` between a share bar and a timestamp, m_id_tribratanews_*).
    Slogans and labels of the page's foot, not the story's sentences, which have verbs and come
    before its furniture.  One pass up from the last line, so linear in the lines."""
    if len(paras) - first < 4 or not sure(labels[-1]):
        return
    start, loose, firm = len(paras), [], 0
    for k in range(len(paras) - 1, first, -1):
        if sure(labels[k]):
            start, firm = k, firm + 1
        elif not labels[k] and _slogan(text[paras[k][0]:paras[k][1]]):
            loose.append(k)
        else:
            break
    inside = [k for k in loose if k > start and not _stopped(text[paras[k][0]:paras[k][1]])]
    if inside and firm >= 2 * len(inside) and start > first:
        for k in inside:
            labels[k] = (TAIL, False)


def _stopped(line: str) -> bool:
    """A line closed by a sentence stop stays unless it reads as a prompt or a slogan, with no comma
    or colon: a bare verb first ('Always be the first to know.') or most of its longer words
    capitalised ('Fifth consecutive year Consumer Choice for Online Press.'); 'No injuries.', 'A sad day for the whole town.',
    'Full-time: Arsenal 2 Chelsea 1.' are the story's (review31a)."""
    if not _STOP.search(line):
        return False
    if re.search(r"[,;:]", line):
        return True
    tagged = [t for _, t in tags(line)][:2]
    long = [w for w in _WORD.findall(line) if len(w) > 3]
    titled = 2 * sum(w[0].isupper() for w in long) > len(long) > 2  # a slogan in title case
    return not (titled or (bool(tagged) and (tagged[0] == "VB" or tagged[:2] == ["RB", "VB"])))


def _slogan(line: str) -> bool:
    """No verb but a bare one (a prompt's 'be', 'know'): a past participle may be a past tense
    that lost its tag ('Both sides left.')."""
    return ("\n" not in line and len(_WORD.findall(line)) <= _MAX_TAIL_WORDS
            and not any(t in _TOLD for _, t in tags(line)))
