"""Normalisation: encoding repair (ftfy), invisible characters, whitespace, punctuation
and quote spacing.  Each fix is a small named function returning changes with spans.

Every pattern here is linear on hostile input: a run that a pattern may reject at its end
(spaces before a line end, whitespace before the end of the text) is anchored at the run's
start with a look-behind, so the engine never retries it from every offset."""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterator
from functools import lru_cache

from . import quote_turns, script_marks
from .doc import Context, Doc
from .edits import Change
from .edits import disjoint as _disjoint
from .glued import fix_glued_words  # noqa: F401  (the pipeline's stage)
from .glued_ends import AFTER_CLOSE, AFTER_FIGURE, after_figure, no_space_after_end, two_letter_opener
from .line_breaks import fix_line_endings, mask_nel  # noqa: F401  (fix_line_endings: the pipeline's stage)
from .literals import any_in, pattern_literal_screen
from .rules import RuleSet


def changes_from_matches(text: str, ctx: Context, rid: str, pattern: re.Pattern, repl) -> list[Change]:
    if ctx.rule(rid) is None:
        return []
    screen = pattern_literal_screen(pattern)
    if screen is not None and not any_in(text, screen):
        return []  # the pattern cannot match: spare the scan
    out = []
    for m in pattern.finditer(text):
        after = repl(m) if callable(repl) else m.expand(repl)
        if after is None or after == m.group(0):
            continue
        ch = ctx.change(m.start(), m.end(), after, rid)
        if ch:
            out.append(ch)
    return out


# -- encoding ----------------------------------------------------------------

_NEEDS_FTFY = re.compile(r"[^\x00-\x7f]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def _garbage(s: str) -> bool:
    """A 'fix' that yields unassigned, private-use or control characters is no fix."""
    import unicodedata

    return any(unicodedata.category(ch) in {"Cn", "Co", "Cc", "Cs"} for ch in s if ch not in "\n\t")


_SUSPECT = re.compile(r"\S*(?:[^\x00-\x7f]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);)\S*")


def fix_encoding(doc: Doc, ctx: Context) -> list[Change]:
    """Mojibake and HTML entities, through ftfy, one suspect token (or a run of them) at a
    time: the span is found by diffing that token alone, so time stays linear in the text."""
    text = doc.text
    if ctx.rule("normalize.mojibake") is None or not _NEEDS_FTFY.search(text):
        return []
    import ftfy

    cfg = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False,
                               normalization=None, explain=False)
    out: list[Change] = []
    masked = mask_nel(text)  # a NEL line end is no Windows-1252 ellipsis (line_breaks)
    for run in _suspect_runs(text):
        piece = masked[run[0]:run[1]]
        fixed = ftfy.fix_text(piece, cfg)
        if fixed == piece or _garbage(fixed):
            continue
        sm = difflib.SequenceMatcher(None, piece, fixed, autojunk=False)
        for op, a0, a1, b0, b1 in sm.get_opcodes():
            ch = ctx.change(run[0] + a0, run[0] + a1, fixed[b0:b1], "normalize.mojibake") if op != "equal" else None
            if ch:
                out.append(ch)
    return out


_SUSPECT_CHAR = re.compile(r"[^\x00-\x7f]|&")  # in every suspect token
_ASCII_SPACE = re.compile(r"[\t-\r\x1c-\x1f ]")  # in none
_TO_LAST_SPACE = re.compile(r".*[\t-\r\x1c-\x1f ]", re.S)


def _suspects(text: str) -> Iterator[re.Match]:
    """The matches of ``_SUSPECT``, scanned only between the ASCII spaces around a character
    one needs (its ``\\S*`` tried at every offset of a long text was the stage's cost)."""
    pos = 0
    while hit := _SUSPECT_CHAR.search(text, pos):
        before = _TO_LAST_SPACE.match(text, pos, hit.start())
        start = before.end() if before else pos
        after = _ASCII_SPACE.search(text, hit.start())
        pos = after.start() if after else len(text)
        yield from _SUSPECT.finditer(text, start, pos)


