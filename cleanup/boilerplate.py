"""Scraper leftovers: comment forms, share/follow lines, related-article lists, navigation,
tags, copyright and source lines, advertisement markers.

Only whole short lines are removed, each as an edit the editor sees.  A rule of kind ``line`` lists
full-line patterns; with ``needs_neighbour = true`` its lines (``Name``, ``Email``, ``Website`` of a
comment form) go only when they stand next to other leftovers, so a one-word paragraph of a real article stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .final_period import headline_kicker
from .leftover_blocks import fill_blocks, sure
from .lexicon import zipf
from .literals import FOLDS_ODDLY, Screen, may_match, pattern_screen
from .rules import Rule
from .title import detect_title, repeats_title
from .widget_guards import confine_widgets, unfill_rates

_WORD = re.compile(r"\w+")
# a line that opens like prose ('It was...', 'The minister...'), not like a headline
_PROSE_OPENER = re.compile(r"(?:It|He|She|They|We|I|You|This|That|These|Those|There|The|A|An|And|But|So|His|Her|Their|Its|Our)\b")
_ENDS_SENTENCE = re.compile(r"[.!?…][”\"’')\]]*$")
_BULLET = re.compile(r"[•·▪►*]\s*|-\s+")  # a list item's mark


LineRules = tuple[tuple[str, int, bool, re.Pattern, Screen | None], ...]

#: the line rules on, by what decides which are on (rule set, options, source language): four
#: stages ask for them in each pass of every document, and they hold no document's data
_LINE_RULES: dict[tuple, LineRules] = {}


def line_rules(ctx: Context) -> LineRules:
    """The rules on: (id, max_words, needs_neighbour, patterns as one, its needles)."""
    key = (ctx.rules, ctx.config.disable, ctx.config.enable, ctx.language)
    got = _LINE_RULES.get(key)
    if got is None:
        if len(_LINE_RULES) >= 64:
            _LINE_RULES.clear()
        got = _LINE_RULES[key] = tuple(
            (r.id, int(r.options.get("max_words", 40)), bool(r.options.get("needs_neighbour", False)), _whole_line(r),
             pattern_screen(_whole_line(r).pattern)) for r in ctx.rules.by_kind("line") if ctx.rule(r.id) is not None)
    return got


def classify(line: str, rules: LineRules) -> tuple[str, bool] | None:
    """(rule id, needs_neighbour) of the first line rule matching the whole line, or the line without its
    list bullet ('• Share on Twitter'); a rule none of whose needles the line holds is not tried."""
    words = len(_WORD.findall(line))
    stripped = line.strip()
    bullet = _BULLET.match(stripped)
    lower = None if FOLDS_ODDLY.search(stripped) else stripped.lower()
    for rule_id, max_words, needs_neighbour, pattern, hints in rules:
        if words <= max_words and may_match(lower, hints) and (pattern.fullmatch(stripped) or bullet and pattern.fullmatch(stripped, bullet.end())):
            return rule_id, needs_neighbour
    return None


@lru_cache(maxsize=512)
def _whole_line(rule: Rule) -> re.Pattern:
    """A line rule's patterns as one alternation: a line costs one match per rule, not one per
    pattern (every short line of a page is read by every line rule)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in rule.compiled), rule.compiled[0].flags)


# English function words: one of them in a line shows it is (also) English
_ENGLISH_WORD = re.compile(r"\b(?:the|of|and|to|in|is|was|for|on|that|with|by|as|at|from|are|has|have|be|it|he|she|"
                           r"they|this|said|will|not|an|were|which|who|would|had|been|his|her|their|its|or|but|we|i|you)\b",
                           re.IGNORECASE)
# function words of source languages that English does not use, and that names rarely carry (no
# 'de', 'van', 'la', 'al'): Indonesian, Turkish, Spanish and Portuguese, French, German, Vietnamese
_SOURCE_WORDS = frozenset("""yang dan di untuk dari dengan ini itu akan bakal para tidak pada ke oleh juga selama sebagai
    adalah dalam atas ve ile için bir bu olarak gibi daha çok ancak que y por con para una es como pero más
    et est une pour dans sur pas qui und ist mit von für nicht auf sich của và là các những được trong cho với không""".split())
_LETTERS = re.compile(r"[^\W\d_]+")


