"""Quotation marks: TeX quotes, guillemets, doubled closing quotes, a quotation's stop before
its speech tag, quotes on the wrong side of their space (from :mod:`cleanup.normalize`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .edits import disjoint as _disjoint
from .guillemets import fix_guillemets  # noqa: F401  (the pipeline's stage)
from .nested_quotes import fix_nested_quotes  # noqa: F401  (the pipeline's stage)
from .quote_pairs import fix_mixed_quotes  # noqa: F401  (the pipeline's stage)
from .quote_turns import inverted_tags, reversed_curly, tag_comma
from .rules import RuleSet
from .source_quotes import low_closers

_QUOTE = re.compile(r'[“”"]')
_QUOTE_DASH = re.compile(r'[”"][,.]? ?[-–—] ')  # in every match of _dash_after_quote: a fast first scan


def _quote_roles(para: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, 'open'|'close') for the double quotes of a paragraph whose roles are certain.

    Curly quotes say their role, as long as they alternate; straight quotes are paired
    in order, and only when the paragraph holds an even number of them."""
    marks = [(m.start(), m.group()) for m in _QUOTE.finditer(para)]
    curly = [(i, q) for i, q in marks if q != '"']
    straight = [i for i, q in marks if q == '"']
    expected = "“"
    ok = True
    for _, q in curly:
        if q != expected:
            ok = False
            break
        expected = "”" if q == "“" else "“"
    if ok:  # ending on an opening mark is English too: the quotation goes on in the next paragraph
        for i, q in curly:
            yield i, "open" if q == "“" else "close"
    if straight and len(straight) % 2 == 0 and not curly:
        roles = ["open" if n % 2 == 0 else "close" for n in range(len(straight))]
        for i, role in zip(straight, roles):
            # a quote whose spacing says the opposite of its place in the pairing: the pairing is off
            before = para[i - 1] if i else " "
            after = para[i + 1] if i + 1 < len(para) else " "
            looks_open = before in " ([" and after.isupper()
            looks_close = before in ".,!?" and after in " ,.;:)"
            # '55" TV': an inch mark after a number, where the pairing wants an opening quote
            inch = role == "open" and before.isdigit() and not after.isalnum()
            if (role == "close" and looks_open) or (role == "open" and looks_close) or inch:
                return
        yield from zip(straight, roles)


def _close_quote_change(para: str, i: int, j: int, k: int) -> tuple[int, int, str] | None:
    """``answer, ”said`` -> ``answer,” said``: (start, end, replacement) within the paragraph."""
    q = para[i]
    before_ch = para[j - 1] if j > 0 else ""
    after_ch = para[k] if k < len(para) else ""
    space_before = j < i and before_ch != ""
    glued_after = k == i + 1 and after_ch.isalnum()
    # 'the police. " The' / '...in the Diet. "' (its paragraph's end): the stop ends the quotation
    stop_space = space_before and before_ch in ".!?" and (after_ch == "" or (k > i + 1 and after_ch.isupper()))
    # '"Daredevil " is', 'flexibility, " chairman': a word or mark, a space, then the quote and a space or mark
    loose = space_before and (before_ch.isalnum() or before_ch in ",.!?") and (after_ch == "" or (
        k > i + 1 and after_ch.isalpha()) or after_ch in ",.;:)")
    if q == '"' and not (stop_space or loose or (glued_after and after_ch.islower() and before_ch in ",.!?")):
        return None  # straight quotes: 'answer, "said' with a lower-case word after, or a stop before
    if space_before or glued_after:
        return (j if space_before else i), i + 1, q + (" " if glued_after else "")
    return None