def _suspect_runs(text: str, limit: int = 200) -> list[tuple[int, int]]:
    """Spans of suspect tokens, neighbours joined (mojibake can span a space: 'Ã© t'), each
    at most ``limit`` characters long so the diff of one stays cheap."""
    runs: list[list[int]] = []
    for m in _suspects(text):
        if runs and m.start() - runs[-1][1] <= 1 and m.end() - runs[-1][0] <= limit and "\n" not in text[runs[-1][1]:m.start()]:
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
    return [(a, b) for a, b in runs]


# -- characters and whitespace -----------------------------------------------

#: what follows the ESC of a terminal colour code (no space inside: '\x1b[ said' is an ESC and a bracket)
COLOUR_CODE_TAIL = r"\[[0-9;?]*[!-/]*[@-~]"
# a colour code whole ('\x1b[31m'), zero-width characters, C0 controls, and the five C1 controls that Windows-1252
# leaves undefined (the others are its quotes and euro sign, which the encoding stage restores: '\x93' becomes '“'),
# where no Latin-1 letter stands before them (after one they may be half of UTF-8 read as Latin-1)
#: controls Python counts as white space (VT, FF, the four separators): a run between words is a space ('said\x0c\x0cthe'), else removed
_SPACE_CONTROL = r"[\x0b\x0c\x1c-\x1f]"
_INVISIBLE = re.compile(r"\x1b" + COLOUR_CODE_TAIL + r"|[\u200b\u200c\u200d\u2060\ufeff\u00ad]+"
                        r"|(?:[\x00-\x08\x0e-\x1a\x7f]|(?<![\S\x0b\x0c\x1c-\x1f])" + _SPACE_CONTROL + "++|" + _SPACE_CONTROL + r"++(?!\S)"
                        r"|\x1b(?!" + COLOUR_CODE_TAIL + r"))+"  # not a code's ESC
                        r"|(?<![\u00c0-\u00ff\x80-\x9f])[\x81\x8d\x8f\x90\x9d]+")
_ANY_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x81\x8d\x8f\x90\x9d]")
# "said\ufe0f\ufe0f" / "\ufe0fThe": variation selectors with no emoji before them, the debris of
# pictographs a page or a translator dropped (after a letter, a space or at a line start)
_STRAY_SELECTOR = re.compile(r"(?:(?<=[^\W\d_])|(?<=\s)|^)[\ufe0e\ufe0f]+", re.M)
_ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|(?<=\S)" + _SPACE_CONTROL + r"+(?=\S)")


_ZWNJ, _ZWJ = "\u200c", "\u200d"


def _pictographic(ch: str) -> bool:
    """Emoji and pictographs that ZWJ sequences join (👩‍🔬, 🏳️‍🌈, ❤️‍🔥); skin tones included."""
    cp = ord(ch)
    return (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2300 <= cp <= 0x23FF
            or 0x2B00 <= cp <= 0x2BFF or 0x2190 <= cp <= 0x21FF or cp in (0xA9, 0xAE, 0x203C, 0x2049, 0x2122))


def _joining_script(ch: str) -> bool:
    """A letter or mark of a script that spells with ZWJ/ZWNJ: Arabic and Persian, Syriac,
    the Indic scripts (Devanagari to Sinhala), Tibetan, Myanmar, Khmer, Mongolian."""
    import unicodedata

    cp = ord(ch)
    in_range = (0x0600 <= cp <= 0x0DFF or 0x0F00 <= cp <= 0x18AF or 0xA840 <= cp <= 0xA8FF
                or 0xFB50 <= cp <= 0xFEFC or 0x11000 <= cp <= 0x11FFF)
    return in_range and unicodedata.category(ch)[0] in "LM"


def _keep_joiner(text: str, start: int, end: int, ch: str) -> bool:
    """Is the ZWJ/ZWNJ in the run text[start:end] part of a character?  Its neighbours decide."""
    before = text[start - 1] if start > 0 else ""
    if before == "\ufe0f" and start > 1:  # an emoji's variation selector: 🏳️‍🌈
        before = text[start - 2]
    after = text[end] if end < len(text) else ""
    if not before or not after:
        return False
    if ch == _ZWJ and _pictographic(before) and _pictographic(after):
        return True
    return _joining_script(before) and _joining_script(after)