def _untranslated(line: str) -> float | None:
    """The confidence that a line was left in the source language ('kinian para tersangka bakal
    ditahan selama 20 hari di Rutan KPK'; 'BACA JUGA: ... Klik di Sini'), or None: no English
    function word at all, and two different function words of another language (lower case, or
    in a line's capitals) making an eighth of its words; three making a fifth are surer."""
    if _ENGLISH_WORD.search(line):
        return None
    words = [w.lower() if w.isupper() else w for w in _LETTERS.findall(line)]
    found = {w for w in words if w in _SOURCE_WORDS}
    share = sum(w in found for w in words) / max(len(words), 1)
    if not 3 <= len(words) <= 60 or len(found) < 2 or share < 1 / 8:
        return None
    return 0.75 if len(found) >= 3 and share >= 1 / 5 else 0.6


def _norm(para: str) -> str:
    return re.sub(r"\W+", " ", para).strip().lower()


def _repeats(doc: Doc, first: int) -> list[bool]:
    """Paragraphs that repeat the title or the paragraph before them (a headline printed again
    at the top of the body, a block scraped twice)."""
    text = doc.text
    keys = [_norm(text[s:e]) for s, e in doc.paragraphs]
    stops = [bool(_ENDS_SENTENCE.search(text[s:e])) for s, e in doc.paragraphs]
    title = (keys[0], "\n" not in text[slice(*doc.paragraphs[0])]) if doc.has_title else None
    # the last copy written as a sentence, where the copies before it had no stop, is the lede; not
    # the page's last line far below the title (a masthead printed again at the foot)
    return [i >= first and len(k.split()) >= 3 and (bool(title) and repeats_title(k, *title) or (i > first and k == keys[i - 1]))
            and not (stops[i] and not stops[i - 1] and i > 0 and (i + 1 == len(keys) or keys[i + 1] != k)
                     and (i + 1 < len(keys) or i == first or k == keys[i - 1]))
            for i, k in enumerate(keys)]


def _teaser_shape(line: str, capitals: float = 0.5) -> bool:
    """A line of 5 to 24 words led by a capital, with no punctuation at all, neither prose-like
    in its opening nor a title-case heading (at most ``capitals`` of its words capitalised); or a
    headline after its kicker ('Fiala: Even in the towns, we prefer a coalition') with no stop."""
    if headline_kicker(line) and not _ENDS_SENTENCE.search(line) and "\n" not in line:
        return 6 <= len(_WORD.findall(line)) < 40
    if not line[:1].isupper() or re.search(r"[,;:.!?\n\"“”()]", line):
        return False  # the cheap tests first: most lines are prose with punctuation
    words = _WORD.findall(line)
    if not 5 <= len(words) < 25:
        return False
    return not _PROSE_OPENER.match(line) and sum(w[:1].isupper() for w in words) < capitals * len(words)


def _teaser(text: str, paras: list[tuple[int, int]], i: int) -> bool:
    """A short line led by a name, with no punctuation at all, between two paragraphs of prose
    ('Minister says in an interview that he wants to sell the port'): a related-article teaser
    or a caption whose picture was not scraped.  Teasers come in lists, so a neighbour may be
    another such line (a pair of them).  Only offered: it may be a sentence that lost its stop."""
    if i == 0 or i + 1 >= len(paras) or not _teaser_shape(text[paras[i][0]:paras[i][1]]):
        return False
    def ends(k: int) -> bool:
        return 0 <= k < len(paras) and bool(_ENDS_SENTENCE.search(text[paras[k][0]:paras[k][1]]))

    # a neighbour may be a second teaser, itself bordered by prose (a pair, not a list's middle)
    if ends(i - 1) and ends(i + 1):
        return True
    return any(ends(j) and ends(3 * i - 2 * j) and _teaser_shape(text[paras[2 * i - j][0]:paras[2 * i - j][1]])
               for j in (i - 1, i + 1))


def _named_teaser(line: str) -> bool:
    """A teaser-shaped line that names someone or something past its first word (a headline
    'Iraqi Prime Minister Mustafa Al-Kazemi said that ...'), unlike the steps of a recipe."""
    # a headline full of names and titles ('Former Oil Minister MP Ibrahim Bahr Al-Ulum said that...')
    # is still in sentence case: its verbs and function words are lower case
    return _teaser_shape(line, 0.65) and sum(w[:1].isupper() for w in _WORD.findall(line)[1:]) >= 2


def _teaser_lists(text: str, paras: list[tuple[int, int]], labels: list[tuple[str, bool] | None],
                  first: int) -> set[int]:
    """Related headlines listed after the article: three or more teaser lines in a row, each
    naming someone, after prose or other leftovers, running to the end or to prose.  One line
    may be a sentence that lost its stop; three in a row without one are a list."""
    found: set[int] = set()
    i = max(first, 1)
    while i < len(paras):
        j = i
        while j < len(paras) and not labels[j] and _named_teaser(text[paras[j][0]:paras[j][1]]):
            j += 1
        if j - i >= 3 and _bounded(text, paras, labels, i - 1) and (j == len(paras) or _bounded(text, paras, labels, j)):
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


