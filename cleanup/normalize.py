"""Normalisation: encoding repair (ftfy), invisible characters, whitespace, punctuation
and quote spacing.  Each fix is a small named function returning changes with spans."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator

from .edits import Change
from .edits import disjoint as _disjoint
from .rules import Context

StageFn = Callable[[str, Context], list]


def changes_from_matches(text: str, ctx: Context, rid: str, pattern: re.Pattern, repl) -> list[Change]:
    meta = ctx.meta(rid)
    if meta is None:
        return []
    out = []
    for m in pattern.finditer(text):
        after = repl(m) if callable(repl) else m.expand(repl)
        if after is None or after == m.group(0):
            continue
        out.append(Change(m.start(), m.end(), after, rid, meta[0], meta[1]))
    return out


# -- encoding ----------------------------------------------------------------

_NEEDS_FTFY = re.compile(r"[^\x00-\x7f]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def _garbage(s: str) -> bool:
    """A 'fix' that yields unassigned, private-use or control characters is no fix."""
    import unicodedata

    return any(unicodedata.category(ch) in {"Cn", "Co", "Cc", "Cs"} for ch in s if ch not in "\n\t")


def fix_encoding(text: str, ctx: Context) -> list[Change]:
    """Mojibake and HTML entities, line by line through ftfy; the span is found by diffing."""
    meta = ctx.meta("normalize.mojibake")
    if meta is None or not _NEEDS_FTFY.search(text):
        return []
    import ftfy

    cfg = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False,
                               normalization=None, explain=False)
    out: list[Change] = []
    pos = 0
    for line in text.split("\n"):
        if _NEEDS_FTFY.search(line):
            fixed = ftfy.fix_text(line, cfg)
            if fixed != line and not _garbage(fixed):
                sm = difflib.SequenceMatcher(None, line, fixed, autojunk=False)
                for op, a0, a1, b0, b1 in sm.get_opcodes():
                    if op != "equal":
                        out.append(Change(pos + a0, pos + a1, fixed[b0:b1], "normalize.mojibake", meta[0], meta[1]))
        pos += len(line) + 1
    return out


# -- characters and whitespace -----------------------------------------------

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]+|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


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


def fix_invisible(text: str, ctx: Context) -> list[Change]:
    """Remove zero-width and control characters, except the joiners that are part of a
    character: a ZWJ inside an emoji sequence (👩‍🔬), a ZWJ or ZWNJ between letters of a
    script that spells with them (Persian, Hindi...).  Variation selectors stay."""

    def repl(m: re.Match) -> str:
        return "".join(ch for ch in m.group(0)
                       if ch in (_ZWJ, _ZWNJ) and _keep_joiner(text, m.start(), m.end(), ch))

    out = changes_from_matches(text, ctx, "normalize.invisible", _INVISIBLE, repl)
    out += changes_from_matches(text, ctx, "normalize.odd_space", _ODD_SPACE, lambda m: " ")
    return out


# full-width forms (U+FF01-FF5E) and CJK punctuation left in English by Chinese and Japanese MT
_FULLWIDTH = re.compile(r"[\uff01-\uff5e\u3001\u3002\u300c\u300d\u300e\u300f\u3010\u3011]+")
_CJK_PUNCT = {"\u3001": ",", "\u3002": ".", "\u300c": "\u201c", "\u300d": "\u201d", "\u300e": "\u201c",
              "\u300f": "\u201d", "\u3010": "[", "\u3011": "]"}


def fix_fullwidth(text: str, ctx: Context) -> list[Change]:
    """``Exports rose 20%，the ministry said。`` -> ``Exports rose 20%, the ministry said.``"""

    def repl(m: re.Match) -> str:
        out = []
        for ch in m.group(0):
            ch = _CJK_PUNCT.get(ch) or chr(ord(ch) - 0xFEE0)
            out.append(ch)
        s = "".join(out)
        nxt = text[m.end():m.end() + 1]
        if s[-1] in ",.;:!?)]" and nxt and not nxt.isspace() and not nxt.isdigit() and nxt not in ",.;:!?)]\"”":
            s += " "  # a full-width mark carries its own space; the ASCII one needs one
        if s[0] in "([" and m.start() > 0 and not text[m.start() - 1].isspace():
            s = " " + s
        return s

    return changes_from_matches(text, ctx, "normalize.fullwidth", _FULLWIDTH, repl)


_LINE_ENDS = re.compile(r"\r\n?")
_SPACES = re.compile(r"(?<=\S)  +(?=\S)")
_EDGE_SPACE = re.compile(r"^[ ]+|[ ]+$", re.M)
_PARA_BREAK = re.compile(r"\n(?:[ ]*\n)+|(?<=\S)\n(?=\S)")
_DOC_EDGES = re.compile(r"\A\s+|\s+\Z")


def fix_whitespace(text: str, ctx: Context) -> list[Change]:
    """One space between words; each line is a paragraph; one blank line between paragraphs."""
    out = changes_from_matches(text, ctx, "normalize.line_endings", _LINE_ENDS, lambda m: "\n")
    if out:
        return out  # line endings first; the next pass sees plain newlines
    out = changes_from_matches(text, ctx, "normalize.spaces", _SPACES, lambda m: " ")
    out += changes_from_matches(text, ctx, "normalize.spaces", _EDGE_SPACE, lambda m: "")
    out += changes_from_matches(text, ctx, "normalize.paragraphs", _PARA_BREAK, lambda m: "\n\n")
    out += changes_from_matches(text, ctx, "normalize.paragraphs", _DOC_EDGES, lambda m: "")
    return _disjoint(out)


# -- punctuation -------------------------------------------------------------

# "dispute , next" / "dispute ;" : space before a mark that attaches to the word before it
_SPACE_BEFORE_MARK = re.compile(r"(?<=[\w\)\]%])( +)([,;!?]|:(?!\d)|\.(?![.\d\w])(?! \.))")
# "dispute .And": space before the period and none after it
_SPACE_BEFORE_PERIOD_WORD = re.compile(r"(?<=[a-z]{2}) +\.(?=[A-Z][a-z])")
# "word,next" / "word;next"
_NO_SPACE_AFTER_COMMA = re.compile(r"(?<=[a-zA-Z\)])([,;])(?=[a-zA-Z\(])")
# "dispute.And" : a sentence end glued to the next sentence
_NO_SPACE_AFTER_END = re.compile(r"(?<=[a-z]{3})([.!?])(?=[A-Z][a-z]{2})")
_DOUBLE_COMMA = re.compile(r",(?:\s*,)+")


def fix_punctuation(text: str, ctx: Context) -> list[Change]:
    out = changes_from_matches(text, ctx, "normalize.space_before_punctuation", _SPACE_BEFORE_PERIOD_WORD, lambda m: ". ")
    out += changes_from_matches(text, ctx, "normalize.space_before_punctuation", _SPACE_BEFORE_MARK, lambda m: m.group(2))
    out += changes_from_matches(text, ctx, "normalize.space_after_punctuation", _NO_SPACE_AFTER_COMMA, lambda m: m.group(1) + " ")
    out += changes_from_matches(text, ctx, "normalize.space_after_punctuation", _NO_SPACE_AFTER_END, lambda m: m.group(1) + " ")
    out += changes_from_matches(text, ctx, "normalize.doubled_comma", _DOUBLE_COMMA, lambda m: ",")
    return _disjoint(out)


# -- quotes ------------------------------------------------------------------

_QUOTE = re.compile(r'[“”"]')


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
    if ok and expected == "“":
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
            if (role == "close" and looks_open) or (role == "open" and looks_close):
                return
        yield from zip(straight, roles)


def fix_quote_spacing(text: str, ctx: Context) -> list[Change]:
    """``answer, ”said`` -> ``answer,” said``; ``“ Hello”`` -> ``“Hello”``."""
    meta = ctx.meta("normalize.quote_spacing")
    if meta is None or not _QUOTE.search(text):
        return []
    reason, action = meta
    out: list[Change] = []
    pos = 0
    for para in text.split("\n"):
        for i, role in _quote_roles(para):
            q = para[i]
            j = i
            while j > 0 and para[j - 1] == " ":
                j -= 1
            k = i + 1
            while k < len(para) and para[k] == " ":
                k += 1
            before_ch = para[j - 1] if j > 0 else ""
            after_ch = para[k] if k < len(para) else ""
            if role == "close":
                space_before = j < i and before_ch != ""
                glued_after = k == i + 1 and (after_ch.isalnum())
                if q == '"' and not (glued_after and after_ch.islower() and before_ch in ",.!?"):
                    continue  # straight quotes: only 'answer, "said' with a lower-case word after
                if space_before or glued_after:
                    new = q + (" " if glued_after else "")
                    out.append(Change(pos + (j if space_before else i), pos + i + 1, new, "normalize.quote_spacing", reason, action))
            else:
                space_after = k > i + 1 and after_ch != ""
                glued_before = j == i and before_ch != "" and (before_ch.isalnum() or before_ch in ",:;")
                if q == '"' and not (glued_before and before_ch.isalnum()):
                    continue
                if space_after or glued_before:
                    new = (" " if glued_before else "") + q
                    out.append(Change(pos + i, pos + (k if space_after else i + 1), new, "normalize.quote_spacing", reason, action))
        pos += len(para) + 1
    # wherever the pairing is unclear: ', "said Kim' / '? "he asked' is a closing quote on the wrong side
    for m in _QUOTE_BEFORE_ATTRIBUTION.finditer(text):
        para_start = text.rfind("\n", 0, m.start()) + 1
        if text.count('"', para_start, m.start()) % 2 == 1:  # a quotation is open: this quote closes it
            out.append(Change(m.start(), m.end(), '" ', "normalize.quote_spacing", reason, action))
    return _disjoint(out)


_QUOTE_BEFORE_ATTRIBUTION = re.compile(
    r'(?<=[,?!.]) "(?=(?:said|says|added|adds|asked|told|explained|insisted|warned|replied|'
    r'(?:he|she|they|we|i|it) (?:said|says|added|adds|asked|told|explained|insisted|warned|replied))\b)'
)


STEPS: list[StageFn] = [fix_invisible, fix_encoding, fix_whitespace, fix_punctuation, fix_quote_spacing]