def fix_invisible(doc: Doc, ctx: Context) -> list[Change]:
    """Remove zero-width and control characters, except the joiners that are part of a
    character: a ZWJ inside an emoji sequence (👩‍🔬), a ZWJ or ZWNJ between letters of a
    script that spells with them (Persian, Hindi...).  Variation selectors stay after an emoji
    or symbol (❤️, ℹ️); after a letter or a space they are what is left of a dropped pictograph."""
    text = doc.text

    def repl(m: re.Match) -> str:
        return "".join(ch for ch in m.group(0)
                       if ch in (_ZWJ, _ZWNJ) and _keep_joiner(text, m.start(), m.end(), ch))

    # one character class finds whether there is anything to remove; the two-branch pattern is slower
    controls = _ANY_INVISIBLE.search(text)
    out = changes_from_matches(text, ctx, "normalize.invisible", _INVISIBLE, repl) if controls else []
    if text.isascii():  # the variation selectors and odd spaces but the tab and controls are not: one C scan spares two
        odd = "\t" in text or controls
        return out + (changes_from_matches(text, ctx, "normalize.odd_space", _ODD_SPACE, lambda m: " ") if odd else [])
    out += changes_from_matches(text, ctx, "normalize.invisible", _STRAY_SELECTOR,
                                lambda m: None if m.start() and 0x2100 <= ord(text[m.start() - 1]) <= 0x214F else "")
    out += changes_from_matches(text, ctx, "normalize.odd_space", _ODD_SPACE, lambda m: " ")
    return out


# full-width forms (U+FF01-FF5E) and CJK punctuation left in English by Chinese and Japanese MT
_FULLWIDTH = re.compile(r"[\uff01-\uff5e\u3001\u3002\u300c\u300d\u300e\u300f\u3010\u3011]+|\u301c(?<=\d\u301c)(?=\d)")
_CJK_PUNCT = {"\u301c": "~", "\u3001": ",", "\u3002": ".", "\u300c": "\u201c", "\u300d": "\u201d", "\u300e": "\u201c",
              "\u300f": "\u201d", "\u3010": "[", "\u3011": "]"}


def fix_fullwidth(doc: Doc, ctx: Context) -> list[Change]:
    """``Exports rose 20%，the ministry said。`` -> ``Exports rose 20%, the ministry said.``"""
    text = doc.text
    if text.isascii():
        return []  # every character it replaces is outside ASCII

    def repl(m: re.Match) -> str:
        out = []
        for ch in m.group(0):
            ch = _CJK_PUNCT.get(ch) or chr(ord(ch) - 0xFEE0)
            out.append(ch)
        s = script_marks.wave_ranges(text[m.start() - 1:m.start()], "".join(out), text[m.end():m.end() + 1])
        nxt = text[m.end():m.end() + 1]
        if s[-1] in ",.;:!?)]" and nxt and not nxt.isspace() and not nxt.isdigit() and nxt not in ",.;:!?)]\"”":
            s += " "  # a full-width mark carries its own space; the ASCII one needs one
        if s[0] in "([" and m.start() > 0 and not text[m.start() - 1].isspace():
            s = " " + s
        return s

    return changes_from_matches(text, ctx, "normalize.fullwidth", _FULLWIDTH, repl)


_SPACES = re.compile(r" (?<=\S ) +(?=\S)")  # a space, then its look-behind: not tried at every offset
# a line break with the spaces around it, and any blank lines: one paragraph break
_PARA_BREAK = re.compile(r"(?: (?<=\S )[ ]*\n|\n(?<=\S\n))[ \n]*(?=\S)")  # each branch opens with its character


def fix_whitespace(doc: Doc, ctx: Context) -> list[Change]:
    """One space between words; each line is a paragraph; one blank line between paragraphs."""
    text = doc.text
    out = changes_from_matches(text, ctx, "normalize.spaces", _SPACES, lambda m: " ")
    out += changes_from_matches(text, ctx, "normalize.paragraphs", _PARA_BREAK, lambda m: "\n\n")
    out += _document_edges(text, ctx)
    return _disjoint(out)