def _bounded(text: str, paras: list[tuple[int, int]], labels: list[tuple[str, bool] | None], k: int) -> bool:
    """Does paragraph k close off a block: a sentence of prose, or a sure leftover?"""
    return sure(labels[k]) or bool(_ENDS_SENTENCE.search(text[paras[k][0]:paras[k][1]]))


_LIST_ITEM = re.compile(r"\s*(?:[•·▪►*-]|\d{1,2}[.)])\s+(\S.*)")


def _breadcrumbs(text: str, paras: list[tuple[int, int]], labels: list[tuple[str, bool] | None]) -> None:
    """A breadcrumb trail scraped as a list ('• Home • News • <the headline>...', '1. News
    2. Current 3. <the headline>'): the first items are labels of at most three words, the last
    is the article's own headline, whole or cut, printed again in the first paragraphs."""
    keys: list[str] = []  # the paragraphs' words, read only when a list is found
    i = 0
    while i < len(paras):
        items = []
        j = i
        while j < len(paras) and (m := _LIST_ITEM.fullmatch(text[paras[j][0]:paras[j][1]])):
            items.append(m.group(1))
            j += 1
        last = _norm(items[-1]) if items else ""
        if len(items) >= 2 and not keys:
            keys = [_norm(text[s:e]) for s, e in paras]
        if (len(items) >= 2 and all(len(_WORD.findall(x)) <= 3 for x in items[:-1]) and len(last.split()) >= 4
                and any(keys[k].startswith(last) for k in range(min(j + 3, len(paras))) if not i <= k < j)):
            for k in range(i, j):  # a section's name in the trail is part of it
                if not labels[k] or labels[k][0] == _SECTION:
                    labels[k] = ("boilerplate.navigation", False)
        i = max(j, i + 1)


_SECTION = "boilerplate.section_label"  # a section's name: part of a trail or of a related-news item
_CUT_TEASER = re.compile(r"\w(?:\.\.\.|…)$")


def _related_blocks(text: str, paras: list[tuple[int, int]], labels: list[tuple[str, bool] | None], first: int) -> None:
    """A list of related news: items of a headline, its snippet cut with '...', a section label
    and the time ('UK', '17:24').  Going back from each time stamp: at most one label of three
    words, the cut snippet, and the headline before it (no full stop).  Two such items at least
    (one paragraph trailing off before a time may be a live report's); and the document's last
    line when it follows them, cut off mid-word."""
    blocks: list[range] = []
    for t in range(len(paras)):
        if not labels[t] or labels[t][0] != "boilerplate.timestamp":
            continue
        k = t - 1
        if k > first and (not labels[k] or labels[k][0] == _SECTION) and len(_WORD.findall(text[paras[k][0]:paras[k][1]])) <= 3:
            k -= 1
        snippet = text[paras[k][0]:paras[k][1]] if k >= first else ""
        if labels[k] or not _CUT_TEASER.search(snippet) or len(_WORD.findall(snippet)) > 80:
            continue
        head = text[paras[k - 1][0]:paras[k - 1][1]] if k - 1 >= first else ""
        blocks.append(range(k - 1 if head and not labels[k - 1] and len(_WORD.findall(head)) <= 45
                            and not head.rstrip().endswith(".") else k, t))
    if len(blocks) < 2:
        return
    for n in (n for b in blocks for n in b):
        labels[n] = ("boilerplate.teaser", False)
    end = len(paras) - 1
    if end > first and not labels[end] and sure(labels[end - 1]) \
            and not re.search(r"[.!?…:\"”’)]$", text[paras[end][0]:paras[end][1]]):
        labels[end] = ("boilerplate.teaser", False)


_RELATED = "boilerplate.related"
# a related-news heading with nothing after it ('Read more:', 'Check Also', 'Related Articles:')
_BARE_LABEL = re.compile(r"[^\W\d][\w ]{0,40}?\s*:?", re.I)
_PROSE_END = re.compile(r"[.!?][\"”’')\]]*$")