def _open_quote_change(para: str, i: int, j: int, k: int) -> tuple[int, int, str] | None:
    """``“ Hello”`` -> ``“Hello”``; ``said“Hello`` -> ``said “Hello``."""
    q = para[i]
    before_ch = para[j - 1] if j > 0 else ""
    after_ch = para[k] if k < len(para) else ""
    space_after = k > i + 1 and after_ch != ""
    glued_before = j == i and before_ch != "" and (before_ch.isalnum() or before_ch in ",:;")
    # '2007. " We need': a quote that opens, a space, then its first word
    loose = space_after and (j == 0 or j < i or before_ch in "([") and after_ch.isalnum()
    # 'nationwide? " We': after a question the pairing may be off (a quotation inside one that
    # closes here): which side the space belongs to is unclear
    loose = loose and not (q == '"' and j < i and before_ch in "?!")
    if q == '"' and not ((glued_before and before_ch.isalnum()) or loose):
        return None
    if space_after or glued_before:
        return i, (k if space_after else i + 1), (" " if glued_before else "") + q
    return None


_TEX_QUOTE = re.compile(r"``(?=\S)([^`\n]{1,600}?)(?<=\S)''(?!')")
_TEX_OPENER = re.compile(r"(?<![`\w])``(?=[A-Za-z0-9])")
_DASH_CLOSES = re.compile(r"[^.!?\n]{0,200}? [-–—] ")  # a second dash later in the sentence
_DOUBLED_CLOSE = re.compile(r'(?<=[.,!?…])(["”])( ?)(["”])(?=\s|$)'
                            r'|(?<=[\w.,!?…])(")( )(")(?= [a-z]|[,.;:]|$)'  # '"a fair result" " and'
                            r'|(?:^|(?<=[\s(]))(")( )(")(?=[\w‘\'])')  # an opening one: 'the so-called " "Fight of'


def _starts(pattern: str, text: str) -> list[int]:  # sorted positions of a pattern
    return [m.start() for m in re.finditer(pattern, text)]


def _nested_tex_pairs(text: str, depth: int = 12) -> Iterator[tuple[re.Match, bool]]:
    """Every ``...'' pair, innermost first (found pairs are masked, the text searched again), and
    whether a quotation is still open before it on its line (counted from sorted positions)."""
    for _ in range(depth):
        found = list(_TEX_QUOTE.finditer(text))
        if not found:
            return
        newlines, opens, closes = _starts("\n", text), _starts("``", text), _starts("''", text)
        for m in found:
            k = bisect_left(newlines, m.start())
            line = newlines[k - 1] + 1 if k else 0
            n_open = bisect_right(opens, m.start() - 2) - bisect_left(opens, line)
            n_close = bisect_right(closes, m.start() - 2) - bisect_left(closes, line)
            yield m, n_open > n_close
        chars = list(text)
        for m in found:
            chars[m.start():m.start() + 2] = chars[m.end() - 2:m.end()] = "\x00\x00"
        text = "".join(chars)


def fix_tex_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``\u0060\u0060like this''`` (TeX-style quotes from a converter) -> ``"like this"``, curly
    when the article's other quotation marks are curly."""
    text = doc.text
    if "``" not in text:
        return []
    curly = text.count("“") > text.count('"')
    opening, closing = ("“", "”") if curly else ('"', '"')
    out: list[Change] = []
    paired: set[int] = set()
    for m, inner in _nested_tex_pairs(text):  # inside one still open (``Both ``light talk''...''): single
        paired.add(m.start())
        pair = (("‘", "’") if curly else ("'", "'")) if inner else (opening, closing)
        for a, b, new in ((m.start(), m.start() + 2, pair[0]), (m.end() - 2, m.end(), pair[1])):
            ch = ctx.change(a, b, new, "normalize.tex_quotes")
            if ch:
                out.append(ch)
    # backticks whose quotation closes in another paragraph or with a straight quote open all the
    # same (nothing else in prose writes two); with two apostrophes later in its line, it is paired
    newlines, twos = _starts("\n", text), _starts("(?='')", text)
    for m in _TEX_OPENER.finditer(text):
        k, j = bisect_left(newlines, m.end()), bisect_left(twos, m.end())
        closed = j < len(twos) and twos[j] + 2 <= (newlines[k] if k < len(newlines) else len(text))
        ch = not closed and m.start() not in paired and ctx.change(m.start(), m.end(), opening, "normalize.tex_quotes")
        if ch:
            out.append(ch)
    return out