def _document_edges(text: str, ctx: Context) -> list[Change]:
    """Whitespace before the first and after the last character (str.strip's whitespace is
    the regex ``\\s``): two slices, where a pattern would try every offset."""
    if ctx.rule("normalize.paragraphs") is None:
        return []
    lead, kept = len(text) - len(text.lstrip()), len(text.rstrip())
    spans = [(0, lead)] if lead else []
    if lead < len(text) and kept < len(text):
        spans.append((kept, len(text)))
    return [ch for s, e in spans if (ch := ctx.change(s, e, "", "normalize.paragraphs"))]


# -- punctuation -------------------------------------------------------------

# The patterns below open with the character they need and test what stands before it with a
# look-behind after that: a pattern that opens with a look-behind tries it at every offset.
# "dispute , next" / "dispute ;" : space before a mark that attaches to the word before it
# ('of ??the': question marks glued to the next word stand for characters the page lost, no mark;
# but one glued to a capital, 'What ?Really', is a mark with its space on the wrong side)
# a pair of question marks standing for lost quotation marks ('no such thing as ?Peng Lanmei? in')
# ('?Peng Lanmei? in', '?Jinma Town, ... isolated...? The'), not two questions ('What ?Really? Do you')
_QUESTION_MARK_QUOTES = (r"(?!\?[A-Z](?:(?![.!?] [A-Z])[^?\n]){0,200}[^\s?]\?(?= [a-z]|[,;:]))"
                         r"(?!\?[A-Z][^?\n ]*(?: (?:(?![.!?] [A-Z])[^?\n ])+){3,40}\?(?!\w))")
_SPACE_BEFORE_MARK = re.compile(r"( (?<=[\w\)\]%] ) *)" + _QUESTION_MARK_QUOTES
                                + r"([,;]|[!?](?![!?]*[^\W_A-Z]|\?+[^\W_])|:(?!\d)|\.(?![.\d\w])(?! \.))")
# "dispute .And" / "true ?I think": space before the sentence end and none after it
_SPACE_BEFORE_PERIOD_WORD = re.compile(r" (?<=[a-z]{2} ) *" + _QUESTION_MARK_QUOTES + r"([.?!])(?=[A-Z][a-z]|I\b)")
# "word,next" / "word;next"
_NO_SPACE_AFTER_COMMA = re.compile(r"([,;])(?<=[a-zA-Z\)][,;])(?=[a-zA-Z\(])")
# 'the recovery."It was' / 'said it.”The': a quotation closed after its stop, glued to the next sentence
_NO_SPACE_AFTER_QUOTE = re.compile(r"([\"”](?<=[a-z]{2}[.!?][\"”]))(?=[A-Z][a-z]+ [a-z]|(?:He|It|In|We|A) [a-z])")
# "passed on.This" / "exceeds SARS.However": after a two-letter word or an acronym, only before a
# word that opens sentences (a short word or an acronym before a stop may be a code: 'ASP.Net')
_NO_SPACE_AFTER_SHORT_END = re.compile(r"([.!?])(?:(?<=\b[a-z]{2}[.!?])|(?<=\b[A-Z]{3}[.!?])|(?<=\b[A-Z]{4}[.!?]))"
                                       r"(?=(?:However|This|These|The|It|He|She|They|We|But|In|After|At|As|If)\b)")
_DOUBLE_COMMA = re.compile(r",(?:\s*,)+")
# "What now??" -> "What now?"; not "?!", not "????" (a reader's emphasis) and not "!!"
_DOUBLED_MARK = re.compile(r"(\?)(?<=\w\?)\?(?![?!]|[^\W_])")
# "justice .." / "achievement.." -> "justice." (two dots used as a stop; an ellipsis has three)
# 'justice .. Officials' / 'unclear.. The' / 'called “Communication Minimums”..' (after a closing mark, and
# before a paragraph break: h12_cs_newsdayie); an ellipsis ('...', '”...') has a third dot and stays
_DOUBLE_STOP = re.compile(r" \.\.(?<=\w \.\.)(?![.\w])|\.\.(?:(?<=[a-z]\.\.)|(?<=[a-z][”\"’)]\.\.))"
                          r"(?= +[A-Z]| +[“\"‘][A-Z]|\n+[“\"‘(]?[A-Z])")