def _related_tail(text: str, paras: list[tuple[int, int]], labels: list[tuple[str, bool] | None], first: int) -> None:
    """The links under a bare related-news heading at the foot ('Read more:', 'Check Also', then a
    headline and its snippet cut with '...'): when every line after it to the end is headline-sized
    (30 words at most) and none ends like prose (a cut snippet may), six at most besides other
    leftovers (a second 'Also read:', the comment form), they go with it; a later heading is read
    when an earlier one has prose after it ('Read also:' in the body, 'Latest' at the foot)."""
    last = start = len(paras) - 1
    while max(first + 1, last - 40) < start and sum(not lab for lab in labels[start:]) < 7:
        start -= 1
    for i in range(start, last):
        if not labels[i] or labels[i][0] != _RELATED or not _BARE_LABEL.fullmatch(text[paras[i][0]:paras[i][1]].strip()):
            continue
        tail = [text[s:e].strip() for s, e in paras[i + 1:]]
        if all(labels[k] or (len(_WORD.findall(line)) <= 30 and (not _PROSE_END.search(line) or _CUT_TEASER.search(line)))
               for k, line in zip(range(i + 1, last + 1), tail)):
            for k in range(i + 1, last + 1):
                labels[k] = labels[k] or (_RELATED, False)
            return


def _related_link(text: str, paras: list[tuple[int, int]], labels: list[tuple[str, bool] | None]) -> None:
    """'See also:' in the body, then one linked headline (no stop of prose, at most 25 words), then
    prose again: the headline is the link the heading introduces ('Read also:' above a paragraph
    that ends like prose introduces nothing of the page's)."""
    for i in range(len(paras) - 2):
        line = text[paras[i][0]:paras[i][1]].strip()
        if not labels[i] or labels[i][0] != _RELATED or not line.endswith(":") or labels[i + 1]:
            continue
        link, after = (text[s:e].strip() for s, e in paras[i + 1:i + 3])
        if len(_WORD.findall(link)) <= 25 and not _PROSE_END.search(link) and _PROSE_END.search(after):
            labels[i + 1] = (_RELATED, False)


# a credit alone on the page's last line: an agency, a site, an editor's name ('• NNA', 'News.Az', 'T24')
_END_CREDIT = re.compile(r"[•·-]?\s*[A-Z][\w.-]{1,20}(?: [A-Z][\w.-]{1,20})?")


def _end_credit(text: str, paras: list[tuple[int, int]], labels: list[tuple[str, bool] | None], first: int) -> None:
    """The last line of the page, one or two capitalised tokens without a stop of their own
    ('• NNA', 'News.Az', 'Fedaa'), after a paragraph that ends like prose: the agency, the site or
    the editor credited under the article (a sports page's last line, a referee after the
    attendance figure, follows a number, not prose)."""
    last = len(paras) - 1
    if last < first + 2 or labels[last]:
        return
    line = text[paras[last][0]:paras[last][1]].strip()
    if any(len(w) < 3 or zipf(w) >= 5.0 for w in line.lstrip("•·- ").split()):
        return  # 'The', 'Af': the first word of a paragraph the excerpt cut off, no credit
    if _END_CREDIT.fullmatch(line) and not line.endswith(".") and _ENDS_SENTENCE.search(text[paras[last - 1][0]:paras[last - 1][1]]):
        labels[last] = ("boilerplate.end_credit", False)


def _resolve_neighbours(labels: list[tuple[str, bool] | None]) -> None:
    """A line that is leftover only in company (``Name``, ``Email``) stays unless its run of such
    lines touches a sure leftover; one pass over the runs, so linear in the lines."""
    i = 0
    while i < len(labels):
        if not (labels[i] and labels[i][1]):
            i += 1
            continue
        j = i
        while j < len(labels) and labels[j] and labels[j][1]:
            j += 1
        touched = any(0 <= k < len(labels) and labels[k] and not labels[k][1] for k in (i - 1, j))
        for k in range(i, j):
            labels[k] = (labels[k][0], False) if touched else None
        i = j


def _quoted_script(text: str, paras: list[tuple[int, int]], labels: list[tuple[str, bool] | None]) -> None:
    """A line in another script after prose that ends in a colon ('The sign read:') is what the
    article quotes, not the page's interface."""
    for i in range(1, len(paras)):
        if labels[i] and labels[i][0] == "boilerplate.foreign_widget" and not labels[i - 1]:
            labels[i] = None if text[paras[i - 1][0]:paras[i - 1][1]].rstrip().endswith(":") else labels[i]