def fix_doubled_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``the end." ”`` -> ``the end."``: a closing quote written twice, where the paragraph's
    quotation marks pair up only without the second one."""
    text = doc.text
    out: list[Change] = []
    for s, e in doc.paragraphs:
        para = text[s:e]
        straight, curly_open, curly_close = para.count('"'), para.count("“"), para.count("”")
        if straight + curly_close < 3:
            continue
        # counted once per paragraph, not per match: '" "x' repeated is a match every 4 characters
        for m in _DOUBLED_CLOSE.finditer(para):
            first, second = (1, 3) if m.group(1) else (4, 6) if m.group(4) else (7, 9)
            if (straight % 2 == 1 if m.group(second) == '"' else curly_open == curly_close - 1):
                ch = ctx.change(s + m.end(first), s + m.end(second), "", "normalize.doubled_quote")
                if ch:
                    out.append(ch)
    return out


@lru_cache(maxsize=8)
def _stop_before_speech(rules: RuleSet) -> re.Pattern:
    """'...acts." explained Jokowi' / '...district.” The cell said.' / '...district.” The cell said in
    a statement.': a quotation that ends with a full stop although its speech tag follows (the tag
    may close on a short phrase of place, time or medium, no verb of its own)."""
    verbs = rules.alternation("words.speech_verbs")
    tail = r"(?: (?:in|on|at|to|during|after|via|through) (?:a |an |the |his |her |their |its )?[\w’'-]+(?: [\w’'-]+)?)?"
    return re.compile(rf'(\.)(["”]) (?:(?={verbs}\b)|(The|He|She|They|It|We)(?= (?:[a-z]+ ){{0,2}}{verbs}{tail}\.))')


def fix_stop_before_speech(doc: Doc, ctx: Context) -> list[Change]:
    """``"We are ready." explained the minister`` -> ``"We are ready," explained the minister``."""
    out: list[Change] = []
    for m in _stop_before_speech(ctx.rules).finditer(doc.text):
        if m.group(2) == '"' and doc.text.count('"', doc.text.rfind("\n", 0, m.start()) + 1, m.start()) % 2 == 0:
            continue  # this straight quote opens a quotation: the stop ends the sentence before it
        after = "," + m.group(2) + " " + (m.group(3).lower() if m.group(3) else "")
        ch = ctx.change(m.start(), m.end(), after, "normalize.stop_before_speech")
        if ch:
            out.append(ch)
    return out


@lru_cache(maxsize=8)
def _quote_before_attribution(rules: RuleSet) -> re.Pattern:
    """', "said Kim' / '? "he asked' / ', "Ruslan Stefanchuk said': a closing quote on the wrong side
    of its space (a named speaker is group 1: read so only where the paragraph's marks pair up)."""
    verbs = rules.alternation("words.speech_verbs")
    audience = rules.alternation("words.speech_audiences")
    name = r"[A-Z][a-z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}"
    # a named tag ends at its verb (or 'told reporters'): '"Kim said no," and I laughed' quotes
    # a sentence inside a quotation, its opening mark rightly spaced
    named = rf"({name}) (?:{verbs})(?: (?:{audience}))?(?=\s*(?:[.,:;]|$))"
    return re.compile(rf'(?<=[,?!.]) "(?=(?:(?:{verbs}|(?:he|she|they|we|i|it) (?:{verbs}))\b|{named}))')


_STOP_QUOTE_AT_END = re.compile(r'(?<=[.!?]) +([“”"])$')


def fix_quote_spacing(doc: Doc, ctx: Context) -> list[Change]:
    """``answer, ”said`` -> ``answer,” said``; ``“ Hello”`` -> ``“Hello”``."""
    text = doc.text
    if ctx.rule("normalize.quote_spacing") is None or not (_QUOTE.search(text) or "‘" in text):
        return []
    out: list[Change] = []
    attribution = _quote_before_attribution(ctx.rules)
    pos, prev = 0, None  # prev: the last paragraph before this one that is not blank
    for para in text.split("\n"):
        if '"' not in para and "“" not in para and "”" not in para and "‘" not in para:
            pos += len(para) + 1
            prev = para if para.strip() else prev
            continue  # every change below moves or turns a quote mark of the paragraph
        low = low_closers(para)  # '„It is over“': the high mark closes, whatever its curl says
        for i, role in _quote_roles(para):
            if i in low:
                continue
            j = i
            while j > 0 and para[j - 1] == " ":
                j -= 1
            k = i + 1
            while k < len(para) and para[k] == " ":
                k += 1
            found = (_close_quote_change if role == "close" else _open_quote_change)(para, i, j, k)
            if found and role == "close" and tag_comma(para, i, ctx.rules):  # 'fall”he added'
                found = (found[0], found[1], "," + found[2])
            ch = found and ctx.change(pos + found[0], pos + found[1], found[2], "normalize.quote_spacing")
            if ch:
                out.append(ch)
        # '...explosive material. “' ending its paragraph opens nothing: it closes
        end = _STOP_QUOTE_AT_END.search(para) if para[-1:] in ('"', "“", "”") else None
        ch = end and ctx.change(pos + end.start(), pos + end.end(), "”" if end.group(1) == "“" else end.group(1),
                                "normalize.quote_spacing")
        if ch:
            out.append(ch)
        for a, b, new in reversed_curly(para, prev) + _flipped_straight_pair(para) + inverted_tags(para, ctx.rules):
            ch = ctx.change(pos + a, pos + b, new, "normalize.quote_spacing")
            if ch:
                out.append(ch)
        # wherever the pairing is unclear: a quotation still open here is closed by this quote
        counted, open_quotes = 0, 0
        for m in attribution.finditer(para):
            open_quotes += para.count('"', counted, m.start())
            counted = m.start()
            paired = not m.group(1) or para.count('"') % 2 == 0  # 'today, "Ruslan Stefanchuk emphasized'
            ch = ctx.change(pos + m.start(), pos + m.end(), '" ', "normalize.quote_spacing") if open_quotes % 2 and paired else None
            if ch:
                out.append(ch)
        pos += len(para) + 1
        prev = para if para.strip() else prev
    return _disjoint(out)


# 'of the" Children's Agency, "which': a quoted name whose two straight quotes both have their
# space on the wrong side; an article never ends a quotation, so the first one opens
_FLIPPED_PAIR = re.compile(r'(?<= )(?:the|an?)(" )[A-Z][^"\n]{0,60}?[,.]( ")(?=[a-z])')


# "the camera ‘ Volume ’ The director": single quotes spaced inside, as Chinese MT writes them
_SPACED_SINGLE = re.compile(r"‘( +)[^‘’\n]{1,60}?[^‘’\s]( +)’")


def _flipped_straight_pair(para: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _FLIPPED_PAIR.finditer(para):
        out += [(m.start(1), m.end(1), ' "'), (m.start(2), m.end(2), '" ')]
    for m in _SPACED_SINGLE.finditer(para):
        out += [(m.start(1), m.end(1), ""), (m.start(2), m.end(2), "")]
    return out


def _lost_opener(para: str, attributed: re.Pattern) -> tuple[int, int, str] | None:
    """(offset of the close, offset of the last quote mark before it or -1, the opening mark) for a
    quotation closed before its speaker (``...look at it,” he said``) that never opened."""
    curly = [(m.start(), m.group()) for m in re.finditer(r"[“”]", para)]
    straight = [m.start() for m in re.finditer('"', para)]
    if curly and not straight:
        depth, prev = 0, -1
        for i, q in curly:
            if q == "”" and depth == 0:
                return (i, prev, "“") if attributed.match(para, i - 1) or attributed.match(para, i) else None
            depth += 1 if q == "“" else -1
            prev = i
        return None
    if len(straight) == 1 and not curly and (attributed.match(para, straight[0] - 1) or attributed.match(para, straight[0])):
        return straight[0], -1, '"'
    return None


@lru_cache(maxsize=8)
def _closed_before_speaker(rules: RuleSet) -> re.Pattern:
    """',” he said' / '," Natalia Makeeva said' / '”, assured the minister' (the comma after the
    quote, as Spanish, Russian and the BBC write it): a quotation's close and its speech tag."""
    # or a titled speaker with an apposition (',” Dr. Ha Hoang Hop, a senior research fellow at ..., told')
    titled = r"(?:[A-Z][a-z]{1,3}\. )?(?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+, (?:a|an|the) [^”\"\n]{0,120}?, "
    return re.compile(rf"(?:[,.?!][”\"]|(?<=[^\W_])[”\"],) (?:{titled}|(?:[A-Z][a-z]{{1,3}}\. )?(?:[A-Z]?[\w’'-]+ ){{0,3}})"
                      rf"(?:{rules.alternation('words.speech_verbs')})\b")


@lru_cache(maxsize=8)
def _reported(rules: RuleSet) -> re.Pattern:  # 'Mayor Sağıroğlu stated that they will ...': reported speech
    return re.compile(rf"[^.!?\n]{{0,80}}?\b(?:{rules.alternation('words.speech_verbs')}) that\b")


def fix_lost_openers(doc: Doc, ctx: Context) -> list[Change]:
    """``...,” he said. I don’t think it is good,” he said.`` -> ``...said. “I don’t think...``: the
    quotation opens at the start of the first sentence after the last quote mark before it (its
    paragraph's start when there is none)."""
    text = doc.text
    out: list[Change] = []
    for s, e in doc.body:
        found = _lost_opener(text[s:e], _closed_before_speaker(ctx.rules))
        if not found:
            continue
        close, prev, mark = found
        at = s if prev < 0 else doc.sentence_at(s + prev)[1]
        while at < s + close and text[at] in " \n":
            at += 1
        if at >= s + close or not text[at].isupper() or _reported(ctx.rules).match(text, at, s + close):
            continue  # the quotation would start inside a sentence, or after 'X stated that ...': unclear where
        ch = ctx.change(at, at, mark, "normalize.lost_opening_quote")
        if ch:
            out.append(ch)
    return out


@lru_cache(maxsize=8)
def _dash_after_quote(rules: RuleSet) -> re.Pattern:
    """'life”, – said the reporter' (Russian typography; Ukrainian MT also sets the stop after the
    quote: 'Kherson”. – says the message', or keeps the dash after an English comma: 'abyss,” — said'): a speech verb follows the dash, or with the comma within
    a few words ('– the head of the region said'); not 'said to cost' (passive)."""
    verbs = rules.alternation("words.speech_verbs")
    passive = r" to (?!(?:the|a|an|his|her|their|its|our|my|him|them|us|me|you|reporters|journalists)\b)[a-z]"
    return re.compile(rf'(?<=[^\W_]|[.!?…,])([”"])([,.])? ?[-–—] (?=(?(2)(?:[a-z]+ ){{0,5}})(?:{verbs})\b(?!{passive}))')


def fix_dash_after_quote(doc: Doc, ctx: Context) -> list[Change]:
    """``life”, – said Medvedev`` -> ``life,” said Medvedev``; ``desertion,” – summed up`` -> ``desertion,” summed up``."""
    text = doc.text
    if ctx.rule("normalize.dash_after_quote") is None or not _QUOTE_DASH.search(text):
        return []
    out: list[Change] = []
    newlines, straight = _starts("\n", text), _starts('"', text)
    for m in _dash_after_quote(ctx.rules).finditer(text):
        q, start, k = m.group(1), m.start(), bisect_left(newlines, m.start())
        before_on_line = bisect_left(straight, start) - bisect_left(straight, newlines[k - 1] + 1 if k else 0)
        # a straight quote that opens a quotation; a pair of dashes round an aside ('"Blue Sky" – said to cost $2bn – will')
        if (q == '"' and before_on_line % 2 == 0) or _DASH_CLOSES.match(text, m.end()):
            continue
        before = text[start - 1]
        if before == ".":
            start -= 1  # the stop that ended the quotation becomes its comma
        after = ("" if before in "!?…," else ",") + q + " "  # 'desertion,” – summed up': its comma is in
        ch = ctx.change(start, m.end(), after, "normalize.dash_after_quote")
        if ch:
            out.append(ch)
    return out