# 'the mother of science." .' / 'the coronavirus. ..': a dot or two left after a sentence that has ended
_STRAY_STOP = re.compile(r" (?:(?<=[.!?] )|(?<=[.!?][”\"’] ))\.\.?(?![.\w]| [»«])")  # not in a run of debris ('”. . ».')
_ELLIPSIS_STOP = re.compile(r"…\.(?![.\w])")  # 'struggling with it….': the stop after an ellipsis
# '“Russian measure” . The women': a mark spaced off the closing quote after a word (matched forward: faster)
_SPACED_AFTER_QUOTE = re.compile(r"([^\W_][”\"]) (?=[.,;:](?:\s|$))(?!\. \.)")  # not a spaced ellipsis
# "post?a" -> "post—a": a dash the page's encoding lost, between two words (not in a URL)
_LOST_DASH = re.compile(r"\?(?<=[a-z]{2}\?)(?=[a-z])")
# "from 40,000 - 70,000" -> "from 40,000 to 70,000": a range after 'from' takes 'to', after 'between' 'and'
_RANGE_DASH = re.compile(r"\b([Ff]rom|[Bb]etween) ((?:[A-Z]{3} ?|[$€£])?(\d[\d,.]*)(?: ?(?:%|percent))?) [-–—] "
                         r"(?=(?:[A-Z]{3} ?|[$€£])?(\d[\d,.]*))")


def _range_word(m: re.Match) -> str | None:
    """'to' or 'and' for a range whose second number is the larger one (not a score: 'from 2 - 1 down')."""
    try:
        low, high = (float(g.rstrip(".,").replace(",", "")) for g in (m.group(3), m.group(4)))
    except ValueError:
        return None
    if high <= low:
        return None
    return f"{m.group(1)} {m.group(2)} {'to' if m.group(1).lower() == 'from' else 'and'} "