def remove_leftovers(doc: Doc, ctx: Context) -> list[Change]:
    text = doc.text
    paras = doc.paragraphs
    first = 1 if doc.has_title else 0
    labels: list[tuple[str, bool] | None] = [None] * len(paras)
    confidence: dict[int, float] = {}  # of a line whose evidence varies (an untranslated line)
    rules = line_rules(ctx)
    known: dict[str, tuple[str, bool] | None] = {}  # a line written again is classified once
    repeated = _repeats(doc, first) if ctx.rule("boilerplate.repeated_text") else [False] * len(paras)
    for i, (s, e) in enumerate(paras):
        if repeated[i]:
            labels[i] = ("boilerplate.repeated_text", False)
        elif "\n" not in text[s:e]:
            line = text[s:e]
            labels[i] = known[line] if line in known else known.setdefault(line, classify(line, rules))
            if not labels[i] and i >= first and ctx.rule("boilerplate.teaser_line") and _teaser(text, paras, i):
                labels[i] = ("boilerplate.teaser_line", False)
            elif not labels[i] and ctx.rule("boilerplate.untranslated_line") and (c := _untranslated(text[s:e])):
                labels[i] = ("boilerplate.untranslated_line", False)
                confidence[i] = c
            if i < first and labels[i] and labels[i][1]:
                labels[i] = None  # a title line goes only for a sure leftover ('This page is the news...')
    unfilled = confine_widgets(text, paras, labels)
    _resolve_neighbours(labels)
    _quoted_script(text, paras, labels)
    _breadcrumbs(text, paras, labels)
    unfill_rates(labels, unfilled, fill_blocks(text, paras, labels, first))
    _related_blocks(text, paras, labels, first)
    _related_tail(text, paras, labels, first)
    _related_link(text, paras, labels)
    if ctx.rule("boilerplate.end_credit"):
        _end_credit(text, paras, labels, first)
    listed = _teaser_lists(text, paras, labels, first) if ctx.rule("boilerplate.teaser_line") else set()
    for i in listed:
        labels[i] = ("boilerplate.teaser_line", False)
    if all(labels[first:]):
        return []  # nothing but leftovers: not an article, and not ours to empty
    if first and labels[0]:
        # the page's first line was furniture: the title is the first line kept, if it reads as one
        # (a date bar above the headline; a trail ending in the headline, whose copy below stays)
        labels[1] = None if labels[1] == ("boilerplate.repeated_text", False) else labels[1]
        kept = next(i for i, lab in enumerate(labels) if not lab)
        ctx.has_title = detect_title(text[paras[kept][0]:], ctx.rules)
    out: list[Change] = []
    tail = next(k for k in range(len(labels), 0, -1) if not labels[k - 1])  # the leftovers ending the page
    for i, lab in enumerate(labels):
        if not lab:
            continue
        s, e = paras[i]
        # the line goes with the break after it, apart from the paragraph before (its stop, an earlier
        # edit there); the first of the leftovers ending the page takes the break before it too
        if i < tail:
            e += 2
        else:
            s, e = paras[i - 1][1] if i == tail else s, paras[i + 1][0] if i + 1 < len(paras) else e
        # three teasers in a row are a list, surer than one line that may have lost its stop
        ch = ctx.change(s, e, "", lab[0], confidence=0.8 if i in listed else confidence.get(i))
        if ch:
            out.append(ch)
    return _merge_runs(_keep_break(out, paras, tail))


def _keep_break(changes: list[Change], paras: list[tuple[int, int]], tail: int) -> list[Change]:
    """The first leftover ending the page takes the breaks on both sides of it, as the lines below
    it go too; when one of them is only offered ('Politics' under one date bar or two), the break
    after the first stays, or the lines around the removal would be glued ('- FinancePolitics')."""
    first = next((k for k, c in enumerate(changes) if tail < len(paras) and c.start == paras[tail - 1][1]), None)
    if first is None or changes[first].action != "fix" or tail + 1 >= len(paras):
        return changes
    below = [c for c in changes if c.start >= paras[tail + 1][0]]
    if len(below) == len(paras) - tail - 1 and all(c.action == "fix" for c in below):
        return changes
    c = changes[first]
    return changes[:first] + [Change(c.start, paras[tail][1], c.after, c.rule, c.reason, c.action, c.confidence)] + changes[first + 1:]


def _merge_runs(changes: list[Change]) -> list[Change]:
    """Adjacent removals touch; keep them separate edits by trimming overlaps away."""
    out: list[Change] = []
    for c in sorted(changes, key=lambda c: c.start):
        if out and c.start < out[-1].end:
            c = Change(out[-1].end, c.end, c.after, c.rule, c.reason, c.action, c.confidence)
        out.append(c)
    return out