def _parenthetical(text: str, pos: int) -> bool:
    """'It was at that stop, Batts added, that...': the speech tag sits between commas."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - 60, 0)
    return "," in text[start:pos]


def _in_code(text: str, m: re.Match, rules: RuleSet) -> bool:
    """An address or a name in code ('amazon.It', 'System.In'): the token holds a slash or the
    like, or a capitalised word runs into a two-letter one that opens no sentence
    (``glued_ends.two_letter_opener``: 'Division.He added', 'Township.At present, Baise')."""
    start = text.rfind(" ", 0, m.start()) + 1
    word = _WORD_AT.match(text, m.end())
    opener = len(word.group()) == 2 and two_letter_opener(text, m.end(), rules)
    return _in_url(text, m) or (text[start:start + 1].isupper() and len(word.group()) == 2 and not opener)


_WORD_AT = re.compile(r"[A-Za-z-]*")


def _quote_closer(text: str):
    """Does the quotation mark at a match close a quotation (a curly closing one, or a straight
    one after an odd number of them in its paragraph)?  The text's straight quotes and line
    breaks are listed once, so each match is answered by two binary searches."""
    quotes = [m.start() for m in re.finditer('"', text)]
    breaks = [m.start() for m in re.finditer("\n", text)]
    turned: dict[int, set[int]] = {}  # paragraph start -> the offsets of its curly marks that turn

    def closes(m: re.Match) -> bool:
        line = bisect.bisect_left(breaks, m.start())
        para = breaks[line - 1] + 1 if line else 0
        if m.group(1) == "”":  # unless it opens the next quotation ('enforced.”We came ... made”')
            if para not in turned:  # once per paragraph, not per match
                end = breaks[line] if line < len(breaks) else len(text)
                turned[para] = {para + a for a, _, _ in quote_turns.reversed_curly(text[para:end])}
            return m.start() not in turned[para]
        return (bisect.bisect_left(quotes, m.start()) - bisect.bisect_left(quotes, para)) % 2 == 1

    return closes


def _in_url(text: str, m: re.Match) -> bool:
    """Is the match inside a token that looks like an address (a query string)?"""
    start = text.rfind(" ", 0, m.start()) + 1
    end = text.find(" ", m.end())
    token = text[start:end if end != -1 else len(text)]
    return any(c in token for c in "/=&@") or "www" in token
# "'light talk'...They" / "rebellion...Addition": an ellipsis glued to the capital that opens the next
# sentence or headline phrase (Korean and Japanese MT join headline phrases so); not '...' inside a word
_ELLIPSIS_GLUED = re.compile(r"(\.\.\.|…)(?=[A-Z][a-z])")
# 'cabinet…maybe', 'only...8.5': glued to a lower-case word or a figure after a word; 'home …What':
# spaced off its word and glued to the next sentence (normalize.ellipsis_glued_word)
_ELLIPSIS_WORD = re.compile(r"(\.\.\.|…)(?:(?<=[A-Za-z]\.\.\.)|(?<=[A-Za-z]…))(?=[a-z]|\d)"
                            r"| (?<=[a-z] )(\.\.\.|…)(?=[A-Z][a-z])")
# "Law No.2" / "[2020] No.7" -> "No. 2": the abbreviation of number keeps its space before the figure
_NUMBER_SIGN = re.compile(r"(No\.)(?<=\bNo\.)(?=\d)")
# "( Ministry of Public Security )" -> "(Ministry of Public Security)"
# each branch opens with its own character and looks behind after: not a look-behind at every offset
_BRACKET_SPACE = re.compile(r"(\() +(?=\S)| (?<=\S ) *(\))")
# "Shaabi ‘s" -> "Shaabi’s": a possessive cut off from its word
_APOSTROPHE_S = re.compile(r" (?<=[A-Za-z] )([‘’'])s\b(?![‘’'])")


def fix_punctuation(doc: Doc, ctx: Context) -> list[Change]:
    text = doc.text
    out = changes_from_matches(text, ctx, "normalize.space_before_punctuation", _SPACE_BEFORE_PERIOD_WORD, lambda m: m.group(1) + " ")
    out += changes_from_matches(text, ctx, "normalize.space_before_punctuation", _SPACE_BEFORE_MARK, lambda m: m.group(2))
    out += changes_from_matches(text, ctx, "normalize.space_after_punctuation", _NO_SPACE_AFTER_COMMA, lambda m: m.group(1) + " ")
    out += changes_from_matches(text, ctx, "normalize.space_after_punctuation", no_space_after_end(ctx.rules),
                                lambda m: None if _in_code(text, m, ctx.rules) else m.group(1) + " ")
    out += changes_from_matches(text, ctx, "normalize.space_after_punctuation", AFTER_FIGURE,
                                lambda m: after_figure(text, ctx, m))
    out += changes_from_matches(text, ctx, "normalize.space_after_punctuation", AFTER_CLOSE, lambda m: m.group(1) + " ")
    out += changes_from_matches(text, ctx, "normalize.space_after_punctuation", _NO_SPACE_AFTER_SHORT_END,
                                lambda m: None if _in_url(text, m) else m.group(1) + " ")
    if _NO_SPACE_AFTER_QUOTE.search(text):
        closes = _quote_closer(text)
        out += changes_from_matches(text, ctx, "normalize.space_after_punctuation", _NO_SPACE_AFTER_QUOTE,
                                    lambda m: m.group(1) + " " if closes(m) else None)
    out += changes_from_matches(text, ctx, "normalize.doubled_comma", _DOUBLE_COMMA, lambda m: ",")
    out += changes_from_matches(text, ctx, "normalize.doubled_mark", _DOUBLED_MARK, lambda m: m.group(1))
    out += changes_from_matches(text, ctx, "normalize.doubled_dash", _doubled_dash(ctx.rules),
                                lambda m: m.group(1) + _dash_subject(text, m))
    out += changes_from_matches(text, ctx, "normalize.bracket_spacing", _BRACKET_SPACE, lambda m: m.group(1) or m.group(2))
    out += changes_from_matches(text, ctx, "normalize.apostrophe_spacing", _APOSTROPHE_S,
                                lambda m: ("’" if m.group(1) in "‘’" else "'") + "s")
    out += changes_from_matches(text, ctx, "normalize.double_stop", _DOUBLE_STOP, lambda m: None if _in_url(text, m) else ".")
    out += changes_from_matches(text, ctx, "normalize.lost_dash", _LOST_DASH, lambda m: None if _in_url(text, m) else "—")
    if " - " in text or " – " in text or " — " in text:  # every match holds a spaced dash
        out += changes_from_matches(text, ctx, "normalize.range_dash", _RANGE_DASH, _range_word)
    if ", that" in text:  # every match is a comma before " that"
        out += changes_from_matches(text, ctx, "normalize.comma_before_that", _comma_before_that(ctx.rules),
                                    lambda m: None if _parenthetical(text, m.start()) else m.group(1))
    return _disjoint(out)


def fix_glued_marks(doc: Doc, ctx: Context) -> list[Change]:
    """``'light talk'...They`` -> ``'light talk'... They``; ``Law No.2`` -> ``Law No. 2``; ``science." .``
    -> ``science."``; ``measure” .`` -> ``measure”.``.  After the
    analysis: clean copy writes both now and then, so in a text without marks of MT they are offered."""
    text = doc.text
    out = changes_from_matches(text, ctx, "normalize.ellipsis_spacing", _ELLIPSIS_GLUED,
                               lambda m: m.group(1) + " " if _ends_word(text, m.start()) else None)
    out += changes_from_matches(text, ctx, "normalize.ellipsis_glued_word", _ELLIPSIS_WORD,
                                lambda m: m.group(1) + " " if m.group(1) else " " + m.group(2) + " ")
    out += changes_from_matches(text, ctx, "normalize.stray_stop", _STRAY_STOP,
                                lambda m: None if _spaced_dots(text, m) else "")
    out += changes_from_matches(text, ctx, "normalize.stray_stop", _ELLIPSIS_STOP, lambda m: "…")
    out += changes_from_matches(text, ctx, "normalize.stop_after_quote", _SPACED_AFTER_QUOTE, lambda m: m.group(1))
    return out + changes_from_matches(text, ctx, "normalize.number_sign", _NUMBER_SIGN, lambda m: "No. ")


def _spaced_dots(text: str, m: re.Match) -> bool:
    """Is the match part of an ellipsis written with spaces ('paused . . . then') or of lone dots after an opening mark ('“. . U.S.”')?"""
    b = text[max(0, m.start() - 2):m.start()]
    return b in (" .", "..", "“.", '".', "‘.", "(.") or b == "." or text[m.end():m.end() + 2] == " ."


def _ends_word(text: str, pos: int) -> bool:
    """Does a word, or a word and its closing quote, end at ``pos``?  (Not '....They', not ' ...The'.)"""
    k = pos
    while k > max(0, pos - 2) and text[k - 1] in "\"”'’":
        k -= 1  # a closing quote, or a TeX one ('')
    return k > 0 and text[k - 1].isalnum()


def _dash_subject(text: str, m: re.Match) -> str:
    """The word after a doubled dash, lowered unless the dash starts a sentence ('. — — We left')."""
    word = m.group(2) or ""
    if re.search(r"(?:^|[.!?…][\"”’']?\s+|\n\s*)$", text[max(0, m.start() - 4):m.start()]) or m.start() == 0:
        return word
    return word.lower()


@lru_cache(maxsize=8)
def _comma_before_that(rules: RuleSet) -> re.Pattern:
    """'announced on Sunday, that' / 'told Shafaq News agency, that': a comma between a speech verb
    (and its object) and its 'that' clause (Arabic and Indonesian MT)."""
    verbs = rules.alternation("words.speech_verbs")
    return re.compile(rf"(\b(?:{verbs})(?: (?:on|in|at|to) [\w ]{{1,25}}?| [A-Z][\w’'-]*(?: [\w’'-]+){{0,3}}?)?),"
                      r"(?= that\b(?! (?:night|day|morning|evening|"
                      r"afternoon|week|month|year|time|moment|point)\b))")


@lru_cache(maxsize=8)
def _doubled_dash(rules: RuleSet) -> re.Pattern:
    """"network — — Some people" / "network——some": the Chinese dash is two em dashes, English
    writes one; the sentence goes on after it, so a capitalised subject word after it is lowered."""
    subjects = "|".join(sorted(rules.words("words.boundary_subjects") | rules.words("words.subject_pronouns")))
    return re.compile(rf"([—–])(?: ?[—–])+( (?:{subjects})\b(?![.’'-]| [A-Z]))?")
